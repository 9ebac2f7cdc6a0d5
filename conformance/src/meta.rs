//! The test file metadata: the `/*--- ... ---*/` block, a small YAML subset
//! (top-level keys; inline `[a, b]` lists or `- item` block lists; the
//! `negative:` mapping). Keys Kiln does not use (`description`, `info`,
//! `esid`, `locale`, ...) are skipped, including their block scalars.

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Meta {
    pub includes: Vec<String>,
    pub flags: Vec<String>,
    pub features: Vec<String>,
    pub negative: Option<Negative>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Negative {
    /// `parse`, `resolution` or `runtime`.
    pub phase: String,
    /// The expected error constructor's name.
    pub kind: String,
}

impl Meta {
    pub fn has_flag(&self, f: &str) -> bool {
        self.flags.iter().any(|x| x == f)
    }
}

/// Parses the metadata of a test file; a file without a block has none.
pub fn parse(source: &str) -> Meta {
    let mut meta = Meta::default();
    let Some(start) = source.find("/*---") else { return meta };
    let body = &source[start + 5..];
    let Some(end) = body.find("---*/") else { return meta };
    let lines: Vec<&str> = body[..end].lines().collect();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        i += 1;
        if line.starts_with(' ') || line.starts_with('\t') || line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let Some((key, rest)) = line.split_once(':') else { continue };
        let key = key.trim();
        let rest = strip_comment(rest).trim();
        // The indented lines that belong to this key.
        let mut block = Vec::new();
        while i < lines.len() && (lines[i].starts_with(' ') || lines[i].starts_with('\t') || lines[i].trim().is_empty()) {
            block.push(lines[i]);
            i += 1;
        }
        match key {
            "includes" | "flags" | "features" => {
                let items = list(rest, &block);
                match key {
                    "includes" => meta.includes = items,
                    "flags" => meta.flags = items,
                    _ => meta.features = items,
                }
            }
            "negative" => {
                let mut phase = String::new();
                let mut kind = String::new();
                // Either a block mapping or an inline `{phase: parse, type: SyntaxError}`.
                let mut pairs: Vec<String> = block.iter().map(|l| strip_comment(l).trim().to_string()).collect();
                if rest.starts_with('{') {
                    pairs = rest.trim_matches(|c| c == '{' || c == '}').split(',').map(|s| s.trim().to_string()).collect();
                }
                for p in pairs {
                    if let Some((k, v)) = p.split_once(':') {
                        let v = unquote(v.trim()).to_string();
                        match k.trim() {
                            "phase" => phase = v,
                            "type" => kind = v,
                            _ => {}
                        }
                    }
                }
                meta.negative = Some(Negative { phase, kind });
            }
            _ => {}
        }
    }
    meta
}

fn strip_comment(s: &str) -> &str {
    match s.find(" #") {
        Some(p) => &s[..p],
        None => s,
    }
}

fn unquote(s: &str) -> &str {
    let s = s.trim();
    if s.len() >= 2 && ((s.starts_with('"') && s.ends_with('"')) || (s.starts_with('\'') && s.ends_with('\''))) {
        &s[1..s.len() - 1]
    } else {
        s
    }
}

fn list(rest: &str, block: &[&str]) -> Vec<String> {
    let clean = |s: &str| unquote(s).to_string();
    if rest.starts_with('[') {
        // An inline list may continue over indented lines.
        let mut text = rest.to_string();
        for l in block {
            text.push(' ');
            text.push_str(strip_comment(l).trim());
        }
        let inner = text.trim().trim_start_matches('[');
        let inner = inner.split(']').next().unwrap_or("");
        return inner.split(',').map(|s| s.trim()).filter(|s| !s.is_empty()).map(clean).collect();
    }
    if !rest.is_empty() {
        return vec![clean(rest)];
    }
    block
        .iter()
        .map(|l| strip_comment(l).trim())
        .filter_map(|l| l.strip_prefix('-'))
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .map(clean)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_and_block_lists_and_negative() {
        let src = "// Copyright\n/*---\nesid: sec-x\ndescription: >\n  flags: [notreally]\n  more\nincludes: [propertyHelper.js, compareArray.js]\nflags:\n  - onlyStrict\n  - async # why\nfeatures: [class, 'Symbol.iterator']\nnegative:\n  phase: parse\n  type: SyntaxError\nlocale: [en]\n---*/\n$DONOTEVALUATE();\n";
        let m = parse(src);
        assert_eq!(m.includes, vec!["propertyHelper.js", "compareArray.js"]);
        assert_eq!(m.flags, vec!["onlyStrict", "async"]);
        assert_eq!(m.features, vec!["class", "Symbol.iterator"]);
        assert_eq!(m.negative, Some(Negative { phase: "parse".into(), kind: "SyntaxError".into() }));
    }

    #[test]
    fn no_metadata() {
        assert_eq!(parse("var x = 1;"), Meta::default());
    }
}

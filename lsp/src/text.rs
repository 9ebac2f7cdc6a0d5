//! Text positions (LSP lines and UTF-16 columns ↔ byte offsets), incremental
//! edits, and lexical scans that must work on half-typed code (folding,
//! the call a cursor is in).

use tower_lsp::lsp_types::{Position, Range};

pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        // (`match_indices` of a char searches with memchr.)
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { starts }
    }

    pub fn position(&self, text: &str, offset: usize) -> Position {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let col = text[self.starts[line]..offset].encode_utf16().count();
        Position::new(line as u32, col as u32)
    }

    pub fn range(&self, text: &str, start: usize, end: usize) -> Range {
        Range::new(self.position(text, start), self.position(text, end))
    }

    /// The byte offset of an LSP position, clamped to the line and the text.
    pub fn offset(&self, text: &str, pos: Position) -> usize {
        let Some(&start) = self.starts.get(pos.line as usize) else { return text.len() };
        let mut units = 0u32;
        for (i, c) in text[start..].char_indices() {
            if c == '\n' || units >= pos.character {
                return start + i;
            }
            units += c.len_utf16() as u32;
        }
        text.len()
    }

    pub fn line_of(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s <= offset) - 1
    }
}

/// [`LineIndex::offset`] without building the index (one edit's positions).
fn offset_of(text: &str, pos: Position) -> usize {
    let start = match pos.line {
        0 => 0,
        n => match text.match_indices('\n').nth(n as usize - 1) {
            Some((i, _)) => i + 1,
            None => return text.len(),
        },
    };
    LineIndex { starts: vec![start] }.offset(text, Position::new(0, pos.character))
}

/// Applies an LSP content change (a range replacement, or the whole text).
pub fn apply_change(text: &mut String, range: Option<Range>, new_text: &str) {
    match range {
        None => *text = new_text.to_string(),
        Some(r) => {
            let s = offset_of(text, r.start);
            let e = offset_of(text, r.end).max(s);
            text.replace_range(s..e, new_text);
        }
    }
}

pub fn is_ident_char(c: char) -> bool {
    c == '_' || c == '$' || c.is_alphanumeric()
}

/// The identifier (possibly partial) that ends at `offset`: its start.
pub fn word_start(text: &str, offset: usize) -> usize {
    let mut s = offset;
    for (i, c) in text[..offset].char_indices().rev() {
        if !is_ident_char(c) {
            break;
        }
        s = i;
    }
    s
}

/// The identifier around `offset`: (start, end).
pub fn word_at(text: &str, offset: usize) -> (usize, usize) {
    let s = word_start(text, offset);
    let e = text[offset..].char_indices().find(|&(_, c)| !is_ident_char(c)).map(|(i, _)| offset + i).unwrap_or(text.len());
    (s, e)
}

/// What stands before a `.` that ends just before `offset` (after skipping
/// whitespace): an identifier path like `console` or `process.env`, or a
/// literal kind (`string`, `array`).
pub fn receiver_before_dot(text: &str, dot: usize) -> Option<String> {
    let before = text[..dot].trim_end();
    let last = before.chars().last()?;
    if matches!(last, '"' | '\'' | '`') {
        return Some("string".into());
    }
    if last == ']' {
        return Some("array".into());
    }
    let start = word_start(before, before.len());
    let word = &before[start..];
    if word.is_empty() || word.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        return None;
    }
    // One level of namespace (e.g. `process.env`) is enough for the table.
    let head = before[..start].trim_end();
    if let Some(h) = head.strip_suffix('.') {
        let hs = word_start(h.trim_end(), h.trim_end().len());
        let hw = &h.trim_end()[hs..];
        if !hw.is_empty() {
            return Some(format!("{hw}.{word}"));
        }
    }
    Some(word.to_string())
}

/// The call the cursor is in: the byte offset of the callee's end (just
/// before its `(`) and the index of the argument the cursor is in.
pub fn enclosing_call(text: &str, offset: usize) -> Option<(usize, usize)> {
    let mut depth = 0i32;
    let mut commas = 0usize;
    let bytes = text.as_bytes();
    let mut i = offset.min(text.len());
    let mut scanned = 0;
    while i > 0 && scanned < 4000 {
        i -= 1;
        scanned += 1;
        match bytes[i] {
            b')' | b']' | b'}' => depth += 1,
            b'(' | b'[' | b'{' => {
                if depth == 0 {
                    return (bytes[i] == b'(').then_some((i, commas));
                }
                depth -= 1;
            }
            b',' if depth == 0 => commas += 1,
            b';' if depth == 0 => return None,
            _ => {}
        }
    }
    None
}

#[derive(Debug, PartialEq, Eq)]
pub struct Fold {
    pub start_line: usize,
    pub end_line: usize,
    pub comment: bool,
}

/// Folding ranges from brackets and block comments, skipping strings,
/// templates and line comments. Works on code that does not parse.
pub fn folds(text: &str, lines: &LineIndex) -> Vec<Fold> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut stack: Vec<usize> = Vec::new();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'/' if b.get(i + 1) == Some(&b'/') => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                let s = i;
                i += 2;
                while i + 1 < b.len() && !(b[i] == b'*' && b[i + 1] == b'/') {
                    i += 1;
                }
                i += 1;
                let (l0, l1) = (lines.line_of(s), lines.line_of(i.min(b.len().saturating_sub(1))));
                if l1 > l0 {
                    out.push(Fold { start_line: l0, end_line: l1, comment: true });
                }
            }
            q @ (b'"' | b'\'' | b'`') => {
                i += 1;
                while i < b.len() && b[i] != q {
                    if b[i] == b'\\' {
                        i += 1;
                    } else if b[i] == b'\n' && q != b'`' {
                        break;
                    }
                    i += 1;
                }
            }
            b'{' | b'[' | b'(' => stack.push(i),
            b'}' | b']' | b')' => {
                if let Some(s) = stack.pop() {
                    let (l0, l1) = (lines.line_of(s), lines.line_of(i));
                    // The closing line stays visible.
                    if l1 > l0 + 1 {
                        out.push(Fold { start_line: l0, end_line: l1 - 1, comment: false });
                    }
                }
            }
            _ => {}
        }
        i += 1;
    }
    out.retain(|f| f.end_line > f.start_line);
    out.sort_by_key(|f| (f.start_line, f.end_line));
    out.dedup_by_key(|f| f.start_line);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_round_trip_utf16() {
        let text = "a\n😀b = 1;\n";
        let idx = LineIndex::new(text);
        let off = text.find('b').unwrap();
        let p = idx.position(text, off);
        assert_eq!(p, Position::new(1, 2));
        assert_eq!(idx.offset(text, p), off);
        assert_eq!(idx.offset(text, Position::new(1, 99)), text.len() - 1);
        assert_eq!(idx.offset(text, Position::new(9, 0)), text.len());
    }

    #[test]
    fn incremental_edit() {
        let mut t = String::from("let a = 1;\nlet b = 2;\n");
        apply_change(&mut t, Some(Range::new(Position::new(1, 4), Position::new(1, 5))), "bee");
        assert_eq!(t, "let a = 1;\nlet bee = 2;\n");
        // The change's offsets are those of the line index, past the end too.
        let t = "a\u{e9}\n\n\u{1F600}x\nlast";
        let idx = LineIndex::new(t);
        for line in 0..6 {
            for ch in 0..6 {
                assert_eq!(offset_of(t, Position::new(line, ch)), idx.offset(t, Position::new(line, ch)), "{line}:{ch}");
            }
        }
    }

    #[test]
    fn scans() {
        let t = "foo(1, bar(2), ";
        assert_eq!(enclosing_call(t, t.len()), Some((3, 2)));
        assert_eq!(receiver_before_dot("x = \"abc\".", 9), Some("string".into()));
        assert_eq!(receiver_before_dot("process.env.", 11), Some("process.env".into()));
        let src = "function f() {\n  return [\n    1,\n  ];\n}\n/*\n c\n*/\n";
        let f = folds(src, &LineIndex::new(src));
        assert_eq!(f, [Fold { start_line: 0, end_line: 3, comment: false }, Fold { start_line: 1, end_line: 2, comment: false }, Fold { start_line: 5, end_line: 7, comment: true }]);
    }
}

//! One analysed version of a document and every query the server answers
//! from it. Everything here is synchronous and pure; `lib.rs` does the I/O.

use crate::builtins::{self, is_global};
use crate::text::{self, LineIndex};
use kiln_compiler::diagnostics::Severity;
use kiln_compiler::front::Retained;
use kiln_compiler::lower::{Declaration, SymbolKind, Symbols};
use kiln_compiler::modules::{ExportKind, Import, Imported, ModuleInfo};
use kiln_compiler::outline::{Outline, OutlineKind, OutlineSymbol};
use std::collections::HashMap;
use std::sync::{Arc, OnceLock};
use tower_lsp::lsp_types::*;

pub struct DocAnalysis {
    pub text: Arc<String>,
    /// Built on first use: publishing a file without diagnostics needs no positions.
    lines: OnceLock<LineIndex>,
    pub path: String,
    pub compiler_diagnostics: Vec<kiln_compiler::Diagnostic>,
    pub unresolved: Vec<(String, usize, usize)>,
    pub symbols: Symbols,
    /// References per declaration.
    refs: Vec<Vec<(usize, usize)>>,
    outline: OnceLock<Outline>,
    /// Set when the compiler panicked on this text.
    pub internal_error: Option<String>,
    /// Imports and exports (the file is an ES module if `modules.es_module`).
    pub modules: ModuleInfo,
    /// Only the statements an edit touched were parsed again.
    pub incremental: bool,
}

/// Runs the compiler's front-end on `text`. A panic inside the compiler is
/// caught and reported as a diagnostic instead of taking the server down.
pub fn analyze(text: Arc<String>, path: &str) -> DocAnalysis {
    analyze_incremental(text, path, None, false).0
}

/// [`analyze`] for the next version of an open document: `kept` is the parse
/// kept from an earlier version ([`kiln_compiler::driver::check_incremental`]
/// re-parses only the statements an edit touched when that gives the same
/// tree). Returns the parse to keep for the next version if `keep` is set
/// (else it is freed here, on the analysing thread).
pub fn analyze_incremental(text: Arc<String>, path: &str, kept: Option<Retained>, keep: bool) -> (DocAnalysis, Option<Retained>) {
    let es_module = kiln_compiler::modules::looks_like_module(path, &text);
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        if panic_marker().is_some_and(|m| text.contains(m)) {
            panic!("KILN_LSP_PANIC_ON test hook");
        }
        kiln_compiler::driver::check_incremental(&text, path, kiln_compiler::Goal::CommonJs, es_module, kept)
    }));
    let mut kept_parse = None;
    let mut incremental = false;
    let (diags, unresolved, symbols, internal_error, modules) = match result {
        Ok((a, k)) => {
            incremental = a.incremental;
            match k {
                Some(k) if !keep => k.drop_later(),
                k => kept_parse = k,
            }
            (a.diagnostics, a.unresolved, a.symbols, None, a.modules)
        }
        Err(p) => {
            let msg = p
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| p.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".into());
            (Vec::new(), Vec::new(), Symbols::default(), Some(msg), ModuleInfo::default())
        }
    };
    let mut refs = vec![Vec::new(); symbols.declarations.len()];
    for &(s, e, d) in &symbols.references {
        if let Some(r) = refs.get_mut(d) {
            r.push((s, e));
        }
    }
    let a = DocAnalysis {
        text,
        lines: OnceLock::new(),
        path: path.to_string(),
        compiler_diagnostics: diags,
        unresolved,
        symbols,
        refs,
        outline: OnceLock::new(),
        internal_error,
        modules,
        incremental,
    };
    (a, kept_parse)
}

/// `KILN_LSP_PANIC_ON=marker`: analysis panics on texts containing the
/// marker (for testing that the server survives a compiler panic).
fn panic_marker() -> Option<&'static str> {
    static M: OnceLock<Option<String>> = OnceLock::new();
    M.get_or_init(|| std::env::var("KILN_LSP_PANIC_ON").ok().filter(|m| !m.is_empty())).as_deref()
}

fn kind_name(k: SymbolKind) -> &'static str {
    match k {
        SymbolKind::Var => "var",
        SymbolKind::Let => "let",
        SymbolKind::Const => "const",
        SymbolKind::Function => "function",
        SymbolKind::Parameter => "parameter",
        SymbolKind::CatchParameter => "catch parameter",
    }
}

impl DocAnalysis {
    pub fn lines(&self) -> &LineIndex {
        self.lines.get_or_init(|| LineIndex::new(&self.text))
    }

    pub fn outline(&self) -> &Outline {
        self.outline.get_or_init(|| {
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| kiln_compiler::outline::outline_as(&self.text, &self.path, self.modules.es_module)))
                .unwrap_or_default()
        })
    }

    pub fn range(&self, s: usize, e: usize) -> Range {
        self.lines().range(&self.text, s, e)
    }

    pub fn offset(&self, p: Position) -> usize {
        self.lines().offset(&self.text, p)
    }

    // ---------------------------------------------------------------- diagnostics

    pub fn diagnostics(&self) -> Vec<tower_lsp::lsp_types::Diagnostic> {
        let mut out = Vec::new();
        if let Some(msg) = &self.internal_error {
            out.push(tower_lsp::lsp_types::Diagnostic {
                range: Range::default(),
                severity: Some(DiagnosticSeverity::ERROR),
                source: Some("kiln".into()),
                message: format!("internal compiler error (please report): {msg}"),
                ..Default::default()
            });
        }
        for d in &self.compiler_diagnostics {
            let severity = match d.severity {
                Severity::Error => DiagnosticSeverity::ERROR,
                Severity::Warning => DiagnosticSeverity::WARNING,
                Severity::Hint => DiagnosticSeverity::HINT,
            };
            out.push(tower_lsp::lsp_types::Diagnostic {
                range: self.range(d.start, d.end.max(d.start)),
                severity: Some(severity),
                code: Some(NumberOrString::String(d.code.to_string())),
                source: Some("kiln".into()),
                message: d.message.clone(),
                ..Default::default()
            });
        }
        for (name, s, e) in &self.unresolved {
            if is_global(name) {
                continue;
            }
            out.push(self.undeclared(*s, *e, name));
        }
        // After a syntax error the parser may have dropped code that uses a
        // variable: no unused-variable hints until the file parses.
        let parses = !self.compiler_diagnostics.iter().any(|d| d.code == "K0001");
        for (i, d) in self.symbols.declarations.iter().enumerate().filter(|_| parses) {
            if !self.refs[i].is_empty() || self.exempt_from_unused(d) {
                continue;
            }
            out.push(tower_lsp::lsp_types::Diagnostic {
                range: self.range(d.start, d.end),
                severity: Some(DiagnosticSeverity::HINT),
                code: Some(NumberOrString::String("K2002".into())),
                source: Some("kiln".into()),
                message: format!("'{}' is declared but never used", d.name),
                tags: Some(vec![DiagnosticTag::UNNECESSARY]),
                ..Default::default()
            });
        }
        out
    }

    /// K2001 for an undeclared name (a diagnostic and the quick-fix's).
    fn undeclared(&self, s: usize, e: usize, name: &str) -> tower_lsp::lsp_types::Diagnostic {
        tower_lsp::lsp_types::Diagnostic {
            range: self.range(s, e),
            severity: Some(DiagnosticSeverity::WARNING),
            code: Some(NumberOrString::String("K2001".into())),
            source: Some("kiln".into()),
            message: format!("'{name}' is not declared"),
            ..Default::default()
        }
    }

    fn exempt_from_unused(&self, d: &Declaration) -> bool {
        match d.kind {
            SymbolKind::Parameter | SymbolKind::CatchParameter => d.name.starts_with('_'),
            // The name of a function expression is only for the function itself.
            SymbolKind::Function => is_function_expression_name(&self.text, d.start),
            _ => false,
        }
    }

    // ---------------------------------------------------------------- navigation

    /// The declaration whose name or one of whose references covers `off`.
    pub fn decl_at(&self, off: usize) -> Option<usize> {
        let hit = |s: usize, e: usize| s <= off && off <= e;
        if let Some(i) = self.symbols.declarations.iter().position(|d| hit(d.start, d.end)) {
            return Some(i);
        }
        self.symbols.references.iter().find(|r| hit(r.0, r.1)).map(|r| r.2)
    }

    /// Declaration and all references of declaration `i` (declaration first).
    pub fn occurrences(&self, i: usize) -> Vec<(usize, usize)> {
        let d = &self.symbols.declarations[i];
        let mut v = vec![(d.start, d.end)];
        v.extend(self.refs[i].iter().copied());
        v
    }

    pub fn definition(&self, uri: &Url, pos: Position) -> Option<Location> {
        let i = self.decl_at(self.offset(pos))?;
        let d = &self.symbols.declarations[i];
        Some(Location::new(uri.clone(), self.range(d.start, d.end)))
    }

    pub fn references(&self, uri: &Url, pos: Position, include_decl: bool) -> Option<Vec<Location>> {
        let i = self.decl_at(self.offset(pos))?;
        let occ = self.occurrences(i);
        let skip = if include_decl { 0 } else { 1 };
        Some(occ.into_iter().skip(skip).map(|(s, e)| Location::new(uri.clone(), self.range(s, e))).collect())
    }

    pub fn highlights(&self, pos: Position) -> Option<Vec<DocumentHighlight>> {
        let i = self.decl_at(self.offset(pos))?;
        let occ = self.occurrences(i);
        Some(
            occ.into_iter()
                .enumerate()
                .map(|(k, (s, e))| DocumentHighlight {
                    range: self.range(s, e),
                    kind: Some(if k == 0 { DocumentHighlightKind::WRITE } else { DocumentHighlightKind::READ }),
                })
                .collect(),
        )
    }

    // ---------------------------------------------------------------- modules

    /// The import that declares declaration `i`, if it is an import binding.
    pub fn import_of_decl(&self, i: usize) -> Option<&Import> {
        let d = self.symbols.declarations.get(i)?;
        self.modules.imports.iter().find(|im| im.local.as_ref().is_some_and(|l| l.1 == d.start && l.2 == d.end))
    }

    /// The import whose specifier string covers `off`.
    pub fn import_spec_at(&self, off: usize) -> Option<&Import> {
        self.modules.imports.iter().find(|im| im.spec_start <= off && off <= im.spec_end)
    }

    /// The named import whose imported name (`a` in `{ a as b }`) covers `off`.
    pub fn import_name_at(&self, off: usize) -> Option<&Import> {
        self.modules.imports.iter().find(|im| matches!(im.imported, Imported::Named(_)) && im.name_start <= off && off <= im.name_end)
    }

    /// `ns.name` property accesses on the references of declaration `i`:
    /// (name, start, end) of each property name.
    pub fn member_accesses(&self, i: usize) -> Vec<(String, usize, usize)> {
        let mut out = Vec::new();
        for &(_, e) in &self.refs[i] {
            let rest = &self.text[e..];
            let after = rest.trim_start();
            let after = after.strip_prefix('?').unwrap_or(after);
            let Some(after) = after.strip_prefix('.') else { continue };
            let after = after.trim_start();
            let s = self.text.len() - after.len();
            let len = after.find(|c: char| !text::is_ident_char(c)).unwrap_or(after.len());
            if len > 0 && !after.starts_with(|c: char| c.is_ascii_digit()) {
                out.push((after[..len].to_string(), s, s + len));
            }
        }
        out
    }

    /// The property name at `off` in `ns.name`, with the declaration of `ns`.
    pub fn member_at(&self, off: usize) -> Option<(usize, String, usize, usize)> {
        let (s, e) = text::word_at(&self.text, off);
        if s == e {
            return None;
        }
        let before = self.text[..s].trim_end();
        let before = before.strip_suffix('.')?;
        let before = before.strip_suffix('?').unwrap_or(before).trim_end();
        let rs = text::word_start(before, before.len());
        if rs == before.len() {
            return None;
        }
        let i = self.decl_at(rs)?;
        Some((i, self.text[s..e].to_string(), s, e))
    }

    /// The builtin table's name for what stands before the `.` at `dot`:
    /// `fs` for a binding of `require("fs")` / `import x from "node:fs"`
    /// whatever its name, else the receiver as written (`console`,
    /// `process.env`, `string` for a literal).
    fn receiver(&self, dot: usize) -> Option<String> {
        let r = text::receiver_before_dot(&self.text, dot)?;
        let before = self.text[..dot].trim_end();
        let ws = text::word_start(before, before.len());
        if before[ws..] == r {
            if let Some(im) = self.decl_at(ws).and_then(|i| self.import_of_decl(i)) {
                if matches!(im.imported, Imported::Namespace | Imported::Default) {
                    if let Some(m) = builtins::node_module(&im.specifier) {
                        return Some(m.to_string());
                    }
                }
            }
            // Half-typed code that does not parse has no symbols: look for
            // `r = require("m")` or `import [* as] r from "m"` in the text.
            if self.symbols.declarations.is_empty() {
                if let Some(m) = module_binding_in_text(&self.text, &r) {
                    return Some(m.to_string());
                }
            }
        }
        Some(r)
    }

    // ---------------------------------------------------------------- code actions

    /// Quick-fixes for undeclared names of Node modules in `range`: add
    /// `const fs = require("fs");` (or `import fs from "fs";` in an ES module).
    pub fn code_actions(&self, uri: &Url, range: Range) -> Vec<CodeAction> {
        let (rs, re) = (self.offset(range.start), self.offset(range.end));
        let mut out = Vec::new();
        let mut done = std::collections::HashSet::new();
        for (name, s, e) in &self.unresolved {
            if *e < rs || *s > re || !done.insert(name.as_str()) {
                continue;
            }
            let Some(module) = builtins::node_module_for_name(name) else { continue };
            let q = self.quote_style();
            let line = if self.modules.es_module {
                format!("import {name} from {q}{module}{q};")
            } else {
                format!("const {name} = require({q}{module}{q});")
            };
            let at = self.import_insertion_point();
            let pos = self.lines().position(&self.text, at);
            let edit = TextEdit::new(Range::new(pos, pos), format!("{line}\n"));
            let mut changes = HashMap::new();
            changes.insert(uri.clone(), vec![edit]);
            out.push(CodeAction {
                title: format!("Add `{line}`"),
                kind: Some(CodeActionKind::QUICKFIX),
                diagnostics: Some(vec![self.undeclared(*s, *e, name)]),
                edit: Some(WorkspaceEdit { changes: Some(changes), ..Default::default() }),
                is_preferred: Some(true),
                ..Default::default()
            });
        }
        out
    }

    /// The quote the file's imports use (double by default).
    fn quote_style(&self) -> char {
        self.modules.imports.first().and_then(|im| self.text[im.spec_start..].chars().next()).filter(|c| *c == '\'' || *c == '"').unwrap_or('"')
    }

    /// Where a new import line goes: after a shebang, a `"use strict"`
    /// directive and the block of import lines at the top, if any.
    fn import_insertion_point(&self) -> usize {
        let import_lines: std::collections::HashSet<usize> = self.modules.imports.iter().map(|im| self.lines().line_of(im.spec_start)).collect();
        let mut off = 0;
        let mut line = 0;
        let mut seen_import = false;
        while off < self.text.len() {
            let end = self.text[off..].find('\n').map(|i| off + i + 1).unwrap_or(self.text.len());
            let l = self.text[off..end].trim();
            let skip = (line == 0 && l.starts_with("#!"))
                || (!seen_import && (l == "'use strict';" || l == "\"use strict\";" || l == "'use strict'" || l == "\"use strict\""));
            if import_lines.contains(&line) {
                seen_import = true;
            } else if !skip {
                break;
            }
            off = end;
            line += 1;
        }
        off
    }

    // ---------------------------------------------------------------- scopes

    /// The range in which declaration `i` is visible.
    pub fn decl_scope(&self, i: usize) -> (usize, usize) {
        let d = &self.symbols.declarations[i];
        let o = self.outline();
        let whole = (0, self.text.len());
        let innermost = |at: usize, function_only: bool, exclude: Option<(usize, usize)>| {
            o.scopes
                .iter()
                .filter(|s| s.start <= at && at < s.end && (!function_only || s.function))
                .filter(|s| Some((s.start, s.end)) != exclude)
                .min_by_key(|s| s.end - s.start)
                .map(|s| (s.start, s.end))
                .unwrap_or(whole)
        };
        match d.kind {
            SymbolKind::Function => match o.functions.iter().find(|f| f.name_start == d.start && f.name_end == d.end) {
                Some(f) if f.is_declaration => {
                    let own = (f.start, f.end);
                    o.scopes
                        .iter()
                        .filter(|s| s.start <= f.start && f.end <= s.end && (s.start, s.end) != own)
                        .min_by_key(|s| s.end - s.start)
                        .map(|s| (s.start, s.end))
                        .unwrap_or(whole)
                }
                Some(f) => (f.start, f.end),
                None => innermost(d.start, true, None),
            },
            SymbolKind::Var | SymbolKind::Parameter => innermost(d.start, true, None),
            SymbolKind::Let | SymbolKind::Const | SymbolKind::CatchParameter => innermost(d.start, false, None),
        }
    }

    /// Declarations visible at `off`, innermost first, one per name.
    pub fn visible_at(&self, off: usize) -> Vec<usize> {
        let mut best: HashMap<&str, (usize, usize)> = HashMap::new();
        for (i, d) in self.symbols.declarations.iter().enumerate() {
            let (s, e) = self.decl_scope(i);
            if s <= off && off <= e {
                let size = e - s;
                match best.get(d.name.as_str()) {
                    Some(&(_, bs)) if bs <= size => {}
                    _ => {
                        best.insert(&d.name, (i, size));
                    }
                }
            }
        }
        let mut v: Vec<(usize, usize)> = best.into_values().collect();
        v.sort_by_key(|&(i, size)| (size, i));
        v.into_iter().map(|(i, _)| i).collect()
    }

    // ---------------------------------------------------------------- rename

    pub fn prepare_rename(&self, pos: Position) -> Option<Range> {
        let i = self.decl_at(self.offset(pos))?;
        let off = self.offset(pos);
        self.occurrences(i).into_iter().find(|&(s, e)| s <= off && off <= e).map(|(s, e)| self.range(s, e))
    }

    pub fn rename(&self, uri: &Url, pos: Position, new_name: &str) -> Result<WorkspaceEdit, String> {
        let i = self.decl_at(self.offset(pos)).ok_or("no symbol to rename at this position")?;
        if !builtins::is_identifier(new_name) {
            return Err(format!("'{new_name}' is not a valid identifier"));
        }
        let d = &self.symbols.declarations[i];
        if d.name == new_name {
            return Ok(WorkspaceEdit::default());
        }
        if let Some(why) = self.rename_conflict(i, new_name) {
            return Err(why);
        }
        let shorthands = &self.outline().shorthands;
        let edits = self
            .occurrences(i)
            .into_iter()
            .map(|(s, e)| {
                // `export { a }` keeps exporting the name `a`.
                let keeps_export = self.modules.exports.iter().any(|x| x.start == s && x.kind == ExportKind::Specifier { aliased: false });
                let text = if shorthands.binary_search(&s).is_ok() {
                    format!("{}: {new_name}", d.name)
                } else if keeps_export {
                    format!("{new_name} as {}", d.name)
                } else {
                    new_name.to_string()
                };
                TextEdit::new(self.range(s, e), text)
            })
            .collect();
        let mut changes = HashMap::new();
        changes.insert(uri.clone(), edits);
        Ok(WorkspaceEdit { changes: Some(changes), ..Default::default() })
    }

    /// Why renaming declaration `i` to `new` would change what some name
    /// refers to, if it would.
    pub fn rename_conflict(&self, i: usize, new: &str) -> Option<String> {
        let inside = |(s, e): (usize, usize), at: usize| s <= at && at < e.max(s + 1);
        let scope = self.decl_scope(i);
        let mine = self.occurrences(i);
        for (j, other) in self.symbols.declarations.iter().enumerate() {
            if other.name != new {
                continue;
            }
            let os = self.decl_scope(j);
            if os == scope {
                return Some(format!("'{new}' is already declared in this scope"));
            }
            // An inner `new` would capture some of our occurrences.
            if mine.iter().any(|&(s, _)| inside(os, s)) && inside(scope, os.0) {
                return Some(format!("'{new}' is declared in an inner scope that uses this name"));
            }
            // Our renamed binding would shadow references to an outer `new`.
            if self.occurrences(j).iter().any(|&(s, _)| inside(scope, s)) {
                return Some(format!("renaming would shadow '{new}' used in this scope"));
            }
        }
        if self.unresolved.iter().any(|(n, s, _)| n == new && inside(scope, *s)) {
            return Some(format!("renaming would shadow the global '{new}' used in this scope"));
        }
        None
    }

    // ---------------------------------------------------------------- outline

    pub fn document_symbols(&self) -> Vec<DocumentSymbol> {
        fn convert(a: &DocAnalysis, s: &OutlineSymbol) -> DocumentSymbol {
            let kind = lsp_symbol_kind(s.kind);
            let range = a.range(s.start.min(s.name_start), s.end.max(s.name_end));
            let selection_range = a.range(s.name_start, s.name_end);
            #[allow(deprecated)]
            DocumentSymbol {
                name: if s.name.is_empty() { "<anonymous>".into() } else { s.name.clone() },
                detail: s.detail.clone(),
                kind,
                tags: None,
                deprecated: None,
                range,
                selection_range,
                children: (!s.children.is_empty()).then(|| s.children.iter().map(|c| convert(a, c)).collect()),
            }
        }
        self.outline().symbols.iter().map(|s| convert(self, s)).collect()
    }

    pub fn folding_ranges(&self) -> Vec<FoldingRange> {
        text::folds(&self.text, self.lines())
            .into_iter()
            .map(|f| FoldingRange {
                start_line: f.start_line as u32,
                end_line: f.end_line as u32,
                kind: f.comment.then_some(FoldingRangeKind::Comment),
                ..Default::default()
            })
            .collect()
    }

    // ---------------------------------------------------------------- hover

    /// The `/** ... */` comment directly above the line containing `off`.
    pub fn jsdoc_above(&self, off: usize) -> Option<String> {
        let line_start = self.text[..off].rfind('\n').map(|i| i + 1).unwrap_or(0);
        let before = self.text[..line_start].trim_end();
        let body_end = before.strip_suffix("*/")?.len();
        let open = before[..body_end].rfind("/*")?;
        if !before[open..].starts_with("/**") {
            return None;
        }
        let body = &before[open + 3..body_end];
        let lines: Vec<&str> = body.lines().map(|l| l.trim().trim_start_matches('*').trim()).collect();
        let doc = lines.join("\n").trim().to_string();
        (!doc.is_empty()).then_some(doc)
    }

    pub fn hover(&self, pos: Position) -> Option<Hover> {
        let off = self.offset(pos);
        if let Some(i) = self.decl_at(off) {
            let d = &self.symbols.declarations[i];
            let mut sig = format!("({}) {}", kind_name(d.kind), d.name);
            if matches!(d.kind, SymbolKind::Var | SymbolKind::Let | SymbolKind::Const) {
                if let Some(t) = literal_type(&self.text, d.end) {
                    sig = format!("{sig}: {t}");
                }
            }
            if d.kind == SymbolKind::Function {
                if let Some(f) = self.outline().functions.iter().find(|f| f.name_start == d.start) {
                    sig = format!("function {}({})", d.name, f.params.join(", "));
                }
            } else if let Some(f) = self.outline().functions.iter().find(|f| f.name_start == d.start && !f.is_declaration) {
                sig = format!("({}) {}: ({}) => any", kind_name(d.kind), d.name, f.params.join(", "));
            }
            let mut value = format!("```js\n{sig}\n```");
            if let Some(doc) = self.jsdoc_above(d.start) {
                value.push_str("\n\n");
                value.push_str(&doc);
            }
            let (s, e) = self.occurrences(i).into_iter().find(|&(s, e)| s <= off && off <= e).unwrap_or((d.start, d.end));
            return Some(Hover { contents: HoverContents::Markup(MarkupContent { kind: MarkupKind::Markdown, value }), range: Some(self.range(s, e)) });
        }
        let (s, e) = text::word_at(&self.text, off);
        if s == e {
            return None;
        }
        let word = &self.text[s..e];
        let key = match self.text[..s].strip_suffix('.') {
            Some(before) => format!("{}.{word}", self.receiver(before.len())?),
            None if is_global(word) => word.to_string(),
            None => return None,
        };
        let b = builtins::lookup(&key)?;
        let value = format!("```ts\n{}\n```\n\n{}", b.signature, b.doc);
        Some(Hover { contents: HoverContents::Markup(MarkupContent { kind: MarkupKind::Markdown, value }), range: Some(self.range(s, e)) })
    }

    // ---------------------------------------------------------------- completion

    pub fn completion(&self, pos: Position) -> Vec<CompletionItem> {
        let off = self.offset(pos);
        // Half-typed code often does not parse (`a.` before `}`): complete
        // in a copy with a placeholder name at the cursor. Offsets before
        // the cursor are the same in both texts.
        match self.patched_for_completion(off) {
            Some(a) => a.completion_at(off),
            None => self.completion_at(off),
        }
    }

    /// For code that does not parse, the analysis of a copy with a
    /// placeholder name at `off` (if that copy has symbols).
    pub fn patched_for_completion(&self, off: usize) -> Option<DocAnalysis> {
        let unparsed = self.symbols.declarations.is_empty() && self.compiler_diagnostics.iter().any(|d| d.code == "K0001");
        if !unparsed {
            return None;
        }
        let patched = format!("{}{COMPLETION_PLACEHOLDER}{}", &self.text[..off], &self.text[off..]);
        let a = analyze(Arc::new(patched), &self.path);
        (!a.symbols.declarations.is_empty()).then_some(a)
    }

    fn completion_at(&self, off: usize) -> Vec<CompletionItem> {
        let start = text::word_start(&self.text, off);
        if let Some(before) = self.text[..start].strip_suffix('.') {
            if let Some(items) = self.local_members(before.len()) {
                return items;
            }
            let Some(recv) = self.receiver(before.len()) else { return Vec::new() };
            return builtins::members(&recv)
                .into_iter()
                .map(|b| CompletionItem {
                    label: b.name().to_string(),
                    kind: Some(if b.is_callable() { CompletionItemKind::METHOD } else { CompletionItemKind::PROPERTY }),
                    detail: Some(b.signature.to_string()),
                    documentation: Some(Documentation::String(b.doc.to_string())),
                    ..Default::default()
                })
                .collect();
        }
        let mut items = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for i in self.visible_at(off) {
            let d = &self.symbols.declarations[i];
            // Skip the half-typed word itself.
            if d.start == start {
                continue;
            }
            if seen.insert(d.name.clone()) {
                let kind = match d.kind {
                    SymbolKind::Function => CompletionItemKind::FUNCTION,
                    SymbolKind::Const => CompletionItemKind::CONSTANT,
                    _ => CompletionItemKind::VARIABLE,
                };
                items.push(CompletionItem {
                    label: d.name.clone(),
                    kind: Some(kind),
                    detail: Some(kind_name(d.kind).to_string()),
                    sort_text: Some(format!("0{}", d.name)),
                    ..Default::default()
                });
            }
        }
        for g in builtins::GLOBALS {
            if seen.insert(g.to_string()) {
                items.push(CompletionItem {
                    label: g.to_string(),
                    kind: Some(CompletionItemKind::VARIABLE),
                    detail: builtins::lookup(g).map(|b| b.signature.to_string()),
                    sort_text: Some(format!("1{g}")),
                    ..Default::default()
                });
            }
        }
        for k in builtins::KEYWORDS {
            if seen.insert(k.to_string()) {
                items.push(CompletionItem {
                    label: k.to_string(),
                    kind: Some(CompletionItemKind::KEYWORD),
                    sort_text: Some(format!("2{k}")),
                    ..Default::default()
                });
            }
        }
        items
    }

    /// Members of a local variable before the `.` at `dot`: the properties of
    /// the object literal it is initialised with, or the methods of its
    /// literal type (string, array).
    fn local_members(&self, dot: usize) -> Option<Vec<CompletionItem>> {
        let end = self.text[..dot].trim_end().len();
        let start = text::word_start(&self.text, end);
        if start == end || self.text[..start].trim_end().ends_with('.') {
            return None;
        }
        let i = self.decl_at(start)?;
        let d = &self.symbols.declarations[i];
        if d.name != self.text[start..end] {
            return None;
        }
        if let Some(sym) = find_symbol(&self.outline().symbols, d.start) {
            if !sym.children.is_empty() {
                return Some(
                    sym.children
                        .iter()
                        .map(|c| CompletionItem {
                            label: c.name.clone(),
                            kind: Some(if c.kind == OutlineKind::Method { CompletionItemKind::METHOD } else { CompletionItemKind::PROPERTY }),
                            detail: c.detail.clone(),
                            ..Default::default()
                        })
                        .collect(),
                );
            }
        }
        let ty = literal_type(&self.text, d.end)?;
        let members = builtins::members(&ty);
        (!members.is_empty()).then(|| {
            members
                .into_iter()
                .map(|b| CompletionItem {
                    label: b.name().to_string(),
                    kind: Some(if b.is_callable() { CompletionItemKind::METHOD } else { CompletionItemKind::PROPERTY }),
                    detail: Some(b.signature.to_string()),
                    ..Default::default()
                })
                .collect()
        })
    }

    // ---------------------------------------------------------------- signature help

    pub fn signature_help(&self, pos: Position) -> Option<SignatureHelp> {
        let off = self.offset(pos);
        let (paren, active) = text::enclosing_call(&self.text, off)?;
        let callee_end = self.text[..paren].trim_end().len();
        let start = text::word_start(&self.text, callee_end);
        let name = &self.text[start..callee_end];
        if name.is_empty() {
            return None;
        }
        let (label, params, doc) = if let Some(before) = self.text[..start].strip_suffix('.') {
            let recv = self.receiver(before.len())?;
            let b = builtins::lookup(&format!("{recv}.{name}"))?;
            (b.signature.to_string(), b.params(), Some(b.doc.to_string()))
        } else if let Some(f) = self.function_named(name, start) {
            let label = format!("{}({})", name, f.0.join(", "));
            (label, f.0, f.1)
        } else {
            let b = builtins::lookup(name).filter(|b| b.is_callable())?;
            (b.signature.to_string(), b.params(), Some(b.doc.to_string()))
        };
        let rest = params.last().is_some_and(|p| p.starts_with("..."));
        let active = if rest { (active as u32).min(params.len().saturating_sub(1) as u32) } else { active as u32 };
        Some(SignatureHelp {
            signatures: vec![SignatureInformation {
                label,
                documentation: doc.map(Documentation::String),
                parameters: Some(params.into_iter().map(|p| ParameterInformation { label: ParameterLabel::Simple(p), documentation: None }).collect()),
                active_parameter: Some(active),
            }],
            active_signature: Some(0),
            active_parameter: Some(active),
        })
    }

    /// Parameters and JSDoc of the function a call of `name` at `at` refers to.
    fn function_named(&self, name: &str, at: usize) -> Option<(Vec<String>, Option<String>)> {
        let o = self.outline();
        // Through the resolver when the callee is a resolved reference.
        let decl = self.decl_at(at).filter(|&i| self.symbols.declarations[i].name == name);
        let f = match decl {
            Some(i) => {
                let d = &self.symbols.declarations[i];
                o.functions.iter().find(|f| f.name_start == d.start)
            }
            None => o.functions.iter().find(|f| f.name.as_deref() == Some(name)),
        }?;
        Some((f.params.clone(), self.jsdoc_above(f.name_start)))
    }

    // ---------------------------------------------------------------- semantic tokens

    pub fn semantic_tokens(&self) -> Vec<SemanticToken> {
        // (start, end, type, modifiers)
        let mut toks: Vec<(usize, usize, u32, u32)> = Vec::new();
        let ty = |k: SymbolKind| match k {
            SymbolKind::Function => TOKEN_FUNCTION,
            SymbolKind::Parameter | SymbolKind::CatchParameter => TOKEN_PARAMETER,
            _ => TOKEN_VARIABLE,
        };
        let readonly = |k: SymbolKind| if k == SymbolKind::Const { MOD_READONLY } else { 0 };
        for d in &self.symbols.declarations {
            toks.push((d.start, d.end, ty(d.kind), MOD_DECLARATION | readonly(d.kind)));
        }
        for &(s, e, i) in &self.symbols.references {
            if let Some(d) = self.symbols.declarations.get(i) {
                toks.push((s, e, ty(d.kind), readonly(d.kind)));
            }
        }
        for (name, s, e) in &self.unresolved {
            if is_global(name) {
                toks.push((*s, *e, TOKEN_VARIABLE, MOD_DEFAULT_LIBRARY));
            }
        }
        toks.sort_by_key(|t| t.0);
        toks.dedup_by_key(|t| t.0);
        let mut out = Vec::with_capacity(toks.len());
        let (mut pl, mut pc) = (0u32, 0u32);
        for (s, e, t, m) in toks {
            let p = self.lines().position(&self.text, s);
            let q = self.lines().position(&self.text, e);
            if q.line != p.line {
                continue;
            }
            let delta_line = p.line - pl;
            let delta_start = if delta_line == 0 { p.character - pc } else { p.character };
            out.push(SemanticToken { delta_line, delta_start, length: q.character - p.character, token_type: t, token_modifiers_bitset: m });
            pl = p.line;
            pc = p.character;
        }
        out
    }
}

/// The builtin module `name` is bound to by a `require` or `import` in
/// `text`, found lexically (for code that does not parse).
fn module_binding_in_text(text: &str, name: &str) -> Option<&'static str> {
    let spec = |rest: &str| -> Option<&'static str> {
        let rest = rest.trim_start();
        let q = rest.chars().next().filter(|c| *c == '"' || *c == '\'')?;
        let body = &rest[1..];
        builtins::node_module(&body[..body.find(q)?])
    };
    for (i, _) in text.match_indices(name) {
        let before_ok = text[..i].chars().last().is_none_or(|c| !text::is_ident_char(c));
        let after = &text[i + name.len()..];
        if !before_ok || after.starts_with(text::is_ident_char) {
            continue;
        }
        if let Some(r) = after.trim_start().strip_prefix('=').and_then(|r| r.trim_start().strip_prefix("require(")) {
            if let Some(m) = spec(r) {
                return Some(m);
            }
        }
        let head = text[..i].trim_end();
        let head = head.strip_suffix("as").map(|h| h.trim_end().strip_suffix('*').unwrap_or("").trim_end()).unwrap_or(head);
        if head.ends_with("import") {
            if let Some(m) = after.trim_start().strip_prefix("from").and_then(spec) {
                return Some(m);
            }
        }
    }
    None
}

pub fn lsp_symbol_kind(k: OutlineKind) -> tower_lsp::lsp_types::SymbolKind {
    match k {
        OutlineKind::Function => tower_lsp::lsp_types::SymbolKind::FUNCTION,
        OutlineKind::Method => tower_lsp::lsp_types::SymbolKind::METHOD,
        OutlineKind::Variable => tower_lsp::lsp_types::SymbolKind::VARIABLE,
        OutlineKind::Constant => tower_lsp::lsp_types::SymbolKind::CONSTANT,
        OutlineKind::Class => tower_lsp::lsp_types::SymbolKind::CLASS,
        OutlineKind::Property => tower_lsp::lsp_types::SymbolKind::PROPERTY,
    }
}

fn find_symbol(syms: &[OutlineSymbol], name_start: usize) -> Option<&OutlineSymbol> {
    syms.iter().find_map(|s| if s.name_start == name_start { Some(s) } else { find_symbol(&s.children, name_start) })
}

const COMPLETION_PLACEHOLDER: &str = "__kiln_completion__";

pub const TOKEN_VARIABLE: u32 = 0;
pub const TOKEN_FUNCTION: u32 = 1;
pub const TOKEN_PARAMETER: u32 = 2;
pub const MOD_DECLARATION: u32 = 1;
pub const MOD_READONLY: u32 = 2;
pub const MOD_DEFAULT_LIBRARY: u32 = 4;

pub fn semantic_legend() -> SemanticTokensLegend {
    SemanticTokensLegend {
        token_types: vec![SemanticTokenType::VARIABLE, SemanticTokenType::FUNCTION, SemanticTokenType::PARAMETER],
        token_modifiers: vec![SemanticTokenModifier::DECLARATION, SemanticTokenModifier::READONLY, SemanticTokenModifier::DEFAULT_LIBRARY],
    }
}

/// What the initializer after a declared name says about its type: the
/// literal kind, or the constructor of a `new` expression.
fn literal_type(text: &str, name_end: usize) -> Option<String> {
    let rest = text[name_end..].trim_start().strip_prefix('=')?.trim_start();
    let c = rest.chars().next()?;
    let ty = match c {
        '"' | '\'' | '`' => "string".to_string(),
        '[' => "array".to_string(),
        '{' => "object".to_string(),
        '0'..='9' | '.' => "number".to_string(),
        '-' if rest[1..].trim_start().starts_with(|c: char| c.is_ascii_digit()) => "number".to_string(),
        _ if rest.starts_with("true") || rest.starts_with("false") => "boolean".to_string(),
        _ if rest.starts_with("null") => "null".to_string(),
        _ if rest.starts_with("new ") => {
            let r = rest[4..].trim_start();
            let e = r.find(|c: char| !text::is_ident_char(c)).unwrap_or(r.len());
            (e > 0).then(|| r[..e].to_string())?
        }
        _ => return None,
    };
    let word_end = rest.find(|c: char| !text::is_ident_char(c)).unwrap_or(rest.len());
    // `true` / `null` / `new` must be whole words.
    if c.is_alphabetic() && !matches!(ty.as_str(), "boolean" | "null") && !rest.starts_with("new ") {
        return None;
    }
    if matches!(ty.as_str(), "boolean" | "null") && !matches!(&rest[..word_end], "true" | "false" | "null") {
        return None;
    }
    Some(ty)
}

/// Whether the identifier at `start` names a function expression (as in
/// `const f = function fact(n) {...}`), judged from the text before the
/// `function` keyword.
fn is_function_expression_name(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end();
    let Some(before) = before.strip_suffix("function").or_else(|| before.strip_suffix('*').map(|b| b.trim_end().strip_suffix("function").unwrap_or(""))) else {
        return false;
    };
    let mut before = before.trim_end();
    if let Some(b) = before.strip_suffix("async") {
        before = b.trim_end();
    }
    match before.chars().last() {
        None => false,
        Some(c) if "=(,:?[!&|+-*/%<>~^".contains(c) => true,
        Some(_) => before.ends_with("return") || before.ends_with("yield") || before.ends_with("await"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(src: &str) -> DocAnalysis {
        analyze(Arc::new(src.to_string()), "/t.js")
    }

    #[test]
    fn diagnostics_classify_unresolved_and_unused() {
        let a = doc("let unused = 1;\nconsole.log(missing, process.argv);\nfunction f(_skip, p) { return 1; }\nf();\n");
        let d = a.diagnostics();
        let msgs: Vec<_> = d.iter().map(|d| (d.message.as_str(), d.severity.unwrap())).collect();
        assert!(msgs.contains(&("'missing' is not declared", DiagnosticSeverity::WARNING)), "{msgs:?}");
        assert!(!msgs.iter().any(|m| m.0.contains("console") || m.0.contains("process")));
        assert!(msgs.contains(&("'unused' is declared but never used", DiagnosticSeverity::HINT)));
        assert!(msgs.contains(&("'p' is declared but never used", DiagnosticSeverity::HINT)));
        assert!(!msgs.iter().any(|m| m.0.contains("_skip")));
        let broken = doc("let unused = 1;\nfoo(;\n").diagnostics();
        assert!(broken.iter().any(|d| d.code == Some(NumberOrString::String("K0001".into()))), "{broken:?}");
        assert!(!broken.iter().any(|d| d.message.contains("never used")), "{broken:?}");
    }

    #[test]
    fn literal_types() {
        let t = |src: &str| literal_type(src, src.find(" =").unwrap_or(src.len()));
        assert_eq!(t("const s = 'x'").as_deref(), Some("string"));
        assert_eq!(t("let n = -1.5").as_deref(), Some("number"));
        assert_eq!(t("let m = new Map()").as_deref(), Some("Map"));
        assert_eq!(t("let b = trueish").as_deref(), None);
        assert_eq!(t("let b = true").as_deref(), Some("boolean"));
        assert_eq!(t("let f = foo()").as_deref(), None);
        assert_eq!(t("let a").as_deref(), None);
    }

    #[test]
    fn function_expression_names() {
        let t = "const g = function fact(n) { return 1; };";
        assert!(is_function_expression_name(t, t.find("fact").unwrap()));
        let t = "function fact(n) { return 1; }";
        assert!(!is_function_expression_name(t, t.find("fact").unwrap()));
    }

    #[test]
    fn rename_refuses_collisions() {
        let src = "let a = 1;\nlet b = 2;\nfunction f() { let c = a; return c + b; }\nf();\n";
        let a = doc(src);
        let pos = |s: &str| a.lines().position(src, src.find(s).unwrap());
        assert!(a.rename(&Url::parse("file:///t.js").unwrap(), pos("a ="), "b").is_err());
        // Renaming c to a would capture the reference to the outer a.
        assert!(a.rename(&Url::parse("file:///t.js").unwrap(), pos("c ="), "a").is_err());
        // Renaming b to c would be captured by the inner c.
        assert!(a.rename(&Url::parse("file:///t.js").unwrap(), pos("b ="), "c").is_err());
        assert!(a.rename(&Url::parse("file:///t.js").unwrap(), pos("c ="), "d").is_ok());
        assert!(a.rename(&Url::parse("file:///t.js").unwrap(), pos("c ="), "1x").is_err());
    }
}

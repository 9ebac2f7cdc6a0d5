//! Diagnostics with stable codes, shared by the CLI, the LSP and the test262
//! runner. Codes are never reused; each has a one-line description in
//! [`CODES`].

use codespan_reporting::diagnostic::{Diagnostic as CsDiagnostic, Label};
use codespan_reporting::files::SimpleFile;
use codespan_reporting::term::{self, termcolor::Buffer};

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
    Hint,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub code: &'static str,
    pub severity: Severity,
    pub message: String,
    /// Byte range in the source file.
    pub start: usize,
    pub end: usize,
    /// The JS error constructor this corresponds to at parse time, for test262.
    pub js_error: &'static str,
}

/// Every diagnostic code with its one-line description.
pub const CODES: &[(&str, &str)] = &[
    ("K0001", "syntax error reported by the parser"),
    ("K0002", "early error: a declaration conflicts with another in the same scope"),
    ("K0003", "early error: break or continue with no matching statement or label"),
    ("K0004", "early error: invalid assignment target"),
    ("K0005", "early error: invalid regular expression literal (flags or pattern)"),
    ("K0006", "early error: delete of a private field"),
    ("K0007", "early error: reserved word, or eval/arguments in strict mode, used as an identifier"),
    ("K0008", "early error: duplicate parameter names, or \"use strict\" with non-simple parameters"),
    ("K0009", "early error: octal escape sequence in strict mode code"),
    ("K0010", "early error: private name declared twice or not declared by an enclosing class"),
    ("K0011", "early error: duplicate __proto__ property in an object literal"),
    ("K0012", "early error: super() outside a derived class constructor, or super.x outside a method"),
    ("K0013", "early error: declaration (or labelled function, or `let [`) where only a statement is allowed"),
    ("K0014", "early error: class element named \"constructor\" or static \"prototype\" where forbidden, or two constructors"),
    ("K0015", "early error: import() with spread, more than two arguments, or after new"),
    ("K0016", "early error: invalid escape (template \\8/\\9, separator in \\u{...}, escaped keyword or ZWJ/ZWNJ identifier start)"),
    ("K0017", "early error: delete of an unqualified identifier in strict mode code"),
    ("K0018", "early error: initializer in a for-in/for-of variable declaration (beyond Annex B's sloppy for-in)"),
    ("K0019", "early error: await or yield expression in arrow function parameters"),
    ("K0020", "syntax error the parser accepts: missing semicolon in a for head, line break after async in a method"),
    ("K0021", "module linking: an import names an export that the module does not provide, or that several `export *` provide"),
    ("K0022", "early error: `export { x }` of a name the module does not declare"),
    ("K0023", "early error: an import attribute key given twice"),
    ("K1001", "construct that Kiln cannot compile yet"),
    ("K2001", "reference to an undeclared variable"),
    ("K2002", "variable declared but never used (editor hint)"),
    ("K2003", "import or require of a relative module that does not exist (editor)"),
    ("K2004", "import of a name that the imported module does not export (editor)"),
    ("K3001", "could not read the source file"),
    ("K3002", "an imported module cannot be found or is not an ES module Kiln can load"),
];

impl Diagnostic {
    pub fn error(code: &'static str, message: impl Into<String>, start: usize, end: usize) -> Diagnostic {
        Diagnostic { code, severity: Severity::Error, message: message.into(), start, end, js_error: "SyntaxError" }
    }
    pub fn unsupported(what: &str, start: usize, end: usize) -> Diagnostic {
        Diagnostic::error("K1001", format!("Kiln cannot compile {what} yet"), start, end)
    }
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// Renders diagnostics as rustc does: `error[K0001]: message`, the
/// `file:line:col` and a code frame.
pub fn render(path: &str, source: &str, diags: &[Diagnostic], color: bool) -> String {
    let file = SimpleFile::new(path, source);
    let mut buf = if color { Buffer::ansi() } else { Buffer::no_color() };
    let config = term::Config::default();
    for d in diags {
        let cs = match d.severity {
            Severity::Error => CsDiagnostic::error(),
            Severity::Warning => CsDiagnostic::warning(),
            Severity::Hint => CsDiagnostic::note(),
        };
        let end = d.end.max(d.start).min(source.len());
        let start = d.start.min(end);
        let cs = cs.with_code(d.code).with_message(&d.message).with_labels(vec![Label::primary((), start..end)]);
        let _ = term::emit(&mut buf, &config, &file, &cs);
    }
    String::from_utf8_lossy(buf.as_slice()).into_owned()
}

/// Maps byte offsets to 1-based line and column (in UTF-16 units, as editors
/// and V8 count them).
pub struct LineIndex {
    starts: Vec<usize>,
    text: String,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        // (`match_indices` of a char searches with memchr.)
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { starts, text: text.to_string() }
    }
    /// An index of the empty text, for passes that never ask for positions.
    pub fn empty() -> LineIndex {
        LineIndex { starts: vec![0], text: String::new() }
    }
    /// (line, column), both 1-based.
    pub fn line_col(&self, offset: usize) -> (u32, u32) {
        let offset = offset.min(self.text.len());
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let start = self.starts[line];
        let col = self.text.get(start..offset).map(|s| s.encode_utf16().count()).unwrap_or(offset - start);
        (line as u32 + 1, col as u32 + 1)
    }
}

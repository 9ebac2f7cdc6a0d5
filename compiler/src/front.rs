//! The front-end: parse with swc, then lower (which resolves scopes and
//! reports early errors). This is the one function the CLI, the LSP and the
//! test262 runner call to learn what the compiler thinks of a file.
//!
//! **Invariant:** swc types do not leave `front` and `lower`; everything
//! downstream sees KIR and [`Diagnostic`]s with byte offsets.

use crate::diagnostics::Diagnostic;
use swc_common::{sync::Lrc, FileName, SourceMap, Spanned};
use swc_ecma_ast::{EsVersion, Program};
use swc_ecma_parser::{lexer::Lexer, EsSyntax, Parser, StringInput, Syntax};

/// How the source is run.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Goal {
    /// A Node.js CommonJS module: top-level declarations are local to the
    /// module function, `this` is `module.exports`.
    CommonJs,
    /// An ECMAScript Script: top-level `var` and functions are properties of
    /// the global object (used by test262).
    Script,
}

pub struct Parsed {
    pub program: Option<Program>,
    /// Byte position of the file's first byte in swc's source map.
    pub base: u32,
    pub diagnostics: Vec<Diagnostic>,
}

/// Start positions of the plain function declarations that are `if`
/// clauses (B.3.3 FunctionDeclarations in IfStatement Statement Clauses).
fn if_clause_functions(p: &Program) -> Vec<u32> {
    use swc_ecma_ast::{Decl, IfStmt, Stmt};
    use swc_ecma_visit::{Visit, VisitWith};
    struct V(Vec<u32>);
    impl Visit for V {
        fn visit_if_stmt(&mut self, i: &IfStmt) {
            for s in std::iter::once(&*i.cons).chain(i.alt.as_deref()) {
                if let Stmt::Decl(Decl::Fn(f)) = s {
                    if !f.function.is_async && !f.function.is_generator {
                        self.0.push(f.function.span.lo.0.min(f.ident.span.lo.0));
                    }
                }
            }
            i.visit_children_with(self);
        }
    }
    let mut v = V(Vec::new());
    p.visit_with(&mut v);
    v.0
}

/// Parses `source` as a script (or module when `module` is set); syntax
/// errors become K0001 diagnostics, and the early errors swc does not
/// report ([`crate::early`]) K0002–K0020. Never panics on any input.
pub fn parse(source: &str, path: &str, module: bool) -> Parsed {
    let cm: Lrc<SourceMap> = Default::default();
    let fm = cm.new_source_file(Lrc::new(FileName::Custom(path.to_string())), source.to_string());
    let base = fm.start_pos.0;
    let syntax = Syntax::Es(EsSyntax { allow_return_outside_function: false, ..Default::default() });
    let lexer = Lexer::new(syntax, EsVersion::latest(), StringInput::from(&*fm), None);
    let mut parser = Parser::new_from(lexer);
    let result = if module {
        parser.parse_module().map(Program::Module)
    } else {
        parser.parse_script().map(Program::Script)
    };
    let mut diagnostics = Vec::new();
    // B.3.3: swc rejects a plain function declaration as an `if` clause,
    // which sloppy code allows; its recovered tree holds the declaration,
    // and `early` reports the strict-mode case (K0013).
    let if_functions = match &result {
        Ok(p) => if_clause_functions(p),
        Err(_) => Vec::new(),
    };
    let mut push = |e: swc_ecma_parser::error::Error| {
        if matches!(e.kind(), swc_ecma_parser::error::SyntaxError::DeclNotAllowed) && if_functions.contains(&e.span().lo.0) {
            return;
        }
        let span = e.span();
        let start = span.lo.0.saturating_sub(base) as usize;
        let end = span.hi.0.saturating_sub(base) as usize;
        diagnostics.push(Diagnostic::error("K0001", e.kind().msg().to_string(), start, end.max(start)));
    };
    for e in parser.take_errors() {
        push(e);
    }
    let program = match result {
        Ok(p) => {
            // An early error where the parser already reported one (after
            // recovering) would only repeat it.
            let parser_starts: Vec<usize> = diagnostics.iter().map(|d| d.start).collect();
            diagnostics.extend(crate::early::check(&p, source, base).into_iter().filter(|d| !parser_starts.contains(&d.start)));
            Some(p)
        }
        Err(e) => {
            push(e);
            None
        }
    };
    diagnostics.sort_by_key(|d| d.start);
    diagnostics.dedup();
    Parsed { program, base, diagnostics }
}

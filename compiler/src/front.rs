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
    /// Made by [`reparse`] from a kept parse (not parsed from scratch).
    pub reparsed: bool,
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
    parse_in(&Default::default(), source, path, module)
}

/// [`parse`] into a given source map: the files of an ES module graph share
/// one, so that positions (and binding keys) of different files differ.
pub fn parse_in(cm: &Lrc<SourceMap>, source: &str, path: &str, module: bool) -> Parsed {
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
    Parsed { program, base, diagnostics, reparsed: false }
}

/// A script's parse kept for the next version of the same file, so that an
/// editor's next analysis re-parses only the top-level statements an edit
/// touched ([`reparse`]). Opaque: swc types stay in the compiler.
pub struct Retained {
    source: String,
    program: Program,
    base: u32,
    /// The parse had no syntax error (the parser recovered from none).
    clean: bool,
}

impl Retained {
    /// Keeps the parse of `source` (`clean`: without syntax errors).
    pub fn new(source: &str, base: u32, clean: bool, program: Program) -> Retained {
        Retained { source: source.to_string(), program, base, clean }
    }

    /// Frees the kept parse ([`drop_program_later`] for a large file).
    pub fn drop_later(self) {
        let len = self.source.len();
        drop_program_later(self.program, len);
    }
}

/// [`parse`] of `source` as a script, re-using `prev` (the parse of an earlier
/// version of the same file) when the edit between the two texts is confined
/// to top-level statements whose re-parse provably cannot affect the others;
/// otherwise a full parse. The result is the same syntax tree (spans
/// included) and the same diagnostics as `parse(source, path, false)`:
/// `compiler/tests/incremental.rs` checks this over thousands of random edits.
///
/// The conditions (all checked before anything is changed):
/// - the previous parse was a script without syntax errors;
/// - the edit starts after a top-level statement that is *closed* (ends
///   with an explicit `;`, or is a declaration, block, `try`, `switch`, or a
///   compound statement whose last body is closed), so nothing typed after
///   it can continue it (no automatic semicolon insertion across the edit),
///   and that statement is past the directive prologue (strictness is
///   unchanged);
/// - the re-parsed region ends at the start of the next untouched statement,
///   which begins its line (a `//` comment in the region cannot reach it), or
///   at the end of the file, and its last statement is closed;
/// - the region parses without any error, with the file's strictness;
/// - the text has no HTML-like comment (`<!--`, `-->`).
///
/// The untouched statements after the region are shifted by the edit's
/// length difference; early errors ([`crate::early`]) are checked again on
/// the whole tree.
pub fn reparse(prev: Retained, source: &str, path: &str) -> Parsed {
    match plan_reparse(&prev, source) {
        Some(plan) => apply_reparse(prev, source, plan),
        None => {
            let parsed = parse(source, path, false);
            drop_program_later(prev.program, prev.source.len());
            parsed
        }
    }
}

/// Frees a syntax tree. That of a large file takes milliseconds, which
/// editors would wait for: it is freed on another thread (in place if no
/// thread can be started).
pub(crate) fn drop_program_later(program: Program, source_len: usize) {
    if source_len > 64 << 10 {
        let _ = std::thread::Builder::new().name("kiln-drop-ast".into()).spawn(move || drop(program));
    }
}

struct ReparsePlan {
    /// Statements kept before the region, and the index of the first kept after it.
    keep_before: usize,
    next: usize,
    delta: i64,
    /// Old offset from which spans move by `delta`.
    shift_from: u32,
    region: Vec<swc_ecma_ast::Stmt>,
}

/// The statement ends in a way that no following text can extend.
fn closed(stmt: &swc_ecma_ast::Stmt, source: &str, base: u32) -> bool {
    use swc_ecma_ast::{Decl, Stmt};
    match stmt {
        Stmt::Decl(Decl::Fn(_) | Decl::Class(_)) | Stmt::Block(_) | Stmt::Try(_) | Stmt::Switch(_) | Stmt::Empty(_) => true,
        Stmt::If(i) => closed(i.alt.as_deref().unwrap_or(&i.cons), source, base),
        Stmt::For(f) => closed(&f.body, source, base),
        Stmt::ForIn(f) => closed(&f.body, source, base),
        Stmt::ForOf(f) => closed(&f.body, source, base),
        Stmt::While(w) => closed(&w.body, source, base),
        Stmt::Labeled(l) => closed(&l.body, source, base),
        Stmt::With(w) => closed(&w.body, source, base),
        _ => {
            let hi = stmt.span().hi.0;
            hi > base && source.as_bytes().get((hi - base - 1) as usize) == Some(&b';')
        }
    }
}

fn is_directive(stmt: &swc_ecma_ast::Stmt) -> bool {
    use swc_ecma_ast::{Expr, Lit, Stmt};
    matches!(stmt, Stmt::Expr(e) if matches!(&*e.expr, Expr::Lit(Lit::Str(_))))
}

fn plan_reparse(prev: &Retained, source: &str) -> Option<ReparsePlan> {
    let Program::Script(script) = &prev.program else { return None };
    // HTML-like comments (`<!--`, `-->`, Annex B) change where swc starts
    // the span of the next node depending on the lexer's state: not re-used.
    if !prev.clean || prev.source == source || source.contains("<!--") || source.contains("-->") {
        return None;
    }
    let (old, new) = (prev.source.as_bytes(), source.as_bytes());
    // The edit: old[es..old_ee] became new[es..new_ee].
    let prefix = old.iter().zip(new).take_while(|(a, b)| a == b).count();
    let max_suffix = old.len().min(new.len()) - prefix;
    let suffix = old.iter().rev().zip(new.iter().rev()).take(max_suffix).take_while(|(a, b)| a == b).count();
    let (es, old_ee) = (prefix, old.len() - suffix);
    let delta = new.len() as i64 - old.len() as i64;
    let base = prev.base;
    let off = |p: swc_common::BytePos| p.0.saturating_sub(base) as usize;
    let body = &script.body;
    // The last statement that ends at or before the edit, closed, past the prologue.
    let keep_before = body.iter().take_while(|s| off(s.span().hi) <= es).count();
    if keep_before == 0 {
        return None;
    }
    let before = &body[keep_before - 1];
    if !closed(before, &prev.source, base) || body[..keep_before].iter().all(is_directive) {
        return None;
    }
    let start = off(before.span().hi);
    // The first statement that starts after the edit.
    let next = keep_before + body[keep_before..].iter().take_while(|s| off(s.span().lo) <= old_ee).count();
    let end = match body.get(next) {
        Some(s) => {
            let e = (off(s.span().lo) as i64 + delta) as usize;
            let line = &source[..e];
            let nl = line.rfind('\n')?;
            if nl < start || !line[nl + 1..].bytes().all(|b| b == b' ' || b == b'\t') {
                return None;
            }
            e
        }
        None => source.len(),
    };
    if end < start || !source.is_char_boundary(start) || !source.is_char_boundary(end) {
        return None;
    }
    // Parse the region alone, after a prefix that gives it the file's strictness.
    let strict = crate::early::has_use_strict(&prev.source, base, body);
    let lead = if strict { "\"use strict\";" } else { ";" };
    if start < lead.len() {
        return None;
    }
    let text = format!("{lead}{}", &source[start..end]);
    let lo = swc_common::BytePos(base + (start - lead.len()) as u32);
    let hi = swc_common::BytePos(base + end as u32);
    let syntax = Syntax::Es(EsSyntax { allow_return_outside_function: false, ..Default::default() });
    let lexer = Lexer::new(syntax, EsVersion::latest(), StringInput::new(&text, lo, hi), None);
    let mut parser = Parser::new_from(lexer);
    let mut region = parser.parse_script().ok()?.body;
    if !parser.take_errors().is_empty() || region.is_empty() {
        return None;
    }
    region.remove(0); // the prefix
    if region.last().is_some_and(|s| !closed(s, source, base)) {
        return None;
    }
    let shift_from = body.get(next).map_or(u32::MAX, |s| s.span().lo.0);
    Some(ReparsePlan { keep_before, next, delta, shift_from, region })
}

fn apply_reparse(prev: Retained, source: &str, plan: ReparsePlan) -> Parsed {
    use swc_ecma_visit::VisitMutWith;
    struct Shift {
        from: u32,
        delta: i64,
    }
    impl swc_ecma_visit::VisitMut for Shift {
        fn visit_mut_span(&mut self, s: &mut swc_common::Span) {
            if s.lo.0 >= self.from {
                s.lo.0 = (s.lo.0 as i64 + self.delta) as u32;
            }
            if s.hi.0 >= self.from {
                s.hi.0 = (s.hi.0 as i64 + self.delta) as u32;
            }
        }
    }
    let base = prev.base;
    let Program::Script(mut script) = prev.program else { unreachable!("planned on a script") };
    let mut tail = script.body.split_off(plan.next);
    let mut shift = Shift { from: plan.shift_from, delta: plan.delta };
    tail.visit_mut_with(&mut shift);
    script.body.truncate(plan.keep_before);
    script.body.extend(plan.region);
    script.body.extend(tail);
    // swc's script span runs from its first token to its last (the first
    // statement is kept, so is the start).
    if let Some(last) = script.body.last() {
        script.span.hi = last.span().hi;
    }
    let program = Program::Script(script);
    let mut diagnostics = crate::early::check(&program, source, base);
    diagnostics.sort_by_key(|d| d.start);
    diagnostics.dedup();
    Parsed { program: Some(program), base, diagnostics, reparsed: true }
}

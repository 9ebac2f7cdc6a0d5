//! Early errors that swc's parser does not report (ECMA-262 "Static
//! Semantics: Early Errors"), found by one walk over the syntax tree right
//! after parsing ([`crate::front::parse`] calls [`check`]), so that
//! `kiln build`, `kiln run`, `kiln lsp` and `kiln test262` all see them.
//!
//! Each error is reported once, as a SyntaxError, with a stable code
//! (K0005–K0020, and K0002/K0003 for the scope and jump rules `lower.rs`
//! does not cover; see [`crate::diagnostics::CODES`]). Each rule names the
//! ECMA-262 section it implements. The checks are
//! conservative: when in doubt a construct is accepted, since rejecting a
//! valid program is worse than accepting an invalid one.
//!
//! Lowering (`lower.rs`) still reports K0002–K0004 (redeclarations,
//! break/continue targets, assignment targets); where this pass reports the
//! same error at the same place the driver keeps one.

use crate::diagnostics::Diagnostic;
use swc_common::Spanned;
use swc_ecma_ast::*;
use rustc_hash::FxHashMap;
use swc_ecma_visit::{Visit, VisitWith};

/// Early errors in `program`; `base` is the source map position of the
/// source's first byte (see [`crate::front::Parsed::base`]).
pub fn check(program: &Program, source: &str, base: u32) -> Vec<Diagnostic> {
    let mut e = Early {
        source,
        base,
        diags: Vec::new(),
        strict: false,
        funcs: Vec::new(),
        privates: Vec::new(),
        scopes: Vec::new(),
        supers: vec![SuperCtx::default()],
        heritage: Vec::new(),
        jumps: vec![JumpCtx::default()],
    };
    match program {
        Program::Script(s) => {
            e.strict = has_use_strict(source, base, &s.body);
            let stmts: Vec<&Stmt> = s.body.iter().collect();
            e.enter_var_scope(&stmts, &[]);
            s.body.visit_with(&mut e);
            e.scopes.pop();
        }
        Program::Module(m) => {
            e.strict = true;
            // Conservative for modules: imports are not counted, and
            // top-level functions are treated as in scripts (var-scoped).
            let stmts: Vec<&Stmt> = m
                .body
                .iter()
                .filter_map(|i| match i {
                    ModuleItem::Stmt(s) => Some(s),
                    _ => None,
                })
                .collect();
            e.enter_var_scope(&stmts, &[]);
            m.body.visit_with(&mut e);
            e.scopes.pop();
        }
    }
    e.diags
}

/// The function a piece of code is directly in (arrows are their own).
#[derive(Clone, Copy)]
struct FnCtx {
    is_async: bool,
    is_generator: bool,
}

struct Early<'a> {
    source: &'a str,
    base: u32,
    diags: Vec<Diagnostic>,
    strict: bool,
    funcs: Vec<FnCtx>,
    /// The private names declared by each enclosing class body.
    privates: Vec<Vec<String>>,
    /// Declaration scopes, innermost last (see [`Scope`]).
    scopes: Vec<Scope>,
    /// Where `super` may be used; arrows inherit their enclosing entry.
    supers: Vec<SuperCtx>,
    /// For each enclosing class body: whether it has an `extends` clause.
    heritage: Vec<bool>,
    /// break/continue targets, one entry per function or static block.
    jumps: Vec<JumpCtx>,
}

/// A scope for the LexicallyDeclaredNames / VarDeclaredNames early errors.
struct Scope {
    kind: ScopeKind,
    /// LexicallyDeclaredNames of the scope's statement list (for a `for`
    /// head, the BoundNames of its `let`/`const` declaration).
    lexical: FxHashMap<String, swc_common::Span>,
}

#[derive(PartialEq)]
enum ScopeKind {
    /// A function body, script, or class static block: where `var` binds.
    Var,
    /// A block, switch case block, or `for (let …)` head.
    Block,
    /// A catch clause's parameter; `simple` when it is one identifier
    /// (B.3.4 then allows `var` redeclarations of it).
    Catch { names: Vec<String>, simple: bool },
}

#[derive(Clone, Copy, Default)]
struct SuperCtx {
    /// `super(...)` allowed: in the constructor of a derived class.
    call: bool,
    /// `super.x` allowed: in methods, field initializers and static blocks.
    prop: bool,
}

#[derive(Default)]
struct JumpCtx {
    /// Whether this context is a class static block (errors are reported
    /// here only then; `lower.rs` reports K0003 everywhere else).
    static_block: bool,
    /// Enclosing labels, and whether each labels an iteration statement.
    labels: Vec<(String, bool)>,
    loops: u32,
    breakables: u32,
}

/// What declared a lexically scoped name: B.3.2.4 lets sloppy blocks
/// redeclare names bound only by plain function declarations.
#[derive(Clone, Copy, PartialEq)]
enum LexKind {
    Lexical,
    PlainFunction,
    OtherFunction,
}

/// Words that are never identifiers (swc only produces such an `Ident` when
/// the word was written with unicode escapes, e.g. `v\u0061r`).
fn is_reserved(name: &str) -> bool {
    matches!(
        name,
        "break" | "case" | "catch" | "class" | "const" | "continue" | "debugger" | "default" | "delete" | "do" | "else"
            | "enum" | "export" | "extends" | "false" | "finally" | "for" | "function" | "if" | "import" | "in"
            | "instanceof" | "new" | "null" | "return" | "super" | "switch" | "this" | "throw" | "true" | "try"
            | "typeof" | "var" | "void" | "while" | "with"
    )
}
/// Reserved in strict mode code only.
fn is_strict_reserved(name: &str) -> bool {
    matches!(name, "implements" | "interface" | "let" | "package" | "private" | "protected" | "public" | "static" | "yield")
}

fn directive_text<'s>(source: &'s str, base: u32, stmt: &Stmt) -> Option<&'s str> {
    let Stmt::Expr(ExprStmt { expr, .. }) = stmt else { return None };
    let Expr::Lit(Lit::Str(s)) = &**expr else { return None };
    let lo = s.span.lo.0.checked_sub(base)? as usize;
    let hi = s.span.hi.0.checked_sub(base)? as usize;
    source.get(lo..hi)
}

/// Whether the directive prologue of `body` holds an exact `"use strict"`.
pub(crate) fn has_use_strict(source: &str, base: u32, body: &[Stmt]) -> bool {
    for stmt in body {
        match directive_text(source, base, stmt) {
            Some(t) => {
                if t == "'use strict'" || t == "\"use strict\"" {
                    return true;
                }
            }
            None => return false,
        }
    }
    false
}

/// BoundNames of a binding pattern, with their spans.
fn bound_names(p: &Pat, out: &mut Vec<(String, swc_common::Span)>) {
    match p {
        Pat::Ident(b) => out.push((String::from(&*b.id.sym), b.id.span)),
        Pat::Array(a) => {
            for e in a.elems.iter().flatten() {
                bound_names(e, out);
            }
        }
        Pat::Object(o) => {
            for prop in &o.props {
                match prop {
                    ObjectPatProp::KeyValue(kv) => bound_names(&kv.value, out),
                    ObjectPatProp::Assign(a) => out.push((String::from(&*a.key.id.sym), a.key.id.span)),
                    ObjectPatProp::Rest(r) => bound_names(&r.arg, out),
                }
            }
        }
        Pat::Assign(a) => bound_names(&a.left, out),
        Pat::Rest(r) => bound_names(&r.arg, out),
        Pat::Expr(_) | Pat::Invalid(_) => {}
    }
}

/// Whether a string literal's source text holds a legacy octal escape
/// (`\01`, `\1`–`\7`) or `\8`/`\9`, which strict mode code forbids.
fn has_octal_escape(raw: &str) -> bool {
    let b = raw.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'\\' && i + 1 < b.len() {
            let c = b[i + 1];
            if (b'1'..=b'9').contains(&c) || (c == b'0' && b.get(i + 2).is_some_and(|d| d.is_ascii_digit())) {
                return true;
            }
            i += 2;
        } else {
            i += 1;
        }
    }
    false
}

/// The declaration a statement is, through any labels (`l: function f(){}`).
fn unlabel(stmt: &Stmt) -> &Stmt {
    match stmt {
        Stmt::Labeled(l) => unlabel(&l.body),
        other => other,
    }
}

/// LexicallyDeclaredNames of a statement list (14.2.2), with what declared
/// each name. At the top level of a function, script or static block
/// (`top`), function declarations are var-scoped instead (TopLevel
/// LexicallyDeclaredNames), so only `let`, `const` and `class` count.
fn lexical_names(stmts: &[&Stmt], top: bool) -> Vec<(String, swc_common::Span, LexKind)> {
    let mut out = Vec::new();
    for stmt in stmts {
        let Stmt::Decl(d) = unlabel(stmt) else { continue };
        match d {
            Decl::Class(c) => out.push((c.ident.sym.to_string(), c.ident.span, LexKind::Lexical)),
            Decl::Fn(f) if !top => {
                let kind = if f.function.is_async || f.function.is_generator { LexKind::OtherFunction } else { LexKind::PlainFunction };
                out.push((f.ident.sym.to_string(), f.ident.span, kind));
            }
            Decl::Var(v) if v.kind != VarDeclKind::Var => {
                let mut names = Vec::new();
                for d in &v.decls {
                    bound_names(&d.name, &mut names);
                }
                out.extend(names.into_iter().map(|(n, s)| (n, s, LexKind::Lexical)));
            }
            _ => {}
        }
    }
    out
}

/// Replaces comments in a piece of source text by a space (a newline when
/// a multi-line comment holds a line terminator, which then counts as one).
fn strip_comments(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('/') {
        out.push_str(&rest[..i]);
        let after = &rest[i..];
        if after.starts_with("//") {
            let end = after.find(['\n', '\r', '\u{2028}', '\u{2029}']).unwrap_or(after.len());
            out.push(' ');
            rest = &after[end..];
        } else if after.starts_with("/*") {
            let end = after[2..].find("*/").map(|e| e + 4).unwrap_or(after.len());
            let c = &after[..end];
            out.push(if c.contains(['\n', '\r', '\u{2028}', '\u{2029}']) { '\n' } else { ' ' });
            rest = &after[end..];
        } else {
            out.push('/');
            rest = &after[1..];
        }
    }
    out.push_str(rest);
    out
}

fn is_line_terminator(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}')
}

/// The identifier an escaped source word stands for (`g\u0065t` → `get`);
/// None when an escape is malformed.
fn decode_escapes(word: &str) -> Option<String> {
    let mut out = String::new();
    let mut chars = word.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        if chars.next()? != 'u' {
            return None;
        }
        let code = if chars.peek() == Some(&'{') {
            chars.next();
            let mut hex = String::new();
            loop {
                match chars.next()? {
                    '}' => break,
                    h => hex.push(h),
                }
            }
            u32::from_str_radix(&hex, 16).ok()?
        } else {
            let hex: String = (0..4).filter_map(|_| chars.next()).collect();
            if hex.len() != 4 {
                return None;
            }
            u32::from_str_radix(&hex, 16).ok()?
        };
        out.push(char::from_u32(code)?);
    }
    Some(out)
}

/// Whether the text holds a `\u{…}` escape with a `_` (numeric separators
/// are not allowed in code points).
fn has_separator_in_code_point(raw: &str) -> bool {
    let b = raw.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'\\' {
            if b.get(i + 1) == Some(&b'u') && b.get(i + 2) == Some(&b'{') {
                let mut j = i + 3;
                while j < b.len() && b[j] != b'}' {
                    if b[j] == b'_' {
                        return true;
                    }
                    j += 1;
                }
                i = j;
            } else {
                i += 2;
            }
        } else {
            i += 1;
        }
    }
    false
}

/// Whether an untagged template's raw text holds `\8` or `\9` (a
/// NotEscapeSequence, only allowed in tagged templates).
fn has_8_9_escape(raw: &str) -> bool {
    let b = raw.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'\\' {
            if matches!(b.get(i + 1), Some(b'8' | b'9')) {
                return true;
            }
            i += 2;
        } else {
            i += 1;
        }
    }
    false
}

fn prop_name_is(key: &PropName, name: &str) -> bool {
    match key {
        PropName::Ident(i) => &*i.sym == name,
        PropName::Str(s) => s.value.as_str() == Some(name),
        _ => false,
    }
}

/// Finds `await`/`yield` expressions outside nested functions and classes
/// (Contains does not look into them).
struct FindAwaitYield(Option<swc_common::Span>);
impl Visit for FindAwaitYield {
    fn visit_await_expr(&mut self, a: &AwaitExpr) {
        self.0.get_or_insert(a.span);
    }
    fn visit_yield_expr(&mut self, y: &YieldExpr) {
        self.0.get_or_insert(y.span);
    }
    fn visit_function(&mut self, _: &Function) {}
    fn visit_arrow_expr(&mut self, _: &ArrowExpr) {}
    fn visit_class(&mut self, _: &Class) {}
}

fn unparen(e: &Expr) -> &Expr {
    match e {
        Expr::Paren(p) => unparen(&p.expr),
        other => other,
    }
}

impl Early<'_> {
    fn error(&mut self, code: &'static str, msg: impl Into<String>, span: swc_common::Span) {
        let start = span.lo.0.saturating_sub(self.base) as usize;
        let end = (span.hi.0.saturating_sub(self.base) as usize).max(start);
        self.diags.push(Diagnostic::error(code, msg, start, end));
    }

    fn text(&self, span: swc_common::Span) -> &str {
        let lo = span.lo.0.saturating_sub(self.base) as usize;
        let hi = span.hi.0.saturating_sub(self.base) as usize;
        self.source.get(lo..hi).unwrap_or("")
    }

    /// Parameters: duplicates where the spec forbids them (K0008), and
    /// `"use strict"` in a function with a non-simple parameter list.
    fn check_params<'p>(&mut self, params: impl Iterator<Item = &'p Pat>, unique: bool, body_strict: bool, body: Option<&FunctionBody>) {
        let params: Vec<&Pat> = params.collect();
        let simple = params.iter().all(|p| matches!(p, Pat::Ident(_)));
        let mut names = Vec::new();
        for p in &params {
            bound_names(p, &mut names);
        }
        if unique || !simple || self.strict {
            for i in 1..names.len() {
                if names[..i].iter().any(|(n, _)| *n == names[i].0) {
                    self.error("K0008", format!("Duplicate parameter name '{}' not allowed in this context", names[i].0), names[i].1);
                    break;
                }
            }
        }
        if body_strict && !simple {
            if let Some(b) = body {
                self.error("K0008", "Illegal 'use strict' directive in function with non-simple parameter list", b.span);
            }
        }
    }

    /// A function's parameters and body; `sup` says where `super` may be
    /// used in it.
    fn function(&mut self, f: &Function, method: bool, sup: SuperCtx) {
        let saved_strict = self.strict;
        let own_strict = f.body.as_ref().is_some_and(|b| has_use_strict(self.source, self.base, &b.stmts));
        self.strict |= own_strict;
        self.check_params(f.params.iter().map(|p| &p.pat), method, own_strict, f.body.as_ref());
        self.funcs.push(FnCtx { is_async: f.is_async, is_generator: f.is_generator });
        self.supers.push(sup);
        self.jumps.push(JumpCtx::default());
        self.function_body(f.params.iter().map(|p| &p.pat), f.body.as_ref().map(|b| &b.stmts[..]));
        self.jumps.pop();
        self.supers.pop();
        self.funcs.pop();
        self.strict = saved_strict;
    }

    /// Visits parameters and body in a new var scope (15.2.1: no name
    /// bound by the parameters may also be lexically declared by the body).
    fn function_body<'p>(&mut self, params: impl Iterator<Item = &'p Pat> + Clone, body: Option<&[Stmt]>) {
        let mut names = Vec::new();
        for p in params.clone() {
            bound_names(p, &mut names);
        }
        let stmts: Vec<&Stmt> = body.map(|b| b.iter().collect()).unwrap_or_default();
        let params_names: Vec<String> = names.into_iter().map(|(n, _)| n).collect();
        self.enter_var_scope(&stmts, &params_names);
        for p in params {
            p.visit_with(self);
        }
        if let Some(b) = body {
            b.visit_with(self);
        }
        self.scopes.pop();
    }

    fn report_duplicates(&mut self, names: &[(String, swc_common::Span, LexKind)], annex_b: bool) {
        // For each name: whether every declaration so far is a plain function.
        let mut seen: FxHashMap<&str, bool> = FxHashMap::default();
        for (name, span, kind) in names {
            let plain = *kind == LexKind::PlainFunction;
            match seen.get_mut(name.as_str()) {
                None => {
                    seen.insert(name, plain);
                }
                Some(all_plain) => {
                    // B.3.2.4: sloppy blocks may repeat plain function declarations.
                    if annex_b && !self.strict && plain && *all_plain {
                        continue;
                    }
                    *all_plain &= plain;
                    self.error("K0002", format!("Identifier '{name}' has already been declared"), *span);
                }
            }
        }
    }

    fn to_map(names: &[(String, swc_common::Span, LexKind)]) -> FxHashMap<String, swc_common::Span> {
        let mut m = FxHashMap::default();
        for (n, s, _) in names {
            m.entry(n.clone()).or_insert(*s);
        }
        m
    }

    /// Reports a clash between a lexical declaration of `name` and a var
    /// (or var-scoped function) one, at the lexical declaration, as
    /// `lower.rs` does for the clashes it also sees (the driver then keeps
    /// one of the two).
    fn clash(&mut self, name: &str, lexical: swc_common::Span) {
        self.error("K0002", format!("Identifier '{name}' has already been declared"), lexical);
    }

    /// Enters the var scope of a function body, script or static block
    /// (15.2.1, 16.1.1, 15.7.1 Static Semantics: Early Errors): its
    /// LexicallyDeclaredNames must be unique, and none may also be a
    /// parameter name or in its VarDeclaredNames. Top-level function
    /// declarations are var-scoped and checked here; `var` declarations are
    /// checked as they are visited ([`Self::var_name`]).
    fn enter_var_scope(&mut self, stmts: &[&Stmt], params: &[String]) {
        let lexical = lexical_names(stmts, true);
        self.report_duplicates(&lexical, false);
        for (name, span, _) in &lexical {
            if params.contains(name) {
                self.error("K0002", format!("Identifier '{name}' has already been declared"), *span);
            }
        }
        let map = Self::to_map(&lexical);
        for stmt in stmts {
            if let Stmt::Decl(Decl::Fn(f)) = unlabel(stmt) {
                if let Some(&l) = map.get(&*f.ident.sym) {
                    self.clash(&f.ident.sym, l);
                }
            }
        }
        self.scopes.push(Scope { kind: ScopeKind::Var, lexical: map });
    }

    /// Enters a block or case block (14.2.1, 14.12.1 Static Semantics:
    /// Early Errors, with B.3.2.4 and B.3.2.5 for sloppy function
    /// declarations).
    fn enter_block_scope(&mut self, stmts: &[&Stmt]) -> Vec<(String, swc_common::Span, LexKind)> {
        let lexical = lexical_names(stmts, false);
        self.report_duplicates(&lexical, true);
        self.scopes.push(Scope { kind: ScopeKind::Block, lexical: Self::to_map(&lexical) });
        lexical
    }

    /// A name in VarDeclaredNames: an error if a scope between here and the
    /// var scope declares it lexically, or it is bound by a catch parameter
    /// that is a pattern (14.15.1; B.3.4 allows `var` to redeclare a simple
    /// catch parameter, including in `for (var e of …)` since ES2023).
    fn var_name(&mut self, name: &str, span: swc_common::Span) {
        let mut clash = None;
        for scope in self.scopes.iter().rev() {
            if let Some(&l) = scope.lexical.get(name) {
                clash = Some(l);
                break;
            }
            match &scope.kind {
                ScopeKind::Var => break,
                ScopeKind::Catch { names, simple } => {
                    if names.iter().any(|n| n == name) && !simple {
                        clash = Some(span);
                        break;
                    }
                }
                ScopeKind::Block => {}
            }
        }
        if let Some(other) = clash {
            self.clash(name, other);
        }
    }

    /// A `let`/`const` head of a `for`, `for-in` or `for-of` (14.7.4.1,
    /// 14.7.5.1): its names must be unique and not redeclared by `var` in
    /// the body; entered as a scope of its own.
    fn enter_for_head(&mut self, v: &VarDecl) {
        let mut names = Vec::new();
        for d in &v.decls {
            bound_names(&d.name, &mut names);
        }
        let lexical: Vec<_> = names.into_iter().map(|(n, s)| (n, s, LexKind::Lexical)).collect();
        self.report_duplicates(&lexical, false);
        self.scopes.push(Scope { kind: ScopeKind::Block, lexical: Self::to_map(&lexical) });
    }

    /// The body of an `if`, loop, `with` or labelled statement must be a
    /// Statement, not a declaration (14.6, 14.7, 14.11, 14.13), and not a
    /// labelled function (14.7.1.1 IsLabelledFunction); B.3.3 lets a sloppy
    /// `if` hold a plain function declaration.
    fn substatement(&mut self, body: &Stmt, if_body: bool) {
        match body {
            Stmt::Decl(Decl::Fn(f)) if if_body && !self.strict && !f.function.is_async && !f.function.is_generator => {}
            Stmt::Decl(Decl::Var(v)) if v.kind == VarDeclKind::Var => {}
            Stmt::Decl(d) => {
                self.error("K0013", "Declarations are not allowed in this statement position", d.span());
            }
            Stmt::Labeled(l) => {
                if let Stmt::Decl(Decl::Fn(_)) = unlabel(&l.body) {
                    self.error("K0013", "A labelled function declaration cannot be the body of a statement", l.span);
                }
            }
            _ => {}
        }
    }

    fn loop_body(&mut self, body: &Stmt) {
        self.substatement(body, false);
        let j = self.jumps.last_mut().unwrap();
        j.loops += 1;
        j.breakables += 1;
        body.visit_with(self);
        let j = self.jumps.last_mut().unwrap();
        j.loops -= 1;
        j.breakables -= 1;
    }

    /// A class element's initializer or static block: `super.x` allowed,
    /// `super()` not (15.7.1).
    fn in_class_element(&mut self, f: impl FnOnce(&mut Self)) {
        self.supers.push(SuperCtx { call: false, prop: true });
        f(self);
        self.supers.pop();
    }

    /// The keyword words before a member's key (`get`, `set`, `static`,
    /// `async`), which must not be written with escapes (12.7.2): `text` is
    /// the source from the member's start to its key.
    fn check_modifiers(&mut self, text: &str, span: swc_common::Span) {
        let t = strip_comments(text);
        for word in t.split(|c: char| !(c.is_alphanumeric() || c == '\\' || c == '{' || c == '}' || c == '_' || c == '$')) {
            if word.contains('\\') && decode_escapes(word).is_some_and(|w| matches!(w.as_str(), "get" | "set" | "static" | "async")) {
                self.error("K0016", "Keywords cannot contain escape characters", span);
                return;
            }
        }
    }

    fn span_from(&self, lo: swc_common::BytePos, hi: swc_common::BytePos) -> swc_common::Span {
        swc_common::Span::new(lo, hi.max(lo))
    }

    fn check_class_key(&mut self, key: &PropName, is_static: bool, field: bool) {
        // 15.7.1: a static element may not be named "prototype", a field
        // not "constructor".
        if (is_static && prop_name_is(key, "prototype")) || (field && prop_name_is(key, "constructor")) {
            self.error("K0014", format!("Classes may not have a {} named '{}'", if field { "field" } else { "static method" }, if prop_name_is(key, "prototype") { "prototype" } else { "constructor" }), key.span());
        }
    }
}

impl Visit for Early<'_> {
    fn visit_function(&mut self, f: &Function) {
        self.function(f, false, SuperCtx::default());
    }

    fn visit_fn_decl(&mut self, f: &FnDecl) {
        f.ident.visit_with(self);
        self.function_name(&f.ident, &f.function);
        self.function(&f.function, false, SuperCtx::default());
    }

    fn visit_fn_expr(&mut self, f: &FnExpr) {
        f.ident.visit_with(self);
        if let Some(id) = &f.ident {
            self.function_name(id, &f.function);
        }
        self.function(&f.function, false, SuperCtx::default());
    }

    fn visit_method_prop(&mut self, m: &MethodProp) {
        m.key.visit_with(self);
        let head = self.text(self.span_from(m.function.span.lo, m.key.span().lo)).to_string();
        self.check_modifiers(&head, m.key.span());
        // 15.4.1: no line terminator between `async` and the method name.
        if m.function.is_async {
            let t = strip_comments(&head);
            let after = t.trim_start().strip_prefix("async").unwrap_or("");
            let upto = after.split('*').next().unwrap_or("");
            if upto.contains(is_line_terminator) {
                self.error("K0020", "Line terminator not permitted after 'async'", m.key.span());
            }
        }
        self.function(&m.function, true, SuperCtx { call: false, prop: true });
    }
    fn visit_getter_prop(&mut self, m: &GetterProp) {
        m.key.visit_with(self);
        let head = self.text(self.span_from(m.span.lo, m.key.span().lo)).to_string();
        self.check_modifiers(&head, m.key.span());
        self.function(&m.function, true, SuperCtx { call: false, prop: true });
    }
    fn visit_setter_prop(&mut self, m: &SetterProp) {
        m.key.visit_with(self);
        let head = self.text(self.span_from(m.span.lo, m.key.span().lo)).to_string();
        self.check_modifiers(&head, m.key.span());
        self.function(&m.function, true, SuperCtx { call: false, prop: true });
    }
    fn visit_class_method(&mut self, m: &ClassMethod) {
        m.key.visit_with(self);
        let head = self.text(self.span_from(m.span.lo, m.key.span().lo)).to_string();
        self.check_modifiers(&head, m.key.span());
        // 15.7.1: "constructor" may only name a plain method (swc gives the
        // constructor itself as a ClassMember::Constructor).
        if !m.is_static && prop_name_is(&m.key, "constructor") {
            self.error("K0014", "Class constructor may not be an accessor, generator or async", m.key.span());
        }
        self.check_class_key(&m.key, m.is_static, false);
        self.function(&m.function, true, SuperCtx { call: false, prop: true });
    }
    fn visit_private_method(&mut self, m: &PrivateMethod) {
        let head = self.text(self.span_from(m.span.lo, m.key.span.lo)).to_string();
        self.check_modifiers(&head, m.key.span);
        m.key.visit_with(self);
        self.function(&m.function, true, SuperCtx { call: false, prop: true });
    }

    fn visit_constructor(&mut self, c: &Constructor) {
        let params: Vec<&Pat> = c
            .params
            .iter()
            .filter_map(|p| match p {
                ParamOrTsParamProp::Param(p) => Some(&p.pat),
                _ => None,
            })
            .collect();
        let saved_strict = self.strict;
        let own_strict = c.body.as_ref().is_some_and(|b| has_use_strict(self.source, self.base, &b.stmts));
        self.strict |= own_strict;
        self.check_params(params.iter().copied(), true, own_strict, c.body.as_ref());
        self.funcs.push(FnCtx { is_async: false, is_generator: false });
        self.supers.push(SuperCtx { call: self.heritage.last().copied().unwrap_or(false), prop: true });
        self.jumps.push(JumpCtx::default());
        self.function_body(params.iter().copied(), c.body.as_ref().map(|b| &b.stmts[..]));
        self.jumps.pop();
        self.supers.pop();
        self.funcs.pop();
        self.strict = saved_strict;
    }

    fn visit_class_prop(&mut self, p: &ClassProp) {
        p.key.visit_with(self);
        let head = self.text(self.span_from(p.span.lo, p.key.span().lo)).to_string();
        self.check_modifiers(&head, p.key.span());
        self.check_class_key(&p.key, p.is_static, true);
        self.in_class_element(|e| p.value.visit_with(e));
    }
    fn visit_private_prop(&mut self, p: &PrivateProp) {
        let head = self.text(self.span_from(p.span.lo, p.key.span.lo)).to_string();
        self.check_modifiers(&head, p.key.span);
        p.key.visit_with(self);
        self.in_class_element(|e| p.value.visit_with(e));
    }
    fn visit_auto_accessor(&mut self, p: &AutoAccessor) {
        p.key.visit_with(self);
        self.in_class_element(|e| p.value.visit_with(e));
    }
    fn visit_static_block(&mut self, b: &StaticBlock) {
        self.in_class_element(|e| {
            e.jumps.push(JumpCtx { static_block: true, ..Default::default() });
            e.funcs.push(FnCtx { is_async: false, is_generator: false });
            e.function_body(std::iter::empty(), Some(&b.body.stmts[..]));
            e.funcs.pop();
            e.jumps.pop();
        });
    }

    fn visit_private_name(&mut self, n: &PrivateName) {
        let text = self.text(n.span).to_string();
        self.check_escaped_name(text.trim_start_matches('#'), n.span);
        // 15.7.1: #constructor is never a valid private name.
        if &*n.name == "constructor" {
            self.error("K0014", "Classes may not have a private element named '#constructor'", n.span);
        }
    }

    fn visit_ident_name(&mut self, i: &IdentName) {
        let text = self.text(i.span).to_string();
        self.check_escaped_name(&text, i.span);
    }

    fn visit_arrow_expr(&mut self, a: &ArrowExpr) {
        let saved_strict = self.strict;
        let body = match &*a.body {
            ArrowFunctionBody::FunctionBody(b) => Some(b),
            _ => None,
        };
        let own_strict = body.is_some_and(|b| has_use_strict(self.source, self.base, &b.stmts));
        self.strict |= own_strict;
        self.check_params(a.params.iter(), true, own_strict, body);
        // 15.3.1, 15.9.1: ArrowParameters may not contain an await or yield
        // expression.
        let mut find = FindAwaitYield(None);
        a.params.visit_with(&mut find);
        if let Some(span) = find.0 {
            self.error("K0019", "Arrow function parameters cannot contain 'await' or 'yield' expressions", span);
        }
        self.funcs.push(FnCtx { is_async: a.is_async, is_generator: false });
        self.jumps.push(JumpCtx::default());
        match &*a.body {
            ArrowFunctionBody::FunctionBody(b) => self.function_body(a.params.iter(), Some(&b.stmts[..])),
            ArrowFunctionBody::Expr(_) => {
                a.params.visit_with(self);
                a.body.visit_with(self);
            }
        }
        self.jumps.pop();
        self.funcs.pop();
        self.strict = saved_strict;
    }

    fn visit_class(&mut self, c: &Class) {
        let saved_strict = self.strict;
        self.strict = true;
        // The heritage is outside the class's private environment.
        c.super_class.visit_with(self);
        // Private names: each declared once, except one getter and one
        // setter with the same placement.
        let mut declared: Vec<(String, u8, bool)> = Vec::new(); // (name, 0 other / 1 get / 2 set, static)
        for m in &c.body {
            let (key, kind, is_static) = match m {
                ClassMember::PrivateMethod(pm) => (
                    &pm.key,
                    match pm.kind {
                        MethodKind::Getter => 1,
                        MethodKind::Setter => 2,
                        MethodKind::Method => 0,
                    },
                    pm.is_static,
                ),
                ClassMember::PrivateProp(pp) => (&pp.key, 0, pp.is_static),
                ClassMember::AutoAccessor(AutoAccessor { key: Key::Private(k), is_static, .. }) => (k, 0, *is_static),
                _ => continue,
            };
            let clash = declared.iter().any(|(n, k, s)| n.as_str() == &*key.name && !(*k + kind == 3 && *s == is_static));
            if clash {
                self.error("K0010", format!("Private field '#{}' has already been declared", key.name), key.span);
            }
            declared.push((key.name.to_string(), kind, is_static));
        }
        // 15.7.1: at most one constructor.
        let mut ctors = c.body.iter().filter_map(|m| match m {
            ClassMember::Constructor(k) => Some(k.key.span()),
            _ => None,
        });
        if let (Some(_), Some(second)) = (ctors.next(), ctors.next()) {
            self.error("K0014", "A class may only have one constructor", second);
        }
        self.privates.push(declared.into_iter().map(|(n, _, _)| n).collect());
        self.heritage.push(c.super_class.is_some());
        c.body.visit_with(self);
        self.heritage.pop();
        self.privates.pop();
        self.strict = saved_strict;
    }

    // 14.2.1 Static Semantics: Early Errors (Block).
    fn visit_block_stmt(&mut self, b: &BlockStmt) {
        let stmts: Vec<&Stmt> = b.stmts.iter().collect();
        self.enter_block_scope(&stmts);
        b.stmts.visit_with(self);
        self.scopes.pop();
    }

    // 14.12.1 Static Semantics: Early Errors (CaseBlock).
    fn visit_switch_stmt(&mut self, s: &SwitchStmt) {
        s.discriminant.visit_with(self);
        let stmts: Vec<&Stmt> = s.cases.iter().flat_map(|c| c.cons.iter()).collect();
        self.enter_block_scope(&stmts);
        self.jumps.last_mut().unwrap().breakables += 1;
        s.cases.visit_with(self);
        self.jumps.last_mut().unwrap().breakables -= 1;
        self.scopes.pop();
    }

    // 14.15.1 Static Semantics: Early Errors (Catch), with B.3.4.
    fn visit_catch_clause(&mut self, c: &CatchClause) {
        let mut names = Vec::new();
        if let Some(p) = &c.param {
            bound_names(p, &mut names);
        }
        for i in 1..names.len() {
            if names[..i].iter().any(|(n, _)| *n == names[i].0) {
                self.error("K0002", format!("Identifier '{}' has already been declared", names[i].0), names[i].1);
            }
        }
        let stmts: Vec<&Stmt> = c.body.stmts.iter().collect();
        for (name, span, _) in lexical_names(&stmts, false) {
            if names.iter().any(|(n, _)| *n == name) {
                self.error("K0002", format!("Identifier '{name}' has already been declared"), span);
            }
        }
        let simple = matches!(c.param, Some(Pat::Ident(_)));
        c.param.visit_with(self);
        self.scopes.push(Scope { kind: ScopeKind::Catch { names: names.into_iter().map(|(n, _)| n).collect(), simple }, lexical: FxHashMap::default() });
        c.body.visit_with(self);
        self.scopes.pop();
    }

    fn visit_var_decl(&mut self, v: &VarDecl) {
        if v.kind == VarDeclKind::Var {
            let mut names = Vec::new();
            for d in &v.decls {
                bound_names(&d.name, &mut names);
            }
            for (n, span) in names {
                self.var_name(&n, span);
            }
        }
        v.visit_children_with(self);
    }

    fn visit_for_stmt(&mut self, f: &ForStmt) {
        // 14.7.4: the head has exactly two semicolons (no ASI inside it).
        let head_lo = f.span.lo;
        let rel = |sp: swc_common::Span| (sp.lo.0.saturating_sub(head_lo.0) as usize, sp.hi.0.saturating_sub(head_lo.0) as usize);
        let mut ranges = Vec::new();
        if let Some(i) = &f.init {
            ranges.push(rel(i.span()));
        }
        if let Some(t) = &f.test {
            ranges.push(rel(t.span()));
        }
        if let Some(u) = &f.update {
            ranges.push(rel(u.span()));
        }
        let head = self.text(self.span_from(head_lo, f.body.span().lo)).as_bytes();
        let mut gaps = Vec::new();
        let mut i = 0;
        while i < head.len() {
            if let Some(&(_, hi)) = ranges.iter().find(|(lo, hi)| *lo <= i && i < *hi) {
                gaps.push(b' ');
                i = hi;
            } else {
                gaps.push(head[i]);
                i += 1;
            }
        }
        let gaps = String::from_utf8_lossy(&gaps).into_owned();
        if strip_comments(&gaps).matches(';').count() < 2 {
            self.error("K0020", "Expected ';' in for statement head", f.span);
        }
        let lexical = match &f.init {
            Some(VarDeclOrExpr::VarDecl(v)) if v.kind != VarDeclKind::Var => {
                self.enter_for_head(v);
                true
            }
            _ => false,
        };
        f.init.visit_with(self);
        f.test.visit_with(self);
        f.update.visit_with(self);
        self.loop_body(&f.body);
        if lexical {
            self.scopes.pop();
        }
    }

    fn visit_for_in_stmt(&mut self, f: &ForInStmt) {
        self.for_in_of(&f.left, &f.right, &f.body, true);
    }

    fn visit_for_of_stmt(&mut self, f: &ForOfStmt) {
        self.for_in_of(&f.left, &f.right, &f.body, false);
    }

    fn visit_while_stmt(&mut self, w: &WhileStmt) {
        w.test.visit_with(self);
        self.loop_body(&w.body);
    }

    fn visit_do_while_stmt(&mut self, w: &DoWhileStmt) {
        self.loop_body(&w.body);
        w.test.visit_with(self);
    }

    fn visit_if_stmt(&mut self, s: &IfStmt) {
        s.test.visit_with(self);
        self.substatement(&s.cons, true);
        s.cons.visit_with(self);
        if let Some(alt) = &s.alt {
            self.substatement(alt, true);
            alt.visit_with(self);
        }
    }

    fn visit_with_stmt(&mut self, w: &WithStmt) {
        w.obj.visit_with(self);
        self.substatement(&w.body, false);
        w.body.visit_with(self);
    }

    // 14.13.1: LabelledItem : FunctionDeclaration is an error in strict
    // code (B.3.1 allows plain functions in sloppy code), and a label may
    // not precede any other declaration.
    fn visit_labeled_stmt(&mut self, l: &LabeledStmt) {
        match &*l.body {
            Stmt::Decl(Decl::Fn(f)) => {
                if self.strict || f.function.is_async || f.function.is_generator {
                    self.error("K0013", "Function declarations cannot be labelled here", f.ident.span);
                }
            }
            Stmt::Decl(Decl::Var(v)) if v.kind == VarDeclKind::Var => {}
            Stmt::Decl(d) => self.error("K0013", "Declarations are not allowed in this statement position", d.span()),
            _ => {}
        }
        let is_loop = matches!(unlabel(&l.body), Stmt::For(_) | Stmt::ForIn(_) | Stmt::ForOf(_) | Stmt::While(_) | Stmt::DoWhile(_));
        l.label.visit_with(self);
        self.jumps.last_mut().unwrap().labels.push((l.label.sym.to_string(), is_loop));
        l.body.visit_with(self);
        self.jumps.last_mut().unwrap().labels.pop();
    }

    // 15.7.1: break and continue cannot leave a class static block.
    fn visit_break_stmt(&mut self, b: &BreakStmt) {
        b.label.visit_with(self);
        let j = self.jumps.last().unwrap();
        let ok = match &b.label {
            Some(l) => j.labels.iter().any(|(n, _)| *n == *l.sym),
            None => j.breakables > 0,
        };
        if j.static_block && !ok {
            self.error("K0003", "Illegal break statement", b.span);
        }
    }

    fn visit_continue_stmt(&mut self, c: &ContinueStmt) {
        c.label.visit_with(self);
        let j = self.jumps.last().unwrap();
        let ok = match &c.label {
            Some(l) => j.labels.iter().any(|(n, is_loop)| *n == *l.sym && *is_loop),
            None => j.loops > 0,
        };
        if j.static_block && !ok {
            self.error("K0003", "Illegal continue statement", c.span);
        }
    }

    // 14.5: an ExpressionStatement cannot start with `let [`.
    fn visit_expr_stmt(&mut self, s: &ExprStmt) {
        let text = self.text(s.span);
        if let Some(rest) = text.strip_prefix("let") {
            let rest = strip_comments(rest);
            if rest.trim_start().starts_with('[') {
                self.error("K0013", "Lexical declaration cannot appear in a single-statement context", s.span);
            }
        }
        s.visit_children_with(self);
    }

    // 15.2.1, 15.1.1, 16.1.1: SuperProperty only in methods (15.4.1),
    // field initializers and static blocks (15.7.1), and arrows in them.
    fn visit_super_prop_expr(&mut self, s: &SuperPropExpr) {
        if !self.supers.last().is_some_and(|c| c.prop) {
            self.error("K0012", "'super' keyword unexpected here", s.obj.span);
        }
        s.visit_children_with(self);
    }

    fn visit_call_expr(&mut self, c: &CallExpr) {
        match &c.callee {
            // 15.7.1, 15.2.1 etc.: SuperCall only in derived constructors.
            Callee::Super(sp) if !self.supers.last().is_some_and(|c| c.call) => {
                self.error("K0012", "'super' keyword unexpected here", sp.span);
            }
            // 13.3.10: import( AssignmentExpression [, AssignmentExpression] ,opt )
            Callee::Import(_) if c.args.len() > 2 || c.args.iter().any(|a| a.spread.is_some()) => {
                self.error("K0015", "import() takes one or two arguments and no spread", c.span);
            }
            _ => {}
        }
        c.visit_children_with(self);
    }

    // 13.3.10: `new import(...)` is not a NewExpression.
    fn visit_new_expr(&mut self, n: &NewExpr) {
        let mut callee = &*n.callee;
        loop {
            match callee {
                Expr::Member(m) => callee = &m.obj,
                Expr::Call(CallExpr { callee: Callee::Import(_), .. }) => {
                    self.error("K0015", "Cannot use new with import()", n.span);
                    break;
                }
                _ => break,
            }
        }
        n.visit_children_with(self);
    }

    // 12.7.2: `new.target`'s words are keywords, never written with escapes.
    fn visit_meta_prop_expr(&mut self, m: &MetaPropExpr) {
        if self.text(m.span).contains('\\') {
            self.error("K0016", "Keywords cannot contain escape characters", m.span);
        }
    }

    fn visit_expr(&mut self, e: &Expr) {
        // 13.10: a private name alone is only `#x in obj`'s left operand.
        if let Expr::PrivateName(n) = e {
            self.error("K0010", format!("Unexpected private name '#{}'", n.name), n.span);
            return;
        }
        e.visit_children_with(self);
    }

    fn visit_tagged_tpl(&mut self, t: &TaggedTpl) {
        // Tagged templates may hold any escape (cooked is then undefined).
        t.tag.visit_with(self);
        t.tpl.exprs.visit_with(self);
    }

    // 13.2.8.1 Static Semantics: Early Errors (TemplateLiteral): an
    // untagged template may not hold a NotEscapeSequence.
    fn visit_tpl(&mut self, t: &Tpl) {
        for q in &t.quasis {
            if has_8_9_escape(&q.raw) || has_separator_in_code_point(&q.raw) {
                self.error("K0016", "Invalid escape sequence in template", q.span);
            }
        }
        t.exprs.visit_with(self);
    }

    fn visit_member_prop(&mut self, p: &MemberProp) {
        if let MemberProp::PrivateName(n) = p {
            self.private_reference(n);
        }
        p.visit_children_with(self);
    }

    fn visit_bin_expr(&mut self, b: &BinExpr) {
        match &*b.left {
            Expr::PrivateName(n) if b.op == BinaryOp::In => {
                self.private_reference(n);
                n.visit_with(self);
            }
            left => left.visit_with(self),
        }
        b.right.visit_with(self);
    }

    fn visit_unary_expr(&mut self, u: &UnaryExpr) {
        if u.op == UnaryOp::Delete {
            let private = match unparen(&u.arg) {
                Expr::Member(m) => matches!(m.prop, MemberProp::PrivateName(_)),
                Expr::OptChain(OptChainExpr { base, .. }) => {
                    matches!(&**base, OptChainBase::Member(m) if matches!(m.prop, MemberProp::PrivateName(_)))
                }
                _ => false,
            };
            if private {
                self.error("K0006", "Private fields can not be deleted", u.span);
            }
            // 13.5.1.1: `delete` of an unqualified name in strict code, even
            // parenthesized.
            if self.strict && matches!(unparen(&u.arg), Expr::Ident(_)) {
                self.error("K0017", "Delete of an unqualified identifier in strict mode", u.span);
            }
        }
        u.visit_children_with(self);
    }

    fn visit_ident(&mut self, i: &Ident) {
        let name = &*i.sym;
        // (Every identifier passes here: an escaped name's source text is
        // longer than the name, so only those are scanned.)
        let escaped = (i.span.hi.0.wrapping_sub(i.span.lo.0)) as usize != name.len() && self.text(i.span).contains('\\');
        let f = self.funcs.last().copied();
        let bad = is_reserved(name)
            || (self.strict && is_strict_reserved(name))
            || (name == "await" && f.is_some_and(|f| f.is_async) && escaped)
            || (name == "yield" && f.is_some_and(|f| f.is_generator) && escaped);
        if bad {
            self.error("K0007", format!("Unexpected reserved word '{name}'"), i.span);
        }
        if escaped {
            let text = self.text(i.span).to_string();
            self.check_escaped_name(&text, i.span);
        }
    }

    fn visit_binding_ident(&mut self, b: &BindingIdent) {
        if self.strict && (&*b.id.sym == "eval" || &*b.id.sym == "arguments") {
            self.error("K0007", format!("Unexpected eval or arguments in strict mode: '{}'", b.id.sym), b.id.span);
        }
        b.visit_children_with(self);
    }

    // Export and import names (`export { x as default }`) may be any word.
    fn visit_module_export_name(&mut self, _: &ModuleExportName) {}

    fn visit_str(&mut self, s: &Str) {
        if self.strict && has_octal_escape(self.text(s.span)) {
            self.error("K0009", "Octal escape sequences are not allowed in strict mode", s.span);
        }
        // 12.9.4: the code point of `\u{…}` is HexDigits without separators.
        if has_separator_in_code_point(self.text(s.span)) {
            self.error("K0016", "Invalid Unicode escape sequence", s.span);
        }
    }

    fn visit_regex(&mut self, r: &Regex) {
        if let Err(msg) = check_regex(&r.exp, &r.flags) {
            self.error("K0005", format!("Invalid regular expression: /{}/{}: {msg}", r.exp, r.flags), r.span);
        }
    }

    fn visit_object_lit(&mut self, o: &ObjectLit) {
        let mut seen = false;
        for p in &o.props {
            if let PropOrSpread::Prop(p) = p {
                if let Prop::KeyValue(kv) = &**p {
                    let is_proto = match &kv.key {
                        PropName::Ident(i) => &*i.sym == "__proto__",
                        PropName::Str(s) => s.value.as_str() == Some("__proto__"),
                        _ => false,
                    };
                    if is_proto {
                        if seen {
                            self.error("K0011", "Duplicate __proto__ fields are not allowed in object literals", kv.key.span());
                        }
                        seen = true;
                    }
                }
            }
        }
        o.visit_children_with(self);
    }
}

impl Early<'_> {
    /// A function's own name when its body is strict: not `eval`,
    /// `arguments` or a strict-mode reserved word (15.2.1, 13.1.1).
    fn function_name(&mut self, id: &Ident, f: &Function) {
        let own_strict = f.body.as_ref().is_some_and(|b| has_use_strict(self.source, self.base, &b.stmts));
        let name = &*id.sym;
        if own_strict && !self.strict && (name == "eval" || name == "arguments" || is_strict_reserved(name)) {
            self.error("K0007", format!("Unexpected eval, arguments or reserved word in strict mode: '{name}'"), id.span);
        }
    }

    /// An identifier written with escapes (12.7.1): `\u{…}` holds no `_`, and
    /// the first character is not ZWJ/ZWNJ (they may only continue a name).
    fn check_escaped_name(&mut self, text: &str, span: swc_common::Span) {
        if !text.contains('\\') {
            return;
        }
        let bad_start = decode_escapes(text).and_then(|d| d.chars().next()).is_some_and(|c| c == '\u{200C}' || c == '\u{200D}');
        if bad_start || has_separator_in_code_point(text) {
            self.error("K0016", "Invalid Unicode escape sequence in identifier", span);
        }
    }

    /// The head of a `for-in`/`for-of`: a `let`/`const` declaration enters a
    /// scope (returns true); a `var` initializer is only allowed by B.3.5
    /// (Initializers in ForIn Statement Heads) for a sloppy
    /// `for (var x = … in …)` (14.7.5).
    /// A for-in (`is_in`) or for-of statement: its head's scope, the
    /// head, the iterated expression and the body.
    fn for_in_of(&mut self, left: &ForHead, right: &Expr, body: &Stmt, is_in: bool) {
        let lexical = self.for_in_of_head(left, is_in);
        left.visit_with(self);
        right.visit_with(self);
        self.loop_body(body);
        if lexical {
            self.scopes.pop();
        }
    }

    fn for_in_of_head(&mut self, left: &ForHead, is_in: bool) -> bool {
        let ForHead::VarDecl(v) = left else { return false };
        if v.kind == VarDeclKind::Var {
            let annex_b = is_in && !self.strict && v.decls.len() == 1 && matches!(v.decls[0].name, Pat::Ident(_));
            if v.decls.iter().any(|d| d.init.is_some()) && !annex_b {
                self.error("K0018", "for-in/for-of variable declarations may not have an initializer", v.span);
            }
            return false;
        }
        self.enter_for_head(v);
        true
    }

    fn private_reference(&mut self, n: &PrivateName) {
        if !self.privates.iter().any(|names| names.iter().any(|x| x.as_str() == &*n.name)) {
            self.error("K0010", format!("Private field '#{}' must be declared in an enclosing class", n.name), n.span);
        }
    }
}

/// Validates a regular expression literal's flags and pattern as
/// `new RegExp(pattern, flags)` would (the runtime also uses `regress`).
fn check_regex(pattern: &str, flags: &str) -> Result<(), String> {
    let mut seen = String::new();
    for c in flags.chars() {
        if !"dgimsuyv".contains(c) || seen.contains(c) {
            return Err(format!("invalid flags '{flags}'"));
        }
        seen.push(c);
    }
    // 12.9.5: a RegularExpressionLiteral holds no line terminator.
    if pattern.contains(['\u{2028}', '\u{2029}']) {
        return Err("line terminator in regular expression literal".into());
    }
    let (u, v) = (seen.contains('u'), seen.contains('v'));
    if u && v {
        return Err("the u and v flags cannot be combined".into());
    }
    let rflags = regress::Flags {
        icase: seen.contains('i'),
        multiline: seen.contains('m'),
        dot_all: seen.contains('s'),
        no_opt: true,
        unicode: u || v,
        unicode_sets: v,
    };
    // regress has debug assertions that some valid patterns trip (e.g.
    // `\p{Script_Extensions=Arabic}` in debug builds): undecided, accept.
    let compiled = std::panic::catch_unwind(|| regress::Regex::from_unicode(pattern.chars().map(u32::from), rflags).map(|_| ()));
    match compiled.unwrap_or(Ok(())) {
        Ok(()) => Ok(()),
        Err(e) => {
            let msg = e.to_string();
            // Where regress is behind ES2025, accept: duplicate group names
            // in different alternatives, and scripts newer than its tables.
            let newer_script = msg.contains("property name") && only_script_properties(pattern);
            if (msg.contains("Duplicate capture group name") && duplicate_names_ok(pattern, v)) || newer_script {
                Ok(())
            } else {
                Err(msg)
            }
        }
    }
}

/// Whether every `\p{…}`/`\P{…}` with a value is a well-formed
/// `Script=`/`Script_Extensions=` one (name and non-empty value), so that a
/// "property name" error from regress can only be a script it does not know.
fn only_script_properties(pattern: &str) -> bool {
    let mut any = false;
    let mut rest = pattern;
    while let Some(i) = rest.find("\\p{").or_else(|| rest.find("\\P{")) {
        let body = &rest[i + 3..];
        let Some(end) = body.find('}') else { return false };
        if let Some((name, value)) = body[..end].split_once('=') {
            let word = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
            if !matches!(name, "Script" | "sc" | "Script_Extensions" | "scx") || !word(value) {
                return false;
            }
            any = true;
        }
        rest = &body[end..];
    }
    any
}

/// 22.2.1.1: a group name may be repeated only in different alternatives
/// of a common disjunction (`(?<a>x)|(?<a>y)`), never where both can match.
fn duplicate_names_ok(pattern: &str, v_flag: bool) -> bool {
    // Each named group as its path: (disjunction id, alternative index)
    // from the outermost disjunction inwards.
    let mut names: Vec<(String, Vec<(usize, usize)>)> = Vec::new();
    let mut path: Vec<(usize, usize)> = vec![(0, 0)];
    let mut next_id = 1;
    let chars: Vec<char> = pattern.chars().collect();
    let mut i = 0;
    let mut class_depth = 0;
    while i < chars.len() {
        match chars[i] {
            '\\' => i += 1,
            // Classes nest only with the v flag.
            '[' if class_depth == 0 || v_flag => class_depth += 1,
            ']' if class_depth > 0 => class_depth -= 1,
            _ if class_depth > 0 => {}
            '(' => {
                if chars.get(i + 1) == Some(&'?') && chars.get(i + 2) == Some(&'<') && !matches!(chars.get(i + 3), Some('=' | '!')) {
                    let name: String = chars[i + 3..].iter().take_while(|c| **c != '>').collect();
                    names.push((name, path.clone()));
                }
                path.push((next_id, 0));
                next_id += 1;
            }
            ')' if path.len() > 1 => {
                path.pop();
            }
            '|' => path.last_mut().unwrap().1 += 1,
            _ => {}
        }
        i += 1;
    }
    for a in 0..names.len() {
        for b in a + 1..names.len() {
            if names[a].0 != names[b].0 {
                continue;
            }
            let (pa, pb) = (&names[a].1, &names[b].1);
            let k = pa.iter().zip(pb.iter()).take_while(|(x, y)| x == y).count();
            let exclusive = k < pa.len() && k < pb.len() && pa[k].0 == pb[k].0;
            if !exclusive {
                return false;
            }
        }
    }
    true
}

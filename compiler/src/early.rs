//! Early errors that swc's parser does not report (ECMA-262 "Static
//! Semantics: Early Errors"), found by one walk over the syntax tree right
//! after parsing ([`crate::front::parse`] calls [`check`]), so that
//! `kiln build`, `kiln run`, `kiln lsp` and `kiln test262` all see them.
//!
//! Each error is reported once, as a SyntaxError, with a stable code
//! (K0005–K0011, see [`crate::diagnostics::CODES`]). The checks are
//! conservative: when in doubt a construct is accepted, since rejecting a
//! valid program is worse than accepting an invalid one.
//!
//! Lowering (`lower.rs`) still reports K0002–K0004 (redeclarations,
//! break/continue targets, assignment targets); they are not repeated here.

use crate::diagnostics::Diagnostic;
use swc_common::Spanned;
use swc_ecma_ast::*;
use swc_ecma_visit::{Visit, VisitWith};

/// Early errors in `program`; `base` is the source map position of the
/// source's first byte (see [`crate::front::Parsed::base`]).
pub fn check(program: &Program, source: &str, base: u32) -> Vec<Diagnostic> {
    let mut e = Early { source, base, diags: Vec::new(), strict: false, funcs: Vec::new(), privates: Vec::new() };
    match program {
        Program::Script(s) => {
            e.strict = has_use_strict(source, base, &s.body);
            s.body.visit_with(&mut e);
        }
        Program::Module(m) => {
            e.strict = true;
            m.body.visit_with(&mut e);
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

    fn function(&mut self, f: &Function, method: bool) {
        let saved_strict = self.strict;
        let own_strict = f.body.as_ref().is_some_and(|b| has_use_strict(self.source, self.base, &b.stmts));
        self.strict |= own_strict;
        self.check_params(f.params.iter().map(|p| &p.pat), method, own_strict, f.body.as_ref());
        self.funcs.push(FnCtx { is_async: f.is_async, is_generator: f.is_generator });
        f.params.visit_with(self);
        f.body.visit_with(self);
        self.funcs.pop();
        self.strict = saved_strict;
    }
}

impl Visit for Early<'_> {
    fn visit_function(&mut self, f: &Function) {
        self.function(f, false);
    }

    fn visit_method_prop(&mut self, m: &MethodProp) {
        m.key.visit_with(self);
        self.function(&m.function, true);
    }
    fn visit_getter_prop(&mut self, m: &GetterProp) {
        m.key.visit_with(self);
        self.function(&m.function, true);
    }
    fn visit_setter_prop(&mut self, m: &SetterProp) {
        m.key.visit_with(self);
        self.function(&m.function, true);
    }
    fn visit_class_method(&mut self, m: &ClassMethod) {
        m.key.visit_with(self);
        self.function(&m.function, true);
    }
    fn visit_private_method(&mut self, m: &PrivateMethod) {
        self.function(&m.function, true);
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
        self.funcs.push(FnCtx { is_async: a.is_async, is_generator: false });
        a.params.visit_with(self);
        a.body.visit_with(self);
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
        self.privates.push(declared.into_iter().map(|(n, _, _)| n).collect());
        c.body.visit_with(self);
        self.privates.pop();
        self.strict = saved_strict;
    }

    fn visit_member_prop(&mut self, p: &MemberProp) {
        if let MemberProp::PrivateName(n) = p {
            self.private_reference(n);
        }
        p.visit_children_with(self);
    }

    fn visit_bin_expr(&mut self, b: &BinExpr) {
        if let Expr::PrivateName(n) = &*b.left {
            self.private_reference(n);
        }
        b.visit_children_with(self);
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
        }
        u.visit_children_with(self);
    }

    fn visit_ident(&mut self, i: &Ident) {
        let name = &*i.sym;
        // (Every identifier passes here: the escape scan only for `await`/`yield`.)
        let escaped = || self.text(i.span).contains('\\');
        let f = self.funcs.last().copied();
        let bad = is_reserved(name)
            || (self.strict && is_strict_reserved(name))
            || (name == "await" && f.is_some_and(|f| f.is_async) && escaped())
            || (name == "yield" && f.is_some_and(|f| f.is_generator) && escaped());
        if bad {
            self.error("K0007", format!("Unexpected reserved word '{name}'"), i.span);
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
            let newer_script = msg.contains("property name") && ["Script=", "Script_Extensions=", "sc=", "scx="].iter().any(|p| pattern.contains(p));
            if msg.contains("Duplicate capture group name") || newer_script {
                Ok(())
            } else {
                Err(msg)
            }
        }
    }
}

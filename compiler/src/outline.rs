//! Editor-facing structure of a file that the resolver does not keep: the
//! outline (functions, variables, classes, object-literal members), the
//! functions with their parameter lists, and the lexical scopes. Used by the
//! LSP for document symbols, signature help, completion and rename checks.
//!
//! Walks the same swc AST that [`crate::front::parse`] produces; only plain
//! data (byte offsets into the source) leaves this module.

use crate::front::parse;
use swc_common::{Span, Spanned};
use swc_ecma_ast as ast;
use swc_ecma_visit::{Visit, VisitWith};

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum OutlineKind {
    Function,
    Method,
    Variable,
    Constant,
    Class,
    Property,
}

/// One entry of the outline. `start..end` covers the whole construct,
/// `name_start..name_end` the name.
#[derive(Clone, Debug)]
pub struct OutlineSymbol {
    pub name: String,
    pub kind: OutlineKind,
    pub start: usize,
    pub end: usize,
    pub name_start: usize,
    pub name_end: usize,
    /// Parameter list for functions and methods, e.g. `(a, b = 1)`.
    pub detail: Option<String>,
    pub children: Vec<OutlineSymbol>,
}

/// A function or arrow function with its parameters (source text of each).
#[derive(Clone, Debug)]
pub struct FunctionInfo {
    /// The name it is declared or assigned under, if any.
    pub name: Option<String>,
    /// Byte range of the name identifier (0..0 when unnamed).
    pub name_start: usize,
    pub name_end: usize,
    pub start: usize,
    pub end: usize,
    pub params: Vec<String>,
    /// A function declaration (its name binds in the enclosing scope), as
    /// opposed to an expression (a name binds inside the function only).
    pub is_declaration: bool,
}

/// A lexical scope: a function (including arrows and methods) or a block-like
/// construct (`{}`, `for`, `catch`, `switch`).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct ScopeInfo {
    pub start: usize,
    pub end: usize,
    pub function: bool,
}

#[derive(Clone, Debug, Default)]
pub struct Outline {
    pub symbols: Vec<OutlineSymbol>,
    pub functions: Vec<FunctionInfo>,
    /// Every scope, in source order of their starts (the program is not listed).
    pub scopes: Vec<ScopeInfo>,
    /// Start offsets of shorthand properties (`{ a }`) and shorthand
    /// destructuring (`const { a } = o`): renaming `a` there must keep the key.
    pub shorthands: Vec<usize>,
}

/// Parses `source` (script goal, with recovery) and collects its outline.
/// Returns an empty outline if the parser could not recover.
pub fn outline(source: &str, path: &str) -> Outline {
    outline_as(source, path, false)
}

/// [`outline`] of a file parsed as an ES module when `es_module` is set.
pub fn outline_as(source: &str, path: &str, es_module: bool) -> Outline {
    let parsed = parse(source, path, es_module);
    let Some(program) = parsed.program else { return Outline::default() };
    let mut c = Collector { source, base: parsed.base, frames: vec![Vec::new()], out: Outline::default() };
    program.visit_with(&mut c);
    c.out.symbols = c.frames.pop().unwrap_or_default();
    c.out.scopes.sort_by_key(|s| (s.start, std::cmp::Reverse(s.end)));
    c.out.shorthands.sort_unstable();
    c.out.shorthands.dedup();
    c.out
}

struct Collector<'s> {
    source: &'s str,
    base: u32,
    frames: Vec<Vec<OutlineSymbol>>,
    out: Outline,
}

impl<'s> Collector<'s> {
    fn range(&self, sp: Span) -> (usize, usize) {
        let len = self.source.len();
        let s = (sp.lo.0.saturating_sub(self.base) as usize).min(len);
        let e = (sp.hi.0.saturating_sub(self.base) as usize).min(len).max(s);
        (s, e)
    }

    fn text(&self, sp: Span) -> String {
        let (s, e) = self.range(sp);
        self.source.get(s..e).unwrap_or("").to_string()
    }

    /// Runs `inner` with a fresh frame and returns the symbols it collected.
    fn nested(&mut self, inner: impl FnOnce(&mut Self)) -> Vec<OutlineSymbol> {
        self.frames.push(Vec::new());
        inner(self);
        self.frames.pop().unwrap_or_default()
    }

    fn push_symbol(&mut self, sym: OutlineSymbol) {
        if let Some(f) = self.frames.last_mut() {
            f.push(sym);
        }
    }

    fn symbol(&mut self, name: String, kind: OutlineKind, whole: Span, name_sp: Span, detail: Option<String>, children: Vec<OutlineSymbol>) {
        let (start, end) = self.range(whole);
        let (name_start, name_end) = self.range(name_sp);
        self.push_symbol(OutlineSymbol { name, kind, start, end, name_start, name_end, detail, children });
    }

    fn params_of_fn(&self, f: &ast::Function) -> Vec<String> {
        f.params.iter().map(|p| self.text(p.pat.span())).collect()
    }

    fn params_of_arrow(&self, a: &ast::ArrowExpr) -> Vec<String> {
        a.params.iter().map(|p| self.text(p.span())).collect()
    }

    fn record_function(&mut self, name: Option<(String, Span)>, whole: Span, params: Vec<String>, is_declaration: bool) {
        let (start, end) = self.range(whole);
        let (name, (name_start, name_end)) = match name {
            Some((n, sp)) => (Some(n), self.range(sp)),
            None => (None, (0, 0)),
        };
        self.out.functions.push(FunctionInfo { name, name_start, name_end, start, end, params, is_declaration });
    }

    fn scope(&mut self, sp: Span, function: bool) {
        let (start, end) = self.range(sp);
        self.out.scopes.push(ScopeInfo { start, end, function });
    }

    /// Visits a function's insides without recording it again (its name
    /// and parameters were recorded by the caller).
    fn function_body(&mut self, f: &ast::Function) {
        self.scope(f.span, true);
        f.params.visit_with(self);
        if let Some(b) = &f.body {
            // The body's statements share the function scope.
            b.stmts.visit_with(self);
        }
    }

    /// A named value: functions become Function/Method symbols, object
    /// literals list their members, classes their methods.
    fn named_value(&mut self, name: String, name_sp: Span, whole: Span, value: &ast::Expr, var_kind: OutlineKind, method: bool) {
        match unparen(value) {
            ast::Expr::Fn(fe) => {
                let params = self.params_of_fn(&fe.function);
                let detail = Some(format!("({})", params.join(", ")));
                // A named function expression records its own name too.
                let own = fe.ident.as_ref().map(|i| (i.sym.to_string(), i.span));
                self.record_function(own.or(Some((name.clone(), name_sp))), fe.function.span, params, false);
                let children = self.nested(|c| c.function_body(&fe.function));
                let kind = if method { OutlineKind::Method } else { OutlineKind::Function };
                self.symbol(name, kind, whole, name_sp, detail, children);
            }
            ast::Expr::Arrow(a) => {
                let params = self.params_of_arrow(a);
                let detail = Some(format!("({})", params.join(", ")));
                self.record_function(Some((name.clone(), name_sp)), a.span, params, false);
                let children = self.nested(|c| {
                    c.scope(a.span, true);
                    a.params.visit_with(c);
                    match &*a.body {
                        ast::ArrowFunctionBody::FunctionBody(b) => b.stmts.visit_with(c),
                        ast::ArrowFunctionBody::Expr(e) => e.visit_with(c),
                    }
                });
                let kind = if method { OutlineKind::Method } else { OutlineKind::Function };
                self.symbol(name, kind, whole, name_sp, detail, children);
            }
            ast::Expr::Object(o) => {
                let children = self.nested(|c| c.object_members(o));
                self.symbol(name, var_kind, whole, name_sp, None, children);
            }
            ast::Expr::Class(ce) => {
                let children = self.nested(|c| c.class_members(&ce.class));
                self.symbol(name, OutlineKind::Class, whole, name_sp, None, children);
            }
            other => {
                let children = self.nested(|c| other.visit_with(c));
                self.symbol(name, var_kind, whole, name_sp, None, children);
            }
        }
    }

    fn prop_name(&self, key: &ast::PropName) -> String {
        match key {
            ast::PropName::Ident(i) => i.sym.to_string(),
            ast::PropName::Str(s) => s.value.to_string_lossy().into_owned(),
            _ => self.text(key.span()),
        }
    }

    fn object_members(&mut self, o: &ast::ObjectLit) {
        for p in &o.props {
            match p {
                ast::PropOrSpread::Spread(s) => s.visit_with(self),
                ast::PropOrSpread::Prop(p) => match &**p {
                    ast::Prop::Shorthand(i) => {
                        let (st, _) = self.range(i.span);
                        self.out.shorthands.push(st);
                        self.symbol(i.sym.to_string(), OutlineKind::Property, i.span, i.span, None, Vec::new());
                    }
                    ast::Prop::KeyValue(kv) => {
                        let name = self.prop_name(&kv.key);
                        let whole = Span::new(kv.key.span().lo, kv.value.span().hi);
                        let method = matches!(unparen(&kv.value), ast::Expr::Fn(_) | ast::Expr::Arrow(_));
                        self.named_value(name, kv.key.span(), whole, &kv.value, OutlineKind::Property, method);
                    }
                    ast::Prop::Assign(a) => a.visit_with(self),
                    ast::Prop::Getter(g) => {
                        let name = self.prop_name(&g.key);
                        let children = self.nested(|c| c.function_body(&g.function));
                        self.symbol(name, OutlineKind::Property, g.span, g.key.span(), Some("get".into()), children);
                    }
                    ast::Prop::Setter(s) => {
                        let name = self.prop_name(&s.key);
                        let children = self.nested(|c| c.function_body(&s.function));
                        self.symbol(name, OutlineKind::Property, s.span, s.key.span(), Some("set".into()), children);
                    }
                    ast::Prop::Method(m) => {
                        let name = self.prop_name(&m.key);
                        let params = self.params_of_fn(&m.function);
                        let detail = Some(format!("({})", params.join(", ")));
                        self.record_function(Some((name.clone(), m.key.span())), m.function.span, params, false);
                        let children = self.nested(|c| c.function_body(&m.function));
                        let whole = Span::new(m.key.span().lo, m.function.span.hi);
                        self.symbol(name, OutlineKind::Method, whole, m.key.span(), detail, children);
                    }
                },
            }
        }
    }

    fn class_members(&mut self, class: &ast::Class) {
        self.scope(class.span, false);
        if let Some(s) = &class.super_class {
            s.visit_with(self);
        }
        for m in &class.body {
            match m {
                ast::ClassMember::Constructor(k) => {
                    let params: Vec<String> = k.params.iter().map(|p| self.text(p.span())).collect();
                    let detail = Some(format!("({})", params.join(", ")));
                    self.record_function(Some(("constructor".into(), k.key.span())), k.span, params, false);
                    let children = self.nested(|c| {
                        c.scope(k.span, true);
                        k.params.visit_with(c);
                        if let Some(b) = &k.body {
                            b.stmts.visit_with(c);
                        }
                    });
                    self.symbol("constructor".into(), OutlineKind::Method, k.span, k.key.span(), detail, children);
                }
                ast::ClassMember::Method(cm) => {
                    let name = self.prop_name(&cm.key);
                    let params = self.params_of_fn(&cm.function);
                    let detail = Some(format!("({})", params.join(", ")));
                    self.record_function(Some((name.clone(), cm.key.span())), cm.function.span, params, false);
                    let children = self.nested(|c| c.function_body(&cm.function));
                    self.symbol(name, OutlineKind::Method, cm.span, cm.key.span(), detail, children);
                }
                ast::ClassMember::ClassProp(p) => {
                    let name = self.prop_name(&p.key);
                    let children = self.nested(|c| p.value.visit_with(c));
                    self.symbol(name, OutlineKind::Property, p.span, p.key.span(), None, children);
                }
                other => other.visit_with(self),
            }
        }
    }
}

fn unparen(e: &ast::Expr) -> &ast::Expr {
    match e {
        ast::Expr::Paren(p) => unparen(&p.expr),
        other => other,
    }
}

impl Visit for Collector<'_> {
    fn visit_fn_decl(&mut self, n: &ast::FnDecl) {
        let params = self.params_of_fn(&n.function);
        let detail = Some(format!("({})", params.join(", ")));
        let name = n.ident.sym.to_string();
        self.record_function(Some((name.clone(), n.ident.span)), n.function.span, params, true);
        let children = self.nested(|c| c.function_body(&n.function));
        let whole = Span::new(n.function.span.lo.min(n.ident.span.lo), n.function.span.hi);
        self.symbol(name, OutlineKind::Function, whole, n.ident.span, detail, children);
    }

    fn visit_fn_expr(&mut self, n: &ast::FnExpr) {
        let params = self.params_of_fn(&n.function);
        self.record_function(n.ident.as_ref().map(|i| (i.sym.to_string(), i.span)), n.function.span, params, false);
        self.function_body(&n.function);
    }

    fn visit_arrow_expr(&mut self, n: &ast::ArrowExpr) {
        let params = self.params_of_arrow(n);
        self.record_function(None, n.span, params, false);
        self.scope(n.span, true);
        n.visit_children_with(self);
    }

    fn visit_method_prop(&mut self, n: &ast::MethodProp) {
        // Object literal methods outside a named object (e.g. call arguments).
        let params = self.params_of_fn(&n.function);
        let name = self.prop_name(&n.key);
        self.record_function(Some((name, n.key.span())), n.function.span, params, false);
        self.function_body(&n.function);
    }

    fn visit_class_decl(&mut self, n: &ast::ClassDecl) {
        let children = self.nested(|c| c.class_members(&n.class));
        self.symbol(n.ident.sym.to_string(), OutlineKind::Class, n.class.span, n.ident.span, None, children);
    }

    fn visit_class(&mut self, n: &ast::Class) {
        // A class expression not bound to a name: members still nest.
        self.class_members(n);
    }

    fn visit_var_decl(&mut self, n: &ast::VarDecl) {
        let kind = if n.kind == ast::VarDeclKind::Const { OutlineKind::Constant } else { OutlineKind::Variable };
        for d in &n.decls {
            match (&d.name, &d.init) {
                (ast::Pat::Ident(b), Some(init)) => {
                    self.named_value(b.id.sym.to_string(), b.id.span, d.span, init, kind, false);
                }
                (ast::Pat::Ident(b), None) => {
                    self.symbol(b.id.sym.to_string(), kind, d.span, b.id.span, None, Vec::new());
                }
                _ => {
                    // Destructuring: every bound identifier is a variable.
                    let mut ids = Vec::new();
                    pat_idents(&d.name, &mut ids);
                    for i in ids {
                        self.symbol(i.sym.to_string(), kind, i.span, i.span, None, Vec::new());
                    }
                    d.name.visit_with(self);
                    d.init.visit_with(self);
                }
            }
        }
    }

    fn visit_assign_expr(&mut self, n: &ast::AssignExpr) {
        let named = matches!(unparen(&n.right), ast::Expr::Fn(_) | ast::Expr::Arrow(_) | ast::Expr::Object(_) | ast::Expr::Class(_));
        let simple = matches!(&n.left, ast::AssignTarget::Simple(ast::SimpleAssignTarget::Member(_)));
        if named && simple && n.op == ast::AssignOp::Assign {
            let name: String = self.text(n.left.span()).split_whitespace().collect();
            let method = matches!(unparen(&n.right), ast::Expr::Fn(_) | ast::Expr::Arrow(_));
            self.named_value(name, n.left.span(), n.span, &n.right, OutlineKind::Property, method);
        } else {
            n.visit_children_with(self);
        }
    }

    fn visit_prop(&mut self, n: &ast::Prop) {
        if let ast::Prop::Shorthand(i) = n {
            let (st, _) = self.range(i.span);
            self.out.shorthands.push(st);
        }
        n.visit_children_with(self);
    }

    fn visit_object_pat(&mut self, n: &ast::ObjectPat) {
        for p in &n.props {
            if let ast::ObjectPatProp::Assign(a) = p {
                let (st, _) = self.range(a.key.id.span);
                self.out.shorthands.push(st);
            }
        }
        n.visit_children_with(self);
    }

    fn visit_block_stmt(&mut self, n: &ast::BlockStmt) {
        self.scope(n.span, false);
        n.visit_children_with(self);
    }

    fn visit_for_stmt(&mut self, n: &ast::ForStmt) {
        self.scope(n.span, false);
        n.visit_children_with(self);
    }

    fn visit_for_in_stmt(&mut self, n: &ast::ForInStmt) {
        self.scope(n.span, false);
        n.visit_children_with(self);
    }

    fn visit_for_of_stmt(&mut self, n: &ast::ForOfStmt) {
        self.scope(n.span, false);
        n.visit_children_with(self);
    }

    fn visit_catch_clause(&mut self, n: &ast::CatchClause) {
        self.scope(n.span, false);
        n.visit_children_with(self);
    }

    fn visit_switch_stmt(&mut self, n: &ast::SwitchStmt) {
        self.scope(n.span, false);
        n.visit_children_with(self);
    }
}

fn pat_idents<'a>(p: &'a ast::Pat, out: &mut Vec<&'a ast::Ident>) {
    match p {
        ast::Pat::Ident(b) => out.push(&b.id),
        ast::Pat::Array(a) => a.elems.iter().flatten().for_each(|e| pat_idents(e, out)),
        ast::Pat::Rest(r) => pat_idents(&r.arg, out),
        ast::Pat::Assign(a) => pat_idents(&a.left, out),
        ast::Pat::Object(o) => {
            for p in &o.props {
                match p {
                    ast::ObjectPatProp::KeyValue(kv) => pat_idents(&kv.value, out),
                    ast::ObjectPatProp::Assign(a) => out.push(&a.key.id),
                    ast::ObjectPatProp::Rest(r) => pat_idents(&r.arg, out),
                }
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outline_nests_functions_and_object_methods() {
        let src = "function add(a, b) { const c = a + b; return c; }\nconst api = { get(x) { return x; }, n: 1, f: (y) => y };\nmodule.exports = { add };\n";
        let o = outline(src, "t.js");
        let names: Vec<_> = o.symbols.iter().map(|s| (s.name.as_str(), s.kind)).collect();
        assert_eq!(names, [("add", OutlineKind::Function), ("api", OutlineKind::Constant), ("module.exports", OutlineKind::Property)]);
        assert_eq!(o.symbols[0].detail.as_deref(), Some("(a, b)"));
        assert_eq!(o.symbols[0].children[0].name, "c");
        let api: Vec<_> = o.symbols[1].children.iter().map(|s| (s.name.as_str(), s.kind)).collect();
        assert_eq!(api, [("get", OutlineKind::Method), ("n", OutlineKind::Property), ("f", OutlineKind::Method)]);
        assert_eq!(&src[o.symbols[0].name_start..o.symbols[0].name_end], "add");
        let add = o.functions.iter().find(|f| f.name.as_deref() == Some("add")).unwrap();
        assert!(add.is_declaration);
        assert_eq!(add.params, ["a", "b"]);
        assert!(o.scopes.iter().any(|s| s.function && &src[s.start..s.start + 8] == "function"));
    }

    #[test]
    fn outline_survives_broken_input() {
        for src in ["function (", "const x = {", "}}}", "a.b.(", "class { m( }"] {
            let _ = outline(src, "t.js");
        }
    }
}

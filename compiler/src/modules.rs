//! What a file imports and exports, for editors: ES `import`/`export`
//! declarations and CommonJS `require(...)`, `module.exports` and
//! `exports.x`. Kiln does not compile modules yet; the LSP uses this to
//! follow names across files. Walks the AST [`crate::front::parse`]
//! produced; only plain data (byte offsets into the source) leaves.

use swc_common::Span;
use swc_ecma_ast as ast;
use swc_ecma_visit::{Visit, VisitWith};

/// What an import binds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Imported {
    /// `import { name } from` (or `{ name as local }`).
    Named(String),
    /// `import local from`.
    Default,
    /// The whole module: `import * as local from`, `const local = require(...)`.
    Namespace,
    /// Nothing bound: `import "x"`, a bare `require("x")`.
    SideEffect,
}

#[derive(Clone, Debug)]
pub struct Import {
    /// The module specifier as written, e.g. `./util.js` or `fs`.
    pub specifier: String,
    /// Byte range of the specifier's string literal (with quotes).
    pub spec_start: usize,
    pub spec_end: usize,
    pub imported: Imported,
    /// For `Named`: where the imported name is written (`a` in `{ a as b }`).
    pub name_start: usize,
    pub name_end: usize,
    /// The local binding identifier, if any.
    pub local: Option<(String, usize, usize)>,
    /// `require(...)` rather than an `import` declaration.
    pub require: bool,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum ExportKind {
    /// `export function f`, `export const a`: the name is the declaration.
    Declaration,
    /// `export { a }` / `export { a as b }` (`aliased`).
    Specifier { aliased: bool },
    /// `export { a } from "./m"` / `export * as ns from "./m"`.
    ReExport,
    /// `export default ...`.
    Default,
    /// `module.exports = { a: ..., b }` (`shorthand` for `{ b }`).
    Property { shorthand: bool },
    /// `exports.a = ...` / `module.exports.a = ...`.
    Assignment,
}

#[derive(Clone, Debug)]
pub struct Export {
    /// The exported name (`default` for default exports).
    pub name: String,
    pub kind: ExportKind,
    /// Where the exported name is written (for `Default`, the `default` keyword).
    pub start: usize,
    pub end: usize,
    /// The local identifier whose value is exported, if it is one
    /// (`a` in `export { a as b }`, in `{ b: a }` or `exports.b = a`).
    pub local: Option<(usize, usize)>,
}

#[derive(Clone, Debug, Default)]
pub struct ModuleInfo {
    /// Whether the program is an ES module (parsed with the module goal).
    pub es_module: bool,
    pub imports: Vec<Import>,
    pub exports: Vec<Export>,
    /// Specifiers of `export * from` declarations.
    pub export_all: Vec<String>,
    /// The export list is not fully known: `module.exports` is assigned
    /// something other than an object literal, or has computed keys.
    pub open: bool,
}

impl ModuleInfo {
    /// Whether the module is known to export `name` (`None`: cannot tell).
    pub fn exports_name(&self, name: &str) -> Option<bool> {
        if self.exports.iter().any(|e| e.name == name) {
            return Some(true);
        }
        if self.open || !self.export_all.is_empty() {
            return None;
        }
        if !self.es_module && name == "default" {
            return Some(true); // a CommonJS module's exports object is its default
        }
        Some(false)
    }
}

pub fn module_info(program: &ast::Program, source: &str, base: u32) -> ModuleInfo {
    if matches!(program, ast::Program::Script(_)) && !source.contains("require") && !source.contains("exports") {
        return ModuleInfo::default(); // nothing to find: skip the walk
    }
    let mut c = Collector { source, base, out: ModuleInfo::default() };
    if let ast::Program::Module(m) = program {
        c.out.es_module = true;
        for item in &m.body {
            if let ast::ModuleItem::ModuleDecl(d) = item {
                c.module_decl(d);
            }
        }
    }
    program.visit_with(&mut c);
    c.out
}

struct Collector<'s> {
    source: &'s str,
    base: u32,
    out: ModuleInfo,
}

fn is_ident(e: &ast::Expr, name: &str) -> bool {
    matches!(e, ast::Expr::Ident(i) if &*i.sym == name)
}

/// `module.exports`.
fn is_module_exports(e: &ast::Expr) -> bool {
    match e {
        ast::Expr::Member(m) => is_ident(&m.obj, "module") && matches!(&m.prop, ast::MemberProp::Ident(p) if &*p.sym == "exports"),
        _ => false,
    }
}

fn export_name(n: &ast::ModuleExportName) -> (String, Span) {
    match n {
        ast::ModuleExportName::Ident(i) => (i.sym.to_string(), i.span),
        ast::ModuleExportName::Str(s) => (s.value.to_string_lossy().into_owned(), s.span),
    }
}

impl Collector<'_> {
    fn range(&self, sp: Span) -> (usize, usize) {
        let len = self.source.len();
        let s = (sp.lo.0.saturating_sub(self.base) as usize).min(len);
        let e = (sp.hi.0.saturating_sub(self.base) as usize).min(len).max(s);
        (s, e)
    }

    fn export(&mut self, name: String, kind: ExportKind, at: Span, local: Option<Span>) {
        let (start, end) = self.range(at);
        let local = local.map(|l| self.range(l));
        self.out.exports.push(Export { name, kind, start, end, local });
    }

    fn import(&mut self, src: &ast::Str, imported: Imported, name: Option<Span>, local: Option<&ast::Ident>, require: bool) {
        let (spec_start, spec_end) = self.range(src.span);
        let (name_start, name_end) = name.map(|n| self.range(n)).unwrap_or((0, 0));
        let local = local.map(|l| {
            let (s, e) = self.range(l.span);
            (l.sym.to_string(), s, e)
        });
        let specifier = src.value.to_string_lossy().into_owned();
        self.out.imports.push(Import { specifier, spec_start, spec_end, imported, name_start, name_end, local, require });
    }

    fn module_decl(&mut self, d: &ast::ModuleDecl) {
        use ast::ModuleDecl as M;
        match d {
            M::Import(i) => {
                if i.specifiers.is_empty() {
                    self.import(&i.src, Imported::SideEffect, None, None, false);
                }
                for s in &i.specifiers {
                    match s {
                        ast::ImportSpecifier::Named(n) => {
                            let (name, at) = match &n.imported {
                                Some(m) => export_name(m),
                                None => (n.local.sym.to_string(), n.local.span),
                            };
                            let imported = if name == "default" { Imported::Default } else { Imported::Named(name) };
                            self.import(&i.src, imported, Some(at), Some(&n.local), false);
                        }
                        ast::ImportSpecifier::Default(d) => self.import(&i.src, Imported::Default, None, Some(&d.local), false),
                        ast::ImportSpecifier::Namespace(n) => self.import(&i.src, Imported::Namespace, None, Some(&n.local), false),
                    }
                }
            }
            M::ExportDecl(e) => match &e.decl {
                ast::Decl::Fn(f) => self.export(f.ident.sym.to_string(), ExportKind::Declaration, f.ident.span, Some(f.ident.span)),
                ast::Decl::Class(c) => self.export(c.ident.sym.to_string(), ExportKind::Declaration, c.ident.span, Some(c.ident.span)),
                ast::Decl::Var(v) => {
                    for d in &v.decls {
                        if let ast::Pat::Ident(b) = &d.name {
                            self.export(b.id.sym.to_string(), ExportKind::Declaration, b.id.span, Some(b.id.span));
                        } else {
                            self.out.open = true; // destructuring: names not collected
                        }
                    }
                }
                _ => {}
            },
            M::ExportNamed(n) => {
                for s in &n.specifiers {
                    match s {
                        ast::ExportSpecifier::Named(spec) => {
                            let (orig, orig_span) = export_name(&spec.orig);
                            let (name, at) = spec.exported.as_ref().map(export_name).unwrap_or((orig, orig_span));
                            let kind = if n.src.is_some() {
                                ExportKind::ReExport
                            } else {
                                ExportKind::Specifier { aliased: spec.exported.is_some() }
                            };
                            let local = (n.src.is_none()).then_some(orig_span);
                            self.export(name, kind, at, local);
                        }
                        ast::ExportSpecifier::Namespace(ns) => {
                            let (name, at) = export_name(&ns.name);
                            self.export(name, ExportKind::ReExport, at, None);
                        }
                        ast::ExportSpecifier::Default(d) => self.export(d.exported.sym.to_string(), ExportKind::ReExport, d.exported.span, None),
                    }
                }
                if let Some(src) = &n.src {
                    self.import(src, Imported::SideEffect, None, None, false);
                }
            }
            M::ExportDefaultDecl(e) => {
                let local = match &e.decl {
                    ast::DefaultDecl::Fn(f) => f.ident.as_ref().map(|i| i.span),
                    ast::DefaultDecl::Class(c) => c.ident.as_ref().map(|i| i.span),
                    _ => None,
                };
                let kw = Span::new(e.span.lo, e.span.lo + swc_common::BytePos(6));
                self.export("default".into(), ExportKind::Default, kw, local);
            }
            M::ExportDefaultExpr(e) => {
                let local = match &*e.expr {
                    ast::Expr::Ident(i) => Some(i.span),
                    _ => None,
                };
                let kw = Span::new(e.span.lo, e.span.lo + swc_common::BytePos(6));
                self.export("default".into(), ExportKind::Default, kw, local);
            }
            M::ExportAll(a) => {
                self.out.export_all.push(a.src.value.to_string_lossy().into_owned());
                self.import(&a.src, Imported::SideEffect, None, None, false);
            }
            _ => {}
        }
    }

    /// `module.exports = { ... }`.
    fn exports_object(&mut self, o: &ast::ObjectLit) {
        for p in &o.props {
            let ast::PropOrSpread::Prop(p) = p else {
                self.out.open = true;
                continue;
            };
            let key = |k: &ast::PropName| match k {
                ast::PropName::Ident(i) => Some((i.sym.to_string(), i.span)),
                ast::PropName::Str(s) => Some((s.value.to_string_lossy().into_owned(), s.span)),
                _ => None,
            };
            match &**p {
                ast::Prop::Shorthand(i) => self.export(i.sym.to_string(), ExportKind::Property { shorthand: true }, i.span, Some(i.span)),
                ast::Prop::KeyValue(kv) => match key(&kv.key) {
                    Some((name, at)) => {
                        let local = match &*kv.value {
                            ast::Expr::Ident(i) => Some(i.span),
                            _ => None,
                        };
                        self.export(name, ExportKind::Property { shorthand: false }, at, local);
                    }
                    None => self.out.open = true,
                },
                ast::Prop::Method(m) => match key(&m.key) {
                    Some((name, at)) => self.export(name, ExportKind::Property { shorthand: false }, at, None),
                    None => self.out.open = true,
                },
                ast::Prop::Getter(g) => match key(&g.key) {
                    Some((name, at)) => self.export(name, ExportKind::Property { shorthand: false }, at, None),
                    None => self.out.open = true,
                },
                _ => self.out.open = true,
            }
        }
    }
}

impl Visit for Collector<'_> {
    fn visit_assign_expr(&mut self, n: &ast::AssignExpr) {
        if let ast::AssignTarget::Simple(ast::SimpleAssignTarget::Member(m)) = &n.left {
            if is_module_exports(&ast::Expr::Member(m.clone())) {
                match &*n.right {
                    ast::Expr::Object(o) => self.exports_object(o),
                    _ => self.out.open = true,
                }
            } else if is_ident(&m.obj, "exports") || is_module_exports(&m.obj) {
                match &m.prop {
                    ast::MemberProp::Ident(p) => {
                        let local = match &*n.right {
                            ast::Expr::Ident(i) => Some(i.span),
                            _ => None,
                        };
                        self.export(p.sym.to_string(), ExportKind::Assignment, p.span, local);
                    }
                    _ => self.out.open = true,
                }
            }
        }
        n.visit_children_with(self);
    }

    fn visit_var_declarator(&mut self, n: &ast::VarDeclarator) {
        if let (ast::Pat::Ident(b), Some(init)) = (&n.name, &n.init) {
            if let Some(src) = require_arg(init) {
                self.import(src, Imported::Namespace, None, Some(&b.id), true);
                return; // the call itself is recorded here, not again below
            }
        }
        n.visit_children_with(self);
    }

    fn visit_call_expr(&mut self, n: &ast::CallExpr) {
        if let Some(src) = require_arg_of_call(n) {
            self.import(src, Imported::SideEffect, None, None, true);
        }
        n.visit_children_with(self);
    }
}

fn require_arg(e: &ast::Expr) -> Option<&ast::Str> {
    match e {
        ast::Expr::Call(c) => require_arg_of_call(c),
        ast::Expr::Paren(p) => require_arg(&p.expr),
        _ => None,
    }
}

/// The string argument of `require("...")`.
fn require_arg_of_call(c: &ast::CallExpr) -> Option<&ast::Str> {
    let ast::Callee::Expr(callee) = &c.callee else { return None };
    if !is_ident(callee, "require") || c.args.len() != 1 || c.args[0].spread.is_some() {
        return None;
    }
    match &*c.args[0].expr {
        ast::Expr::Lit(ast::Lit::Str(s)) => Some(s),
        _ => None,
    }
}

/// Whether a JavaScript file should be read as an ES module: `.mjs`, or a
/// `.js` file with a line that starts with an `import` or `export`
/// declaration (`.cjs` never).
pub fn looks_like_module(path: &str, source: &str) -> bool {
    if path.ends_with(".mjs") {
        return true;
    }
    if path.ends_with(".cjs") {
        return false;
    }
    // A line that starts (after white space) with `import` or `export` and
    // one of these characters. (Searching for the words first is several
    // times faster than looking at every line of a large file.)
    ["import", "export"].iter().any(|kw| {
        source.match_indices(kw).any(|(i, _)| {
            let line_start = source[..i].rfind('\n').map_or(0, |n| n + 1);
            let c = source[i + kw.len()..].chars().next();
            source[line_start..i].chars().all(char::is_whitespace) && matches!(c, Some(' ' | '{' | '*' | '"' | '\'' | '\t'))
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn info(src: &str, module: bool) -> ModuleInfo {
        let p = crate::front::parse(src, "/t.js", module);
        module_info(p.program.as_ref().unwrap(), src, p.base)
    }

    #[test]
    fn esm_imports_and_exports() {
        let src = "import fs from 'fs';\nimport { a, b as c } from './m.js';\nimport * as ns from './n.js';\nexport const x = 1;\nexport function f() {}\nexport { c as d };\nexport default f;\nexport * from './all.js';\n";
        let m = info(src, true);
        assert!(m.es_module);
        let imps: Vec<_> = m.imports.iter().map(|i| (i.specifier.as_str(), i.imported.clone(), i.local.as_ref().map(|l| l.0.as_str()))).collect();
        assert_eq!(
            imps,
            [
                ("fs", Imported::Default, Some("fs")),
                ("./m.js", Imported::Named("a".into()), Some("a")),
                ("./m.js", Imported::Named("b".into()), Some("c")),
                ("./n.js", Imported::Namespace, Some("ns")),
                ("./all.js", Imported::SideEffect, None),
            ]
        );
        let b = &m.imports[2];
        assert_eq!(&src[b.name_start..b.name_end], "b");
        let exps: Vec<_> = m.exports.iter().map(|e| (e.name.as_str(), &src[e.start..e.end])).collect();
        assert_eq!(exps, [("x", "x"), ("f", "f"), ("d", "d"), ("default", "export")]);
        assert_eq!(m.export_all, ["./all.js"]);
        assert_eq!(m.exports_name("zzz"), None, "export * makes the list open");
    }

    #[test]
    fn commonjs_requires_and_exports() {
        let src = "const fs = require('fs');\nconst u = require(\"./u\");\nrequire('./side');\nfunction g() {}\nmodule.exports = { g, h: g, k() {} };\nexports.z = 1;\n";
        let m = info(src, false);
        let imps: Vec<_> = m.imports.iter().map(|i| (i.specifier.as_str(), i.imported.clone(), i.require)).collect();
        assert_eq!(imps, [("fs", Imported::Namespace, true), ("./u", Imported::Namespace, true), ("./side", Imported::SideEffect, true)]);
        let names: Vec<_> = m.exports.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["g", "h", "k", "z"]);
        assert_eq!(m.exports_name("g"), Some(true));
        assert_eq!(m.exports_name("nope"), Some(false));
        assert_eq!(m.exports_name("default"), Some(true));
        let m = info("module.exports = function () {};\n", false);
        assert_eq!(m.exports_name("nope"), None);
    }

    #[test]
    fn the_resolver_sees_module_bindings() {
        let src = "import fs from 'fs';\nimport { a as b } from './m.js';\nexport function f() { return b + fs; }\nexport const x = f();\nconst y = 2;\nexport { y };\nexport default x;\n";
        let a = crate::driver::check_as(src, "/t.mjs", crate::Goal::CommonJs, true);
        assert!(a.unresolved.is_empty(), "{:?}", a.unresolved);
        let names: Vec<_> = a.symbols.declarations.iter().map(|d| d.name.as_str()).collect();
        for n in ["fs", "b", "f", "x", "y"] {
            assert!(names.contains(&n), "{n} in {names:?}");
        }
        // Every declaration is used.
        for (i, d) in a.symbols.declarations.iter().enumerate() {
            assert!(a.symbols.references.iter().any(|r| r.2 == i), "{} unused", d.name);
        }
        // A file alone resolves cleanly (module graphs are compiled by
        // `driver::analyze_graph`; links are checked there).
        assert!(!a.diagnostics.iter().any(|d| d.is_error()), "{:?}", a.diagnostics);
    }

    #[test]
    fn module_detection() {
        assert!(looks_like_module("/a.mjs", ""));
        assert!(!looks_like_module("/a.cjs", "import x from 'y';"));
        assert!(looks_like_module("/a.js", "// hi\nimport x from 'y';"));
        assert!(looks_like_module("/a.js", "export { a };"));
        assert!(!looks_like_module("/a.js", "const x = require('y');\nimport('z');\nimportant();"));
    }
}

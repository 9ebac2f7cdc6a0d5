//! ES module records and linking (16.2.1 Modules): the import and export
//! entries of each module of a graph, and ResolveExport /
//! GetExportedNames over them. The graph is static: every module is known
//! at compile time and linked into one program (see `lower::lower_modules`).

use swc_common::Span;
use swc_ecma_ast as ast;

/// The local name of `export default <expression>` and of an anonymous
/// default function (16.2.3.1: "*default*").
pub const DEFAULT_LOCAL: &str = "*default*";

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportName {
    Name(String),
    /// `import * as ns` / `export * as ns from` (namespace-object).
    Namespace,
}

/// 16.2.1.6 ImportEntry Record.
#[derive(Clone, Debug)]
pub struct ImportEntry {
    /// Index into [`ModuleRecord::requests`].
    pub request: usize,
    pub import: ImportName,
    pub local: String,
    /// The local identifier (its binding is keyed by its position).
    pub local_span: Span,
    /// The imported name's position (for link errors).
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum ExportTarget {
    /// A binding of the module itself, by local name.
    Local(String),
    /// Re-exported from another module.
    Indirect { request: usize, import: ImportName },
}

/// 16.2.1.6 ExportEntry Record (local and indirect ones).
#[derive(Clone, Debug)]
pub struct ExportEntry {
    pub name: String,
    pub target: ExportTarget,
    pub span: Span,
}

/// What the linker needs of one parsed module (16.2.1.6.1 ParseModule).
#[derive(Clone, Debug, Default)]
pub struct ModuleRecord {
    /// Module requests in order of first appearance (specifier, `type`
    /// import attribute), with the position of the first one.
    pub requests: Vec<(String, Span, Option<String>)>,
    pub imports: Vec<ImportEntry>,
    pub exports: Vec<ExportEntry>,
    /// `export * from` entries: request indices.
    pub stars: Vec<usize>,
}

pub fn export_name(n: &ast::ModuleExportName) -> (String, Span) {
    match n {
        ast::ModuleExportName::Ident(i) => (i.sym.to_string(), i.span),
        ast::ModuleExportName::Str(s) => (s.value.to_string_lossy().into_owned(), s.span),
    }
}

/// The `type` attribute of a `with { ... }` clause (16.2.2.4
/// WithClauseToAttributes).
fn type_attribute(with: Option<&ast::ObjectLit>) -> Option<String> {
    for p in &with?.props {
        let ast::PropOrSpread::Prop(p) = p else { continue };
        let ast::Prop::KeyValue(kv) = &**p else { continue };
        let key = match &kv.key {
            ast::PropName::Ident(i) => i.sym.to_string(),
            ast::PropName::Str(s) => s.value.to_string_lossy().into_owned(),
            _ => continue,
        };
        if key == "type" {
            if let ast::Expr::Lit(ast::Lit::Str(s)) = &*kv.value {
                return Some(s.value.to_string_lossy().into_owned());
            }
        }
    }
    None
}

/// 16.2.1.3 ModuleRequest Records: equal when specifier and attributes are.
fn request(rec: &mut ModuleRecord, src: &ast::Str, with: Option<&ast::ObjectLit>) -> usize {
    let spec = src.value.to_string_lossy().into_owned();
    let ty = type_attribute(with);
    if let Some(i) = rec.requests.iter().position(|(s, _, t)| *s == spec && *t == ty) {
        return i;
    }
    rec.requests.push((spec, src.span, ty));
    rec.requests.len() - 1
}

/// The record of a JSON module (16.2.1.8 CreateDefaultExportSyntheticModule):
/// one export, `default`.
pub fn json_module_record() -> ModuleRecord {
    ModuleRecord {
        exports: vec![ExportEntry { name: "default".into(), target: ExportTarget::Local(DEFAULT_LOCAL.into()), span: Span::default() }],
        ..Default::default()
    }
}

/// 16.2.1.6.1 ParseModule steps 4–11: the module's requests and entries.
/// An `export { x }` of an imported binding becomes an indirect export
/// (step 10.b.ii).
pub fn module_record(m: &ast::Module) -> ModuleRecord {
    let mut rec = ModuleRecord::default();
    let mut local_exports: Vec<(String, String, Span)> = Vec::new();
    for item in &m.body {
        let ast::ModuleItem::ModuleDecl(d) = item else { continue };
        use ast::ModuleDecl as M;
        match d {
            M::Import(i) => {
                let r = request(&mut rec, &i.src, i.with.as_deref());
                for s in &i.specifiers {
                    let (import, local, span) = match s {
                        ast::ImportSpecifier::Named(n) => {
                            let (name, span) = match &n.imported {
                                Some(e) => export_name(e),
                                None => (n.local.sym.to_string(), n.local.span),
                            };
                            (ImportName::Name(name), &n.local, span)
                        }
                        ast::ImportSpecifier::Default(d) => (ImportName::Name("default".into()), &d.local, d.local.span),
                        ast::ImportSpecifier::Namespace(n) => (ImportName::Namespace, &n.local, n.local.span),
                    };
                    rec.imports.push(ImportEntry { request: r, import, local: local.sym.to_string(), local_span: local.span, span });
                }
            }
            M::ExportDecl(e) => {
                let mut names = Vec::new();
                match &e.decl {
                    ast::Decl::Fn(f) => names.push(&f.ident),
                    ast::Decl::Class(c) => names.push(&c.ident),
                    ast::Decl::Var(v) => {
                        for d in &v.decls {
                            crate::lower::bound_names(&d.name, &mut names);
                        }
                    }
                    _ => {}
                }
                for id in names {
                    local_exports.push((id.sym.to_string(), id.sym.to_string(), id.span));
                }
            }
            M::ExportNamed(n) => match &n.src {
                None => {
                    for s in &n.specifiers {
                        if let ast::ExportSpecifier::Named(sp) = s {
                            let (local, span) = export_name(&sp.orig);
                            let exported = sp.exported.as_ref().map(|e| export_name(e).0).unwrap_or_else(|| local.clone());
                            local_exports.push((exported, local, span));
                        }
                    }
                }
                Some(src) => {
                    let r = request(&mut rec, src, n.with.as_deref());
                    for s in &n.specifiers {
                        match s {
                            ast::ExportSpecifier::Named(sp) => {
                                let (orig, span) = export_name(&sp.orig);
                                let exported = sp.exported.as_ref().map(|e| export_name(e).0).unwrap_or_else(|| orig.clone());
                                rec.exports.push(ExportEntry {
                                    name: exported,
                                    target: ExportTarget::Indirect { request: r, import: ImportName::Name(orig) },
                                    span,
                                });
                            }
                            ast::ExportSpecifier::Namespace(ns) => {
                                let (name, span) = export_name(&ns.name);
                                rec.exports.push(ExportEntry {
                                    name,
                                    target: ExportTarget::Indirect { request: r, import: ImportName::Namespace },
                                    span,
                                });
                            }
                            ast::ExportSpecifier::Default(d) => {
                                rec.exports.push(ExportEntry {
                                    name: d.exported.sym.to_string(),
                                    target: ExportTarget::Indirect { request: r, import: ImportName::Name("default".into()) },
                                    span: d.exported.span,
                                });
                            }
                        }
                    }
                }
            },
            M::ExportDefaultDecl(e) => {
                let local = match &e.decl {
                    ast::DefaultDecl::Fn(f) => f.ident.as_ref().map(|i| i.sym.to_string()),
                    ast::DefaultDecl::Class(c) => c.ident.as_ref().map(|i| i.sym.to_string()),
                    ast::DefaultDecl::TsInterfaceDecl(_) => None,
                };
                local_exports.push(("default".into(), local.unwrap_or_else(|| DEFAULT_LOCAL.into()), e.span));
            }
            M::ExportDefaultExpr(e) => local_exports.push(("default".into(), DEFAULT_LOCAL.into(), e.span)),
            M::ExportAll(a) => {
                let r = request(&mut rec, &a.src, a.with.as_deref());
                rec.stars.push(r);
            }
            _ => {}
        }
    }
    // Step 10: a local export of an imported binding re-exports it (an
    // imported namespace as the module's namespace, `all`).
    for (name, local, span) in local_exports {
        let target = match rec.imports.iter().find(|i| i.local == local) {
            Some(ie) => ExportTarget::Indirect { request: ie.request, import: ie.import.clone() },
            None => ExportTarget::Local(local),
        };
        rec.exports.push(ExportEntry { name, target, span });
    }
    rec
}

/// The result of 16.2.1.6.3 ResolveExport.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Resolution {
    /// A binding of module `module` by local name.
    Binding { module: usize, name: String },
    /// The namespace object of `module`.
    Namespace(usize),
    NotFound,
    Ambiguous,
}

/// A linked graph: each module's record and, per request, the index of the
/// module it resolved to.
pub struct Graph<'r> {
    pub records: &'r [ModuleRecord],
    pub resolved: &'r [Vec<usize>],
}

impl Graph<'_> {
    /// 16.2.1.6.3 ResolveExport(exportName, resolveSet).
    pub fn resolve_export(&self, module: usize, name: &str, set: &mut Vec<(usize, String)>) -> Resolution {
        if set.iter().any(|(m, n)| *m == module && n == name) {
            return Resolution::NotFound; // a circular import request
        }
        set.push((module, name.to_string()));
        let rec = &self.records[module];
        if let Some(e) = rec.exports.iter().find(|e| e.name == name) {
            return match &e.target {
                ExportTarget::Local(local) => Resolution::Binding { module, name: local.clone() },
                ExportTarget::Indirect { request, import } => {
                    let target = self.resolved[module][*request];
                    match import {
                        ImportName::Namespace => Resolution::Namespace(target),
                        ImportName::Name(n) => self.resolve_export(target, n, set),
                    }
                }
            };
        }
        if name == "default" {
            return Resolution::NotFound;
        }
        let mut star = Resolution::NotFound;
        for &r in &rec.stars {
            let target = self.resolved[module][r];
            let res = self.resolve_export(target, name, set);
            match res {
                Resolution::Ambiguous => return Resolution::Ambiguous,
                Resolution::NotFound => {}
                _ => {
                    if star == Resolution::NotFound {
                        star = res;
                    } else if star != res {
                        return Resolution::Ambiguous;
                    }
                }
            }
        }
        star
    }

    /// 16.2.1.6.2 GetExportedNames(exportStarSet).
    pub fn exported_names(&self, module: usize, stars: &mut Vec<usize>) -> Vec<String> {
        if stars.contains(&module) {
            return Vec::new();
        }
        stars.push(module);
        let rec = &self.records[module];
        let mut names: Vec<String> = rec.exports.iter().map(|e| e.name.clone()).collect();
        for &r in &rec.stars {
            let target = self.resolved[module][r];
            for n in self.exported_names(target, stars) {
                if n != "default" && !names.contains(&n) {
                    names.push(n);
                }
            }
        }
        names
    }

    /// The exports of a namespace object (10.4.6.12 step 3–4 via
    /// 16.2.1.10 GetModuleNamespace): names that resolve, sorted by code
    /// units, with their resolutions.
    pub fn namespace_exports(&self, module: usize) -> Vec<(String, Resolution)> {
        let mut out: Vec<(String, Resolution)> = self
            .exported_names(module, &mut Vec::new())
            .into_iter()
            .filter_map(|n| match self.resolve_export(module, &n, &mut Vec::new()) {
                r @ (Resolution::Binding { .. } | Resolution::Namespace(_)) => Some((n, r)),
                _ => None,
            })
            .collect();
        out.sort_by(|a, b| a.0.encode_utf16().cmp(b.0.encode_utf16()));
        out
    }

    /// 16.2.1.5.3.1 InnerModuleEvaluation order for a graph without
    /// top-level await: depth-first, requests in order, each module after
    /// the modules it requests (cycles: a module already being visited is
    /// skipped).
    pub fn evaluation_order(&self, entry: usize) -> Vec<usize> {
        fn visit(g: &Graph, m: usize, seen: &mut Vec<bool>, out: &mut Vec<usize>) {
            if seen[m] {
                return;
            }
            seen[m] = true;
            for &r in &g.resolved[m] {
                visit(g, r, seen, out);
            }
            out.push(m);
        }
        let mut seen = vec![false; self.records.len()];
        let mut out = Vec::new();
        visit(self, entry, &mut seen, &mut out);
        out
    }
}

/// Whether `text` is a JSON text (ECMA-404, as 25.5.1 JSON.parse accepts
/// it): a JSON module that is not one fails to load (16.2.1.8.2
/// ParseJSONModule throws a SyntaxError). Returns the byte offset of the
/// first error.
pub fn check_json(text: &str) -> Result<(), usize> {
    struct P<'a> {
        s: &'a [u8],
        i: usize,
    }
    impl P<'_> {
        fn ws(&mut self) {
            while self.i < self.s.len() && matches!(self.s[self.i], b' ' | b'\t' | b'\n' | b'\r') {
                self.i += 1;
            }
        }
        fn eat(&mut self, c: u8) -> bool {
            if self.s.get(self.i) == Some(&c) {
                self.i += 1;
                true
            } else {
                false
            }
        }
        fn digits(&mut self) -> bool {
            let start = self.i;
            while self.s.get(self.i).is_some_and(u8::is_ascii_digit) {
                self.i += 1;
            }
            self.i > start
        }
        fn value(&mut self, depth: usize) -> Result<(), usize> {
            if depth > 10_000 {
                return Err(self.i);
            }
            self.ws();
            match self.s.get(self.i) {
                Some(b'{') => {
                    self.i += 1;
                    self.ws();
                    if self.eat(b'}') {
                        return Ok(());
                    }
                    loop {
                        self.ws();
                        if self.s.get(self.i) != Some(&b'"') {
                            return Err(self.i);
                        }
                        self.string()?;
                        self.ws();
                        if !self.eat(b':') {
                            return Err(self.i);
                        }
                        self.value(depth + 1)?;
                        self.ws();
                        if self.eat(b'}') {
                            return Ok(());
                        }
                        if !self.eat(b',') {
                            return Err(self.i);
                        }
                    }
                }
                Some(b'[') => {
                    self.i += 1;
                    self.ws();
                    if self.eat(b']') {
                        return Ok(());
                    }
                    loop {
                        self.value(depth + 1)?;
                        self.ws();
                        if self.eat(b']') {
                            return Ok(());
                        }
                        if !self.eat(b',') {
                            return Err(self.i);
                        }
                    }
                }
                Some(b'"') => self.string(),
                Some(b'-' | b'0'..=b'9') => {
                    self.eat(b'-');
                    if !self.eat(b'0') && !self.digits() {
                        return Err(self.i);
                    }
                    if self.eat(b'.') && !self.digits() {
                        return Err(self.i);
                    }
                    if self.eat(b'e') || self.eat(b'E') {
                        let _ = self.eat(b'+') || self.eat(b'-');
                        if !self.digits() {
                            return Err(self.i);
                        }
                    }
                    Ok(())
                }
                _ => {
                    for word in [&b"true"[..], b"false", b"null"] {
                        if self.s[self.i..].starts_with(word) {
                            self.i += word.len();
                            return Ok(());
                        }
                    }
                    Err(self.i)
                }
            }
        }
        fn string(&mut self) -> Result<(), usize> {
            self.i += 1;
            loop {
                match self.s.get(self.i) {
                    None => return Err(self.i),
                    Some(b'"') => {
                        self.i += 1;
                        return Ok(());
                    }
                    Some(b'\\') => {
                        self.i += 1;
                        match self.s.get(self.i) {
                            Some(b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't') => self.i += 1,
                            Some(b'u') => {
                                self.i += 1;
                                for _ in 0..4 {
                                    if !self.s.get(self.i).is_some_and(u8::is_ascii_hexdigit) {
                                        return Err(self.i);
                                    }
                                    self.i += 1;
                                }
                            }
                            _ => return Err(self.i),
                        }
                    }
                    Some(&c) if c < 0x20 => return Err(self.i),
                    Some(_) => self.i += 1,
                }
            }
        }
    }
    let mut p = P { s: text.as_bytes(), i: 0 };
    p.value(0)?;
    p.ws();
    if p.i == p.s.len() {
        Ok(())
    } else {
        Err(p.i)
    }
}

//! Lowering: swc AST → KIR, with scope resolution.
//!
//! Lowering runs twice over the same AST. The first run (analysis) resolves
//! every identifier through the scope chain and records which bindings are
//! referenced from a nested function (captured), and which functions use
//! `this`, `arguments` and `new.target`; it also collects the diagnostics.
//! The second run emits KIR using that knowledge: captured bindings live in
//! heap environment records, all others in KIR variables.
//!
//! Scopes follow ECMA-262: function scopes hold parameters, `var`s and
//! top-level function declarations (10.2.11 FunctionDeclarationInstantiation);
//! blocks, `for` heads, `catch` clauses and `switch` bodies hold `let`,
//! `const`, `class` and block function declarations (14.2.3
//! BlockDeclarationInstantiation).

use crate::diagnostics::{Diagnostic, LineIndex};
use crate::front::Goal;
use crate::kir::*;
// The resolver hashes many small keys: Fx is several times faster than SipHash
// here, and no map's iteration order reaches the output.
type HashMap<K, V> = std::collections::HashMap<K, V, rustc_hash::FxBuildHasher>;
type HashSet<K> = std::collections::HashSet<K, rustc_hash::FxBuildHasher>;
use swc_common::Spanned;
use swc_ecma_ast as ast;

/// What a binding key names: the declaration of an identifier, or a
/// function's implicit `this`/`arguments`/`new.target`.
type BindKey = (u32, u8);
const KEY_DECL: u8 = 0;
const KEY_THIS: u8 = 1;
const KEY_ARGUMENTS: u8 = 2;
const KEY_NEW_TARGET: u8 = 3;
/// The var binding that Annex B gives a function declared in a block
/// (keyed by the declaration's identifier, like its block binding).
const KEY_ANNEXB: u8 = 4;
/// Class keys (15.7): a class's inner name binding (keyed by the class
/// name), its instance-field initializer (keyed by the class), a computed
/// field key (keyed by the field), a constructor's own closure and a
/// method's [[HomeObject]] (keyed by the function).
const KEY_CLASS_INNER: u8 = 8;
const KEY_FIELDS: u8 = 9;
const KEY_FIELD_KEY: u8 = 10;
const KEY_CTOR: u8 = 11;
const KEY_HOME: u8 = 12;
/// A class's Private Name `#x` (keyed by the first element declaring it).
const KEY_PRIVATE: u8 = 13;
/// The function of an instance private method (or getter) `#x`, and the
/// setter of an instance private accessor (read by `*fields*`).
const KEY_PRIVATE_FN: u8 = 14;
const KEY_PRIVATE_SETTER: u8 = 15;
/// The key of a member reference: a name constant, a key value (array
/// indices, computed keys), or a Private Name (`obj.#x`).
#[derive(Clone, Copy)]
enum MKey {
    Named(StrId),
    Value(Var),
    Private(Var),
}

impl From<Result<StrId, Var>> for MKey {
    fn from(k: Result<StrId, Var>) -> MKey {
        match k {
            Ok(id) => MKey::Named(id),
            Err(v) => MKey::Value(v),
        }
    }
}

/// One Private Name of a class body.
struct PrivateDecl {
    /// `#x`: the name of its hidden binding in the class scope.
    name: String,
    key: u32,
    kind: u8,
    is_static: bool,
}

use kiln_runtime::symbol::{PRIVATE_ACCESSOR, PRIVATE_FIELD, PRIVATE_METHOD, PRIVATE_STATIC};

const FIELDS: &str = "*fields*";
const CTOR: &str = "*ctor*";
const HOME: &str = "*home*";

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
enum BindKind {
    Var,
    Let,
    Const,
    Function,
    Param,
    CatchParam,
    /// The name of a named function expression, inside it (read-only).
    FnSelf,
    Implicit,
}

#[derive(Copy, Clone, Debug)]
enum Storage {
    Local(Var),
    Env { env: usize, slot: u32 },
    Global,
}

#[derive(Clone, Debug)]
struct Binding {
    storage: Storage,
    kind: BindKind,
    key: BindKey,
    /// End offset of the declaration; references after it in the same
    /// function need no TDZ check.
    decl_end: u32,
    /// Index of the function (in the lowering stack) that declares it.
    func: usize,
    in_switch: bool,
}

struct Scope {
    bindings: HashMap<String, Binding>,
    /// Index into `env_chain` if this scope allocated an environment.
    env: Option<usize>,
    env_slots: u32,
    is_switch: bool,
}

struct JumpTarget {
    labels: Vec<String>,
    break_block: BlockId,
    continue_block: Option<BlockId>,
    /// Accepts an unlabelled `break` (loops and switch).
    breakable: bool,
    env_count: usize,
    finally_depth: usize,
    /// The iterator record of a for-of loop, closed when a jump leaves it
    /// (with AsyncIteratorClose for `for await`).
    iter: Option<Var>,
    iter_async: bool,
}

enum Route {
    Return,
    Jump { target: usize, is_continue: bool },
}

struct FinallyCtx {
    kind_var: Var,
    val_var: Var,
    entry: BlockId,
    routes: Vec<Route>,
    env_count: usize,
    targets_len: usize,
}

struct FnState {
    blocks: Vec<Block>,
    cur: BlockId,
    vars: u32,
    scopes: Vec<Scope>,
    targets: Vec<JumpTarget>,
    finallies: Vec<FinallyCtx>,
    handler: Option<BlockId>,
    strict: bool,
    arrow: bool,
    key: u32,
    /// Length of `env_chain` when the function was entered.
    env_base: usize,
    this_var: Var,
    pending_labels: Vec<String>,
    /// The function being lowered (none for the top level).
    func_id: Option<FuncId>,
    /// Block-level function declarations (identifier offsets) that also
    /// assign a var binding when evaluated (Annex B.3.2).
    annexb: HashSet<u32>,
    /// Index in `scopes` of the function's var scope.
    var_scope: usize,
    /// A derived class constructor: `this` starts uninitialised, and
    /// completions go through `DerivedReturn`.
    derived_ctor: bool,
    /// `new.target`, when already read on entry.
    new_target_var: Option<Var>,
    /// The closure of a generator function's body: its var scope is the
    /// generator function's.
    generator_body: bool,
    /// The closure of an async function's body (`await` allowed).
    is_async: bool,
    /// The closure of an async generator's body (`return x` awaits x).
    async_generator: bool,
}

pub struct Lowerer<'a> {
    goal: Goal,
    base: u32,
    source: &'a str,
    lines: &'a LineIndex,
    analysis: bool,
    captured: HashSet<BindKey>,
    used: HashSet<BindKey>,
    module: Module,
    strings: HashMap<Vec<u16>, StrId>,
    diags: Vec<Diagnostic>,
    funcs: Vec<FnState>,
    /// Static chain of environments: for each, the function index owning it.
    env_chain: Vec<usize>,
    unresolved: Vec<(String, usize, usize)>,
    symbols: Symbols,
    decl_index: HashMap<BindKey, usize>,
    /// Bindings assigned anywhere other than their declaration.
    reassigned: HashSet<BindKey>,
    /// Lexical bindings whose initializer is being lowered: a reference
    /// from inside it is textually after the name but still in its TDZ.
    initializing: Vec<BindKey>,
    /// Function declarations whose binding is never reassigned: calls
    /// through the binding can jump straight to the function's code.
    direct: HashMap<BindKey, FuncId>,
    /// The first line of each file of an ES module graph in `source`, less
    /// one (positions are reported per file); empty for one file.
    line_bias: Vec<u32>,
    /// The file of the code being lowered (index into `module.files`).
    cur_file: u32,
    /// Inside a class (all of whose code is strict).
    in_class: u32,
    /// For each class being lowered, innermost last: whether it has an
    /// instance-element initializer (`*fields*`).
    class_fields: Vec<bool>,
}

/// Result of lowering a program.
pub struct Lowered {
    pub module: Module,
    pub diagnostics: Vec<Diagnostic>,
    /// Undeclared identifiers referenced (name, start, end), for warnings.
    pub unresolved: Vec<(String, usize, usize)>,
    /// What the resolver learned about names, for editors.
    pub symbols: Symbols,
}

/// The kind of a declared name, as the resolver sees it.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum SymbolKind {
    Var,
    Let,
    Const,
    Function,
    Parameter,
    CatchParameter,
}

/// A declaration: its name, kind and byte range (of the identifier), and the
/// byte range of the function that declares it (its scope owner).
#[derive(Clone, Debug)]
pub struct Declaration {
    pub name: String,
    pub kind: SymbolKind,
    pub start: usize,
    pub end: usize,
    /// Whether a nested function refers to it.
    pub captured: bool,
}

/// Declarations and resolved references of one file. References name their
/// declaration by index into `declarations`.
#[derive(Clone, Debug, Default)]
pub struct Symbols {
    pub declarations: Vec<Declaration>,
    /// (start, end, declaration index)
    pub references: Vec<(usize, usize, usize)>,
}

/// Lowers a parsed program to KIR. `path` names the file in stack traces.
pub fn lower_program(program: &ast::Program, source: &str, base: u32, path: &str, goal: Goal) -> Lowered {
    lower_program_with(program, source, base, path, goal, true)
}

/// Resolution only: scopes, early errors, symbols; no KIR (for editors).
pub fn resolve_program(program: &ast::Program, source: &str, base: u32, path: &str, goal: Goal) -> Lowered {
    lower_program_with(program, source, base, path, goal, false)
}

fn lower_program_with(program: &ast::Program, source: &str, base: u32, path: &str, goal: Goal, emit: bool) -> Lowered {
    // The analysis run asks for no positions (`pos`, `pos_at`, `end_function`):
    // the line index is built only for the emitting run.
    let no_lines = LineIndex::empty();
    let mut first = Lowerer::new(goal, base, source, &no_lines, true, HashSet::default(), HashSet::default());
    first.lower_top(program, path);
    let mut symbols = std::mem::take(&mut first.symbols);
    for (key, &i) in &first.decl_index {
        symbols.declarations[i].captured = first.captured.contains(key);
    }
    let reassigned = std::mem::take(&mut first.reassigned);
    let (captured, used, diags, unresolved) = (first.captured, first.used, first.diags, first.unresolved);
    if !emit || diags.iter().any(|d| d.is_error()) {
        return Lowered { module: Module::default(), diagnostics: diags, unresolved, symbols };
    }
    let lines = LineIndex::new(source);
    let mut second = Lowerer::new(goal, base, source, &lines, false, captured, used);
    second.reassigned = reassigned;
    second.lower_top(program, path);
    Lowered { module: second.module, diagnostics: diags, unresolved, symbols }
}

/// Statements that bind and use the same names as an ES module declaration,
/// for resolution only: an import binds a `const` per local name, `export`
/// of a declaration is that declaration, `export { a }` and `export default
/// e` use `a` and `e`. (Modules are not compiled yet: lowering reports K1001
/// for every module declaration, so only the resolver sees these.)
fn module_decl_as_stmts(d: &ast::ModuleDecl, out: &mut Vec<ast::Stmt>) {
    use ast::ModuleDecl as M;
    let expr = |e: ast::Expr| ast::Stmt::Expr(ast::ExprStmt { span: e.span(), expr: Box::new(e) });
    match d {
        M::Import(i) => {
            let decls = i
                .specifiers
                .iter()
                .map(|s| {
                    let local = match s {
                        ast::ImportSpecifier::Named(n) => &n.local,
                        ast::ImportSpecifier::Default(d) => &d.local,
                        ast::ImportSpecifier::Namespace(n) => &n.local,
                    };
                    ast::VarDeclarator {
                        span: local.span,
                        name: ast::Pat::Ident(ast::BindingIdent { id: local.clone(), type_ann: None }),
                        init: None,
                        definite: false,
                    }
                })
                .collect::<Vec<_>>();
            if !decls.is_empty() {
                out.push(ast::Stmt::Decl(ast::Decl::Var(Box::new(ast::VarDecl {
                    span: i.span,
                    ctxt: Default::default(),
                    kind: ast::VarDeclKind::Const,
                    declare: false,
                    decls,
                }))));
            }
        }
        M::ExportDecl(e) => out.push(ast::Stmt::Decl(e.decl.clone())),
        M::ExportNamed(n) if n.src.is_none() => {
            for s in &n.specifiers {
                if let ast::ExportSpecifier::Named(ast::ExportNamedSpecifier { orig: ast::ModuleExportName::Ident(id), .. }) = s {
                    out.push(expr(ast::Expr::Ident(id.clone())));
                }
            }
        }
        M::ExportDefaultDecl(e) => match &e.decl {
            ast::DefaultDecl::Fn(f) => match &f.ident {
                Some(id) => out.push(ast::Stmt::Decl(ast::Decl::Fn(ast::FnDecl { ident: id.clone(), declare: false, function: f.function.clone() }))),
                None => out.push(expr(ast::Expr::Fn(f.clone()))),
            },
            ast::DefaultDecl::Class(c) => out.push(expr(ast::Expr::Class(c.clone()))),
            ast::DefaultDecl::TsInterfaceDecl(_) => {}
        },
        M::ExportDefaultExpr(e) => out.push(expr((*e.expr).clone())),
        _ => {}
    }
}

fn units(s: &str) -> Vec<u16> {
    s.encode_utf16().collect()
}

/// Names declared by a binding pattern (only identifiers are supported).
fn pat_ident(p: &ast::Pat) -> Option<&ast::Ident> {
    match p {
        ast::Pat::Ident(b) => Some(&b.id),
        _ => None,
    }
}

/// 8.2.1 BoundNames of a binding pattern (or of an assignment pattern's
/// identifier targets), in source order.
fn pat_names<'s>(p: &'s ast::Pat, out: &mut Vec<&'s ast::Ident>) {
    match p {
        ast::Pat::Ident(b) => out.push(&b.id),
        ast::Pat::Array(a) => {
            for e in a.elems.iter().flatten() {
                pat_names(e, out);
            }
        }
        ast::Pat::Object(o) => {
            for prop in &o.props {
                match prop {
                    ast::ObjectPatProp::KeyValue(kv) => pat_names(&kv.value, out),
                    ast::ObjectPatProp::Assign(a) => out.push(&a.key.id),
                    ast::ObjectPatProp::Rest(r) => pat_names(&r.arg, out),
                }
            }
        }
        ast::Pat::Assign(a) => pat_names(&a.left, out),
        ast::Pat::Rest(r) => pat_names(&r.arg, out),
        ast::Pat::Expr(_) | ast::Pat::Invalid(_) => {}
    }
}

/// BoundNames of a binding pattern (for the module linker).
pub(crate) fn bound_names<'s>(p: &'s ast::Pat, out: &mut Vec<&'s ast::Ident>) {
    pat_names(p, out)
}

fn pat_name_list(p: &ast::Pat) -> Vec<&ast::Ident> {
    let mut v = Vec::new();
    pat_names(p, &mut v);
    v
}

/// A destructuring element: its target and its initializer, if any.
fn split_default(p: &ast::Pat) -> (&ast::Pat, Option<&ast::Expr>) {
    match p {
        ast::Pat::Assign(a) => (&a.left, Some(&a.right)),
        _ => (p, None),
    }
}

/// How a pattern stores its values: initialising declared bindings
/// (`let`/`const`, parameters, catch parameters) or PutValue on references
/// (`var` declarations and assignment patterns).
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
enum PatMode {
    Init,
    Assign,
}

/// What an object pattern's RequireObjectCoercible error names (V8's
/// messages): the source text of the value, the value itself, or nothing
/// (a nested pattern, reported as a property read).
#[derive(Copy, Clone, Debug)]
enum Origin {
    Text(StrId),
    Value,
    Nested,
}

/// A lexical declaration: the name, its kind, and where the declaration
/// ends (references before that end in the same function check the TDZ).
type LexDecl<'s> = (&'s ast::Ident, BindKind, swc_common::BytePos);


/// 8.2.6 VarDeclaredNames of a statement list (not descending into functions).
fn collect_vars<'s>(stmts: impl IntoIterator<Item = &'s ast::Stmt>, out: &mut Vec<&'s ast::Ident>) {
    for s in stmts {
        collect_vars_stmt(s, out);
    }
}

fn collect_var_decl<'s>(v: &'s ast::VarDecl, out: &mut Vec<&'s ast::Ident>) {
    if v.kind == ast::VarDeclKind::Var {
        for d in &v.decls {
            pat_names(&d.name, out);
        }
    }
}

fn collect_vars_stmt<'s>(s: &'s ast::Stmt, out: &mut Vec<&'s ast::Ident>) {
    use ast::Stmt::*;
    match s {
        Decl(ast::Decl::Var(v)) => collect_var_decl(v, out),
        Block(b) => collect_vars(&b.stmts, out),
        If(i) => {
            collect_vars_stmt(&i.cons, out);
            if let Some(a) = &i.alt {
                collect_vars_stmt(a, out);
            }
        }
        While(w) => collect_vars_stmt(&w.body, out),
        DoWhile(w) => collect_vars_stmt(&w.body, out),
        For(f) => {
            if let Some(ast::VarDeclOrExpr::VarDecl(v)) = &f.init {
                collect_var_decl(v, out);
            }
            collect_vars_stmt(&f.body, out);
        }
        ForIn(f) => {
            if let ast::ForHead::VarDecl(v) = &f.left {
                collect_var_decl(v, out);
            }
            collect_vars_stmt(&f.body, out);
        }
        ForOf(f) => {
            if let ast::ForHead::VarDecl(v) = &f.left {
                collect_var_decl(v, out);
            }
            collect_vars_stmt(&f.body, out);
        }
        Labeled(l) => collect_vars_stmt(&l.body, out),
        Switch(sw) => {
            for c in &sw.cases {
                collect_vars(&c.cons, out);
            }
        }
        Try(t) => {
            collect_vars(&t.block.stmts, out);
            if let Some(h) = &t.handler {
                collect_vars(&h.body.stmts, out);
            }
            if let Some(f) = &t.finalizer {
                collect_vars(&f.stmts, out);
            }
        }
        With(w) => collect_vars_stmt(&w.body, out),
        _ => {}
    }
}

/// Lexically scoped declarations directly in a statement list
/// (8.2.4 LexicallyScopedDeclarations): (ident, kind, declaration end).
fn collect_lexical(stmts: &[ast::Stmt]) -> Vec<LexDecl<'_>> {
    let mut out = Vec::new();
    for s in stmts {
        match s {
            ast::Stmt::Decl(ast::Decl::Var(v)) if v.kind != ast::VarDeclKind::Var => {
                let kind = if v.kind == ast::VarDeclKind::Const { BindKind::Const } else { BindKind::Let };
                for d in &v.decls {
                    for id in pat_name_list(&d.name) {
                        out.push((id, kind, d.span.hi.max(id.span.hi)));
                    }
                }
            }
            ast::Stmt::Decl(ast::Decl::Class(c)) => out.push((&c.ident, BindKind::Let, c.ident.span.hi)),
            _ => {}
        }
    }
    out
}

fn collect_functions(stmts: &[ast::Stmt]) -> Vec<&ast::FnDecl> {
    stmts
        .iter()
        .filter_map(|s| match s {
            ast::Stmt::Decl(ast::Decl::Fn(f)) => Some(f),
            _ => None,
        })
        .collect()
}

/// B.3.2.1 / B.3.2.2 (FunctionDeclarationInstantiation and
/// GlobalDeclarationInstantiation changes): the function declarations
/// nested in blocks, case clauses or `if` clauses of a sloppy body for
/// which replacing the declaration with `var F` would be no early error:
/// no enclosing block, switch, loop head or destructuring catch parameter
/// declares F lexically, and the declaration's own block declares F only
/// through it. (Parameter names and the body's own lexical names are
/// checked by the caller.) Nested functions are not entered.
fn annexb_functions(body: &[ast::Stmt]) -> Vec<&ast::FnDecl> {
    fn list_names(stmts: &[ast::Stmt]) -> Vec<String> {
        let mut n: Vec<String> = collect_lexical(stmts).iter().map(|(id, _, _)| id.sym.to_string()).collect();
        n.extend(collect_functions(stmts).iter().map(|f| f.ident.sym.to_string()));
        n
    }
    fn check<'s>(f: &'s ast::FnDecl, scopes: &[Vec<String>], out: &mut Vec<&'s ast::FnDecl>) {
        let name = f.ident.sym.as_ref();
        let (own, outer) = scopes.split_last().expect("a scope");
        if own.iter().filter(|n| *n == name).count() == 1 && !outer.iter().any(|s| s.iter().any(|n| n == name)) {
            out.push(f);
        }
    }
    /// The statements of one scope, whose names are on top of `scopes`.
    fn items<'s>(stmts: impl IntoIterator<Item = &'s ast::Stmt>, scopes: &mut Vec<Vec<String>>, out: &mut Vec<&'s ast::FnDecl>) {
        for s in stmts {
            match s {
                ast::Stmt::Decl(ast::Decl::Fn(f)) => check(f, scopes, out),
                _ => stmt(s, scopes, out),
            }
        }
    }
    fn list<'s>(stmts: &'s [ast::Stmt], scopes: &mut Vec<Vec<String>>, out: &mut Vec<&'s ast::FnDecl>) {
        scopes.push(list_names(stmts));
        items(stmts, scopes, out);
        scopes.pop();
    }
    fn head_names(v: &ast::VarDecl) -> Vec<String> {
        if v.kind == ast::VarDeclKind::Var {
            return Vec::new();
        }
        v.decls.iter().flat_map(|d| pat_name_list(&d.name)).map(|id| id.sym.to_string()).collect()
    }
    fn clause<'s>(s: &'s ast::Stmt, scopes: &mut Vec<Vec<String>>, out: &mut Vec<&'s ast::FnDecl>) {
        // B.3.3 FunctionDeclarations in IfStatement clauses: as in a block.
        match s {
            ast::Stmt::Decl(ast::Decl::Fn(f)) => {
                scopes.push(vec![f.ident.sym.to_string()]);
                check(f, scopes, out);
                scopes.pop();
            }
            _ => stmt(s, scopes, out),
        }
    }
    fn stmt<'s>(s: &'s ast::Stmt, scopes: &mut Vec<Vec<String>>, out: &mut Vec<&'s ast::FnDecl>) {
        use ast::Stmt::*;
        match s {
            Block(b) => list(&b.stmts, scopes, out),
            If(i) => {
                clause(&i.cons, scopes, out);
                if let Some(a) = &i.alt {
                    clause(a, scopes, out);
                }
            }
            While(w) => stmt(&w.body, scopes, out),
            DoWhile(w) => stmt(&w.body, scopes, out),
            With(w) => stmt(&w.body, scopes, out),
            Labeled(l) => stmt(&l.body, scopes, out),
            For(f) => {
                let names = match &f.init {
                    Some(ast::VarDeclOrExpr::VarDecl(v)) => head_names(v),
                    _ => Vec::new(),
                };
                scopes.push(names);
                stmt(&f.body, scopes, out);
                scopes.pop();
            }
            ForIn(ast::ForInStmt { left, body, .. }) | ForOf(ast::ForOfStmt { left, body, .. }) => {
                let names = match left {
                    ast::ForHead::VarDecl(v) => head_names(v),
                    _ => Vec::new(),
                };
                scopes.push(names);
                stmt(body, scopes, out);
                scopes.pop();
            }
            Switch(sw) => {
                // One scope for all the case clauses.
                scopes.push(sw.cases.iter().flat_map(|c| list_names(&c.cons)).collect());
                items(sw.cases.iter().flat_map(|c| c.cons.iter()), scopes, out);
                scopes.pop();
            }
            Try(t) => {
                list(&t.block.stmts, scopes, out);
                if let Some(h) = &t.handler {
                    // B.3.4: a simple catch parameter may share a var's name;
                    // a destructuring one may not.
                    let names = match &h.param {
                        Some(p) if pat_ident(p).is_none() => pat_name_list(p).iter().map(|id| id.sym.to_string()).collect(),
                        _ => Vec::new(),
                    };
                    scopes.push(names);
                    list(&h.body.stmts, scopes, out);
                    scopes.pop();
                }
                if let Some(f) = &t.finalizer {
                    list(&f.stmts, scopes, out);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    let mut scopes = Vec::new();
    for s in body {
        stmt(s, &mut scopes, &mut out);
    }
    out
}

fn has_use_strict(stmts: &[ast::Stmt]) -> bool {
    for s in stmts {
        match s {
            ast::Stmt::Expr(e) => match &*e.expr {
                ast::Expr::Lit(ast::Lit::Str(st)) => {
                    if st.raw.as_ref().is_some_and(|r| r.get(1..r.len().saturating_sub(1)) == Some("use strict")) {
                        return true;
                    }
                }
                _ => return false,
            },
            _ => return false,
        }
    }
    false
}

/// Whether a module's statements use `await` (or `for await`) outside
/// functions and classes: top-level await (16.2.1.5 [[HasTLA]]).
fn has_top_level_await(stmts: &[ast::Stmt]) -> bool {
    use swc_ecma_visit::{Visit, VisitWith};
    struct Find(bool);
    impl Visit for Find {
        fn visit_await_expr(&mut self, _: &ast::AwaitExpr) {
            self.0 = true;
        }
        fn visit_for_of_stmt(&mut self, f: &ast::ForOfStmt) {
            if f.is_await {
                self.0 = true;
            }
            f.visit_children_with(self);
        }
        fn visit_function(&mut self, _: &ast::Function) {}
        fn visit_arrow_expr(&mut self, _: &ast::ArrowExpr) {}
        fn visit_class(&mut self, _: &ast::Class) {}
    }
    let mut f = Find(false);
    for s in stmts {
        s.visit_with(&mut f);
    }
    f.0
}

/// 12.9.6 Template Literal Lexical Components: whether a template's raw
/// text holds a NotEscapeSequence (allowed in tagged templates, whose
/// cooked string is then undefined): `\0` before a digit, `\1`-`\9`, a
/// malformed `\x` or `\u` escape.
fn has_not_escape_sequence(raw: &str) -> bool {
    let b = raw.as_bytes();
    let hex = |c: u8| c.is_ascii_hexdigit();
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\\' {
            i += 1;
            continue;
        }
        let Some(&c) = b.get(i + 1) else { return false };
        match c {
            b'0' if b.get(i + 2).is_some_and(|d| d.is_ascii_digit()) => return true,
            b'1'..=b'9' => return true,
            b'x' if !(b.get(i + 2).is_some_and(|&d| hex(d)) && b.get(i + 3).is_some_and(|&d| hex(d))) => return true,
            b'u' => {
                if b.get(i + 2) == Some(&b'{') {
                    let mut j = i + 3;
                    let mut v: u32 = 0;
                    while j < b.len() && hex(b[j]) {
                        v = v.saturating_mul(16).saturating_add((b[j] as char).to_digit(16).unwrap());
                        j += 1;
                    }
                    if j == i + 3 || b.get(j) != Some(&b'}') || v > 0x10FFFF {
                        return true;
                    }
                } else if !(2..6).all(|k| b.get(i + k).is_some_and(|&d| hex(d))) {
                    return true;
                }
            }
            _ => {}
        }
        i += 2;
    }
    false
}

fn placeholder_function() -> Function {
    Function {
        name: String::new(),
        params: 0,
        vars: 0,
        blocks: Vec::new(),
        strict: false,
        arrow: false,
        constructor: false,
        generator: false,
        is_async: false,
        name_const: 0,
        line: 0,
        col: 0,
        file: 0,
    }
}

/// The body of a generator or async function, lowered as a closure.
#[derive(Copy, Clone)]
enum Suspendable<'b> {
    Generator(&'b [ast::Stmt]),
    AsyncGenerator(&'b [ast::Stmt]),
    Async(&'b [ast::Stmt]),
    AsyncExpr(&'b ast::Expr),
}

enum FnBody<'b> {
    Block(&'b [ast::Stmt]),
    /// A generator function's body (the `{` offset and the statements):
    /// lowered as a closure of its own that the generator object runs.
    Generator(swc_common::BytePos, &'b [ast::Stmt]),
    /// An async function's body, likewise (run by `kiln_async_start`).
    Async(swc_common::BytePos, &'b [ast::Stmt]),
    /// An async arrow function's expression body.
    AsyncExpr(&'b ast::Expr),
    /// An async generator function's body.
    AsyncGenerator(swc_common::BytePos, &'b [ast::Stmt]),
    Expr(&'b ast::Expr),
}

impl<'a> Lowerer<'a> {
    fn new(
        goal: Goal,
        base: u32,
        source: &'a str,
        lines: &'a LineIndex,
        analysis: bool,
        captured: HashSet<BindKey>,
        used: HashSet<BindKey>,
    ) -> Self {
        Lowerer {
            goal,
            base,
            source,
            lines,
            analysis,
            captured,
            used,
            module: Module::default(),
            strings: HashMap::default(),
            diags: Vec::new(),
            funcs: Vec::new(),
            env_chain: Vec::new(),
            unresolved: Vec::new(),
            symbols: Symbols::default(),
            decl_index: HashMap::default(),
            reassigned: HashSet::default(),
            initializing: Vec::new(),
            direct: HashMap::default(),
            line_bias: Vec::new(),
            cur_file: 0,
            in_class: 0,
            class_fields: Vec::new(),
        }
    }

    // ----------------------------------------------------------------------
    // Helpers

    fn off(&self, pos: swc_common::BytePos) -> u32 {
        pos.0.saturating_sub(self.base)
    }

    fn span_range(&self, sp: swc_common::Span) -> (usize, usize) {
        (self.off(sp.lo) as usize, self.off(sp.hi) as usize)
    }

    fn unsupported(&mut self, what: &str, sp: swc_common::Span) {
        let (s, e) = self.span_range(sp);
        self.diags.push(Diagnostic::unsupported(what, s, e));
    }

    fn early_error(&mut self, code: &'static str, msg: String, sp: swc_common::Span) {
        let (s, e) = self.span_range(sp);
        self.diags.push(Diagnostic::error(code, msg, s, e));
    }

    fn str_id(&mut self, s: &[u16]) -> StrId {
        if self.analysis {
            return 0; // the analysis run's module is discarded
        }
        if let Some(&id) = self.strings.get(s) {
            return id;
        }
        let id = self.module.strings.len() as StrId;
        self.module.strings.push(s.to_vec());
        self.strings.insert(s.to_vec(), id);
        id
    }

    fn str_id_of(&mut self, s: &str) -> StrId {
        if self.analysis {
            return 0; // (as `str_id`, without converting the text)
        }
        self.str_id(&units(s))
    }

    fn f(&mut self) -> &mut FnState {
        self.funcs.last_mut().expect("inside a function")
    }

    fn fi(&self) -> usize {
        self.funcs.len() - 1
    }

    fn new_var(&mut self) -> Var {
        let f = self.f();
        let v = f.vars;
        f.vars += 1;
        v
    }

    fn emit(&mut self, inst: Inst) {
        if self.analysis {
            return; // the analysis run's instructions are discarded (nothing reads them)
        }
        let f = self.f();
        let cur = f.cur as usize;
        f.blocks[cur].insts.push(inst);
    }

    fn new_block(&mut self) -> BlockId {
        let f = self.f();
        let h = f.handler;
        f.blocks.push(Block { insts: Vec::new(), term: Term::Unreachable, handler: h });
        (f.blocks.len() - 1) as BlockId
    }

    /// Ends the current block with `t` and continues in `next`.
    fn terminate(&mut self, t: Term) {
        let f = self.f();
        let cur = f.cur as usize;
        if f.blocks[cur].term == Term::Unreachable {
            f.blocks[cur].term = t;
        }
    }

    fn switch_to(&mut self, b: BlockId) {
        self.f().cur = b;
    }

    /// Starts a fresh unreachable block after a jump/return/throw so that
    /// dead code still has somewhere to go.
    fn after_terminator(&mut self) {
        let b = self.new_block();
        self.switch_to(b);
    }

    fn constant(&mut self, c: Const) -> Var {
        let dst = self.new_var();
        self.emit(Inst::Const { dst, value: c });
        dst
    }

    fn undefined(&mut self) -> Var {
        self.constant(Const::Undefined)
    }

    fn string_const(&mut self, s: &str) -> Var {
        let id = self.str_id_of(s);
        self.constant(Const::Str(id))
    }

    fn pos(&mut self, sp: swc_common::Span) {
        if self.analysis {
            return; // the analysis run's instructions are discarded
        }
        let (line, col) = self.line_col(self.off(sp.lo) as usize);
        self.emit(Inst::Pos { line, col });
    }

    /// `pos` for a source offset (`u32::MAX`: none).
    fn pos_at(&mut self, at: u32) {
        if self.analysis || at == u32::MAX || at as usize > self.source.len() {
            return;
        }
        let (line, col) = self.line_col(at as usize);
        self.emit(Inst::Pos { line, col });
    }

    /// Line and column of an offset in its own file.
    fn line_col(&self, at: usize) -> (u32, u32) {
        let (line, col) = self.lines.line_col(at);
        (line - self.line_bias.get(self.cur_file as usize).copied().unwrap_or(0), col)
    }

    fn strict(&self) -> bool {
        self.in_class > 0 || self.funcs.last().is_some_and(|f| f.strict)
    }

    fn source_text(&self, sp: swc_common::Span) -> Option<String> {
        let (s, e) = self.span_range(sp);
        let t = self.source.get(s..e)?;
        if t.len() > 60 || t.contains('\n') {
            return None;
        }
        Some(t.to_string())
    }

    // ----------------------------------------------------------------------
    // Scopes and bindings

    fn push_scope(&mut self, decls: &[LexDecl], is_switch: bool) {
        let fi = self.fi();
        let mut scope = Scope { bindings: HashMap::default(), env: None, env_slots: 0, is_switch };
        let needs_env = decls.iter().any(|(id, _, _)| self.captured.contains(&(self.off(id.span.lo), KEY_DECL)));
        if needs_env {
            let count = decls.iter().filter(|(id, _, _)| self.captured.contains(&(self.off(id.span.lo), KEY_DECL))).count();
            self.emit(Inst::PushEnv { size: count as u32 });
            self.env_chain.push(fi);
            scope.env = Some(self.env_chain.len() - 1);
        }
        self.f().scopes.push(scope);
        for (id, kind, end) in decls {
            self.declare_until(id, *kind, *end);
        }
    }

    fn pop_scope(&mut self) {
        let scope = self.f().scopes.pop().expect("scope");
        if scope.env.is_some() {
            self.emit(Inst::PopEnv);
            self.env_chain.pop();
        }
    }

    /// Declares `id` in the innermost scope; redeclaration rules per 14.2.1
    /// and 15.2.1 (early errors).
    fn declare(&mut self, id: &ast::Ident, kind: BindKind) -> Binding {
        self.declare_until(id, kind, id.span.hi)
    }

    /// `declare`, with the end of the whole declaration (a destructuring
    /// pattern's names are initialised only when its declarator ends).
    fn declare_until(&mut self, id: &ast::Ident, kind: BindKind, end: swc_common::BytePos) -> Binding {
        let key = (self.off(id.span.lo), KEY_DECL);
        if self.analysis && !self.decl_index.contains_key(&key) && (key.0 as usize) < self.source.len() {
            let sk = match kind {
                BindKind::Var => Some(SymbolKind::Var),
                BindKind::Let => Some(SymbolKind::Let),
                BindKind::Const => Some(SymbolKind::Const),
                BindKind::Function | BindKind::FnSelf => Some(SymbolKind::Function),
                BindKind::Param => Some(SymbolKind::Parameter),
                BindKind::CatchParam => Some(SymbolKind::CatchParameter),
                BindKind::Implicit => None,
            };
            if let Some(sk) = sk {
                let (start, end) = self.span_range(id.span);
                self.decl_index.insert(key, self.symbols.declarations.len());
                self.symbols.declarations.push(Declaration { name: String::from(&*id.sym), kind: sk, start, end, captured: false });
            }
        }
        self.declare_key(id.sym.as_ref(), key, kind, self.off(end), id.span)
    }

    fn declare_key(&mut self, name: &str, key: BindKey, kind: BindKind, decl_end: u32, sp: swc_common::Span) -> Binding {
        let fi = self.fi();
        let captured = self.captured.contains(&key);
        if let Some(existing) = self.f().scopes.last().unwrap().bindings.get(name).cloned() {
            let lexical = |k: BindKind| matches!(k, BindKind::Let | BindKind::Const);
            // A lexical `arguments` in a function body replaces the implicit
            // binding (10.2.11 step 18: no arguments object is needed).
            if (lexical(kind) || lexical(existing.kind)) && existing.kind != BindKind::Implicit {
                if self.analysis {
                    self.early_error("K0002", format!("Identifier '{name}' has already been declared"), sp);
                }
            }
            if kind == BindKind::Var || kind == BindKind::Function && existing.kind != BindKind::FnSelf {
                return existing;
            }
        }
        let storage = if captured {
            let scope_env = self.f().scopes.last().unwrap().env;
            match scope_env {
                Some(env) => {
                    let scope = self.f().scopes.last_mut().unwrap();
                    let slot = scope.env_slots;
                    scope.env_slots += 1;
                    Storage::Env { env, slot }
                }
                None => Storage::Local(self.new_var()),
            }
        } else {
            Storage::Local(self.new_var())
        };
        let in_switch = self.f().scopes.last().unwrap().is_switch;
        let b = Binding { storage, kind, key, decl_end, func: fi, in_switch };
        self.f().scopes.last_mut().unwrap().bindings.insert(name.to_string(), b.clone());
        b
    }

    /// Resolves a name through the scope chain (9.1.2.1 GetIdentifierReference).
    fn lookup(&mut self, name: &str) -> Option<Binding> {
        let cur = self.fi();
        for fi in (0..self.funcs.len()).rev() {
            for scope in self.funcs[fi].scopes.iter().rev() {
                if let Some(b) = scope.bindings.get(name) {
                    let b = b.clone();
                    if fi != cur {
                        self.captured.insert(b.key);
                    }
                    if b.kind == BindKind::Implicit {
                        self.used.insert(b.key);
                    }
                    return Some(b);
                }
            }
        }
        None
    }

    fn env_depth(&self, env: usize) -> u32 {
        (self.env_chain.len() - 1 - env) as u32
    }

    /// Reads a binding's value into a fresh variable.
    fn read_binding(&mut self, b: &Binding, name: &str, at: u32) -> Var {
        let dst = self.new_var();
        match b.storage {
            Storage::Local(v) => {
                if b.func != self.fi() {
                    // Only in the analysis run: the binding will be captured.
                    self.emit(Inst::Const { dst, value: Const::Undefined });
                    return dst;
                }
                self.emit(Inst::Move { dst, src: v });
            }
            Storage::Env { env, slot } => {
                let depth = self.env_depth(env);
                self.emit(Inst::LoadEnv { dst, depth, slot });
            }
            Storage::Global => {
                // A missing global throws a ReferenceError here.
                self.pos_at(at);
                let id = self.str_id_of(name);
                self.emit(Inst::GetGlobal { dst, name: id });
                return dst;
            }
        }
        if self.needs_tdz(b, at) {
            let id = self.str_id_of(name);
            // The ReferenceError is reported at the reference.
            self.pos_at(at);
            self.emit(Inst::CheckTdz { var: dst, name: id });
        }
        dst
    }

    fn needs_tdz(&self, b: &Binding, at: u32) -> bool {
        matches!(b.kind, BindKind::Let | BindKind::Const)
            && (b.func != self.fi() || at < b.decl_end || b.in_switch || self.initializing.contains(&b.key))
    }

    /// Initialises a binding (no TDZ or const check).
    fn init_binding(&mut self, b: &Binding, val: Var) {
        match b.storage {
            Storage::Local(v) => {
                if b.func == self.fi() {
                    self.emit(Inst::Move { dst: v, src: val });
                }
            }
            Storage::Env { env, slot } => {
                let depth = self.env_depth(env);
                self.emit(Inst::StoreEnv { depth, slot, src: val });
            }
            Storage::Global => {}
        }
    }

    /// Assigns to a name (PutValue on an identifier reference).
    fn assign_name(&mut self, name: &str, val: Var, at: u32) {
        match self.lookup(name) {
            Some(b) => {
                self.reassigned.insert(b.key);
                if at != u32::MAX {
                    self.note_reference(&b, at, name.len());
                }
                if b.kind == BindKind::FnSelf {
                    // Assignment to the name of a named function expression:
                    // ignored in sloppy code, TypeError in strict code.
                    if self.strict() {
                        self.const_assign_pos(name, at);
                        self.emit(Inst::ThrowConstAssign);
                    }
                    return;
                }
                if matches!(b.kind, BindKind::Let | BindKind::Const) && self.needs_tdz(&b, at) {
                    self.read_binding(&b, name, at);
                }
                if b.kind == BindKind::Const {
                    self.const_assign_pos(name, at);
                    self.emit(Inst::ThrowConstAssign);
                    return;
                }
                if let Storage::Global = b.storage {
                    let id = self.str_id_of(name);
                    let strict = self.strict();
                    self.emit(Inst::SetGlobal { name: id, val, strict });
                    return;
                }
                self.init_binding(&b, val);
            }
            None => {
                let id = self.str_id_of(name);
                let strict = self.strict();
                self.emit(Inst::SetGlobal { name: id, val, strict });
            }
        }
    }

    /// V8 reports an assignment to a constant at the token after the name
    /// (the assignment operator).
    fn const_assign_pos(&mut self, name: &str, at: u32) {
        if at != u32::MAX {
            self.pos_after(at as usize + name.len());
        }
    }

    /// Records a resolved reference for editors (analysis run only).
    fn note_reference(&mut self, b: &Binding, start: u32, len: usize) {
        if self.analysis {
            if let Some(&i) = self.decl_index.get(&b.key) {
                if start != b.key.0 {
                    self.symbols.references.push((start as usize, start as usize + len, i));
                }
            }
        }
    }

    fn read_name(&mut self, id: &ast::Ident) -> Var {
        let name = id.sym.as_ref();
        let at = self.off(id.span.lo);
        let found = self.lookup(name);
        if let Some(b) = &found {
            self.note_reference(b, at, name.len());
        }
        match found {
            Some(b) => self.read_binding(&b, name, at),
            None => {
                if name == "undefined" {
                    // The global `undefined` is non-writable and non-configurable.
                    return self.undefined();
                }
                if self.analysis {
                    let (s, e) = self.span_range(id.span);
                    self.unresolved.push((name.to_string(), s, e));
                }
                let dst = self.new_var();
                let nid = self.str_id_of(name);
                self.emit(Inst::GetGlobal { dst, name: nid });
                dst
            }
        }
    }

    /// The nearest non-arrow function's implicit binding (`this`,
    /// `arguments`, `new.target`), capturing it if an arrow is in between.
    fn implicit(&mut self, kind: u8) -> Var {
        let cur = self.fi();
        let mut fi = cur;
        while fi > 0 && self.funcs[fi].arrow {
            fi -= 1;
        }
        let key = (self.funcs[fi].key, kind);
        self.used.insert(key);
        if fi != cur {
            self.captured.insert(key);
        }
        let name = match kind {
            KEY_THIS => "this",
            KEY_ARGUMENTS => "arguments",
            _ => "new.target",
        };
        let b = self.funcs[fi].scopes.iter().find_map(|s| s.bindings.get(name)).cloned();
        match b {
            Some(b) => self.read_binding(&b, name, u32::MAX),
            None => self.undefined(),
        }
    }

    // ----------------------------------------------------------------------
    // Functions

    fn begin_function(&mut self, key: u32, strict: bool, arrow: bool) {
        let env_base = self.env_chain.len();
        self.funcs.push(FnState {
            blocks: vec![Block { insts: Vec::new(), term: Term::Unreachable, handler: None }],
            cur: 0,
            vars: 1, // v0 is the environment
            scopes: Vec::new(),
            targets: Vec::new(),
            finallies: Vec::new(),
            handler: None,
            strict,
            arrow,
            key,
            env_base,
            this_var: 0,
            pending_labels: Vec::new(),
            func_id: None,
            annexb: HashSet::default(),
            var_scope: 0,
            derived_ctor: false,
            new_target_var: None,
            generator_body: false,
            is_async: false,
            async_generator: false,
        });
        self.emit(Inst::LoadCalleeEnv);
    }

    fn end_function(&mut self, name: &str, params: u32, constructor: bool, sp: swc_common::Span) -> Function {
        let u = self.undefined();
        self.terminate(Term::Return(u));
        while !self.f().scopes.is_empty() {
            let s = self.f().scopes.pop().unwrap();
            if s.env.is_some() {
                self.env_chain.pop();
            }
        }
        let st = self.funcs.pop().expect("function");
        debug_assert_eq!(self.env_chain.len(), st.env_base);
        let name_const = self.str_id_of(name);
        // (The analysis run's functions are discarded: no positions needed.)
        let (line, col) = if self.analysis { (0, 0) } else { self.line_col(self.off(sp.lo) as usize) };
        Function {
            name: name.to_string(),
            params,
            vars: st.vars,
            blocks: st.blocks,
            strict: st.strict,
            arrow: st.arrow,
            constructor,
            generator: false,
        is_async: false,
            name_const,
            line,
            col,
            file: self.cur_file,
        }
    }

    /// Declares the implicit bindings of a non-arrow function.
    fn declare_implicits(&mut self, key: u32, sp: swc_common::Span, this_is_global: bool, mapped_arguments: bool) {
        let strict = self.strict();
        // this
        let this_key = (key, KEY_THIS);
        let raw = self.new_var();
        self.emit(Inst::This { dst: raw });
        let this_val = if this_is_global || strict || !self.used.contains(&this_key) {
            raw
        } else {
            let v = self.new_var();
            self.emit(Inst::SloppyThis { dst: v, src: raw });
            v
        };
        self.f().this_var = this_val;
        let b = self.declare_key("this", this_key, BindKind::Implicit, 0, sp);
        self.init_binding(&b, this_val);
        // arguments
        let args_key = (key, KEY_ARGUMENTS);
        if mapped_arguments {
            // Created after the parameters, which it aliases.
        } else if self.used.contains(&args_key) {
            let v = self.new_var();
            self.emit(Inst::Arguments { dst: v, strict });
            let b = self.declare_key("arguments", args_key, BindKind::Implicit, 0, sp);
            self.init_binding(&b, v);
        } else if self.analysis {
            self.declare_key("arguments", args_key, BindKind::Implicit, 0, sp);
        }
        // new.target
        let nt_key = (key, KEY_NEW_TARGET);
        if self.used.contains(&nt_key) || self.analysis {
            // (A class constructor read it first: calls since may have
            // changed the context's copy.)
            let v = match self.f().new_target_var {
                Some(v) => v,
                None => {
                    let v = self.new_var();
                    self.emit(Inst::NewTarget { dst: v });
                    v
                }
            };
            let b = self.declare_key("new.target", nt_key, BindKind::Implicit, 0, sp);
            self.init_binding(&b, v);
        }
    }

    /// Collects the function-scope declarations, pushes the function scope
    /// and instantiates everything (10.2.11 FunctionDeclarationInstantiation).
    fn function_prologue(&mut self, key: u32, sp: swc_common::Span, params: &[&ast::Pat], body: &[ast::Stmt], arrow: bool, self_name: Option<&ast::Ident>) {
        // A named function expression binds its own name in a scope of its own.
        if let Some(id) = self_name {
            let decls = [(id, BindKind::FnSelf, id.span.hi)];
            self.push_scope(&decls, false);
            let b = self.lookup(id.sym.as_ref()).expect("self name");
            let dst = self.new_var();
            self.emit(Inst::Callee { dst });
            self.init_binding(&b, dst);
        }
        let mut vars: Vec<&ast::Ident> = Vec::new();
        collect_vars(body, &mut vars);
        let lexical = collect_lexical(body);
        let funcs = collect_functions(body);
        let mut decls: Vec<(&ast::Ident, BindKind)> = Vec::new();
        for p in params {
            for id in pat_name_list(p) {
                decls.push((id, BindKind::Param));
            }
        }
        // B.3.2.1 step 29 / B.3.2.2: sloppy code gives qualifying block-level
        // functions a var binding too (not a parameter's name, nor
        // `arguments`, nor a name the body declares lexically).
        let annexb: Vec<&ast::FnDecl> = if self.strict() {
            Vec::new()
        } else {
            annexb_functions(body)
                .into_iter()
                .filter(|f| {
                    let n = f.ident.sym.as_ref();
                    n != "arguments" && !decls.iter().any(|(id, _)| id.sym == *n) && !lexical.iter().any(|(id, _, _)| id.sym == *n)
                })
                .collect()
        };
        // Implicit bindings are declared through `declare_key`; count them as
        // captured-capable by pushing the scope first, then adding.
        // 10.2.11 step 18-22: sloppy functions with simple parameter lists
        // get a mapped arguments object; its parameters live in the
        // environment so that both names see every write.
        let mut names = HashSet::default();
        let simple = params.iter().all(|p| pat_ident(p).is_some_and(|id| names.insert(String::from(&*id.sym))));
        let mapped_arguments = !arrow
            && !self.strict()
            && simple
            && !params.is_empty()
            && self.funcs.len() > 1
            && self.used.contains(&(key, KEY_ARGUMENTS));
        if mapped_arguments {
            for p in params {
                let id = pat_ident(p).unwrap();
                self.captured.insert((self.off(id.span.lo), KEY_DECL));
            }
        }
        let implicit_captured = !arrow
            && [KEY_THIS, KEY_ARGUMENTS, KEY_NEW_TARGET].iter().any(|k| self.captured.contains(&(key, *k)));
        let fi = self.fi();
        let mut scope = Scope { bindings: HashMap::default(), env: None, env_slots: 0, is_switch: false };
        let mut all_keys: Vec<BindKey> = Vec::new();
        for (id, _) in &decls {
            all_keys.push((self.off(id.span.lo), KEY_DECL));
        }
        for id in &vars {
            all_keys.push((self.off(id.span.lo), KEY_DECL));
        }
        for (id, _, _) in &lexical {
            all_keys.push((self.off(id.span.lo), KEY_DECL));
        }
        for fd in &funcs {
            all_keys.push((self.off(fd.ident.span.lo), KEY_DECL));
        }
        for fd in &annexb {
            all_keys.push((self.off(fd.ident.span.lo), KEY_ANNEXB));
        }
        let env_count = all_keys.iter().filter(|k| self.captured.contains(k)).count()
            + if implicit_captured { 3 } else { 0 };
        if env_count > 0 {
            self.emit(Inst::PushEnv { size: env_count as u32 });
            self.env_chain.push(fi);
            scope.env = Some(self.env_chain.len() - 1);
        }
        self.f().scopes.push(scope);
        self.f().var_scope = self.f().scopes.len() - 1;
        if !arrow {
            let top_script = self.funcs.len() == 1 && self.goal == Goal::Script;
            self.declare_implicits(key, sp, top_script, mapped_arguments);
            // A method's [[HomeObject]], for `super.x` (also from arrows).
            let home_key = (key, KEY_HOME);
            if self.used.contains(&home_key) || self.analysis {
                let v = self.new_var();
                self.emit(Inst::HomeObject { dst: v });
                let b = self.declare_key(HOME, home_key, BindKind::Implicit, 0, sp);
                self.init_binding(&b, v);
            }
        }
        let global_top = self.funcs.len() == 1 && self.goal == Goal::Script;
        // Parameters.
        for (i, p) in params.iter().enumerate() {
            match p {
                ast::Pat::Ident(b) => {
                    let b = self.declare(&b.id, BindKind::Param);
                    let v = self.new_var();
                    self.emit(Inst::Param { dst: v, index: i as u32 });
                    self.init_binding(&b, v);
                }
                // 10.2.11 step 26: a default applies when the argument is undefined.
                ast::Pat::Assign(a) if pat_ident(&a.left).is_some() => {
                    let id = pat_ident(&a.left).unwrap();
                    let b = self.declare(id, BindKind::Param);
                    let v = self.new_var();
                    self.emit(Inst::Param { dst: v, index: i as u32 });
                    let u = self.undefined();
                    let is_undef = self.new_var();
                    self.emit(Inst::Binary { op: BinOp::StrictEq, dst: is_undef, a: v, b: u });
                    let dflt = self.new_block();
                    let join = self.new_block();
                    self.terminate(Term::Branch { cond: is_undef, then: dflt, els: join });
                    self.switch_to(dflt);
                    let d = self.expr_named(&a.right, id.sym.as_ref());
                    self.emit(Inst::Move { dst: v, src: d });
                    self.terminate(Term::Jump(join));
                    self.switch_to(join);
                    self.init_binding(&b, v);
                }
                ast::Pat::Rest(r) if pat_ident(&r.arg).is_some() => {
                    let b = self.declare(pat_ident(&r.arg).unwrap(), BindKind::Param);
                    let v = self.new_var();
                    self.emit(Inst::RestArgs { dst: v, start: i as u32 });
                    self.init_binding(&b, v);
                }
                // 10.2.11 step 26 IteratorBindingInitialization of patterns
                // (8.6.3): defaults, then BindingInitialization.
                ast::Pat::Rest(r) => {
                    for id in pat_name_list(&r.arg) {
                        self.declare(id, BindKind::Param);
                    }
                    let v = self.new_var();
                    self.emit(Inst::RestArgs { dst: v, start: i as u32 });
                    self.bind_pattern(&r.arg, v, PatMode::Init, Origin::Value);
                }
                _ => {
                    for id in pat_name_list(p) {
                        self.declare(id, BindKind::Param);
                    }
                    let v = self.new_var();
                    self.emit(Inst::Param { dst: v, index: i as u32 });
                    let (target, dflt) = split_default(p);
                    let v = match dflt {
                        Some(d) => self.apply_default(v, d, None),
                        None => v,
                    };
                    self.bind_pattern(target, v, PatMode::Init, Origin::Value);
                }
            }
        }
        if mapped_arguments {
            let first = pat_ident(params[0]).unwrap();
            let first_slot = match self.lookup(first.sym.as_ref()).map(|b| b.storage) {
                Some(Storage::Env { slot, .. }) => slot,
                _ => unreachable!("mapped parameters are captured"),
            };
            let dst = self.new_var();
            self.emit(Inst::MappedArguments { dst, first_slot, nparams: params.len() as u32 });
            let b = self.declare_key("arguments", (key, KEY_ARGUMENTS), BindKind::Implicit, 0, sp);
            self.init_binding(&b, dst);
        }
        // var declarations: undefined unless already a parameter.
        for id in &vars {
            if global_top {
                let name = self.str_id_of(id.sym.as_ref());
                self.emit(Inst::DeclareGlobalVar { name });
                self.bind_global(id.sym.as_ref());
                continue;
            }
            let exists = self.f().scopes.last().unwrap().bindings.contains_key(id.sym.as_ref());
            let b = self.declare(id, BindKind::Var);
            if !exists {
                let u = self.undefined();
                self.init_binding(&b, u);
            }
        }
        // Annex B var bindings: undefined unless the name is already a var
        // or a function of the body (whose value the block's declaration
        // then replaces when evaluated).
        for fd in &annexb {
            let name = fd.ident.sym.as_ref();
            let at = self.off(fd.ident.span.lo);
            self.f().annexb.insert(at);
            if global_top {
                if !self.f().scopes.last().unwrap().bindings.contains_key(name) {
                    let n = self.str_id_of(name);
                    self.emit(Inst::DeclareGlobalVar { name: n });
                    self.bind_global(name);
                }
                continue;
            }
            match self.f().scopes.last().unwrap().bindings.get(name).cloned() {
                Some(b) => {
                    self.reassigned.insert(b.key);
                }
                None => {
                    let b = self.declare_key(name, (at, KEY_ANNEXB), BindKind::Var, 0, fd.ident.span);
                    self.reassigned.insert(b.key);
                    let u = self.undefined();
                    self.init_binding(&b, u);
                }
            }
        }
        // Lexical declarations start uninitialised (TDZ).
        for (id, kind, end) in &lexical {
            let b = self.declare_until(id, *kind, *end);
            let h = self.constant(Const::Hole);
            self.init_binding(&b, h);
        }
        // Function declarations are initialised on entry.
        self.instantiate_functions(&funcs, global_top);
    }

    fn bind_global(&mut self, name: &str) {
        let fi = self.fi();
        self.f().scopes.last_mut().unwrap().bindings.insert(
            name.to_string(),
            Binding { storage: Storage::Global, kind: BindKind::Var, key: (u32::MAX, KEY_DECL), decl_end: 0, func: fi, in_switch: false },
        );
    }

    fn instantiate_functions(&mut self, funcs: &[&ast::FnDecl], global: bool) {
        for fd in funcs {
            let name = String::from(&*fd.ident.sym);
            if global {
                self.bind_global(&name);
            } else if !self.f().scopes.last().unwrap().bindings.contains_key(&name) {
                self.declare(&fd.ident, BindKind::Function);
            }
        }
        // Reserve the functions' ids first, so that calls between them (in
        // either order) can be direct.
        let first_id = self.module.functions.len() as FuncId;
        for (i, fd) in funcs.iter().enumerate() {
            self.module.functions.push(placeholder_function());
            if global || self.analysis {
                continue;
            }
            if let Some(b) = self.lookup(fd.ident.sym.as_ref()) {
                if b.kind == BindKind::Function && !self.reassigned.contains(&b.key) {
                    if self.direct.insert(b.key, first_id + i as FuncId).is_some() {
                        // Two declarations of one name: the last one wins at run time.
                        self.reassigned.insert(b.key);
                        self.direct.remove(&b.key);
                    }
                }
            }
        }
        for (i, fd) in funcs.iter().enumerate() {
            let name = String::from(&*fd.ident.sym);
            let f = self.lower_function_reserved(&fd.function, &name, first_id + i as FuncId);
            if global {
                let id = self.str_id_of(&name);
                self.emit(Inst::DeclareGlobalFunction { name: id, func: f });
            } else {
                let b = self.lookup(&name).expect("declared");
                self.init_binding(&b, f);
            }
        }
    }

    fn lower_function_reserved(&mut self, func: &ast::Function, name: &str, id: FuncId) -> Var {
        let Some(body) = self.function_body(func) else { return self.undefined() };
        let params: Vec<&ast::Pat> = func.params.iter().map(|p| &p.pat).collect();
        self.lower_function_at(Some(id), func.span, &params, body, name, None, false, true)
    }

    /// The body of a function node: a generator's is lowered as a closure
    /// of its own (`generator_body`). Async functions are unsupported.
    fn function_body<'f>(&mut self, func: &'f ast::Function) -> Option<FnBody<'f>> {
        let stmts: &[ast::Stmt] = func.body.as_ref().map(|b| b.stmts.as_slice()).unwrap_or(&[]);
        Some(match &func.body {
            Some(b) if func.is_generator && func.is_async => FnBody::AsyncGenerator(b.span.lo, stmts),
            Some(b) if func.is_generator => FnBody::Generator(b.span.lo, stmts),
            Some(b) if func.is_async => FnBody::Async(b.span.lo, stmts),
            _ => FnBody::Block(stmts),
        })
    }

    /// 15.5.2 EvaluateGeneratorBody: after FunctionDeclarationInstantiation
    /// (the prologue, already emitted), create the generator object. The
    /// statements become a closure with arrow semantics (`this`,
    /// `arguments`, `new.target` and `super` are the generator function's)
    /// and no declarations of its own: every binding of the body lives in
    /// the generator function's scopes, which the closure captures. The
    /// generator object runs the closure on its own stack
    /// (`runtime/src/coroutine.rs`).
    fn suspendable_body(&mut self, lo: swc_common::BytePos, sp: swc_common::Span, body: Suspendable, name: &str) {
        self.module.functions.push(placeholder_function());
        let id = (self.module.functions.len() - 1) as FuncId;
        let key = self.off(lo);
        let strict = self.strict();
        let annexb = self.f().annexb.clone();
        self.begin_function(key, strict, true);
        self.f().func_id = Some(id);
        self.f().generator_body = true;
        self.f().is_async = !matches!(body, Suspendable::Generator(_));
        self.f().async_generator = matches!(body, Suspendable::AsyncGenerator(_));
        self.f().annexb = annexb;
        self.function_prologue(key, sp, &[], &[], true, None);
        match body {
            Suspendable::Generator(stmts) | Suspendable::Async(stmts) | Suspendable::AsyncGenerator(stmts) => self.lower_stmts(stmts),
            Suspendable::AsyncExpr(e) => {
                let v = self.expr(e);
                self.terminate(Term::Return(v));
                self.after_terminator();
            }
        }
        let f = self.end_function(name, 0, false, sp);
        self.module.functions[id as usize] = f;
        let closure = self.new_var();
        self.emit(Inst::Closure { dst: closure, func: id });
        let r = self.new_var();
        self.pos(sp);
        if let Suspendable::Generator(_) | Suspendable::AsyncGenerator(_) = body {
            let callee = self.new_var();
            self.emit(Inst::Callee { dst: callee });
            let f = if let Suspendable::Generator(_) = body { "kiln_generator_create" } else { "kiln_async_generator_create" };
            self.emit(Inst::RtCall { dst: r, f, args: vec![closure, callee] });
        } else {
            // Position 0:0: the body's frames already name the function
            // (stack walks skip frames at line 0).
            self.emit(Inst::Pos { line: 0, col: 0 });
            self.emit(Inst::RtCall { dst: r, f: "kiln_async_start", args: vec![closure] });
        }
        self.terminate(Term::Return(r));
        self.after_terminator();
    }

    /// 15.8.5 `await UnaryExpression` (27.7.5.3 Await).
    fn await_expr(&mut self, a: &ast::AwaitExpr) -> Var {
        let v = self.expr(&a.arg);
        let dst = self.new_var();
        self.pos(a.span);
        self.emit(Inst::RtCall { dst, f: "kiln_await", args: vec![v] });
        dst
    }

    /// 15.5.5 `yield` and `yield*`: the runtime suspends the generator; a
    /// resumption by `return()` continues as a `return` statement here.
    fn yield_expr(&mut self, y: &ast::YieldExpr) -> Var {
        let v = match &y.arg {
            Some(a) => self.expr(a),
            None => self.undefined(),
        };
        let dst = self.new_var();
        self.pos(y.span);
        let f = if y.delegate { "kiln_yield_star" } else { "kiln_yield" };
        self.emit(Inst::RtCall { dst, f, args: vec![v] });
        let is_return = self.new_var();
        self.emit(Inst::RtCall { dst: is_return, f: "kiln_resume_is_return", args: vec![] });
        let ret = self.new_block();
        let cont = self.new_block();
        self.terminate(Term::Branch { cond: is_return, then: ret, els: cont });
        self.switch_to(ret);
        self.do_return(dst);
        self.switch_to(cont);
        dst
    }

    /// Lowers a function (declaration, expression or method) and returns a
    /// variable holding the new closure.
    fn lower_function_node(&mut self, func: &ast::Function, name: &str, self_name: Option<&ast::Ident>) -> Var {
        self.lower_function_kind(func, name, self_name, true)
    }

    fn lower_function_kind(&mut self, func: &ast::Function, name: &str, self_name: Option<&ast::Ident>, constructor: bool) -> Var {
        let Some(body) = self.function_body(func) else { return self.undefined() };
        let params: Vec<&ast::Pat> = func.params.iter().map(|p| &p.pat).collect();
        self.lower_function_at(None, func.span, &params, body, name, self_name, false, constructor)
    }

    #[allow(clippy::too_many_arguments)]
    fn lower_function_at(
        &mut self,
        reserved: Option<FuncId>,
        sp: swc_common::Span,
        params: &[&ast::Pat],
        body: FnBody,
        name: &str,
        self_name: Option<&ast::Ident>,
        arrow: bool,
        constructor: bool,
    ) -> Var {
        let id = match reserved {
            Some(id) => id,
            None => {
                self.module.functions.push(placeholder_function());
                (self.module.functions.len() - 1) as FuncId
            }
        };
        let stmts: &[ast::Stmt] = match body {
            FnBody::Block(s) | FnBody::Generator(_, s) | FnBody::Async(_, s) | FnBody::AsyncGenerator(_, s) => s,
            FnBody::Expr(_) | FnBody::AsyncExpr(_) => &[],
        };
        let generator = matches!(body, FnBody::Generator(..) | FnBody::AsyncGenerator(..));
        let is_async = matches!(body, FnBody::Async(..) | FnBody::AsyncExpr(_) | FnBody::AsyncGenerator(..));
        let strict = self.strict() || has_use_strict(stmts);
        let key = self.off(sp.lo);
        self.begin_function(key, strict, arrow);
        self.f().func_id = Some(id);
        // 15.8.4 EvaluateAsyncFunctionBody step 3: an exception while the
        // parameters are bound rejects the function's promise.
        let param_handler = if is_async && !generator {
            let h = self.new_block();
            self.f().handler = Some(h);
            let b = self.new_block();
            self.terminate(Term::Jump(b));
            self.switch_to(b);
            Some(h)
        } else {
            None
        };
        self.function_prologue(key, sp, params, stmts, arrow, self_name);
        match body {
            FnBody::Block(s) => self.lower_stmts(s),
            FnBody::Generator(lo, s) => self.suspendable_body(lo, sp, Suspendable::Generator(s), name),
            FnBody::Async(lo, s) => self.suspendable_body(lo, sp, Suspendable::Async(s), name),
            FnBody::AsyncGenerator(lo, s) => self.suspendable_body(lo, sp, Suspendable::AsyncGenerator(s), name),
            FnBody::AsyncExpr(e) => self.suspendable_body(e.span().lo, sp, Suspendable::AsyncExpr(e), name),
            FnBody::Expr(e) => {
                let v = self.expr(e);
                self.terminate(Term::Return(v));
                self.after_terminator();
            }
        }
        if let Some(h) = param_handler {
            self.f().handler = None;
            self.switch_to(h);
            let e = self.new_var();
            self.emit(Inst::TakeException { dst: e });
            let p = self.new_var();
            self.emit(Inst::RtCall { dst: p, f: "kiln_async_reject", args: vec![e] });
            self.terminate(Term::Return(p));
            self.after_terminator();
        }
        // 10.2.9 SetFunctionLength: parameters before the first default/rest.
        let nparams = params.iter().take_while(|p| !matches!(p, ast::Pat::Assign(_) | ast::Pat::Rest(_))).count() as u32;
        let mut f = self.end_function(name, nparams, constructor && !arrow && !generator && !is_async, sp);
        f.generator = generator;
        f.is_async = is_async;
        self.module.functions[id as usize] = f;
        let dst = self.new_var();
        self.emit(Inst::Closure { dst, func: id });
        dst
    }

    fn lower_top(&mut self, program: &ast::Program, path: &str) {
        self.module.file_const = self.str_id_of(path);
        if !self.analysis {
            self.module.source = self.source.to_string();
        }
        let stmts: std::borrow::Cow<[ast::Stmt]> = match program {
            ast::Program::Script(s) => std::borrow::Cow::Borrowed(&s.body),
            ast::Program::Module(m) => {
                let mut out = Vec::new();
                for item in &m.body {
                    match item {
                        ast::ModuleItem::Stmt(s) => out.push(s.clone()),
                        ast::ModuleItem::ModuleDecl(d) => {
                            // A module alone, for editors (`check_as`): resolve what
                            // the declaration binds and uses. Module graphs are
                            // compiled by `lower_modules`.
                            if !self.analysis {
                                self.unsupported("an ES module outside its module graph", d.span());
                            }
                            module_decl_as_stmts(d, &mut out);
                        }
                    }
                }
                std::borrow::Cow::Owned(out)
            }
        };
        let sp = program.span();
        let strict = has_use_strict(&stmts) || matches!(program, ast::Program::Module(_));
        self.module.functions.push(Function {
            name: String::new(),
            params: 0,
            vars: 0,
            blocks: Vec::new(),
            strict,
            arrow: false,
            constructor: false,
            generator: false,
        is_async: false,
            name_const: 0,
            line: 0,
            col: 0,
            file: 0,
        });
        let key = self.off(sp.lo);
        self.begin_function(key, strict, false);
        // CommonJS: the module wrapper (exports, require, module, __filename, __dirname).
        let cjs_params: Vec<ast::Pat> = if self.goal == Goal::CommonJs {
            ["exports", "require", "module", "__filename", "__dirname"]
                .iter()
                .enumerate()
                .map(|(i, n)| {
                    // Synthetic positions past the end of the file keep their keys unique.
                    let lo = swc_common::BytePos(self.base + self.source.len() as u32 + 1 + i as u32);
                    ast::Pat::Ident(ast::BindingIdent {
                        id: ast::Ident::new((*n).into(), swc_common::Span::new(lo, lo), Default::default()),
                        type_ann: None,
                    })
                })
                .collect()
        } else {
            Vec::new()
        };
        let params: Vec<&ast::Pat> = cjs_params.iter().collect();
        self.function_prologue(key, sp, &params, &stmts, false, None);
        self.lower_stmts(&stmts);
        // V8 names the CommonJS module function's frame this way.
        let top_name = if self.goal == Goal::CommonJs { "Object.<anonymous>" } else { "" };
        let f = self.end_function(top_name, params.len() as u32, false, sp);
        self.module.functions[0] = f;
    }

    // ----------------------------------------------------------------------
    // Statements

    fn lower_stmts(&mut self, stmts: &[ast::Stmt]) {
        for s in stmts {
            self.stmt(s);
        }
    }

    fn block_scoped(&mut self, stmts: &[ast::Stmt], is_switch: bool) -> bool {
        let lexical = collect_lexical(stmts);
        let funcs = collect_functions(stmts);
        if lexical.is_empty() && funcs.is_empty() {
            return false;
        }
        let mut decls = lexical.clone();
        for f in &funcs {
            decls.push((&f.ident, BindKind::Function, f.ident.span.hi));
        }
        self.push_scope(&decls, is_switch);
        for (id, kind, _) in &lexical {
            if matches!(kind, BindKind::Let | BindKind::Const) {
                let b = self.lookup(id.sym.as_ref()).expect("declared");
                let h = self.constant(Const::Hole);
                self.init_binding(&b, h);
            }
        }
        self.instantiate_functions(&funcs, false);
        true
    }

    /// B.3.3 FunctionDeclarations in IfStatement clauses: a function
    /// declaration as an `if` clause (sloppy code) behaves as if it were
    /// the only statement of a block.
    fn if_clause(&mut self, s: &ast::Stmt) {
        if let ast::Stmt::Decl(ast::Decl::Fn(_)) = s {
            let scoped = self.block_scoped(std::slice::from_ref(s), false);
            self.stmt(s);
            if scoped {
                self.pop_scope();
            }
        } else {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &ast::Stmt) {
        use ast::Stmt::*;
        let labels = std::mem::take(&mut self.f().pending_labels);
        match s {
            Block(b) => {
                let has_labels = !labels.is_empty();
                let brk = if has_labels { Some(self.new_block()) } else { None };
                if let Some(brk) = brk {
                    self.push_target(labels, brk, None, false);
                }
                let scoped = self.block_scoped(&b.stmts, false);
                self.lower_stmts(&b.stmts);
                if scoped {
                    self.pop_scope();
                }
                if let Some(brk) = brk {
                    self.f().targets.pop();
                    self.terminate(Term::Jump(brk));
                    self.switch_to(brk);
                }
            }
            Empty(_) | Debugger(_) => {}
            Expr(e) => {
                self.expr(&e.expr);
            }
            Decl(d) => self.decl(d),
            Return(r) => {
                let v = match &r.arg {
                    // 14.10.1: in an async generator, `return x` awaits x.
                    Some(e) if self.f().async_generator => {
                        let v = self.expr(e);
                        let dst = self.new_var();
                        self.pos(r.span);
                        self.emit(Inst::RtCall { dst, f: "kiln_await", args: vec![v] });
                        dst
                    }
                    Some(e) => self.expr(e),
                    None => self.undefined(),
                };
                self.do_return(v);
            }
            If(i) => {
                let labelled = !labels.is_empty();
                let then_b = self.new_block();
                let else_b = self.new_block();
                let join = self.new_block();
                self.branch_on(&i.test, then_b, else_b);
                if labelled {
                    self.push_target(labels, join, None, false);
                }
                self.switch_to(then_b);
                self.if_clause(&i.cons);
                self.terminate(Term::Jump(join));
                self.switch_to(else_b);
                if let Some(a) = &i.alt {
                    self.if_clause(a);
                }
                self.terminate(Term::Jump(join));
                if labelled {
                    self.f().targets.pop();
                }
                self.switch_to(join);
            }
            While(w) => {
                let head = self.new_block();
                let body = self.new_block();
                let exit = self.new_block();
                self.terminate(Term::Jump(head));
                self.switch_to(head);
                self.branch_on(&w.test, body, exit);
                self.switch_to(body);
                self.push_target(labels, exit, Some(head), true);
                self.stmt(&w.body);
                self.f().targets.pop();
                self.terminate(Term::Jump(head));
                self.switch_to(exit);
            }
            DoWhile(w) => {
                let body = self.new_block();
                let test = self.new_block();
                let exit = self.new_block();
                self.terminate(Term::Jump(body));
                self.switch_to(body);
                self.push_target(labels, exit, Some(test), true);
                self.stmt(&w.body);
                self.f().targets.pop();
                self.terminate(Term::Jump(test));
                self.switch_to(test);
                self.branch_on(&w.test, body, exit);
                self.switch_to(exit);
            }
            For(f) => self.for_stmt(f, labels),
            ForIn(f) => self.for_in_of(&f.left, &f.right, &f.body, labels, true),
            ForOf(f) if f.is_await => self.for_in_of_kind(&f.left, &f.right, &f.body, labels, false, true),
            ForOf(f) => self.for_in_of(&f.left, &f.right, &f.body, labels, false),
            Labeled(l) => {
                let mut labels = labels;
                labels.push(String::from(&*l.label.sym));
                self.f().pending_labels = labels;
                self.stmt(&l.body);
                self.f().pending_labels.clear();
            }
            Break(b) => self.break_continue(b.label.as_ref(), false, b.span),
            Continue(c) => self.break_continue(c.label.as_ref(), true, c.span),
            Throw(t) => {
                let v = self.expr(&t.arg);
                self.pos(t.span);
                self.terminate(Term::Throw(v));
                self.after_terminator();
            }
            Switch(sw) => self.switch_stmt(sw, labels),
            Try(t) => self.try_stmt(t, labels),
            With(w) => self.unsupported("the with statement", w.span),
        }
    }

    fn decl(&mut self, d: &ast::Decl) {
        match d {
            ast::Decl::Var(v) => self.var_decl(v),
            // Hoisted; in sloppy code the evaluation of a qualifying
            // block-level declaration copies its value to the var binding
            // (B.3.2.1 step 29.a.ii.3 / B.3.2.2).
            ast::Decl::Fn(f) => {
                let at = self.off(f.ident.span.lo);
                if !self.f().annexb.contains(&at) {
                    return;
                }
                let name = f.ident.sym.to_string();
                let Some(b) = self.lookup(&name) else { return };
                let v = self.read_binding(&b, &name, u32::MAX);
                // A generator body's var scope is its generator function's.
                let fi = self.funcs.len() - if self.f().generator_body { 2 } else { 1 };
                let vs = self.funcs[fi].var_scope;
                match self.funcs[fi].scopes[vs].bindings.get(&name).cloned() {
                    Some(target) if !matches!(target.storage, Storage::Global) => self.init_binding(&target, v),
                    _ => {
                        let n = self.str_id_of(&name);
                        self.emit(Inst::SetGlobal { name: n, val: v, strict: false });
                    }
                }
            }
            // 15.7.15 BindingClassDeclarationEvaluation
            ast::Decl::Class(c) => {
                let name = c.ident.sym.to_string();
                let v = self.class_def(&c.class, Some(&c.ident), &name);
                // (A class where only a statement may be is an early error,
                // K0013, and has no binding of its own.)
                if let Some(b) = self.lookup(&name) {
                    self.init_binding(&b, v);
                }
            }
            other => self.unsupported("this declaration", other.span()),
        }
    }

    fn var_decl(&mut self, v: &ast::VarDecl) {
        for d in &v.decls {
            let Some(id) = pat_ident(&d.name) else {
                // 14.3.3.1 / 14.3.1.2: BindingInitialization of the pattern
                // (`var` patterns assign; `let`/`const` initialise).
                let Some(init) = &d.init else { continue };
                let val = self.expr(init);
                let origin = self.origin_of(init);
                let mode = if v.kind == ast::VarDeclKind::Var { PatMode::Assign } else { PatMode::Init };
                self.bind_pattern(&d.name, val, mode, origin);
                continue;
            };
            let name = String::from(&*id.sym);
            match v.kind {
                ast::VarDeclKind::Var => {
                    if let Some(init) = &d.init {
                        let val = self.expr_named(init, &name);
                        self.assign_name(&name, val, self.off(id.span.lo));
                    }
                }
                _ => {
                    let b = self.lookup(&name).expect("lexical binding declared at scope entry");
                    self.initializing.push(b.key);
                    let val = match &d.init {
                        Some(init) => self.expr_named(init, &name),
                        None => self.undefined(),
                    };
                    self.initializing.pop();
                    self.init_binding(&b, val);
                }
            }
        }
    }

    fn push_target(&mut self, labels: Vec<String>, brk: BlockId, cont: Option<BlockId>, breakable: bool) {
        let env_count = self.env_chain.len();
        let finally_depth = self.f().finallies.len();
        self.f().targets.push(JumpTarget { labels, break_block: brk, continue_block: cont, breakable, env_count, finally_depth, iter: None, iter_async: false });
    }

    fn break_continue(&mut self, label: Option<&ast::Ident>, is_continue: bool, sp: swc_common::Span) {
        let f = self.funcs.last().unwrap();
        let found = f.targets.iter().enumerate().rev().find(|(_, t)| match label {
            Some(l) => t.labels.iter().any(|x| x == l.sym.as_ref()) && (!is_continue || t.continue_block.is_some()),
            None => {
                if is_continue {
                    t.continue_block.is_some()
                } else {
                    t.breakable
                }
            }
        });
        let Some((idx, _)) = found else {
            let what = if is_continue { "continue" } else { "break" };
            let msg = match label {
                Some(l) => format!("Undefined label '{}'", l.sym),
                None => format!("Illegal {what} statement"),
            };
            self.early_error("K0003", msg, sp);
            return;
        };
        self.jump_to_target(idx, is_continue);
        self.after_terminator();
    }

    /// Jumps to a break/continue target, running intervening `finally`
    /// blocks and popping environments.
    fn jump_to_target(&mut self, idx: usize, is_continue: bool) {
        let (fdepth, env_count, dest) = {
            let t = &self.f().targets[idx];
            (t.finally_depth, t.env_count, if is_continue { t.continue_block.unwrap() } else { t.break_block })
        };
        // Leaving for-of loops closes their iterators (innermost first), up
        // to the innermost enclosing finally; the rest close after it runs.
        let first = if is_continue { idx + 1 } else { idx };
        let boundary = if self.f().finallies.len() > fdepth { self.f().finallies.last().unwrap().targets_len } else { 0 };
        self.close_iterators(first.max(boundary));
        if self.f().finallies.len() > fdepth {
            let fin = self.f().finallies.len() - 1;
            let route = {
                let fc = &mut self.f().finallies[fin];
                fc.routes.push(Route::Jump { target: idx, is_continue });
                fc.routes.len() - 1
            };
            self.enter_finally(fin, 3 + route as i32, None);
            return;
        }
        for _ in env_count..self.env_chain.len() {
            self.emit(Inst::PopEnv);
        }
        self.terminate(Term::Jump(dest));
    }

    fn enter_finally(&mut self, fin: usize, kind: i32, val: Option<Var>) {
        let (kv, vv, entry, env_count) = {
            let fc = &self.f().finallies[fin];
            (fc.kind_var, fc.val_var, fc.entry, fc.env_count)
        };
        let k = self.constant(Const::Number(kind as f64));
        self.emit(Inst::Move { dst: kv, src: k });
        if let Some(v) = val {
            self.emit(Inst::Move { dst: vv, src: v });
        }
        for _ in env_count..self.env_chain.len() {
            self.emit(Inst::PopEnv);
        }
        self.terminate(Term::Jump(entry));
    }

    /// Emits IteratorClose for every for-of target at index `from` and above.
    fn close_iterators(&mut self, from: usize) {
        let targets = &self.f().targets;
        let iters: Vec<(Var, bool)> = targets[from.min(targets.len())..].iter().rev().filter_map(|t| t.iter.map(|i| (i, t.iter_async))).collect();
        for (iter, is_async) in iters {
            if is_async {
                self.async_iterator_close(iter, true);
            } else {
                self.emit(Inst::IteratorClose { iter });
            }
        }
    }

    /// 7.4.13 AsyncIteratorClose: call `return()` if the loop is not done
    /// and the iterator has one, await its result and (for a normal
    /// completion, `check`) require an object.
    fn async_iterator_close(&mut self, iter: Var, check: bool) {
        let r = self.new_var();
        self.emit(Inst::RtCall { dst: r, f: "kiln_async_iter_return", args: vec![iter] });
        let call = self.new_block();
        let done = self.new_block();
        self.terminate(Term::BranchHole { var: r, hole: done, other: call });
        self.switch_to(call);
        let a = self.new_var();
        self.emit(Inst::RtCall { dst: a, f: "kiln_await", args: vec![r] });
        if check {
            let u = self.new_var();
            self.emit(Inst::RtCall { dst: u, f: "kiln_async_iter_check", args: vec![a] });
        }
        self.terminate(Term::Jump(done));
        self.switch_to(done);
    }

    fn do_return(&mut self, v: Var) {
        // 10.2.2 [[Construct]] steps 10–12 for a derived constructor.
        let v = if self.f().derived_ctor {
            let this = self.this_raw();
            let dst = self.new_var();
            self.emit(Inst::DerivedReturn { dst, val: v, this });
            dst
        } else {
            v
        };
        let boundary = self.f().finallies.last().map(|f| f.targets_len).unwrap_or(0);
        self.close_iterators(boundary);
        if !self.f().finallies.is_empty() {
            let fin = self.f().finallies.len() - 1;
            self.f().finallies[fin].routes.push(Route::Return);
            let route = self.f().finallies[fin].routes.len() - 1;
            self.enter_finally(fin, 3 + route as i32, Some(v));
        } else {
            self.terminate(Term::Return(v));
        }
        self.after_terminator();
    }

    fn for_stmt(&mut self, f: &ast::ForStmt, labels: Vec<String>) {
        // 14.7.4.2 ForLoopEvaluation with per-iteration let bindings.
        let mut scoped = false;
        let mut per_iteration = false;
        if let Some(init) = &f.init {
            match init {
                ast::VarDeclOrExpr::VarDecl(v) if v.kind != ast::VarDeclKind::Var => {
                    let kind = if v.kind == ast::VarDeclKind::Const { BindKind::Const } else { BindKind::Let };
                    let decls: Vec<LexDecl> = v
                        .decls
                        .iter()
                        .flat_map(|d| pat_name_list(&d.name).into_iter().map(move |i| (i, kind, d.span.hi.max(i.span.hi))))
                        .collect();
                    self.push_scope(&decls, false);
                    scoped = true;
                    per_iteration = kind == BindKind::Let && self.f().scopes.last().unwrap().env.is_some();
                    for (id, _, _) in &decls {
                        let b = self.lookup(id.sym.as_ref()).unwrap();
                        let h = self.constant(Const::Hole);
                        self.init_binding(&b, h);
                    }
                    self.var_decl(v);
                }
                ast::VarDeclOrExpr::VarDecl(v) => self.var_decl(v),
                ast::VarDeclOrExpr::Expr(e) => {
                    self.expr(e);
                }
            }
        }
        let head = self.new_block();
        let body = self.new_block();
        let update = self.new_block();
        let exit = self.new_block();
        if per_iteration {
            self.emit(Inst::CloneEnv);
        }
        self.terminate(Term::Jump(head));
        self.switch_to(head);
        match &f.test {
            Some(t) => self.branch_on(t, body, exit),
            None => self.terminate(Term::Jump(body)),
        }
        self.switch_to(body);
        self.push_target(labels, exit, Some(update), true);
        self.stmt(&f.body);
        self.f().targets.pop();
        self.terminate(Term::Jump(update));
        self.switch_to(update);
        if per_iteration {
            self.emit(Inst::CloneEnv);
        }
        if let Some(u) = &f.update {
            self.expr(u);
        }
        self.terminate(Term::Jump(head));
        self.switch_to(exit);
        if scoped {
            self.pop_scope();
        }
    }

    /// 14.7.5.6-7 ForIn/OfHeadEvaluation and ForIn/OfBodyEvaluation: one
    /// loop over for-in keys (`iterate_keys`) or for-of values. A for-of
    /// target remembers its iterator, closed when a jump leaves the loop.
    fn for_in_of(&mut self, left: &ast::ForHead, right: &ast::Expr, body_stmt: &ast::Stmt, labels: Vec<String>, iterate_keys: bool) {
        self.for_in_of_kind(left, right, body_stmt, labels, iterate_keys, false)
    }

    /// for-in, for-of and (`is_await`) for-await-of (14.7.5.6
    /// ForIn/OfHeadEvaluation, 14.7.5.7 ForIn/OfBodyEvaluation).
    #[allow(clippy::too_many_arguments)]
    fn for_in_of_kind(&mut self, left: &ast::ForHead, right: &ast::Expr, body_stmt: &ast::Stmt, labels: Vec<String>, iterate_keys: bool, is_await: bool) {
        let obj = self.expr(right);
        let iter = self.new_var();
        if is_await {
            self.emit(Inst::RtCall { dst: iter, f: "kiln_get_async_iterator", args: vec![obj] });
        } else {
            self.emit(if iterate_keys { Inst::ForInStart { dst: iter, obj } } else { Inst::GetIterator { dst: iter, obj } });
        }
        let head = self.new_block();
        let body = self.new_block();
        let exit = self.new_block();
        self.terminate(Term::Jump(head));
        self.switch_to(head);
        let val = self.new_var();
        if is_await {
            // Step 6.a-e: Await(Call(next)), an object, done or its value.
            let r = self.new_var();
            self.emit(Inst::RtCall { dst: r, f: "kiln_async_iter_next", args: vec![iter] });
            let a = self.new_var();
            self.emit(Inst::RtCall { dst: a, f: "kiln_await", args: vec![r] });
            self.emit(Inst::RtCall { dst: val, f: "kiln_async_iter_value", args: vec![iter, a] });
        } else {
            self.emit(if iterate_keys { Inst::ForInNext { dst: val, iter } } else { Inst::IteratorNext { dst: val, iter } });
        }
        self.terminate(Term::BranchHole { var: val, hole: exit, other: body });
        self.switch_to(body);
        self.push_target(labels, exit, Some(head), true);
        // 14.7.5.7 ForIn/OfBodyEvaluation steps 6.i and 6.l: an abrupt
        // (throw) completion of the head's binding or of the body closes
        // the iterator (IteratorClose with a throw completion).
        let close = if iterate_keys { None } else { Some(self.begin_iterator_guard(iter)) };
        if !iterate_keys {
            let t = self.f().targets.last_mut().unwrap();
            t.iter = Some(iter);
            t.iter_async = is_await;
        }
        let Some(scoped) = self.bind_for_head(left, val) else {
            self.f().targets.pop();
            if let Some(g) = close {
                self.end_iterator_guard_kind(g, iter, is_await);
            }
            return;
        };
        self.stmt(body_stmt);
        if scoped {
            self.pop_scope();
        }
        self.f().targets.pop();
        self.terminate(Term::Jump(head));
        if let Some(g) = close {
            self.end_iterator_guard_kind(g, iter, is_await);
        }
        self.switch_to(exit);
    }

    /// Binds the head of a for-in/for-of loop to `val` (14.7.5.7 steps
    /// for `var`, `let`/`const` and assignment targets). Returns whether it
    /// pushed a per-iteration scope, or None after reporting an unsupported
    /// pattern.
    fn bind_for_head(&mut self, left: &ast::ForHead, val: Var) -> Option<bool> {
        match left {
            ast::ForHead::VarDecl(v) => {
                let d = v.decls.first()?;
                let Some(id) = pat_ident(&d.name) else {
                    // 14.7.5.7 step h: a pattern in the head.
                    if v.kind == ast::VarDeclKind::Var {
                        self.bind_pattern(&d.name, val, PatMode::Assign, Origin::Value);
                        return Some(false);
                    }
                    let kind = if v.kind == ast::VarDeclKind::Const { BindKind::Const } else { BindKind::Let };
                    let decls: Vec<LexDecl> = pat_name_list(&d.name).into_iter().map(|i| (i, kind, d.span.hi.max(i.span.hi))).collect();
                    self.push_scope(&decls, false);
                    self.bind_pattern(&d.name, val, PatMode::Init, Origin::Value);
                    return Some(true);
                };
                if v.kind == ast::VarDeclKind::Var {
                    self.assign_name(id.sym.as_ref(), val, u32::MAX);
                    return Some(false);
                }
                let kind = if v.kind == ast::VarDeclKind::Const { BindKind::Const } else { BindKind::Let };
                self.push_scope(&[(id, kind, id.span.hi)], false);
                let b = self.lookup(id.sym.as_ref()).unwrap();
                self.init_binding(&b, val);
                Some(true)
            }
            ast::ForHead::Pat(p) => {
                match &**p {
                    ast::Pat::Ident(id) => self.assign_name(id.id.sym.as_ref(), val, u32::MAX),
                    ast::Pat::Expr(e) => self.assign_to_expr(e, val),
                    other => self.bind_pattern(other, val, PatMode::Assign, Origin::Value),
                }
                Some(false)
            }
            ast::ForHead::UsingDecl(u) => {
                self.unsupported("using declarations", u.span);
                None
            }
        }
    }

    /// Evaluates a condition and branches on it; a relational or strict
    /// equality comparison branches on the comparison itself.
    fn branch_on(&mut self, test: &ast::Expr, then: BlockId, els: BlockId) {
        let mut e = test;
        while let ast::Expr::Paren(p) = e {
            e = &p.expr;
        }
        if let ast::Expr::Bin(b) = e {
            let op = match b.op {
                ast::BinaryOp::Lt => Some(BinOp::Lt),
                ast::BinaryOp::LtEq => Some(BinOp::Le),
                ast::BinaryOp::Gt => Some(BinOp::Gt),
                ast::BinaryOp::GtEq => Some(BinOp::Ge),
                ast::BinaryOp::EqEqEq => Some(BinOp::StrictEq),
                ast::BinaryOp::NotEqEq => Some(BinOp::StrictNe),
                _ => None,
            };
            if let Some(op) = op {
                let a = self.expr(&b.left);
                let c = self.expr(&b.right);
                if op.may_throw() {
                    self.operator_pos(b);
                }
                self.terminate(Term::BranchCmp { op, a, b: c, then, els });
                return;
            }
        }
        let c = self.expr(test);
        self.terminate(Term::Branch { cond: c, then, els });
    }

    fn switch_stmt(&mut self, sw: &ast::SwitchStmt, labels: Vec<String>) {
        let d = self.expr(&sw.discriminant);
        let all: Vec<ast::Stmt> = sw.cases.iter().flat_map(|c| c.cons.iter().cloned()).collect();
        let scoped = self.block_scoped(&all, true);
        let exit = self.new_block();
        let bodies: Vec<BlockId> = sw.cases.iter().map(|_| self.new_block()).collect();
        let mut default = None;
        for (i, c) in sw.cases.iter().enumerate() {
            match &c.test {
                Some(t) => {
                    let v = self.expr(t);
                    let eq = self.new_var();
                    self.emit(Inst::Binary { op: BinOp::StrictEq, dst: eq, a: d, b: v });
                    let next = self.new_block();
                    self.terminate(Term::Branch { cond: eq, then: bodies[i], els: next });
                    self.switch_to(next);
                }
                None => default = Some(bodies[i]),
            }
        }
        self.terminate(Term::Jump(default.unwrap_or(exit)));
        self.push_target(labels, exit, None, true);
        for (i, c) in sw.cases.iter().enumerate() {
            self.switch_to(bodies[i]);
            self.lower_stmts(&c.cons);
            let next = bodies.get(i + 1).copied().unwrap_or(exit);
            self.terminate(Term::Jump(next));
        }
        self.f().targets.pop();
        self.switch_to(exit);
        if scoped {
            self.pop_scope();
        }
    }

    fn try_stmt(&mut self, t: &ast::TryStmt, labels: Vec<String>) {
        let exit = self.new_block();
        let labelled = !labels.is_empty();
        if labelled {
            self.push_target(labels, exit, None, false);
        }
        let saved_env = self.new_var();
        self.emit(Inst::Move { dst: saved_env, src: ENV_VAR });
        let outer_handler = self.f().handler;
        let env_count = self.env_chain.len();

        // finally context
        let fin_ctx = if t.finalizer.is_some() {
            let kind_var = self.new_var();
            let val_var = self.new_var();
            let entry = self.new_block();
            let targets_len = self.f().targets.len();
            self.f().finallies.push(FinallyCtx { kind_var, val_var, entry, routes: Vec::new(), env_count, targets_len });
            Some(self.f().finallies.len() - 1)
        } else {
            None
        };
        // Where exceptions from the catch body go (the finally's throw path).
        let fin_throw = fin_ctx.map(|_| {
            let b = self.new_block();
            b
        });

        let catch_entry = t.handler.as_ref().map(|_| {
            self.f().handler = fin_throw.or(outer_handler);
            let b = self.new_block();
            b
        });
        // try block
        self.f().handler = catch_entry.or(fin_throw);
        let try_b = self.new_block();
        self.terminate(Term::Jump(try_b));
        self.switch_to(try_b);
        let scoped = self.block_scoped(&t.block.stmts, false);
        self.lower_stmts(&t.block.stmts);
        if scoped {
            self.pop_scope();
        }
        self.f().handler = fin_throw.or(outer_handler);
        self.normal_completion(fin_ctx, exit);

        // catch
        if let (Some(h), Some(cb)) = (&t.handler, catch_entry) {
            self.switch_to(cb);
            self.emit(Inst::Move { dst: ENV_VAR, src: saved_env });
            let exc = self.new_var();
            self.emit(Inst::TakeException { dst: exc });
            let mut scoped = false;
            if let Some(p) = &h.param {
                match pat_ident(p) {
                    Some(id) => {
                        self.push_scope(&[(id, BindKind::CatchParam, id.span.hi)], false);
                        scoped = true;
                        let b = self.lookup(id.sym.as_ref()).unwrap();
                        self.init_binding(&b, exc);
                    }
                    None => {
                        // 14.15.2 CatchClauseEvaluation: BindingInitialization of the pattern.
                        let decls: Vec<LexDecl> = pat_name_list(p).into_iter().map(|i| (i, BindKind::CatchParam, i.span.hi)).collect();
                        self.push_scope(&decls, false);
                        scoped = true;
                        self.bind_pattern(p, exc, PatMode::Init, Origin::Value);
                    }
                }
            }
            let bscoped = self.block_scoped(&h.body.stmts, false);
            self.lower_stmts(&h.body.stmts);
            if bscoped {
                self.pop_scope();
            }
            if scoped {
                self.pop_scope();
            }
            self.normal_completion(fin_ctx, exit);
        }
        self.f().handler = outer_handler;

        // finally
        if let (Some(fin), Some(ft), Some(body)) = (fin_ctx, fin_throw, &t.finalizer) {
            // Throw path: record the exception and run the finally block.
            self.switch_to(ft);
            self.f().blocks[ft as usize].handler = outer_handler;
            self.emit(Inst::Move { dst: ENV_VAR, src: saved_env });
            let exc = self.new_var();
            self.emit(Inst::TakeException { dst: exc });
            self.enter_finally(fin, 2, Some(exc));
            let ctx = self.f().finallies.pop().unwrap();
            self.switch_to(ctx.entry);
            self.f().blocks[ctx.entry as usize].handler = outer_handler;
            let scoped = self.block_scoped(&body.stmts, false);
            self.lower_stmts(&body.stmts);
            if scoped {
                self.pop_scope();
            }
            // Dispatch on the completion kind.
            let k = ctx.kind_var;
            let next_check = |this: &mut Self, kind: i32| -> (BlockId, BlockId) {
                let c = this.constant(Const::Number(kind as f64));
                let eq = this.new_var();
                this.emit(Inst::Binary { op: BinOp::StrictEq, dst: eq, a: k, b: c });
                let yes = this.new_block();
                let no = this.new_block();
                this.terminate(Term::Branch { cond: eq, then: yes, els: no });
                (yes, no)
            };
            let (normal, rest) = next_check(self, 0);
            self.switch_to(normal);
            self.terminate(Term::Jump(exit));
            self.switch_to(rest);
            let (thr, rest) = next_check(self, 2);
            self.switch_to(thr);
            self.terminate(Term::Throw(ctx.val_var));
            self.switch_to(rest);
            for (i, r) in ctx.routes.iter().enumerate() {
                let (yes, no) = next_check(self, 3 + i as i32);
                self.switch_to(yes);
                match r {
                    Route::Return => {
                        let v = ctx.val_var;
                        self.do_return(v);
                    }
                    Route::Jump { target, is_continue } => {
                        self.jump_to_target(*target, *is_continue);
                    }
                }
                self.switch_to(no);
            }
            self.terminate(Term::Jump(exit));
        }
        if labelled {
            self.f().targets.pop();
        }
        self.switch_to(exit);
    }

    fn normal_completion(&mut self, fin_ctx: Option<usize>, exit: BlockId) {
        match fin_ctx {
            Some(fin) => self.enter_finally(fin, 0, None),
            None => self.terminate(Term::Jump(exit)),
        }
    }

    // ----------------------------------------------------------------------
    // Expressions

    /// NamedEvaluation (8.4.5): anonymous functions take the binding's name.
    fn expr_named(&mut self, e: &ast::Expr, name: &str) -> Var {
        match e {
            ast::Expr::Fn(f) if f.ident.is_none() => self.lower_function_node(&f.function, name, None),
            ast::Expr::Arrow(a) => self.arrow(a, name),
            ast::Expr::Class(c) if c.ident.is_none() => self.class_def(&c.class, None, name),
            ast::Expr::Paren(p) => self.expr_named(&p.expr, name),
            _ => self.expr(e),
        }
    }

    fn arrow(&mut self, a: &ast::ArrowExpr, name: &str) -> Var {
        if a.is_generator {
            self.unsupported("generator arrow functions", a.span);
            return self.undefined();
        }
        let params: Vec<&ast::Pat> = a.params.iter().collect();
        let body = match (&*a.body, a.is_async) {
            (ast::ArrowFunctionBody::FunctionBody(b), false) => FnBody::Block(&b.stmts),
            (ast::ArrowFunctionBody::Expr(e), false) => FnBody::Expr(e),
            (ast::ArrowFunctionBody::FunctionBody(b), true) => FnBody::Async(b.span.lo, &b.stmts),
            (ast::ArrowFunctionBody::Expr(e), true) => FnBody::AsyncExpr(e),
        };
        self.lower_function_at(None, a.span, &params, body, name, None, true, false)
    }

    fn prop_key(&mut self, k: &ast::PropName) -> Var {
        match k {
            ast::PropName::Ident(i) => self.string_const(i.sym.as_ref()),
            // (The analysis run's constants are discarded.)
            ast::PropName::Str(_) if self.analysis => self.constant(Const::Undefined),
            ast::PropName::Str(s) => {
                let u: Vec<u16> = s.value.to_ill_formed_utf16().collect();
                let id = self.str_id(&u);
                self.constant(Const::Str(id))
            }
            ast::PropName::Num(n) => self.constant(Const::Number(n.value)),
            ast::PropName::Computed(c) => {
                let v = self.expr(&c.expr);
                // ToPropertyKey happens when defining.
                v
            }
            ast::PropName::BigInt(b) => {
                self.unsupported("BigInt", b.span);
                self.undefined()
            }
        }
    }

    fn prop_key_name(k: &ast::PropName) -> Option<String> {
        match k {
            ast::PropName::Ident(i) => Some(String::from(&*i.sym)),
            ast::PropName::Str(s) => Some(s.value.to_string_lossy().into_owned()),
            ast::PropName::Num(n) => Some(crate::number_key(n.value)),
            _ => None,
        }
    }

    fn member_key(&mut self, prop: &ast::MemberProp) -> MKey {
        match prop {
            ast::MemberProp::Ident(i) => {
                if self.analysis {
                    // Only names the key in discarded KIR (an identifier is never an array index).
                    return MKey::Named(0);
                }
                let s = units(i.sym.as_ref());
                if kiln_runtime::string::parse_array_index(&s).is_some() {
                    return MKey::Value(self.string_const(i.sym.as_ref()));
                }
                MKey::Named(self.str_id(&s))
            }
            ast::MemberProp::Computed(c) => MKey::Value(self.expr(&c.expr)),
            // 13.3.1 MakePrivateReference: the name resolves lexically.
            ast::MemberProp::PrivateName(p) => MKey::Private(self.private_name(p)),
        }
    }

    /// 9.2.1.2 ResolvePrivateIdentifier: the Private Name `#x` bound by the
    /// innermost enclosing class that declares it (an undeclared one is
    /// an early error reported by `early.rs`).
    fn private_name(&mut self, p: &ast::PrivateName) -> Var {
        match self.lookup(&format!("#{}", p.name)) {
            Some(b) => self.read_raw(&b),
            None => self.undefined(),
        }
    }

    fn get_member(&mut self, obj: Var, prop: &ast::MemberProp) -> Var {
        let key = self.member_key(prop);
        // A TypeError from the access points at the property, as in V8.
        self.pos(prop.span());
        self.get_key(obj, key)
    }

    fn expr(&mut self, e: &ast::Expr) -> Var {
        use ast::Expr::*;
        match e {
            This(_) => self.implicit(KEY_THIS),
            Ident(id) => self.read_name(id),
            Lit(l) => self.lit(l),
            Paren(p) => self.expr(&p.expr),
            Tpl(t) => self.template(t),
            TaggedTpl(t) => self.tagged_template(t),
            Array(a) => {
                // 13.2.4.1 ArrayAccumulation: fixed elements up to the first
                // spread, then appends.
                let mut elems = Vec::new();
                let mut rest = a.elems.len();
                for (i, el) in a.elems.iter().enumerate() {
                    match el {
                        None => elems.push(self.constant(Const::Hole)),
                        Some(ast::ExprOrSpread { spread: Some(_), .. }) => {
                            rest = i;
                            break;
                        }
                        Some(ast::ExprOrSpread { expr, .. }) => elems.push(self.expr(expr)),
                    }
                }
                let dst = self.new_var();
                self.emit(Inst::NewArray { dst, elems });
                for el in &a.elems[rest..] {
                    match el {
                        None => {
                            let h = self.constant(Const::Hole);
                            self.emit(Inst::ArrayPush { arr: dst, val: h });
                        }
                        Some(ast::ExprOrSpread { spread, expr }) => {
                            let v = self.expr(expr);
                            if spread.is_some() {
                                self.emit(Inst::SpreadAppend { arr: dst, iterable: v });
                            } else {
                                self.emit(Inst::ArrayPush { arr: dst, val: v });
                            }
                        }
                    }
                }
                dst
            }
            Object(o) => self.object_lit(o),
            Fn(f) => {
                let name = f.ident.as_ref().map(|i| String::from(&*i.sym)).unwrap_or_default();
                self.lower_function_node(&f.function, &name, f.ident.as_ref())
            }
            Arrow(a) => self.arrow(a, ""),
            Unary(u) => self.unary(u),
            Update(u) => self.update(u),
            Bin(b) => self.binary(b),
            Assign(a) => self.assign(a),
            Member(m) => {
                let obj = self.expr(&m.obj);
                self.get_member(obj, &m.prop)
            }
            Cond(c) => {
                let dst = self.new_var();
                let yes = self.new_block();
                let no = self.new_block();
                let join = self.new_block();
                self.branch_on(&c.test, yes, no);
                self.switch_to(yes);
                let a = self.expr(&c.cons);
                self.emit(Inst::Move { dst, src: a });
                self.terminate(Term::Jump(join));
                self.switch_to(no);
                let b = self.expr(&c.alt);
                self.emit(Inst::Move { dst, src: b });
                self.terminate(Term::Jump(join));
                self.switch_to(join);
                dst
            }
            Call(c) => self.call(c),
            New(n) => {
                let callee = self.expr(&n.callee);
                let args = self.args(n.args.as_deref().unwrap_or(&[]));
                let dst = self.new_var();
                let name = self.source_text(n.callee.span()).map(|t| self.str_id_of(&t));
                self.pos(n.span);
                match args {
                    Ok(args) => self.emit(Inst::New { dst, callee, args, name }),
                    Err(arr) => self.emit(Inst::NewSpread { dst, callee, arr, name }),
                }
                dst
            }
            Seq(s) => {
                let mut last = None;
                for e in &s.exprs {
                    last = Some(self.expr(e));
                }
                last.unwrap_or_else(|| self.undefined())
            }
            MetaProp(m) => match m.kind {
                ast::MetaPropKind::NewTarget => self.implicit(KEY_NEW_TARGET),
                // 13.3.12.1: the module's [[ImportMeta]] object.
                ast::MetaPropKind::ImportMeta => match self.lookup(IMPORT_META) {
                    Some(b) => self.read_binding(&b, IMPORT_META, u32::MAX),
                    None => {
                        self.unsupported("import.meta outside a module graph", m.span);
                        self.undefined()
                    }
                },
            },
            OptChain(o) => self.opt_chain(o),
            Class(c) => {
                let name = c.ident.as_ref().map(|i| i.sym.to_string()).unwrap_or_default();
                self.class_def(&c.class, c.ident.as_ref(), &name)
            }
            SuperProp(sp) => {
                let (home, key, this) = self.super_ref(sp);
                let dst = self.new_var();
                self.pos(sp.span);
                self.emit(Inst::SuperGet { dst, home, key, this });
                dst
            }
            Yield(y) => self.yield_expr(y),
            Await(a) if self.f().is_async => self.await_expr(a),
            other => {
                let what = match other {
                    Await(_) => "await",
                    SuperProp(_) => "super",
                    _ => "this expression",
                };
                self.unsupported(what, other.span());
                self.undefined()
            }
        }
    }

    fn lit(&mut self, l: &ast::Lit) -> Var {
        match l {
            // (The analysis run's constants are discarded.)
            ast::Lit::Str(_) if self.analysis => self.constant(Const::Undefined),
            ast::Lit::Str(s) => {
                let u: Vec<u16> = s.value.to_ill_formed_utf16().collect();
                let id = self.str_id(&u);
                self.constant(Const::Str(id))
            }
            ast::Lit::Num(n) => self.constant(Const::Number(n.value)),
            ast::Lit::Bool(b) => self.constant(Const::Bool(b.value)),
            ast::Lit::Null(_) => self.constant(Const::Null),
            ast::Lit::Regex(r) => {
                let pattern = self.str_id_of(r.exp.as_ref());
                let flags = self.str_id_of(r.flags.as_ref());
                let dst = self.new_var();
                self.emit(Inst::RegExp { dst, pattern, flags });
                dst
            }
            ast::Lit::BigInt(b) => {
                self.unsupported("BigInt", b.span);
                self.undefined()
            }
            other => {
                self.unsupported("JSX", other.span());
                self.undefined()
            }
        }
    }

    /// 13.3.11 Tagged Templates: the tag (with its `this` for a member
    /// expression), then 13.2.8.4 GetTemplateObject (one frozen object per
    /// site, `kiln_template_object` keyed by file and offset), then the
    /// substitutions, then the call.
    fn tagged_template(&mut self, t: &ast::TaggedTpl) -> Var {
        let text = if self.analysis { None } else { self.source_text(t.tag.span()).map(|s| self.str_id_of(&s)) };
        let mut inner = &*t.tag;
        while let ast::Expr::Paren(p) = inner {
            inner = &p.expr;
        }
        let (f, this) = match inner {
            ast::Expr::Member(m) if !matches!(m.prop, ast::MemberProp::PrivateName(_)) => {
                let obj = self.expr(&m.obj);
                let key = self.member_key(&m.prop);
                self.pos(m.prop.span());
                (self.get_key(obj, key), obj)
            }
            _ => {
                let f = self.expr(&t.tag);
                (f, self.undefined())
            }
        };
        let mut cooked = Vec::new();
        let mut raw = Vec::new();
        for q in &t.tpl.quasis {
            cooked.push(match &q.cooked {
                // An invalid escape leaves the cooked string undefined
                // (12.9.6 NotEscapeSequence, TV is undefined).
                _ if has_not_escape_sequence(&q.raw) => self.undefined(),
                None => self.undefined(),
                Some(c) => {
                    let u: Vec<u16> = c.to_ill_formed_utf16().collect();
                    let id = self.str_id(&u);
                    self.constant(Const::Str(id))
                }
            });
            let u: Vec<u16> = q.raw.encode_utf16().collect();
            let id = self.str_id(&u);
            raw.push(self.constant(Const::Str(id)));
        }
        let c = self.new_var();
        self.emit(Inst::NewArray { dst: c, elems: cooked });
        let r = self.new_var();
        self.emit(Inst::NewArray { dst: r, elems: raw });
        let (line, col) = if self.analysis { (0, 0) } else { self.line_col(self.off(t.tpl.span.lo) as usize) };
        // The site's key: its file and position (unique in a program).
        let file = self.module.files.get(self.cur_file as usize).map(|f| f.path_const).unwrap_or(self.module.file_const);
        let path = self.module.strings.get(file as usize).map(|u| String::from_utf16_lossy(u)).unwrap_or_default();
        let site = self.string_const(&format!("template site {path}:{line}:{col}"));
        let tpl = self.new_var();
        self.emit(Inst::RtCall { dst: tpl, f: "kiln_template_object", args: vec![site, c, r] });
        let mut args = vec![tpl];
        for e in &t.tpl.exprs {
            args.push(self.expr(e));
        }
        let dst = self.new_var();
        self.pos(t.span);
        self.emit(Inst::Call { dst, callee: f, this, args, name: text });
        dst
    }

    fn template(&mut self, t: &ast::Tpl) -> Var {
        // 13.2.8.6 TemplateLiteral evaluation: ToString of each substitution.
        let first: Vec<u16> = t.quasis[0].cooked.as_ref().map(|c| c.to_ill_formed_utf16().collect()).unwrap_or_default();
        let id = self.str_id(&first);
        let mut acc = self.constant(Const::Str(id));
        for (i, e) in t.exprs.iter().enumerate() {
            let v = self.expr(e);
            let s = self.new_var();
            self.emit(Inst::Unary { op: UnOp::ToString, dst: s, a: v });
            let n = self.new_var();
            self.emit(Inst::Binary { op: BinOp::Add, dst: n, a: acc, b: s });
            acc = n;
            let q: Vec<u16> = t.quasis[i + 1].cooked.as_ref().map(|c| c.to_ill_formed_utf16().collect()).unwrap_or_default();
            if !q.is_empty() {
                let id = self.str_id(&q);
                let qv = self.constant(Const::Str(id));
                let n = self.new_var();
                self.emit(Inst::Binary { op: BinOp::Add, dst: n, a: acc, b: qv });
                acc = n;
            }
        }
        acc
    }

    fn object_lit(&mut self, o: &ast::ObjectLit) -> Var {
        let obj = self.new_var();
        self.emit(Inst::NewObject { dst: obj });
        for p in &o.props {
            let prop = match p {
                ast::PropOrSpread::Spread(s) => {
                    // 13.2.5.5 PropertyDefinitionEvaluation: CopyDataProperties.
                    let src = self.expr(&s.expr);
                    self.emit(Inst::CopyDataProperties { obj, src });
                    continue;
                }
                ast::PropOrSpread::Prop(p) => p,
            };
            match &**prop {
                ast::Prop::KeyValue(kv) => {
                    let is_proto = match &kv.key {
                        ast::PropName::Ident(i) => i.sym.as_ref() == "__proto__",
                        ast::PropName::Str(s) => s.value.as_str() == Some("__proto__"),
                        _ => false,
                    };
                    if is_proto {
                        let val = self.expr(&kv.value);
                        self.emit(Inst::SetProtoLiteral { obj, val });
                        continue;
                    }
                    let key = self.prop_key(&kv.key);
                    let name = Self::prop_key_name(&kv.key).unwrap_or_default();
                    let val = self.expr_named(&kv.value, &name);
                    self.emit(Inst::DefineField { obj, key, val });
                }
                ast::Prop::Shorthand(id) => {
                    let key = self.string_const(id.sym.as_ref());
                    let val = self.read_name(id);
                    self.emit(Inst::DefineField { obj, key, val });
                }
                ast::Prop::Method(m) => {
                    let key = self.prop_key(&m.key);
                    let name = Self::prop_key_name(&m.key).unwrap_or_default();
                    let val = self.lower_function_kind(&m.function, &name, None, false);
                    self.set_home(obj, val);
                    self.emit(Inst::DefineField { obj, key, val });
                }
                ast::Prop::Getter(g) => {
                    let key = self.prop_key(&g.key);
                    let name = format!("get {}", Self::prop_key_name(&g.key).unwrap_or_default());
                    let getter = self.lower_function_kind(&g.function, &name, None, false);
                    self.set_home(obj, getter);
                    let hole = self.constant(Const::Hole);
                    self.emit(Inst::DefineAccessor { obj, key, getter, setter: hole });
                }
                ast::Prop::Setter(s) => {
                    let key = self.prop_key(&s.key);
                    let name = format!("set {}", Self::prop_key_name(&s.key).unwrap_or_default());
                    let setter = self.lower_function_kind(&s.function, &name, None, false);
                    self.set_home(obj, setter);
                    let hole = self.constant(Const::Hole);
                    self.emit(Inst::DefineAccessor { obj, key, getter: hole, setter });
                }
                ast::Prop::Assign(a) => self.unsupported("this property", a.span()),
            }
        }
        obj
    }

    /// Argument values, or (with a spread) one array holding them all.
    fn args(&mut self, args: &[ast::ExprOrSpread]) -> Result<Vec<Var>, Var> {
        if args.iter().all(|a| a.spread.is_none()) {
            return Ok(args.iter().map(|a| self.expr(&a.expr)).collect());
        }
        let arr = self.new_var();
        self.emit(Inst::NewArray { dst: arr, elems: Vec::new() });
        for a in args {
            let v = self.expr(&a.expr);
            if a.spread.is_some() {
                self.emit(Inst::SpreadAppend { arr, iterable: v });
            } else {
                self.emit(Inst::ArrayPush { arr, val: v });
            }
        }
        Err(arr)
    }

    fn emit_call(&mut self, dst: Var, callee: Var, this: Var, args: Result<Vec<Var>, Var>, name: Option<StrId>) {
        match args {
            Ok(args) => self.emit(Inst::Call { dst, callee, this, args, name }),
            Err(arr) => self.emit(Inst::CallSpread { dst, callee, this, arr, name }),
        }
    }

    fn call(&mut self, c: &ast::CallExpr) -> Var {
        let callee = match &c.callee {
            ast::Callee::Expr(e) => e,
            ast::Callee::Super(_) => return self.super_call(c),
            ast::Callee::Import(i) => {
                self.unsupported("dynamic import", i.span);
                return self.undefined();
            }
        };
        // (The callee's text only names the callee in TypeErrors: not needed by the analysis run.)
        let text = if self.analysis { None } else { self.source_text(callee.span()).map(|t| self.str_id_of(&t)) };
        let mut inner = &**callee;
        while let ast::Expr::Paren(p) = inner {
            inner = &p.expr;
        }
        // `super.m(...)`: a method of the home object's prototype, called
        // with this `this`.
        if let ast::Expr::SuperProp(sp) = inner {
            let (home, key, this) = self.super_ref(sp);
            let f = self.new_var();
            self.pos(sp.span);
            self.emit(Inst::SuperGet { dst: f, home, key, this });
            let args = self.args(&c.args);
            let dst = self.new_var();
            self.pos(c.span);
            self.emit_call(dst, f, this, args, text);
            return dst;
        }
        if let ast::Expr::Member(m) = inner {
            let obj = self.expr(&m.obj);
            match self.member_key(&m.prop) {
                MKey::Named(name) => {
                    let args = self.args(&c.args);
                    let dst = self.new_var();
                    self.pos(m.prop.span()); // V8 reports a method call at its property
                    match args {
                        Ok(args) => self.emit(Inst::CallMethod { dst, obj, name, args, text }),
                        Err(arr) => {
                            let f = self.new_var();
                            self.emit(Inst::GetNamed { dst: f, obj, name });
                            self.emit(Inst::CallSpread { dst, callee: f, this: obj, arr, name: text });
                        }
                    }
                    return dst;
                }
                key => {
                    // (`obj.#m(...)`: 7.3.30 PrivateGet, then a call with `this` = obj.)
                    if matches!(key, MKey::Private(_)) {
                        self.pos(m.prop.span());
                    }
                    let f = self.get_key(obj, key);
                    let args = self.args(&c.args);
                    let dst = self.new_var();
                    self.pos(m.prop.span());
                    self.emit_call(dst, f, obj, args, text);
                    return dst;
                }
            }
        }
        let direct = match inner {
            ast::Expr::Ident(id) => self
                .lookup(id.sym.as_ref())
                .filter(|b| !self.reassigned.contains(&b.key))
                .and_then(|b| self.direct.get(&b.key).copied()),
            _ => None,
        };
        // A function declaration calling itself: its binding (never
        // reassigned, no TDZ) holds a closure of this function made in
        // this activation's environment, so the running closure serves.
        let f = if direct.is_some() && direct == self.f().func_id && !self.f().arrow {
            let f = self.new_var();
            self.emit(Inst::OwnClosure { dst: f });
            f
        } else {
            self.expr(callee)
        };
        let args = self.args(&c.args);
        let this = self.undefined();
        let dst = self.new_var();
        self.pos(c.span);
        match (direct, args) {
            (Some(func), Ok(args)) => self.emit(Inst::CallDirect { dst, func, callee: f, this, args }),
            (_, args) => self.emit_call(dst, f, this, args, text),
        }
        dst
    }

    fn opt_chain(&mut self, o: &ast::OptChainExpr) -> Var {
        // 13.3.9 Optional chains: short-circuit to undefined on nullish.
        let dst = self.new_var();
        let done = self.new_block();
        let u = self.undefined();
        self.emit(Inst::Move { dst, src: u });
        let v = self.opt_chain_inner(o, done);
        self.emit(Inst::Move { dst, src: v });
        self.terminate(Term::Jump(done));
        self.switch_to(done);
        dst
    }

    fn nullish_check(&mut self, v: Var, short: BlockId) {
        let n = self.constant(Const::Null);
        let eq = self.new_var();
        self.emit(Inst::Binary { op: BinOp::Eq, dst: eq, a: v, b: n });
        let cont = self.new_block();
        self.terminate(Term::Branch { cond: eq, then: short, els: cont });
        self.switch_to(cont);
    }

    fn opt_chain_inner(&mut self, o: &ast::OptChainExpr, short: BlockId) -> Var {
        match &*o.base {
            ast::OptChainBase::Member(m) => {
                let obj = self.chain_part(&m.obj, short);
                if o.optional {
                    self.nullish_check(obj, short);
                }
                self.get_member(obj, &m.prop)
            }
            ast::OptChainBase::Call(c) => {
                let (f, this) = match &*c.callee {
                    ast::Expr::Member(m) => {
                        let obj = self.chain_part(&m.obj, short);
                        (self.get_member(obj, &m.prop), obj)
                    }
                    ast::Expr::OptChain(inner) => {
                        if let ast::OptChainBase::Member(m) = &*inner.base {
                            let obj = self.chain_part(&m.obj, short);
                            if inner.optional {
                                self.nullish_check(obj, short);
                            }
                            (self.get_member(obj, &m.prop), obj)
                        } else {
                            let f = self.opt_chain_inner(inner, short);
                            let u = self.undefined();
                            (f, u)
                        }
                    }
                    other => {
                        let f = self.expr(other);
                        let u = self.undefined();
                        (f, u)
                    }
                };
                if o.optional {
                    self.nullish_check(f, short);
                }
                let args = self.args(&c.args);
                let dst = self.new_var();
                self.pos(c.span);
                self.emit_call(dst, f, this, args, None);
                dst
            }
        }
    }

    fn chain_part(&mut self, e: &ast::Expr, short: BlockId) -> Var {
        match e {
            ast::Expr::OptChain(o) => self.opt_chain_inner(o, short),
            _ => self.expr(e),
        }
    }

    fn unary(&mut self, u: &ast::UnaryExpr) -> Var {
        use ast::UnaryOp::*;
        match u.op {
            TypeOf => {
                if let ast::Expr::Ident(id) = &*u.arg {
                    if self.lookup(id.sym.as_ref()).is_none() && id.sym.as_ref() != "undefined" {
                        let dst = self.new_var();
                        let name = self.str_id_of(id.sym.as_ref());
                        self.emit(Inst::TypeofGlobal { dst, name });
                        return dst;
                    }
                }
                let a = self.expr(&u.arg);
                let dst = self.new_var();
                self.emit(Inst::Unary { op: UnOp::TypeOf, dst, a });
                dst
            }
            Void => {
                self.expr(&u.arg);
                self.undefined()
            }
            Delete => self.delete(&u.arg),
            _ => {
                let a = self.expr(&u.arg);
                let op = match u.op {
                    Minus => UnOp::Neg,
                    Plus => UnOp::Pos,
                    Bang => UnOp::Not,
                    Tilde => UnOp::BitNot,
                    _ => unreachable!(),
                };
                let dst = self.new_var();
                self.emit(Inst::Unary { op, dst, a });
                dst
            }
        }
    }

    fn delete(&mut self, arg: &ast::Expr) -> Var {
        // 13.5.1.2 delete UnaryExpression
        match arg {
            ast::Expr::Member(m) => {
                let obj = self.expr(&m.obj);
                let key = match self.member_key(&m.prop) {
                    MKey::Named(id) => self.constant(Const::Str(id)),
                    MKey::Value(k) => k,
                    // (An early error: private elements cannot be deleted.)
                    MKey::Private(_) => return self.constant(Const::Bool(true)),
                };
                let dst = self.new_var();
                let strict = self.strict();
                self.emit(Inst::Delete { dst, obj, key, strict });
                dst
            }
            ast::Expr::Paren(p) => self.delete(&p.expr),
            ast::Expr::Ident(id) => {
                if self.lookup(id.sym.as_ref()).is_some() {
                    return self.constant(Const::Bool(false));
                }
                // An unresolvable or global-object reference.
                let g = self.new_var();
                let gid = self.str_id_of("globalThis");
                self.emit(Inst::GetGlobal { dst: g, name: gid });
                let key = self.string_const(id.sym.as_ref());
                let dst = self.new_var();
                self.emit(Inst::Delete { dst, obj: g, key, strict: false });
                dst
            }
            other => {
                self.expr(other);
                self.constant(Const::Bool(true))
            }
        }
    }

    fn binop(op: ast::BinaryOp) -> Option<BinOp> {
        use ast::BinaryOp::*;
        Some(match op {
            EqEq => BinOp::Eq,
            NotEq => BinOp::Ne,
            EqEqEq => BinOp::StrictEq,
            NotEqEq => BinOp::StrictNe,
            Lt => BinOp::Lt,
            LtEq => BinOp::Le,
            Gt => BinOp::Gt,
            GtEq => BinOp::Ge,
            LShift => BinOp::Shl,
            RShift => BinOp::Sar,
            ZeroFillRShift => BinOp::Shr,
            Add => BinOp::Add,
            Sub => BinOp::Sub,
            Mul => BinOp::Mul,
            Div => BinOp::Div,
            Mod => BinOp::Mod,
            BitOr => BinOp::BitOr,
            BitXor => BinOp::BitXor,
            BitAnd => BinOp::BitAnd,
            In => BinOp::In,
            InstanceOf => BinOp::InstanceOf,
            Exp => BinOp::Exp,
            LogicalOr | LogicalAnd | NullishCoalescing => return None,
        })
    }

    /// Where a binary expression's operator is (V8 reports an exception
    /// thrown by the operation, e.g. from `valueOf`, there): the first
    /// character after the left operand that is not blank or a comment.
    fn operator_pos(&mut self, b: &ast::BinExpr) {
        let i = self.span_range(b.left.span()).1;
        self.pos_after(i);
    }

    /// `pos` of the first token at or after offset `i` (skipping white
    /// space and comments): where V8 puts an operator's position.
    fn pos_after(&mut self, mut i: usize) {
        let src = self.source.as_bytes();
        while i < src.len() {
            match src[i] {
                b' ' | b'\t' | b'\n' | b'\r' => i += 1,
                b'/' if src.get(i + 1) == Some(&b'/') => {
                    while i < src.len() && src[i] != b'\n' {
                        i += 1;
                    }
                }
                b'/' if src.get(i + 1) == Some(&b'*') => {
                    i += 2;
                    while i + 1 < src.len() && !(src[i] == b'*' && src[i + 1] == b'/') {
                        i += 1;
                    }
                    i += 2;
                }
                _ => break,
            }
        }
        self.pos_at(i as u32);
    }

    fn binary(&mut self, b: &ast::BinExpr) -> Var {
        // 13.10.1 RelationalExpression : PrivateIdentifier in ShiftExpression.
        if let (ast::BinaryOp::In, ast::Expr::PrivateName(n)) = (b.op, &*b.left) {
            let name = self.private_name(n);
            let obj = self.expr(&b.right);
            let dst = self.new_var();
            self.operator_pos(b);
            self.emit(Inst::RtCall { dst, f: "kiln_private_in", args: vec![name, obj] });
            return dst;
        }
        match Self::binop(b.op) {
            Some(op) => {
                let a = self.expr(&b.left);
                let c = self.expr(&b.right);
                let dst = self.new_var();
                if op.may_throw() {
                    self.operator_pos(b);
                }
                self.emit(Inst::Binary { op, dst, a, b: c });
                dst
            }
            None => {
                let dst = self.new_var();
                let l = self.expr(&b.left);
                self.emit(Inst::Move { dst, src: l });
                let rhs = self.new_block();
                let join = self.new_block();
                match b.op {
                    ast::BinaryOp::LogicalAnd => self.terminate(Term::Branch { cond: l, then: rhs, els: join }),
                    ast::BinaryOp::LogicalOr => self.terminate(Term::Branch { cond: l, then: join, els: rhs }),
                    _ => {
                        let n = self.constant(Const::Null);
                        let eq = self.new_var();
                        self.emit(Inst::Binary { op: BinOp::Eq, dst: eq, a: l, b: n });
                        self.terminate(Term::Branch { cond: eq, then: rhs, els: join });
                    }
                }
                self.switch_to(rhs);
                let r = self.expr(&b.right);
                self.emit(Inst::Move { dst, src: r });
                self.terminate(Term::Jump(join));
                self.switch_to(join);
                dst
            }
        }
    }

    /// Stores `val` into an assignment target expression (identifier or member).
    fn assign_to_expr(&mut self, e: &ast::Expr, val: Var) {
        match e {
            ast::Expr::Ident(id) => self.assign_name(id.sym.as_ref(), val, self.off(id.span.lo)),
            ast::Expr::Member(m) => {
                let obj = self.expr(&m.obj);
                self.set_member(obj, &m.prop, val);
            }
            ast::Expr::Paren(p) => self.assign_to_expr(&p.expr, val),
            other => self.early_error("K0004", "Invalid left-hand side in assignment".into(), other.span()),
        }
    }

    fn set_member(&mut self, obj: Var, prop: &ast::MemberProp, val: Var) {
        let key = self.member_key(prop);
        self.pos(prop.span());
        self.set_key(obj, key, val);
    }

    fn assign(&mut self, a: &ast::AssignExpr) -> Var {
        use ast::AssignOp::*;
        let target: &ast::SimpleAssignTarget = match &a.left {
            ast::AssignTarget::Simple(s) => s,
            ast::AssignTarget::Pat(p) => {
                // 13.15.2 step 1.e: DestructuringAssignmentEvaluation; the
                // expression's value is the right-hand side.
                let val = self.expr(&a.right);
                match p {
                    ast::AssignTargetPat::Array(ap) => {
                        let origin = self.origin_of(&a.right);
                        self.array_pattern(ap, val, PatMode::Assign, origin)
                    }
                    ast::AssignTargetPat::Object(op) => {
                        let origin = self.origin_of(&a.right);
                        self.object_pattern(op, val, PatMode::Assign, origin)
                    }
                    ast::AssignTargetPat::Invalid(i) => {
                        self.early_error("K0004", "Invalid destructuring assignment target".into(), i.span)
                    }
                }
                return val;
            }
        };
        let op = match a.op {
            Assign => None,
            AddAssign => Some(BinOp::Add),
            SubAssign => Some(BinOp::Sub),
            MulAssign => Some(BinOp::Mul),
            DivAssign => Some(BinOp::Div),
            ModAssign => Some(BinOp::Mod),
            LShiftAssign => Some(BinOp::Shl),
            RShiftAssign => Some(BinOp::Sar),
            ZeroFillRShiftAssign => Some(BinOp::Shr),
            BitOrAssign => Some(BinOp::BitOr),
            BitXorAssign => Some(BinOp::BitXor),
            BitAndAssign => Some(BinOp::BitAnd),
            ExpAssign => Some(BinOp::Exp),
            AndAssign | OrAssign | NullishAssign => return self.logical_assign(a, target),
        };
        match target {
            ast::SimpleAssignTarget::Ident(id) => {
                let name = String::from(&*id.id.sym);
                let at = self.off(id.id.span.lo);
                let val = match op {
                    None => self.expr_named(&a.right, &name),
                    Some(op) => {
                        let old = self.read_name(&id.id);
                        let r = self.expr(&a.right);
                        let dst = self.new_var();
                        self.emit(Inst::Binary { op, dst, a: old, b: r });
                        dst
                    }
                };
                self.assign_name(&name, val, at);
                val
            }
            ast::SimpleAssignTarget::Member(m) => {
                let obj = self.expr(&m.obj);
                let key = self.member_key(&m.prop);
                let val = match op {
                    None => self.expr(&a.right),
                    Some(op) => {
                        self.pos(m.prop.span());
                        let old = self.get_key(obj, key);
                        let r = self.expr(&a.right);
                        let dst = self.new_var();
                        self.emit(Inst::Binary { op, dst, a: old, b: r });
                        dst
                    }
                };
                self.pos(m.prop.span());
                self.set_key(obj, key, val);
                val
            }
            ast::SimpleAssignTarget::Paren(p) => {
                let v = self.expr(&a.right);
                self.assign_to_expr(&p.expr, v);
                v
            }
            ast::SimpleAssignTarget::SuperProp(sp) => {
                let (home, key, this) = self.super_ref(sp);
                let val = match op {
                    None => self.expr(&a.right),
                    Some(op) => {
                        let old = self.new_var();
                        self.emit(Inst::SuperGet { dst: old, home, key, this });
                        let r = self.expr(&a.right);
                        let dst = self.new_var();
                        self.emit(Inst::Binary { op, dst, a: old, b: r });
                        dst
                    }
                };
                self.pos(sp.span);
                self.emit(Inst::SuperSet { home, key, val, this });
                val
            }
            other => {
                self.unsupported("this assignment target", other.span());
                self.undefined()
            }
        }
    }

    fn logical_assign(&mut self, a: &ast::AssignExpr, target: &ast::SimpleAssignTarget) -> Var {
        // 13.15.2: evaluate the target once, short-circuit the assignment.
        let dst = self.new_var();
        let (obj, key) = match target {
            ast::SimpleAssignTarget::Ident(id) => {
                let v = self.read_name(&id.id);
                self.emit(Inst::Move { dst, src: v });
                (None, None)
            }
            ast::SimpleAssignTarget::Member(m) => {
                let obj = self.expr(&m.obj);
                let key = self.member_key(&m.prop);
                self.pos(m.prop.span());
                let old = self.get_key(obj, key);
                self.emit(Inst::Move { dst, src: old });
                (Some(obj), Some(key))
            }
            other => {
                self.unsupported("this assignment target", other.span());
                return self.undefined();
            }
        };
        let assign_b = self.new_block();
        let join = self.new_block();
        match a.op {
            ast::AssignOp::AndAssign => self.terminate(Term::Branch { cond: dst, then: assign_b, els: join }),
            ast::AssignOp::OrAssign => self.terminate(Term::Branch { cond: dst, then: join, els: assign_b }),
            _ => {
                let n = self.constant(Const::Null);
                let eq = self.new_var();
                self.emit(Inst::Binary { op: BinOp::Eq, dst: eq, a: dst, b: n });
                self.terminate(Term::Branch { cond: eq, then: assign_b, els: join });
            }
        }
        self.switch_to(assign_b);
        match (target, obj, key) {
            (ast::SimpleAssignTarget::Ident(id), _, _) => {
                let name = String::from(&*id.id.sym);
                let v = self.expr_named(&a.right, &name);
                self.emit(Inst::Move { dst, src: v });
                self.assign_name(&name, v, self.off(id.id.span.lo));
            }
            (_, Some(obj), Some(key)) => {
                let v = self.expr(&a.right);
                self.emit(Inst::Move { dst, src: v });
                self.set_key(obj, key, v);
            }
            _ => {}
        }
        self.terminate(Term::Jump(join));
        self.switch_to(join);
        dst
    }

    // ----------------------------------------------------------------------
    // Destructuring (8.6.2 BindingInitialization, 8.6.3
    // IteratorBindingInitialization, 14.3.3 KeyedBindingInitialization and
    // RestBindingInitialization, 13.15.5 DestructuringAssignmentEvaluation)

    /// What V8 names in "Cannot destructure 'x' as it is undefined.": the
    /// source text of simple initializers (`foo()` as `foo(...)`).
    fn origin_of(&mut self, e: &ast::Expr) -> Origin {
        let text = match e {
            ast::Expr::Paren(p) => return self.origin_of(&p.expr),
            ast::Expr::Ident(_) | ast::Expr::Member(_) | ast::Expr::This(_) | ast::Expr::Lit(_) | ast::Expr::Object(_) => {
                self.source_text(e.span())
            }
            ast::Expr::Call(c) => match &c.callee {
                ast::Callee::Expr(f) if matches!(&**f, ast::Expr::Ident(_) | ast::Expr::Member(_)) => {
                    self.source_text(f.span()).map(|t| format!("{t}(...)"))
                }
                _ => None,
            },
            _ => None,
        };
        match text {
            Some(t) => Origin::Text(self.str_id_of(&t)),
            None => Origin::Value,
        }
    }

    /// Binds or assigns `val` to a pattern (or a plain target).
    fn bind_pattern(&mut self, p: &ast::Pat, val: Var, mode: PatMode, origin: Origin) {
        match p {
            ast::Pat::Ident(b) => self.bind_name(&b.id, val, mode),
            ast::Pat::Object(o) => self.object_pattern(o, val, mode, origin),
            ast::Pat::Array(a) => self.array_pattern(a, val, mode, origin),
            ast::Pat::Assign(a) => {
                let name = pat_ident(&a.left).map(|i| String::from(&*i.sym));
                let v = self.apply_default(val, &a.right, name.as_deref());
                self.bind_pattern(&a.left, v, mode, Origin::Value);
            }
            ast::Pat::Expr(e) if mode == PatMode::Assign => self.assign_to_expr(e, val),
            other => self.early_error("K0004", "Invalid destructuring assignment target".into(), other.span()),
        }
    }

    fn bind_name(&mut self, id: &ast::Ident, val: Var, mode: PatMode) {
        match mode {
            PatMode::Init => {
                let b = self.lookup(id.sym.as_ref()).expect("pattern names are declared before binding");
                self.init_binding(&b, val);
            }
            PatMode::Assign => self.assign_name(id.sym.as_ref(), val, self.off(id.span.lo)),
        }
    }

    /// 13.15.5.5 / 13.15.5.6 step 1: a member-expression target is
    /// evaluated before the value is read.
    fn prepare_target(&mut self, p: &ast::Pat, mode: PatMode) -> Option<(Var, MKey)> {
        if mode != PatMode::Assign {
            return None;
        }
        let ast::Pat::Expr(e) = p else { return None };
        let mut e = &**e;
        while let ast::Expr::Paren(pe) = e {
            e = &pe.expr;
        }
        match e {
            ast::Expr::Member(m) => {
                let obj = self.expr(&m.obj);
                let key = self.member_key(&m.prop);
                Some((obj, key))
            }
            _ => None,
        }
    }

    fn store_target(&mut self, p: &ast::Pat, prepared: Option<(Var, MKey)>, val: Var, mode: PatMode) {
        match prepared {
            Some((obj, key)) => self.set_key(obj, key, val),
            None => self.bind_pattern(p, val, mode, Origin::Nested),
        }
    }

    /// `val === undefined ? dflt : val` (8.6.3 / 14.3.3.3 step 3, with
    /// NamedEvaluation when the target is an identifier).
    /// A pattern element's default (when the value is undefined), then the
    /// store into its target.
    fn store_with_default(&mut self, target: &ast::Pat, prepared: Option<(Var, MKey)>, v: Var, dflt: Option<&ast::Expr>, mode: PatMode) {
        let v = match dflt {
            Some(d) => {
                let name = pat_ident(target).map(|i| String::from(&*i.sym));
                self.apply_default(v, d, name.as_deref())
            }
            None => v,
        };
        self.store_target(target, prepared, v, mode);
    }

    fn apply_default(&mut self, val: Var, dflt: &ast::Expr, name: Option<&str>) -> Var {
        let dst = self.new_var();
        self.emit(Inst::Move { dst, src: val });
        let u = self.undefined();
        let is_undef = self.new_var();
        self.emit(Inst::Binary { op: BinOp::StrictEq, dst: is_undef, a: val, b: u });
        let yes = self.new_block();
        let join = self.new_block();
        self.terminate(Term::Branch { cond: is_undef, then: yes, els: join });
        self.switch_to(yes);
        let d = match name {
            Some(n) => self.expr_named(dflt, n),
            None => self.expr(dflt),
        };
        self.emit(Inst::Move { dst, src: d });
        self.terminate(Term::Jump(join));
        self.switch_to(join);
        dst
    }

    /// A literal property key: a named key, or a value for array indices
    /// and numbers.
    fn static_key(&mut self, k: &ast::PropName) -> Result<StrId, Var> {
        match k {
            ast::PropName::Ident(i) => self.named_key(&units(i.sym.as_ref())),
            ast::PropName::Str(s) => {
                let u: Vec<u16> = s.value.to_ill_formed_utf16().collect();
                self.named_key(&u)
            }
            ast::PropName::Num(n) => Err(self.constant(Const::Number(n.value))),
            ast::PropName::Computed(c) => {
                // 13.2.5.4: ComputedPropertyName evaluates to ToPropertyKey(value).
                let v = self.expr(&c.expr);
                let k = self.new_var();
                self.emit(Inst::Unary { op: UnOp::ToPropertyKey, dst: k, a: v });
                Err(k)
            }
            ast::PropName::BigInt(b) => {
                self.unsupported("BigInt", b.span);
                Err(self.undefined())
            }
        }
    }

    fn named_key(&mut self, u: &[u16]) -> Result<StrId, Var> {
        let id = self.str_id(u);
        if kiln_runtime::string::parse_array_index(u).is_some() {
            return Err(self.constant(Const::Str(id)));
        }
        Ok(id)
    }

    /// A pattern key as a value (for the keys an object rest excludes).
    fn key_value(&mut self, k: Result<StrId, Var>) -> Var {
        match k {
            Ok(id) => self.constant(Const::Str(id)),
            Err(v) => v,
        }
    }

    /// GetValue on `obj[key]` (a name constant, a key value, or a Private
    /// Name: 7.3.30 PrivateGet).
    fn get_key(&mut self, obj: Var, key: impl Into<MKey>) -> Var {
        let dst = self.new_var();
        match key.into() {
            MKey::Named(name) => self.emit(Inst::GetNamed { dst, obj, name }),
            MKey::Value(k) => self.emit(Inst::GetProp { dst, obj, key: k }),
            MKey::Private(n) => self.emit(Inst::RtCall { dst, f: "kiln_private_get", args: vec![obj, n] }),
        }
        dst
    }

    /// PutValue on `obj[key]` (a name constant, a key value, or a Private
    /// Name: 7.3.33 PrivateSet).
    fn set_key(&mut self, obj: Var, key: impl Into<MKey>, val: Var) {
        let strict = self.strict();
        match key.into() {
            MKey::Named(name) => self.emit(Inst::SetNamed { obj, name, val, strict }),
            MKey::Value(k) => self.emit(Inst::SetProp { obj, key: k, val, strict }),
            MKey::Private(n) => {
                let dst = self.new_var();
                self.emit(Inst::RtCall { dst, f: "kiln_private_set", args: vec![obj, n, val] });
            }
        }
    }

    /// 14.3.3.1 / 13.15.5.3: object patterns.
    fn object_pattern(&mut self, o: &ast::ObjectPat, val: Var, mode: PatMode, origin: Origin) {
        // 8.6.2 step 1 / 13.15.5.2 step 1: RequireObjectCoercible(value).
        let first = o.props.first().and_then(|p| match p {
            ast::ObjectPatProp::KeyValue(kv) => Self::prop_key_name(&kv.key),
            ast::ObjectPatProp::Assign(a) => Some(String::from(&*a.key.id.sym)),
            ast::ObjectPatProp::Rest(_) => None,
        });
        let key = first.map(|k| self.str_id_of(&k));
        let (text, nested) = match origin {
            Origin::Text(t) => (Some(t), false),
            Origin::Value => (None, false),
            Origin::Nested => (None, true),
        };
        self.emit(Inst::RequireObjectCoercible { val, text, key, nested });
        let has_rest = o.props.iter().any(|p| matches!(p, ast::ObjectPatProp::Rest(_)));
        let mut excluded: Vec<Var> = Vec::new();
        for prop in &o.props {
            match prop {
                ast::ObjectPatProp::Assign(a) => {
                    let id = &a.key.id;
                    let k = self.named_key(&units(id.sym.as_ref()));
                    let v = self.get_key(val, k);
                    let v = match &a.value {
                        Some(d) => self.apply_default(v, d, Some(id.sym.as_ref())),
                        None => v,
                    };
                    self.bind_name(id, v, mode);
                    if has_rest {
                        excluded.push(self.key_value(k));
                    }
                }
                ast::ObjectPatProp::KeyValue(kv) => {
                    let k = self.static_key(&kv.key);
                    let (target, dflt) = split_default(&kv.value);
                    let prepared = self.prepare_target(target, mode);
                    let v = self.get_key(val, k);
                    self.store_with_default(target, prepared, v, dflt, mode);
                    if has_rest {
                        excluded.push(self.key_value(k));
                    }
                }
                ast::ObjectPatProp::Rest(r) => {
                    // 14.3.3.2 RestBindingInitialization / 13.15.5.4:
                    // CopyDataProperties into a new object, minus the keys above.
                    let prepared = self.prepare_target(&r.arg, mode);
                    let dst = self.new_var();
                    self.emit(Inst::ObjectRest { dst, src: val, excluded: excluded.clone() });
                    self.store_target(&r.arg, prepared, dst, mode);
                }
            }
        }
    }

    /// Starts a region whose exceptions close `iter` (IteratorClose with a
    /// throw completion: the exception wins over any from `return()`).
    /// Returns the handler blocks for `end_iterator_guard`.
    fn begin_iterator_guard(&mut self, _iter: Var) -> (Option<BlockId>, BlockId, BlockId, BlockId) {
        let outer = self.f().handler;
        let close_b = self.new_block();
        let rethrow_b = self.new_block();
        self.f().handler = Some(rethrow_b);
        let close_call_b = self.new_block();
        self.f().handler = Some(close_b);
        let body = self.new_block();
        self.terminate(Term::Jump(body));
        self.switch_to(body);
        (outer, close_b, close_call_b, rethrow_b)
    }

    /// Ends the region (restoring the handler) and emits its handler
    /// blocks; the current block stays current.
    fn end_iterator_guard(&mut self, g: (Option<BlockId>, BlockId, BlockId, BlockId), iter: Var) {
        self.end_iterator_guard_kind(g, iter, false)
    }

    fn end_iterator_guard_kind(&mut self, g: (Option<BlockId>, BlockId, BlockId, BlockId), iter: Var, is_async: bool) {
        let (outer, close_b, close_call_b, rethrow_b) = g;
        self.f().handler = outer;
        let cont = self.new_block();
        self.terminate(Term::Jump(cont));
        let exc = self.new_var();
        self.switch_to(close_b);
        self.emit(Inst::TakeException { dst: exc });
        self.terminate(Term::Jump(close_call_b));
        self.switch_to(close_call_b);
        if is_async {
            // AsyncIteratorClose with a throw completion: errors of
            // `return()` and of awaiting it are discarded (rethrow_b).
            let saved = self.f().handler;
            self.f().handler = Some(rethrow_b);
            self.async_iterator_close(iter, false);
            self.f().handler = saved;
        } else {
            self.emit(Inst::IteratorClose { iter });
        }
        self.terminate(Term::Jump(rethrow_b));
        self.switch_to(rethrow_b);
        // Discards an exception thrown by `return()` (7.4.11 step 5).
        let discard = self.new_var();
        self.emit(Inst::TakeException { dst: discard });
        self.terminate(Term::Throw(exc));
        self.switch_to(cont);
    }

    /// 8.6.3 IteratorBindingInitialization / 13.15.5.5
    /// IteratorDestructuringAssignmentEvaluation: array patterns over the
    /// iterator protocol, closing the iterator when the pattern ends before
    /// it is done or throws.
    fn array_pattern(&mut self, a: &ast::ArrayPat, val: Var, mode: PatMode, origin: Origin) {
        let iter = self.new_var();
        let text = match origin {
            Origin::Text(t) => Some(t),
            _ => None,
        };
        self.emit(Inst::GetPatternIterator { dst: iter, obj: val, text });
        let guard = self.begin_iterator_guard(iter);
        for el in &a.elems {
            match el {
                None => {
                    // Elision: one IteratorStep.
                    let v = self.new_var();
                    self.emit(Inst::IteratorNext { dst: v, iter });
                }
                Some(ast::Pat::Rest(r)) => {
                    let prepared = self.prepare_target(&r.arg, mode);
                    let arr = self.new_var();
                    self.emit(Inst::NewArray { dst: arr, elems: Vec::new() });
                    let head = self.new_block();
                    let push = self.new_block();
                    let done = self.new_block();
                    self.terminate(Term::Jump(head));
                    self.switch_to(head);
                    let v = self.new_var();
                    self.emit(Inst::IteratorNext { dst: v, iter });
                    self.terminate(Term::BranchHole { var: v, hole: done, other: push });
                    self.switch_to(push);
                    self.emit(Inst::ArrayPush { arr, val: v });
                    self.terminate(Term::Jump(head));
                    self.switch_to(done);
                    self.store_target(&r.arg, prepared, arr, mode);
                }
                Some(p) => {
                    let (target, dflt) = split_default(p);
                    let prepared = self.prepare_target(target, mode);
                    let v = self.new_var();
                    self.emit(Inst::IteratorNext { dst: v, iter });
                    // Done: the value is undefined.
                    let r = self.new_var();
                    self.emit(Inst::Move { dst: r, src: v });
                    let hole_b = self.new_block();
                    let join = self.new_block();
                    self.terminate(Term::BranchHole { var: v, hole: hole_b, other: join });
                    self.switch_to(hole_b);
                    let u = self.undefined();
                    self.emit(Inst::Move { dst: r, src: u });
                    self.terminate(Term::Jump(join));
                    self.switch_to(join);
                    self.store_with_default(target, prepared, r, dflt, mode);
                }
            }
        }
        self.end_iterator_guard(guard, iter);
        // Not done yet: IteratorClose with a normal completion.
        self.emit(Inst::IteratorClose { iter });
    }

    fn update(&mut self, u: &ast::UpdateExpr) -> Var {
        // 13.4 Update expressions: ToNumeric(old), then ±1.
        let op = if u.op == ast::UpdateOp::PlusPlus { UnOp::Inc } else { UnOp::Dec };
        match &*u.arg {
            ast::Expr::Ident(id) => {
                let old = self.read_name(id);
                let num = self.new_var();
                self.emit(Inst::Unary { op: UnOp::ToNumeric, dst: num, a: old });
                let new = self.new_var();
                self.emit(Inst::Unary { op, dst: new, a: num });
                self.assign_name(id.sym.as_ref(), new, self.off(id.span.lo));
                if u.prefix { new } else { num }
            }
            ast::Expr::Member(m) => {
                let obj = self.expr(&m.obj);
                let key = self.member_key(&m.prop);
                self.pos(m.prop.span());
                let old = self.get_key(obj, key);
                let num = self.new_var();
                self.emit(Inst::Unary { op: UnOp::ToNumeric, dst: num, a: old });
                let new = self.new_var();
                self.emit(Inst::Unary { op, dst: new, a: num });
                self.pos(m.prop.span());
                self.set_key(obj, key, new);
                if u.prefix { new } else { num }
            }
            ast::Expr::Paren(p) => {
                let inner = ast::UpdateExpr { span: u.span, op: u.op, prefix: u.prefix, arg: p.expr.clone() };
                self.update(&inner)
            }
            other => {
                self.early_error("K0004", "Invalid left-hand side expression in postfix operation".into(), other.span());
                self.undefined()
            }
        }
    }
}

// ---------------------------------------------------------------------------
// ES module graphs

/// The binding key of a module's namespace object (keyed by the module's
/// start offset) and of its `*default*` binding (keyed by the `export
/// default` declaration).
const KEY_NAMESPACE: u8 = 5;
const KEY_DEFAULT: u8 = 6;
const KEY_META: u8 = 7;
/// The root-scope name of a module's `import.meta` object (not an
/// identifier, so no code can name it).
const IMPORT_META: &str = "*import.meta*";

/// One module of a linked graph, for [`lower_modules`].
pub struct ModuleUnit<'a> {
    pub program: &'a ast::Module,
    /// The module's name in stack traces (a `file://` URL, as Node prints).
    pub path: String,
    /// Its absolute path.
    pub file: String,
    /// Byte range of the module in the graph's source (all files one after
    /// the other, as swc's source map numbers them).
    pub start: u32,
    pub len: u32,
    pub record: crate::esm::ModuleRecord,
    /// Per request of `record`, the index of the module it resolved to.
    pub resolved: Vec<usize>,
    /// A JSON module's text (16.2.1.8: its one export, `default`, is the
    /// parsed value; `program` is empty).
    pub json: Option<String>,
}

/// A top-level declaration of a module: (name, kind, key, declaration end).
type TopDecl = (String, BindKind, BindKey, u32);

/// Lowers a linked module graph into one KIR module (16.2.1.5 Cyclic Module
/// Records, without top-level await). Function 0 is the graph's "link and
/// evaluate" function:
/// 1. one environment holds every module's top-level bindings (a module's
///    imports resolve, at compile time, to the exporting module's slots:
///    live bindings by construction);
/// 2. namespace objects are created and each module's environment is
///    initialised (16.2.1.6.4 InitializeEnvironment: `var`s undefined,
///    lexical bindings uninitialised, functions instantiated), so that
///    functions are callable across cycles before any module runs;
/// 3. each module body runs, as a function of its own, in evaluation
///    order (16.2.1.5.3.1 InnerModuleEvaluation).
///
/// `source` is all the modules' text one after the other, `base` the
/// source-map position of its first byte. Link errors are K0021
/// SyntaxErrors at the import.
pub fn lower_modules(units: &[ModuleUnit], entry: usize, source: &str, base: u32, emit: bool) -> Lowered {
    let no_lines = LineIndex::empty();
    let mut first = Lowerer::new(Goal::Script, base, source, &no_lines, true, HashSet::default(), HashSet::default());
    first.lower_graph(units, entry);
    let mut symbols = std::mem::take(&mut first.symbols);
    for (key, &i) in &first.decl_index {
        symbols.declarations[i].captured = first.captured.contains(key);
    }
    let reassigned = std::mem::take(&mut first.reassigned);
    let (captured, used, diags, unresolved) = (first.captured, first.used, first.diags, first.unresolved);
    if !emit || diags.iter().any(|d| d.is_error()) {
        return Lowered { module: Module::default(), diagnostics: diags, unresolved, symbols };
    }
    let lines = LineIndex::new(source);
    let mut second = Lowerer::new(Goal::Script, base, source, &lines, false, captured, used);
    second.reassigned = reassigned;
    second.line_bias = units.iter().map(|u| lines.line_col(u.start as usize).0 - 1).collect();
    second.lower_graph(units, entry);
    Lowered { module: second.module, diagnostics: diags, unresolved, symbols }
}

/// The statements of a module that declare its top-level bindings:
/// its statements, and the declarations of `export` (the default export's
/// declaration is handled on its own).
fn module_stmts(m: &ast::Module) -> Vec<ast::Stmt> {
    let mut out = Vec::new();
    for item in &m.body {
        match item {
            ast::ModuleItem::Stmt(s) => out.push(s.clone()),
            ast::ModuleItem::ModuleDecl(ast::ModuleDecl::ExportDecl(e)) => out.push(ast::Stmt::Decl(e.decl.clone())),
            ast::ModuleItem::ModuleDecl(ast::ModuleDecl::ExportDefaultDecl(e)) => {
                match &e.decl {
                    ast::DefaultDecl::Fn(f) => {
                        if let Some(id) = &f.ident {
                            out.push(ast::Stmt::Decl(ast::Decl::Fn(ast::FnDecl { ident: id.clone(), declare: false, function: f.function.clone() })));
                        }
                    }
                    ast::DefaultDecl::Class(c) => {
                        if let Some(id) = &c.ident {
                            out.push(ast::Stmt::Decl(ast::Decl::Class(ast::ClassDecl { ident: id.clone(), declare: false, class: c.class.clone() })));
                        }
                    }
                    ast::DefaultDecl::TsInterfaceDecl(_) => {}
                }
            }
            _ => {}
        }
    }
    out
}

impl<'a> Lowerer<'a> {
    /// 16.2.1.6.4 InitializeEnvironment's bindings of module `m`, in a
    /// fixed order (functions, then vars, then lexical declarations and
    /// `*default*`), reporting the early errors of 16.2.1.1 (duplicate
    /// lexically declared names, or one also declared by `var`).
    fn module_decls(&mut self, m: &ast::Module, stmts: &[ast::Stmt]) -> Vec<TopDecl> {
        let mut out: Vec<TopDecl> = Vec::new();
        let mut lexical_names: Vec<(String, swc_common::Span)> = Vec::new();
        for item in &m.body {
            if let ast::ModuleItem::ModuleDecl(ast::ModuleDecl::Import(i)) = item {
                for s in &i.specifiers {
                    let local = match s {
                        ast::ImportSpecifier::Named(n) => &n.local,
                        ast::ImportSpecifier::Default(d) => &d.local,
                        ast::ImportSpecifier::Namespace(n) => &n.local,
                    };
                    lexical_names.push((local.sym.to_string(), local.span));
                }
            }
        }
        for f in collect_functions(stmts) {
            lexical_names.push((f.ident.sym.to_string(), f.ident.span));
            out.push((f.ident.sym.to_string(), BindKind::Function, (self.off(f.ident.span.lo), KEY_DECL), self.off(f.ident.span.hi)));
        }
        for (id, kind, end) in collect_lexical(stmts) {
            lexical_names.push((id.sym.to_string(), id.span));
            out.push((id.sym.to_string(), kind, (self.off(id.span.lo), KEY_DECL), self.off(end)));
        }
        for item in &m.body {
            match item {
                ast::ModuleItem::ModuleDecl(ast::ModuleDecl::ExportDefaultExpr(e)) => {
                    out.push((crate::esm::DEFAULT_LOCAL.into(), BindKind::Let, (self.off(e.span.lo), KEY_DEFAULT), self.off(e.span.hi)));
                }
                ast::ModuleItem::ModuleDecl(ast::ModuleDecl::ExportDefaultDecl(e)) => {
                    let anonymous = match &e.decl {
                        ast::DefaultDecl::Fn(f) => f.ident.is_none(),
                        ast::DefaultDecl::Class(c) => c.ident.is_none(),
                        _ => false,
                    };
                    if anonymous {
                        // A function is hoisted; a class is in its TDZ until evaluated.
                        let kind = if matches!(e.decl, ast::DefaultDecl::Class(_)) { BindKind::Let } else { BindKind::Function };
                        out.push((crate::esm::DEFAULT_LOCAL.into(), kind, (self.off(e.span.lo), KEY_DEFAULT), self.off(e.span.hi)));
                    }
                }
                _ => {}
            }
        }
        let mut vars = Vec::new();
        collect_vars(stmts, &mut vars);
        if self.analysis {
            for (i, (name, sp)) in lexical_names.iter().enumerate() {
                if lexical_names[..i].iter().any(|(n, _)| n == name) || vars.iter().any(|v| v.sym == **name) {
                    self.early_error("K0002", format!("Identifier '{name}' has already been declared"), *sp);
                }
            }
            self.module_early_errors(m, &lexical_names, &vars);
        }
        for id in vars {
            if !out.iter().any(|(n, ..)| n == id.sym.as_ref()) {
                out.push((id.sym.to_string(), BindKind::Var, (self.off(id.span.lo), KEY_DECL), self.off(id.span.hi)));
            }
        }
        out
    }

    /// 16.2.1.1 Static Semantics: Early Errors of a Module that concern its
    /// imports and exports: no export name twice, every `export { x }` names
    /// a declared binding, export names are well-formed Unicode; and (13.1.1)
    /// an import may not bind `eval` or `arguments`.
    fn module_early_errors(&mut self, m: &ast::Module, lexical: &[(String, swc_common::Span)], vars: &[&ast::Ident]) {
        let mut exported: Vec<String> = Vec::new();
        let mut export = |me: &mut Self, name: String, sp: swc_common::Span| {
            if exported.contains(&name) {
                me.early_error("K0002", format!("Duplicate export of '{name}'"), sp);
            } else {
                exported.push(name);
            }
        };
        let ill_formed = |n: &ast::ModuleExportName| matches!(n, ast::ModuleExportName::Str(s) if s.value.as_str().is_none());
        for item in &m.body {
            let ast::ModuleItem::ModuleDecl(d) = item else { continue };
            // 16.2.2.1: WithClauseToAttributes has no key twice.
            let with = match d {
                ast::ModuleDecl::Import(i) => i.with.as_deref(),
                ast::ModuleDecl::ExportNamed(n) => n.with.as_deref(),
                ast::ModuleDecl::ExportAll(a) => a.with.as_deref(),
                _ => None,
            };
            if let Some(w) = with {
                let mut keys: Vec<String> = Vec::new();
                for p in &w.props {
                    let ast::PropOrSpread::Prop(p) = p else { continue };
                    let ast::Prop::KeyValue(kv) = &**p else { continue };
                    let k = match &kv.key {
                        ast::PropName::Ident(i) => i.sym.to_string(),
                        ast::PropName::Str(s) => s.value.to_string_lossy().into_owned(),
                        _ => continue,
                    };
                    if keys.contains(&k) {
                        self.early_error("K0023", format!("Duplicate import attribute '{k}'"), kv.key.span());
                    }
                    keys.push(k);
                }
            }
            match d {
                ast::ModuleDecl::Import(i) => {
                    for s in &i.specifiers {
                        let (local, imported) = match s {
                            ast::ImportSpecifier::Named(n) => (&n.local, n.imported.as_ref()),
                            ast::ImportSpecifier::Default(d) => (&d.local, None),
                            ast::ImportSpecifier::Namespace(n) => (&n.local, None),
                        };
                        if matches!(local.sym.as_ref(), "eval" | "arguments") {
                            self.early_error("K0007", format!("Unexpected eval or arguments in strict mode: '{}'", local.sym), local.span);
                        }
                        if imported.is_some_and(ill_formed) {
                            self.early_error("K0016", "An import name must be a well-formed Unicode string".into(), s.span());
                        }
                    }
                }
                ast::ModuleDecl::ExportDecl(e) => {
                    let mut names = Vec::new();
                    match &e.decl {
                        ast::Decl::Fn(f) => names.push(&f.ident),
                        ast::Decl::Class(c) => names.push(&c.ident),
                        ast::Decl::Var(v) => v.decls.iter().for_each(|d| pat_names(&d.name, &mut names)),
                        _ => {}
                    }
                    for id in names {
                        export(self, id.sym.to_string(), id.span);
                    }
                }
                ast::ModuleDecl::ExportNamed(n) => {
                    for s in &n.specifiers {
                        match s {
                            ast::ExportSpecifier::Named(sp) => {
                                let (orig, osp) = crate::esm::export_name(&sp.orig);
                                let exported_as = sp.exported.as_ref().map(|e| crate::esm::export_name(e)).unwrap_or((orig.clone(), osp));
                                if ill_formed(&sp.orig) || sp.exported.as_ref().is_some_and(ill_formed) {
                                    self.early_error("K0016", "An export name must be a well-formed Unicode string".into(), sp.span);
                                }
                                // 16.2.3.1: `export { x }` without `from` exports a
                                // local binding, which must exist (and cannot be a
                                // string name).
                                if n.src.is_none() {
                                    let declared = lexical.iter().any(|(l, _)| *l == orig) || vars.iter().any(|v| v.sym == *orig);
                                    if matches!(sp.orig, ast::ModuleExportName::Str(_)) {
                                        self.early_error("K0022", "A string export name needs `from`".into(), osp);
                                    } else if !declared {
                                        self.early_error("K0022", format!("Export '{orig}' is not defined in module"), osp);
                                    }
                                }
                                export(self, exported_as.0, exported_as.1);
                            }
                            ast::ExportSpecifier::Namespace(ns) => {
                                if ill_formed(&ns.name) {
                                    self.early_error("K0016", "An export name must be a well-formed Unicode string".into(), ns.span);
                                }
                                let (name, sp) = crate::esm::export_name(&ns.name);
                                export(self, name, sp);
                            }
                            ast::ExportSpecifier::Default(d) => export(self, d.exported.sym.to_string(), d.exported.span),
                        }
                    }
                }
                ast::ModuleDecl::ExportDefaultDecl(e) => export(self, "default".into(), e.span),
                ast::ModuleDecl::ExportDefaultExpr(e) => export(self, "default".into(), e.span),
                _ => {}
            }
        }
    }

    fn lower_graph(&mut self, units: &[ModuleUnit], entry: usize) {
        use crate::esm::{Graph, ImportName, Resolution};
        self.module.file_const = self.str_id_of(&units[entry].path);
        if !self.analysis {
            self.module.source = self.source.to_string();
            for u in units {
                let path_const = self.str_id_of(&u.path);
                self.module.files.push(SourceFile { path_const, start: u.start, len: u.len });
            }
        }
        let records: Vec<crate::esm::ModuleRecord> = units.iter().map(|u| u.record.clone()).collect();
        let resolved: Vec<Vec<usize>> = units.iter().map(|u| u.resolved.clone()).collect();
        let graph = Graph { records: &records, resolved: &resolved };
        let stmts: Vec<Vec<ast::Stmt>> = units.iter().map(|u| module_stmts(u.program)).collect();

        // The root function and its environment (every module's bindings).
        self.cur_file = entry as u32;
        let root_key = self.source.len() as u32 + 1;
        self.module.functions.push(placeholder_function());
        self.begin_function(root_key, true, false);
        let env_size_at = self.f().blocks[0].insts.len();
        self.emit(Inst::PushEnv { size: 0 });
        self.env_chain.push(0);
        let env = self.env_chain.len() - 1;
        self.f().scopes.push(Scope { bindings: HashMap::default(), env: Some(env), env_slots: 0, is_switch: false });
        let mut slots = 0u32;
        let mut binding = |kind: BindKind, key: BindKey, decl_end: u32| {
            slots += 1;
            Binding { storage: Storage::Env { env, slot: slots - 1 }, kind, key, decl_end, func: 0, in_switch: false }
        };

        // Each module's own bindings, then its imports (resolved through
        // the exporting modules' bindings).
        let mut views: Vec<HashMap<String, Binding>> = Vec::new();
        let mut decls: Vec<Vec<TopDecl>> = Vec::new();
        for (i, u) in units.iter().enumerate() {
            self.cur_file = i as u32;
            let mut d = self.module_decls(u.program, &stmts[i]);
            if u.json.is_some() {
                d.push((crate::esm::DEFAULT_LOCAL.into(), BindKind::Let, (u.start, KEY_DEFAULT), 0));
            }
            let text = self.source.get(u.start as usize..(u.start + u.len) as usize).unwrap_or("");
            if u.json.is_none() && text.contains("import") && text.contains("meta") {
                d.push((IMPORT_META.into(), BindKind::Const, (u.start, KEY_META), 0));
            }
            let mut view = HashMap::default();
            for (name, kind, key, end) in &d {
                view.insert(name.clone(), binding(*kind, *key, *end));
            }
            views.push(view);
            decls.push(d);
        }
        let mut ns_slots: Vec<Option<Binding>> = vec![None; units.len()];
        let mut imports: Vec<Vec<(String, Binding)>> = vec![Vec::new(); units.len()];
        for (i, u) in units.iter().enumerate() {
            self.cur_file = i as u32;
            for ie in &u.record.imports {
                let target = u.resolved[ie.request];
                let res = match &ie.import {
                    ImportName::Namespace => Resolution::Namespace(target),
                    ImportName::Name(n) => graph.resolve_export(target, n, &mut Vec::new()),
                };
                let spec = &u.record.requests[ie.request].0;
                let b = match res {
                    Resolution::Binding { module, name } => views[module].get(&name).cloned(),
                    Resolution::Namespace(t) => {
                        Some(ns_slots[t].get_or_insert_with(|| binding(BindKind::Const, (units[t].start, KEY_NAMESPACE), 0)).clone())
                    }
                    Resolution::NotFound | Resolution::Ambiguous => {
                        if self.analysis {
                            let ImportName::Name(n) = &ie.import else { unreachable!("a namespace always resolves") };
                            let msg = if res == Resolution::Ambiguous {
                                format!("The requested module '{spec}' contains conflicting star exports for name '{n}'")
                            } else {
                                format!("The requested module '{spec}' does not provide an export named '{n}'")
                            };
                            self.early_error("K0021", msg, ie.span);
                        }
                        None
                    }
                };
                if let Some(mut b) = b {
                    // Import bindings are immutable (9.1.1.5.5 CreateImportBinding).
                    b.kind = BindKind::Const;
                    imports[i].push((ie.local.clone(), b));
                }
            }
        }
        // Indirect exports must resolve too (16.2.1.6.3 via 16.2.1.5.2.1
        // InitializeEnvironment step 1), and namespaces reachable from a
        // namespace need their own objects.
        for (i, u) in units.iter().enumerate() {
            self.cur_file = i as u32;
            for e in &u.record.exports {
                if let crate::esm::ExportTarget::Indirect { .. } = e.target {
                    match graph.resolve_export(i, &e.name, &mut Vec::new()) {
                        Resolution::NotFound | Resolution::Ambiguous if self.analysis => {
                            self.early_error("K0021", format!("The requested module does not provide an export named '{}'", e.name), e.span);
                        }
                        _ => {}
                    }
                }
            }
        }
        let mut ns_specs: Vec<(usize, Vec<(String, Resolution)>)> = Vec::new();
        let mut k = 0;
        loop {
            let Some(t) = (0..units.len()).find(|&t| ns_slots[t].is_some() && !ns_specs.iter().any(|(m, _)| *m == t)) else { break };
            let exports = graph.namespace_exports(t);
            for (_, r) in &exports {
                if let Resolution::Namespace(u) = r {
                    if ns_slots[*u].is_none() {
                        ns_slots[*u] = Some(binding(BindKind::Const, (units[*u].start, KEY_NAMESPACE), 0));
                    }
                }
            }
            ns_specs.push((t, exports));
            k += 1;
            debug_assert!(k <= units.len());
        }
        // The environment's size is known now.
        if !self.analysis {
            self.f().blocks[0].insts[env_size_at] = Inst::PushEnv { size: slots };
        }

        // Namespace objects (10.4.6.12 ModuleNamespaceCreate).
        for (t, exports) in &ns_specs {
            let mut elems = Vec::new();
            for (name, r) in exports {
                let slot = match r {
                    Resolution::Binding { module, name } => views[*module].get(name).map(|b| b.storage),
                    Resolution::Namespace(u) => ns_slots[*u].as_ref().map(|b| b.storage),
                    _ => None,
                };
                let Some(Storage::Env { slot, .. }) = slot else { continue };
                elems.push(self.string_const(name));
                elems.push(self.constant(Const::Number(slot as f64)));
            }
            let spec = self.new_var();
            self.emit(Inst::NewArray { dst: spec, elems });
            let dst = self.new_var();
            self.emit(Inst::ModuleNamespace { dst, spec });
            let b = ns_slots[*t].clone().expect("namespace slot");
            self.init_binding(&b, dst);
        }

        // 16.2.1.6.4 InitializeEnvironment of every module.
        for (i, u) in units.iter().enumerate() {
            self.cur_file = i as u32;
            self.set_view(&views[i], &imports[i]);
            for (name, kind, _, _) in &decls[i] {
                let b = views[i][name].clone();
                if name == IMPORT_META {
                    // 16.2.1.12 HostGetImportMetaProperties (Node's url,
                    // filename, dirname) on an object with a null prototype.
                    let o = self.new_var();
                    self.emit(Inst::NewObject { dst: o });
                    let null = self.constant(Const::Null);
                    self.emit(Inst::SetProtoLiteral { obj: o, val: null });
                    let url = u.path.clone();
                    let file = u.file.clone();
                    let dir = std::path::Path::new(&file).parent().map(|p| p.to_string_lossy().into_owned()).unwrap_or_default();
                    for (k, v) in [("dirname", dir), ("filename", file), ("url", url)] {
                        let val = self.string_const(&v);
                        let name = self.str_id_of(k);
                        self.emit(Inst::SetNamed { obj: o, name, val, strict: true });
                    }
                    self.init_binding(&b, o);
                    continue;
                }
                match kind {
                    BindKind::Var => {
                        let v = self.undefined();
                        self.init_binding(&b, v);
                    }
                    BindKind::Let | BindKind::Const => {
                        let v = self.constant(Const::Hole);
                        self.init_binding(&b, v);
                    }
                    _ => {}
                }
            }
            let funcs = collect_functions(&stmts[i]);
            self.instantiate_functions(&funcs, false);
            for item in &u.program.body {
                if let ast::ModuleItem::ModuleDecl(ast::ModuleDecl::ExportDefaultDecl(e)) = item {
                    match &e.decl {
                        ast::DefaultDecl::Fn(f) if f.ident.is_none() => {
                            self.module.functions.push(placeholder_function());
                            let id = (self.module.functions.len() - 1) as FuncId;
                            let v = self.lower_function_reserved(&f.function, "default", id);
                            let b = views[i][crate::esm::DEFAULT_LOCAL].clone();
                            self.init_binding(&b, v);
                        }
                        _ => {}
                    }
                }
            }
        }

        // 16.2.1.5.3.1 InnerModuleEvaluation: each body in order. With
        // top-level await anywhere in the graph, the bodies run in an async
        // closure that awaits each async module before the next one starts
        // (sibling async modules do not overlap, unlike the spec's
        // ordering).
        let tla: Vec<bool> = stmts.iter().map(|s| has_top_level_await(s)).collect();
        let any_tla = tla.iter().any(|t| *t);
        let eval_id = if any_tla {
            self.module.functions.push(placeholder_function());
            let id = (self.module.functions.len() - 1) as FuncId;
            self.begin_function(root_key + 1, true, true);
            self.f().func_id = Some(id);
            self.f().is_async = true;
            self.f().scopes.push(Scope { bindings: HashMap::default(), env: None, env_slots: 0, is_switch: false });
            Some(id)
        } else {
            None
        };
        for i in graph.evaluation_order(entry) {
            self.cur_file = i as u32;
            self.set_view(&views[i], &imports[i]);
            if let Some(text) = &units[i].json {
                let text = self.str_id(&text.encode_utf16().collect::<Vec<u16>>());
                let dst = self.new_var();
                self.emit(Inst::JsonModule { dst, text });
                let b = views[i][crate::esm::DEFAULT_LOCAL].clone();
                self.init_binding(&b, dst);
                continue;
            }
            let f = self.module_body(&units[i], &views[i], tla[i]);
            let dst = self.new_var();
            if tla[i] {
                // An async module: run it as an async function and wait.
                let p = self.new_var();
                self.emit(Inst::Pos { line: 0, col: 0 });
                self.emit(Inst::RtCall { dst: p, f: "kiln_async_start", args: vec![f] });
                self.emit(Inst::RtCall { dst, f: "kiln_await", args: vec![p] });
            } else {
                let this = self.undefined();
                self.emit(Inst::Call { dst, callee: f, this, args: Vec::new(), name: None });
            }
        }
        self.cur_file = entry as u32;
        let sp = units[entry].program.span;
        if let Some(id) = eval_id {
            let f = self.end_function("", 0, false, sp);
            self.module.functions[id as usize] = f;
            let closure = self.new_var();
            self.emit(Inst::Closure { dst: closure, func: id });
            let p = self.new_var();
            self.emit(Inst::Pos { line: 0, col: 0 });
            self.emit(Inst::RtCall { dst: p, f: "kiln_async_start", args: vec![closure] });
            // A rejection of the graph's evaluation is an uncaught error.
            let u = self.new_var();
            self.emit(Inst::RtCall { dst: u, f: "kiln_module_evaluation", args: vec![p] });
        }
        let f = self.end_function("", 0, false, sp);
        self.module.functions[0] = f;
    }

    /// Makes the root scope show one module's bindings and imports.
    fn set_view(&mut self, view: &HashMap<String, Binding>, imports: &[(String, Binding)]) {
        let mut b = view.clone();
        for (name, binding) in imports {
            b.insert(name.clone(), binding.clone());
        }
        self.funcs[0].scopes[0].bindings = b;
    }

    /// A module's body as a function of the root (its top-level bindings
    /// live in the root's environment); returns the closure.
    fn module_body(&mut self, u: &ModuleUnit, view: &HashMap<String, Binding>, tla: bool) -> Var {
        self.module.functions.push(placeholder_function());
        let id = (self.module.functions.len() - 1) as FuncId;
        let sp = u.program.span;
        self.begin_function(u.start, true, false);
        self.f().func_id = Some(id);
        self.f().is_async = tla;
        self.f().scopes.push(Scope { bindings: HashMap::default(), env: None, env_slots: 0, is_switch: false });
        self.f().var_scope = 0;
        for item in &u.program.body {
            match item {
                ast::ModuleItem::Stmt(s) => self.stmt(s),
                ast::ModuleItem::ModuleDecl(d) => match d {
                    ast::ModuleDecl::ExportDecl(e) => self.decl(&e.decl),
                    ast::ModuleDecl::ExportDefaultExpr(e) => {
                        // 16.2.3.7: `export default` AssignmentExpression.
                        let v = self.expr_named(&e.expr, "default");
                        let b = view[crate::esm::DEFAULT_LOCAL].clone();
                        self.init_binding(&b, v);
                    }
                    ast::ModuleDecl::Import(_)
                    | ast::ModuleDecl::ExportNamed(_)
                    | ast::ModuleDecl::ExportAll(_)
                    | ast::ModuleDecl::ExportDefaultDecl(ast::ExportDefaultDecl { decl: ast::DefaultDecl::Fn(_), .. }) => {}
                    // 16.2.3.7: `export default class` is evaluated in place.
                    ast::ModuleDecl::ExportDefaultDecl(ast::ExportDefaultDecl { decl: ast::DefaultDecl::Class(c), .. }) => {
                        let name = c.ident.as_ref().map(|i| i.sym.to_string()).unwrap_or_else(|| "default".into());
                        let v = self.class_def(&c.class, c.ident.as_ref(), &name);
                        let key = if c.ident.is_some() { name.as_str() } else { crate::esm::DEFAULT_LOCAL };
                        let b = view[key].clone();
                        self.init_binding(&b, v);
                    }
                    other => self.unsupported("this module declaration", other.span()),
                },
            }
        }
        let f = self.end_function("", 0, false, sp);
        self.module.functions[id as usize] = f;
        let dst = self.new_var();
        self.emit(Inst::Closure { dst, func: id });
        dst
    }
}

// ---------------------------------------------------------------------------
// Classes (15.7)

impl<'a> Lowerer<'a> {
    /// The nearest non-arrow function's binding named `name` (an implicit
    /// binding keyed `kind`), marked used and, across an arrow, captured.
    fn implicit_binding(&mut self, kind: u8, name: &str) -> Option<Binding> {
        let cur = self.fi();
        let mut fi = cur;
        while fi > 0 && self.funcs[fi].arrow {
            fi -= 1;
        }
        let key = (self.funcs[fi].key, kind);
        self.used.insert(key);
        if fi != cur {
            self.captured.insert(key);
        }
        self.funcs[fi].scopes.iter().find_map(|s| s.bindings.get(name)).cloned()
    }

    /// 10.2.7 MakeMethod: an object literal method whose body uses `super`
    /// gets the object as its [[HomeObject]].
    fn set_home(&mut self, obj: Var, f: Var) {
        if self.analysis {
            return;
        }
        let cur = self.f().cur as usize;
        let func = self.f().blocks[cur].insts.iter().rev().find_map(|i| match i {
            Inst::Closure { dst, func } if *dst == f => Some(*func as usize),
            _ => None,
        });
        let uses_super = func.is_some_and(|id| self.module.functions[id].insts().any(|i| matches!(i, Inst::HomeObject { .. })));
        if uses_super {
            let u = self.undefined();
            self.emit(Inst::DefineClassElement { obj, key: u, val: f, kind: 3 });
        }
    }

    /// A binding's value without the TDZ check.
    fn read_raw(&mut self, b: &Binding) -> Var {
        let dst = self.new_var();
        match b.storage {
            Storage::Local(v) if b.func == self.fi() => self.emit(Inst::Move { dst, src: v }),
            Storage::Env { env, slot } => {
                let depth = self.env_depth(env);
                self.emit(Inst::LoadEnv { dst, depth, slot });
            }
            _ => self.emit(Inst::Const { dst, value: Const::Undefined }),
        }
        dst
    }

    /// `this` of a derived constructor, possibly still a hole.
    fn this_raw(&mut self) -> Var {
        match self.implicit_binding(KEY_THIS, "this") {
            Some(b) => self.read_raw(&b),
            None => self.undefined(),
        }
    }

    /// 13.3.7.3 MakeSuperPropertyReference: the home object, the key and
    /// `this` (checked: a derived constructor's `this` may be unbound).
    fn super_ref(&mut self, sp: &ast::SuperPropExpr) -> (Var, Var, Var) {
        let this = self.implicit(KEY_THIS);
        let key = match &sp.prop {
            ast::SuperProp::Ident(i) => self.string_const(i.sym.as_ref()),
            ast::SuperProp::Computed(c) => {
                let k = self.expr(&c.expr);
                let dst = self.new_var();
                self.emit(Inst::Unary { op: UnOp::ToPropertyKey, dst, a: k });
                dst
            }
        };
        let home = match self.implicit_binding(KEY_HOME, HOME) {
            Some(b) => self.read_raw(&b),
            None => self.undefined(),
        };
        (home, key, this)
    }

    /// 13.3.7.1 `super(...args)` in a derived constructor (or an arrow in
    /// one): Construct(GetSuperConstructor(), args, new.target), then
    /// BindThisValue and InitializeInstanceElements.
    fn super_call(&mut self, c: &ast::CallExpr) -> Var {
        let Some(ctor_b) = self.implicit_binding(KEY_CTOR, CTOR) else {
            self.unsupported("super() outside a class constructor", c.span);
            return self.undefined();
        };
        let ctor = self.read_raw(&ctor_b);
        let nt = self.implicit(KEY_NEW_TARGET);
        let args = match self.args(&c.args) {
            Ok(elems) => {
                let arr = self.new_var();
                self.emit(Inst::NewArray { dst: arr, elems });
                arr
            }
            Err(arr) => arr,
        };
        self.pos(c.span);
        let r = self.new_var();
        self.emit(Inst::SuperConstruct { dst: r, ctor, new_target: nt, args });
        self.bind_this(r, c.span);
        self.init_instance_fields(r);
        r
    }

    /// 9.1.1.3.1 BindThisValue: a second super() is a ReferenceError.
    fn bind_this(&mut self, v: Var, sp: swc_common::Span) {
        let Some(b) = self.implicit_binding(KEY_THIS, "this") else { return };
        let cur = self.read_raw(&b);
        let ok = self.new_block();
        let bad = self.new_block();
        self.terminate(Term::BranchHole { var: cur, hole: ok, other: bad });
        self.switch_to(bad);
        self.pos(sp);
        let msg = self.str_id_of("Super constructor may only be called once");
        self.emit(Inst::ThrowError { kind: 1, msg });
        self.terminate(Term::Jump(ok));
        self.switch_to(ok);
        self.init_binding(&b, v);
    }

    /// 7.3.34 InitializeInstanceElements: the class's field initializer,
    /// if it has instance fields, called on the new object.
    fn init_instance_fields(&mut self, this: Var) {
        // (Only the innermost class's own initializer: an enclosing
        // class's `*fields*` is visible lexically but is not this class's.)
        if self.class_fields.last() != Some(&true) {
            return;
        }
        if let Some(b) = self.lookup(FIELDS) {
            let f = self.read_raw(&b);
            let dst = self.new_var();
            self.emit(Inst::Call { dst, callee: f, this, args: Vec::new(), name: None });
        }
    }

    /// A strict method-like function whose body `body` emits (after the
    /// hoisting of `stmts`); returns its closure.
    fn synthetic_method(&mut self, key: u32, sp: swc_common::Span, name: &str, stmts: &[ast::Stmt], body: impl FnOnce(&mut Self)) -> Var {
        self.module.functions.push(placeholder_function());
        let id = (self.module.functions.len() - 1) as FuncId;
        self.begin_function(key, true, false);
        self.f().func_id = Some(id);
        self.function_prologue(key, sp, &[], stmts, false, None);
        body(self);
        let f = self.end_function(name, 0, false, sp);
        self.module.functions[id as usize] = f;
        let dst = self.new_var();
        self.emit(Inst::Closure { dst, func: id });
        dst
    }

    /// 15.7.14 ClassDefinitionEvaluation. `ident` is the class's own name
    /// (bound inside the class), `name` the function name it gets.
    fn class_def(&mut self, c: &ast::Class, ident: Option<&ast::Ident>, name: &str) -> Var {
        self.in_class += 1;
        let fi = self.fi();
        let ckey = self.off(c.span.lo);
        // 15.7.14 step 6: the class's Private Names, in order of first
        // declaration (a getter and a setter share one).
        let privs = Self::class_private_names(c, |p| self.off(p));
        // (7.3.34 InitializeInstanceElements: instance private methods and
        // fields need the initializer too.)
        let has_fields = c.body.iter().any(|m| match m {
            ast::ClassMember::ClassProp(p) => !p.is_static,
            ast::ClassMember::PrivateProp(p) => !p.is_static,
            ast::ClassMember::PrivateMethod(p) => !p.is_static,
            _ => false,
        });
        self.class_fields.push(has_fields);
        // The class scope: its name, the field initializer, computed field keys.
        let mut hidden: Vec<(String, BindKey, BindKind)> = Vec::new();
        if let Some(id) = ident {
            hidden.push((id.sym.to_string(), (self.off(id.span.lo), KEY_CLASS_INNER), BindKind::Const));
        }
        if has_fields {
            hidden.push((FIELDS.into(), (ckey, KEY_FIELDS), BindKind::Var));
        }
        for m in &c.body {
            if let ast::ClassMember::ClassProp(p) = m {
                if let ast::PropName::Computed(_) = p.key {
                    let k = self.off(p.span.lo);
                    hidden.push((format!("*key{k}*"), (k, KEY_FIELD_KEY), BindKind::Var));
                }
            }
        }
        // Bound after ClassHeritage, which sees the outer classes' names
        // (step 8.b): one per Private Name, and for instance private
        // methods and accessors their functions.
        let mut private_hidden: Vec<(String, BindKey)> = Vec::new();
        for p in &privs {
            private_hidden.push((p.name.clone(), (p.key, KEY_PRIVATE)));
            if !p.is_static && p.kind != PRIVATE_FIELD {
                private_hidden.push((format!("*fn{}*", p.name), (p.key, KEY_PRIVATE_FN)));
                if p.kind == PRIVATE_ACCESSOR {
                    private_hidden.push((format!("*set{}*", p.name), (p.key, KEY_PRIVATE_SETTER)));
                }
            }
        }
        let mut scope = Scope { bindings: HashMap::default(), env: None, env_slots: 0, is_switch: false };
        let n_env = hidden.iter().filter(|(_, k, _)| self.captured.contains(k)).count()
            + private_hidden.iter().filter(|(_, k)| self.captured.contains(k)).count();
        if n_env > 0 {
            self.emit(Inst::PushEnv { size: n_env as u32 });
            self.env_chain.push(fi);
            scope.env = Some(self.env_chain.len() - 1);
        }
        self.f().scopes.push(scope);
        for (n, k, kind) in &hidden {
            let b = self.declare_key(n, *k, *kind, u32::MAX, c.span);
            if *kind == BindKind::Const {
                let h = self.constant(Const::Hole);
                self.init_binding(&b, h);
            }
        }
        // ClassHeritage (strict code, the class name in its TDZ).
        let parent = match &c.super_class {
            Some(e) => self.expr(e),
            None => self.constant(Const::Hole),
        };
        // Step 6: each evaluation of the class makes new Private Names.
        for (n, k) in &private_hidden {
            let b = self.declare_key(n, *k, BindKind::Var, u32::MAX, c.span);
            let v = if k.1 == KEY_PRIVATE {
                let p = privs.iter().find(|p| p.key == k.0).expect("declared");
                let desc = self.string_const(n);
                let kind = self.constant(Const::Number((p.kind + if p.is_static { PRIVATE_STATIC } else { 0 }) as f64));
                let cname = match ident {
                    Some(id) => self.string_const(id.sym.as_ref()),
                    None => self.undefined(),
                };
                let dst = self.new_var();
                self.emit(Inst::RtCall { dst, f: "kiln_private_name", args: vec![desc, kind, cname] });
                dst
            } else {
                self.undefined()
            };
            self.init_binding(&b, v);
        }
        let ctor_member = c.body.iter().find_map(|m| match m {
            ast::ClassMember::Constructor(k) if k.body.is_some() => Some(k),
            _ => None,
        });
        let f = self.class_constructor(c, ctor_member, name, c.super_class.is_some());
        let proto = self.new_var();
        self.pos(c.span);
        self.emit(Inst::ClassSetup { dst: proto, ctor: f, parent });
        // Elements, in order (15.7.14 step 25).
        let mut statics: Vec<&ast::ClassMember> = Vec::new();
        // Static private methods and accessors: (name, method or getter, setter).
        let mut static_methods: Vec<(String, Option<Var>, Option<Var>)> = Vec::new();
        for m in &c.body {
            match m {
                ast::ClassMember::Constructor(_) | ast::ClassMember::Empty(_) | ast::ClassMember::TsIndexSignature(_) => {}
                ast::ClassMember::Method(md) => {
                    let obj = if md.is_static { f } else { proto };
                    let key = self.prop_key(&md.key);
                    let kname = Self::prop_key_name(&md.key).unwrap_or_default();
                    let (kind, fname) = match md.kind {
                        ast::MethodKind::Method => (0, kname),
                        ast::MethodKind::Getter => (1, format!("get {kname}")),
                        ast::MethodKind::Setter => (2, format!("set {kname}")),
                    };
                    let val = self.lower_function_kind(&md.function, &fname, None, false);
                    self.emit(Inst::DefineClassElement { obj, key, val, kind });
                }
                ast::ClassMember::ClassProp(p) => {
                    if let ast::PropName::Computed(_) = p.key {
                        let k = self.prop_key(&p.key);
                        let dst = self.new_var();
                        self.emit(Inst::Unary { op: UnOp::ToPropertyKey, dst, a: k });
                        let b = self.lookup(&format!("*key{}*", self.off(p.span.lo))).expect("declared");
                        self.init_binding(&b, dst);
                    }
                    if p.is_static {
                        statics.push(m);
                    }
                }
                ast::ClassMember::StaticBlock(_) => statics.push(m),
                // 15.7.10 ClassElementEvaluation → 15.4.4 DefineMethod (+
                // [[HomeObject]]) and PrivateElement records.
                ast::ClassMember::PrivateMethod(pm) => {
                    let pname = format!("#{}", pm.key.name);
                    let fname = match pm.kind {
                        ast::MethodKind::Method => pname.clone(),
                        ast::MethodKind::Getter => format!("get {pname}"),
                        ast::MethodKind::Setter => format!("set {pname}"),
                    };
                    let val = self.lower_function_kind(&pm.function, &fname, None, false);
                    let home = if pm.is_static { f } else { proto };
                    let u = self.undefined();
                    self.emit(Inst::DefineClassElement { obj: home, key: u, val, kind: 3 });
                    let setter = pm.kind == ast::MethodKind::Setter;
                    if pm.is_static {
                        let i = match static_methods.iter().position(|(n, _, _)| *n == pname) {
                            Some(i) => i,
                            None => {
                                static_methods.push((pname.clone(), None, None));
                                static_methods.len() - 1
                            }
                        };
                        if setter {
                            static_methods[i].2 = Some(val);
                        } else {
                            static_methods[i].1 = Some(val);
                        }
                    } else {
                        let hidden_name = if setter { format!("*set{pname}*") } else { format!("*fn{pname}*") };
                        if let Some(b) = self.lookup(&hidden_name) {
                            self.init_binding(&b, val);
                        }
                    }
                }
                ast::ClassMember::PrivateProp(p) => {
                    if p.is_static {
                        statics.push(m);
                    }
                }
                ast::ClassMember::AutoAccessor(a) => self.unsupported("auto-accessors", a.span),
            }
        }
        // The instance field initializer (its [[HomeObject]] is the prototype).
        if has_fields {
            let fields: Vec<&ast::ClassMember> = c
                .body
                .iter()
                .filter(|m| match m {
                    ast::ClassMember::ClassProp(p) => !p.is_static,
                    ast::ClassMember::PrivateProp(p) => !p.is_static,
                    _ => false,
                })
                .collect();
            let methods: Vec<&PrivateDecl> = privs.iter().filter(|p| !p.is_static && p.kind != PRIVATE_FIELD).collect();
            let init = self.synthetic_method(ckey, c.span, "", &[], |me| {
                let this = me.implicit(KEY_THIS);
                // 7.3.34 InitializeInstanceElements: private methods first
                // (7.3.32 PrivateMethodOrAccessorAdd), then the fields in order.
                for p in methods {
                    let name = me.lookup(&p.name).map(|b| me.read_raw(&b));
                    let a = me.lookup(&format!("*fn{}*", p.name)).map(|b| me.read_raw(&b));
                    let b = match me.lookup(&format!("*set{}*", p.name)) {
                        Some(b) => Some(me.read_raw(&b)),
                        None => None,
                    };
                    if let (Some(name), Some(a)) = (name, a) {
                        let b = b.unwrap_or_else(|| me.undefined());
                        let dst = me.new_var();
                        me.emit(Inst::RtCall { dst, f: "kiln_private_method_add", args: vec![this, name, a, b] });
                    }
                }
                for m in fields {
                    match m {
                        ast::ClassMember::ClassProp(p) => me.define_field(this, p),
                        ast::ClassMember::PrivateProp(p) => me.define_private_field(this, p),
                        _ => {}
                    }
                }
            });
            let u = self.undefined();
            self.emit(Inst::DefineClassElement { obj: proto, key: u, val: init, kind: 3 });
            let b = self.lookup(FIELDS).expect("declared");
            self.init_binding(&b, init);
        }
        // The inner name is bound before static elements run (step 27).
        if let Some(id) = ident {
            if let Some(b) = self.lookup(id.sym.as_ref()) {
                self.init_binding(&b, f);
            }
        }
        // Step 30: static private methods and accessors are added to F.
        for (pname, a, b) in static_methods {
            let Some(nb) = self.lookup(&pname) else { continue };
            let name = self.read_raw(&nb);
            let a = a.unwrap_or_else(|| self.undefined());
            let b = b.unwrap_or_else(|| self.undefined());
            let dst = self.new_var();
            self.emit(Inst::RtCall { dst, f: "kiln_private_method_add", args: vec![f, name, a, b] });
        }
        // Static fields and blocks, in order, each as a method of the class.
        for m in statics {
            let (sp, stmts): (swc_common::Span, &[ast::Stmt]) = match m {
                ast::ClassMember::StaticBlock(b) => (b.span, &b.body.stmts),
                other => (other.span(), &[]),
            };
            let key = self.off(sp.lo);
            let run = self.synthetic_method(key, sp, "", stmts, |me| match m {
                ast::ClassMember::ClassProp(p) => {
                    let this = me.implicit(KEY_THIS);
                    me.define_field(this, p);
                }
                ast::ClassMember::PrivateProp(p) => {
                    let this = me.implicit(KEY_THIS);
                    me.define_private_field(this, p);
                }
                ast::ClassMember::StaticBlock(b) => me.lower_stmts(&b.body.stmts),
                _ => {}
            });
            let u = self.undefined();
            self.emit(Inst::DefineClassElement { obj: f, key: u, val: run, kind: 3 });
            let dst = self.new_var();
            self.emit(Inst::Call { dst, callee: run, this: f, args: Vec::new(), name: None });
        }
        let scope = self.f().scopes.pop().expect("class scope");
        if scope.env.is_some() {
            self.emit(Inst::PopEnv);
            self.env_chain.pop();
        }
        self.in_class -= 1;
        self.class_fields.pop();
        f
    }

    /// 7.3.33 DefineField: one field of `this` (its key evaluated when the
    /// class was defined).
    fn define_field(&mut self, this: Var, p: &ast::ClassProp) {
        let (key, name) = match &p.key {
            ast::PropName::Computed(_) => {
                let b = self.lookup(&format!("*key{}*", self.off(p.span.lo))).expect("declared");
                (self.read_raw(&b), String::new())
            }
            k => (self.prop_key(k), Self::prop_key_name(k).unwrap_or_default()),
        };
        let val = match &p.value {
            Some(e) => self.expr_named(e, &name),
            None => self.undefined(),
        };
        self.pos(p.span);
        self.emit(Inst::DefineClassElement { obj: this, key, val, kind: 4 });
    }

    /// 7.3.33 DefineField for a private field: its initializer (named
    /// `#x`), then 7.3.31 PrivateFieldAdd.
    fn define_private_field(&mut self, this: Var, p: &ast::PrivateProp) {
        let pname = format!("#{}", p.key.name);
        let name = self.private_name(&p.key);
        let val = match &p.value {
            Some(e) => self.expr_named(e, &pname),
            None => self.undefined(),
        };
        self.pos(p.span);
        let dst = self.new_var();
        self.emit(Inst::RtCall { dst, f: "kiln_private_field_add", args: vec![this, name, val] });
    }

    /// The Private Names a class body declares (PrivateBoundIdentifiers),
    /// in order of first declaration; `off` maps a position to a key.
    fn class_private_names(c: &ast::Class, off: impl Fn(swc_common::BytePos) -> u32) -> Vec<PrivateDecl> {
        let mut out: Vec<PrivateDecl> = Vec::new();
        for m in &c.body {
            let (key, kind, is_static) = match m {
                ast::ClassMember::PrivateProp(p) => (&p.key, PRIVATE_FIELD, p.is_static),
                ast::ClassMember::PrivateMethod(p) => {
                    (&p.key, if p.kind == ast::MethodKind::Method { PRIVATE_METHOD } else { PRIVATE_ACCESSOR }, p.is_static)
                }
                _ => continue,
            };
            let name = format!("#{}", key.name);
            if out.iter().any(|p| p.name == name) {
                continue; // the other half of an accessor pair
            }
            out.push(PrivateDecl { name, key: off(key.span.lo), kind, is_static });
        }
        out
    }

    /// A class's constructor function (15.7.14 steps 14–15; a default one
    /// when the class has none).
    fn class_constructor(&mut self, c: &ast::Class, ctor: Option<&ast::Constructor>, name: &str, derived: bool) -> Var {
        let (key, sp) = match ctor {
            Some(k) => (self.off(k.span.lo), k.span),
            None => (self.off(c.span.lo) + 1, c.span),
        };
        self.module.functions.push(placeholder_function());
        let id = (self.module.functions.len() - 1) as FuncId;
        self.begin_function(key, true, false);
        self.f().func_id = Some(id);
        // 10.2.1 [[Call]] step 2: a class constructor needs `new`.
        let nt = self.new_var();
        self.emit(Inst::NewTarget { dst: nt });
        self.f().new_target_var = Some(nt);
        let u = self.undefined();
        let called = self.new_var();
        self.emit(Inst::Binary { op: BinOp::StrictEq, dst: called, a: nt, b: u });
        let bad = self.new_block();
        let ok = self.new_block();
        self.terminate(Term::Branch { cond: called, then: bad, els: ok });
        self.switch_to(bad);
        self.pos(sp);
        let msg = self.str_id_of(&format!("Class constructor {name} cannot be invoked without 'new'"));
        self.emit(Inst::ThrowError { kind: 0, msg });
        self.terminate(Term::Jump(ok));
        self.switch_to(ok);
        // 10.2.2 step 6.b: a base class's fields come before the body.
        if !derived {
            let this = self.new_var();
            self.emit(Inst::This { dst: this });
            self.init_instance_fields(this);
        }
        let params: Vec<&ast::Pat> = ctor
            .map(|k| {
                k.params
                    .iter()
                    .filter_map(|p| match p {
                        ast::ParamOrTsParamProp::Param(p) => Some(&p.pat),
                        ast::ParamOrTsParamProp::TsParamProp(_) => None,
                    })
                    .collect()
            })
            .unwrap_or_default();
        let body: &[ast::Stmt] = ctor.and_then(|k| k.body.as_ref()).map(|b| b.stmts.as_slice()).unwrap_or(&[]);
        if derived {
            // `this` is unbound until super() (kind Let: reads check it) and
            // the constructor's own closure is kept for GetSuperConstructor.
            self.f().derived_ctor = true;
        }
        self.function_prologue(key, sp, &params, body, false, None);
        if derived {
            let vs = self.f().var_scope;
            if let Some(b) = self.f().scopes[vs].bindings.get_mut("this") {
                b.kind = BindKind::Let;
            }
            let b = self.f().scopes[vs].bindings.get("this").cloned();
            if let Some(b) = b {
                let h = self.constant(Const::Hole);
                self.init_binding(&b, h);
                self.initializing.push(b.key);
            }
            let cb = self.declare_key(CTOR, (key, KEY_CTOR), BindKind::Implicit, 0, sp);
            let callee = self.new_var();
            self.emit(Inst::Callee { dst: callee });
            self.init_binding(&cb, callee);
            if ctor.is_none() {
                // The default derived constructor passes its arguments on
                // (15.7.14 step 14.a, without iterating them).
                let args = self.new_var();
                self.emit(Inst::RestArgs { dst: args, start: 0 });
                let nt = self.implicit(KEY_NEW_TARGET);
                self.pos(sp);
                let r = self.new_var();
                self.emit(Inst::SuperConstruct { dst: r, ctor: callee, new_target: nt, args });
                self.bind_this(r, sp);
                self.init_instance_fields(r);
            }
        }
        self.lower_stmts(body);
        if derived {
            let u = self.undefined();
            self.do_return(u);
            let vs = self.f().var_scope;
            if let Some(k) = self.f().scopes[vs].bindings.get("this").map(|b| b.key) {
                if let Some(i) = self.initializing.iter().rposition(|x| *x == k) {
                    self.initializing.remove(i);
                }
            }
        }
        let nparams = params.iter().take_while(|p| !matches!(p, ast::Pat::Assign(_) | ast::Pat::Rest(_))).count() as u32;
        let f = self.end_function(name, nparams, true, sp);
        self.module.functions[id as usize] = f;
        let dst = self.new_var();
        self.emit(Inst::Closure { dst, func: id });
        dst
    }
}

//! The workspace: open documents, files of the workspace folder read from
//! disk, and every query that crosses files (imports and exports: go to
//! definition, references, rename, K2003/K2004 diagnostics, workspace
//! symbols). Synchronous; `lib.rs` calls it on blocking threads.

use crate::analysis::{self, DocAnalysis};
use crate::builtins;
use kiln_compiler::front::Retained;
use kiln_compiler::modules::{ExportKind, Imported};
use std::collections::{HashMap, HashSet};
use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::SystemTime;
use tower_lsp::lsp_types::*;

pub struct Document {
    pub text: Arc<String>,
    pub version: i32,
    pub generation: u64,
    pub analysis: Option<(u64, Arc<DocAnalysis>)>,
    /// The compiler's parse of an analysed version (its generation), from
    /// which the next analysis re-parses only what an edit touched. Kept
    /// only for the [`MAX_KEPT_PARSES`] documents edited last.
    pub kept: Option<(u64, Retained)>,
    /// When the document was last edited ([`Workspace::tick`]; 0: not since opened).
    pub edited: u64,
    /// Export names at the last publication (dependents are re-checked when they change).
    pub published_exports: Option<Vec<String>>,
}

/// How many open documents keep their syntax tree for incremental
/// re-parsing: those being typed in. (A tree takes several times the
/// memory of its text, so files that are only open do not keep one.)
pub const MAX_KEPT_PARSES: usize = 4;

/// What an analysis replaced, to be freed once diagnostics are published.
pub type Replaced = (Option<Arc<DocAnalysis>>, Vec<Retained>);

#[derive(Default)]
pub struct Workspace {
    /// Orders edits across documents (see `Document::edited`).
    pub tick: std::sync::atomic::AtomicU64,
    pub docs: Mutex<HashMap<Url, Document>>,
    /// Files of the workspace folder that are not open, by modification time.
    disk: Mutex<HashMap<PathBuf, (SystemTime, Arc<DocAnalysis>)>>,
    pub root: Mutex<Option<PathBuf>>,
}

/// A name exported by a module: the thing cross-file queries are about.
#[derive(Clone, Debug, PartialEq, Eq)]
struct ExportRef {
    module: PathBuf,
    name: String,
}

enum Sym {
    Local(usize),
    Export(ExportRef),
}

pub fn path_of(uri: &Url) -> PathBuf {
    uri.to_file_path().unwrap_or_else(|_| PathBuf::from(uri.path()))
}

fn url_of(path: &Path) -> Option<Url> {
    Url::from_file_path(path).ok()
}

/// `a/./b/../c` → `a/c`, without touching the file system.
fn normalize(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

pub fn is_relative_specifier(spec: &str) -> bool {
    spec.starts_with("./") || spec.starts_with("../") || spec == "." || spec == ".." || spec.starts_with('/')
}

const JS_EXTENSIONS: &[&str] = &["js", "mjs", "cjs"];

impl Workspace {
    /// The analysis of an open document's current text (computed if stale).
    pub fn analysis(&self, uri: &Url) -> Option<Arc<DocAnalysis>> {
        self.analysis_keeping_old(uri).map(|(a, _)| a)
    }

    /// [`Workspace::analysis`], also handing back the analysis it replaced in
    /// the document, so that the caller can free it when it has time (after
    /// publishing diagnostics, in `lib.rs`).
    pub fn analysis_keeping_old(&self, uri: &Url) -> Option<(Arc<DocAnalysis>, Replaced)> {
        let (text, generation, kept, keep) = {
            let mut docs = self.docs.lock().unwrap_or_else(|e| e.into_inner());
            let doc = docs.get_mut(uri)?;
            if let Some((g, a)) = &doc.analysis {
                if *g == doc.generation {
                    return Some((a.clone(), (None, Vec::new())));
                }
            }
            (doc.text.clone(), doc.generation, doc.kept.take(), doc.edited > 0)
        };
        let (a, kept) = analysis::analyze_incremental(text, &path_of(uri).to_string_lossy(), kept.map(|k| k.1), keep);
        let a = Arc::new(a);
        let (mut old, mut parses) = (None, Vec::new());
        let mut docs = self.docs.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(doc) = docs.get_mut(uri) {
            if doc.generation == generation && doc.analysis.as_ref().is_none_or(|(g, _)| *g < generation) {
                old = doc.analysis.replace((generation, a.clone())).map(|(_, a)| a);
            }
            // (Any kept parse is a valid start for the next one: it holds its own text.)
            if let Some(k) = kept {
                if doc.edited > 0 && doc.kept.as_ref().is_none_or(|(g, _)| *g < generation) {
                    parses.extend(doc.kept.replace((generation, k)).map(|k| k.1));
                } else {
                    parses.push(k);
                }
            }
        }
        // Only the documents edited last keep their parse.
        while docs.values().filter(|d| d.kept.is_some()).count() > MAX_KEPT_PARSES {
            let Some(oldest) = docs.values_mut().filter(|d| d.kept.is_some()).min_by_key(|d| d.edited) else { break };
            parses.extend(oldest.kept.take().map(|k| k.1));
        }
        Some((a, (old, parses)))
    }

    fn open_uri_of(&self, path: &Path) -> Option<Url> {
        let docs = self.docs.lock().unwrap_or_else(|e| e.into_inner());
        docs.keys().find(|u| path_of(u) == path).cloned()
    }

    /// The analysis of a file: the open document, or the file on disk.
    pub fn file(&self, path: &Path) -> Option<(Url, Arc<DocAnalysis>)> {
        if let Some(uri) = self.open_uri_of(path) {
            let a = self.analysis(&uri)?;
            return Some((uri, a));
        }
        let meta = std::fs::metadata(path).ok().filter(|m| m.is_file())?;
        let mtime = meta.modified().unwrap_or(SystemTime::UNIX_EPOCH);
        let url = url_of(path)?;
        if let Some((t, a)) = self.disk.lock().unwrap_or_else(|e| e.into_inner()).get(path) {
            if *t == mtime {
                return Some((url, a.clone()));
            }
        }
        let text = std::fs::read_to_string(path).ok()?;
        let a = Arc::new(analysis::analyze(Arc::new(text), &path.to_string_lossy()));
        self.disk.lock().unwrap_or_else(|e| e.into_inner()).insert(path.to_path_buf(), (mtime, a.clone()));
        Some((url, a))
    }

    fn exists(&self, path: &Path) -> bool {
        self.open_uri_of(path).is_some() || path.is_file()
    }

    /// The file a relative specifier names, as Node resolves it (exact
    /// name, then with `.js`/`.mjs`/`.cjs`, then `index.*` in a folder).
    pub fn resolve(&self, from: &Path, spec: &str) -> Option<PathBuf> {
        if !is_relative_specifier(spec) {
            return None;
        }
        let base = normalize(&from.parent().unwrap_or(Path::new("/")).join(spec));
        let mut cands = vec![base.clone()];
        for ext in JS_EXTENSIONS {
            let mut s = base.clone().into_os_string();
            s.push(format!(".{ext}"));
            cands.push(PathBuf::from(s));
        }
        for ext in JS_EXTENSIONS {
            cands.push(base.join(format!("index.{ext}")));
        }
        cands.into_iter().find(|c| self.exists(c))
    }

    /// Open documents and the `.js`/`.mjs`/`.cjs` files of the workspace folder.
    pub fn all_files(&self) -> Vec<PathBuf> {
        let mut out: Vec<PathBuf> = self.docs.lock().unwrap_or_else(|e| e.into_inner()).keys().map(path_of).collect();
        if let Some(root) = self.root.lock().unwrap_or_else(|e| e.into_inner()).clone() {
            let mut stack = vec![(root, 0)];
            while let Some((dir, depth)) = stack.pop() {
                let Ok(rd) = std::fs::read_dir(&dir) else { continue };
                for e in rd.flatten() {
                    let p = e.path();
                    let name = e.file_name().to_string_lossy().into_owned();
                    let Ok(ft) = e.file_type() else { continue };
                    if ft.is_dir() {
                        if depth < 16 && !name.starts_with('.') && name != "node_modules" && name != "target" {
                            stack.push((p, depth + 1));
                        }
                    } else if ft.is_file() && p.extension().is_some_and(|x| JS_EXTENSIONS.iter().any(|e| x == *e)) {
                        out.push(p);
                    }
                    if out.len() > 5000 {
                        break;
                    }
                }
            }
        }
        let mut seen = HashSet::new();
        out.retain(|p| seen.insert(p.clone()));
        out.sort();
        out
    }

    // ------------------------------------------------------------ diagnostics

    /// K2003 (relative import of a file that does not exist) and K2004
    /// (import of a name the module does not export).
    pub fn import_diagnostics(&self, uri: &Url, a: &DocAnalysis) -> Vec<Diagnostic> {
        let me = path_of(uri);
        let mut out = Vec::new();
        let mut targets: HashMap<&str, Option<Arc<DocAnalysis>>> = HashMap::new();
        for im in &a.modules.imports {
            if !is_relative_specifier(&im.specifier) {
                continue;
            }
            let target = targets
                .entry(im.specifier.as_str())
                .or_insert_with(|| self.resolve(&me, &im.specifier).and_then(|p| self.file(&p)).map(|f| f.1))
                .clone();
            let Some(target) = target else {
                if im.local.is_some() || matches!(im.imported, Imported::SideEffect) {
                    // One diagnostic per specifier string.
                    if out.iter().any(|d: &Diagnostic| d.range == a.range(im.spec_start, im.spec_end)) {
                        continue;
                    }
                    out.push(diag(a, im.spec_start, im.spec_end, "K2003", DiagnosticSeverity::ERROR, format!("cannot find module '{}'", im.specifier)));
                }
                continue;
            };
            let missing = |name: &str| target.modules.exports_name(name) == Some(false);
            match &im.imported {
                Imported::Named(n) if missing(n) => {
                    out.push(diag(a, im.name_start, im.name_end, "K2004", DiagnosticSeverity::ERROR, format!("'{}' does not export '{n}'", im.specifier)));
                }
                Imported::Default if target.modules.es_module && missing("default") => {
                    let (s, e) = im.local.as_ref().map(|l| (l.1, l.2)).unwrap_or((im.spec_start, im.spec_end));
                    out.push(diag(a, s, e, "K2004", DiagnosticSeverity::ERROR, format!("'{}' has no default export", im.specifier)));
                }
                Imported::Namespace => {
                    // `m.name` on a module whose exports are all known.
                    let Some(i) = local_decl(a, im) else { continue };
                    for (name, s, e) in a.member_accesses(i) {
                        if missing(&name) {
                            let sev = if target.modules.es_module { DiagnosticSeverity::ERROR } else { DiagnosticSeverity::WARNING };
                            out.push(diag(a, s, e, "K2004", sev, format!("'{}' does not export '{name}'", im.specifier)));
                        }
                    }
                }
                _ => {}
            }
        }
        out.sort_by_key(|d| (d.range.start.line, d.range.start.character));
        out
    }

    /// Open documents that import `path` (to re-check when its exports change).
    pub fn open_dependents(&self, path: &Path) -> Vec<Url> {
        let docs: Vec<(Url, Option<Arc<DocAnalysis>>)> =
            self.docs.lock().unwrap_or_else(|e| e.into_inner()).iter().map(|(u, d)| (u.clone(), d.analysis.as_ref().map(|a| a.1.clone()))).collect();
        docs.into_iter()
            .filter(|(u, a)| {
                let me = path_of(u);
                me != path
                    && a.as_ref().is_some_and(|a| {
                        a.modules.imports.iter().any(|im| is_relative_specifier(&im.specifier) && self.resolve(&me, &im.specifier).as_deref() == Some(path))
                    })
            })
            .map(|(u, _)| u)
            .collect()
    }

    // ------------------------------------------------------------ navigation

    /// What the name at `off` in `a` stands for, following imports.
    fn symbol_at(&self, me: &Path, a: &DocAnalysis, off: usize) -> Option<Sym> {
        // The `a` of `import { a as b }`.
        if let Some(im) = a.import_name_at(off) {
            if let (Imported::Named(n), Some(m)) = (&im.imported, self.resolve(me, &im.specifier)) {
                return Some(Sym::Export(ExportRef { module: m, name: n.clone() }));
            }
        }
        // `ns.name` where `ns` is a module namespace or a require binding.
        if let Some((i, name, _, _)) = a.member_at(off) {
            if let Some(im) = a.import_of_decl(i) {
                if im.imported == Imported::Namespace {
                    if let Some(m) = self.resolve(me, &im.specifier) {
                        return Some(Sym::Export(ExportRef { module: m, name }));
                    }
                }
            }
        }
        // An exported name written apart from a local binding (`b` in
        // `export { a as b }`, `h` in `module.exports = { h: g }`, `exports.z`).
        if let Some(ex) = a.modules.exports.iter().find(|ex| ex.start <= off && off <= ex.end && ex.local != Some((ex.start, ex.end))) {
            if !matches!(ex.kind, ExportKind::Default | ExportKind::Declaration) {
                return Some(Sym::Export(ExportRef { module: me.to_path_buf(), name: ex.name.clone() }));
            }
        }
        let i = a.decl_at(off)?;
        if let Some(im) = a.import_of_decl(i) {
            if let (Imported::Named(n), Some(m)) = (&im.imported, self.resolve(me, &im.specifier)) {
                if im.name_start == im.local.as_ref().map(|l| l.1).unwrap_or(usize::MAX) {
                    return Some(Sym::Export(ExportRef { module: m, name: n.clone() }));
                }
            }
        }
        let d = &a.symbols.declarations[i];
        if let Some(ex) = a.modules.exports.iter().find(|ex| ex.kind == ExportKind::Declaration && ex.start == d.start) {
            return Some(Sym::Export(ExportRef { module: me.to_path_buf(), name: ex.name.clone() }));
        }
        Some(Sym::Local(i))
    }

    /// Where `name` is defined in `module`.
    fn export_definition(&self, target: &ExportRef) -> Option<Location> {
        let (url, t) = self.file(&target.module)?;
        let ex = t.modules.exports.iter().find(|e| e.name == target.name)?;
        let (s, e) = match ex.local.and_then(|(ls, _)| t.decl_at(ls)) {
            Some(i) => {
                let d = &t.symbols.declarations[i];
                (d.start, d.end)
            }
            None => (ex.start, ex.end),
        };
        Some(Location::new(url, t.range(s, e)))
    }

    pub fn definition(&self, uri: &Url, pos: Position) -> Option<Location> {
        let a = self.analysis(uri)?;
        let me = path_of(uri);
        let off = a.offset(pos);
        if let Some(im) = a.import_spec_at(off) {
            let p = self.resolve(&me, &im.specifier)?;
            return Some(Location::new(url_of(&p)?, Range::default()));
        }
        match self.symbol_at(&me, &a, off)? {
            Sym::Export(t) => self.export_definition(&t).or_else(|| a.definition(uri, pos)),
            Sym::Local(i) => {
                // An aliased or default import: the exporting declaration.
                if let Some(im) = a.import_of_decl(i) {
                    let name = match &im.imported {
                        Imported::Named(n) => Some(n.clone()),
                        Imported::Default => Some("default".to_string()),
                        _ => None,
                    };
                    if let (Some(name), Some(m)) = (name, self.resolve(&me, &im.specifier)) {
                        if let Some(l) = self.export_definition(&ExportRef { module: m, name }) {
                            return Some(l);
                        }
                    }
                }
                a.definition(uri, pos)
            }
        }
    }

    pub fn prepare_rename(&self, uri: &Url, pos: Position) -> Option<Range> {
        let a = self.analysis(uri)?;
        let off = a.offset(pos);
        match self.symbol_at(&path_of(uri), &a, off)? {
            Sym::Local(_) => a.prepare_rename(pos),
            Sym::Export(_) => {
                let (s, e) = crate::text::word_at(&a.text, off);
                (s < e).then(|| a.range(s, e))
            }
        }
    }

    /// Every place that names the export, as (file, start, end, edit kind).
    fn export_occurrences(&self, target: &ExportRef) -> Vec<(Url, Arc<DocAnalysis>, usize, usize, Occ)> {
        let mut out = Vec::new();
        if let Some((url, t)) = self.file(&target.module) {
            for ex in t.modules.exports.iter().filter(|e| e.name == target.name) {
                let occ = match ex.kind {
                    ExportKind::Declaration => Occ::Local,
                    ExportKind::Specifier { aliased: false } => Occ::KeepLocal(format!("{} as ", ex.name)),
                    ExportKind::Property { shorthand: true } => Occ::KeepLocalSuffix,
                    ExportKind::Default => Occ::Fixed,
                    _ => Occ::Name,
                };
                out.push((url.clone(), t.clone(), ex.start, ex.end, occ));
                if ex.kind == ExportKind::Declaration {
                    if let Some(i) = t.decl_at(ex.start) {
                        for (s, e) in t.occurrences(i).into_iter().skip(1) {
                            out.push((url.clone(), t.clone(), s, e, Occ::Local));
                        }
                    }
                } else if let Some(i) = ex.local.and_then(|(ls, _)| t.decl_at(ls)) {
                    // The exported local's own occurrences are references too, but
                    // keep their name when the export is renamed.
                    for (s, e) in t.occurrences(i) {
                        if (s, e) != (ex.start, ex.end) {
                            out.push((url.clone(), t.clone(), s, e, Occ::Fixed));
                        }
                    }
                }
            }
        }
        for f in self.all_files() {
            if f == target.module {
                continue;
            }
            let Some((url, a)) = self.file(&f) else { continue };
            for im in &a.modules.imports {
                if !is_relative_specifier(&im.specifier) || self.resolve(&f, &im.specifier).as_deref() != Some(target.module.as_path()) {
                    continue;
                }
                match &im.imported {
                    Imported::Named(n) if *n == target.name => {
                        let unaliased = im.local.as_ref().is_some_and(|l| l.1 == im.name_start);
                        if unaliased {
                            if let Some(i) = local_decl(&a, im) {
                                for (s, e) in a.occurrences(i) {
                                    out.push((url.clone(), a.clone(), s, e, Occ::Importer));
                                }
                            }
                        } else {
                            out.push((url.clone(), a.clone(), im.name_start, im.name_end, Occ::Name));
                        }
                    }
                    Imported::Default if target.name == "default" => {
                        if let Some(i) = local_decl(&a, im) {
                            for (s, e) in a.occurrences(i) {
                                out.push((url.clone(), a.clone(), s, e, Occ::Fixed));
                            }
                        }
                    }
                    Imported::Namespace => {
                        if let Some(i) = local_decl(&a, im) {
                            for (name, s, e) in a.member_accesses(i) {
                                if name == target.name {
                                    out.push((url.clone(), a.clone(), s, e, Occ::Name));
                                }
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
        let mut seen = HashSet::new();
        out.retain(|o| seen.insert((o.0.clone(), o.2, o.3)));
        out
    }

    pub fn references(&self, uri: &Url, pos: Position, include_decl: bool) -> Option<Vec<Location>> {
        let a = self.analysis(uri)?;
        let me = path_of(uri);
        let off = a.offset(pos);
        match self.symbol_at(&me, &a, off)? {
            Sym::Local(i) => {
                let mut locs = a.references(uri, pos, include_decl)?;
                // A local exported under its own name (`module.exports = { f }`,
                // `export { f }`): uses in importing files too.
                let d = &a.symbols.declarations[i];
                let occ = a.occurrences(i);
                for ex in a.modules.exports.iter().filter(|ex| ex.local.is_some_and(|l| occ.contains(&l))) {
                    let t = ExportRef { module: me.clone(), name: ex.name.clone() };
                    for (u, b, s, e, _) in self.export_occurrences(&t) {
                        let l = Location::new(u, b.range(s, e));
                        if !locs.contains(&l) && !(l.uri == *uri && b.range(d.start, d.end) == l.range && !include_decl) {
                            locs.push(l);
                        }
                    }
                }
                Some(locs)
            }
            Sym::Export(t) => {
                let def = self.export_definition(&t);
                let mut locs: Vec<Location> = Vec::new();
                for (u, b, s, e, _) in self.export_occurrences(&t) {
                    let l = Location::new(u, b.range(s, e));
                    if (include_decl || Some(&l) != def.as_ref()) && !locs.contains(&l) {
                        locs.push(l);
                    }
                }
                Some(locs)
            }
        }
    }

    pub fn rename(&self, uri: &Url, pos: Position, new_name: &str) -> Result<WorkspaceEdit, String> {
        let a = self.analysis(uri).ok_or("document not open")?;
        let me = path_of(uri);
        let off = a.offset(pos);
        let t = match self.symbol_at(&me, &a, off).ok_or("no symbol to rename at this position")? {
            Sym::Local(_) => return a.rename(uri, pos, new_name),
            Sym::Export(t) => t,
        };
        if !builtins::is_identifier(new_name) {
            return Err(format!("'{new_name}' is not a valid identifier"));
        }
        if t.name == new_name {
            return Ok(WorkspaceEdit::default());
        }
        let (_, target) = self.file(&t.module).ok_or("the module that exports this name cannot be read")?;
        if !target.modules.exports.iter().any(|e| e.name == t.name) {
            return Err(format!("'{}' is not exported by {}", t.name, t.module.display()));
        }
        if target.modules.exports_name(new_name) != Some(false) {
            return Err(format!("{} already exports '{new_name}' (or its exports are not all known)", t.module.display()));
        }
        if target.modules.exports.iter().any(|e| e.name == t.name && matches!(e.kind, ExportKind::Default | ExportKind::ReExport)) {
            return Err("cannot rename a default export or a re-export".into());
        }
        let mut changes: HashMap<Url, Vec<TextEdit>> = HashMap::new();
        let mut checked = HashSet::new();
        for (u, b, s, e, occ) in self.export_occurrences(&t) {
            let old = &b.text[s..e];
            let text = match occ {
                Occ::Fixed => continue,
                Occ::Name => new_name.to_string(),
                Occ::KeepLocal(prefix) => format!("{prefix}{new_name}"),
                Occ::KeepLocalSuffix => format!("{new_name}: {old}"),
                Occ::Local | Occ::Importer => {
                    let i = b.decl_at(s).ok_or("internal: no declaration")?;
                    if checked.insert((u.clone(), i)) {
                        if let Some(why) = b.rename_conflict(i, new_name) {
                            return Err(format!("{why} (in {})", path_of(&u).display()));
                        }
                    }
                    // `{ greet }` keeps its key.
                    if b.outline().shorthands.binary_search(&s).is_ok() {
                        format!("{old}: {new_name}")
                    } else {
                        new_name.to_string()
                    }
                }
            };
            changes.entry(u).or_default().push(TextEdit::new(b.range(s, e), text));
        }
        Ok(WorkspaceEdit { changes: Some(changes), ..Default::default() })
    }

    /// Hover; on an imported name (or `ns.name` of a relative module), the
    /// exporting declaration's hover under an `(import)` line.
    pub fn hover(&self, uri: &Url, pos: Position) -> Option<Hover> {
        let a = self.analysis(uri)?;
        let me = path_of(uri);
        let off = a.offset(pos);
        let local = a.hover(pos);
        let import = a.decl_at(off).and_then(|i| a.import_of_decl(i).map(|im| (i, im)));
        let target = match self.symbol_at(&me, &a, off) {
            Some(Sym::Export(t)) if t.module != me => Some(t),
            Some(Sym::Local(i)) => a.import_of_decl(i).and_then(|im| {
                let name = match &im.imported {
                    Imported::Named(n) => n.clone(),
                    Imported::Default => "default".into(),
                    _ => return None,
                };
                Some(ExportRef { module: self.resolve(&me, &im.specifier)?, name })
            }),
            _ => None,
        };
        let mut parts = Vec::new();
        if let Some((i, im)) = import {
            let d = &a.symbols.declarations[i];
            parts.push(format!("```js\n(import) {} from \"{}\"\n```", d.name, im.specifier));
        }
        if let Some(loc) = target.as_ref().and_then(|t| self.export_definition(t)) {
            let (_, t) = self.file(&path_of(&loc.uri))?;
            if let Some(Hover { contents: HoverContents::Markup(m), .. }) = t.hover(loc.range.start) {
                parts.push(m.value);
            }
        }
        if parts.is_empty() {
            return local;
        }
        let range = local.and_then(|h| h.range).or_else(|| {
            let (s, e) = crate::text::word_at(&a.text, off);
            (s < e).then(|| a.range(s, e))
        });
        Some(Hover { contents: HoverContents::Markup(MarkupContent { kind: MarkupKind::Markdown, value: parts.join("\n\n") }), range })
    }

    /// Completion; after `m.` where `m` binds a relative module (`require`
    /// or `import * as`), the names that module exports.
    pub fn completion(&self, uri: &Url, pos: Position) -> Option<Vec<CompletionItem>> {
        let a = self.analysis(uri)?;
        let off = a.offset(pos);
        let start = crate::text::word_start(&a.text, off);
        if let Some(before) = a.text[..start].strip_suffix('.') {
            let before = before.trim_end();
            let rs = crate::text::word_start(before, before.len());
            let patched = a.patched_for_completion(off);
            let a = patched.as_ref().unwrap_or(&a);
            let im = a.decl_at(rs).and_then(|i| a.import_of_decl(i)).filter(|im| im.imported == Imported::Namespace);
            if let Some(target) = im.and_then(|im| self.resolve(&path_of(uri), &im.specifier)) {
                let (_, t) = self.file(&target)?;
                let mut seen = HashSet::new();
                return Some(
                    t.modules
                        .exports
                        .iter()
                        .filter(|e| e.name != "default" && seen.insert(e.name.clone()))
                        .map(|e| {
                            let is_fn = e.local.and_then(|(ls, _)| t.decl_at(ls)).is_some_and(|i| {
                                t.symbols.declarations[i].kind == kiln_compiler::lower::SymbolKind::Function
                            });
                            CompletionItem {
                                label: e.name.clone(),
                                kind: Some(if is_fn { CompletionItemKind::FUNCTION } else { CompletionItemKind::PROPERTY }),
                                detail: Some(format!("export of {}", target.file_name().map(|f| f.to_string_lossy()).unwrap_or_default())),
                                ..Default::default()
                            }
                        })
                        .collect(),
                );
            }
        }
        Some(a.completion(pos))
    }

    // ------------------------------------------------------------ symbols

    pub fn symbols(&self, query: &str) -> Vec<SymbolInformation> {
        let q = query.to_lowercase();
        let mut out = Vec::new();
        for f in self.all_files() {
            let Some((url, a)) = self.file(&f) else { continue };
            #[allow(deprecated)]
            fn walk(a: &DocAnalysis, url: &Url, syms: &[kiln_compiler::outline::OutlineSymbol], container: Option<&str>, q: &str, out: &mut Vec<SymbolInformation>) {
                for s in syms {
                    if !s.name.is_empty() && fuzzy(&s.name.to_lowercase(), q) {
                        out.push(SymbolInformation {
                            name: s.name.clone(),
                            kind: analysis::lsp_symbol_kind(s.kind),
                            tags: None,
                            deprecated: None,
                            location: Location::new(url.clone(), a.range(s.name_start, s.name_end)),
                            container_name: container.map(str::to_string),
                        });
                    }
                    walk(a, url, &s.children, Some(&s.name), q, out);
                }
            }
            walk(&a, &url, &a.outline().symbols, None, &q, &mut out);
            if out.len() > 1000 {
                break;
            }
        }
        out
    }
}

/// Whether the characters of `q` occur in order in `name`.
fn fuzzy(name: &str, q: &str) -> bool {
    let mut it = name.chars();
    q.chars().all(|c| it.any(|n| n == c))
}

/// How an occurrence of an export changes when the export is renamed.
enum Occ {
    /// A binding of the exporting module renamed with the export.
    Local,
    /// The local binding of an unaliased named import, renamed with the export.
    Importer,
    /// The exported name itself (`exports.a`, `{ a: x }`, `{ a as b }`'s `b`, `ns.a`).
    Name,
    /// `export { a }`: becomes `a as new`.
    KeepLocal(String),
    /// `module.exports = { a }`: becomes `new: a`.
    KeepLocalSuffix,
    /// Refers to the export but keeps its text.
    Fixed,
}

fn local_decl(a: &DocAnalysis, im: &kiln_compiler::modules::Import) -> Option<usize> {
    let l = im.local.as_ref()?;
    a.symbols.declarations.iter().position(|d| d.start == l.1 && d.end == l.2)
}

fn diag(a: &DocAnalysis, s: usize, e: usize, code: &str, severity: DiagnosticSeverity, message: String) -> Diagnostic {
    Diagnostic {
        range: a.range(s, e),
        severity: Some(severity),
        code: Some(NumberOrString::String(code.into())),
        source: Some("kiln".into()),
        message,
        ..Default::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn open(ws: &Workspace, name: &str, text: &str) -> Url {
        let uri = Url::parse(&format!("file:///tmp/kiln-ws-test/{name}")).unwrap();
        let doc = Document { text: Arc::new(text.into()), version: 1, generation: 0, analysis: None, kept: None, edited: 0, published_exports: None };
        ws.docs.lock().unwrap().insert(uri.clone(), doc);
        uri
    }

    /// What `lib.rs` does on `didChange`.
    fn edit(ws: &Workspace, uri: &Url, f: impl FnOnce(&mut String)) {
        let mut docs = ws.docs.lock().unwrap();
        let doc = docs.get_mut(uri).unwrap();
        f(Arc::make_mut(&mut doc.text));
        doc.generation += 1;
        doc.edited = ws.tick.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
    }

    fn kept(ws: &Workspace) -> usize {
        ws.docs.lock().unwrap().values().filter(|d| d.kept.is_some()).count()
    }

    const SRC: &str = "function f(a) {\n  return a + 1;\n}\nconst unused = 2;\nconsole.log(f(1), \"s\");\nlet t = f(2);\nconsole.log(t);\n";

    #[test]
    fn typing_reparses_incrementally_with_from_scratch_results() {
        let ws = Workspace::default();
        let uri = open(&ws, "a.js", SRC);
        let a = ws.analysis(&uri).unwrap();
        assert!(!a.incremental);
        assert_eq!(kept(&ws), 0, "a document that is only open keeps no syntax tree");
        let mut incremental = Vec::new();
        let at = SRC.find("\"s\"").unwrap() + 1;
        // Typed into the string, then a quote that breaks the file and its removal.
        for (typed, delete) in [("x", false), ("y", false), ("\"", false), ("\"", true), ("z", false), ("", true)] {
            edit(&ws, &uri, |t| if delete { t.remove(at); } else { t.insert_str(at, typed) });
            let a = ws.analysis(&uri).unwrap();
            incremental.push(a.incremental);
            let fresh = analysis::analyze(a.text.clone(), &a.path);
            assert_eq!(serde_json::to_value(a.diagnostics()).unwrap(), serde_json::to_value(fresh.diagnostics()).unwrap(), "{}", a.text);
        }
        // The first edit parses from scratch (nothing kept yet); typing inside
        // the string re-parses incrementally; from a text with a syntax error
        // the next version is parsed from scratch.
        assert_eq!(incremental, [false, true, false, false, true, true]);
        assert_eq!(kept(&ws), 1);
    }

    #[test]
    fn only_the_documents_edited_last_keep_their_tree() {
        let ws = Workspace::default();
        let uris: Vec<Url> = (0..MAX_KEPT_PARSES + 3).map(|i| open(&ws, &format!("d{i}.js"), SRC)).collect();
        for u in &uris {
            edit(&ws, u, |t| t.push_str("f(3);\n"));
            ws.analysis(u).unwrap();
        }
        assert_eq!(kept(&ws), MAX_KEPT_PARSES);
        let docs = ws.docs.lock().unwrap();
        for u in &uris[uris.len() - MAX_KEPT_PARSES..] {
            assert!(docs[u].kept.is_some(), "{u} was edited last");
        }
    }
}

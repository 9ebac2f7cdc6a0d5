//! The pipeline: read → parse → lower (resolve + KIR) → Cranelift → object
//! file + link, or → JIT → run.

use crate::diagnostics::{render, Diagnostic};
use crate::front::{parse, Goal};
use crate::kir;
use crate::lower::lower_program;
use cranelift_codegen::isa::OwnedTargetIsa;
use cranelift_codegen::settings::{self, Configurable};
use cranelift_module::default_libcall_names;
use std::path::{Path, PathBuf};

#[derive(Debug)]
pub enum DriverError {
    /// Rendered diagnostics (code frames).
    Diagnostics(String),
    Io(String),
    Codegen(String),
    Link(String),
}

impl std::fmt::Display for DriverError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DriverError::Diagnostics(s) => f.write_str(s.trim_end()),
            DriverError::Io(s) => write!(f, "error[K3001]: {s}"),
            DriverError::Codegen(s) => write!(f, "error: {s}"),
            DriverError::Link(s) => write!(f, "error: linking failed: {s}"),
        }
    }
}

/// Everything the front-end says about a source file, without generating
/// code: the function the LSP and test262 runner share with `kiln build`.
pub struct Analysis {
    pub module: Option<kir::Module>,
    pub diagnostics: Vec<Diagnostic>,
    /// Undeclared identifiers (name, start, end).
    pub unresolved: Vec<(String, usize, usize)>,
    /// Declarations and resolved references (empty after a syntax error).
    pub symbols: crate::lower::Symbols,
    /// Imports and exports (filled by [`check`] and [`check_as`] only).
    pub modules: crate::modules::ModuleInfo,
    /// [`check_incremental`] re-used a kept parse (re-parsed only what the
    /// edit touched).
    pub incremental: bool,
}

pub fn analyze(source: &str, path: &str, goal: Goal) -> Analysis {
    analyze_with(source, path, goal, true, false)
}

/// Like [`analyze`] but stops after resolution (no KIR): the same
/// diagnostics and symbols, for editors, at about half the cost.
pub fn check(source: &str, path: &str, goal: Goal) -> Analysis {
    analyze_with(source, path, goal, false, false)
}

/// [`check`] for editors, parsing as an ES module when `es_module` is set
/// (see [`crate::modules::looks_like_module`]). Kiln cannot compile modules
/// yet, so each `import`/`export` is a K1001 diagnostic, but the names they
/// bind are resolved and `modules` lists the imports and exports.
pub fn check_as(source: &str, path: &str, goal: Goal, es_module: bool) -> Analysis {
    analyze_with(source, path, goal, false, es_module)
}

fn analyze_with(source: &str, path: &str, goal: Goal, emit: bool, es_module: bool) -> Analysis {
    let parsed = parse(source, path, es_module);
    let (analysis, program) = analyze_parsed(parsed, source, path, goal, emit);
    if let Some(program) = program {
        if !emit {
            // Editors wait for this result: free the syntax tree of a large
            // file (a few ms) on another thread.
            crate::front::drop_program_later(program, source.len());
        }
    }
    analysis
}

/// [`check_as`] for an editor's next version of a file: with `prev`, the
/// kept parse of an earlier version, only the top-level statements the edit
/// touched are parsed again when that provably gives the same tree
/// ([`crate::front::reparse`]; scripts only). Resolution always runs on the
/// whole tree. Returns the parse to keep for the next version.
pub fn check_incremental(
    source: &str,
    path: &str,
    goal: Goal,
    es_module: bool,
    prev: Option<crate::front::Retained>,
) -> (Analysis, Option<crate::front::Retained>) {
    let parsed = match prev {
        Some(prev) if !es_module => crate::front::reparse(prev, source, path),
        prev => {
            if let Some(p) = prev {
                p.drop_later();
            }
            parse(source, path, es_module)
        }
    };
    let base = parsed.base;
    let clean = !parsed.diagnostics.iter().any(|d| d.code == "K0001");
    let (analysis, program) = analyze_parsed(parsed, source, path, goal, false);
    let kept = program.filter(|_| !es_module).map(|p| crate::front::Retained::new(source, base, clean, p));
    (analysis, kept)
}

fn analyze_parsed(parsed: crate::front::Parsed, source: &str, path: &str, goal: Goal, emit: bool) -> (Analysis, Option<swc_ecma_ast::Program>) {
    let incremental = parsed.reparsed;
    let Some(program) = parsed.program else {
        let a = Analysis {
            module: None,
            diagnostics: parsed.diagnostics,
            unresolved: Vec::new(),
            symbols: Default::default(),
            modules: Default::default(),
            incremental,
        };
        return (a, None);
    };
    let modules = if emit { Default::default() } else { crate::modules::module_info(&program, source, parsed.base) };
    // The parser recovered from any errors it reported; resolve the program
    // anyway so that editors get symbols and the remaining diagnostics.
    let mut diagnostics = parsed.diagnostics;
    let lowered = if emit {
        lower_program(&program, source, parsed.base, path, goal)
    } else {
        crate::lower::resolve_program(&program, source, parsed.base, path, goal)
    };
    // The parser and the resolver may both report the same early error.
    let parse_starts: Vec<usize> = diagnostics.iter().map(|d| d.start).collect();
    diagnostics.extend(lowered.diagnostics.into_iter().filter(|d| !parse_starts.contains(&d.start)));
    let ok = emit && !diagnostics.iter().any(|d| d.is_error());
    let a = Analysis {
        module: ok.then_some(lowered.module),
        diagnostics,
        unresolved: lowered.unresolved,
        symbols: lowered.symbols,
        modules,
        incremental,
    };
    (a, Some(program))
}

fn read_source(path: &Path) -> Result<(String, String), DriverError> {
    let abs = std::fs::canonicalize(path).map_err(|e| DriverError::Io(format!("cannot read {}: {e}", path.display())))?;
    let source = std::fs::read_to_string(&abs).map_err(|e| DriverError::Io(format!("cannot read {}: {e}", path.display())))?;
    Ok((source, abs.to_string_lossy().into_owned()))
}

/// Front-end and lowering of a file, with diagnostics rendered for a terminal.
pub fn compile_to_kir(path: &Path, goal: Goal, color: bool) -> Result<(kir::Module, String), DriverError> {
    let (source, abs) = read_source(path)?;
    if goal == Goal::CommonJs && is_es_module(&abs, &source) {
        let g = analyze_graph(&abs, source);
        return match g.module {
            Some(m) => Ok((m, abs)),
            None => Err(DriverError::Diagnostics(g.render_errors(color))),
        };
    }
    let a = analyze(&source, &abs, goal);
    match a.module {
        Some(m) => Ok((m, abs)),
        None => {
            let errors: Vec<Diagnostic> = a.diagnostics.into_iter().filter(|d| d.is_error()).collect();
            Err(DriverError::Diagnostics(render(&path.to_string_lossy(), &source, &errors, color)))
        }
    }
}

/// How `kiln run` compiles. The default is what `kiln build` does; the
/// test262 runner asks for `fast_compile`, because its programs are mostly
/// the prepended harness, compiled once and run for milliseconds.
#[derive(Clone, Debug, Default)]
pub struct RunOptions {
    /// Cranelift without optimisations (`opt_level=none`) and with the
    /// single-pass register allocator: code is compiled several times
    /// faster and runs slower.
    pub fast_compile: bool,
    /// Print the time of each phase to stderr (also `KILN_PHASE_TIMES=1`).
    pub phase_times: bool,
    /// Run the file as an ES module whatever its name and content.
    pub module: bool,
    /// A script to run first in the same realm (test262's harness before a
    /// module test).
    pub prelude: Option<PathBuf>,
}

fn isa(pic: bool) -> Result<OwnedTargetIsa, DriverError> {
    isa_with(pic, false)
}

fn isa_with(pic: bool, fast: bool) -> Result<OwnedTargetIsa, DriverError> {
    let mut flags = settings::builder();
    let set = |f: &mut settings::Builder, k: &str, v: &str| f.set(k, v).map_err(|e| DriverError::Codegen(format!("{e}")));
    set(&mut flags, "opt_level", if fast { "none" } else { "speed" })?;
    if fast {
        set(&mut flags, "regalloc_algorithm", "single_pass")?;
    }
    set(&mut flags, "is_pic", if pic { "true" } else { "false" })?;
    set(&mut flags, "use_colocated_libcalls", "false")?;
    set(&mut flags, "preserve_frame_pointers", "true")?;
    // The IR verifier runs in debug builds of Kiln only (it costs ~6% of compile time).
    set(&mut flags, "enable_verifier", if cfg!(debug_assertions) { "true" } else { "false" })?;
    let builder = cranelift_native::builder().map_err(|e| DriverError::Codegen(e.to_string()))?;
    builder.finish(settings::Flags::new(flags)).map_err(|e| DriverError::Codegen(e.to_string()))
}

/// Where the runtime static library is: `KILN_RUNTIME_LIB`, or beside the
/// `kiln` executable (cargo puts both in `target/<profile>/`).
pub fn runtime_lib() -> Result<PathBuf, DriverError> {
    if let Some(p) = std::env::var_os("KILN_RUNTIME_LIB") {
        return Ok(PathBuf::from(p));
    }
    let exe = std::env::current_exe().map_err(|e| DriverError::Io(e.to_string()))?;
    let dir = exe.parent().unwrap_or(Path::new("."));
    for cand in [dir.join("libkiln_rt.a"), dir.join("../libkiln_rt.a")] {
        if cand.exists() {
            return Ok(cand);
        }
    }
    Err(DriverError::Link(format!(
        "runtime library libkiln_rt.a not found beside {} (build the workspace with `cargo build`, or set KILN_RUNTIME_LIB)",
        exe.display()
    )))
}

/// `kiln build`: a standalone native executable.
pub fn build(input: &Path, output: &Path, color: bool) -> Result<(), DriverError> {
    let (module, abs) = compile_to_kir(input, Goal::CommonJs, color)?;
    let obj = emit_object(&module, &abs, true)?;
    let rtlib = runtime_lib()?;
    let obj_path = output.with_extension("kiln.o");
    std::fs::write(&obj_path, obj).map_err(|e| DriverError::Io(format!("cannot write {}: {e}", obj_path.display())))?;
    // Static first: no dynamic loader work at start-up (symbol lookup and
    // relocations were ~25% of hello world's instructions, ~0.4 ms). Where
    // no static libc is installed, the executable links dynamically.
    let mut result = link(output, &obj_path, &rtlib, true);
    if result.is_err() {
        result = link(output, &obj_path, &rtlib, false);
    }
    let _ = std::fs::remove_file(&obj_path);
    result
}

fn link(output: &Path, obj: &Path, rtlib: &Path, static_: bool) -> Result<(), DriverError> {
    let libs: &[&str] = if static_ {
        &["-static", "-Wl,--gc-sections", "-lpthread", "-ldl", "-lm", "-lrt", "-lutil", "-lgcc_eh", "-lc"]
    } else {
        &["-Wl,--gc-sections", "-lpthread", "-ldl", "-lm", "-lrt", "-lutil", "-lgcc_s", "-lc"]
    };
    let status = std::process::Command::new(std::env::var("CC").unwrap_or_else(|_| "cc".into()))
        .arg("-o")
        .arg(output)
        .arg(obj)
        .arg(rtlib)
        .args(libs)
        // Symbols are stripped unless KILN_KEEP_SYMBOLS is set (for profilers).
        .args(if std::env::var_os("KILN_KEEP_SYMBOLS").is_some() { &[][..] } else { &["-s"][..] })
        .output()
        .map_err(|e| DriverError::Link(format!("cannot run cc: {e}")))?;
    if !status.status.success() {
        return Err(DriverError::Link(String::from_utf8_lossy(&status.stderr).into_owned()));
    }
    Ok(())
}

/// The relocatable object for a module.
pub fn emit_object(module: &kir::Module, script_path: &str, commonjs: bool) -> Result<Vec<u8>, DriverError> {
    let isa = isa(true)?;
    let builder = cranelift_object::ObjectBuilder::new(isa, "kiln", default_libcall_names()).map_err(|e| DriverError::Codegen(e.to_string()))?;
    let mut m = cranelift_object::ObjectModule::new(builder);
    crate::codegen::emit_module(&mut m, module, script_path, commonjs, false).map_err(DriverError::Codegen)?;
    m.finish().emit().map_err(|e| DriverError::Codegen(e.to_string()))
}

/// `kiln run`: compile into memory and run; returns the exit status.
pub fn run(input: &Path, args: &[String], goal: Goal, color: bool) -> Result<i32, DriverError> {
    run_with(input, args, goal, color, RunOptions::default())
}

/// `kiln run` with options (see [`RunOptions`]).
pub fn run_with(input: &Path, args: &[String], goal: Goal, color: bool, opts: RunOptions) -> Result<i32, DriverError> {
    let phase_times = opts.phase_times || std::env::var_os("KILN_PHASE_TIMES").is_some_and(|v| v == "1");
    let t0 = std::time::Instant::now();
    let (module, abs) = if opts.module {
        let (source, abs) = read_source(input)?;
        let g = analyze_graph(&abs, source);
        match g.module {
            Some(m) => (m, abs),
            None => return Err(DriverError::Diagnostics(g.render_errors(color))),
        }
    } else {
        compile_to_kir(input, goal, color)?
    };
    let front = t0.elapsed();
    let mut times = phase_times.then(|| PhaseTimes { front, ..Default::default() });
    let fast = opts.fast_compile;
    let r = run_module_with(&module, &abs, args, goal, opts, times.as_mut());
    if let Some(t) = times {
        let ms = |d: std::time::Duration| d.as_secs_f64() * 1000.0;
        eprintln!(
            "kiln: phases: front-end {:.2} ms, codegen {:.2} ms, finalize {:.2} ms, run {:.2} ms ({})",
            ms(t.front),
            ms(t.codegen),
            ms(t.finalize),
            ms(t.run),
            if fast { "fast compile" } else { "optimised" }
        );
    }
    r
}

#[derive(Default)]
struct PhaseTimes {
    front: std::time::Duration,
    codegen: std::time::Duration,
    finalize: std::time::Duration,
    run: std::time::Duration,
}

pub fn run_module(module: &kir::Module, abs: &str, args: &[String], goal: Goal) -> Result<i32, DriverError> {
    run_module_with(module, abs, args, goal, RunOptions::default(), None)
}

fn run_module_with(
    module: &kir::Module,
    abs: &str,
    args: &[String],
    goal: Goal,
    opts: RunOptions,
    mut times: Option<&mut PhaseTimes>,
) -> Result<i32, DriverError> {
    let t0 = std::time::Instant::now();
    if kiln_runtime::builtins::host262::enabled() {
        EVAL_FAST_COMPILE.store(opts.fast_compile, std::sync::atomic::Ordering::Relaxed);
        kiln_runtime::builtins::host262::set_eval_script_hook(compile_eval_script);
    }
    let isa = isa_with(false, opts.fast_compile)?;
    let mut jb = cranelift_jit::JITBuilder::with_isa(isa, default_libcall_names());
    for (name, ptr, _) in kiln_runtime::abi::entry_points() {
        jb.symbol(name, ptr);
    }
    let mut m = cranelift_jit::JITModule::new(jb);
    let emitted = crate::codegen::emit_module(&mut m, module, abs, goal == Goal::CommonJs, opts.fast_compile).map_err(DriverError::Codegen)?;
    let t1 = std::time::Instant::now();
    m.finalize_definitions().map_err(|e| DriverError::Codegen(e.to_string()))?;
    let t2 = std::time::Instant::now();
    if let Some(t) = times.as_deref_mut() {
        t.codegen = t1 - t0;
        t.finalize = t2 - t1;
    }
    let main = m.get_finalized_function(emitted.main);
    // SAFETY: `kiln_script_main` was generated with the ScriptMain signature.
    let main: kiln_runtime::ScriptMain = unsafe { std::mem::transmute(main) };
    let prelude = match &opts.prelude {
        Some(p) => {
            let (source, _) = read_source(p)?;
            EVAL_FAST_COMPILE.store(opts.fast_compile, std::sync::atomic::Ordering::Relaxed);
            Some(compile_eval_script(&source).map_err(|(kind, msg)| DriverError::Codegen(format!("prelude {}: {kind}: {msg}", p.display())))?)
        }
        None => None,
    };
    let exe = std::env::current_exe().map(|p| p.to_string_lossy().into_owned()).unwrap_or_else(|_| "kiln".into());
    let mut argv = vec![exe, abs.to_string()];
    argv.extend(args.iter().cloned());
    let status = kiln_runtime::start_with_prelude(prelude, main, argv, abs.to_string());
    if let Some(t) = times {
        t.run = t2.elapsed();
    }
    // The JIT memory must outlive the program; it is freed with the process.
    std::mem::forget(m);
    Ok(status)
}

static EVAL_FAST_COMPILE: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// `$262.evalScript` for test262 (JIT mode only): compiles `source` as a
/// Script into its own JIT module, which lives as long as the process.
fn compile_eval_script(source: &str) -> Result<kiln_runtime::ScriptMain, (&'static str, String)> {
    let path = "evalScript";
    let a = analyze(source, path, Goal::Script);
    let Some(module) = a.module else {
        let d = a.diagnostics.iter().find(|d| d.is_error());
        return Err(match d {
            // K0xxx: syntax and early errors.
            Some(d) if d.code.starts_with("K0") => (d.js_error, format!("{} ({})", d.message, d.code)),
            Some(d) => ("SyntaxError", format!("Kiln cannot compile this script yet: {} ({})", d.message, d.code)),
            None => ("SyntaxError", "the script could not be compiled".into()),
        });
    };
    let codegen = |e: String| ("SyntaxError", format!("code generation failed: {e}"));
    let isa = isa_with(false, EVAL_FAST_COMPILE.load(std::sync::atomic::Ordering::Relaxed)).map_err(|e| codegen(e.to_string()))?;
    let mut jb = cranelift_jit::JITBuilder::with_isa(isa, default_libcall_names());
    for (name, ptr, _) in kiln_runtime::abi::entry_points() {
        jb.symbol(name, ptr);
    }
    let mut m = cranelift_jit::JITModule::new(jb);
    let emitted = crate::codegen::emit_module(&mut m, &module, path, false, EVAL_FAST_COMPILE.load(std::sync::atomic::Ordering::Relaxed)).map_err(codegen)?;
    m.finalize_definitions().map_err(|e| codegen(e.to_string()))?;
    let main = m.get_finalized_function(emitted.main);
    std::mem::forget(m);
    // SAFETY: `kiln_script_main` was generated with the ScriptMain signature.
    Ok(unsafe { std::mem::transmute::<*const u8, kiln_runtime::ScriptMain>(main) })
}

// ---------------------------------------------------------------------------
// ES module graphs

/// One file of an ES module graph.
pub struct GraphFile {
    /// Absolute path.
    pub path: String,
    pub source: String,
    /// Syntax, early, link and resolution errors, with offsets in `source`.
    pub diagnostics: Vec<Diagnostic>,
}

/// The front-end's result for a module graph: KIR when every file is free
/// of errors.
pub struct GraphAnalysis {
    pub module: Option<kir::Module>,
    /// The entry first, then the other modules in the order found.
    pub files: Vec<GraphFile>,
}

impl GraphAnalysis {
    /// Every error, with the index of its file.
    pub fn errors(&self) -> impl Iterator<Item = (usize, &Diagnostic)> {
        self.files.iter().enumerate().flat_map(|(i, f)| f.diagnostics.iter().filter(|d| d.is_error()).map(move |d| (i, d)))
    }

    /// The errors rendered with code frames, each in its own file.
    pub fn render_errors(&self, color: bool) -> String {
        let mut out = String::new();
        for f in &self.files {
            let errors: Vec<Diagnostic> = f.diagnostics.iter().filter(|d| d.is_error()).cloned().collect();
            if !errors.is_empty() {
                out.push_str(&render(&f.path, &f.source, &errors, color));
            }
        }
        out
    }
}

/// Whether `kiln build`/`kiln run` treat a file as an ES module: `.mjs`, or
/// a `.js` file with `import`/`export` declarations (as Node's syntax
/// detection does); `.cjs` never.
pub fn is_es_module(path: &str, source: &str) -> bool {
    crate::modules::looks_like_module(path, source)
}

/// 16.2.1.7 HostLoadImportedModule for Kiln: a relative or absolute
/// specifier names a file (no extension search, as in Node's ES module
/// resolution); packages and builtins are not loaded yet.
fn resolve_specifier(spec: &str, referrer: &str) -> Result<PathBuf, String> {
    let base = Path::new(referrer).parent().unwrap_or(Path::new("/"));
    let spec_path = spec.strip_prefix("file://").unwrap_or(spec);
    if !(spec_path.starts_with("./") || spec_path.starts_with("../") || spec_path.starts_with('/')) {
        return Err(if spec.starts_with("node:") {
            format!("Kiln cannot import the builtin module '{spec}' yet")
        } else {
            format!("Kiln cannot import the package '{spec}' yet (only relative or absolute paths)")
        });
    }
    let p = base.join(spec_path);
    match std::fs::canonicalize(&p) {
        Ok(abs) if abs.is_file() => Ok(abs),
        _ => Err(format!("Cannot find module '{}' imported from {referrer}", p.display())),
    }
}

/// The `file:` URL of an absolute path (Node's `url.pathToFileURL`: the
/// URL path percent-encode set, and `%`).
pub fn file_url(path: &str) -> String {
    let mut out = String::from("file://");
    for &b in path.as_bytes() {
        if b <= 0x20 || b >= 0x7f || b"\"#%<>?`{}".contains(&b) {
            out.push_str(&format!("%{b:02X}"));
        } else {
            out.push(b as char);
        }
    }
    out
}

/// Front-end, linking and lowering of the ES module graph whose entry is
/// `entry` (absolute path, with its source).
pub fn analyze_graph(entry: &str, entry_source: String) -> GraphAnalysis {
    use crate::lower::ModuleUnit;
    let cm: swc_common::sync::Lrc<swc_common::SourceMap> = Default::default();
    let mut files: Vec<GraphFile> = Vec::new();
    let mut parsed: Vec<(u32, Option<swc_ecma_ast::Module>)> = Vec::new();
    let mut records: Vec<crate::esm::ModuleRecord> = Vec::new();
    let mut resolved: Vec<Vec<usize>> = Vec::new();
    // (path, source if known, a JSON module)
    let mut queue = vec![(entry.to_string(), Some(entry_source), false)];
    let mut json_texts: Vec<Option<String>> = Vec::new();
    let mut i = 0;
    while i < queue.len() {
        let (path, text, json) = queue[i].clone();
        i += 1;
        let source = match text {
            Some(s) => s,
            None => std::fs::read_to_string(&path).unwrap_or_default(),
        };
        if json {
            // 16.2.1.8.2 ParseJSONModule: no syntax of its own; an empty
            // module in the source map keeps the positions of later files
            // distinct.
            let p = crate::front::parse_in(&cm, &" ".repeat(source.len()), &path, true);
            files.push(GraphFile { path: path.clone(), source, diagnostics: Vec::new() });
            json_texts.push(Some(files.last().expect("pushed").source.clone()));
            parsed.push((p.base, Some(swc_ecma_ast::Module { span: Default::default(), body: Vec::new(), shebang: None })));
            records.push(crate::esm::json_module_record());
            resolved.push(Vec::new());
            continue;
        }
        let p = crate::front::parse_in(&cm, &source, &path, true);
        let module = match p.program {
            Some(swc_ecma_ast::Program::Module(m)) => Some(m),
            _ => None,
        };
        let record = module.as_ref().map(crate::esm::module_record).unwrap_or_default();
        files.push(GraphFile { path: path.clone(), source, diagnostics: p.diagnostics });
        json_texts.push(None);
        let me = files.len() - 1;
        let mut targets = Vec::new();
        for (spec, span, ty) in &record.requests {
            let start = span.lo.0.saturating_sub(p.base) as usize;
            let end = span.hi.0.saturating_sub(p.base) as usize;
            let json = match ty.as_deref() {
                None => false,
                Some("json") => true,
                Some(other) => {
                    // 16.2.1.7 step 1 (ES2025 AllImportAttributesSupported): the
                    // host supports `type: "json"` only.
                    files[me].diagnostics.push(Diagnostic::error("K3002", format!("Import attribute type \"{other}\" is unsupported"), start, end));
                    targets.push(usize::MAX);
                    continue;
                }
            };
            match resolve_specifier(spec, &path) {
                Ok(abs) => {
                    let abs = abs.to_string_lossy().into_owned();
                    let idx = match queue.iter().position(|(q, _, j)| *q == abs && *j == json) {
                        Some(k) => k,
                        None => {
                            let Ok(text) = std::fs::read_to_string(&abs) else {
                                files[me].diagnostics.push(Diagnostic::error("K3002", format!("cannot read module {abs}"), start, end));
                                targets.push(usize::MAX);
                                continue;
                            };
                            if !json && abs.ends_with(".json") {
                                files[me].diagnostics.push(Diagnostic::error(
                                    "K3002",
                                    format!("Module \"{abs}\" needs an import attribute of \"type: json\""),
                                    start,
                                    end,
                                ));
                                targets.push(usize::MAX);
                                continue;
                            }
                            if json {
                                if let Err(at) = crate::esm::check_json(&text) {
                                    files[me].diagnostics.push(Diagnostic::error(
                                        "K3002",
                                        format!("{abs} is not valid JSON (at byte {at})"),
                                        start,
                                        end,
                                    ));
                                    targets.push(usize::MAX);
                                    continue;
                                }
                            }
                            queue.push((abs, Some(text), json));
                            queue.len() - 1
                        }
                    };
                    targets.push(idx);
                }
                Err(msg) => {
                    files[me].diagnostics.push(Diagnostic::error("K3002", msg, start, end));
                    targets.push(usize::MAX);
                }
            }
        }
        parsed.push((p.base, module));
        records.push(record);
        resolved.push(targets);
    }
    // Syntax errors stop here; with resolution errors, linking and the
    // module early errors still run (an unresolved request links to an
    // empty module), so that every error is reported.
    if parsed.iter().any(|(_, m)| m.is_none()) || files.iter().any(|f| f.diagnostics.iter().any(|d| d.code == "K0001")) {
        return GraphAnalysis { module: None, files };
    }
    let empty = swc_ecma_ast::Module { span: Default::default(), body: Vec::new(), shebang: None };
    let missing = parsed.len();
    for r in resolved.iter_mut() {
        for t in r.iter_mut() {
            if *t == usize::MAX {
                *t = missing;
            }
        }
    }
    // All the files as one text, each at its source-map position.
    let base = parsed[0].0;
    let mut source = String::new();
    let mut units = Vec::new();
    for (k, f) in files.iter().enumerate() {
        let start = parsed[k].0 - base;
        while (source.len() as u32) < start {
            source.push('\n');
        }
        source.push_str(&f.source);
        units.push((start, f.source.len() as u32));
    }
    let mut mods: Vec<ModuleUnit> = parsed
        .iter()
        .enumerate()
        .map(|(k, (_, m))| ModuleUnit {
            program: m.as_ref().expect("parsed without errors"),
            path: file_url(&files[k].path),
            file: files[k].path.clone(),
            start: units[k].0,
            len: units[k].1,
            record: records[k].clone(),
            resolved: resolved[k].clone(),
            json: json_texts[k].clone(),
        })
        .collect();
    let had_errors = files.iter().any(|f| f.diagnostics.iter().any(|d| d.is_error()));
    if had_errors {
        mods.push(ModuleUnit { program: &empty, path: String::new(), file: String::new(), start: source.len() as u32, len: 0, record: Default::default(), resolved: Vec::new(), json: None });
    }
    let lowered = crate::lower::lower_modules(&mods, 0, &source, base, !had_errors);
    // Diagnostics back to their files.
    let mut ok = true;
    for d in lowered.diagnostics {
        ok &= !d.is_error();
        // (Link errors about the empty stand-in module would repeat K3002.)
        if had_errors && d.code == "K0021" {
            continue;
        }
        let k = units.iter().rposition(|(s, _)| (*s as usize) <= d.start).unwrap_or(0);
        let s = units[k].0 as usize;
        files[k].diagnostics.push(Diagnostic { start: d.start - s, end: d.end.saturating_sub(s), ..d });
    }
    drop(mods);
    GraphAnalysis { module: (ok && !had_errors).then_some(lowered.module), files }
}

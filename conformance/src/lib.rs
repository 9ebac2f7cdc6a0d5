//! `kiln test262`: runs the official ECMAScript conformance suite (issue 3).
//!
//! Reading order: [`main`] (options, discovery, the worker pool, the
//! report), [`run_file`] (one test file: metadata, variants, front-end
//! decision, child process), [`meta`] (the frontmatter).
//!
//! Every run of a test executes in its own `kiln run --script` child with a
//! time limit, so a crash or hang fails that test alone. Parse-phase results
//! come in-process from `kiln_compiler::driver::analyze`, the front-end that
//! `kiln build` and the LSP use.

pub mod meta;

use kiln_compiler::driver::analyze;
use kiln_compiler::{Diagnostic, Goal};
use meta::Meta;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Arc};
use std::time::{Duration, Instant};

/// Features skipped because they are not part of ECMAScript 2025 (one per
/// line, `feature  # reason`).
const SKIP_FEATURES: &str = include_str!("../skip-features.txt");

#[derive(clap::Args, Debug, Default)]
pub struct Options {
    /// Path to a test262 checkout (default: ../shared/test262 from the current
    /// directory, else from the repository that holds the kiln executable).
    #[arg(long)]
    pub suite: Option<PathBuf>,
    /// Parallel jobs (default: available cores).
    #[arg(long)]
    pub jobs: Option<usize>,
    /// Per-test time limit in seconds.
    #[arg(long, default_value_t = 10)]
    pub timeout: u64,
    /// Write machine-readable results here.
    #[arg(long)]
    pub json: Option<PathBuf>,
    /// Folder depth of the result table (2: `built-ins/Array`).
    #[arg(long, default_value_t = 2)]
    pub depth: usize,
    /// Read more filters from FILE (one per line; `#` starts a comment).
    #[arg(long, value_name = "FILE")]
    pub subset_file: Option<PathBuf>,
    /// Fail (exit 1) if a test listed in FILE (and selected) no longer passes.
    #[arg(long, value_name = "FILE")]
    pub check_baseline: Option<PathBuf>,
    /// Write the sorted list of passing tests to FILE.
    #[arg(long, value_name = "FILE")]
    pub write_baseline: Option<PathBuf>,
    /// Print every failing test with its message after the table.
    #[arg(long)]
    pub list_failures: bool,
    /// Compile the children with Kiln's default (optimising) Cranelift
    /// settings instead of `kiln run --fast-compile`.
    #[arg(long)]
    pub optimize: bool,
    /// Write the summary as a Markdown table (top-level folders, totals,
    /// front-end conformance, timing, date and commits) to FILE; `-` for stdout.
    /// The README's test262 section is this output.
    #[arg(long, value_name = "FILE")]
    pub markdown: Option<PathBuf>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    Pass,
    Fail(String),
    Skip(String),
}

impl Outcome {
    fn word(&self) -> &'static str {
        match self {
            Outcome::Pass => "pass",
            Outcome::Fail(_) => "fail",
            Outcome::Skip(_) => "skip",
        }
    }
    fn message(&self) -> &str {
        match self {
            Outcome::Pass => "",
            Outcome::Fail(m) | Outcome::Skip(m) => m,
        }
    }
}

/// The result of one test file: each variant it ran, and the file's result
/// (pass when every variant passed).
#[derive(Debug)]
pub struct FileResult {
    pub rel: String,
    pub runs: Vec<(&'static str, Outcome)>,
    pub outcome: Outcome,
    /// Whether the front-end accepted/rejected as the test expects (None when skipped).
    pub frontend: Option<bool>,
    pub negative_parse: bool,
    pub temporal: bool,
    /// Timing of the child processes this file ran.
    pub timing: Timing,
}

/// Where the time of child processes goes (sums over runs; milliseconds).
/// The phases come from the `kiln: phases:` line that `kiln run` prints with
/// `KILN_PHASE_TIMES=1`; `wall` is spawn to exit as the runner sees it.
#[derive(Debug, Default, Clone, Copy)]
pub struct Timing {
    pub children: usize,
    pub wall: f64,
    /// Children that printed their phases (those that compiled).
    pub phased: usize,
    pub front: f64,
    pub codegen: f64,
    pub run: f64,
    /// Wall time of the children that printed their phases.
    pub phased_wall: f64,
}

impl Timing {
    fn add(&mut self, o: &Timing) {
        self.children += o.children;
        self.wall += o.wall;
        self.phased += o.phased;
        self.front += o.front;
        self.codegen += o.codegen;
        self.run += o.run;
        self.phased_wall += o.phased_wall;
    }
}

struct Ctx {
    test_dir: PathBuf,
    harness: HashMap<String, String>,
    skip: HashMap<String, String>,
    exe: PathBuf,
    timeout: Duration,
    tmp: PathBuf,
    fast_compile: bool,
}

/// Runs the suite; returns the process exit status.
pub fn main(filters: Vec<String>, opts: Options) -> i32 {
    match real_main(filters, opts) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e}");
            2
        }
    }
}

fn real_main(mut filters: Vec<String>, opts: Options) -> Result<i32, String> {
    let exe = std::env::current_exe().map_err(|e| format!("cannot find the kiln executable: {e}"))?;
    let suite = match &opts.suite {
        Some(s) => s.clone(),
        None => default_suite(&exe).ok_or("no test262 suite found at ../shared/test262 (use --suite DIR)")?,
    };
    let test_dir = suite.join("test");
    if !test_dir.is_dir() {
        return Err(format!("{} is not a test262 checkout (no test/ folder)", suite.display()));
    }
    if let Some(f) = &opts.subset_file {
        let text = std::fs::read_to_string(f).map_err(|e| format!("cannot read {}: {e}", f.display()))?;
        filters.extend(filter_lines(&text));
    }
    let filters: Vec<String> = filters.iter().map(|f| normalize_filter(f)).collect();
    let tests = discover(&test_dir, &filters)?;
    if tests.is_empty() {
        return Err("no tests selected".into());
    }
    let harness = load_harness(&suite.join("harness"))?;
    let jobs = opts.jobs.unwrap_or_else(|| std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1)).max(1);
    let tmp = std::env::temp_dir().join(format!("kiln-test262-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).map_err(|e| format!("cannot create {}: {e}", tmp.display()))?;
    let ctx = Arc::new(Ctx {
        test_dir: test_dir.clone(),
        harness,
        skip: skip_features(),
        exe,
        timeout: Duration::from_secs(opts.timeout.max(1)),
        tmp: tmp.clone(),
        fast_compile: !opts.optimize,
    });

    let load_before = loadavg();
    let cpu_before = cpu_times();
    let started = Instant::now();
    let results = run_all(&ctx, &tests, jobs);
    let wall = started.elapsed();
    let cpu = cpu_times().zip(cpu_before).map(|(a, b)| (a.0 - b.0, a.1 - b.1));
    let _ = std::fs::remove_dir_all(&tmp);

    let report = render_table(&results, opts.depth);
    print!("{report}");
    let runs: usize = results.iter().map(|r| r.runs.len()).sum();
    println!(
        "{} files, {} runs in {:.1}s with {} jobs ({:.1} ms of worker time per run)",
        results.len(),
        runs,
        wall.as_secs_f64(),
        jobs,
        if runs > 0 { wall.as_secs_f64() * 1000.0 * jobs as f64 / runs as f64 } else { 0.0 }
    );
    let summary = Summary {
        wall,
        jobs,
        cpu,
        fast_compile: ctx.fast_compile,
        timing: total_timing(&results),
        load: (load_before, loadavg()),
    };
    println!("{}", summary.overhead_line());
    if let Some(path) = &opts.markdown {
        let md = render_markdown(&results, &suite, &summary);
        if path.as_os_str() == "-" {
            print!("{md}");
        } else {
            std::fs::write(path, md).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        }
    }
    if opts.list_failures {
        for r in &results {
            if let Outcome::Fail(m) = &r.outcome {
                println!("FAIL {}: {}", r.rel, m);
            }
        }
    }
    if let Some(path) = &opts.json {
        let json = to_json(&suite, &results, wall);
        std::fs::write(path, json).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    if let Some(path) = &opts.write_baseline {
        let mut passing: Vec<&str> = results.iter().filter(|r| r.outcome == Outcome::Pass).map(|r| r.rel.as_str()).collect();
        passing.sort();
        let mut text = passing.join("\n");
        text.push('\n');
        std::fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        println!("wrote {} passing tests to {}", passing.len(), path.display());
    }
    if let Some(path) = &opts.check_baseline {
        let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        return Ok(check_baseline(&text, &results, &filters));
    }
    Ok(0)
}

/// `../shared/test262` from the current directory, else from an ancestor of
/// the kiln executable (`<repo>/target/debug/kiln` → `<repo>/../shared/test262`).
fn default_suite(exe: &Path) -> Option<PathBuf> {
    let rel = Path::new("..").join("shared").join("test262");
    if let Ok(cwd) = std::env::current_dir() {
        if cwd.join(&rel).join("test").is_dir() {
            return Some(cwd.join(&rel));
        }
    }
    let exe = std::fs::canonicalize(exe).unwrap_or_else(|_| exe.to_path_buf());
    exe.ancestors().skip(1).map(|a| a.join(&rel)).find(|p| p.join("test").is_dir())
}

fn filter_lines(text: &str) -> Vec<String> {
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .map(String::from)
        .collect()
}

/// A filter is a path under `test/`; a leading `test/` and trailing `/` are dropped.
fn normalize_filter(f: &str) -> String {
    let f = f.trim().replace('\\', "/");
    let f = f.strip_prefix("./").unwrap_or(&f);
    let f = f.strip_prefix("test/").unwrap_or(f);
    f.trim_end_matches('/').to_string()
}

fn is_test_file(name: &str) -> bool {
    name.ends_with(".js") && !name.contains("_FIXTURE")
}

/// Test files (paths relative to `test/`, `/`-separated, sorted).
fn discover(test_dir: &Path, filters: &[String]) -> Result<Vec<String>, String> {
    let mut out = BTreeSet::new();
    let roots: Vec<String> = if filters.is_empty() { vec![String::new()] } else { filters.to_vec() };
    for f in roots {
        let p = if f.is_empty() { test_dir.to_path_buf() } else { test_dir.join(&f) };
        if p.is_file() {
            out.insert(f.clone());
        } else if p.is_dir() {
            walk(&p, &f, &mut out);
        } else {
            return Err(format!("no test or folder {f} under {}", test_dir.display()));
        }
    }
    Ok(out.into_iter().collect())
}

fn walk(dir: &Path, rel: &str, out: &mut BTreeSet<String>) {
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    for e in rd.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        let r = if rel.is_empty() { name.clone() } else { format!("{rel}/{name}") };
        let Ok(ft) = e.file_type() else { continue };
        if ft.is_dir() {
            walk(&e.path(), &r, out);
        } else if is_test_file(&name) {
            out.insert(r);
        }
    }
}

fn load_harness(dir: &Path) -> Result<HashMap<String, String>, String> {
    let mut m = HashMap::new();
    let rd = std::fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    for e in rd.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        if name.ends_with(".js") {
            if let Ok(text) = std::fs::read_to_string(e.path()) {
                m.insert(name, text);
            }
        }
    }
    Ok(m)
}

/// The skip list: feature → reason.
fn skip_features() -> HashMap<String, String> {
    let mut m = HashMap::new();
    for line in SKIP_FEATURES.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (feature, reason) = match line.split_once('#') {
            Some((f, r)) => (f.trim(), r.trim()),
            None => (line, ""),
        };
        m.insert(feature.to_string(), reason.to_string());
    }
    m
}

/// Runs every file on `jobs` worker threads; shows a progress line on a terminal.
fn run_all(ctx: &Arc<Ctx>, tests: &[String], jobs: usize) -> Vec<FileResult> {
    let tests: Arc<Vec<String>> = Arc::new(tests.to_vec());
    let next = Arc::new(AtomicUsize::new(0));
    let (tx, rx) = mpsc::channel::<(usize, FileResult)>();
    // Panics inside the front-end are caught per test; keep them off the terminal.
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let mut handles = Vec::new();
    for w in 0..jobs {
        let (ctx, tests, next, tx) = (ctx.clone(), tests.clone(), next.clone(), tx.clone());
        let h = std::thread::Builder::new()
            .name(format!("test262-{w}"))
            .stack_size(256 << 20)
            .spawn(move || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= tests.len() {
                    break;
                }
                let r = run_file(&ctx, &tests[i], w);
                if tx.send((i, r)).is_err() {
                    break;
                }
            })
            .expect("spawn worker");
        handles.push(h);
    }
    drop(tx);
    let progress = std::io::stderr().is_terminal();
    let started = Instant::now();
    let mut last = Instant::now() - Duration::from_secs(1);
    let mut slots: Vec<Option<FileResult>> = (0..tests.len()).map(|_| None).collect();
    let (mut done, mut pass, mut fail, mut skip) = (0usize, 0usize, 0usize, 0usize);
    for (i, r) in rx {
        done += 1;
        match r.outcome {
            Outcome::Pass => pass += 1,
            Outcome::Fail(_) => fail += 1,
            Outcome::Skip(_) => skip += 1,
        }
        slots[i] = Some(r);
        // Not on a terminal (a log file, CI): one line at every tenth of the files.
        if !progress && tests.len() >= 1000 && done % (tests.len() / 10) == 0 {
            eprintln!("[{done}/{}] pass {pass} fail {fail} skip {skip}  {:.0}s elapsed", tests.len(), started.elapsed().as_secs_f64());
        }
        if progress && (last.elapsed() >= Duration::from_millis(200) || done == tests.len()) {
            last = Instant::now();
            let t = started.elapsed().as_secs_f64();
            let eta = if done > 0 { t / done as f64 * (tests.len() - done) as f64 } else { 0.0 };
            eprint!(
                "\r\x1b[K[{done}/{}] pass {pass} fail {fail} skip {skip}  {:.0}s elapsed, ~{:.0}s left",
                tests.len(),
                t,
                eta
            );
        }
    }
    if progress {
        eprintln!();
    }
    for h in handles {
        let _ = h.join();
    }
    std::panic::set_hook(hook);
    slots.into_iter().flatten().collect()
}

fn is_temporal(rel: &str, meta: &Meta) -> bool {
    rel.starts_with("built-ins/Temporal/") || meta.features.iter().any(|f| f == "Temporal")
}

/// Front-end verdict: rejected when an error K0xxx (a syntax or early error)
/// is reported; K1001 ("cannot compile yet") is not a rejection.
fn rejection(diags: &[Diagnostic]) -> Option<&Diagnostic> {
    diags.iter().find(|d| d.is_error() && d.code.starts_with("K0"))
}

fn analyze_caught(source: &str, rel: &str) -> Result<Vec<Diagnostic>, String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| analyze(source, rel, Goal::Script).diagnostics)).map_err(|p| {
        let msg = p
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_else(|| "panic".into());
        format!("the front-end panicked: {msg}")
    })
}

fn run_file(ctx: &Ctx, rel: &str, worker: usize) -> FileResult {
    let source = match std::fs::read(ctx.test_dir.join(rel)) {
        Ok(b) => String::from_utf8_lossy(&b).into_owned(),
        Err(e) => {
            return FileResult {
                rel: rel.into(),
                runs: Vec::new(),
                outcome: Outcome::Fail(format!("cannot read: {e}")),
                frontend: None,
                negative_parse: false,
                temporal: false,
                timing: Timing::default(),
            }
        }
    };
    let meta = meta::parse(&source);
    let temporal = is_temporal(rel, &meta);
    let negative_parse = meta.negative.as_ref().is_some_and(|n| n.phase == "parse");
    let mut result =
        FileResult { rel: rel.into(), runs: Vec::new(), outcome: Outcome::Pass, frontend: None, negative_parse, temporal, timing: Timing::default() };

    // Skips: features outside ECMAScript 2025, and tests for agents that cannot block
    // (Kiln's main thread can, like Node's).
    if let Some((f, why)) = meta.features.iter().find_map(|f| ctx.skip.get(f).map(|r| (f, r))) {
        result.outcome = Outcome::Skip(format!("feature {f}: {why}"));
        return result;
    }
    // Temporal by path (a few of its files are untagged) follows the Temporal entry.
    if let Some(why) = ctx.skip.get("Temporal").filter(|_| temporal) {
        result.outcome = Outcome::Skip(format!("Temporal: {why}"));
        return result;
    }
    if meta.has_flag("CanBlockIsFalse") {
        result.outcome = Outcome::Skip("flag CanBlockIsFalse: Kiln's agent can block".into());
        return result;
    }

    if meta.has_flag("module") {
        let (frontend, outcome) = run_module_test(ctx, &meta, rel, source, negative_parse, worker, &mut result.timing);
        result.frontend = frontend;
        result.runs.push(("module", outcome.clone()));
        result.outcome = outcome;
        return result;
    }
    let raw = meta.has_flag("raw");
    let variants: Vec<(&'static str, bool)> = if raw {
        vec![("raw", false)]
    } else if meta.has_flag("onlyStrict") {
        vec![("strict", true)]
    } else if meta.has_flag("noStrict") {
        vec![("sloppy", false)]
    } else {
        vec![("sloppy", false), ("strict", true)]
    };
    let mut frontend_ok = true;
    for (name, strict) in variants {
        let prefix = if strict { "\"use strict\";\n" } else { "" };
        let test_text = format!("{prefix}{source}");
        let outcome = match analyze_caught(&test_text, rel) {
            Err(panic) => {
                frontend_ok = false;
                Outcome::Fail(panic)
            }
            Ok(diags) => {
                let rejected = rejection(&diags);
                frontend_ok &= rejected.is_some() == negative_parse;
                let other = diags.iter().find(|d| d.is_error());
                if let Some(neg) = meta.negative.as_ref().filter(|_| negative_parse) {
                    match rejected {
                        Some(d) if d.js_error == neg.kind => Outcome::Pass,
                        Some(d) => Outcome::Fail(format!("rejected with {} ({}) instead of {}", d.js_error, d.code, neg.kind)),
                        None => match other {
                            Some(d) => Outcome::Fail(format!("not rejected; {}: {}", d.code, d.message)),
                            None => Outcome::Fail(format!("expected a parse-phase {}, but the front-end accepted it", neg.kind)),
                        },
                    }
                } else if let Some(d) = rejected {
                    Outcome::Fail(format!("{} at compile time ({}): {}", d.js_error, d.code, d.message))
                } else if let Some(d) = other {
                    Outcome::Fail(format!("{}: {}", d.code, d.message))
                } else {
                    match compose(ctx, &meta, prefix, &source, raw) {
                        Ok(full) => run_child(ctx, &meta, &full, worker, &mut result.timing),
                        Err(e) => Outcome::Fail(e),
                    }
                }
            }
        };
        result.runs.push((name, outcome));
    }
    result.frontend = Some(frontend_ok);
    result.outcome = result.runs.iter().find(|(_, o)| *o != Outcome::Pass).map(|(_, o)| o.clone()).unwrap_or(Outcome::Pass);
    result
}

/// A `module` test (INTERPRETING.md): the file is the entry of an ES module
/// graph (its fixtures resolve beside it); the harness runs first as a
/// script. Parse-phase verdicts come from the test file's own parse,
/// resolution-phase ones from linking the graph. Returns the front-end
/// verdict and the outcome.
fn run_module_test(ctx: &Ctx, meta: &Meta, rel: &str, source: String, negative_parse: bool, worker: usize, timing: &mut Timing) -> (Option<bool>, Outcome) {
    let path = ctx.test_dir.join(rel);
    let abs = std::fs::canonicalize(&path).unwrap_or(path).to_string_lossy().into_owned();
    let analysis = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| kiln_compiler::driver::analyze_graph(&abs, source)));
    let g = match analysis {
        Ok(g) => g,
        Err(_) => return (Some(false), Outcome::Fail("the front-end panicked".into())),
    };
    // The test file's own syntax and early errors (not link errors).
    let parse_error = g.files[0].diagnostics.iter().find(|d| d.is_error() && d.code.starts_with("K0") && d.code != "K0021");
    let frontend = Some(parse_error.is_some() == negative_parse);
    let first_error = g.errors().next().map(|(_, d)| d);
    if let Some(neg) = meta.negative.as_ref().filter(|n| n.phase == "parse" || n.phase == "resolution") {
        let found = if neg.phase == "parse" { parse_error } else { first_error.filter(|_| parse_error.is_none()) };
        let outcome = match found {
            Some(d) if d.js_error == neg.kind && !d.code.starts_with("K1") => Outcome::Pass,
            Some(d) => Outcome::Fail(format!("{} ({}): {} instead of a {}-phase {}", d.js_error, d.code, d.message, neg.phase, neg.kind)),
            None => Outcome::Fail(format!("expected a {}-phase {}, but the graph was accepted", neg.phase, neg.kind)),
        };
        return (frontend, outcome);
    }
    if let Some((i, d)) = g.errors().next() {
        let file = if i == 0 { String::new() } else { format!(" in {}", g.files[i].path) };
        return (frontend, Outcome::Fail(format!("{} ({}){file}: {}", d.js_error, d.code, d.message)));
    }
    let prelude = match compose(ctx, meta, "", "", false) {
        Ok(p) => p,
        Err(e) => return (frontend, Outcome::Fail(e)),
    };
    let prelude_path = ctx.tmp.join(format!("w{worker}.prelude.js"));
    if let Err(e) = std::fs::write(&prelude_path, prelude) {
        return (frontend, Outcome::Fail(format!("cannot write {}: {e}", prelude_path.display())));
    }
    let mut args: Vec<std::ffi::OsString> = vec!["run".into()];
    if ctx.fast_compile {
        args.push("--fast-compile".into());
    }
    args.extend(["--module".into(), "--prelude".into(), prelude_path.into_os_string(), abs.into()]);
    (frontend, spawn_and_judge(ctx, meta, &args, worker, timing, "file://"))
}

/// The source a run executes: the strict prefix, the harness and the test.
fn compose(ctx: &Ctx, meta: &Meta, prefix: &str, source: &str, raw: bool) -> Result<String, String> {
    if raw {
        return Ok(source.to_string());
    }
    let mut files: Vec<&str> = vec!["assert.js", "sta.js"];
    if meta.has_flag("async") {
        files.push("doneprintHandle.js");
    }
    files.extend(meta.includes.iter().map(|s| s.as_str()));
    let mut out = String::from(prefix);
    for f in files {
        let text = ctx.harness.get(f).ok_or_else(|| format!("missing harness file {f}"))?;
        out.push_str(text);
        out.push('\n');
    }
    out.push_str(source);
    Ok(out)
}

/// Runs `kiln run --script` on the composed source with the time limit and
/// judges its exit status and output.
fn run_child(ctx: &Ctx, meta: &Meta, full: &str, worker: usize, timing: &mut Timing) -> Outcome {
    let js = ctx.tmp.join(format!("w{worker}.js"));
    if let Err(e) = std::fs::write(&js, full) {
        return Outcome::Fail(format!("cannot write {}: {e}", js.display()));
    }
    let mut args: Vec<std::ffi::OsString> = vec!["run".into()];
    if ctx.fast_compile {
        args.push("--fast-compile".into());
    }
    args.extend(["--script".into(), js.clone().into_os_string()]);
    spawn_and_judge(ctx, meta, &args, worker, timing, &js.to_string_lossy())
}

/// Runs `kiln ARGS` with the time limit and judges its exit status and
/// output (`script` is the path uncaught errors are reported at).
fn spawn_and_judge(ctx: &Ctx, meta: &Meta, args: &[std::ffi::OsString], worker: usize, timing: &mut Timing, script: &str) -> Outcome {
    let out_path = ctx.tmp.join(format!("w{worker}.out"));
    let err_path = ctx.tmp.join(format!("w{worker}.err"));
    let (Ok(out_f), Ok(err_f)) = (std::fs::File::create(&out_path), std::fs::File::create(&err_path)) else {
        return Outcome::Fail("cannot create output files".into());
    };
    let spawned = Instant::now();
    let child = Command::new(&ctx.exe)
        .args(args)
        .env("KILN_TEST262_HOST", "1")
        .env("KILN_PHASE_TIMES", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::from(out_f))
        .stderr(Stdio::from(err_f))
        .spawn();
    let mut child = match child {
        Ok(c) => c,
        Err(e) => return Outcome::Fail(format!("cannot start {}: {e}", ctx.exe.display())),
    };
    let deadline = Instant::now() + ctx.timeout;
    let mut nap = Duration::from_micros(250);
    let status = loop {
        match child.try_wait() {
            Ok(Some(st)) => break st,
            Ok(None) => {
                if Instant::now() >= deadline {
                    let _ = child.kill();
                    let _ = child.wait();
                    timing.children += 1;
                    timing.wall += spawned.elapsed().as_secs_f64() * 1000.0;
                    return Outcome::Fail(format!("timed out after {}s", ctx.timeout.as_secs()));
                }
                std::thread::sleep(nap);
                nap = (nap * 2).min(Duration::from_millis(2));
            }
            Err(e) => return Outcome::Fail(format!("wait failed: {e}")),
        }
    };
    let child_wall = spawned.elapsed().as_secs_f64() * 1000.0;
    timing.children += 1;
    timing.wall += child_wall;
    let stdout = String::from_utf8_lossy(&std::fs::read(&out_path).unwrap_or_default()).into_owned();
    let mut stderr = String::from_utf8_lossy(&std::fs::read(&err_path).unwrap_or_default()).into_owned();
    if let Some(pos) = stderr.rfind("kiln: phases: ") {
        if let Some((front, codegen, run)) = parse_phases(&stderr[pos..]) {
            timing.phased += 1;
            timing.phased_wall += child_wall;
            timing.front += front;
            timing.codegen += codegen;
            timing.run += run;
        }
        stderr.truncate(pos);
    }
    judge(meta, status.code(), signal_of(&status), &stdout, &stderr, script)
}

/// (front-end, codegen + finalize, run) in ms from `kiln: phases: front-end 1.00 ms, codegen 2.00 ms, finalize 0.10 ms, run 0.50 ms (…)`.
fn parse_phases(line: &str) -> Option<(f64, f64, f64)> {
    let line = line.lines().next()?;
    let ms = |key: &str| -> Option<f64> {
        let rest = &line[line.find(key)? + key.len()..];
        rest.trim_start().split_whitespace().next()?.parse().ok()
    };
    Some((ms("front-end")?, ms("codegen")? + ms("finalize")?, ms("run")?))
}

/// User and system CPU time (seconds) of this process and of its waited-for
/// children, from getrusage(2).
#[cfg(target_os = "linux")]
fn cpu_times() -> Option<(f64, f64)> {
    #[repr(C)]
    #[derive(Default)]
    struct Rusage {
        utime: [i64; 2],
        stime: [i64; 2],
        rest: [i64; 14],
    }
    extern "C" {
        fn getrusage(who: i32, usage: *mut Rusage) -> i32;
    }
    let get = |who: i32| -> Option<f64> {
        let mut u = Rusage::default();
        // SAFETY: `Rusage` has the layout of `struct rusage` on 64-bit Linux.
        (unsafe { getrusage(who, &mut u) } == 0)
            .then(|| (u.utime[0] + u.stime[0]) as f64 + (u.utime[1] + u.stime[1]) as f64 / 1e6)
    };
    Some((get(0)?, get(-1)?)) // RUSAGE_SELF, RUSAGE_CHILDREN
}
#[cfg(not(target_os = "linux"))]
fn cpu_times() -> Option<(f64, f64)> {
    None
}

/// Figures of a whole run, for the summary line and the Markdown report.
struct Summary {
    wall: Duration,
    jobs: usize,
    /// CPU seconds of the runner itself and of all its children.
    cpu: Option<(f64, f64)>,
    fast_compile: bool,
    timing: Timing,
    /// /proc/loadavg (1-minute) before and after the run.
    load: (Option<f64>, Option<f64>),
}

fn loadavg() -> Option<f64> {
    std::fs::read_to_string("/proc/loadavg").ok()?.split_whitespace().next()?.parse().ok()
}

/// Today's date (UTC) as YYYY-MM-DD.
fn today() -> String {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    let days = (secs / 86_400) as i64;
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + (m <= 2) as i64;
    format!("{y:04}-{m:02}-{d:02}")
}

/// Thousands separators: 12345 → "12,345".
fn thousands(n: usize) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The README table: one row per top-level folder, the total (without
/// Temporal) and Temporal; front-end conformance per folder; when, on what
/// and how fast it ran.
fn render_markdown(results: &[FileResult], suite: &Path, sum: &Summary) -> String {
    #[derive(Default)]
    struct Row {
        c: Counts,
        fe_ok: usize,
        fe_n: usize,
        neg_ok: usize,
        neg_n: usize,
    }
    impl Row {
        fn add(&mut self, r: &FileResult) {
            self.c.add(r);
            if let Some(ok) = r.frontend {
                self.fe_n += 1;
                self.fe_ok += ok as usize;
                if r.negative_parse {
                    self.neg_n += 1;
                    self.neg_ok += ok as usize;
                }
            }
        }
        fn line(&self, name: &str) -> String {
            let c = &self.c;
            format!(
                "| {name} | {} | {} | {} | {} | {} | {} / {} ({}) | {} |\n",
                thousands(c.total()),
                thousands(c.pass),
                thousands(c.fail),
                thousands(c.skip),
                pct(c.pass, c.pass + c.fail),
                thousands(c.runs_pass),
                thousands(c.runs),
                pct(c.runs_pass, c.runs),
                pct(self.fe_ok, self.fe_n)
            )
        }
    }
    let mut rows: BTreeMap<String, Row> = BTreeMap::new();
    let (mut total, mut temporal) = (Row::default(), Row::default());
    for r in results {
        if r.temporal {
            temporal.add(r);
            continue;
        }
        rows.entry(folder_key(&r.rel, 1)).or_default().add(r);
        total.add(r);
    }
    let order = ["language", "built-ins", "annexB", "intl402", "harness"];
    let mut names: Vec<&String> = rows.keys().collect();
    names.sort_by_key(|k| (order.iter().position(|o| o == k).unwrap_or(order.len()), k.to_string()));
    let commit = kiln_commit().map(|c| c[..c.len().min(10)].to_string()).unwrap_or_else(|| "unknown".into());
    let dirty = kiln_dirty().then_some(" with uncommitted changes").unwrap_or("");
    let suite_commit = suite_commit(suite).map(|c| c[..c.len().min(8)].to_string()).unwrap_or_else(|| "unknown".into());
    let profile = if cfg!(debug_assertions) { "debug" } else { "release" };
    let mut s = String::new();
    s.push_str(&format!(
        "Produced by `kiln test262 --markdown` on {} ({profile} build of `{commit}`{dirty}, test262 `{suite_commit}`):\n\n",
        today()
    ));
    s.push_str("| folder | files | pass | fail | skip | pass % (of files run) | runs passed / total | front-end |\n");
    s.push_str("|---|--:|--:|--:|--:|--:|--:|--:|\n");
    for k in names {
        s.push_str(&rows[k].line(k));
    }
    s.push_str(&total.line("**total**"));
    s.push('\n');
    if temporal.c.total() > 0 {
        s.push_str(&format!(
            "Temporal (a proposal, not ECMAScript 2025; {} files, {} skipped) is outside the totals. ",
            thousands(temporal.c.total()),
            thousands(temporal.c.skip)
        ));
    }
    s.push_str(&format!(
        "A file passes when all its runs (sloppy and strict, unless its flags say otherwise) pass. \
         \"front-end\" is front-end conformance: the share of files the front-end accepts or rejects as the test expects \
         (total {}/{}; negative parse tests rejected {}/{} ({}), others accepted {}/{} ({})).\n\n",
        thousands(total.fe_ok),
        thousands(total.fe_n),
        thousands(total.neg_ok),
        thousands(total.neg_n),
        pct(total.neg_ok, total.neg_n),
        thousands(total.fe_ok - total.neg_ok),
        thousands(total.fe_n - total.neg_n),
        pct(total.fe_ok - total.neg_ok, total.fe_n - total.neg_n)
    ));
    let load = |l: Option<f64>| l.map(|v| format!("{v:.2}")).unwrap_or_else(|| "?".into());
    s.push_str(&format!(
        "Wall time {:.1} min with `--jobs {}` on {} cores (load average {} before, {} after); {}.\n",
        sum.wall.as_secs_f64() / 60.0,
        sum.jobs,
        std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1),
        load(sum.load.0),
        load(sum.load.1),
        sum.overhead_line()
    ));
    s
}

fn total_timing(results: &[FileResult]) -> Timing {
    let mut t = Timing::default();
    for r in results {
        t.add(&r.timing);
    }
    t
}

impl Summary {
    /// Per child process: wall time, its phases, and CPU (runner and children).
    fn overhead_line(&self) -> String {
        let t = &self.timing;
        let mut s = format!(
            "per child process ({} children, {}): {:.1} ms wall",
            t.children,
            if self.fast_compile { "kiln run --fast-compile" } else { "kiln run, optimising" },
            if t.children > 0 { t.wall / t.children as f64 } else { 0.0 }
        );
        if t.phased > 0 {
            let n = t.phased as f64;
            let other = (t.phased_wall - t.front - t.codegen - t.run) / n;
            s.push_str(&format!(
                "; of the {} that compiled: front-end {:.1} ms, codegen {:.1} ms, run {:.1} ms, process start/exit and waiting {:.1} ms",
                t.phased,
                t.front / n,
                t.codegen / n,
                t.run / n,
                other
            ));
        }
        if let Some((me, kids)) = self.cpu.filter(|_| t.children > 0) {
            s.push_str(&format!(
                "; CPU per child {:.1} ms (runner: {:.1} ms per child)",
                kids * 1000.0 / t.children as f64,
                me * 1000.0 / t.children as f64
            ));
        }
        s
    }
}

#[cfg(unix)]
fn signal_of(st: &std::process::ExitStatus) -> Option<i32> {
    use std::os::unix::process::ExitStatusExt;
    st.signal()
}
#[cfg(not(unix))]
fn signal_of(_st: &std::process::ExitStatus) -> Option<i32> {
    None
}

/// The line that reports the uncaught exception. The runtime prints, as
/// Node does, where it was thrown — `script:LINE`, the source line and a
/// caret line (or the bare script path when the site is unknown) — then
/// the error's `stack` after a blank line, or the thrown value itself.
fn uncaught_line<'a>(stderr: &'a str, script: &str) -> Option<&'a str> {
    let lines: Vec<&str> = stderr.lines().collect();
    let is_site = |l: &str| {
        let l = l.trim_end();
        // Module runs: any file of the graph (`file:///…:line`).
        if script == "file://" {
            return l.starts_with(script) && l.rsplit_once(':').is_some_and(|(_, n)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
        }
        l == script || l.strip_prefix(script).and_then(|r| r.strip_prefix(':')).is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
    };
    let mut start = match lines.iter().rposition(|l| is_site(l)) {
        Some(p) => p + 1,
        None => 0,
    };
    // Skip the code frame: the source line and the caret under it.
    let is_caret = |l: &str| l.trim_end().ends_with('^') && l.trim_end().trim_start_matches([' ', '\t']) == "^";
    if start > 0 && lines.get(start + 1).is_some_and(|l| is_caret(l)) {
        start += 2;
    }
    lines[start..].iter().map(|l| l.trim_end()).find(|l| !l.trim().is_empty())
}

fn names_error(line: &str, kind: &str) -> bool {
    let line = line.strip_prefix("Uncaught ").unwrap_or(line);
    line == kind || line.starts_with(&format!("{kind}:")) || line.starts_with(&format!("{kind} "))
}

fn snippet(s: &str) -> String {
    let s = s.trim();
    if s.chars().count() > 200 {
        let mut t: String = s.chars().take(200).collect();
        t.push('…');
        t
    } else {
        s.to_string()
    }
}

fn judge(meta: &Meta, code: Option<i32>, signal: Option<i32>, stdout: &str, stderr: &str, script: &str) -> Outcome {
    if stderr.contains("panicked at") {
        let line = stderr.lines().find(|l| l.contains("panicked at")).unwrap_or("");
        return Outcome::Fail(snippet(&format!("kiln panicked: {line}")));
    }
    let Some(code) = code else {
        return Outcome::Fail(format!("crashed (signal {})", signal.unwrap_or(-1)));
    };
    let uncaught = uncaught_line(stderr, script);
    let describe = || match uncaught {
        Some(l) => snippet(l),
        None => format!("exit status {code}"),
    };
    if let Some(neg) = meta.negative.as_ref().filter(|n| n.phase == "runtime") {
        if code == 0 {
            return Outcome::Fail(format!("expected a runtime {}, but it completed", neg.kind));
        }
        return match uncaught {
            Some(l) if names_error(l, &neg.kind) => Outcome::Pass,
            _ => Outcome::Fail(format!("expected {}, got: {}", neg.kind, describe())),
        };
    }
    if meta.has_flag("async") {
        if let Some(l) = stdout.lines().find(|l| l.starts_with("Test262:AsyncTestFailure")) {
            return Outcome::Fail(snippet(l));
        }
        if code != 0 {
            return Outcome::Fail(describe());
        }
        if stdout.lines().any(|l| l.trim_end() == "Test262:AsyncTestComplete") {
            return Outcome::Pass;
        }
        return Outcome::Fail("async test did not print Test262:AsyncTestComplete".into());
    }
    if code == 0 {
        Outcome::Pass
    } else {
        Outcome::Fail(describe())
    }
}

#[derive(Default, Clone, Copy)]
struct Counts {
    pass: usize,
    fail: usize,
    skip: usize,
    runs_pass: usize,
    runs: usize,
}

impl Counts {
    fn add(&mut self, r: &FileResult) {
        match r.outcome {
            Outcome::Pass => self.pass += 1,
            Outcome::Fail(_) => self.fail += 1,
            Outcome::Skip(_) => self.skip += 1,
        }
        self.runs += r.runs.len();
        self.runs_pass += r.runs.iter().filter(|(_, o)| *o == Outcome::Pass).count();
    }
    fn total(&self) -> usize {
        self.pass + self.fail + self.skip
    }
    fn row(&self, name: &str) -> String {
        let ran = self.pass + self.fail;
        format!(
            "{:<44} {:>7} {:>7} {:>7} {:>7} {:>7} {:>9} {:>7}\n",
            name,
            self.total(),
            self.pass,
            self.fail,
            self.skip,
            pct(self.pass, ran),
            format!("{}/{}", self.runs_pass, self.runs),
            pct(self.runs_pass, self.runs)
        )
    }
}

fn pct(a: usize, b: usize) -> String {
    if b == 0 {
        "-".into()
    } else {
        format!("{:.1}%", a as f64 * 100.0 / b as f64)
    }
}

fn folder_key(rel: &str, depth: usize) -> String {
    let parts: Vec<&str> = rel.split('/').collect();
    let dirs = &parts[..parts.len().saturating_sub(1)];
    if dirs.is_empty() {
        return ".".into();
    }
    dirs[..dirs.len().min(depth.max(1))].join("/")
}

/// The result table: files per folder (passed/failed/skipped; pass % of the
/// files that ran) and runs beside them; totals without Temporal; Temporal on
/// its own line; the front-end conformance.
pub fn render_table(results: &[FileResult], depth: usize) -> String {
    let mut by_folder: BTreeMap<String, Counts> = BTreeMap::new();
    let mut total = Counts::default();
    let mut temporal = Counts::default();
    let (mut fe_ok, mut fe_n, mut neg_ok, mut neg_n) = (0, 0, 0, 0);
    for r in results {
        if r.temporal {
            temporal.add(r);
            continue;
        }
        by_folder.entry(folder_key(&r.rel, depth)).or_default().add(r);
        total.add(r);
        if let Some(ok) = r.frontend {
            fe_n += 1;
            fe_ok += ok as usize;
            if r.negative_parse {
                neg_n += 1;
                neg_ok += ok as usize;
            }
        }
    }
    let mut s = String::new();
    s.push_str(&format!(
        "{:<44} {:>7} {:>7} {:>7} {:>7} {:>7} {:>9} {:>7}\n",
        "folder", "files", "pass", "fail", "skip", "pass%", "runs", "runs%"
    ));
    for (k, c) in &by_folder {
        s.push_str(&c.row(k));
    }
    s.push_str(&"-".repeat(104));
    s.push('\n');
    s.push_str(&total.row("total (without Temporal)"));
    if temporal.total() > 0 {
        s.push_str(&temporal.row("Temporal (proposal; outside the totals)"));
    }
    s.push_str(&format!(
        "front-end conformance: {fe_ok}/{fe_n} files ({}) decided as the test expects; negative parse tests rejected: {neg_ok}/{neg_n} ({}), others accepted: {}/{} ({})\n",
        pct(fe_ok, fe_n),
        pct(neg_ok, neg_n),
        fe_ok - neg_ok,
        fe_n - neg_n,
        pct(fe_ok - neg_ok, fe_n - neg_n)
    ));
    s
}

/// Exit status 1 (and the list) when a selected baseline test no longer passes.
fn check_baseline(text: &str, results: &[FileResult], filters: &[String]) -> i32 {
    let by_rel: HashMap<&str, &FileResult> = results.iter().map(|r| (r.rel.as_str(), r)).collect();
    let selected = |p: &str| filters.is_empty() || filters.iter().any(|f| p == f || p.starts_with(&format!("{f}/")));
    let baseline: BTreeSet<&str> = text.lines().map(|l| l.trim()).filter(|l| !l.is_empty() && !l.starts_with('#')).collect();
    let mut regressions = Vec::new();
    let mut checked = 0;
    for &p in &baseline {
        match by_rel.get(p) {
            Some(r) => {
                checked += 1;
                if r.outcome != Outcome::Pass {
                    regressions.push(format!("{p}: {} {}", r.outcome.word(), r.outcome.message()));
                }
            }
            None if selected(p) => regressions.push(format!("{p}: missing from the suite")),
            None => {}
        }
    }
    let new_passes = results.iter().filter(|r| r.outcome == Outcome::Pass && !baseline.contains(r.rel.as_str())).count();
    if new_passes > 0 {
        println!("baseline: {new_passes} passing tests are not in the baseline yet (refresh it with --write-baseline)");
    }
    if regressions.is_empty() {
        println!("baseline: all {checked} baseline tests still pass");
        0
    } else {
        println!("baseline: {} of {} baseline tests no longer pass:", regressions.len(), checked);
        for r in &regressions {
            println!("  {r}");
        }
        1
    }
}

fn json_str(s: &str) -> String {
    let mut o = String::with_capacity(s.len() + 2);
    o.push('"');
    for c in s.chars() {
        match c {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            '\n' => o.push_str("\\n"),
            '\r' => o.push_str("\\r"),
            '\t' => o.push_str("\\t"),
            c if (c as u32) < 0x20 => o.push_str(&format!("\\u{:04x}", c as u32)),
            c => o.push(c),
        }
    }
    o.push('"');
    o
}

fn suite_commit(suite: &Path) -> Option<String> {
    let readme = std::fs::read_to_string(suite.join("README.md")).ok()?;
    let line = readme.lines().find(|l| l.contains("Commit:"))?;
    let c = line.split("Commit:").nth(1)?.trim().trim_matches('`').trim();
    Some(c.to_string())
}

/// The repository of the kiln executable, else the current directory's.
fn kiln_repo() -> Option<PathBuf> {
    let exe = std::env::current_exe().ok()?;
    exe.ancestors().find(|a| a.join(".git").exists()).map(Path::to_path_buf).or_else(|| std::env::current_dir().ok())
}

fn kiln_commit() -> Option<String> {
    let repo = kiln_repo()?;
    let out = Command::new("git").arg("-C").arg(&repo).args(["rev-parse", "HEAD"]).stderr(Stdio::null()).output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

/// Whether tracked files differ from HEAD.
fn kiln_dirty() -> bool {
    let Some(repo) = kiln_repo() else {
        return false;
    };
    Command::new("git")
        .arg("-C")
        .arg(&repo)
        .args(["status", "--porcelain", "--untracked-files=no"])
        .stderr(Stdio::null())
        .output()
        .is_ok_and(|o| o.status.success() && !o.stdout.is_empty())
}

fn to_json(suite: &Path, results: &[FileResult], wall: Duration) -> String {
    let opt = |o: Option<String>| o.map(|s| json_str(&s)).unwrap_or_else(|| "null".into());
    let mut s = String::from("{\n");
    s.push_str(&format!("  \"suite\": {},\n", json_str(&suite.to_string_lossy())));
    s.push_str(&format!("  \"suite_commit\": {},\n", opt(suite_commit(suite))));
    s.push_str(&format!("  \"kiln_commit\": {},\n", opt(kiln_commit())));
    s.push_str(&format!("  \"wall_seconds\": {:.1},\n", wall.as_secs_f64()));
    let mut c = Counts::default();
    let mut t = Counts::default();
    for r in results {
        if r.temporal {
            t.add(r)
        } else {
            c.add(r)
        }
    }
    let counts = |c: &Counts| {
        format!(
            "{{\"files\": {}, \"pass\": {}, \"fail\": {}, \"skip\": {}, \"runs\": {}, \"runs_pass\": {}}}",
            c.total(),
            c.pass,
            c.fail,
            c.skip,
            c.runs,
            c.runs_pass
        )
    };
    s.push_str(&format!("  \"totals\": {},\n", counts(&c)));
    s.push_str(&format!("  \"temporal\": {},\n", counts(&t)));
    let fe: Vec<&FileResult> = results.iter().filter(|r| !r.temporal && r.frontend.is_some()).collect();
    let fe_ok = fe.iter().filter(|r| r.frontend == Some(true)).count();
    s.push_str(&format!("  \"frontend\": {{\"files\": {}, \"as_expected\": {}}},\n", fe.len(), fe_ok));
    s.push_str("  \"tests\": [\n");
    for (i, r) in results.iter().enumerate() {
        let runs: Vec<String> = r
            .runs
            .iter()
            .map(|(v, o)| format!("{{\"variant\": \"{v}\", \"result\": \"{}\", \"message\": {}}}", o.word(), json_str(o.message())))
            .collect();
        let variants: Vec<String> = r.runs.iter().map(|(v, _)| format!("\"{v}\"")).collect();
        s.push_str(&format!(
            "    {{\"path\": {}, \"variants\": [{}], \"result\": \"{}\", \"message\": {}, \"frontend_ok\": {}, \"runs\": [{}]}}{}\n",
            json_str(&r.rel),
            variants.join(", "),
            r.outcome.word(),
            json_str(r.outcome.message()),
            r.frontend.map(|b| b.to_string()).unwrap_or_else(|| "null".into()),
            runs.join(", "),
            if i + 1 < results.len() { "," } else { "" }
        ));
    }
    s.push_str("  ]\n}\n");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(flags: &[&str], neg: Option<(&str, &str)>) -> Meta {
        Meta {
            flags: flags.iter().map(|s| s.to_string()).collect(),
            negative: neg.map(|(p, k)| meta::Negative { phase: p.into(), kind: k.into() }),
            ..Default::default()
        }
    }

    #[test]
    fn judging_runs() {
        let err = "/tmp/x/w0.js\n\nTypeError: boom\n    at /tmp/x/w0.js:1:7\n\nKiln v0.1.0\n";
        let neg = m(&[], Some(("runtime", "TypeError")));
        assert_eq!(judge(&neg, Some(1), None, "", err, "/tmp/x/w0.js"), Outcome::Pass);
        let neg_ref = m(&[], Some(("runtime", "ReferenceError")));
        assert!(matches!(judge(&neg_ref, Some(1), None, "", err, "/tmp/x/w0.js"), Outcome::Fail(_)));
        assert!(matches!(judge(&neg, Some(0), None, "", "", "/tmp/x/w0.js"), Outcome::Fail(_)));
        let t262 = "/tmp/x/w0.js\n\nUncaught Test262Error { message: 'x' }\n";
        assert_eq!(judge(&m(&[], Some(("runtime", "Test262Error"))), Some(1), None, "", t262, "/tmp/x/w0.js"), Outcome::Pass);
        assert_eq!(judge(&m(&[], None), Some(0), None, "", "", "/tmp/x/w0.js"), Outcome::Pass);
        assert_eq!(judge(&m(&[], None), Some(1), None, "", t262, "/tmp/x/w0.js"), Outcome::Fail("Uncaught Test262Error { message: 'x' }".into()));
        assert!(matches!(judge(&m(&[], None), None, Some(11), "", "", "s"), Outcome::Fail(_)));
        // With Node's code frame (where the value was thrown).
        let framed = "/tmp/x/w0.js:3\n  null.x;\n      ^\n\nTypeError: Cannot read properties of null (reading 'x')\n    at /tmp/x/w0.js:3:7\n\nKiln v0.1.0\n";
        assert_eq!(judge(&neg, Some(1), None, "", framed, "/tmp/x/w0.js"), Outcome::Pass);
        assert!(matches!(judge(&neg_ref, Some(1), None, "", framed, "/tmp/x/w0.js"), Outcome::Fail(_)));
        let framed_value = "/tmp/x/w0.js:5\nthrow new Test262Error('x');\n^\nTest262Error { message: 'x' }\n\nKiln v0.1.0\n";
        assert_eq!(judge(&m(&[], Some(("runtime", "Test262Error"))), Some(1), None, "", framed_value, "/tmp/x/w0.js"), Outcome::Pass);
        let asy = m(&["async"], None);
        assert_eq!(judge(&asy, Some(0), None, "Test262:AsyncTestComplete\n", "", "s"), Outcome::Pass);
        assert!(matches!(judge(&asy, Some(0), None, "", "", "s"), Outcome::Fail(_)));
        assert!(matches!(judge(&asy, Some(0), None, "Test262:AsyncTestFailure:Test262Error: no\n", "", "s"), Outcome::Fail(_)));
    }

    #[test]
    fn filters_and_folders() {
        assert_eq!(normalize_filter("test/built-ins/Array/"), "built-ins/Array");
        assert_eq!(folder_key("built-ins/Array/from/a.js", 2), "built-ins/Array");
        assert_eq!(folder_key("harness/a.js", 2), "harness");
        assert!(is_test_file("a.js") && !is_test_file("a_FIXTURE.js") && !is_test_file("a.json"));
        assert_eq!(filter_lines("# c\nbuilt-ins/Array # x\n\nlanguage/asi\n"), vec!["built-ins/Array", "language/asi"]);
    }

    #[test]
    fn skip_list_holds_reasons() {
        let s = skip_features();
        assert!(s.contains_key("Temporal"));
        assert!(s.values().all(|r| !r.is_empty()), "every skipped feature needs a reason");
    }
}

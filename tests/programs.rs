//! Differential tests: every program under `tests/programs` is compiled both
//! ways (`kiln run`, the JIT, and `kiln build`, a native executable) and its
//! exit status and stdout compared with the snapshot recorded from Node.js
//! (`node tests/record-node.js`; `--check` re-verifies them against node).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;

fn kiln() -> &'static str {
    env!("CARGO_BIN_EXE_kiln")
}

/// `kiln build` links `libkiln_rt.a`, which `cargo test` does not build on
/// its own (it is a staticlib with no tests): build it once, beside `kiln`,
/// every time (a no-op when it is current; a stale library from an older
/// checkout would not match the compiler's ABI).
fn ensure_runtime_lib() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        let mut cmd = Command::new(cargo);
        cmd.args(["build", "-p", "kiln-rt"]).current_dir(env!("CARGO_MANIFEST_DIR"));
        if !cfg!(debug_assertions) {
            cmd.arg("--release");
        }
        let st = cmd.status().expect("run cargo build -p kiln-rt");
        assert!(st.success(), "cargo build -p kiln-rt failed");
    });
}

fn programs() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs");
    let mut v: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/programs")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "js" || e == "mjs"))
        .collect();
    v.sort();
    v
}

fn output(cmd: &mut Command) -> String {
    let out = cmd.output().expect("spawn");
    let code = out.status.code().map(|c| c.to_string()).unwrap_or_else(|| format!("signal {:?}", out.status));
    format!("exit: {code}\n{}", String::from_utf8_lossy(&out.stdout))
}

fn run_jit(p: &Path) -> String {
    output(Command::new(kiln()).current_dir(p.parent().unwrap()).arg("run").arg(p).args(["a", "b"]))
}

fn run_jit_gc_stress(p: &Path) -> String {
    output(Command::new(kiln()).current_dir(p.parent().unwrap()).env("KILN_GC_STRESS", "3").arg("run").arg(p).args(["a", "b"]))
}

fn run_aot(p: &Path, dir: &Path) -> String {
    ensure_runtime_lib();
    let exe = dir.join(p.file_stem().unwrap());
    let b = Command::new(kiln()).arg("build").arg(p).arg("-o").arg(&exe).output().expect("spawn kiln build");
    if !b.status.success() {
        return format!("kiln build failed:\n{}", String::from_utf8_lossy(&b.stderr));
    }
    output(Command::new(&exe).current_dir(p.parent().unwrap()).args(["a", "b"]))
}

/// Runs `f` over all programs on as many threads as there are cores.
fn parallel<T: Send>(items: &[PathBuf], f: impl Fn(&Path) -> T + Sync) -> Vec<T> {
    let next = Mutex::new(0usize);
    let results: Mutex<Vec<Option<T>>> = Mutex::new((0..items.len()).map(|_| None).collect());
    let n = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2);
    std::thread::scope(|s| {
        for _ in 0..n {
            s.spawn(|| loop {
                let i = {
                    let mut g = next.lock().unwrap();
                    let i = *g;
                    *g += 1;
                    i
                };
                if i >= items.len() {
                    break;
                }
                let r = f(&items[i]);
                results.lock().unwrap()[i] = Some(r);
            });
        }
    });
    results.into_inner().unwrap().into_iter().map(|r| r.unwrap()).collect()
}

fn check_all(mode: &str, outputs: Vec<(PathBuf, String)>) {
    let mut failures = Vec::new();
    for (p, out) in outputs {
        let name = p.file_stem().unwrap().to_string_lossy().into_owned();
        let r = std::panic::catch_unwind(|| {
            insta::with_settings!({prepend_module_to_snapshot => true, snapshot_path => "snapshots", omit_expression => true}, {
                insta::assert_snapshot!(name.as_str(), out.trim_end());
            });
        });
        if r.is_err() {
            failures.push(name);
        }
    }
    assert!(failures.is_empty(), "{mode}: {} program(s) differ from node: {failures:?}", failures.len());
}

#[test]
fn programs_jit() {
    let progs = programs();
    let outs = parallel(&progs, |p| (p.to_path_buf(), run_jit(p)));
    check_all("kiln run", outs);
}

/// The whole program suite with frequent collections (every 3rd safepoint;
/// `KILN_GC_STRESS=1`, every one, makes a few programs take minutes): a
/// live object that the collector misses shows up as a wrong result or a
/// crash.
#[test]
fn programs_jit_gc_stress() {
    let progs = programs();
    let outs = parallel(&progs, |p| (p.to_path_buf(), run_jit_gc_stress(p)));
    check_all("KILN_GC_STRESS=1 kiln run", outs);
}

#[test]
fn programs_aot() {
    let progs = programs();
    let dir = std::env::temp_dir().join(format!("kiln-aot-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let outs = parallel(&progs, |p| (p.to_path_buf(), run_aot(p, &dir)));
    let _ = std::fs::remove_dir_all(&dir);
    check_all("kiln build", outs);
}

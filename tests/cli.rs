//! The CLI on bad input and at the edges: diagnostics with stable codes and
//! code frames, uncaught exceptions, stack overflow, exit statuses. Each
//! case under `tests/cli/` is run with `kiln run` and its exit status,
//! stdout and stderr (with the directory replaced by `$DIR`) snapshotted.
//! For programs Node can run, the stdout and status are also compared with
//! `node` directly.

use std::path::Path;
use std::process::Command;

fn run(name: &str) -> (i32, String, String) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cli");
    let out = Command::new(env!("CARGO_BIN_EXE_kiln")).current_dir(&dir).arg("run").arg(name).output().expect("spawn kiln");
    let d = dir.to_string_lossy().into_owned();
    let norm = |b: &[u8]| String::from_utf8_lossy(b).replace(&d, "$DIR");
    (out.status.code().unwrap_or(-1), norm(&out.stdout), norm(&out.stderr))
}

fn node(name: &str) -> Option<(i32, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cli");
    let out = Command::new("node").current_dir(&dir).arg(name).env_remove("NODE_EXTRA_CA_CERTS").output().ok()?;
    Some((out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).into_owned()))
}

fn case(name: &str, same_as_node: bool) {
    let (code, stdout, stderr) = run(name);
    assert!(!stderr.contains("panicked"), "{name}: the compiler or runtime panicked:\n{stderr}");
    if same_as_node {
        if let Some((ncode, nout)) = node(name) {
            assert_eq!((code, stdout.as_str()), (ncode, nout.as_str()), "{name}: differs from node");
        }
    }
    insta::assert_snapshot!(name, format!("exit: {code}\n--- stdout\n{stdout}--- stderr\n{stderr}"));
}

#[test]
fn syntax_error_has_code_frame() {
    case("syntax_error.js", false);
}

#[test]
fn unsupported_construct_is_reported() {
    case("unsupported_with.js", false);
}

#[test]
fn redeclared_let_is_an_early_error() {
    case("redeclared_let.js", false);
}

#[test]
fn illegal_break_is_an_early_error() {
    case("illegal_break.js", false);
}

#[test]
fn uncaught_error_prints_stack() {
    case("uncaught_error.js", true);
}

#[test]
fn uncaught_non_error() {
    case("uncaught_string.js", true);
}

#[test]
fn uncaught_type_error_has_code_frame() {
    case("uncaught_type_error.js", true);
}

#[test]
fn stack_overflow_is_a_catchable_range_error() {
    case("stack_overflow.js", true);
}

#[test]
fn native_recursion_overflow_is_caught() {
    case("native_recursion.js", true);
}

#[test]
fn short_lived_garbage_is_collected() {
    case("gc_churn.js", true);
}

#[test]
fn process_exit_sets_status() {
    case("exit_code.js", true);
}

#[test]
fn process_exit_code_property() {
    case("exit_code_property.js", true);
}

#[test]
fn missing_file_is_an_error() {
    let out = Command::new(env!("CARGO_BIN_EXE_kiln")).args(["run", "does-not-exist.js"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("error[K3001]"));
}

#[test]
fn usage_error_exits_2() {
    let out = Command::new(env!("CARGO_BIN_EXE_kiln")).arg("frobnicate").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

/// Peak resident set size (VmHWM) of a child, sampled until it exits.
fn peak_rss_kib(mut child: std::process::Child) -> (i32, u64) {
    let pid = child.id();
    let mut peak = 0;
    loop {
        if let Ok(s) = std::fs::read_to_string(format!("/proc/{pid}/status")) {
            if let Some(l) = s.lines().find(|l| l.starts_with("VmHWM:")) {
                let kib: u64 = l.split_whitespace().nth(1).and_then(|v| v.parse().ok()).unwrap_or(0);
                peak = peak.max(kib);
            }
        }
        if let Some(st) = child.try_wait().unwrap() {
            return (st.code().unwrap_or(-1), peak);
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

/// A program that allocates over 1 GB of short-lived objects runs in
/// bounded memory: the collector reclaims them.
#[test]
fn gigabyte_of_garbage_runs_in_bounded_memory() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cli");
    let child = Command::new(env!("CARGO_BIN_EXE_kiln"))
        .current_dir(&dir)
        .args(["run", "gc_1gb.js"])
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let (code, peak) = peak_rss_kib(child);
    assert_eq!(code, 0);
    assert!(peak > 0 && peak < 200 * 1024, "peak RSS {peak} KiB");
}

//! CI check for the conformance runner (issue 3): a fixed, representative
//! subset of test262 (`conformance/ci-subset.txt`) must still pass every test
//! listed in `conformance/baseline-ci.txt`. Skipped, with a note, when the
//! suite is not at `../shared/test262`. Refresh the baseline as the README's
//! "Conformance (test262)" section says.

use std::path::Path;
use std::process::Command;

fn kiln() -> Command {
    Command::new(env!("CARGO_BIN_EXE_kiln"))
}

#[test]
fn ci_subset_keeps_its_baseline() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let suite = root.join("../shared/test262");
    if !suite.join("test").is_dir() {
        eprintln!("note: no test262 suite at {}; skipping the baseline check", suite.display());
        return;
    }
    let json = std::env::temp_dir().join(format!("kiln-test262-ci-{}.json", std::process::id()));
    let out = kiln()
        .current_dir(root)
        .arg("test262")
        .arg("--suite")
        .arg(&suite)
        .args(["--subset-file", "conformance/ci-subset.txt", "--check-baseline", "conformance/baseline-ci.txt", "--json"])
        .arg(&json)
        .output()
        .expect("spawn kiln");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "test262 baseline check failed:\n{stdout}\n{stderr}");

    // Independently of the runner's own check: every baseline test is in the
    // JSON results, as a pass.
    let baseline = std::fs::read_to_string(root.join("conformance/baseline-ci.txt")).expect("baseline");
    let baseline: Vec<&str> = baseline.lines().filter(|l| !l.trim().is_empty()).collect();
    assert!(baseline.len() >= 500, "the CI baseline is suspiciously small ({} tests)", baseline.len());
    let results = std::fs::read_to_string(&json).expect("json results");
    let _ = std::fs::remove_file(&json);
    for p in &baseline {
        let needle = format!("{{\"path\": \"{p}\",");
        let line = results.lines().find(|l| l.trim_start().starts_with(&needle));
        let line = line.unwrap_or_else(|| panic!("{p}: not in the results"));
        assert!(line.contains("\"result\": \"pass\""), "{p}: no longer passes: {line}");
    }
    assert!(stdout.contains(&format!("all {} baseline tests still pass", baseline.len())), "{stdout}");
}

#[test]
fn host_hooks_only_for_test262() {
    let dir = std::env::temp_dir().join(format!("kiln-host262-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("host.js");
    std::fs::write(
        &file,
        "print(typeof $262.global === 'object' && $262.global === this);\n\
         var d = Object.getOwnPropertyDescriptor(this, 'print');\n\
         print(d.writable && d.configurable && !d.enumerable);\n\
         var keep = { a: [1, 2, 3], s: 'x' + 1 };\n\
         for (var i = 0; i < 2000; i++) { var junk = { i: i, t: 'g' + i }; }\n\
         print($262.gc() === undefined && keep.a[2] === 3 && keep.s === 'x1' && junk.i === 1999);\n\
         $262.evalScript('var fromScript = 6; function twice(x) { return 2 * x; }');\n\
         try { $262.evalScript('var = ;'); } catch (e) { var bad = e instanceof SyntaxError; }\n\
         print(twice(fromScript) === 12 && this.fromScript === 6 && bad);\n\
         print({ toString: function () { return 'Test262:AsyncTestComplete'; } });\n",
    )
    .unwrap();
    let with = kiln().arg("run").arg("--script").arg(&file).env("KILN_TEST262_HOST", "1").output().unwrap();
    assert_eq!(String::from_utf8_lossy(&with.stdout), "true\ntrue\ntrue\ntrue\nTest262:AsyncTestComplete\n");
    assert!(with.status.success());
    let without = kiln().arg("run").arg("--script").arg(&file).env_remove("KILN_TEST262_HOST").output().unwrap();
    assert!(!without.status.success(), "print must not exist outside test262");
    assert!(String::from_utf8_lossy(&without.stderr).contains("ReferenceError: print is not defined"));
    let _ = std::fs::remove_dir_all(&dir);
}

/// WeakRef targets and weak-map keys that nothing else references are
/// collected (`$262.gc()`); live ones are kept with their values. The
/// stack is scanned conservatively, so a stray word may keep a few
/// objects: the test asks for most, not all, to be gone.
#[test]
fn weak_references_are_collected() {
    let dir = std::env::temp_dir().join(format!("kiln-weak-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("weak.js");
    std::fs::write(
        &file,
        "var live = { name: 'live' }; var wm = new WeakMap(); var ws = new WeakSet();\n\
         function fill() {\n\
           var refs = [];\n\
           for (var i = 0; i < 200; i++) { var k = { i: i }; wm.set(k, { v: i }); ws.add(k); refs.push(new WeakRef(k)); }\n\
           wm.set(live, { v: 'kept' }); ws.add(live);\n\
           return refs;\n\
         }\n\
         var refs = fill();\n\
         var liveRef = new WeakRef(live);\n\
         setTimeout(function () {\n\
           $262.gc();\n\
           var gone = refs.filter(function (r) { return r.deref() === undefined; }).length;\n\
           print(gone >= 180);\n\
           print(liveRef.deref() === live && wm.get(live).v === 'kept' && ws.has(live));\n\
         }, 1);\n",
    )
    .unwrap();
    let out = kiln().arg("run").arg("--script").arg(&file).env("KILN_TEST262_HOST", "1").output().unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "true\ntrue\n", "{}", String::from_utf8_lossy(&out.stderr));
    let _ = std::fs::remove_dir_all(&dir);
}

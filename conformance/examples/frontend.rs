//! Front-end-only pass over test262: runs `driver::analyze` on each test's
//! variants (as `kiln test262` does for its parse-phase decision) without
//! running anything, and prints every file whose accept/reject decision is
//! wrong. Usage: `cargo run --release -p kiln-conformance --example frontend
//! -- SUITE_DIR [FOLDER...]` (folders under test/; default: all).
//! Output lines: `WRONG neg|pos <file> <code> <message>`, then a summary.

use kiln_compiler::driver::analyze;
use kiln_compiler::Goal;
use kiln_conformance::meta;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        if dir.extension().is_some_and(|e| e == "js") {
            out.push(dir.to_path_buf());
        }
        return;
    };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            walk(&p, out);
        } else if p.extension().is_some_and(|e| e == "js") && !p.to_string_lossy().contains("_FIXTURE") {
            out.push(p);
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let suite = PathBuf::from(&args[0]);
    let test_dir = suite.join("test");
    let skip_text = std::fs::read_to_string("conformance/skip-features.txt").unwrap_or_default();
    let skip: Vec<String> = skip_text
        .lines()
        .filter_map(|l| l.split('#').next().map(str::trim).filter(|s| !s.is_empty()).map(String::from))
        .collect();
    let mut files = Vec::new();
    if args.len() == 1 {
        walk(&test_dir, &mut files);
    }
    for f in &args[1..] {
        walk(&test_dir.join(f), &mut files);
    }
    files.sort();
    let files = Arc::new(files);
    let next = Arc::new(AtomicUsize::new(0));
    // (negative parse total, negative rejected, other total, other accepted)
    let counts = Arc::new(Mutex::new([0usize; 4]));
    let out = Arc::new(Mutex::new(Vec::<String>::new()));
    let jobs: usize = std::env::var("JOBS").ok().and_then(|s| s.parse().ok()).unwrap_or(2);
    let handles: Vec<_> = (0..jobs)
        .map(|_| {
            let (files, next, counts, out, skip, test_dir) =
                (files.clone(), next.clone(), counts.clone(), out.clone(), skip.clone(), test_dir.clone());
            std::thread::spawn(move || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(path) = files.get(i) else { break };
                let rel = path.strip_prefix(&test_dir).unwrap_or(path).to_string_lossy().into_owned();
                let source = String::from_utf8_lossy(&std::fs::read(path).unwrap()).into_owned();
                let m = meta::parse(&source);
                if m.features.iter().any(|f| skip.contains(f)) || m.has_flag("module") || m.has_flag("CanBlockIsFalse") {
                    continue;
                }
                if rel.starts_with("built-ins/Temporal/") || m.features.iter().any(|f| f == "Temporal") {
                    continue;
                }
                let negative = m.negative.as_ref().is_some_and(|n| n.phase == "parse");
                let variants: &[bool] = if m.has_flag("raw") || m.has_flag("noStrict") {
                    &[false]
                } else if m.has_flag("onlyStrict") {
                    &[true]
                } else {
                    &[false, true]
                };
                let mut ok = true;
                let mut why = String::new();
                for &strict in variants {
                    let text = format!("{}{source}", if strict { "\"use strict\";\n" } else { "" });
                    let r = std::panic::catch_unwind(|| analyze(&text, &rel, Goal::Script).diagnostics);
                    match r {
                        Err(_) => {
                            ok = false;
                            why = "PANIC".into();
                        }
                        Ok(d) => {
                            let rej = d.iter().find(|d| d.is_error() && d.code.starts_with("K0"));
                            if rej.is_some() != negative {
                                ok = false;
                                let v = if strict { "strict" } else { "sloppy" };
                                why = match rej {
                                    Some(d) => format!("{v} {} {}", d.code, d.message),
                                    None => format!("{v} accepted"),
                                };
                            }
                        }
                    }
                }
                let mut c = counts.lock().unwrap();
                c[if negative { 0 } else { 2 }] += 1;
                if ok {
                    c[if negative { 1 } else { 3 }] += 1;
                } else {
                    out.lock().unwrap().push(format!("WRONG {} {rel} {why}", if negative { "neg" } else { "pos" }));
                }
            })
        })
        .collect();
    std::panic::set_hook(Box::new(|_| {}));
    for h in handles {
        let _ = h.join();
    }
    let mut out = out.lock().unwrap();
    out.sort();
    for l in out.iter() {
        println!("{l}");
    }
    let c = counts.lock().unwrap();
    println!(
        "negative parse rejected {}/{} ({:.1}%), others accepted {}/{} ({:.1}%), front-end {}/{} ({:.1}%)",
        c[1],
        c[0],
        100.0 * c[1] as f64 / c[0].max(1) as f64,
        c[3],
        c[2],
        100.0 * c[3] as f64 / c[2].max(1) as f64,
        c[1] + c[3],
        c[0] + c[2],
        100.0 * (c[1] + c[3]) as f64 / (c[0] + c[2]).max(1) as f64
    );
}

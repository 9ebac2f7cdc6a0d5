//! Where the time of one diagnostics run goes (parse, resolve, module
//! scan, LSP conversion), and of an incremental one while typing, on the
//! latency bench's generated file:
//! `cargo run --release -p kiln-lsp --example phases [lines]`.
use std::time::Instant;

// The `kiln` binary's allocator (src/main.rs).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn program(lines: usize) -> String {
    let chunk = [
        "/** Sums the squares of the first n integers. */",
        "function sumSquares{i}(n) {",
        "  let total = 0;",
        "  for (let k = 0; k < n; k++) {",
        "    total += k * k;",
        "  }",
        "  return total;",
        "}",
        "const table{i} = {",
        "  name: \"entry{i}\",",
        "  scale(x) { return x * {i}; },",
        "};",
        "function describe{i}(items) {",
        "  const parts = [];",
        "  for (const key in items) {",
        "    if (items[key] !== undefined) parts.push(key + \"=\" + String(items[key]));",
        "  }",
        "  return parts.join(\", \") + table{i}.scale(sumSquares{i}(3));",
        "}",
        "console.log(describe{i}({ a: 1, b: \"two\" }), \"s\");",
    ];
    let mut out = Vec::new();
    let mut i = 0;
    while out.len() < lines {
        out.extend(chunk.iter().map(|l| l.replace("{i}", &i.to_string())));
        i += 1;
    }
    out.truncate(lines);
    out.join("\n") + "\n"
}

fn main() {
    let lines: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(10000);
    let text = program(lines);
    let n = 20;
    let mut t = [f64::MAX; 6];
    for _ in 0..n {
        let t0 = Instant::now();
        let parsed = kiln_compiler::front::parse(&text, "/b.js", false);
        let t1 = Instant::now();
        let program = parsed.program.unwrap();
        let l = kiln_compiler::lower::resolve_program(&program, &text, parsed.base, "/b.js", kiln_compiler::Goal::CommonJs);
        let t2 = Instant::now();
        let m = kiln_compiler::modules::module_info(&program, &text, parsed.base);
        let t3 = Instant::now();
        drop(program);
        let t4 = Instant::now();
        let a = kiln_lsp::analysis::analyze(std::sync::Arc::new(text.clone()), "/b.js");
        let t5 = Instant::now();
        let d = a.diagnostics();
        let t6 = Instant::now();
        std::hint::black_box((l.symbols.declarations.len(), m.imports.len(), d.len()));
        for (k, (a, b)) in [(t0, t1), (t1, t2), (t2, t3), (t3, t4), (t5, t6), (t4, t5)].into_iter().enumerate() {
            t[k] = t[k].min((b - a).as_secs_f64() * 1000.0);
        }
    }
    println!("{lines} lines (best of {n}): parse {:.2} ms, resolve {:.2} ms, modules {:.2} ms, drop AST {:.2} ms, LSP diagnostics {:.2} ms; the LSP's whole analysis {:.2} ms", t[0], t[1], t[2], t[3], t[4], t[5]);
    // Typing: one character inserted into the last (then the first) string
    // literal, analysed from the kept parse of the text before
    // (`driver::check_incremental`), as the server does for a document being edited.
    for (label, at) in [("last", text.rfind("\"s\"").unwrap() + 1), ("first", text.find('"').unwrap() + 1)] {
        let (mut reparse, mut check) = (f64::MAX, f64::MAX);
        let edited = |k: usize| {
            let mut t = text.clone();
            if k % 2 == 0 {
                t.insert(at, 'x');
            }
            t
        };
        // The re-parse alone.
        let mut kept = kiln_compiler::driver::check_incremental(&text, "/b.js", kiln_compiler::Goal::CommonJs, false, None).1;
        for k in 0..n {
            let next = edited(k);
            let t0 = Instant::now();
            let parsed = kiln_compiler::front::reparse(kept.take().unwrap(), &next, "/b.js");
            reparse = reparse.min(t0.elapsed().as_secs_f64() * 1000.0);
            assert!(parsed.reparsed);
            kept = Some(kiln_compiler::front::Retained::new(&next, parsed.base, true, parsed.program.unwrap()));
        }
        // What the server runs: re-parse, early errors, resolution, module scan.
        let mut kept = kiln_compiler::driver::check_incremental(&text, "/b.js", kiln_compiler::Goal::CommonJs, false, None).1;
        for k in 0..n {
            let next = edited(k);
            let t0 = Instant::now();
            let (a, k2) = kiln_compiler::driver::check_incremental(&next, "/b.js", kiln_compiler::Goal::CommonJs, false, kept.take());
            check = check.min(t0.elapsed().as_secs_f64() * 1000.0);
            assert!(a.incremental);
            kept = k2;
        }
        println!("  typing in the {label} string: incremental re-parse {reparse:.2} ms; check_incremental (re-parse, early errors, resolve, modules) {check:.2} ms");
    }
}

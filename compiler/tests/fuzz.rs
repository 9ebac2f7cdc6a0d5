//! Bad input never panics: thousands of random edits of the test programs
//! (deleted ranges, stray brackets and half-typed tokens, truncation) go
//! through the front-end, and those that still compile through code
//! generation. Deterministic (seeded), so a failure reproduces.

use kiln_compiler::driver::{analyze, emit_object};
use kiln_compiler::Goal;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;

mod common;
use common::Lcg;

const TOKENS: &[&str] = &[
    "(", ")", "{", "}", "[", "]", ";", ",", "=>", "function", "let ", "const ", "`", "'", "\"", "/", "*", "${", "...",
    "return", "break", "continue", "class", "new ", ".", "?.", "??", "=", "+=", "++", "/*", "//", "\n", "async ", "yield",
    "await ", "x", "0x", "1e", "\\u", "label:", "case 1:", "default:", "try {", "catch", "finally", "this", "arguments",
];

fn mutate(src: &str, rng: &mut Lcg) -> String {
    let mut s: Vec<char> = src.chars().collect();
    for _ in 0..1 + rng.below(3) {
        let at = rng.below(s.len() + 1);
        match rng.below(4) {
            0 => {
                let end = (at + rng.below(40)).min(s.len());
                s.drain(at..end);
            }
            1 => {
                let t = TOKENS[rng.below(TOKENS.len())];
                for (i, c) in t.chars().enumerate() {
                    s.insert(at + i, c);
                }
            }
            2 => s.truncate(at),
            _ => {
                let end = (at + rng.below(60)).min(s.len());
                let piece: Vec<char> = s[at..end].to_vec();
                let to = rng.below(s.len() + 1);
                for (i, c) in piece.into_iter().enumerate() {
                    s.insert(to + i, c);
                }
            }
        }
    }
    s.into_iter().collect()
}

#[test]
fn random_edits_never_panic() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/programs");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "js"))
        .collect();
    files.sort();
    let mut rng = Lcg(0x6b696c6e);
    let (mut total, mut compiled) = (0, 0);
    for f in &files {
        let src = std::fs::read_to_string(f).unwrap();
        for _ in 0..16 {
            let m = mutate(&src, &mut rng);
            total += 1;
            let r = catch_unwind(AssertUnwindSafe(|| analyze(&m, "/fuzz.js", Goal::CommonJs)));
            let a = match r {
                Ok(a) => a,
                Err(_) => panic!("front-end panicked on a mutation of {}:\n{m}", f.display()),
            };
            for d in &a.diagnostics {
                assert!(d.start <= d.end && d.end <= m.len() + 1, "diagnostic span out of range: {d:?}");
            }
            if let Some(module) = a.module {
                // Code generation for a third of the survivors keeps this fast.
                if rng.below(3) == 0 {
                    compiled += 1;
                    let r = catch_unwind(AssertUnwindSafe(|| emit_object(&module, "/fuzz.js", true)));
                    match r {
                        Ok(Ok(_)) => {}
                        Ok(Err(e)) => panic!("codegen failed on a mutation of {}: {e}\n{m}", f.display()),
                        Err(_) => panic!("codegen panicked on a mutation of {}:\n{m}", f.display()),
                    }
                }
            }
        }
    }
    assert!(total > 2000 && compiled > 100, "total {total}, compiled {compiled}");
}

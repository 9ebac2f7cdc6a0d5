//! Incremental re-parsing for editors (`front::reparse`) gives exactly the
//! syntax tree (spans included) and the diagnostics of a parse from scratch,
//! and `driver::check_incremental` exactly the analysis of `driver::check_as`.
//! Thousands of random edits of the test programs: editor-like typing
//! (characters, tokens, whole lines, comment and string openers) and
//! larger cuts and moves, each from a kept parse of the previous text.
//! Deterministic (seeded), so a failure reproduces.

use kiln_compiler::driver::{check_as, check_incremental};
use kiln_compiler::front::{parse, reparse, Retained};
use kiln_compiler::Goal;
use std::path::Path;

mod common;
use common::Lcg;

const TYPED: &[&str] = &[
    "x", "a", "1", " ", ";", "\n", "(", ")", "{", "}", "[", "]", "\"", "'", "`", "${", "//", "/*", "*/", "/", ".", ",",
    "=", "=>", "+", "let ", "const ", "var ", "function ", "class ", "return ", "if (x) ", "else ", "async ", "await ",
    "yield ", "new ", "this", "arguments", "\"use strict\";\n", "let q = 1;\n", "function g() {}\n", "label: ", "#!",
    "<!--", "-->", "\\u0061", "é", "😀", "\r\n", "\t", "do x(); while (0)\n", "x = function () {}\n", "(1)\n", "[1]\n",
];

fn snap(s: &str, mut at: usize) -> usize {
    at = at.min(s.len());
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// One editor-like edit of `src`.
fn edit(src: &str, rng: &mut Lcg) -> String {
    let mut s = src.to_string();
    let at = snap(&s, rng.below(s.len() + 1));
    match rng.below(10) {
        // Type a token.
        0..=4 => s.insert_str(at, TYPED[rng.below(TYPED.len())]),
        // Delete a few characters.
        5 | 6 => {
            let end = snap(&s, at + 1 + rng.below(4));
            s.replace_range(at..end, "");
        }
        // Delete or duplicate a line.
        7 => {
            let ls = s[..at].rfind('\n').map_or(0, |i| i + 1);
            let le = s[at..].find('\n').map_or(s.len(), |i| at + i + 1);
            if rng.below(2) == 0 {
                s.replace_range(ls..le, "");
            } else {
                let line = s[ls..le].to_string();
                s.insert_str(le, &line);
            }
        }
        // Cut a larger range.
        8 => {
            let end = snap(&s, at + rng.below(200));
            s.replace_range(at..end, "");
        }
        // Move a piece elsewhere.
        _ => {
            let end = snap(&s, at + rng.below(80));
            let piece = s[at..end].to_string();
            s.replace_range(at..end, "");
            let to = snap(&s, rng.below(s.len() + 1));
            s.insert_str(to, &piece);
        }
    }
    s
}

fn keep(src: &str) -> Option<Retained> {
    let p = parse(src, "/t.js", false);
    let clean = !p.diagnostics.iter().any(|d| d.code == "K0001");
    let base = p.base;
    p.program.map(|prog| Retained::new(src, base, clean, prog))
}

fn programs() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/programs");
    let mut files: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|x| x == "js")).collect();
    files.sort();
    let mut out: Vec<String> = files.iter().map(|f| std::fs::read_to_string(f).unwrap()).collect();
    out.push(format!("\"use strict\";\n{}", out[0]));
    out
}

#[test]
fn reparse_equals_parse_from_scratch() {
    let mut rng = Lcg(0x5EED_1234_ABCD);
    let (mut total, mut reused) = (0, 0);
    for src in programs() {
        let mut text = src.clone();
        // Chains of edits: each from the kept parse of the text before it.
        for step in 0..300 {
            if step % 60 == 0 {
                text = src.clone(); // back to a clean program now and then
            }
            let next = edit(&text, &mut rng);
            let Some(prev) = keep(&text) else {
                text = next;
                continue;
            };
            let inc = reparse(prev, &next, "/t.js");
            let full = parse(&next, "/t.js", false);
            total += 1;
            reused += inc.reparsed as usize;
            let ctx = || format!("edit from:\n{text}\n----- to:\n{next}");
            assert_eq!(inc.base, full.base);
            assert!(inc.program == full.program, "different syntax trees (reparsed: {}); {}", inc.reparsed, ctx());
            assert_eq!(inc.diagnostics, full.diagnostics, "{}", ctx());
            // Mostly continue from texts without syntax errors (only those
            // are re-parsed incrementally), sometimes type on through errors.
            if !full.diagnostics.iter().any(|d| d.code == "K0001") || rng.below(4) == 0 {
                text = next;
            }
        }
    }
    // The test must exercise the incremental path, not only its fallback.
    assert!(reused * 5 > total, "only {reused} of {total} edits were re-parsed incrementally");
    eprintln!("{reused} of {total} edits re-parsed incrementally");
}

#[test]
fn check_incremental_equals_check() {
    let mut rng = Lcg(0xC0FFEE);
    let mut kept = None;
    let all = programs();
    let mut text = String::new();
    for step in 0..3000 {
        if step % 100 == 0 {
            text = all[(step / 100 * 7) % all.len()].clone();
        }
        text = edit(&text, &mut rng);
        let (inc, k) = check_incremental(&text, "/t.js", Goal::CommonJs, false, kept.take());
        kept = k;
        let full = check_as(&text, "/t.js", Goal::CommonJs, false);
        assert_eq!(inc.diagnostics, full.diagnostics, "text:\n{text}");
        assert_eq!(inc.unresolved, full.unresolved);
        assert_eq!(format!("{:?}", inc.symbols), format!("{:?}", full.symbols));
        assert_eq!(format!("{:?}", inc.modules), format!("{:?}", full.modules));
    }
}

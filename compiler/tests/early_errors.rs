//! Early errors reported by `compiler/src/early.rs`: each case that must be
//! rejected names the diagnostic code it must produce, and each near miss
//! (a valid program that looks like it) must produce no error at all.

use kiln_compiler::driver::check;
use kiln_compiler::Goal;

fn errors(src: &str) -> Vec<(&'static str, String)> {
    check(src, "t.js", Goal::Script).diagnostics.into_iter().filter(|d| d.is_error()).map(|d| (d.code, d.message)).collect()
}

fn rejected(code: &str, src: &str) {
    let e = errors(src);
    assert!(e.iter().any(|(c, _)| *c == code), "expected {code} for {src:?}, got {e:?}");
}

/// No syntax or early error (K1001, "cannot compile yet", may remain).
fn accepted(src: &str) {
    let e: Vec<_> = errors(src).into_iter().filter(|(c, _)| c.starts_with("K0")).collect();
    assert!(e.is_empty(), "expected no error for {src:?}, got {e:?}");
}

#[test]
fn regular_expression_literals() {
    rejected("K0005", "/a/gg;");
    rejected("K0005", "/a/x;");
    rejected("K0005", "/a/uv;");
    rejected("K0005", "/(/;");
    rejected("K0005", "/\\p{Nope}/u;");
    rejected("K0005", "/{1}/u;");
    rejected("K0005", "/a**/;");
    accepted("/a/dgimsy; /\\p{L}/u; /[\\p{L}--[a-z]]/v; /{/; /]/; /\\1/; /(?<x>a)|(?<x>b)/;");
    accepted("var re = /[/]/g; re.test('a/b');");
}

#[test]
fn delete_private_field() {
    rejected("K0006", "class C { #x; m() { delete this.#x; } }");
    rejected("K0006", "class C { #x; m() { delete ((this.#x)); } }");
    rejected("K0006", "class C { #x; m(o) { delete o?.#x; } }");
    accepted("class C { #x; m() { delete this.x; delete this['#x']; return this.#x; } }");
}

#[test]
fn reserved_words_and_strict_bindings() {
    rejected("K0007", "var \\u{77}ith = 123;");
    rejected("K0007", "'use strict'; var st\\u0061tic;");
    rejected("K0007", "function f() { 'use strict'; var eval; }");
    rejected("K0007", "({ set x(arguments) { 'use strict'; } });");
    accepted("var aw\\u0061it = 1; function* g() { function h() { var yi\\u0065ld; } } var static = 1; var eval2; o.var = 1; ({ if: 1, var: 2 });");
    accepted("function f(eval, arguments) {} var o = { static: 1 }; o.static;");
}

#[test]
fn parameters() {
    rejected("K0008", "function f(a, a = 1) {}");
    rejected("K0008", "(a, a) => 1;");
    rejected("K0008", "({ m(a, a) {} });");
    rejected("K0008", "class C { m(a, [a]) {} }");
    rejected("K0008", "'use strict'; function f(a, a) {}");
    rejected("K0008", "function f(a = 1) { 'use strict'; }");
    accepted("function f(a, a) {} function g(a, b = 1) {} (a, b) => a; ({ m(a, b) {} }); function h(a) { 'use strict'; }");
}

#[test]
fn octal_escapes_in_strict_code() {
    rejected("K0009", "'use strict'; '\\08';");
    rejected("K0009", "'use strict'; var s = '\\8';");
    rejected("K0009", "function f() { '\\01'; 'use strict'; }");
    accepted("'\\01'; '\\8'; function f() { 'use strict'; return '\\0' + '\\\\1' + 'a\\nb'; }");
}

#[test]
fn private_names() {
    rejected("K0010", "class C { #x; #x; }");
    rejected("K0010", "class C { get #x() {} get #x() {} }");
    rejected("K0010", "class C { m() { this.#y; } }");
    rejected("K0010", "class C extends (o => o.#x) { #x; }");
    rejected("K0010", "class C { m(o) { return #y in o; } }");
    accepted("class C { get #x() {} set #x(v) {} #y; m(o) { class D { n() { return this.#y + o.#x; } } return #y in o; } }");
    accepted("class C { static #a; static m() { return C.#a; } }");
}

#[test]
fn duplicate_proto() {
    rejected("K0011", "({ __proto__: 1, '__proto__': 2 });");
    accepted("({ __proto__: 1, ['__proto__']: 2, __proto__() {} }); ({ __proto__: a, __proto__: b } = {});");
}

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

/// Rejected, by this early error or already by the parser (K0001): swc
/// reports some of these cases itself, depending on its version.
fn rejected_or_parse(code: &str, src: &str) {
    let e = errors(src);
    assert!(e.iter().any(|(c, _)| *c == code || *c == "K0001"), "expected {code} or K0001 for {src:?}, got {e:?}");
}

/// No syntax or early error (K1001, "cannot compile yet", may remain).
fn accepted(src: &str) {
    let e: Vec<_> = errors(src).into_iter().filter(|(c, _)| c.starts_with("K0")).collect();
    assert!(e.is_empty(), "expected no error for {src:?}, got {e:?}");
}

#[test]
fn regular_expression_literals() {
    rejected_or_parse("K0005", "/a/gg;");
    rejected_or_parse("K0005", "/a/x;");
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
    rejected_or_parse("K0007", "'use strict'; var st\\u0061tic;");
    rejected_or_parse("K0007", "function f() { 'use strict'; var eval; }");
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

#[test]
fn declaration_scopes() {
    // 14.2.1 blocks: duplicate lexical names, lexical vs var (also nested).
    rejected("K0002", "{ let f; var f; }");
    rejected("K0002", "{ { var f; } let f; }");
    rejected("K0002", "{ function f() {} { var f; } }");
    rejected("K0002", "{ async function f() {} function f() {} }");
    rejected("K0002", "'use strict'; { function f() {} function f() {} }");
    rejected("K0002", "function x() { { const f = 1; var f; } }");
    // 14.12.1 case blocks.
    rejected("K0002", "switch (0) { case 1: let f; default: var f; }");
    rejected("K0002", "switch (0) { case 1: function* f() {} default: function f() {} }");
    // 15.2.1 parameters vs body, 15.7.1 static blocks, 16.1.1 scripts.
    rejected("K0002", "function f(a) { let a; }");
    rejected("K0002", "({ *g(a) { const a = 0; } });");
    rejected("K0002", "(a) => { class a {} };");
    rejected("K0002", "class C { static { let x; var x; } }");
    rejected("K0002", "let x; function x() {}");
    // 14.7.4.1, 14.7.5.1 for heads.
    rejected("K0002", "for (let x;;) { var x; }");
    rejected("K0002", "for (const x of []) { var x; }");
    rejected("K0002", "for (let [a, a] of []) ;");
    // 14.15.1 catch (B.3.4 only allows var for a simple parameter).
    rejected("K0002", "try {} catch ([x, x]) {}");
    rejected("K0002", "try {} catch (x) { let x; }");
    rejected("K0002", "try {} catch (x) { function x() {} }");
    rejected("K0002", "try {} catch ([x]) { var x; }");
    // B.3.2.4: sloppy blocks may repeat plain functions; top-level
    // functions are var-scoped; B.3.4 var redeclares a simple catch parameter.
    accepted("{ function f() {} function f() {} } switch (0) { case 1: function g() {} default: function g() {} }");
    accepted("function f(a) { var a; function a() {} { let a; } } var f; function f() {}");
    accepted("try {} catch (e) { var e; for (var e of []) {} for (var e in {}) {} } try {} catch ([e]) { { let e; } }");
    accepted("for (let x;;) { let x; break; } for (const x of []) { function x() {} } { let y; } var y;");
    accepted("class C { static { var x; { let x; } } m(a) { { let a; } } } (a) => { var a; };");
    accepted("function g() { var x; { function x() {} } } label: function h() {}");
}

#[test]
fn super_placement() {
    rejected("K0012", "super();");
    rejected_or_parse("K0012", "() => super.x;");
    rejected_or_parse("K0012", "function f() { super.x; }");
    rejected("K0012", "class C { constructor() { super(); } }");
    rejected("K0012", "class C extends B { m() { super(); } }");
    rejected("K0012", "class C extends B { x = super(); }");
    rejected("K0012", "class C extends B { static { super(); } }");
    rejected("K0012", "({ m() { super(); } });");
    rejected("K0012", "class C extends B { constructor() { function f() { super(); } } }");
    accepted("class C extends B { constructor() { super(); (() => super.x)(); } m() { return super.m(); } x = super.y; static { super.z; } }");
    accepted("({ m() { return super.x; }, get y() { return () => super.y; } }); class D extends (class {}) { constructor(a = super()) {} }");
}

#[test]
fn declarations_in_statement_positions() {
    rejected("K0013", "if (1) async function f() {}");
    rejected("K0013", "while (0) async function g() {}");
    rejected("K0013", "for (;;) label: function f() {}");
    rejected("K0013", "if (1) l1: l2: function f() {}");
    rejected("K0013", "label: async function f() {}");
    rejected("K0013", "'use strict'; label: function f() {}");
    rejected("K0013", "do let\n[x] = 0\nwhile (false);");
    rejected_or_parse("K0013", "if (0) class C {}");
    accepted("label: function h() {} if (1) var x; while (0) var y; l: var z; var let2 = []; let2[0] = 1;");
    accepted("var letter = [1]; letter[0] = 2; for (;;) l: { break l; } with ({}) var w;");
}

#[test]
fn class_element_names() {
    rejected("K0014", "class C { static prototype() {} }");
    rejected("K0014", "class C { static 'prototype' = 1; }");
    rejected_or_parse("K0014", "class C { constructor = 1; }");
    rejected("K0014", "class C { get constructor() {} }");
    rejected("K0014", "class C { *constructor() {} }");
    rejected_or_parse("K0014", "class C { #constructor; }");
    rejected_or_parse("K0014", "class C { constructor() {} 'constructor'() {} }");
    accepted("class C { static constructor() {} prototype() {} ['prototype'] = 1; 'constructor'() {} static ['prototype2'] = 2; }");
    accepted("class D { static get constructor() {} prototype = 1; static x = 1; }");
}

#[test]
fn dynamic_import() {
    rejected("K0015", "import(...a);");
    rejected_or_parse("K0015", "import('a', {}, 'b');");
    rejected("K0015", "new import('a');");
    rejected("K0015", "new import('a').x;");
    accepted("import('a'); import('a', { with: {} }); import('a',); new (import('a'))(); import('a').then(f);");
}

#[test]
fn escapes() {
    rejected("K0016", "`\\8`;");
    rejected("K0016", "'\\u{1_F}';");
    rejected("K0016", "var \\u{00_76} = 1;");
    rejected("K0016", "var \\u200D;");
    rejected("K0016", "class C { \\u200C_x; }");
    rejected("K0016", "({ g\\u0065t m() {} });");
    rejected_or_parse("K0016", "class C { st\\u0061tic m() {} }");
    rejected("K0016", "function f() { new.t\\u0061rget; }");
    accepted("tag`\\8 \\u{1_F}`; `\\\\8`; '\\\\u{1_F}'; var a\\u200D = 1, \\u0061b = 2; ({ get m() {}, /* g\\u0065t */ n() {} }); `\\u{1F}`;");
}

#[test]
fn strict_delete_and_for_heads() {
    rejected("K0017", "'use strict'; delete ((x));");
    accepted("delete ((x)); 'use strict'; delete o.x;");
    rejected("K0018", "for (var [a] = 0 in {});");
    rejected("K0018", "'use strict'; for (var a = 0 in {});");
    rejected("K0018", "for (var a = 0 of []);");
    accepted("for (var a = 0 in {});");
    rejected("K0020", "for (false; false\n) {}");
    rejected("K0020", "({ async\n m() {} });");
    accepted("for (var i = 0 /* ; */, j; i < 1; i++) {} for (;;) break; for (x; y\n;) break; ({ async *\n g() {}, async m() {} });");
}

#[test]
fn arrow_parameters_and_static_blocks() {
    rejected("K0019", "async () => { (a = await/r/g) => {} };");
    rejected("K0019", "function* g() { (a = yield) => {}; }");
    accepted("async () => { (a = async () => { await 1; }) => {}; }; function* g() { (a = function* () { yield; }) => {}; } (yield1 = 1) => {};");
    rejected("K0003", "while (0) { class C { static { break; } } }");
    rejected("K0003", "l: while (0) { class C { static { continue l; } } }");
    accepted("class C { static { for (;;) { break; } l: { break l; } x: for (;;) { continue x; } } }");
}

#[test]
fn regexp_lines_and_groups() {
    rejected("K0005", "/(?<a>a)(?<a>b)/;");
    rejected("K0005", "/(?<a>a)(?:(?<a>b)|c)/;");
    rejected("K0005", "/a\u{2028}/;");
    rejected("K0005", "/\\p{Script=}/u;");
    rejected("K0005", "/\\p{InScript=Adlam}/u;");
    accepted("/(?<a>a)|(?<a>b)/; /(?:(?<a>x)|(?<a>y))\\k<a>/; /[(?<a>]|(?<a>b)/; /\\p{Script=Latin}/u;");
}

/// Private elements compile: the resolver (what the LSP runs) reports
/// nothing at all for them, not even K1001.
#[test]
fn private_elements_have_no_diagnostics() {
    let src = "class C extends Object { #a = 1; static #b; #m() {} get #g() { return this.#a } set #g(v) {} \
               static #s() {} static get #t() { return 1 } static { C.#b = C.#t; } \
               f(o) { [this.#a] = [o?.#a]; this.#a += 1; this.#a ??= 2; this.#a++; this.#m(); \
               class D { #a; h(x) { return x.#a + this.#a + (#a in x); } } return #a in o; } }";
    let e = errors(src);
    assert!(e.is_empty(), "{e:?}");
    let all = check(src, "t.js", Goal::Script).diagnostics;
    assert!(all.is_empty(), "{:?}", all.iter().map(|d| &d.message).collect::<Vec<_>>());
}

#[test]
fn private_names_as_operands() {
    rejected("K0010", "class C { #f; m() { #f in #f in this; } }");
    accepted("class C { #f; m(o) { return #f in o && (#f in o) === true; } }");
}

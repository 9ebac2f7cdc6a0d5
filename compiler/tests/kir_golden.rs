//! Golden tests of the KIR text form: each case is lowered and its KIR
//! snapshotted with insta (`cargo insta review` or `INSTA_UPDATE=always` to
//! re-bless after an intended change).

use kiln_compiler::driver::analyze;
use kiln_compiler::Goal;

fn kir(src: &str) -> String {
    let a = analyze(src, "/t.js", Goal::CommonJs);
    match a.module {
        Some(m) => m.to_string(),
        None => format!("diagnostics: {:?}", a.diagnostics),
    }
}

macro_rules! golden {
    ($($name:ident: $src:expr;)*) => {
        $(
            #[test]
            fn $name() {
                insta::assert_snapshot!(kir($src));
            }
        )*
    };
}

golden! {
    empty_program: "";
    self_recursion: "function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); } function g() { return fib(3); }";
    self_call_of_reassigned: "function f(n) { return n ? f(n - 1) : 0; } f = null;";
    constant_return: "function f() { return 42; }";
    arithmetic: "function f(a, b) { return a * b + a / b - a % b; }";
    comparison_chain: "function f(a, b) { return a < b && b <= 10 || a === b; }";
    nullish: "function f(a) { return a ?? 'default'; }";
    conditional: "function f(x) { return x ? 1 : 2; }";
    if_else: "function f(x) { if (x > 0) { return 'pos'; } else if (x < 0) { return 'neg'; } return 'zero'; }";
    while_loop: "function f(n) { var s = 0; while (n > 0) { s += n; n--; } return s; }";
    do_while: "function f(n) { do { n = n - 1; } while (n > 0); return n; }";
    for_loop: "function f(n) { let s = 0; for (let i = 0; i < n; i++) s = s + i; return s; }";
    for_let_closure: "function f() { var fs = []; for (let i = 0; i < 3; i++) fs.push(() => i); return fs; }";
    for_in: "function f(o) { var ks = []; for (var k in o) ks.push(k); return ks; }";
    labelled_break: "function f() { outer: for (var i = 0; i < 3; i++) { for (var j = 0; j < 3; j++) { if (j == 1) continue outer; if (i == 2) break outer; } } return i; }";
    switch_fallthrough: "function f(x) { switch (x) { case 1: return 'one'; case 2: case 3: return 'few'; default: return 'many'; } }";
    try_catch: "function f() { try { g(); } catch (e) { return e.message; } }";
    try_finally_return: "function f() { try { return 1; } finally { console.log('done'); } }";
    try_catch_finally: "function f() { var r = ''; try { throw new Error('x'); } catch (e) { r += 'c'; } finally { r += 'f'; } return r; }";
    closure_counter: "function counter() { var n = 0; return function () { return ++n; }; }";
    nested_closures: "function a(x) { return function b(y) { return function c(z) { return x + y + z; }; }; }";
    arrow_this: "function f() { return () => this.x; }";
    arguments_mapped: "function f(a) { arguments[0] = 2; return a; }";
    arguments_strict: "function f(a) { 'use strict'; return arguments.length; }";
    new_target: "function F() { if (!new.target) return new F(); this.x = 1; }";
    object_literal: "function f() { return { a: 1, 'b-c': 2, 3: 'x', get g() { return 1; }, set g(v) {} }; }";
    array_literal: "function f(x) { return [1, , x, 'y']; }";
    template: "function f(name, n) { return `hello ${name}, you have ${n + 1} items`; }";
    member_calls: "function f(o) { o.a.b(1, 2); o['c'](3); return o.d; }";
    compound_assign: "function f(o, k) { o.x += 1; o[k] *= 2; return o; }";
    update_member: "function f(o) { return o.count++ + ++o.count; }";
    typeof_undeclared: "function f() { return typeof notDeclared === 'undefined'; }";
    delete_prop: "function f(o) { return delete o.x; }";
    tdz_let: "function f() { g(); let x = 1; function g() { return x; } }";
    const_assign: "function f() { const c = 1; c = 2; }";
    regexp_literal: "function f(s) { return /a+b/gi.test(s); }";
    logical_assign: "function f(o) { o.a ||= 1; o.b &&= 2; o.c ??= 3; return o; }";
    optional_chain: "function f(o) { return o?.a?.b; }";
    in_instanceof: "function f(o, C) { return 'x' in o && o instanceof C; }";
    sloppy_this: "function f() { return this; }";
    destructure_object: "function f(o) { const { a, b: c = 1, ...rest } = o; return [a, c, rest]; }";
    destructure_array: "function f(xs) { let [x, , y = 2] = xs; [x, y] = [y, x]; return x; }";
    destructure_params: "function f({ a }, [b] = [], ...[c]) { return a + b + c; }";
    object_spread: "function f(a) { return { ...a, b: 1 }; }";
}

//! The test262 host hooks (INTERPRETING.md, "Host-Defined Functions"):
//! global `print` and the `$262` object. Installed by [`super::init_all`]
//! only when the environment variable `KILN_TEST262_HOST=1` is set, which
//! `kiln test262` does for the child processes it runs; ordinary programs
//! never see these globals.
//!
//! Provided: `print`, `$262.global`, `$262.gc`.
//! Omitted (tests that use them fail, as the issue requires): `evalScript`,
//! `createRealm`, `detachArrayBuffer`, `IsHTMLDDA`, `agent`,
//! `AbstractModuleSource`.
//!
//! `$262.gc()` runs a full collection at once. That is safe here by the
//! safepoint rules of `gc.rs`: the call arrives through `kiln_call` (or
//! another native that calls a callable), and every caller on the way
//! already has to survive a callee that reaches a safepoint, since the callee
//! could as well be a compiled function that allocates. So the collector sees
//! exactly the state it would see at a safepoint inside such a callee.

use super::arg;
use crate::ops;
use crate::realm::{define_global, define_method, define_value};
use crate::object::{new_object, CONFIGURABLE, WRITABLE};
use crate::value::Value;
use crate::{rt, JsResult};

/// True when the test262 host hooks were requested for this process.
pub fn enabled() -> bool {
    std::env::var_os("KILN_TEST262_HOST").is_some_and(|v| v == "1")
}

pub fn init() {
    // Writable, configurable, non-enumerable properties of the global object.
    define_method(rt().realm.global, "print", print, 1);
    let host = new_object();
    define_value(host, "global", rt().realm.global, WRITABLE | CONFIGURABLE);
    define_method(host, "gc", gc, 0);
    define_global("$262", host);
}

/// `print(value)`: ToString of the first argument and a newline, on stdout.
fn print(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let s = ops::to_string(arg(args, 0))?;
    let mut line = s.str().to_rust_string();
    line.push('\n');
    super::console::write_stdout(&line);
    Ok(Value::UNDEFINED)
}

fn gc(_this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    crate::gc::collect();
    Ok(Value::UNDEFINED)
}

//! The test262 host hooks (INTERPRETING.md, "Host-Defined Functions"):
//! global `print` and the `$262` object. Installed by [`super::init_all`]
//! only when the environment variable `KILN_TEST262_HOST=1` is set, which
//! `kiln test262` does for the child processes it runs; ordinary programs
//! never see these globals.
//!
//! Provided: `print`, `$262.global`, `$262.gc`, and `$262.evalScript` when
//! the embedder registered a compiler with [`set_eval_script_hook`] (the
//! driver does in JIT mode, `kiln run`). Omitted (tests that use them fail,
//! as the issue requires): `createRealm` (one realm per runtime),
//! `detachArrayBuffer` (no ArrayBuffer yet), `IsHTMLDDA`, `agent`,
//! `AbstractModuleSource`.
//!
//! `evalScript(source)` compiles `source` as a separate Script (through the
//! hook; the runtime does not depend on the compiler) and runs it in this
//! realm: its top-level `var`s and functions become global object
//! properties, as for the test's own script. A syntax or early error throws
//! a SyntaxError (or the error the front-end names). Kiln's Script goal has
//! no global lexical environment shared between scripts yet, so top-level
//! `let`/`const`/`class` of one script are not visible to another.
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
    if EVAL_SCRIPT.get().is_some() {
        define_method(host, "evalScript", eval_script, 1);
    }
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

/// Compiles a Script: its entry point, or the error constructor's name and
/// message of a syntax or early error.
pub type EvalScriptHook = fn(&str) -> Result<crate::ScriptMain, (&'static str, String)>;

static EVAL_SCRIPT: std::sync::OnceLock<EvalScriptHook> = std::sync::OnceLock::new();

/// Registers the compiler behind `$262.evalScript` (before [`crate::start`]).
pub fn set_eval_script_hook(hook: EvalScriptHook) {
    let _ = EVAL_SCRIPT.set(hook);
}

fn eval_script(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let source = ops::to_string(arg(args, 0))?.str().to_rust_string();
    let Some(hook) = EVAL_SCRIPT.get() else {
        return Err(crate::error::type_error("$262.evalScript is not available"));
    };
    let main = match hook(&source) {
        Ok(main) => main,
        Err((kind, msg)) => {
            return Err(match kind {
                "ReferenceError" => crate::error::reference_error(&msg),
                "TypeError" => crate::error::type_error(&msg),
                _ => crate::error::syntax_error(&msg),
            })
        }
    };
    // SAFETY: `main` is a compiled script's entry point (ScriptMain), called
    // on the JS thread with this runtime, like `start` calls the first one.
    let r = crate::abi::enter_js(|| Value(unsafe { main(crate::rt() as *mut crate::Runtime) }));
    if r.is_exception() {
        return Err(ops::take_exception());
    }
    Ok(r)
}

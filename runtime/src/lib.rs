//! The Kiln runtime: everything compiled JavaScript calls.
//!
//! Entry points for generated code are in [`abi`]; they take and return
//! NaN-boxed [`Value`]s. Everything else is ordinary Rust over `JsResult`.
//!
//! **Invariant:** the runtime never sees swc or Cranelift types; the compiler
//! depends on the runtime, never the other way round.

#![allow(clippy::missing_safety_doc)]

pub mod abi;
pub mod builtins;
pub mod coroutine;
pub mod error;
pub mod event_loop;
pub mod gc;
pub mod inspect;
pub mod numconv;
pub mod object;
pub mod ops;
pub mod private;
pub mod realm;
pub mod string;
pub mod symbol;
pub mod value;

pub use value::Value;

use rustc_hash::FxHashMap as HashMap;

/// `Ok(value)` or `Err(thrown value)`.
pub type JsResult<T> = Result<T, Value>;

/// Longest string we build (V8's limit on 64-bit).
pub const MAX_STRING_LENGTH: usize = (1 << 29) - 24;

/// The per-program runtime context; generated code receives a pointer to it
/// as its first argument.
#[repr(C)]
pub struct Runtime {
    /// The pending exception while an entry point returns `EXCEPTION`.
    pub exception: Value,
    /// Generated code throws a RangeError when its stack pointer drops below this.
    pub stack_limit: usize,
    /// `new.target` for the function being entered (undefined for calls).
    pub new_target: Value,
    /// The stack pointer of the innermost JS frame at its latest call into
    /// the runtime (stored by generated code before each runtime call); the
    /// start of a stack walk (see `abi::js_frames`).
    pub js_sp: usize,
    /// Innermost runtime-to-JS transition (see `abi::enter_js`).
    pub entry_top: *const abi::EntryRecord,
    /// Code ranges of every compiled function, sorted by start address.
    pub code: Vec<&'static abi::CodeRange>,
    pub heap: gc::Heap,
    pub realm: realm::Realm,
    pub interned: HashMap<Box<[u16]>, Value>,
    pub argv: Vec<String>,
    pub script_path: String,
    /// Where the value in `thrown` was (last) thrown, for the code frame of
    /// an uncaught error: the innermost JS frame's function and position.
    pub thrown: Value,
    pub thrown_at: Option<(*const abi::FunctionInfo, u64)>,
    /// Generators' stacks (see `coroutine.rs`).
    pub coroutines: coroutine::Coroutines,
    /// How the running generator was resumed (see `builtins::generator`).
    pub resume: builtins::generator::Resume,
    /// The GlobalSymbolRegistry (`Symbol.for`): key → symbol.
    pub symbol_registry: HashMap<Box<[u16]>, Value>,
    /// The built-in function being called (for `realm::closure_data`).
    pub native_callee: Value,
    /// The job queue, timers and rejection tracking (`builtins::promise`).
    pub jobs: event_loop::Jobs,
}

pub const RT_EXCEPTION_OFFSET: i32 = 0;
pub const RT_STACK_LIMIT_OFFSET: i32 = 8;
pub const RT_NEW_TARGET_OFFSET: i32 = 16;
pub const RT_JS_SP_OFFSET: i32 = 24;

static mut RT: *mut Runtime = std::ptr::null_mut();

/// The runtime of this thread's program.
///
/// JS runs on one thread; every entry point reaches the context through here
/// (or through the `ctx` argument, which is the same pointer).
#[inline(always)] // One load on every runtime call.
pub fn rt() -> &'static mut Runtime {
    // SAFETY: set once by `start` before any JS runs, never freed; only the
    // JS thread uses it.
    unsafe { &mut *RT }
}

pub fn oom() -> ! {
    eprintln!("FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory");
    std::process::exit(134);
}

/// Signature of a compiled top-level script.
pub type ScriptMain = unsafe extern "C" fn(*mut Runtime) -> u64;

/// Size of the JS thread's stack; the last `STACK_RESERVE` bytes are kept for
/// runtime code below the limit that generated code checks.
const JS_STACK_SIZE: usize = 64 << 20;
const STACK_RESERVE: usize = 256 << 10;
const JS_STACK_USABLE: usize = 8 << 20;

/// Runs a compiled program to completion and returns its exit status.
/// `argv` becomes `process.argv`.
pub fn start(main: ScriptMain, argv: Vec<String>, script_path: String) -> i32 {
    start_with_prelude(None, main, argv, script_path)
}

/// [`start`], running the script `prelude` first in the same realm (the
/// test262 harness before a module test); an exception in it ends the run.
pub fn start_with_prelude(prelude: Option<ScriptMain>, main: ScriptMain, argv: Vec<String>, script_path: String) -> i32 {
    let main_addr = main as usize;
    let prelude_addr = prelude.map(|p| p as usize);
    let handle = std::thread::Builder::new()
        .name("js".into())
        .stack_size(JS_STACK_SIZE)
        .spawn(move || {
            let marker = 0u64;
            let base = std::hint::black_box(&marker) as *const u64 as usize + 256;
            let boxed = Box::new(Runtime {
                exception: Value::UNDEFINED,
                stack_limit: base - JS_STACK_USABLE.min(JS_STACK_SIZE - STACK_RESERVE - 4096),
                new_target: Value::UNDEFINED,
                js_sp: 0,
                entry_top: std::ptr::null(),
                code: Vec::new(),
                heap: gc::Heap::new(),
                realm: realm::Realm::empty(),
                interned: HashMap::default(),
                argv,
                script_path,
                thrown: Value::UNDEFINED,
                thrown_at: None,
                coroutines: Default::default(),
                resume: Default::default(),
                symbol_registry: HashMap::default(),
                native_callee: Value::UNDEFINED,
                jobs: Default::default(),
            });
            // SAFETY: single JS thread; published before any JS runs.
            unsafe { RT = Box::into_raw(boxed) };
            rt().heap.stack_base = base;
            realm::init();
            // SAFETY: main_addr is the compiled script's entry point.
            let main: ScriptMain = unsafe { std::mem::transmute(main_addr) };
            if let Some(p) = prelude_addr {
                // SAFETY: as for main.
                let prelude: ScriptMain = unsafe { std::mem::transmute(p) };
                let r = abi::enter_js(|| Value(unsafe { prelude(RT) }));
                if r.is_exception() {
                    let status = run_to_completion(r);
                    builtins::console::flush_stdout();
                    return status;
                }
            }
            let r = abi::enter_js(|| Value(unsafe { main(RT) }));
            let status = run_to_completion(r);
            builtins::console::flush_stdout();
            status
        })
        .expect("spawn JS thread");
    handle.join().unwrap_or(70)
}

/// After the main script: an uncaught exception ends the program;
/// otherwise the event loop runs until nothing is left to do.
fn run_to_completion(r: Value) -> i32 {
    let rt = rt();
    if r.is_exception() {
        let e = rt.exception;
        rt.exception = Value::UNDEFINED;
        error::report_uncaught(e);
        return 1;
    }
    match event_loop::run() {
        Ok(()) => builtins::console::exit_code_property().unwrap_or(0),
        Err(event_loop::Failure::Uncaught(e)) => {
            error::report_uncaught(e);
            1
        }
        Err(event_loop::Failure::Unhandled(reason)) => {
            error::report_unhandled_rejection(reason);
            1
        }
    }
}

// Generated code depends on this layout.
const _: () = {
    assert!(std::mem::offset_of!(Runtime, exception) == RT_EXCEPTION_OFFSET as usize);
    assert!(std::mem::offset_of!(Runtime, stack_limit) == RT_STACK_LIMIT_OFFSET as usize);
    assert!(std::mem::offset_of!(Runtime, new_target) == RT_NEW_TARGET_OFFSET as usize);
    assert!(std::mem::offset_of!(Runtime, js_sp) == RT_JS_SP_OFFSET as usize);
};

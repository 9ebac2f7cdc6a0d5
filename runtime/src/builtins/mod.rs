//! ECMA-262 builtins and Node's globals, one module per builtin.
//!
//! Each module has an `init()` that creates its constructor, prototype and
//! methods on the realm; [`init_all`] is the one registration list.

pub mod array;
pub mod async_generator;
pub mod collections;
pub mod console;
pub mod error;
pub mod function;
pub mod generator;
pub mod global;
pub mod host262;
pub mod json;
pub mod math;
pub mod number;
pub mod object;
pub mod promise;
pub mod reflect;
pub mod regexp;
pub mod string;
pub mod timers;
pub mod weak;

use crate::value::Value;

/// Argument `i`, or undefined when absent.
#[inline]
pub fn arg(args: &[Value], i: usize) -> Value {
    args.get(i).copied().unwrap_or(Value::UNDEFINED)
}

pub fn init_all() {
    function::init();
    object::init();
    error::init();
    array::init();
    string::init();
    math::init();
    json::init();
    regexp::init();
    collections::init();
    weak::init();
    generator::init();
    promise::init();
    async_generator::init();
    reflect::init();
    global::init();
    // After global::init: Number.parseInt/parseFloat are the global functions.
    number::init();
    console::init();
    timers::init();
    if host262::enabled() {
        host262::init();
    }
}

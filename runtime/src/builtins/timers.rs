//! Node's timers (`setTimeout`, `setInterval`, `setImmediate` and their
//! `clear*`) and `queueMicrotask`, on the event loop of `event_loop.rs`.
//!
//! As in Node, `setTimeout`/`setInterval` return a `Timeout` object
//! (`ref`/`unref`/`hasRef`/`refresh`, and `[Symbol.toPrimitive]` giving its
//! id, which `clearTimeout` also accepts) and `setImmediate` an
//! `Immediate`. A delay that is not a number in [1, 2^31-1] is 1 ms.

use super::arg;
use crate::error::type_error;
use crate::event_loop;
use crate::object::*;
use crate::ops;
use crate::realm::{define_global, define_method, define_symbol_method, make_native};
use crate::string::intern_str;
use crate::value::Value;
use crate::{rt, JsResult};
use std::time::Duration;

pub fn init() {
    let op = rt().realm.object_prototype;
    let tp = new_object_with(op, Class::Ordinary);
    define_method(tp, "ref", timeout_ref, 0);
    define_method(tp, "unref", timeout_unref, 0);
    define_method(tp, "hasRef", timeout_has_ref, 0);
    define_method(tp, "refresh", timeout_refresh, 0);
    define_method(tp, "close", timeout_close, 0);
    let to_prim = rt().realm.sym_to_primitive;
    define_symbol_method(tp, to_prim, "[Symbol.toPrimitive]", timeout_to_primitive, 1);
    let ip = new_object_with(op, Class::Ordinary);
    define_method(ip, "ref", timeout_ref, 0);
    define_method(ip, "unref", timeout_unref, 0);
    define_method(ip, "hasRef", timeout_has_ref, 0);
    rt().realm.timeout_prototype = tp;
    rt().realm.immediate_prototype = ip;
    define_global("setTimeout", make_native("setTimeout", set_timeout, 2, false));
    define_global("setInterval", make_native("setInterval", set_interval, 2, false));
    define_global("setImmediate", make_native("setImmediate", set_immediate, 1, false));
    define_global("clearTimeout", make_native("clearTimeout", clear_timer, 1, false));
    define_global("clearInterval", make_native("clearInterval", clear_timer, 1, false));
    define_global("clearImmediate", make_native("clearImmediate", clear_timer, 1, false));
    define_global("queueMicrotask", make_native("queueMicrotask", super::promise::queue_microtask, 1, false));
}

fn check_callback(cb: Value) -> JsResult<()> {
    if !ops::is_callable(cb) {
        let e = type_error(&format!(
            "The \"callback\" argument must be of type function. Received {}",
            if cb.is_undefined() { "undefined".to_string() } else { crate::inspect::inspect(cb) }
        ));
        e.obj().props.insert(intern_str("code"), Slot::data(intern_str("ERR_INVALID_ARG_TYPE"), WRITABLE | CONFIGURABLE | ENUMERABLE));
        return Err(e);
    }
    Ok(())
}

/// Node: `after` coerced to a number; outside [1, 2^31-1] (or NaN) it is 1.
fn delay_of(v: Value) -> JsResult<Duration> {
    let ms = if v.is_undefined() { 1.0 } else { ops::to_number(v)? };
    let ms = if ms.is_nan() || !(1.0..=2147483647.0).contains(&ms) { 1.0 } else { ms.trunc() };
    Ok(Duration::from_micros((ms * 1000.0) as u64))
}

fn make_timer(args: &[Value], repeat: bool) -> JsResult<Value> {
    let cb = arg(args, 0);
    check_callback(cb)?;
    let delay = delay_of(arg(args, 1))?;
    let rest = if args.len() > 2 { args[2..].to_vec() } else { Vec::new() };
    let obj = new_object_with(rt().realm.timeout_prototype, Class::Ordinary);
    let id = event_loop::add_timer(Some(delay), repeat, cb, rest, obj);
    set_state(obj, id, true);
    Ok(obj)
}

fn set_timeout(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    make_timer(args, false)
}

fn set_interval(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    make_timer(args, true)
}

fn set_immediate(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let cb = arg(args, 0);
    check_callback(cb)?;
    let rest = if args.len() > 1 { args[1..].to_vec() } else { Vec::new() };
    let obj = new_object_with(rt().realm.immediate_prototype, Class::Ordinary);
    let id = event_loop::add_timer(None, false, cb, rest, obj);
    set_state(obj, id, true);
    Ok(obj)
}

/// A timer object's internal state: [id, refed] (refed outlives the timer, as in Node).
fn set_state(obj: Value, id: u32, refed: bool) {
    let state = new_array(vec![Value::int(id as i32), Value::bool(refed)]);
    obj.obj().props.insert(rt().realm.sym_internal_state, Slot::data(state, 0));
}

fn state_of(v: Value) -> Option<Value> {
    if !v.is_object() {
        return None;
    }
    let s = v.obj().props.get(rt().realm.sym_internal_state)?.value;
    s.is_object().then_some(s)
}

/// The id of a timer object, or a number (as Node accepts both).
fn timer_id(v: Value) -> Option<u32> {
    if v.is_object() {
        return state_of(v).map(|s| s.obj().elements[0].as_number() as u32);
    }
    if v.is_number() {
        return Some(v.as_number() as u32);
    }
    None
}

fn clear_timer(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    if let Some(id) = timer_id(arg(args, 0)) {
        event_loop::clear_timer(id);
    }
    Ok(Value::UNDEFINED)
}

fn set_ref(this: Value, refed: bool) -> JsResult<Value> {
    if let Some(s) = state_of(this) {
        s.obj().elements[1] = Value::bool(refed);
    }
    if let Some(t) = timer_id(this).and_then(event_loop::timer_mut) {
        t.refed = refed;
    }
    Ok(this)
}

fn timeout_ref(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    set_ref(this, true)
}

fn timeout_unref(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    set_ref(this, false)
}

fn timeout_has_ref(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    Ok(Value::bool(state_of(this).is_some_and(|s| s.obj().elements[1] == Value::TRUE)))
}

fn timeout_refresh(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    if let Some(t) = timer_id(this).and_then(event_loop::timer_mut) {
        event_loop::refresh(t);
    }
    Ok(this)
}

fn timeout_close(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    if let Some(id) = timer_id(this) {
        event_loop::clear_timer(id);
    }
    Ok(this)
}

fn timeout_to_primitive(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    Ok(timer_id(this).map(|id| Value::int(id as i32)).unwrap_or(Value::UNDEFINED))
}

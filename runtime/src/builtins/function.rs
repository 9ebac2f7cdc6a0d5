//! 20.2 Function objects: `Function.prototype` call/apply/bind/toString and
//! `Function.prototype[@@hasInstance]`.

use super::arg;
use crate::error::type_error;
use crate::object::{new_object_with, Class, Key, Slot, CONFIGURABLE};
use crate::ops;
use crate::realm::{define_method, define_symbol_method, define_value};
use crate::string::new_string_from_str;
use crate::value::Value;
use crate::{rt, JsResult};

pub fn init() {
    let fp = rt().realm.function_prototype;
    define_value(fp, "length", Value::int(0), CONFIGURABLE);
    define_value(fp, "name", rt().realm.empty_string, CONFIGURABLE);
    define_method(fp, "call", call, 1);
    define_method(fp, "apply", apply, 2);
    define_method(fp, "bind", bind, 1);
    define_method(fp, "toString", to_string, 0);
    crate::realm::make_constructor("Function", function_ctor, 1, fp);
    let hi = rt().realm.sym_has_instance;
    let f = define_symbol_method(fp, hi, "[Symbol.hasInstance]", has_instance, 1);
    // 20.2.3.6: non-writable, non-enumerable, non-configurable.
    fp.obj().props.insert(hi, Slot::data(f, 0));
}

fn this_callable(this: Value, what: &str) -> JsResult<()> {
    if !ops::is_callable(this) {
        return Err(type_error(&format!("Function.prototype.{what} called on a non-function")));
    }
    Ok(())
}

/// 20.2.3.3 Function.prototype.call
fn call(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    this_callable(this, "call")?;
    let rest = if args.is_empty() { &[][..] } else { &args[1..] };
    ops::call(this, arg(args, 0), rest)
}

/// 20.2.3.1 Function.prototype.apply
fn apply(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    this_callable(this, "apply")?;
    let list = ops::list_from_array_like(arg(args, 1))?;
    // Keep the argument values reachable from a traced cell while calling.
    let holder = crate::object::new_array(list);
    let r = ops::call(this, arg(args, 0), &holder.obj().elements.clone());
    std::hint::black_box(holder);
    r
}

/// 20.2.3.2 Function.prototype.bind
fn bind(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    this_callable(this, "bind")?;
    let bound_args = if args.len() > 1 { args[1..].to_vec() } else { Vec::new() };
    let proto = this.obj().proto;
    let nargs = bound_args.len() as f64;
    let f = new_object_with(proto, Class::BoundFunction { target: this, this: arg(args, 0), args: bound_args });
    // Steps 4-8: length = max(0, target.length - args) when it is a number.
    let r = &rt().realm;
    let mut len = 0.0;
    if ops::get_own_property(this, Key::Named(r.atom_length)).is_some() {
        let l = ops::get(this, Key::Named(r.atom_length))?;
        if l.is_number() {
            let l = l.as_number();
            len = if l == f64::INFINITY { l } else if l == f64::NEG_INFINITY { 0.0 } else { (ops::to_integer_or_infinity(l_val(l))? - nargs).max(0.0) };
        }
    }
    f.obj().props.insert(r.atom_length, Slot::data(Value::number(len), CONFIGURABLE));
    let name = ops::get(this, Key::Named(r.atom_name))?;
    let name = if name.is_string() { name.str().to_rust_string() } else { String::new() };
    f.obj().props.insert(rt().realm.atom_name, Slot::data(new_string_from_str(&format!("bound {name}")), CONFIGURABLE));
    Ok(f)
}

fn l_val(n: f64) -> Value {
    Value::from_f64(n)
}

/// 20.2.3.5 Function.prototype.toString. Kiln does not keep source text in
/// executables, so it returns a NativeFunction-style string for every
/// function (allowed by the spec's "implementation-defined" clause for
/// functions whose source is unavailable).
fn to_string(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    this_callable(this, "toString")?;
    let name = ops::get(this, Key::Named(rt().realm.atom_name))?;
    let mut name = if name.is_string() { name.str().to_rust_string() } else { String::new() };
    // A private method's name (`#m`, `get #m`) is no PropertyName of the
    // NativeFunction syntax: it is left out (the name there is optional).
    if name.contains('#') {
        name.clear();
    }
    Ok(new_string_from_str(&format!("function {name}() {{ [native code] }}")))
}

/// 20.2.3.6 Function.prototype[@@hasInstance]
fn has_instance(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    Ok(Value::bool(ops::ordinary_has_instance(this, arg(args, 0))?))
}

/// 20.2.1.1 Function(...parameterArgs, bodyArg). Kiln compiles whole
/// programs ahead of time and has no compiler at run time, so creating
/// functions from strings is reported as unsupported.
fn function_ctor(_this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    Err(crate::error::make_error(
        crate::error::ErrorKind::EvalError,
        "Kiln cannot compile code at run time: the Function constructor is not supported",
    ))
}

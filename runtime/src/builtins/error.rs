//! 20.5 Error objects and the NativeError constructors.

use super::arg;
use crate::error::make_error_with_proto;
use crate::object::{new_object_with, Class, Key, Slot, CONFIGURABLE, WRITABLE};
use crate::ops;
use crate::realm::{define_method, define_value, make_constructor};
use crate::string::{intern_str, new_string_from_str};
use crate::value::Value;
use crate::{rt, JsResult};

pub fn init() {
    let r = &mut rt().realm;
    let ep = new_object_with(r.object_prototype, Class::Ordinary);
    r.error_prototype = ep;
    let error_ctor = make_constructor("Error", error_constructor, 1, ep);
    define_value(ep, "name", intern_str("Error"), WRITABLE | CONFIGURABLE);
    define_value(ep, "message", rt().realm.empty_string, WRITABLE | CONFIGURABLE);
    define_method(ep, "toString", error_to_string, 0);
    let natives: [(&str, fn(Value, &[Value], Value) -> JsResult<Value>); 6] = [
        ("TypeError", type_error_ctor),
        ("RangeError", range_error_ctor),
        ("SyntaxError", syntax_error_ctor),
        ("ReferenceError", reference_error_ctor),
        ("EvalError", eval_error_ctor),
        ("URIError", uri_error_ctor),
    ];
    for (name, f) in natives {
        let p = new_object_with(ep, Class::Ordinary);
        let c = make_constructor(name, f, 1, p);
        // 20.5.6.2: each NativeError constructor's [[Prototype]] is %Error%.
        c.obj().proto = error_ctor;
        define_value(p, "name", intern_str(name), WRITABLE | CONFIGURABLE);
        define_value(p, "message", rt().realm.empty_string, WRITABLE | CONFIGURABLE);
        let r = &mut rt().realm;
        match name {
            "TypeError" => r.type_error_prototype = p,
            "RangeError" => r.range_error_prototype = p,
            "SyntaxError" => r.syntax_error_prototype = p,
            "ReferenceError" => r.reference_error_prototype = p,
            "EvalError" => r.eval_error_prototype = p,
            _ => r.uri_error_prototype = p,
        }
    }
    // 20.5.7 AggregateError Objects
    let p = new_object_with(ep, Class::Ordinary);
    let c = make_constructor("AggregateError", aggregate_error_ctor, 2, p);
    c.obj().proto = error_ctor;
    define_value(p, "name", intern_str("AggregateError"), WRITABLE | CONFIGURABLE);
    define_value(p, "message", rt().realm.empty_string, WRITABLE | CONFIGURABLE);
    rt().realm.aggregate_error_prototype = p;
}

/// An AggregateError with `message` and no `errors` yet (Promise.any).
pub fn new_aggregate_error(_unused: Value, message: &str) -> Value {
    make_error_with_proto(rt().realm.aggregate_error_prototype, new_string_from_str(message))
}

/// 20.5.7.1.1 AggregateError ( errors, message [ , options ] )
fn aggregate_error_ctor(_this: Value, args: &[Value], nt: Value) -> JsResult<Value> {
    let rest = if args.is_empty() { &[][..] } else { &args[1..] };
    let e = construct_error(rt().realm.aggregate_error_prototype, rest, nt, "AggregateError")?;
    // Steps 5-6: errorsList = IteratorToList(GetIterator(errors, sync)).
    let mut rec = crate::builtins::array::get_iterator(arg(args, 0))?;
    let mut list = Vec::new();
    while let Some(v) = crate::builtins::array::iterator_step_value(&mut rec)? {
        list.push(v);
    }
    let a = crate::object::new_array(list);
    e.obj().props.insert(Key::from_str("errors").named(), Slot::data(a, WRITABLE | CONFIGURABLE));
    Ok(e)
}

/// 20.5.1.1 Error(message [, options]) and 20.5.6.1.1 NativeError(message).
fn construct_error(default_proto: Value, args: &[Value], nt: Value, ctor_name: &str) -> JsResult<Value> {
    let new_target = if nt.is_undefined() {
        // Called as a function: behaves as `new` with the active function.
        let g = rt().realm.global;
        ops::get(g, Key::from_str(ctor_name))?
    } else {
        nt
    };
    let proto = ops::get_prototype_from_constructor(new_target, default_proto)?;
    let msg = arg(args, 0);
    let m = if msg.is_undefined() { Value::UNDEFINED } else { ops::to_string(msg)? };
    let e = make_error_with_proto(proto, m);
    // 20.5.8.1 InstallErrorCause
    let opts = arg(args, 1);
    if opts.is_object() {
        let cause = Key::from_str("cause");
        if ops::has_property(opts, cause) {
            let c = ops::get(opts, cause)?;
            e.obj().props.insert(cause.named(), Slot::data(c, WRITABLE | CONFIGURABLE));
        }
    }
    Ok(e)
}

fn error_constructor(_this: Value, args: &[Value], nt: Value) -> JsResult<Value> {
    construct_error(rt().realm.error_prototype, args, nt, "Error")
}
fn type_error_ctor(_this: Value, args: &[Value], nt: Value) -> JsResult<Value> {
    construct_error(rt().realm.type_error_prototype, args, nt, "TypeError")
}
fn range_error_ctor(_this: Value, args: &[Value], nt: Value) -> JsResult<Value> {
    construct_error(rt().realm.range_error_prototype, args, nt, "RangeError")
}
fn syntax_error_ctor(_this: Value, args: &[Value], nt: Value) -> JsResult<Value> {
    construct_error(rt().realm.syntax_error_prototype, args, nt, "SyntaxError")
}
fn reference_error_ctor(_this: Value, args: &[Value], nt: Value) -> JsResult<Value> {
    construct_error(rt().realm.reference_error_prototype, args, nt, "ReferenceError")
}
fn eval_error_ctor(_this: Value, args: &[Value], nt: Value) -> JsResult<Value> {
    construct_error(rt().realm.eval_error_prototype, args, nt, "EvalError")
}
fn uri_error_ctor(_this: Value, args: &[Value], nt: Value) -> JsResult<Value> {
    construct_error(rt().realm.uri_error_prototype, args, nt, "URIError")
}

/// 20.5.3.4 Error.prototype.toString
fn error_to_string(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    if !this.is_object() {
        return Err(crate::error::type_error("Error.prototype.toString requires that 'this' be an Object"));
    }
    let name = ops::get(this, Key::Named(rt().realm.atom_name))?;
    let name = if name.is_undefined() { "Error".to_string() } else { ops::to_rust_string(name)? };
    let msg = ops::get(this, Key::Named(rt().realm.atom_message))?;
    let msg = if msg.is_undefined() { String::new() } else { ops::to_rust_string(msg)? };
    Ok(new_string_from_str(&if name.is_empty() {
        msg
    } else if msg.is_empty() {
        name
    } else {
        format!("{name}: {msg}")
    }))
}

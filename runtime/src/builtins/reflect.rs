//! 28.1 The Reflect Object: the object internal methods as functions.

use super::arg;
use crate::builtins::object::{from_property_descriptor, to_property_descriptor};
use crate::error::type_error;
use crate::object::*;
use crate::ops;
use crate::realm::{define_global, define_method};
use crate::string::intern_str;
use crate::value::Value;
use crate::{rt, JsResult};

pub fn init() {
    let r = new_object_with(rt().realm.object_prototype, Class::Ordinary);
    define_method(r, "apply", apply, 3);
    define_method(r, "construct", construct, 2);
    define_method(r, "defineProperty", define_property, 3);
    define_method(r, "deleteProperty", delete_property, 2);
    define_method(r, "get", get, 2);
    define_method(r, "getOwnPropertyDescriptor", get_own_property_descriptor, 2);
    define_method(r, "getPrototypeOf", get_prototype_of, 1);
    define_method(r, "has", has, 2);
    define_method(r, "isExtensible", is_extensible, 1);
    define_method(r, "ownKeys", own_keys, 1);
    define_method(r, "preventExtensions", prevent_extensions, 1);
    define_method(r, "set", set, 3);
    define_method(r, "setPrototypeOf", set_prototype_of, 2);
    // 28.1.14 Reflect [ %Symbol.toStringTag% ]
    r.obj().props.insert(rt().realm.sym_to_string_tag, Slot::data(intern_str("Reflect"), CONFIGURABLE));
    define_global("Reflect", r);
}

fn target(args: &[Value], method: &str) -> JsResult<Value> {
    let t = arg(args, 0);
    if !t.is_object() {
        return Err(type_error(&format!("Reflect.{method} called on non-object")));
    }
    Ok(t)
}

/// 28.1.1 Reflect.apply ( target, thisArgument, argumentsList )
fn apply(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let f = arg(args, 0);
    if !ops::is_callable(f) {
        return Err(type_error(&format!("Function.prototype.apply was called on {}, which is not a function", ops::to_display_string(f))));
    }
    let list = arg(args, 2);
    if !list.is_object() {
        return Err(type_error("CreateListFromArrayLike called on non-object"));
    }
    let list = ops::list_from_array_like(list)?;
    ops::call(f, arg(args, 1), &list)
}

/// 28.1.2 Reflect.construct ( target, argumentsList [ , newTarget ] )
fn construct(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let t = arg(args, 0);
    if !ops::is_constructor(t) {
        return Err(type_error(&format!("{} is not a constructor", ops::to_display_string(t))));
    }
    let nt = if args.len() > 2 { args[2] } else { t };
    if !ops::is_constructor(nt) {
        return Err(type_error(&format!("{} is not a constructor", ops::to_display_string(nt))));
    }
    let list = arg(args, 1);
    if !list.is_object() {
        return Err(type_error("CreateListFromArrayLike called on non-object"));
    }
    let list = ops::list_from_array_like(list)?;
    ops::construct(t, &list, nt)
}

/// 28.1.3 Reflect.defineProperty ( target, propertyKey, attributes )
fn define_property(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let t = target(args, "defineProperty")?;
    let key = ops::to_property_key(arg(args, 1))?;
    let desc = to_property_descriptor(arg(args, 2))?;
    Ok(Value::bool(ops::define_own_property(t, key, &desc)?))
}

/// 28.1.4 Reflect.deleteProperty ( target, propertyKey )
fn delete_property(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let t = target(args, "deleteProperty")?;
    let key = ops::to_property_key(arg(args, 1))?;
    Ok(Value::bool(ops::delete(t, key)?))
}

/// 28.1.5 Reflect.get ( target, propertyKey [ , receiver ] )
fn get(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let t = target(args, "get")?;
    let key = ops::to_property_key(arg(args, 1))?;
    let receiver = if args.len() > 2 { args[2] } else { t };
    ops::get_with_receiver(t, key, receiver)
}

/// 28.1.6 Reflect.getOwnPropertyDescriptor ( target, propertyKey )
fn get_own_property_descriptor(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let t = target(args, "getOwnPropertyDescriptor")?;
    let key = ops::to_property_key(arg(args, 1))?;
    Ok(match ops::get_own_property_checked(t, key)? {
        Some(s) => from_property_descriptor(s),
        None => Value::UNDEFINED,
    })
}

/// 28.1.7 Reflect.getPrototypeOf ( target )
fn get_prototype_of(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    Ok(target(args, "getPrototypeOf")?.obj().proto)
}

/// 28.1.8 Reflect.has ( target, propertyKey )
fn has(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let t = target(args, "has")?;
    let key = ops::to_property_key(arg(args, 1))?;
    Ok(Value::bool(ops::has_property(t, key)))
}

/// 28.1.9 Reflect.isExtensible ( target )
fn is_extensible(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    Ok(Value::bool(target(args, "isExtensible")?.obj().extensible))
}

/// 28.1.10 Reflect.ownKeys ( target )
fn own_keys(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let t = target(args, "ownKeys")?;
    Ok(new_array(ops::own_property_keys(t)))
}

/// 28.1.11 Reflect.preventExtensions ( target )
fn prevent_extensions(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    target(args, "preventExtensions")?.obj().extensible = false;
    Ok(Value::TRUE)
}

/// 28.1.12 Reflect.set ( target, propertyKey, V [ , receiver ] )
fn set(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let t = target(args, "set")?;
    let key = ops::to_property_key(arg(args, 1))?;
    let receiver = if args.len() > 3 { args[3] } else { t };
    Ok(Value::bool(ops::set_with_receiver(t, key, arg(args, 2), receiver)?))
}

/// 28.1.13 Reflect.setPrototypeOf ( target, proto ), through 10.1.2.1
/// OrdinarySetPrototypeOf.
fn set_prototype_of(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let t = target(args, "setPrototypeOf")?;
    let proto = arg(args, 1);
    if !proto.is_object() && !proto.is_null() {
        return Err(type_error(&format!("Object prototype may only be an Object or null: {}", ops::to_display_string(proto))));
    }
    let o = t.obj();
    if o.proto == proto {
        return Ok(Value::TRUE);
    }
    if !o.extensible {
        return Ok(Value::FALSE);
    }
    let mut p = proto;
    while p.is_object() {
        if p == t {
            return Ok(Value::FALSE);
        }
        p = p.obj().proto;
    }
    o.proto = proto;
    Ok(Value::TRUE)
}

//! 19 The global object: value properties and functions, plus `Boolean`
//! (20.3) and `Symbol` (20.4).

use super::arg;
use crate::error::type_error;
use crate::numconv;
use crate::object::{new_object_with, Class, Key, Slot};
use crate::ops;
use crate::realm::{define_global, define_method, define_value, make_constructor, make_native};
use crate::string::{intern_str, new_string_from_str};
use crate::value::Value;
use crate::{rt, JsResult};

pub fn init() {
    let g = rt().realm.global;
    // 19.1 Value properties: non-writable, non-enumerable, non-configurable.
    define_value(g, "NaN", Value::from_f64(f64::NAN), 0);
    define_value(g, "Infinity", Value::from_f64(f64::INFINITY), 0);
    define_value(g, "undefined", Value::UNDEFINED, 0);
    define_global("globalThis", g);
    let pi = make_native("parseInt", parse_int, 2, false);
    define_global("parseInt", pi);
    let pf = make_native("parseFloat", parse_float, 1, false);
    define_global("parseFloat", pf);
    define_global("isNaN", make_native("isNaN", is_nan, 1, false));
    define_global("isFinite", make_native("isFinite", is_finite, 1, false));

    // 20.3 Boolean
    let bp = new_object_with(rt().realm.object_prototype, Class::Boolean(false));
    rt().realm.boolean_prototype = bp;
    make_constructor("Boolean", boolean_ctor, 1, bp);
    define_method(bp, "toString", boolean_to_string, 0);
    define_method(bp, "valueOf", boolean_value_of, 0);

    // 20.4 Symbol
    let sp = new_object_with(rt().realm.object_prototype, Class::Ordinary);
    rt().realm.symbol_prototype = sp;
    let sc = make_constructor("Symbol", symbol_ctor, 0, sp);
    define_method(sc, "for", symbol_for, 1);
    define_method(sc, "keyFor", symbol_key_for, 1);
    define_method(sp, "toString", symbol_to_string, 0);
    define_method(sp, "valueOf", symbol_value_of, 0);
    let r = &rt().realm;
    for (name, v) in [
        ("iterator", r.sym_iterator),
        ("asyncIterator", r.sym_async_iterator),
        ("hasInstance", r.sym_has_instance),
        ("toPrimitive", r.sym_to_primitive),
        ("toStringTag", r.sym_to_string_tag),
        ("match", r.sym_match),
        ("matchAll", r.sym_match_all),
        ("replace", r.sym_replace),
        ("search", r.sym_search),
        ("split", r.sym_split),
        ("species", r.sym_species),
        ("isConcatSpreadable", r.sym_is_concat_spreadable),
        ("unscopables", r.sym_unscopables),
    ] {
        define_value(sc, name, v, 0);
    }
    let tag = intern_str("Symbol");
    sp.obj().props.insert(rt().realm.sym_to_string_tag, Slot::data(tag, crate::object::CONFIGURABLE));
    let desc = make_native("get description", symbol_description, 0, false);
    sp.obj().props.insert(
        Key::from_str("description").named(),
        Slot { value: desc, setter: Value::UNDEFINED, flags: crate::object::ACCESSOR | crate::object::CONFIGURABLE },
    );
}

/// 19.2.5 parseInt(string, radix)
fn parse_int(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let s = ops::to_string(arg(args, 0))?;
    let r = arg(args, 1);
    let radix = if r.is_undefined() { None } else { Some(ops::to_int32_v(r)?) };
    Ok(Value::number(numconv::parse_int(s.str().units(), radix)))
}
/// 19.2.4 parseFloat(string)
fn parse_float(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let s = ops::to_string(arg(args, 0))?;
    Ok(Value::number(numconv::parse_float(s.str().units())))
}
/// 19.2.3 isNaN(number)
fn is_nan(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    Ok(Value::bool(ops::to_number(arg(args, 0))?.is_nan()))
}
/// 19.2.2 isFinite(number)
fn is_finite(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    Ok(Value::bool(ops::to_number(arg(args, 0))?.is_finite()))
}

/// 20.3.1.1 Boolean(value)
fn boolean_ctor(_this: Value, args: &[Value], nt: Value) -> JsResult<Value> {
    let b = ops::to_boolean(arg(args, 0));
    if nt.is_undefined() {
        return Ok(Value::bool(b));
    }
    let proto = ops::get_prototype_from_constructor(nt, rt().realm.boolean_prototype)?;
    Ok(new_object_with(proto, Class::Boolean(b)))
}
/// 20.3.3.3.1 ThisBooleanValue
fn this_boolean_value(v: Value) -> JsResult<bool> {
    if v.is_bool() {
        return Ok(v.as_bool());
    }
    if v.is_object() {
        if let Class::Boolean(b) = v.obj().class {
            return Ok(b);
        }
    }
    Err(type_error("Boolean.prototype.valueOf requires that 'this' be a Boolean"))
}
fn boolean_to_string(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    Ok(intern_str(if this_boolean_value(this)? { "true" } else { "false" }))
}
fn boolean_value_of(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    Ok(Value::bool(this_boolean_value(this)?))
}

/// 20.4.1.1 Symbol([description])
fn symbol_ctor(_this: Value, args: &[Value], nt: Value) -> JsResult<Value> {
    if !nt.is_undefined() {
        return Err(type_error("Symbol is not a constructor"));
    }
    let d = arg(args, 0);
    let desc = if d.is_undefined() { d } else { ops::to_string(d)? };
    Ok(crate::symbol::new_symbol(desc))
}
/// 20.4.2.2 Symbol.for ( key ): the GlobalSymbolRegistry.
fn symbol_for(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let key = ops::to_string(arg(args, 0))?;
    let units: Box<[u16]> = key.str().units().into();
    if let Some(&s) = rt().symbol_registry.get(&units) {
        return Ok(s);
    }
    let s = crate::symbol::new_symbol(key);
    rt().symbol_registry.insert(units, s);
    Ok(s)
}

/// 20.4.2.6 Symbol.keyFor ( sym )
fn symbol_key_for(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let sym = arg(args, 0);
    if !sym.is_symbol() {
        let shown = if sym.is_string() { sym.str().to_rust_string() } else { ops::to_display_string(sym) };
        return Err(type_error(&format!("{shown} is not a symbol")));
    }
    Ok(key_for(sym).unwrap_or(Value::UNDEFINED))
}

/// 20.4.5.1 KeyForSymbol ( sym ): its key in the GlobalSymbolRegistry.
pub fn key_for(sym: Value) -> Option<Value> {
    rt().symbol_registry.values().find(|&&s| s == sym).map(|&s| s.sym().description)
}

fn this_symbol_value(v: Value) -> JsResult<Value> {
    if v.is_symbol() {
        return Ok(v);
    }
    if v.is_object() {
        if let Class::Symbol(s) = v.obj().class {
            return Ok(s);
        }
    }
    Err(type_error("Symbol.prototype.valueOf requires that 'this' be a Symbol"))
}
/// 20.4.3.3.1 SymbolDescriptiveString
fn symbol_to_string(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    let s = this_symbol_value(this)?;
    Ok(new_string_from_str(&ops::key_display(Key::Named(s))))
}
fn symbol_value_of(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    this_symbol_value(this)
}
fn symbol_description(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    Ok(this_symbol_value(this)?.sym().description)
}

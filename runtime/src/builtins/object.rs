//! 20.1 Object objects: the `Object` constructor and `Object.prototype`.

use super::arg;
use crate::error::type_error;
use crate::object::*;
use crate::ops::{self, PropertyDescriptor};
use crate::realm::{define_method, make_constructor};
use crate::string::{intern_str, new_string_from_str};
use crate::value::Value;
use crate::{rt, JsResult};

pub fn init() {
    let op = rt().realm.object_prototype;
    let c = make_constructor("Object", object_ctor, 1, op);
    rt().realm.object_constructor = c;
    define_method(c, "keys", keys, 1);
    define_method(c, "values", values, 1);
    define_method(c, "entries", entries, 1);
    define_method(c, "assign", assign, 2);
    define_method(c, "create", create, 2);
    define_method(c, "defineProperty", define_property, 3);
    define_method(c, "defineProperties", define_properties, 2);
    define_method(c, "getOwnPropertyNames", get_own_property_names, 1);
    define_method(c, "getOwnPropertyDescriptor", get_own_property_descriptor, 2);
    define_method(c, "getPrototypeOf", get_prototype_of, 1);
    define_method(c, "setPrototypeOf", set_prototype_of, 2);
    define_method(c, "freeze", freeze, 1);
    define_method(c, "isFrozen", is_frozen, 1);
    define_method(c, "seal", seal, 1);
    define_method(c, "isSealed", is_sealed, 1);
    define_method(c, "preventExtensions", prevent_extensions, 1);
    define_method(c, "isExtensible", is_extensible, 1);
    define_method(c, "is", is, 2);
    define_method(c, "fromEntries", from_entries, 1);
    define_method(c, "getOwnPropertySymbols", get_own_property_symbols, 1);
    define_method(c, "getOwnPropertyDescriptors", get_own_property_descriptors, 1);
    define_method(c, "hasOwn", has_own, 2);
    define_method(c, "groupBy", group_by, 2);
    define_method(op, "hasOwnProperty", has_own_property, 1);
    define_method(op, "isPrototypeOf", is_prototype_of, 1);
    define_method(op, "propertyIsEnumerable", property_is_enumerable, 1);
    define_method(op, "toString", object_to_string, 0);
    define_method(op, "toLocaleString", to_locale_string, 0);
    define_method(op, "valueOf", value_of, 0);
    // B.2.2.1 Object.prototype.__proto__
    let getter = crate::realm::make_native("get __proto__", proto_getter, 0, false);
    let setter = crate::realm::make_native("set __proto__", proto_setter, 1, false);
    op.obj().props.insert(Key::from_str("__proto__").named(), Slot { value: getter, setter, flags: ACCESSOR | CONFIGURABLE });
}

/// B.2.2.1.1 get Object.prototype.__proto__
fn proto_getter(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = ops::to_object(this)?;
    Ok(o.obj().proto)
}

/// B.2.2.1.2 set Object.prototype.__proto__
fn proto_setter(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    if this.is_nullish() {
        return Err(type_error("Object.prototype.__proto__ called on null or undefined"));
    }
    let proto = arg(args, 0);
    if !this.is_object() || !(proto.is_object() || proto.is_null()) {
        return Ok(Value::UNDEFINED);
    }
    set_prototype_of(Value::UNDEFINED, &[this, proto], Value::UNDEFINED)?;
    Ok(Value::UNDEFINED)
}

/// 20.1.1.1 Object([value])
fn object_ctor(_this: Value, args: &[Value], nt: Value) -> JsResult<Value> {
    if !nt.is_undefined() && nt != rt().realm.object_constructor {
        let proto = ops::get_prototype_from_constructor(nt, rt().realm.object_prototype)?;
        return Ok(new_object_with(proto, Class::Ordinary));
    }
    let v = arg(args, 0);
    if v.is_nullish() {
        return Ok(new_object());
    }
    ops::to_object(v)
}

#[derive(Copy, Clone)]
enum KeysKind {
    Keys,
    Values,
    Entries,
}

/// 7.3.23 EnumerableOwnProperties
fn enumerable_own_properties(o: Value, kind: KeysKind) -> JsResult<Value> {
    let keys = ops::own_property_keys(o);
    let out = new_array(Vec::new());
    for k in keys {
        if k.is_symbol() {
            continue;
        }
        let key = Key::from_value_unchecked(k);
        let Some(desc) = ops::get_own_property_checked(o, key)? else { continue };
        if !desc.enumerable() {
            continue;
        }
        let item = match kind {
            KeysKind::Keys => k,
            KeysKind::Values => ops::get(o, key)?,
            KeysKind::Entries => {
                let v = ops::get(o, key)?;
                new_array(vec![k, v])
            }
        };
        let n = out.obj().elements.len();
        out.obj().elements.push(item);
        out.obj().length = n as u32 + 1;
    }
    Ok(out)
}

/// 20.1.2.18 Object.keys
fn keys(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = ops::to_object(arg(args, 0))?;
    enumerable_own_properties(o, KeysKind::Keys)
}
/// 20.1.2.23 Object.values
fn values(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = ops::to_object(arg(args, 0))?;
    enumerable_own_properties(o, KeysKind::Values)
}
/// 20.1.2.5 Object.entries
fn entries(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = ops::to_object(arg(args, 0))?;
    enumerable_own_properties(o, KeysKind::Entries)
}

/// 20.1.2.1 Object.assign
fn assign(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let to = ops::to_object(arg(args, 0))?;
    for &src in args.iter().skip(1) {
        if src.is_nullish() {
            continue;
        }
        let from = ops::to_object(src)?;
        for k in ops::own_property_keys(from) {
            let key = Key::from_value_unchecked(k);
            if let Some(d) = ops::get_own_property_checked(from, key)? {
                if d.enumerable() {
                    let v = ops::get(from, key)?;
                    ops::set_v(to, key, v, true)?;
                }
            }
        }
    }
    Ok(to)
}

/// 20.1.2.2 Object.create
fn create(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let proto = arg(args, 0);
    if !proto.is_object() && !proto.is_null() {
        return Err(type_error(&format!("Object prototype may only be an Object or null: {}", ops::to_display_string(proto))));
    }
    let o = new_object_with(proto, Class::Ordinary);
    let props = arg(args, 1);
    if !props.is_undefined() {
        object_define_properties(o, props)?;
    }
    Ok(o)
}

/// 6.2.6.5 ToPropertyDescriptor
pub fn to_property_descriptor(d: Value) -> JsResult<PropertyDescriptor> {
    if !d.is_object() {
        return Err(type_error(&format!("Property description must be an object: {}", ops::to_display_string(d))));
    }
    let mut desc = PropertyDescriptor::default();
    let field = |name: &str| -> JsResult<Option<Value>> {
        let k = Key::from_str(name);
        if ops::has_property(d, k) { Ok(Some(ops::get(d, k)?)) } else { Ok(None) }
    };
    desc.enumerable = field("enumerable")?.map(ops::to_boolean);
    desc.configurable = field("configurable")?.map(ops::to_boolean);
    desc.value = field("value")?;
    desc.writable = field("writable")?.map(ops::to_boolean);
    if let Some(g) = field("get")? {
        if !g.is_undefined() && !ops::is_callable(g) {
            return Err(type_error(&format!("Getter must be a function: {}", ops::to_display_string(g))));
        }
        desc.get = Some(g);
    }
    if let Some(s) = field("set")? {
        if !s.is_undefined() && !ops::is_callable(s) {
            return Err(type_error(&format!("Setter must be a function: {}", ops::to_display_string(s))));
        }
        desc.set = Some(s);
    }
    if desc.is_accessor() && desc.is_data() {
        return Err(type_error("Invalid property descriptor. Cannot both specify accessors and a value or writable attribute"));
    }
    Ok(desc)
}

/// 6.2.6.4 FromPropertyDescriptor
pub fn from_property_descriptor(s: Slot) -> Value {
    let o = new_object();
    let put = |name: &str, v: Value| {
        ops::store_own(o, Key::from_str(name), Slot::data(v, DEFAULT_ATTRS));
    };
    if s.is_accessor() {
        put("get", s.value);
        put("set", s.setter);
    } else {
        put("value", s.value);
        put("writable", Value::bool(s.writable()));
    }
    put("enumerable", Value::bool(s.enumerable()));
    put("configurable", Value::bool(s.configurable()));
    o
}

/// 20.1.2.4 Object.defineProperty
fn define_property(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = arg(args, 0);
    if !o.is_object() {
        return Err(type_error("Object.defineProperty called on non-object"));
    }
    let key = ops::to_property_key(arg(args, 1))?;
    let desc = to_property_descriptor(arg(args, 2))?;
    ops::define_property_or_throw(o, key, &desc)?;
    Ok(o)
}

/// 20.1.2.3.1 ObjectDefineProperties
fn object_define_properties(o: Value, props: Value) -> JsResult<()> {
    let p = ops::to_object(props)?;
    let mut descs = Vec::new();
    for k in ops::own_property_keys(p) {
        let key = Key::from_value_unchecked(k);
        if let Some(s) = ops::get_own_property_checked(p, key)? {
            if s.enumerable() {
                let d = ops::get(p, key)?;
                descs.push((key, to_property_descriptor(d)?));
            }
        }
    }
    for (k, d) in descs {
        ops::define_property_or_throw(o, k, &d)?;
    }
    Ok(())
}

fn define_properties(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = arg(args, 0);
    if !o.is_object() {
        return Err(type_error("Object.defineProperties called on non-object"));
    }
    object_define_properties(o, arg(args, 1))?;
    Ok(o)
}

/// 20.1.2.10 Object.getOwnPropertyNames
fn get_own_property_names(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = ops::to_object(arg(args, 0))?;
    let keys: Vec<Value> = ops::own_property_keys(o).into_iter().filter(|k| k.is_string()).collect();
    Ok(new_array(keys))
}

/// 20.1.2.11 Object.getOwnPropertySymbols ( O )
fn get_own_property_symbols(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = ops::to_object(arg(args, 0))?;
    let keys: Vec<Value> = ops::own_property_keys(o).into_iter().filter(|k| k.is_symbol()).collect();
    Ok(new_array(keys))
}

/// 20.1.2.9 Object.getOwnPropertyDescriptors ( O )
fn get_own_property_descriptors(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = ops::to_object(arg(args, 0))?;
    let out = new_object();
    for k in ops::own_property_keys(o) {
        let key = ops::to_property_key(k)?;
        if let Some(s) = ops::get_own_property_checked(o, key)? {
            ops::create_data_property_or_throw(out, key, from_property_descriptor(s))?;
        }
    }
    Ok(out)
}

/// 20.1.2.13 Object.hasOwn ( O, P )
fn has_own(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = ops::to_object(arg(args, 0))?;
    let key = ops::to_property_key(arg(args, 1))?;
    Ok(Value::bool(ops::get_own_property_checked(o, key)?.is_some()))
}

/// 20.1.2.12 Object.groupBy ( items, callback ): 7.3.35 GroupBy with
/// property keys, into a null-prototype object.
fn group_by(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    use crate::builtins::array::{get_iterator, iterator_close, iterator_step_value};
    let (items, callback) = (arg(args, 0), arg(args, 1));
    if items.is_nullish() {
        return Err(type_error(&format!("{} is not iterable", ops::to_display_string(items))));
    }
    if !ops::is_callable(callback) {
        return Err(type_error(&format!("{} is not a function", ops::to_display_string(callback))));
    }
    let mut rec = get_iterator(items)?;
    let mut groups: Vec<(Value, Value)> = Vec::new();
    // The groups also live in a JS array so that collections keep them.
    let keep = new_array(Vec::new());
    let mut k = 0f64;
    while let Some(value) = iterator_step_value(&mut rec)? {
        let key = match ops::call(callback, Value::UNDEFINED, &[value, Value::number(k)]).and_then(ops::to_property_key).map(|k| match k {
            Key::Index(i) => new_string_from_str(&i.to_string()),
            Key::Named(v) => v,
        }) {
            Ok(key) => key,
            Err(e) => return iterator_close(&rec, Err(e)),
        };
        let group = match groups.iter().find(|(g, _)| ops::same_value(*g, key)) {
            Some(&(_, g)) => g,
            None => {
                let g = new_array(Vec::new());
                keep.obj().elements.push(g);
                groups.push((key, g));
                g
            }
        };
        let go = group.obj();
        go.elements.push(value);
        go.length += 1;
        k += 1.0;
    }
    let out = new_object_with(Value::NULL, Class::Ordinary);
    for (key, g) in groups {
        ops::create_data_property_or_throw(out, ops::to_property_key(key)?, g)?;
    }
    Ok(out)
}

/// 20.1.2.8 Object.getOwnPropertyDescriptor
fn get_own_property_descriptor(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = ops::to_object(arg(args, 0))?;
    let key = ops::to_property_key(arg(args, 1))?;
    Ok(match ops::get_own_property_checked(o, key)? {
        Some(s) => from_property_descriptor(s),
        None => Value::UNDEFINED,
    })
}

/// 20.1.2.12 Object.getPrototypeOf
fn get_prototype_of(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = ops::to_object(arg(args, 0))?;
    Ok(o.obj().proto)
}

/// 20.1.2.22 Object.setPrototypeOf
fn set_prototype_of(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = arg(args, 0);
    let proto = arg(args, 1);
    if o.is_nullish() {
        return Err(type_error("Object.setPrototypeOf called on null or undefined"));
    }
    if !proto.is_object() && !proto.is_null() {
        return Err(type_error(&format!("Object prototype may only be an Object or null: {}", ops::to_display_string(proto))));
    }
    if !o.is_object() {
        return Ok(o);
    }
    // 10.1.2.1 OrdinarySetPrototypeOf
    if o.obj().proto == proto {
        return Ok(o);
    }
    if !o.obj().extensible {
        return Err(type_error("#<Object> is not extensible"));
    }
    let mut p = proto;
    while p.is_object() {
        if p == o {
            return Err(type_error("Cyclic __proto__ value"));
        }
        p = p.obj().proto;
    }
    o.obj().proto = proto;
    Ok(o)
}

/// 7.3.15 SetIntegrityLevel
/// SetIntegrityLevel(o, frozen) for other builtins.
pub(crate) fn freeze_value(o: Value) -> JsResult<()> {
    set_integrity_level(o, true)
}

fn set_integrity_level(o: Value, frozen: bool) -> JsResult<()> {
    o.obj().extensible = false;
    for k in ops::own_property_keys(o) {
        let key = Key::from_value_unchecked(k);
        let Some(cur) = ops::get_own_property_checked(o, key)? else { continue };
        let mut d = PropertyDescriptor { configurable: Some(false), ..Default::default() };
        if frozen && !cur.is_accessor() {
            d.writable = Some(false);
        }
        ops::define_property_or_throw(o, key, &d)?;
    }
    Ok(())
}

/// 7.3.16 TestIntegrityLevel
fn test_integrity_level(o: Value, frozen: bool) -> JsResult<bool> {
    if o.obj().extensible {
        return Ok(false);
    }
    for k in ops::own_property_keys(o) {
        if let Some(s) = ops::get_own_property_checked(o, Key::from_value_unchecked(k))? {
            if s.configurable() || (frozen && !s.is_accessor() && s.writable()) {
                return Ok(false);
            }
        }
    }
    Ok(true)
}

/// 20.1.2.6 Object.freeze
fn freeze(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = arg(args, 0);
    if o.is_object() {
        set_integrity_level(o, true)?;
    }
    Ok(o)
}
/// 20.1.2.21 Object.seal
fn seal(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = arg(args, 0);
    if o.is_object() {
        set_integrity_level(o, false)?;
    }
    Ok(o)
}
/// 20.1.2.16 Object.isFrozen
fn is_frozen(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = arg(args, 0);
    Ok(Value::bool(!o.is_object() || test_integrity_level(o, true)?))
}
/// 20.1.2.17 Object.isSealed
fn is_sealed(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = arg(args, 0);
    Ok(Value::bool(!o.is_object() || test_integrity_level(o, false)?))
}
/// 20.1.2.20 Object.preventExtensions
fn prevent_extensions(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = arg(args, 0);
    if o.is_object() {
        o.obj().extensible = false;
    }
    Ok(o)
}
/// 20.1.2.15 Object.isExtensible
fn is_extensible(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = arg(args, 0);
    Ok(Value::bool(o.is_object() && o.obj().extensible))
}
/// 20.1.2.14 Object.is
fn is(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    Ok(Value::bool(ops::same_value(arg(args, 0), arg(args, 1))))
}

/// 20.1.2.7 Object.fromEntries (array-like iterables of entries).
fn from_entries(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let it = arg(args, 0);
    if it.is_nullish() {
        return Err(type_error(&format!("{} is not iterable", ops::to_display_string(it))));
    }
    let o = new_object();
    let items = crate::builtins::array::iterate_to_array(it)?;
    let n = items.obj().elements.len();
    for i in 0..n {
        let e = items.obj().elements[i];
        if !e.is_object() {
            return Err(type_error(&format!("Iterator value {} is not an entry object", ops::to_display_string(e))));
        }
        let k = ops::get(e, Key::Index(0))?;
        let v = ops::get(e, Key::Index(1))?;
        let key = ops::to_property_key(k)?;
        ops::create_data_property_or_throw(o, key, v)?;
    }
    Ok(o)
}

/// 20.1.3.2 Object.prototype.hasOwnProperty
fn has_own_property(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let key = ops::to_property_key(arg(args, 0))?;
    let o = ops::to_object(this)?;
    Ok(Value::bool(ops::get_own_property_checked(o, key)?.is_some()))
}
/// 20.1.3.3 Object.prototype.isPrototypeOf
fn is_prototype_of(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let v = arg(args, 0);
    if !v.is_object() {
        return Ok(Value::FALSE);
    }
    let o = ops::to_object(this)?;
    let mut p = v.obj().proto;
    while p.is_object() {
        if p == o {
            return Ok(Value::TRUE);
        }
        p = p.obj().proto;
    }
    Ok(Value::FALSE)
}
/// 20.1.3.4 Object.prototype.propertyIsEnumerable
fn property_is_enumerable(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let key = ops::to_property_key(arg(args, 0))?;
    let o = ops::to_object(this)?;
    Ok(Value::bool(ops::get_own_property_checked(o, key)?.is_some_and(|s| s.enumerable())))
}

/// 20.1.3.6 Object.prototype.toString
pub fn object_to_string(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    if this.is_undefined() {
        return Ok(intern_str("[object Undefined]"));
    }
    if this.is_null() {
        return Ok(intern_str("[object Null]"));
    }
    let o = ops::to_object(this)?;
    let builtin_tag = match &o.obj().class {
        Class::Array => "Array",
        Class::Arguments(_) => "Arguments",
        Class::Function(_) | Class::BoundFunction { .. } => "Function",
        Class::Error => "Error",
        Class::Boolean(_) => "Boolean",
        Class::Number(_) => "Number",
        Class::String(_) => "String",
        Class::Date(_) => "Date",
        Class::RegExp(_) => "RegExp",
        _ => "Object",
    };
    let tag = ops::get(o, Key::Named(rt().realm.sym_to_string_tag))?;
    let tag = if tag.is_string() { tag.str().to_rust_string() } else { builtin_tag.to_string() };
    Ok(new_string_from_str(&format!("[object {tag}]")))
}

/// 20.1.3.5 Object.prototype.toLocaleString
fn to_locale_string(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    let f = ops::get_v(this, Key::Named(rt().realm.atom_to_string))?;
    ops::call(f, this, &[])
}
/// 20.1.3.7 Object.prototype.valueOf
fn value_of(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    ops::to_object(this)
}

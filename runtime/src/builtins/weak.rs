//! 24.3 WeakMap, 24.4 WeakSet and 26.1 WeakRef objects.
//!
//! Entries hold their keys weakly and their values as ephemerons: the
//! collector (`gc.rs`) does not trace a weak collection's entries while
//! marking; after marking it marks the value of every entry whose key is
//! marked, repeating until nothing changes, and then removes the entries
//! whose keys stayed unmarked (`gc::process_weak`). A WeakRef's target is
//! not traced either; it is cleared when the target is collected.
//! `deref()` keeps the target alive until the current job ends
//! (AddToKeptObjects; `event_loop` calls ClearKeptObjects between jobs).

use super::arg;
use crate::builtins::array::{get_iterator, iterator_close, iterator_step_value};
use crate::error::type_error;
use crate::object::*;
use crate::ops;
use crate::realm::{define_method, make_constructor};
use crate::string::intern_str;
use crate::value::Value;
use crate::{rt, JsResult};
use rustc_hash::FxHashMap;

/// The entries of a WeakMap (key bits → (key, value)) or WeakSet (value undefined).
#[derive(Default)]
pub struct WeakData {
    pub entries: FxHashMap<u64, (Value, Value)>,
}

pub fn init() {
    let r = &rt().realm;
    let (op, tag) = (r.object_prototype, r.sym_to_string_tag);
    // 24.3 WeakMap
    let wmp = new_object_with(op, Class::Ordinary);
    make_constructor("WeakMap", weak_map_ctor, 0, wmp);
    define_method(wmp, "delete", weak_map_delete, 1);
    define_method(wmp, "get", weak_map_get, 1);
    define_method(wmp, "has", weak_map_has, 1);
    define_method(wmp, "set", weak_map_set, 2);
    wmp.obj().props.insert(tag, Slot::data(intern_str("WeakMap"), CONFIGURABLE));
    rt().realm.weak_map_prototype = wmp;
    // 24.4 WeakSet
    let wsp = new_object_with(op, Class::Ordinary);
    make_constructor("WeakSet", weak_set_ctor, 0, wsp);
    define_method(wsp, "add", weak_set_add, 1);
    define_method(wsp, "delete", weak_set_delete, 1);
    define_method(wsp, "has", weak_set_has, 1);
    wsp.obj().props.insert(tag, Slot::data(intern_str("WeakSet"), CONFIGURABLE));
    rt().realm.weak_set_prototype = wsp;
    // 26.1 WeakRef
    let wrp = new_object_with(op, Class::Ordinary);
    make_constructor("WeakRef", weak_ref_ctor, 1, wrp);
    define_method(wrp, "deref", weak_ref_deref, 0);
    wrp.obj().props.insert(tag, Slot::data(intern_str("WeakRef"), CONFIGURABLE));
    rt().realm.weak_ref_prototype = wrp;
}

/// 9.13 CanBeHeldWeakly ( v ): objects, and symbols not in the
/// GlobalSymbolRegistry.
fn can_be_held_weakly(v: Value) -> bool {
    v.is_object() || (v.is_symbol() && crate::builtins::global::key_for(v).is_none())
}

fn weak_data(this: Value, class: &str, method: &str) -> JsResult<&'static mut WeakData> {
    if this.is_object() {
        match &mut this.obj().class {
            Class::WeakMap(d) if class == "WeakMap" => return Ok(d),
            Class::WeakSet(d) if class == "WeakSet" => return Ok(d),
            _ => {}
        }
    }
    Err(type_error(&format!(
        "Method {class}.prototype.{method} called on incompatible receiver {}",
        ops::to_display_string(this)
    )))
}

/// 24.3.1.1 WeakMap ( [ iterable ] )
fn weak_map_ctor(_this: Value, args: &[Value], nt: Value) -> JsResult<Value> {
    if nt.is_undefined() {
        return Err(type_error("Constructor WeakMap requires 'new'"));
    }
    let proto = ops::get_prototype_from_constructor(nt, rt().realm.weak_map_prototype)?;
    let map = new_object_with(proto, Class::WeakMap(Box::default()));
    let iterable = arg(args, 0);
    if iterable.is_nullish() {
        return Ok(map);
    }
    let adder = ops::get(map, Key::from_str("set"))?;
    if !ops::is_callable(adder) {
        return Err(type_error("'set' returned for property 'set' of object '#<WeakMap>' is not a function"));
    }
    crate::builtins::collections::add_entries_from_iterable(map, iterable, adder)?;
    Ok(map)
}

/// 24.3.3.2 WeakMap.prototype.delete ( key )
fn weak_map_delete(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let d = weak_data(this, "WeakMap", "delete")?;
    Ok(Value::bool(d.entries.remove(&arg(args, 0).0).is_some()))
}

/// 24.3.3.3 WeakMap.prototype.get ( key )
fn weak_map_get(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let d = weak_data(this, "WeakMap", "get")?;
    Ok(d.entries.get(&arg(args, 0).0).map(|e| e.1).unwrap_or(Value::UNDEFINED))
}

/// 24.3.3.4 WeakMap.prototype.has ( key )
fn weak_map_has(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let d = weak_data(this, "WeakMap", "has")?;
    Ok(Value::bool(d.entries.contains_key(&arg(args, 0).0)))
}

/// 24.3.3.5 WeakMap.prototype.set ( key, value )
fn weak_map_set(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let d = weak_data(this, "WeakMap", "set")?;
    let key = arg(args, 0);
    if !can_be_held_weakly(key) {
        return Err(type_error(&format!("Invalid value used as weak map key")));
    }
    d.entries.insert(key.0, (key, arg(args, 1)));
    Ok(this)
}

/// 24.4.1.1 WeakSet ( [ iterable ] )
fn weak_set_ctor(_this: Value, args: &[Value], nt: Value) -> JsResult<Value> {
    if nt.is_undefined() {
        return Err(type_error("Constructor WeakSet requires 'new'"));
    }
    let proto = ops::get_prototype_from_constructor(nt, rt().realm.weak_set_prototype)?;
    let set = new_object_with(proto, Class::WeakSet(Box::default()));
    let iterable = arg(args, 0);
    if iterable.is_nullish() {
        return Ok(set);
    }
    let adder = ops::get(set, Key::from_str("add"))?;
    if !ops::is_callable(adder) {
        return Err(type_error("'add' returned for property 'add' of object '#<WeakSet>' is not a function"));
    }
    let mut rec = get_iterator(iterable)?;
    while let Some(v) = iterator_step_value(&mut rec)? {
        if let Err(e) = ops::call(adder, set, &[v]) {
            return iterator_close(&rec, Err(e));
        }
    }
    Ok(set)
}

/// 24.4.3.1 WeakSet.prototype.add ( value )
fn weak_set_add(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let d = weak_data(this, "WeakSet", "add")?;
    let v = arg(args, 0);
    if !can_be_held_weakly(v) {
        return Err(type_error("Invalid value used in weak set"));
    }
    d.entries.insert(v.0, (v, Value::UNDEFINED));
    Ok(this)
}

/// 24.4.3.3 WeakSet.prototype.delete ( value )
fn weak_set_delete(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let d = weak_data(this, "WeakSet", "delete")?;
    Ok(Value::bool(d.entries.remove(&arg(args, 0).0).is_some()))
}

/// 24.4.3.4 WeakSet.prototype.has ( value )
fn weak_set_has(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let d = weak_data(this, "WeakSet", "has")?;
    Ok(Value::bool(d.entries.contains_key(&arg(args, 0).0)))
}

/// 26.1.1.1 WeakRef ( target )
fn weak_ref_ctor(_this: Value, args: &[Value], nt: Value) -> JsResult<Value> {
    if nt.is_undefined() {
        return Err(type_error("Constructor WeakRef requires 'new'"));
    }
    let target = arg(args, 0);
    if !can_be_held_weakly(target) {
        return Err(type_error("WeakRef: invalid target"));
    }
    let proto = ops::get_prototype_from_constructor(nt, rt().realm.weak_ref_prototype)?;
    let r = new_object_with(proto, Class::WeakRef(target));
    // AddToKeptObjects(target)
    rt().jobs.kept.push(target);
    Ok(r)
}

/// 26.1.3.2 WeakRef.prototype.deref ( )
fn weak_ref_deref(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    if this.is_object() {
        if let Class::WeakRef(t) = &this.obj().class {
            let t = *t;
            if !t.is_undefined() {
                rt().jobs.kept.push(t);
            }
            return Ok(t);
        }
    }
    Err(type_error(&format!(
        "Method WeakRef.prototype.deref called on incompatible receiver {}",
        ops::to_display_string(this)
    )))
}

//! Abstract operations (ECMA-262 clause 7) and the ordinary object internal
//! methods (10.1) over [`Value`]s.

use crate::error::{range_error, type_error};
use crate::numconv;
use crate::object::*;
use crate::string::{concat, intern_str, new_string, new_string_from_str, string_equals};
use crate::value::Value;
use crate::{rt, JsResult};

// ---------------------------------------------------------------------------
// Property descriptors

/// 6.2.6 The Property Descriptor Specification Type.
#[derive(Default, Clone, Copy, Debug)]
pub struct PropertyDescriptor {
    pub value: Option<Value>,
    pub get: Option<Value>,
    pub set: Option<Value>,
    pub writable: Option<bool>,
    pub enumerable: Option<bool>,
    pub configurable: Option<bool>,
}

impl PropertyDescriptor {
    pub fn data(value: Value, flags: u8) -> PropertyDescriptor {
        PropertyDescriptor {
            value: Some(value),
            writable: Some(flags & WRITABLE != 0),
            enumerable: Some(flags & ENUMERABLE != 0),
            configurable: Some(flags & CONFIGURABLE != 0),
            ..Default::default()
        }
    }
    pub fn is_accessor(&self) -> bool {
        self.get.is_some() || self.set.is_some()
    }
    pub fn is_data(&self) -> bool {
        self.value.is_some() || self.writable.is_some()
    }
}

// ---------------------------------------------------------------------------
// Own properties

/// [[GetOwnProperty]] (10.1.5.1, with the exotic cases of 10.4.2 arrays and
/// 10.4.3 string objects).
///
/// For a module namespace (10.4.6.5) an export's value is a hole while its
/// binding is uninitialised: callers that must throw then use
/// [`get_own_property_checked`].
pub fn get_own_property(o: Value, key: Key) -> Option<Slot> {
    let ob = o.obj();
    if let Class::Namespace(_) = ob.class {
        if !key.named().is_symbol() {
            return namespace_binding(ob, key).map(|v| Slot::data(v, WRITABLE | ENUMERABLE));
        }
    }
    match key {
        Key::Index(i) => {
            if let Some(&v) = ob.elements.get(i as usize) {
                if !v.is_hole() {
                    return Some(Slot::data(v, DEFAULT_ATTRS));
                }
            }
            if let Some((env, slot)) = mapped_slot(ob, i) {
                // SAFETY: the map's environment is kept alive by the arguments object.
                let v = unsafe { (*env).slots()[slot as usize] };
                return Some(Slot::data(v, DEFAULT_ATTRS));
            }
            if let Class::String(s) = ob.class {
                if (i as usize) < s.str().len() {
                    let c = s.str().units()[i as usize];
                    return Some(Slot::data(new_string(&[c]), ENUMERABLE));
                }
            }
            if ob.sparse {
                return ob.props.get(key.named()).copied();
            }
            None
        }
        Key::Named(k) => {
            if let Some(s) = ob.props.get(k) {
                return Some(*s);
            }
            let r = &rt().realm;
            if k == r.atom_length {
                if ob.is_array() {
                    let f = if ob.length_readonly { 0 } else { WRITABLE };
                    return Some(Slot::data(Value::number(ob.length as f64), f));
                }
                if let Class::String(s) = ob.class {
                    return Some(Slot::data(Value::int(s.str().len() as i32), 0));
                }
            }
            None
        }
    }
}

/// [[GetOwnProperty]] that throws for an uninitialised export of a module
/// namespace (10.4.6.5 step 3: [[Get]] of the binding throws a
/// ReferenceError).
pub fn get_own_property_checked(o: Value, key: Key) -> JsResult<Option<Slot>> {
    let s = get_own_property(o, key);
    if let Some(slot) = &s {
        if slot.value.is_hole() && matches!(o.obj().class, Class::Namespace(_)) {
            return Err(uninitialized_export(key));
        }
    }
    Ok(s)
}

fn uninitialized_export(key: Key) -> Value {
    crate::error::reference_error(&format!("Cannot access '{}' before initialization", key_display(key)))
}

fn set_length_value(o: Value, new_len: u32) -> bool {
    // 10.4.2.4 ArraySetLength (the value is already validated).
    let ob = o.obj();
    if new_len >= ob.length {
        if ob.length_readonly && new_len != ob.length {
            return false;
        }
        ob.length = new_len;
        return true;
    }
    if ob.length_readonly {
        return false;
    }
    if (new_len as usize) < ob.elements.len() {
        ob.elements.truncate(new_len as usize);
    }
    if ob.sparse {
        // Delete sparse indices from the top; stop at a non-configurable one.
        let mut idx: Vec<(u32, Value, bool)> = ob
            .props
            .entries()
            .iter()
            .filter_map(|(k, s)| k.is_string().then(|| k.str().array_index()).flatten().map(|i| (i, *k, s.configurable())))
            .filter(|(i, _, _)| *i >= new_len)
            .collect();
        idx.sort_by(|a, b| b.0.cmp(&a.0));
        for (i, k, conf) in idx {
            if !conf {
                ob.length = i + 1;
                return false;
            }
            ob.props.remove(k);
        }
    }
    ob.length = new_len;
    true
}

/// 10.1.6.3 ValidateAndApplyPropertyDescriptor, through [[DefineOwnProperty]]
/// of ordinary objects and arrays (10.4.2.1).
pub fn define_own_property(o: Value, key: Key, desc: &PropertyDescriptor) -> JsResult<bool> {
    let ob = o.obj();
    // 10.4.2.1 Array [[DefineOwnProperty]] for "length".
    if ob.is_array() && key == Key::Named(rt().realm.atom_length) {
        if let Some(v) = desc.value {
            let n = to_number(v)?;
            let len = to_uint32(n);
            if len as f64 != n {
                return Err(range_error("Invalid array length"));
            }
            if desc.configurable == Some(true) || desc.enumerable == Some(true) || desc.is_accessor() {
                return Ok(false);
            }
            if ob.length_readonly && len != ob.length {
                return Ok(false);
            }
            let ok = set_length_value(o, len);
            if desc.writable == Some(false) {
                o.obj().length_readonly = true;
            }
            return Ok(ok);
        }
        if desc.configurable == Some(true) || desc.enumerable == Some(true) || desc.is_accessor() {
            return Ok(false);
        }
        if desc.writable == Some(true) && ob.length_readonly {
            return Ok(false);
        }
        if desc.writable == Some(false) {
            ob.length_readonly = true;
        }
        return Ok(true);
    }
    if let Key::Index(i) = key {
        if ob.is_array() && i >= ob.length && ob.length_readonly {
            return Ok(false);
        }
    }
    // 10.4.6.6 [[DefineOwnProperty]] of a module namespace (string keys).
    if let Class::Namespace(_) = ob.class {
        if !key.named().is_symbol() {
            let Some(cur) = get_own_property_checked(o, key)? else { return Ok(false) };
            if desc.configurable == Some(true) || desc.enumerable == Some(false) || desc.is_accessor() || desc.writable == Some(false) {
                return Ok(false);
            }
            return Ok(desc.value.is_none_or(|v| same_value(v, cur.value)));
        }
    }
    let current = get_own_property(o, key);
    let new_slot = match current {
        None => {
            if !ob.extensible {
                return Ok(false);
            }
            if desc.is_accessor() {
                Slot {
                    value: desc.get.unwrap_or(Value::UNDEFINED),
                    setter: desc.set.unwrap_or(Value::UNDEFINED),
                    flags: ACCESSOR
                        | if desc.enumerable == Some(true) { ENUMERABLE } else { 0 }
                        | if desc.configurable == Some(true) { CONFIGURABLE } else { 0 },
                }
            } else {
                Slot::data(
                    desc.value.unwrap_or(Value::UNDEFINED),
                    if desc.writable == Some(true) { WRITABLE } else { 0 }
                        | if desc.enumerable == Some(true) { ENUMERABLE } else { 0 }
                        | if desc.configurable == Some(true) { CONFIGURABLE } else { 0 },
                )
            }
        }
        Some(cur) => {
            if !cur.configurable() {
                if desc.configurable == Some(true) {
                    return Ok(false);
                }
                if let Some(e) = desc.enumerable {
                    if e != cur.enumerable() {
                        return Ok(false);
                    }
                }
                if !desc.is_accessor() && !desc.is_data() {
                    // Generic descriptor: nothing more to check.
                } else if desc.is_accessor() != cur.is_accessor() {
                    return Ok(false);
                } else if cur.is_accessor() {
                    if desc.get.is_some_and(|g| !same_value(g, cur.value)) || desc.set.is_some_and(|s| !same_value(s, cur.setter)) {
                        return Ok(false);
                    }
                } else if !cur.writable() {
                    if desc.writable == Some(true) {
                        return Ok(false);
                    }
                    if desc.value.is_some_and(|v| !same_value(v, cur.value)) {
                        return Ok(false);
                    }
                }
            }
            // Apply.
            let mut flags = cur.flags;
            let mut s = cur;
            if desc.is_accessor() && !cur.is_accessor() {
                flags = (flags & (ENUMERABLE | CONFIGURABLE)) | ACCESSOR;
                s.value = Value::UNDEFINED;
                s.setter = Value::UNDEFINED;
            } else if desc.is_data() && cur.is_accessor() {
                flags &= ENUMERABLE | CONFIGURABLE;
                s.value = Value::UNDEFINED;
                s.setter = Value::UNDEFINED;
            }
            if let Some(v) = desc.value {
                s.value = v;
            }
            if let Some(g) = desc.get {
                s.value = g;
            }
            if let Some(st) = desc.set {
                s.setter = st;
            }
            let mut set_flag = |bit: u8, on: Option<bool>| {
                if let Some(on) = on {
                    if on { flags |= bit } else { flags &= !bit }
                }
            };
            set_flag(WRITABLE, desc.writable);
            set_flag(ENUMERABLE, desc.enumerable);
            set_flag(CONFIGURABLE, desc.configurable);
            s.flags = flags;
            s
        }
    };
    store_own(o, key, new_slot);
    Ok(true)
}

/// Writes an own property slot, choosing dense or named storage.
pub fn store_own(o: Value, key: Key, slot: Slot) {
    let ob = o.obj();
    match key {
        Key::Index(i) => {
            if let Some((env, s)) = mapped_slot(ob, i) {
                if slot.flags == DEFAULT_ATTRS {
                    // SAFETY: as in get_own_property.
                    unsafe { (*env).slots()[s as usize] = slot.value };
                    return;
                }
                // 10.4.4.2 step 7: a non-default descriptor removes the mapping.
                unmap(ob, i);
            }
            let iu = i as usize;
            let dense_ok = slot.flags == DEFAULT_ATTRS
                && !matches!(ob.class, Class::String(_))
                && iu <= ob.elements.len() + MAX_DENSE_GAP;
            if dense_ok && !(ob.sparse && ob.props.get(key.named()).is_some()) {
                if iu >= ob.elements.len() {
                    ob.elements.resize(iu + 1, Value::HOLE);
                }
                ob.elements[iu] = slot.value;
            } else {
                if iu < ob.elements.len() {
                    ob.elements[iu] = Value::HOLE;
                }
                ob.sparse = true;
                ob.props.insert(key.named(), slot);
            }
            if ob.is_array() && i >= ob.length {
                ob.length = i + 1;
            }
        }
        Key::Named(k) => ob.props.insert(k, slot),
    }
}

/// 7.3.5 CreateDataProperty
pub fn create_data_property(o: Value, key: Key, v: Value) -> JsResult<bool> {
    let ob = o.obj();
    // Fast path: a new or plain writable property of an extensible object.
    if ob.extensible && !(ob.is_array() && matches!(key, Key::Named(k) if k == rt().realm.atom_length)) {
        match get_own_property(o, key) {
            None => {
                if let Key::Index(i) = key {
                    if ob.is_array() && i >= ob.length && ob.length_readonly {
                        return Ok(false);
                    }
                }
                store_own(o, key, Slot::data(v, DEFAULT_ATTRS));
                return Ok(true);
            }
            Some(s) if s.configurable() => {
                store_own(o, key, Slot::data(v, DEFAULT_ATTRS));
                return Ok(true);
            }
            _ => {}
        }
    }
    define_own_property(o, key, &PropertyDescriptor::data(v, DEFAULT_ATTRS))
}

/// 7.3.7 CreateDataPropertyOrThrow
pub fn create_data_property_or_throw(o: Value, key: Key, v: Value) -> JsResult<()> {
    if !create_data_property(o, key, v)? {
        return Err(type_error(&format!("Cannot define property {}", key_display(key))));
    }
    Ok(())
}

/// 7.3.9 DefinePropertyOrThrow
pub fn define_property_or_throw(o: Value, key: Key, desc: &PropertyDescriptor) -> JsResult<()> {
    if !define_own_property(o, key, desc)? {
        return Err(type_error(&format!("Cannot redefine property: {}", key_display(key))));
    }
    Ok(())
}

pub fn key_display(key: Key) -> String {
    match key {
        Key::Index(i) => i.to_string(),
        Key::Named(v) if v.is_string() => v.str().to_rust_string(),
        Key::Named(v) => {
            let d = v.sym().description;
            if d.is_string() { format!("Symbol({})", d.str().to_rust_string()) } else { "Symbol()".into() }
        }
    }
}

/// 10.1.11.1 OrdinaryOwnPropertyKeys: indices ascending, then strings in
/// creation order, then symbols in creation order.
pub fn own_property_keys(o: Value) -> Vec<Value> {
    let ob = o.obj();
    // 10.4.6.11 [[OwnPropertyKeys]] of a module namespace: the exports, then
    // the symbol keys.
    if let Class::Namespace(ns) = &ob.class {
        let mut out: Vec<Value> = ns.exports.iter().map(|e| e.0).collect();
        out.extend(ob.props.entries().iter().map(|e| e.0).filter(|k| k.is_symbol()));
        return out;
    }
    let mut indices: Vec<u32> = Vec::new();
    if let Class::String(s) = ob.class {
        indices.extend(0..s.str().len() as u32);
    }
    for (i, v) in ob.elements.iter().enumerate() {
        if !v.is_hole() || mapped_slot(ob, i as u32).is_some() {
            indices.push(i as u32);
        }
    }
    let mut strings = Vec::new();
    let mut symbols = Vec::new();
    let mut sparse_seen = false;
    let internal = rt().realm.sym_internal_state;
    for (k, _) in ob.props.entries() {
        if k.is_symbol() {
            // Builtins' internal state is not a property JS can see.
            if *k != internal {
                symbols.push(*k);
            }
        } else if let Some(i) = k.str().array_index() {
            indices.push(i);
            sparse_seen = true;
        } else {
            strings.push(*k);
        }
    }
    if sparse_seen || matches!(ob.class, Class::String(_)) {
        indices.sort_unstable();
        indices.dedup();
    }
    let mut out: Vec<Value> = indices.into_iter().map(index_key_string).collect();
    let r = &rt().realm;
    if ob.is_array() || matches!(ob.class, Class::String(_)) {
        out.push(r.atom_length);
    }
    out.extend(strings);
    out.extend(symbols);
    out
}

/// 10.1.10 [[Delete]]
pub fn delete(o: Value, key: Key) -> JsResult<bool> {
    let ob = o.obj();
    match get_own_property(o, key) {
        None => Ok(true),
        Some(s) if !s.configurable() => Ok(false),
        Some(_) => {
            if let Key::Index(i) = key {
                if mapped_slot(ob, i).is_some() {
                    unmap(ob, i);
                    return Ok(true);
                }
                if let Some(v) = ob.elements.get_mut(i as usize) {
                    if !v.is_hole() {
                        *v = Value::HOLE;
                        return Ok(true);
                    }
                }
            }
            ob.props.remove(key.named());
            Ok(true)
        }
    }
}

// ---------------------------------------------------------------------------
// Get / Set / Has

/// 7.3.2 GetV / 10.1.8 [[Get]] starting at object `o` with `receiver`.
pub fn get_with_receiver(mut o: Value, key: Key, receiver: Value) -> JsResult<Value> {
    loop {
        let ob = o.obj();
        // Fast paths for the common storage.
        match key {
            Key::Index(i) => {
                if let Some(&v) = ob.elements.get(i as usize) {
                    if !v.is_hole() {
                        return Ok(v);
                    }
                }
            }
            Key::Named(k) => {
                if let Some(s) = ob.props.get(k) {
                    if !s.is_accessor() {
                        return Ok(s.value);
                    }
                }
            }
        }
        if let Some(s) = get_own_property_checked(o, key)? {
            if s.is_accessor() {
                if s.value.is_undefined() {
                    return Ok(Value::UNDEFINED);
                }
                return call(s.value, receiver, &[]);
            }
            return Ok(s.value);
        }
        if ob.proto.is_null() {
            return Ok(Value::UNDEFINED);
        }
        o = ob.proto;
    }
}

pub fn get(o: Value, key: Key) -> JsResult<Value> {
    get_with_receiver(o, key, o)
}

/// Get on any value: primitives use their prototype (7.3.2 GetV).
pub fn get_v(v: Value, key: Key) -> JsResult<Value> {
    if v.is_object() {
        return get_with_receiver(v, key, v);
    }
    if v.is_string() {
        let s = v.str();
        match key {
            Key::Index(i) if (i as usize) < s.len() => return Ok(new_string(&[s.units()[i as usize]])),
            Key::Named(k) if k == rt().realm.atom_length => return Ok(Value::int(s.len() as i32)),
            _ => {}
        }
    }
    let proto = primitive_prototype(v, key)?;
    get_with_receiver(proto, key, v)
}

fn primitive_prototype(v: Value, key: Key) -> JsResult<Value> {
    let r = &rt().realm;
    if v.is_number() {
        Ok(r.number_prototype)
    } else if v.is_string() {
        Ok(r.string_prototype)
    } else if v.is_bool() {
        Ok(r.boolean_prototype)
    } else if v.is_symbol() {
        Ok(r.symbol_prototype)
    } else {
        Err(type_error(&format!(
            "Cannot read properties of {} (reading '{}')",
            if v.is_null() { "null" } else { "undefined" },
            key_display(key)
        )))
    }
}

/// 10.1.9 [[Set]] (OrdinarySet). Returns false where the spec does.
pub fn set_with_receiver(o: Value, key: Key, v: Value, receiver: Value) -> JsResult<bool> {
    let ob = o.obj();
    // 10.4.6.9 [[Set]] of a module namespace: always false.
    if let Class::Namespace(_) = ob.class {
        return Ok(false);
    }
    if o == receiver {
        // Fast paths: an existing writable own data property.
        match key {
            Key::Index(i) => {
                if let Some(slot) = ob.elements.get_mut(i as usize) {
                    if !slot.is_hole() {
                        *slot = v;
                        return Ok(true);
                    }
                }
            }
            Key::Named(k) => {
                if let Some(s) = ob.props.get_mut(k) {
                    if s.flags & (ACCESSOR | WRITABLE) == WRITABLE {
                        s.value = v;
                        return Ok(true);
                    }
                }
            }
        }
    }
    // 10.1.9.2 OrdinarySetWithOwnDescriptor
    let own = get_own_property(o, key);
    let desc = match own {
        Some(d) => d,
        None => {
            let parent = ob.proto;
            if !parent.is_null() {
                return set_with_receiver(parent, key, v, receiver);
            }
            Slot::data(Value::UNDEFINED, DEFAULT_ATTRS)
        }
    };
    if desc.is_accessor() {
        if desc.setter.is_undefined() {
            return Ok(false);
        }
        call(desc.setter, receiver, &[v])?;
        return Ok(true);
    }
    if !desc.writable() {
        return Ok(false);
    }
    if !receiver.is_object() {
        return Ok(false);
    }
    if let Some(existing) = get_own_property(receiver, key) {
        if existing.is_accessor() || !existing.writable() {
            return Ok(false);
        }
        let rob = receiver.obj();
        if rob.is_array() && key == Key::Named(rt().realm.atom_length) {
            return define_own_property(receiver, key, &PropertyDescriptor { value: Some(v), ..Default::default() });
        }
        let mut s = existing;
        s.value = v;
        store_own(receiver, key, s);
        return Ok(true);
    }
    create_data_property(receiver, key, v)
}

/// PutValue on any base (6.2.5.6), throwing in strict code when [[Set]] fails.
pub fn set_v(base: Value, key: Key, v: Value, strict: bool) -> JsResult<()> {
    let ok = if base.is_object() {
        set_with_receiver(base, key, v, base)?
    } else {
        if base.is_nullish() {
            return Err(type_error(&format!(
                "Cannot set properties of {} (setting '{}')",
                if base.is_null() { "null" } else { "undefined" },
                key_display(key)
            )));
        }
        let proto = primitive_prototype(base, key)?;
        set_with_receiver(proto, key, v, base)?
    };
    if !ok && strict {
        if !base.is_object() {
            return Err(type_error(&format!(
                "Cannot create property '{}' on {} '{}'",
                key_display(key),
                typeof_str(base),
                to_display_string(base)
            )));
        }
        if get_own_property(base, key).is_none() && !base.obj().extensible {
            return Err(type_error(&format!("Cannot add property {}, object is not extensible", key_display(key))));
        }
        return Err(type_error(&format!("Cannot assign to read only property '{}' of object", key_display(key))));
    }
    Ok(())
}

/// 7.3.12 HasProperty
pub fn has_property(mut o: Value, key: Key) -> bool {
    loop {
        if get_own_property(o, key).is_some() {
            return true;
        }
        let p = o.obj().proto;
        if p.is_null() {
            return false;
        }
        o = p;
    }
}

/// 7.3.3 GetMethod
pub fn get_method(v: Value, key: Key) -> JsResult<Option<Value>> {
    let f = get_v(v, key)?;
    if f.is_nullish() {
        return Ok(None);
    }
    if !is_callable(f) {
        return Err(type_error(&format!("{} is not a function", to_display_string(f))));
    }
    Ok(Some(f))
}

// ---------------------------------------------------------------------------
// Calls

pub type CompiledFn = unsafe extern "C" fn(*mut crate::Runtime, Value, Value, u64, *const Value) -> Value;

#[inline]
pub fn is_callable(v: Value) -> bool {
    v.is_object() && v.obj().is_callable()
}

pub fn is_constructor(v: Value) -> bool {
    v.is_object() && v.obj().is_constructor()
}

#[inline]
fn check_native_stack() -> JsResult<()> {
    let marker = 0u8;
    let sp = std::hint::black_box(&marker) as *const u8 as usize;
    if sp < rt().stack_limit {
        return Err(range_error("Maximum call stack size exceeded"));
    }
    Ok(())
}

/// 7.3.14 Call
pub fn call(f: Value, this: Value, args: &[Value]) -> JsResult<Value> {
    if !f.is_object() {
        return Err(type_error(&format!("{} is not a function", to_display_string(f))));
    }
    match &f.obj().class {
        Class::Function(fd) => {
            check_native_stack()?;
            rt().new_target = Value::UNDEFINED;
            if let Some(n) = fd.native {
                rt().native_callee = f;
                return n(this, args, Value::UNDEFINED);
            }
            call_compiled(fd.code, f, this, args)
        }
        Class::BoundFunction { target, this: bthis, args: bargs } => {
            let mut all = bargs.clone();
            all.extend_from_slice(args);
            call(*target, *bthis, &all)
        }
        _ => Err(type_error(&format!("{} is not a function", to_display_string(f)))),
    }
}

/// Runs the compiled closure `f` with `this` undefined and no arguments,
/// with no entry record of its own: a coroutine's body, whose base record
/// (see `coroutine.rs`) is the runtime-to-JS transition.
pub fn call_body(f: Value) -> JsResult<Value> {
    let code = match &f.obj().class {
        Class::Function(fd) if fd.native.is_none() => fd.code,
        _ => return Err(type_error("generator body is not a compiled function")),
    };
    // SAFETY: `code` is the address of a compiled function with the Kiln
    // calling convention.
    let code: CompiledFn = unsafe { std::mem::transmute(code) };
    rt().new_target = Value::UNDEFINED;
    let none = [Value::UNDEFINED; 1];
    let res = unsafe { code(rt() as *mut crate::Runtime, f, Value::UNDEFINED, 0, none.as_ptr()) };
    if res.is_exception() {
        return Err(take_exception());
    }
    Ok(res)
}

/// Runs `f` with a copy of `args` on this native stack frame, so that the
/// conservative stack scan sees the arguments even when the caller's slice
/// lives in a Rust heap buffer (the callee's prologue may reach a safepoint
/// before it has loaded all of them).
#[inline]
/// Runs the compiled function `f` (whose code is `code`, a function with
/// the Kiln calling convention) with `this` and `args`, as a transition
/// from the runtime into JS (`abi::enter_js`).
fn call_compiled(code: usize, f: Value, this: Value, args: &[Value]) -> JsResult<Value> {
    // SAFETY: `code` is the address of a compiled function with the Kiln
    // calling convention.
    let code: CompiledFn = unsafe { std::mem::transmute(code) };
    let r = rt() as *mut crate::Runtime;
    let res = with_stack_args(args, |argv| crate::abi::enter_js(|| unsafe { code(r, f, this, args.len() as u64, argv) }));
    if res.is_exception() {
        return Err(take_exception());
    }
    Ok(res)
}

fn with_stack_args(args: &[Value], f: impl FnOnce(*const Value) -> Value) -> Value {
    const N: usize = 16;
    if args.len() <= N {
        let mut buf = [Value::UNDEFINED; N];
        buf[..args.len()].copy_from_slice(args);
        let r = f(buf.as_ptr());
        std::hint::black_box(&buf);
        return r;
    }
    // Longer lists: keep them reachable from a traced array for the call.
    let holder = new_array(args.to_vec());
    let r = f(holder.obj().elements.as_ptr());
    std::hint::black_box(holder);
    r
}

pub fn take_exception() -> Value {
    let r = rt();
    std::mem::replace(&mut r.exception, Value::UNDEFINED)
}

/// 7.3.15 Construct
pub fn construct(f: Value, args: &[Value], new_target: Value) -> JsResult<Value> {
    if !is_constructor(f) {
        return Err(type_error(&format!("{} is not a constructor", to_display_string(f))));
    }
    match &f.obj().class {
        Class::Function(fd) => {
            check_native_stack()?;
            if let Some(n) = fd.native {
                rt().new_target = Value::UNDEFINED;
                return n(Value::UNDEFINED, args, new_target);
            }
            // 10.2.2 [[Construct]] for a derived constructor: `this` is bound by
            // super(); the code returns the object (or throws).
            if fd.flags & FN_DERIVED != 0 {
                rt().new_target = new_target;
                return call_compiled(fd.code, f, Value::UNDEFINED, args);
            }
            // 10.2.2 [[Construct]] for a base constructor: OrdinaryCreateFromConstructor.
            let proto = get_prototype_from_constructor(new_target, rt().realm.object_prototype)?;
            let this = new_object_with(proto, Class::Ordinary);
            rt().new_target = new_target;
            let res = call_compiled(fd.code, f, this, args)?;
            Ok(if res.is_object() { res } else { this })
        }
        Class::BoundFunction { target, args: bargs, .. } => {
            let mut all = bargs.clone();
            all.extend_from_slice(args);
            let nt = if new_target == f { *target } else { new_target };
            construct(*target, &all, nt)
        }
        _ => unreachable!("is_constructor checked the class"),
    }
}

/// 10.1.14 GetPrototypeFromConstructor
pub fn get_prototype_from_constructor(ctor: Value, default: Value) -> JsResult<Value> {
    if !ctor.is_object() {
        return Ok(default);
    }
    let p = get(ctor, Key::Named(rt().realm.atom_prototype))?;
    Ok(if p.is_object() { p } else { default })
}

// ---------------------------------------------------------------------------
// Type conversion (7.1)

#[derive(Copy, Clone, PartialEq, Eq)]
pub enum Hint {
    Default,
    Number,
    String,
}

/// 7.1.1 ToPrimitive
pub fn to_primitive(v: Value, hint: Hint) -> JsResult<Value> {
    if !v.is_object() {
        return Ok(v);
    }
    let r = &rt().realm;
    if let Some(ex) = get_method(v, Key::Named(r.sym_to_primitive))? {
        let h = match hint {
            Hint::Default => "default",
            Hint::Number => "number",
            Hint::String => "string",
        };
        let res = call(ex, v, &[new_string_from_str(h)])?;
        if res.is_object() {
            return Err(type_error("Cannot convert object to primitive value"));
        }
        return Ok(res);
    }
    ordinary_to_primitive(v, if hint == Hint::String { Hint::String } else { Hint::Number })
}

/// 7.1.1.1 OrdinaryToPrimitive
pub fn ordinary_to_primitive(o: Value, hint: Hint) -> JsResult<Value> {
    let r = &rt().realm;
    let order = if hint == Hint::String { [r.atom_to_string, r.atom_value_of] } else { [r.atom_value_of, r.atom_to_string] };
    for name in order {
        let m = get(o, Key::Named(name))?;
        if is_callable(m) {
            let res = call(m, o, &[])?;
            if !res.is_object() {
                return Ok(res);
            }
        }
    }
    Err(type_error("Cannot convert object to primitive value"))
}

/// 7.1.2 ToBoolean
#[inline]
pub fn to_boolean(v: Value) -> bool {
    if v.is_int() {
        return v.as_int() != 0;
    }
    if v.is_double() {
        let d = v.as_number();
        return !(d == 0.0 || d.is_nan());
    }
    if v.is_string() {
        return !v.str().is_empty();
    }
    if v.is_bool() {
        return v.as_bool();
    }
    v.is_object() || v.is_symbol()
}

/// 7.1.4 ToNumber
pub fn to_number(v: Value) -> JsResult<f64> {
    if v.is_number() {
        return Ok(v.as_number());
    }
    if v.is_string() {
        return Ok(numconv::string_to_number(v.str().units()));
    }
    if v.is_undefined() {
        return Ok(f64::NAN);
    }
    if v.is_null() {
        return Ok(0.0);
    }
    if v.is_bool() {
        return Ok(if v.as_bool() { 1.0 } else { 0.0 });
    }
    if v.is_symbol() {
        return Err(type_error("Cannot convert a Symbol value to a number"));
    }
    let p = to_primitive(v, Hint::Number)?;
    to_number(p)
}

/// 7.1.5 ToIntegerOrInfinity
pub fn to_integer_or_infinity(v: Value) -> JsResult<f64> {
    if v.is_int() {
        return Ok(v.as_int() as f64);
    }
    let n = to_number(v)?;
    if n.is_nan() || n == 0.0 {
        return Ok(0.0);
    }
    Ok(n.trunc())
}

/// 7.1.6 ToInt32
#[inline]
pub fn to_int32(n: f64) -> i32 {
    if n.is_nan() || n.is_infinite() {
        return 0;
    }
    let i = n as i32;
    if i as f64 == n {
        return i;
    }
    let m = n.trunc().rem_euclid(4294967296.0);
    (m as u64 as u32) as i32
}

/// 7.1.7 ToUint32
#[inline]
pub fn to_uint32(n: f64) -> u32 {
    to_int32(n) as u32
}

pub fn to_int32_v(v: Value) -> JsResult<i32> {
    if v.is_int() {
        return Ok(v.as_int());
    }
    Ok(to_int32(to_number(v)?))
}

/// 7.1.17 ToString, returning a string value.
pub fn to_string(v: Value) -> JsResult<Value> {
    if v.is_string() {
        return Ok(v);
    }
    let r = &rt().realm;
    if v.is_int() {
        let i = v.as_int();
        if (0..10).contains(&i) {
            return Ok(r.single_chars[b'0' as usize + i as usize]);
        }
        return Ok(new_string_from_str(&i.to_string()));
    }
    if v.is_double() {
        return Ok(new_string_from_str(&numconv::number_to_string(v.as_number())));
    }
    if v.is_undefined() {
        return Ok(intern_str("undefined"));
    }
    if v.is_null() {
        return Ok(intern_str("null"));
    }
    if v.is_bool() {
        return Ok(intern_str(if v.as_bool() { "true" } else { "false" }));
    }
    if v.is_symbol() {
        return Err(type_error("Cannot convert a Symbol value to a string"));
    }
    let p = to_primitive(v, Hint::String)?;
    to_string(p)
}

pub fn to_rust_string(v: Value) -> JsResult<String> {
    Ok(to_string(v)?.str().to_rust_string())
}

/// A short description for error messages (never throws).
pub fn to_display_string(v: Value) -> String {
    if v.is_object() {
        let o = v.obj();
        if o.is_callable() {
            let n = get_own_property(v, Key::Named(rt().realm.atom_name)).map(|s| s.value);
            return match n {
                Some(n) if n.is_string() && !n.str().is_empty() => n.str().to_rust_string(),
                _ => "function".into(),
            };
        }
        return if o.is_array() { "object".into() } else { "#<Object>".into() };
    }
    if v.is_symbol() {
        return key_display(Key::Named(v));
    }
    if v.is_string() {
        return format!("\"{}\"", v.str().to_rust_string());
    }
    to_rust_string(v).unwrap_or_default()
}

/// 7.1.18 ToObject
pub fn to_object(v: Value) -> JsResult<Value> {
    if v.is_object() {
        return Ok(v);
    }
    let r = &rt().realm;
    let (proto, class) = if v.is_number() {
        (r.number_prototype, Class::Number(v.as_number()))
    } else if v.is_string() {
        (r.string_prototype, Class::String(v))
    } else if v.is_bool() {
        (r.boolean_prototype, Class::Boolean(v.as_bool()))
    } else if v.is_symbol() {
        (r.symbol_prototype, Class::Symbol(v))
    } else {
        return Err(type_error("Cannot convert undefined or null to object"));
    };
    Ok(new_object_with(proto, class))
}

/// 7.1.19 ToPropertyKey
pub fn to_property_key(v: Value) -> JsResult<Key> {
    if v.is_int() && v.as_int() >= 0 {
        return Ok(Key::Index(v.as_int() as u32));
    }
    if v.is_string() {
        return Ok(key_from_string(v));
    }
    if v.is_symbol() {
        return Ok(Key::Named(v));
    }
    let p = to_primitive(v, Hint::String)?;
    if p.is_symbol() {
        return Ok(Key::Named(p));
    }
    let s = to_string(p)?;
    Ok(key_from_string(s))
}

/// 7.1.20 ToLength
pub fn to_length(v: Value) -> JsResult<f64> {
    let n = to_integer_or_infinity(v)?;
    Ok(n.clamp(0.0, 9007199254740991.0))
}

/// 7.3.18 LengthOfArrayLike
pub fn length_of_array_like(o: Value) -> JsResult<f64> {
    if o.is_object() && o.obj().is_array() {
        return Ok(o.obj().length as f64);
    }
    let l = get_v(o, Key::Named(rt().realm.atom_length))?;
    to_length(l)
}

// ---------------------------------------------------------------------------
// Comparison (7.2)

/// 7.2.10 SameValue
pub fn same_value(a: Value, b: Value) -> bool {
    if a.is_number() && b.is_number() {
        let (x, y) = (a.as_number(), b.as_number());
        if x.is_nan() && y.is_nan() {
            return true;
        }
        return x == y && x.is_sign_negative() == y.is_sign_negative();
    }
    strict_equals(a, b)
}

/// 7.2.11 SameValueZero
pub fn same_value_zero(a: Value, b: Value) -> bool {
    if a.is_number() && b.is_number() {
        let (x, y) = (a.as_number(), b.as_number());
        return (x.is_nan() && y.is_nan()) || x == y;
    }
    strict_equals(a, b)
}

/// 7.2.15 IsStrictlyEqual
#[inline]
pub fn strict_equals(a: Value, b: Value) -> bool {
    if a.is_number() && b.is_number() {
        return a.as_number() == b.as_number();
    }
    if a.is_string() && b.is_string() {
        return string_equals(a, b);
    }
    a == b
}

/// 7.2.14 IsLooselyEqual
pub fn loose_equals(a: Value, b: Value) -> JsResult<bool> {
    if a.is_number() && b.is_number() || a.is_string() && b.is_string() {
        return Ok(strict_equals(a, b));
    }
    if a.is_nullish() && b.is_nullish() {
        return Ok(true);
    }
    if a.tag() == b.tag() && !a.is_number() {
        return Ok(a == b);
    }
    if a.is_number() && b.is_string() {
        return Ok(a.as_number() == to_number(b)?);
    }
    if a.is_string() && b.is_number() {
        return Ok(to_number(a)? == b.as_number());
    }
    if a.is_bool() {
        return loose_equals(Value::int(a.as_bool() as i32), b);
    }
    if b.is_bool() {
        return loose_equals(a, Value::int(b.as_bool() as i32));
    }
    if (a.is_number() || a.is_string() || a.is_symbol()) && b.is_object() {
        let p = to_primitive(b, Hint::Default)?;
        return loose_equals(a, p);
    }
    if a.is_object() && (b.is_number() || b.is_string() || b.is_symbol()) {
        let p = to_primitive(a, Hint::Default)?;
        return loose_equals(p, b);
    }
    Ok(false)
}

/// 7.2.13 IsLessThan; `None` is undefined (a NaN was involved).
pub fn is_less_than(x: Value, y: Value, left_first: bool) -> JsResult<Option<bool>> {
    let (px, py) = if left_first {
        let px = to_primitive(x, Hint::Number)?;
        (px, to_primitive(y, Hint::Number)?)
    } else {
        let py = to_primitive(y, Hint::Number)?;
        (to_primitive(x, Hint::Number)?, py)
    };
    if px.is_string() && py.is_string() {
        return Ok(Some(px.str().units() < py.str().units()));
    }
    let nx = to_number(px)?;
    let ny = to_number(py)?;
    if nx.is_nan() || ny.is_nan() {
        return Ok(None);
    }
    Ok(Some(nx < ny))
}

/// 13.5.3 The typeof Operator
pub fn typeof_str(v: Value) -> &'static str {
    if v.is_number() {
        "number"
    } else if v.is_string() {
        "string"
    } else if v.is_bool() {
        "boolean"
    } else if v.is_undefined() {
        "undefined"
    } else if v.is_symbol() {
        "symbol"
    } else if v.is_object() && v.obj().is_callable() {
        "function"
    } else {
        "object"
    }
}

// ---------------------------------------------------------------------------
// Operators (13.15.3 ApplyStringOrNumericBinaryOperator)

pub fn add(a: Value, b: Value) -> JsResult<Value> {
    if a.is_number() && b.is_number() {
        return Ok(Value::number(a.as_number() + b.as_number()));
    }
    if a.is_string() && b.is_string() {
        return concat(a, b);
    }
    let pa = to_primitive(a, Hint::Default)?;
    let pb = to_primitive(b, Hint::Default)?;
    if pa.is_string() || pb.is_string() {
        let sa = to_string(pa)?;
        let sb = to_string(pb)?;
        return concat(sa, sb);
    }
    Ok(Value::number(to_number(pa)? + to_number(pb)?))
}

#[derive(Copy, Clone, Debug)]
pub enum NumOp {
    Sub,
    Mul,
    Div,
    Mod,
    Exp,
    BitAnd,
    BitOr,
    BitXor,
    Shl,
    Sar,
    Shr,
}

/// 6.1.6.1 Number::exponentiate
pub fn exponentiate(base: f64, exp: f64) -> f64 {
    if exp.is_nan() {
        return f64::NAN;
    }
    if exp == 0.0 {
        return 1.0;
    }
    if (base == 1.0 || base == -1.0) && exp.is_infinite() {
        return f64::NAN;
    }
    base.powf(exp)
}

/// 6.1.6.1.6 Number::remainder: truncating, with the sign of the dividend.
pub fn remainder(x: f64, y: f64) -> f64 {
    // Fast path: integers exactly representable in i64 (the common case;
    // the generic fmod is slow).
    const LIMIT: f64 = 9007199254740992.0;
    if x.fract() == 0.0 && y.fract() == 0.0 && x.abs() < LIMIT && y.abs() < LIMIT && y != 0.0 {
        let r = (x as i64 % y as i64) as f64;
        return if r == 0.0 && x.is_sign_negative() { -0.0 } else { r };
    }
    x % y
}

pub fn numeric_op(op: NumOp, a: Value, b: Value) -> JsResult<Value> {
    let x = to_number(a)?;
    let y = to_number(b)?;
    Ok(match op {
        NumOp::Sub => Value::number(x - y),
        NumOp::Mul => Value::number(x * y),
        NumOp::Div => Value::number(x / y),
        NumOp::Mod => Value::number(remainder(x, y)),
        NumOp::Exp => Value::number(exponentiate(x, y)),
        NumOp::BitAnd => Value::int(to_int32(x) & to_int32(y)),
        NumOp::BitOr => Value::int(to_int32(x) | to_int32(y)),
        NumOp::BitXor => Value::int(to_int32(x) ^ to_int32(y)),
        NumOp::Shl => Value::int(to_int32(x).wrapping_shl(to_uint32(y) & 31)),
        NumOp::Sar => Value::int(to_int32(x) >> (to_uint32(y) & 31)),
        NumOp::Shr => Value::number((to_uint32(x) >> (to_uint32(y) & 31)) as f64),
    })
}

/// 13.10.2 InstanceofOperator
pub fn instance_of(v: Value, target: Value) -> JsResult<bool> {
    if !target.is_object() {
        return Err(type_error("Right-hand side of 'instanceof' is not an object"));
    }
    if let Some(h) = get_method(target, Key::Named(rt().realm.sym_has_instance))? {
        let r = call(h, target, &[v])?;
        return Ok(to_boolean(r));
    }
    if !is_callable(target) {
        return Err(type_error("Right-hand side of 'instanceof' is not callable"));
    }
    ordinary_has_instance(target, v)
}

/// 7.3.21 OrdinaryHasInstance
pub fn ordinary_has_instance(c: Value, o: Value) -> JsResult<bool> {
    if !is_callable(c) {
        return Ok(false);
    }
    if let Class::BoundFunction { target, .. } = &c.obj().class {
        return instance_of(o, *target);
    }
    if !o.is_object() {
        return Ok(false);
    }
    let p = get(c, Key::Named(rt().realm.atom_prototype))?;
    if !p.is_object() {
        return Err(type_error("Function has non-object prototype in instanceof check"));
    }
    let mut cur = o.obj().proto;
    while !cur.is_null() {
        if cur == p {
            return Ok(true);
        }
        cur = cur.obj().proto;
    }
    Ok(false)
}

/// 13.10.1 `in`
pub fn has_in(key: Value, target: Value) -> JsResult<bool> {
    if !target.is_object() {
        let k = to_rust_string(key).unwrap_or_default();
        return Err(type_error(&format!(
            "Cannot use 'in' operator to search for '{}' in {}",
            k,
            to_rust_string(target).unwrap_or_default()
        )));
    }
    let k = to_property_key(key)?;
    Ok(has_property(target, k))
}

/// 7.3.19 CreateListFromArrayLike (no element-type restriction).
pub fn list_from_array_like(v: Value) -> JsResult<Vec<Value>> {
    if v.is_nullish() {
        return Ok(Vec::new());
    }
    if !v.is_object() {
        return Err(type_error("CreateListFromArrayLike called on non-object"));
    }
    let len = length_of_array_like(v)? as usize;
    let mut out = Vec::with_capacity(len);
    for i in 0..len {
        out.push(get(v, Key::Index(i as u32))?);
    }
    Ok(out)
}

//! Private class elements: ECMA-262 6.2.10 PrivateElement, 6.2.12 Private
//! Names, 7.3.27–7.3.33 and 13.10.1 (`#x in o`).
//!
//! A Private Name is a symbol cell with a `private` kind (see
//! [`crate::symbol`]); it never reaches JS code. An object's private
//! elements live in `JsObject::privates`, apart from its properties.
//! Errors carry V8's messages.

use crate::error::type_error;
use crate::object::{Slot, ACCESSOR, WRITABLE};
use crate::symbol::{PRIVATE_ACCESSOR, PRIVATE_FIELD, PRIVATE_STATIC};
use crate::value::Value;
use crate::{ops, JsResult};

fn description(name: Value) -> String {
    let d = name.sym().description;
    if d.is_string() {
        d.str().to_rust_string()
    } else {
        String::new()
    }
}

fn class_name(name: Value) -> String {
    let c = name.sym().class_name;
    if c.is_string() {
        c.str().to_rust_string()
    } else {
        "anonymous".into()
    }
}

/// 7.3.27 PrivateElementFind(O, P).
fn find(o: Value, name: Value) -> Option<Slot> {
    if !o.is_object() {
        return None;
    }
    o.obj().privates.as_ref()?.get(name).copied()
}

/// The TypeError of a failed PrivateElementFind: a field's own message,
/// or V8's brand-check messages for methods and accessors.
fn missing(name: Value, write: bool) -> Value {
    let kind = name.sym().private;
    if kind & 3 == PRIVATE_FIELD {
        let d = description(name);
        return if write {
            type_error(&format!("Cannot write private member {d} to an object whose class did not declare it"))
        } else {
            type_error(&format!("Cannot read private member {d} from an object whose class did not declare it"))
        };
    }
    if kind & PRIVATE_STATIC != 0 {
        type_error(&format!("Receiver must be class {}", class_name(name)))
    } else {
        type_error(&format!("Receiver must be an instance of class {}", class_name(name)))
    }
}

/// 13.3.2.1 / 6.2.5.5 GetValue step 3.a: ToObject of the base of a private
/// reference (only null and undefined fail; a primitive has no private
/// elements, so PrivateElementFind fails on it next).
fn check_base(o: Value, name: Value, write: bool) -> JsResult<()> {
    if o.is_nullish() {
        let what = if o.is_null() { "null" } else { "undefined" };
        let d = description(name);
        return Err(if write {
            type_error(&format!("Cannot set properties of {what} (setting '{d}')"))
        } else {
            type_error(&format!("Cannot read properties of {what} (reading '{d}')"))
        });
    }
    Ok(())
}

/// 7.3.30 PrivateGet(O, P).
pub fn get(o: Value, name: Value) -> JsResult<Value> {
    check_base(o, name, false)?;
    let Some(s) = find(o, name) else { return Err(missing(name, false)) };
    if !s.is_accessor() {
        return Ok(s.value);
    }
    if s.value.is_undefined() {
        return Err(type_error(&format!("'{}' was defined without a getter", description(name))));
    }
    ops::call(s.value, o, &[])
}

/// 7.3.33 PrivateSet(O, P, value).
pub fn set(o: Value, name: Value, v: Value) -> JsResult<()> {
    check_base(o, name, true)?;
    let Some(s) = find(o, name) else { return Err(missing(name, true)) };
    if s.is_accessor() {
        if s.setter.is_undefined() {
            return Err(type_error(&format!("'{}' was defined without a setter", description(name))));
        }
        ops::call(s.setter, o, &[v])?;
        return Ok(());
    }
    if !s.writable() {
        return Err(type_error(&format!("Private method '{}' is not writable", description(name))));
    }
    if let Some(slot) = o.obj().privates.as_mut().and_then(|p| p.get_mut(name)) {
        slot.value = v;
    }
    Ok(())
}

/// 7.3.31 PrivateFieldAdd(O, P, value).
pub fn field_add(o: Value, name: Value, v: Value) -> JsResult<()> {
    if !o.is_object() {
        return Err(missing(name, true));
    }
    if find(o, name).is_some() {
        return Err(type_error(&format!("Cannot initialize {} twice on the same object", description(name))));
    }
    o.obj().privates.get_or_insert_with(Default::default).insert(name, Slot::data(v, WRITABLE));
    Ok(())
}

/// 7.3.32 PrivateMethodOrAccessorAdd(O, method): `a` is the method or
/// getter, `b` the setter (undefined for methods or a missing half).
pub fn method_add(o: Value, name: Value, a: Value, b: Value) -> JsResult<()> {
    if !o.is_object() {
        return Err(missing(name, true));
    }
    if find(o, name).is_some() {
        return Err(type_error(&format!("Cannot initialize private methods of class {} twice on the same object", class_name(name))));
    }
    let slot = if name.sym().private & 3 == PRIVATE_ACCESSOR { Slot { value: a, setter: b, flags: ACCESSOR } } else { Slot::data(a, 0) };
    o.obj().privates.get_or_insert_with(Default::default).insert(name, slot);
    Ok(())
}

/// 13.10.1 RelationalExpression : PrivateIdentifier `in` ShiftExpression.
pub fn has(name: Value, o: Value) -> JsResult<bool> {
    if !o.is_object() {
        return Err(type_error(&format!(
            "Cannot use 'in' operator to search for '{}' in {}",
            description(name),
            ops::to_display_string(o)
        )));
    }
    Ok(find(o, name).is_some())
}

//! 23.1 Array objects: the `Array` constructor, `Array.prototype` (itself an
//! Array exotic object), %ArrayIteratorPrototype% and %IteratorPrototype%,
//! plus the iteration helpers (7.4) other builtins share.
//!
//! Every method follows the spec's generic algorithm over `Get`/`Set`/
//! `HasProperty`/`DeletePropertyOrThrow`, so it works on array-likes and
//! observes getters, setters and prototype elements. Some methods have a
//! `// Fast path:` over the dense `elements` vector, taken only when the
//! receiver is a plain Array whose indexed properties all live in `elements`
//! and whose prototype chain has no indexed properties, where the result is
//! indistinguishable from the generic algorithm.
//!
//! GC: temporary lists of values live in JS arrays held in locals (never in
//! a bare `Vec<Value>` across an allocation or a call into JS).

use super::arg;
use crate::error::{range_error, type_error};
use crate::numconv;
use crate::object::*;
use crate::ops;
use crate::realm::{define_method, define_symbol_method, make_constructor, make_native};
use crate::string::{intern_str, new_string};
use crate::value::Value;
use crate::{rt, JsResult, MAX_STRING_LENGTH};
use std::cell::{Cell, RefCell};

/// 2^53 - 1
const MAX_SAFE_INTEGER: f64 = 9007199254740991.0;
/// 2^32 - 1, the largest array length.
const MAX_ARRAY_LENGTH: f64 = 4294967295.0;

// ---------------------------------------------------------------------------
// Interned names used on hot paths (interned strings live for the whole run).

#[derive(Copy, Clone)]
struct Atoms {
    value: Value,
    done: Value,
    next: Value,
    return_: Value,
    join: Value,
    to_locale_string: Value,
}

thread_local! {
    static ATOMS: Cell<Option<Atoms>> = const { Cell::new(None) };
    /// Arrays whose `join`/`toLocaleString` is in progress (cycle detection,
    /// as V8 does: a cyclic reference joins as the empty string). The
    /// objects are kept alive by the native frames that are joining them.
    static JOIN_STACK: RefCell<Vec<u64>> = const { RefCell::new(Vec::new()) };
}

fn atoms() -> Atoms {
    ATOMS.with(|a| match a.get() {
        Some(x) => x,
        None => {
            let x = Atoms {
                value: intern_str("value"),
                done: intern_str("done"),
                next: intern_str("next"),
                return_: intern_str("return"),
                join: intern_str("join"),
                to_locale_string: intern_str("toLocaleString"),
            };
            a.set(Some(x));
            x
        }
    })
}

// ---------------------------------------------------------------------------
// Registration

pub fn init() {
    ATOMS.with(|a| a.set(None));
    let r = &rt().realm;
    let op = r.object_prototype;
    // Well-known symbols this module introduces (global.rs exposes them on
    // `Symbol` when it lists them).
    if r.sym_species.is_undefined() {
        let s = crate::symbol::new_symbol(intern_str("Symbol.species"));
        rt().realm.sym_species = s;
    }
    if rt().realm.sym_is_concat_spreadable.is_undefined() {
        let s = crate::symbol::new_symbol(intern_str("Symbol.isConcatSpreadable"));
        rt().realm.sym_is_concat_spreadable = s;
    }
    if rt().realm.sym_unscopables.is_undefined() {
        let s = crate::symbol::new_symbol(intern_str("Symbol.unscopables"));
        rt().realm.sym_unscopables = s;
    }

    // 23.1.3 Properties of the Array Prototype Object: an Array exotic
    // object whose [[Prototype]] is %Object.prototype%.
    let ap = new_object_with(op, Class::Array);
    rt().realm.array_prototype = ap;
    let c = make_constructor("Array", array_ctor, 1, ap);
    rt().realm.array_constructor = c;

    define_method(c, "from", from, 1);
    define_method(c, "isArray", is_array, 1);
    define_method(c, "of", of, 0);
    // 23.1.2.5 get Array [ @@species ]
    let sg = make_native("get [Symbol.species]", species_getter, 0, false);
    let sp = rt().realm.sym_species;
    c.obj().props.insert(sp, Slot { value: sg, setter: Value::UNDEFINED, flags: ACCESSOR | CONFIGURABLE });

    define_method(ap, "at", at, 1);
    define_method(ap, "concat", concat, 1);
    define_method(ap, "copyWithin", copy_within, 2);
    define_method(ap, "entries", entries, 0);
    define_method(ap, "every", every, 1);
    define_method(ap, "fill", fill, 1);
    define_method(ap, "filter", filter, 1);
    define_method(ap, "find", find, 1);
    define_method(ap, "findIndex", find_index, 1);
    define_method(ap, "findLast", find_last, 1);
    define_method(ap, "findLastIndex", find_last_index, 1);
    define_method(ap, "flat", flat, 0);
    define_method(ap, "flatMap", flat_map, 1);
    define_method(ap, "forEach", for_each, 1);
    define_method(ap, "includes", includes, 1);
    define_method(ap, "indexOf", index_of, 1);
    define_method(ap, "join", join, 1);
    define_method(ap, "keys", keys, 0);
    define_method(ap, "lastIndexOf", last_index_of, 1);
    define_method(ap, "map", map, 1);
    define_method(ap, "pop", pop, 0);
    define_method(ap, "push", push, 1);
    define_method(ap, "reduce", reduce, 1);
    define_method(ap, "reduceRight", reduce_right, 1);
    define_method(ap, "reverse", reverse, 0);
    define_method(ap, "shift", shift, 0);
    define_method(ap, "slice", slice, 2);
    define_method(ap, "some", some, 1);
    define_method(ap, "sort", sort, 1);
    define_method(ap, "splice", splice, 2);
    define_method(ap, "toLocaleString", to_locale_string, 0);
    define_method(ap, "toReversed", to_reversed, 0);
    define_method(ap, "toSorted", to_sorted, 1);
    define_method(ap, "toSpliced", to_spliced, 2);
    define_method(ap, "toString", to_string, 0);
    define_method(ap, "unshift", unshift, 1);
    let vf = define_method(ap, "values", values, 0);
    define_method(ap, "with", with, 2);
    // 23.1.3.40 Array.prototype [ @@iterator ]: the same function object as values.
    let it = rt().realm.sym_iterator;
    ap.obj().props.insert(it, Slot::data(vf, WRITABLE | CONFIGURABLE));
    rt().realm.array_proto_values = vf;
    // 23.1.3.41 Array.prototype [ @@unscopables ]
    let unscopables = new_object_with(Value::NULL, Class::Ordinary);
    for name in [
        "at", "copyWithin", "entries", "fill", "find", "findIndex", "findLast", "findLastIndex", "flat", "flatMap",
        "includes", "keys", "toReversed", "toSorted", "toSpliced", "values",
    ] {
        let k = intern_str(name);
        unscopables.obj().props.insert(k, Slot::data(Value::TRUE, DEFAULT_ATTRS));
    }
    let us = rt().realm.sym_unscopables;
    ap.obj().props.insert(us, Slot::data(unscopables, CONFIGURABLE));

    // 27.1.2 %IteratorPrototype%
    let ip = if rt().realm.iterator_prototype.is_object() {
        rt().realm.iterator_prototype
    } else {
        let ip = new_object_with(rt().realm.object_prototype, Class::Ordinary);
        rt().realm.iterator_prototype = ip;
        ip
    };
    if ip.obj().props.get(it).is_none() {
        define_symbol_method(ip, it, "[Symbol.iterator]", iterator_proto_iterator, 0);
    }

    // 23.1.5.2 %ArrayIteratorPrototype%
    let aip = new_object_with(ip, Class::Ordinary);
    rt().realm.array_iterator_prototype = aip;
    define_method(aip, "next", array_iterator_next, 0);
    let tag = intern_str("Array Iterator");
    aip.obj().props.insert(rt().realm.sym_to_string_tag, Slot::data(tag, CONFIGURABLE));
}

/// %Array.prototype.values%, shared with arguments objects.
pub fn values_function() -> Value {
    rt().realm.array_proto_values
}

// ---------------------------------------------------------------------------
// Small helpers

/// The property key for an integer index in [0, 2^53).
#[inline]
fn key_of(k: f64) -> Key {
    if (0.0..MAX_ARRAY_LENGTH).contains(&k) {
        Key::Index(k as u32)
    } else {
        Key::Named(intern_str(&numconv::number_to_string(k)))
    }
}

#[inline]
pub(crate) fn get_at(o: Value, k: f64) -> JsResult<Value> {
    ops::get(o, key_of(k))
}

#[inline]
fn has_at(o: Value, k: f64) -> bool {
    ops::has_property(o, key_of(k))
}

/// Set(O, k, v, true)
#[inline]
fn set_at(o: Value, k: f64, v: Value) -> JsResult<()> {
    ops::set_v(o, key_of(k), v, true)
}

/// CreateDataPropertyOrThrow(A, k, v)
#[inline]
fn create_at(a: Value, k: f64, v: Value) -> JsResult<()> {
    ops::create_data_property_or_throw(a, key_of(k), v)
}

/// 7.3.10 DeletePropertyOrThrow
fn delete_at(o: Value, k: f64) -> JsResult<()> {
    let key = key_of(k);
    if !ops::delete(o, key)? {
        let what = if o.obj().is_array() { "[object Array]" } else { "[object Object]" };
        return Err(type_error(&format!("Cannot delete property '{}' of {}", ops::key_display(key), what)));
    }
    Ok(())
}

/// Set(O, "length", len, true)
fn set_length(o: Value, len: f64) -> JsResult<()> {
    ops::set_v(o, Key::Named(rt().realm.atom_length), Value::number(len), true)
}

/// ToObject(this value), with V8's message for null and undefined.
fn this_obj(this: Value, name: &str) -> JsResult<Value> {
    if this.is_nullish() {
        return Err(type_error(&format!("Array.prototype.{name} called on null or undefined")));
    }
    ops::to_object(this)
}

/// How V8 names a non-callable value in "... is not a function".
fn fn_display(v: Value) -> String {
    if v.is_string() {
        return v.str().to_rust_string();
    }
    ops::to_display_string(v)
}

fn require_callable(f: Value) -> JsResult<()> {
    if !ops::is_callable(f) {
        return Err(type_error(&format!("{} is not a function", fn_display(f))));
    }
    Ok(())
}

/// A relative start index clamped to [0, len] (the common
/// "If relativeStart = -∞ ... else if < 0 ... else min(relativeStart, len)").
fn relative_index(v: Value, len: f64) -> JsResult<f64> {
    let r = ops::to_integer_or_infinity(v)?;
    Ok(if r < 0.0 { (len + r).max(0.0) } else { r.min(len) })
}

/// A relative end index: undefined means `len`.
fn relative_end(v: Value, len: f64) -> JsResult<f64> {
    if v.is_undefined() {
        Ok(len)
    } else {
        relative_index(v, len)
    }
}

/// Appends to a JS array we own (fresh, dense, writable).
#[inline]
fn push_raw(arr: Value, v: Value) {
    let o = arr.obj();
    o.elements.push(v);
    o.length = o.elements.len() as u32;
}

/// Whether the object's own indexed properties are exactly the non-hole
/// `elements` plus the index keys in `props` (not so for String objects and
/// mapped arguments objects, whose indices are exotic).
fn plain_indexed_storage(ob: &JsObject) -> bool {
    matches!(
        ob.class,
        Class::Ordinary
            | Class::Array
            | Class::Error
            | Class::Arguments(None)
            | Class::Function(_)
            | Class::BoundFunction { .. }
            | Class::Boolean(_)
            | Class::Number(_)
            | Class::Symbol(_)
            | Class::RegExp(_)
            | Class::Date(_)
    )
}

/// Whether no object on the prototype chain starting at `p` has indexed
/// properties (so an absent own index reads as undefined).
fn protos_clean(mut p: Value) -> bool {
    while p.is_object() {
        let po = p.obj();
        if po.sparse || po.elements.iter().any(|v| !v.is_hole()) || !plain_indexed_storage(po) {
            return false;
        }
        p = po.proto;
    }
    true
}

/// A plain Array whose indexed properties all live in `elements` (holes are
/// absent properties), with `elements.len() == length`, and whose prototype
/// chain has no indexed properties.
fn is_dense(o: Value) -> bool {
    if !o.is_object() {
        return false;
    }
    let ob = o.obj();
    ob.is_array() && !ob.sparse && ob.elements.len() == ob.length as usize && protos_clean(ob.proto)
}

/// As [`is_dense`], and also extensible with a writable length, so that
/// creating, deleting and moving elements cannot fail.
fn is_dense_mutable(o: Value) -> bool {
    is_dense(o) && o.obj().extensible && !o.obj().length_readonly
}

/// Reads a dense element (a hole reads as undefined; see [`is_dense`]).
#[inline]
fn hole_to_undefined(v: Value) -> Value {
    if v.is_hole() { Value::UNDEFINED } else { v }
}

/// Whether absent indices of `o` can be skipped by inspecting its own
/// storage: no own string indices and no indexed properties on the
/// prototype chain (so HasProperty of an index is decided by `elements`
/// and the index keys in `props`). Non-arrays only when every integer key
/// below `len` is an array index.
fn can_skip_absent(o: Value, len: f64) -> bool {
    if !o.is_object() {
        return false;
    }
    let ob = o.obj();
    plain_indexed_storage(ob) && (ob.is_array() || len <= MAX_ARRAY_LENGTH) && protos_clean(ob.proto)
}

/// The smallest index in [k, len) that may be present on `o`, or `len`.
/// Skipping absent indices is unobservable (HasProperty of an absent index
/// has no side effects), and the storage is re-inspected at every call, so
/// loops stay exact when callbacks mutate the object. Without a cheap
/// answer this is `k`.
fn next_present(o: Value, k: f64, len: f64) -> f64 {
    if k >= len || !can_skip_absent(o, len) {
        return k;
    }
    let ob = o.obj();
    let mut best = len;
    if k < ob.elements.len() as f64 {
        let ku = k as usize;
        if let Some(p) = ob.elements[ku..].iter().position(|v| !v.is_hole()) {
            best = (ku + p) as f64;
        }
    }
    if ob.sparse {
        for (key, _) in ob.props.entries() {
            if key.is_string() {
                if let Some(i) = key.str().array_index() {
                    let i = i as f64;
                    if i >= k && i < best {
                        best = i;
                    }
                }
            }
        }
    }
    best.max(k)
}

/// The largest index in [0, k] that may be present on `o`, or -1 (see
/// [`next_present`]).
fn prev_present(o: Value, k: f64, len: f64) -> f64 {
    if k < 0.0 || !can_skip_absent(o, len) {
        return k;
    }
    let ob = o.obj();
    let mut best = -1.0;
    let upto = (k as usize).saturating_add(1).min(ob.elements.len());
    if let Some(p) = ob.elements[..upto].iter().rposition(|v| !v.is_hole()) {
        best = p as f64;
    }
    if ob.sparse {
        for (key, _) in ob.props.entries() {
            if key.is_string() {
                if let Some(i) = key.str().array_index() {
                    let i = i as f64;
                    if i <= k && i > best {
                        best = i;
                    }
                }
            }
        }
    }
    best.min(k)
}

/// The native stack check used by recursive algorithms (flat, join).
fn check_stack() -> JsResult<()> {
    let marker = 0u8;
    let sp = std::hint::black_box(&marker) as *const u8 as usize;
    if sp < rt().stack_limit {
        return Err(range_error("Maximum call stack size exceeded"));
    }
    Ok(())
}

/// 10.4.2.2 ArrayCreate(length [, proto])
pub fn array_create(len: f64, proto: Option<Value>) -> JsResult<Value> {
    if len > MAX_ARRAY_LENGTH {
        return Err(range_error("Invalid array length"));
    }
    let a = new_object_with(proto.unwrap_or(rt().realm.array_prototype), Class::Array);
    let o = a.obj();
    o.length = len as u32;
    if len <= 65536.0 {
        // Absent elements are holes; pre-sizing keeps the store dense.
        o.elements = vec![Value::HOLE; len as usize];
    }
    Ok(a)
}

/// 10.4.2.3 ArraySpeciesCreate(originalArray, length). The flag says whether
/// the result is a fresh `ArrayCreate` array.
fn array_species_create(orig: Value, len: f64) -> JsResult<(Value, bool)> {
    if !(orig.is_object() && orig.obj().is_array()) {
        return Ok((array_create(len, None)?, true));
    }
    let r = &rt().realm;
    let mut c = ops::get(orig, Key::Named(r.atom_constructor))?;
    // (Step 4: there is a single realm.)
    if c.is_object() {
        c = ops::get(c, Key::Named(rt().realm.sym_species))?;
        if c.is_null() {
            c = Value::UNDEFINED;
        }
    }
    if c.is_undefined() {
        return Ok((array_create(len, None)?, true));
    }
    if !ops::is_constructor(c) {
        return Err(type_error("object.constructor[Symbol.species] is not a constructor"));
    }
    if c == rt().realm.array_constructor {
        // Fast path: %Array%'s [[Construct]] with one numeric argument.
        return Ok((array_create(len, None)?, true));
    }
    Ok((ops::construct(c, &[Value::number(len)], c)?, false))
}

// ---------------------------------------------------------------------------
// Iteration (7.4)

/// 7.4.1 Iterator Records
#[derive(Copy, Clone)]
pub struct IteratorRecord {
    pub iterator: Value,
    pub next: Value,
    pub done: bool,
}

fn not_iterable(v: Value) -> Value {
    let what = if v.is_nullish() || v.is_object() {
        if ops::is_callable(v) {
            "function".to_string()
        } else if v.is_object() {
            "object".to_string()
        } else {
            ops::typeof_str(v).to_string()
        }
    } else {
        let d = if v.is_string() { format!("\"{}\"", v.str().to_rust_string()) } else { ops::to_display_string(v) };
        format!("{} {}", ops::typeof_str(v), d)
    };
    type_error(&format!("{what} is not iterable (cannot read property Symbol(Symbol.iterator))"))
}

/// 7.4.2 GetIteratorFromMethod
pub fn get_iterator_from_method(obj: Value, method: Value) -> JsResult<IteratorRecord> {
    let iterator = ops::call(method, obj, &[])?;
    if !iterator.is_object() {
        return Err(type_error("Result of the Symbol.iterator method is not an object"));
    }
    let next = ops::get(iterator, Key::Named(atoms().next))?;
    Ok(IteratorRecord { iterator, next, done: false })
}

/// 7.4.3 GetIterator(obj, sync)
pub fn get_iterator(obj: Value) -> JsResult<IteratorRecord> {
    match ops::get_method(obj, Key::Named(rt().realm.sym_iterator))? {
        Some(m) => get_iterator_from_method(obj, m),
        None => Err(not_iterable(obj)),
    }
}

/// 7.4.8 IteratorStepValue: `None` when the iterator is done.
pub fn iterator_step_value(rec: &mut IteratorRecord) -> JsResult<Option<Value>> {
    let step = (|| {
        let result = ops::call(rec.next, rec.iterator, &[])?;
        if !result.is_object() {
            return Err(type_error(&format!("Iterator result {} is not an object", ops::to_display_string(result))));
        }
        let a = atoms();
        let done = ops::get(result, Key::Named(a.done))?;
        if ops::to_boolean(done) {
            return Ok(None);
        }
        Ok(Some(ops::get(result, Key::Named(a.value))?))
    })();
    match step {
        Ok(Some(v)) => Ok(Some(v)),
        other => {
            rec.done = true;
            other
        }
    }
}

/// 7.4.11 IteratorClose(iteratorRecord, completion)
pub fn iterator_close<T>(rec: &IteratorRecord, completion: JsResult<T>) -> JsResult<T> {
    let iterator = rec.iterator;
    let inner = match ops::get_method(iterator, Key::Named(atoms().return_)) {
        Ok(None) => return completion,
        Ok(Some(ret)) => ops::call(ret, iterator, &[]),
        Err(e) => Err(e),
    };
    let v = completion?;
    let inner = inner?;
    if !inner.is_object() {
        return Err(type_error(&format!("Iterator result {} is not an object", ops::to_display_string(inner))));
    }
    Ok(v)
}

/// Whether iterating `obj` with `method` is exactly the built-in array
/// iteration (CreateArrayIterator(obj, value) with the original `next` and
/// no `return` anywhere on the iterator's prototype chain), so that it can
/// run as an index loop with the same observable steps.
pub(crate) fn is_builtin_array_iteration(method: Value) -> bool {
    let r = &rt().realm;
    if method != r.array_proto_values {
        return false;
    }
    let aip = r.array_iterator_prototype;
    let a = atoms();
    let next_ok = match aip.obj().props.get(a.next) {
        Some(s) if !s.is_accessor() && s.value.is_object() => match &s.value.obj().class {
            Class::Function(fd) => fd.native.map(|f| f as usize) == Some(array_iterator_next as NativeFn as usize),
            _ => false,
        },
        _ => false,
    };
    next_ok && !ops::has_property(aip, Key::Named(a.return_))
}

/// Runs `f` on each value produced by iterating `obj` with `method`
/// (GetIteratorFromMethod + IteratorStepValue), closing the iterator when
/// `f` fails (IfAbruptCloseIterator).
pub fn for_each_iterated(obj: Value, method: Value, f: &mut dyn FnMut(Value) -> JsResult<()>) -> JsResult<()> {
    if is_builtin_array_iteration(method) && obj.is_object() {
        // Fast path: %ArrayIteratorPrototype%.next re-reads the length and
        // gets each index in turn; no iterator object is observable.
        let mut k = 0.0;
        loop {
            let len = ops::length_of_array_like(obj)?;
            if k >= len {
                return Ok(());
            }
            let v = get_at(obj, k)?;
            f(v)?;
            k += 1.0;
        }
    }
    let mut rec = get_iterator_from_method(obj, method)?;
    while let Some(v) = iterator_step_value(&mut rec)? {
        if let Err(e) = f(v) {
            return iterator_close(&rec, Err(e));
        }
    }
    Ok(())
}

/// Collects the values of an iterable into a new array (used by
/// Object.fromEntries and friends). Throws a TypeError when `v` is not
/// iterable.
pub fn iterate_to_array(v: Value) -> JsResult<Value> {
    let method = match ops::get_method(v, Key::Named(rt().realm.sym_iterator))? {
        Some(m) => m,
        None => return Err(not_iterable(v)),
    };
    let out = new_array(Vec::new());
    for_each_iterated(v, method, &mut |x| {
        push_raw(out, x);
        Ok(())
    })?;
    Ok(out)
}

/// 7.4.14 CreateIteratorResultObject(value, done)
pub fn create_iter_result(value: Value, done: bool) -> Value {
    let a = atoms();
    let o = new_object();
    let ob = o.obj();
    ob.props.insert(a.value, Slot::data(value, DEFAULT_ATTRS));
    ob.props.insert(a.done, Slot::data(Value::bool(done), DEFAULT_ATTRS));
    o
}

/// 27.1.2.1 %IteratorPrototype% [ @@iterator ] ( )
fn iterator_proto_iterator(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    Ok(this)
}

// ---------------------------------------------------------------------------
// 23.1.5 Array Iterator Objects

const KIND_KEYS: i32 = 0;
const KIND_VALUES: i32 = 1;
const KIND_ENTRIES: i32 = 2;

/// 23.1.5.1 CreateArrayIterator(array, kind). The state lives in a private
/// array under the realm's internal-state symbol:
/// `[%ArrayIteratorPrototype% (a brand), iterated object or undefined, next index, kind]`.
fn create_array_iterator(array: Value, kind: i32) -> Value {
    let r = &rt().realm;
    let aip = r.array_iterator_prototype;
    let state = new_array(vec![aip, array, Value::int(0), Value::int(kind)]);
    let it = new_object_with(aip, Class::Ordinary);
    it.obj().props.insert(rt().realm.sym_internal_state, Slot::data(state, 0));
    it
}

fn array_iterator_state(this: Value) -> Option<Value> {
    if !this.is_object() {
        return None;
    }
    let s = this.obj().props.get(rt().realm.sym_internal_state)?.value;
    if s.is_object() && s.obj().elements.len() == 4 && s.obj().elements[0] == rt().realm.array_iterator_prototype {
        Some(s)
    } else {
        None
    }
}

/// 23.1.5.2.1 %ArrayIteratorPrototype%.next ( )
fn array_iterator_next(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    let Some(state) = array_iterator_state(this) else {
        return Err(type_error(&format!(
            "Method Array Iterator.prototype.next called on incompatible receiver {}",
            ops::to_display_string(this)
        )));
    };
    let a = state.obj().elements[1];
    if a.is_undefined() {
        return Ok(create_iter_result(Value::UNDEFINED, true));
    }
    let index = state.obj().elements[2].as_number();
    let kind = state.obj().elements[3].as_int();
    // The closure of CreateArrayIterator; an abrupt completion ends it.
    let step = (|| -> JsResult<Option<Value>> {
        let len = ops::length_of_array_like(a)?;
        if index >= len {
            return Ok(None);
        }
        let idx = Value::number(index);
        Ok(Some(match kind {
            KIND_KEYS => idx,
            KIND_VALUES => get_at(a, index)?,
            _ => {
                let v = get_at(a, index)?;
                new_array(vec![idx, v])
            }
        }))
    })();
    match step {
        Ok(Some(v)) => {
            state.obj().elements[2] = Value::number(index + 1.0);
            Ok(create_iter_result(v, false))
        }
        Ok(None) => {
            state.obj().elements[1] = Value::UNDEFINED;
            Ok(create_iter_result(Value::UNDEFINED, true))
        }
        Err(e) => {
            state.obj().elements[1] = Value::UNDEFINED;
            Err(e)
        }
    }
}

/// 23.1.3.5 Array.prototype.entries ( )
fn entries(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = this_obj(this, "entries")?;
    Ok(create_array_iterator(o, KIND_ENTRIES))
}

/// 23.1.3.19 Array.prototype.keys ( )
fn keys(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = this_obj(this, "keys")?;
    Ok(create_array_iterator(o, KIND_KEYS))
}

/// 23.1.3.38 Array.prototype.values ( )
fn values(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = this_obj(this, "values")?;
    Ok(create_array_iterator(o, KIND_VALUES))
}

// ---------------------------------------------------------------------------
// 23.1.1 The Array Constructor and 23.1.2 its properties

/// 23.1.1.1 Array ( ...values )
fn array_ctor(_this: Value, args: &[Value], nt: Value) -> JsResult<Value> {
    let r = &rt().realm;
    // 1. If NewTarget is undefined, let newTarget be the active function object.
    let nt = if nt.is_undefined() { r.array_constructor } else { nt };
    // 2. Let proto be ? GetPrototypeFromConstructor(newTarget, "%Array.prototype%").
    let proto = if nt == r.array_constructor {
        r.array_prototype
    } else {
        ops::get_prototype_from_constructor(nt, r.array_prototype)?
    };
    match args.len() {
        // 4. If numberOfArgs = 0, return ! ArrayCreate(0, proto).
        0 => array_create(0.0, Some(proto)),
        // 5. Else if numberOfArgs = 1:
        1 => {
            let len = args[0];
            if !len.is_number() {
                let a = array_create(0.0, Some(proto))?;
                ops::create_data_property_or_throw(a, Key::Index(0), len)?;
                return Ok(a);
            }
            let n = len.as_number();
            let int_len = ops::to_uint32(n);
            if int_len as f64 != n {
                return Err(range_error("Invalid array length"));
            }
            array_create(int_len as f64, Some(proto))
        }
        // 6. Else: CreateDataPropertyOrThrow on a fresh array for each value.
        n => {
            let a = array_create(0.0, Some(proto))?;
            let o = a.obj();
            o.elements = args.to_vec();
            o.length = n as u32;
            Ok(a)
        }
    }
}

/// 23.1.2.1 Array.from ( items [ , mapper [ , thisArg ] ] )
fn from(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let c = this;
    let items = arg(args, 0);
    let mapfn = arg(args, 1);
    let this_arg = arg(args, 2);
    // 2-3. mapping
    let mapping = !mapfn.is_undefined();
    if mapping {
        require_callable(mapfn)?;
    }
    let fresh = |len: Option<f64>| -> JsResult<Value> {
        if ops::is_constructor(c) && c != rt().realm.array_constructor {
            match len {
                Some(l) => ops::construct(c, &[Value::number(l)], c),
                None => ops::construct(c, &[], c),
            }
        } else {
            array_create(len.unwrap_or(0.0), None)
        }
    };
    // 4. Let usingIterator be ? GetMethod(items, @@iterator).
    if let Some(using_iterator) = ops::get_method(items, Key::Named(rt().realm.sym_iterator))? {
        // 5.a-b
        let a = fresh(None)?;
        let mut k = 0.0;
        for_each_iterated(items, using_iterator, &mut |next_value| {
            if k >= MAX_SAFE_INTEGER {
                return Err(type_error("Invalid array length"));
            }
            let v = if mapping { ops::call(mapfn, this_arg, &[next_value, Value::number(k)])? } else { next_value };
            create_at(a, k, v)?;
            k += 1.0;
            Ok(())
        })?;
        set_length(a, k)?;
        return Ok(a);
    }
    // 6. NOTE: items is not an Iterable so assume it is an array-like object.
    let array_like = ops::to_object(items)?;
    let len = ops::length_of_array_like(array_like)?;
    let a = fresh(Some(len))?;
    let mut k = 0.0;
    while k < len {
        let kv = get_at(array_like, k)?;
        let v = if mapping { ops::call(mapfn, this_arg, &[kv, Value::number(k)])? } else { kv };
        create_at(a, k, v)?;
        k += 1.0;
    }
    set_length(a, len)?;
    Ok(a)
}

/// 23.1.2.2 Array.isArray ( arg )
fn is_array(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let a = arg(args, 0);
    Ok(Value::bool(a.is_object() && a.obj().is_array()))
}

/// 23.1.2.3 Array.of ( ...items )
fn of(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let len = args.len() as f64;
    let a = if ops::is_constructor(this) && this != rt().realm.array_constructor {
        ops::construct(this, &[Value::number(len)], this)?
    } else {
        array_create(len, None)?
    };
    for (k, &v) in args.iter().enumerate() {
        create_at(a, k as f64, v)?;
    }
    set_length(a, len)?;
    Ok(a)
}

/// 23.1.2.5 get Array [ @@species ]
fn species_getter(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    Ok(this)
}

// ---------------------------------------------------------------------------
// 23.1.3 Properties of the Array Prototype Object

/// 23.1.3.1 Array.prototype.at ( index )
fn at(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = this_obj(this, "at")?;
    let len = ops::length_of_array_like(o)?;
    let rel = ops::to_integer_or_infinity(arg(args, 0))?;
    let k = if rel >= 0.0 { rel } else { len + rel };
    if k < 0.0 || k >= len {
        return Ok(Value::UNDEFINED);
    }
    get_at(o, k)
}

/// 23.1.3.2.1 IsConcatSpreadable ( O )
fn is_concat_spreadable(o: Value) -> JsResult<bool> {
    if !o.is_object() {
        return Ok(false);
    }
    let spreadable = ops::get(o, Key::Named(rt().realm.sym_is_concat_spreadable))?;
    if !spreadable.is_undefined() {
        return Ok(ops::to_boolean(spreadable));
    }
    Ok(o.obj().is_array())
}

/// 23.1.3.2 Array.prototype.concat ( ...items )
fn concat(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = this_obj(this, "concat")?;
    let (a, fresh) = array_species_create(o, 0.0)?;
    let mut n = 0.0;
    for i in 0..=args.len() {
        let e = if i == 0 { o } else { args[i - 1] };
        let spreadable = is_concat_spreadable(e)?;
        if spreadable {
            let len = ops::length_of_array_like(e)?;
            if n + len > MAX_SAFE_INTEGER {
                return Err(type_error("Invalid array length"));
            }
            if fresh && is_dense(e) && n + len <= MAX_ARRAY_LENGTH && {
                let ao = a.obj();
                ao.is_array() && !ao.sparse && ao.elements.len() == n as usize && ao.length as f64 == n
            } {
                // Fast path: copy the dense elements (holes stay absent).
                let src = e.obj().elements.clone();
                let ao = a.obj();
                ao.elements.extend_from_slice(&src);
                ao.length = ao.elements.len() as u32;
                n += len;
                continue;
            }
            let mut k = 0.0;
            while k < len {
                if has_at(e, k) {
                    let sub = get_at(e, k)?;
                    create_at(a, n, sub)?;
                } else {
                    let next = next_present(e, k + 1.0, len);
                    n += next - k;
                    k = next;
                    continue;
                }
                n += 1.0;
                k += 1.0;
            }
        } else {
            if n >= MAX_SAFE_INTEGER {
                return Err(type_error("Invalid array length"));
            }
            create_at(a, n, e)?;
            n += 1.0;
        }
    }
    set_length(a, n)?;
    Ok(a)
}

/// 23.1.3.4 Array.prototype.copyWithin ( target, start [ , end ] )
fn copy_within(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = this_obj(this, "copyWithin")?;
    let len = ops::length_of_array_like(o)?;
    let mut to = relative_index(arg(args, 0), len)?;
    let mut from = relative_index(arg(args, 1), len)?;
    let fin = relative_end(arg(args, 2), len)?;
    let mut count = (fin - from).min(len - to);
    let dir = if from < to && to < from + count {
        from += count - 1.0;
        to += count - 1.0;
        -1.0
    } else {
        1.0
    };
    while count > 0.0 {
        if has_at(o, from) {
            let v = get_at(o, from)?;
            set_at(o, to, v)?;
        } else {
            delete_at(o, to)?;
        }
        from += dir;
        to += dir;
        count -= 1.0;
    }
    Ok(o)
}

/// Shared loop of every/some/forEach: calls `callback(kValue, k, O)` for
/// each present index; `stop` decides on the result whether to return early.
fn each_present(
    this: Value,
    args: &[Value],
    name: &str,
    f: &mut dyn FnMut(Value, f64, Value) -> JsResult<bool>,
) -> JsResult<bool> {
    let o = this_obj(this, name)?;
    let len = ops::length_of_array_like(o)?;
    let cb = arg(args, 0);
    require_callable(cb)?;
    let this_arg = arg(args, 1);
    let mut k = 0.0;
    while k < len {
        if has_at(o, k) {
            let kv = get_at(o, k)?;
            let r = ops::call(cb, this_arg, &[kv, Value::number(k), o])?;
            if f(r, k, kv)? {
                return Ok(true);
            }
        } else {
            k = next_present(o, k + 1.0, len);
            continue;
        }
        k += 1.0;
    }
    Ok(false)
}

/// 23.1.3.6 Array.prototype.every ( callbackfn [ , thisArg ] )
fn every(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let stopped = each_present(this, args, "every", &mut |r, _, _| Ok(!ops::to_boolean(r)))?;
    Ok(Value::bool(!stopped))
}

/// 23.1.3.28 Array.prototype.some ( callbackfn [ , thisArg ] )
fn some(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let found = each_present(this, args, "some", &mut |r, _, _| Ok(ops::to_boolean(r)))?;
    Ok(Value::bool(found))
}

/// 23.1.3.15 Array.prototype.forEach ( callbackfn [ , thisArg ] )
fn for_each(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    each_present(this, args, "forEach", &mut |_, _, _| Ok(false))?;
    Ok(Value::UNDEFINED)
}

/// 23.1.3.7 Array.prototype.fill ( value [ , start [ , end ] ] )
fn fill(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = this_obj(this, "fill")?;
    let len = ops::length_of_array_like(o)?;
    let value = arg(args, 0);
    let mut k = relative_index(arg(args, 1), len)?;
    let fin = relative_end(arg(args, 2), len)?;
    while k < fin {
        set_at(o, k, value)?;
        k += 1.0;
    }
    Ok(o)
}

/// 23.1.3.8 Array.prototype.filter ( callbackfn [ , thisArg ] )
fn filter(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = this_obj(this, "filter")?;
    let len = ops::length_of_array_like(o)?;
    let cb = arg(args, 0);
    require_callable(cb)?;
    let this_arg = arg(args, 1);
    let (a, _) = array_species_create(o, 0.0)?;
    let mut k = 0.0;
    let mut to = 0.0;
    while k < len {
        if has_at(o, k) {
            let kv = get_at(o, k)?;
            let selected = ops::call(cb, this_arg, &[kv, Value::number(k), o])?;
            if ops::to_boolean(selected) {
                create_at(a, to, kv)?;
                to += 1.0;
            }
        } else {
            k = next_present(o, k + 1.0, len);
            continue;
        }
        k += 1.0;
    }
    Ok(a)
}

/// 23.1.3.12.1 FindViaPredicate(O, len, direction, predicate, thisArg):
/// the index and value found, or (-1, undefined).
fn find_via_predicate(this: Value, args: &[Value], name: &str, ascending: bool) -> JsResult<(f64, Value)> {
    let o = this_obj(this, name)?;
    let len = ops::length_of_array_like(o)?;
    let pred = arg(args, 0);
    require_callable(pred)?;
    let this_arg = arg(args, 1);
    let mut i = 0.0;
    while i < len {
        let k = if ascending { i } else { len - 1.0 - i };
        let kv = get_at(o, k)?;
        let r = ops::call(pred, this_arg, &[kv, Value::number(k), o])?;
        if ops::to_boolean(r) {
            return Ok((k, kv));
        }
        i += 1.0;
    }
    Ok((-1.0, Value::UNDEFINED))
}

/// 23.1.3.9 Array.prototype.find ( predicate [ , thisArg ] )
fn find(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    Ok(find_via_predicate(this, args, "find", true)?.1)
}
/// 23.1.3.10 Array.prototype.findIndex ( predicate [ , thisArg ] )
fn find_index(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    Ok(Value::number(find_via_predicate(this, args, "findIndex", true)?.0))
}
/// 23.1.3.11 Array.prototype.findLast ( predicate [ , thisArg ] )
fn find_last(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    Ok(find_via_predicate(this, args, "findLast", false)?.1)
}
/// 23.1.3.12 Array.prototype.findLastIndex ( predicate [ , thisArg ] )
fn find_last_index(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    Ok(Value::number(find_via_predicate(this, args, "findLastIndex", false)?.0))
}

/// 23.1.3.13.1 FlattenIntoArray(target, source, sourceLen, start, depth [ , mapperFunction, thisArg ])
fn flatten_into_array(
    target: Value,
    source: Value,
    source_len: f64,
    start: f64,
    depth: f64,
    mapper: Option<(Value, Value)>,
) -> JsResult<f64> {
    check_stack()?;
    let mut target_index = start;
    let mut source_index = 0.0;
    while source_index < source_len {
        if has_at(source, source_index) {
            let mut element = get_at(source, source_index)?;
            if let Some((f, this_arg)) = mapper {
                element = ops::call(f, this_arg, &[element, Value::number(source_index), source])?;
            }
            let should_flatten = depth > 0.0 && element.is_object() && element.obj().is_array();
            if should_flatten {
                let new_depth = if depth == f64::INFINITY { depth } else { depth - 1.0 };
                let element_len = ops::length_of_array_like(element)?;
                target_index = flatten_into_array(target, element, element_len, target_index, new_depth, None)?;
            } else {
                if target_index >= MAX_SAFE_INTEGER {
                    return Err(type_error("Invalid array length"));
                }
                create_at(target, target_index, element)?;
                target_index += 1.0;
            }
        } else {
            source_index = next_present(source, source_index + 1.0, source_len);
            continue;
        }
        source_index += 1.0;
    }
    Ok(target_index)
}

/// 23.1.3.13 Array.prototype.flat ( [ depth ] )
fn flat(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = this_obj(this, "flat")?;
    let source_len = ops::length_of_array_like(o)?;
    let d = arg(args, 0);
    let mut depth = 1.0;
    if !d.is_undefined() {
        depth = ops::to_integer_or_infinity(d)?;
        if depth < 0.0 {
            depth = 0.0;
        }
    }
    let (a, _) = array_species_create(o, 0.0)?;
    flatten_into_array(a, o, source_len, 0.0, depth, None)?;
    Ok(a)
}

/// 23.1.3.14 Array.prototype.flatMap ( mapperFunction [ , thisArg ] )
fn flat_map(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = this_obj(this, "flatMap")?;
    let source_len = ops::length_of_array_like(o)?;
    let mapper = arg(args, 0);
    if !ops::is_callable(mapper) {
        return Err(type_error("flatMap mapper function is not callable"));
    }
    let (a, _) = array_species_create(o, 0.0)?;
    flatten_into_array(a, o, source_len, 0.0, 1.0, Some((mapper, arg(args, 1))))?;
    Ok(a)
}

/// 23.1.3.16 Array.prototype.includes ( searchElement [ , fromIndex ] )
fn includes(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = this_obj(this, "includes")?;
    let len = ops::length_of_array_like(o)?;
    if len == 0.0 {
        return Ok(Value::FALSE);
    }
    let n = ops::to_integer_or_infinity(arg(args, 1))?;
    if n == f64::INFINITY {
        return Ok(Value::FALSE);
    }
    let mut k = if n >= 0.0 { n.min(len) } else { (len + n).max(0.0) };
    let target = arg(args, 0);
    if is_dense(o) {
        // Fast path: a hole reads as undefined.
        let ob = o.obj();
        let found = ob.elements[k as usize..].iter().any(|&v| ops::same_value_zero(hole_to_undefined(v), target));
        return Ok(Value::bool(found));
    }
    while k < len {
        let e = get_at(o, k)?;
        if ops::same_value_zero(e, target) {
            return Ok(Value::TRUE);
        }
        if e.is_undefined() && !has_at(o, k) {
            // Absent indices read as undefined, which is not the target.
            k = next_present(o, k + 1.0, len);
            continue;
        }
        k += 1.0;
    }
    Ok(Value::FALSE)
}

/// 23.1.3.17 Array.prototype.indexOf ( searchElement [ , fromIndex ] )
fn index_of(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = this_obj(this, "indexOf")?;
    let len = ops::length_of_array_like(o)?;
    if len == 0.0 {
        return Ok(Value::int(-1));
    }
    let n = ops::to_integer_or_infinity(arg(args, 1))?;
    if n == f64::INFINITY {
        return Ok(Value::int(-1));
    }
    let mut k = if n >= 0.0 { n.min(len) } else { (len + n).max(0.0) };
    let target = arg(args, 0);
    if is_dense(o) {
        // Fast path: holes are absent (skipped).
        let ob = o.obj();
        let pos = ob.elements[k as usize..].iter().position(|&v| !v.is_hole() && ops::strict_equals(v, target));
        return Ok(Value::number(pos.map_or(-1.0, |p| p as f64 + k)));
    }
    while k < len {
        if has_at(o, k) {
            let e = get_at(o, k)?;
            if ops::strict_equals(e, target) {
                return Ok(Value::number(k));
            }
        } else {
            k = next_present(o, k + 1.0, len);
            continue;
        }
        k += 1.0;
    }
    Ok(Value::int(-1))
}

/// 23.1.3.20 Array.prototype.lastIndexOf ( searchElement [ , fromIndex ] )
fn last_index_of(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = this_obj(this, "lastIndexOf")?;
    let len = ops::length_of_array_like(o)?;
    if len == 0.0 {
        return Ok(Value::int(-1));
    }
    // 4. If fromIndex is present ... else let n be len - 1.
    let n = if args.len() > 1 { ops::to_integer_or_infinity(args[1])? } else { len - 1.0 };
    if n == f64::NEG_INFINITY {
        return Ok(Value::int(-1));
    }
    let mut k = if n >= 0.0 { n.min(len - 1.0) } else { len + n };
    let target = arg(args, 0);
    while k >= 0.0 {
        if has_at(o, k) {
            let e = get_at(o, k)?;
            if ops::strict_equals(e, target) {
                return Ok(Value::number(k));
            }
        } else {
            k = prev_present(o, k - 1.0, len);
            continue;
        }
        k -= 1.0;
    }
    Ok(Value::int(-1))
}

/// Pops `o` from the join stack when dropped.
struct JoinGuard(u64);
impl Drop for JoinGuard {
    fn drop(&mut self) {
        JOIN_STACK.with(|s| {
            let mut s = s.borrow_mut();
            if let Some(p) = s.iter().rposition(|&x| x == self.0) {
                s.remove(p);
            }
        });
    }
}

/// Enters `o` into the join stack; `None` when it is already being joined
/// (a cycle, which joins as "" as in V8).
fn enter_join(o: Value) -> Option<JoinGuard> {
    JOIN_STACK.with(|s| {
        let mut s = s.borrow_mut();
        if s.contains(&o.0) {
            None
        } else {
            s.push(o.0);
            Some(JoinGuard(o.0))
        }
    })
}

fn push_units_checked(out: &mut Vec<u16>, u: &[u16]) -> JsResult<()> {
    if out.len() + u.len() > MAX_STRING_LENGTH {
        return Err(range_error("Invalid string length"));
    }
    out.extend_from_slice(u);
    Ok(())
}

/// 23.1.3.18 Array.prototype.join ( separator )
fn join(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = this_obj(this, "join")?;
    let len = ops::length_of_array_like(o)?;
    let s = arg(args, 0);
    let sep = if s.is_undefined() { new_string(&[b',' as u16]) } else { ops::to_string(s)? };
    check_stack()?;
    let Some(_guard) = enter_join(o) else {
        return Ok(rt().realm.empty_string);
    };
    let mut out: Vec<u16> = Vec::new();
    let mut k = 0.0;
    while k < len {
        if k > 0.0 {
            push_units_checked(&mut out, sep.str().units())?;
        }
        let e = get_at(o, k)?;
        if e.is_string() {
            push_units_checked(&mut out, e.str().units())?;
        } else if e.is_int() {
            let t: Vec<u16> = e.as_int().to_string().encode_utf16().collect();
            push_units_checked(&mut out, &t)?;
        } else if !e.is_nullish() {
            let t = ops::to_string(e)?;
            push_units_checked(&mut out, t.str().units())?;
        }
        k += 1.0;
    }
    Ok(new_string(&out))
}

/// 23.1.3.21 Array.prototype.map ( callbackfn [ , thisArg ] )
fn map(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = this_obj(this, "map")?;
    let len = ops::length_of_array_like(o)?;
    let cb = arg(args, 0);
    require_callable(cb)?;
    let this_arg = arg(args, 1);
    let (a, _) = array_species_create(o, len)?;
    let mut k = 0.0;
    while k < len {
        if has_at(o, k) {
            let kv = get_at(o, k)?;
            let mapped = ops::call(cb, this_arg, &[kv, Value::number(k), o])?;
            create_at(a, k, mapped)?;
        } else {
            k = next_present(o, k + 1.0, len);
            continue;
        }
        k += 1.0;
    }
    Ok(a)
}

/// 23.1.3.22 Array.prototype.pop ( )
fn pop(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = this_obj(this, "pop")?;
    if is_dense_mutable(o) && o.obj().length > 0 {
        // Fast path: remove the last element (a hole reads as undefined).
        let ob = o.obj();
        let v = ob.elements.pop().unwrap_or(Value::HOLE);
        ob.length -= 1;
        return Ok(hole_to_undefined(v));
    }
    let len = ops::length_of_array_like(o)?;
    if len == 0.0 {
        set_length(o, 0.0)?;
        return Ok(Value::UNDEFINED);
    }
    let new_len = len - 1.0;
    let element = get_at(o, new_len)?;
    delete_at(o, new_len)?;
    set_length(o, new_len)?;
    Ok(element)
}

/// 23.1.3.23 Array.prototype.push ( ...items )
fn push(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = this_obj(this, "push")?;
    if is_dense_mutable(o) && o.obj().length as f64 + args.len() as f64 <= MAX_ARRAY_LENGTH {
        // Fast path: append to the dense store.
        let ob = o.obj();
        ob.elements.extend_from_slice(args);
        ob.length = ob.elements.len() as u32;
        return Ok(Value::number(ob.length as f64));
    }
    let mut len = ops::length_of_array_like(o)?;
    let arg_count = args.len() as f64;
    if len + arg_count > MAX_SAFE_INTEGER {
        return Err(type_error(&format!(
            "Pushing {} elements on an array-like of length {} is disallowed, as the total surpasses 2**53-1",
            args.len(),
            numconv::number_to_string(len)
        )));
    }
    for &e in args {
        set_at(o, len, e)?;
        len += 1.0;
    }
    set_length(o, len)?;
    Ok(Value::number(len))
}

/// 23.1.3.24-25 Array.prototype.reduce / reduceRight ( callbackfn [ , initialValue ] )
fn reduce_impl(this: Value, args: &[Value], name: &str, ascending: bool) -> JsResult<Value> {
    let o = this_obj(this, name)?;
    let len = ops::length_of_array_like(o)?;
    let cb = arg(args, 0);
    require_callable(cb)?;
    if len == 0.0 && args.len() < 2 {
        return Err(type_error("Reduce of empty array with no initial value"));
    }
    let index = |i: f64| if ascending { i } else { len - 1.0 - i };
    // The loop position after skipping absent indices following index k.
    let skip = |k: f64| {
        if ascending {
            next_present(o, k + 1.0, len)
        } else {
            len - 1.0 - prev_present(o, k - 1.0, len)
        }
    };
    let mut i = 0.0;
    let mut acc;
    if args.len() >= 2 {
        acc = args[1];
    } else {
        let mut present = false;
        acc = Value::UNDEFINED;
        while !present && i < len {
            let k = index(i);
            present = has_at(o, k);
            if present {
                acc = get_at(o, k)?;
                i += 1.0;
            } else {
                i = skip(k);
            }
        }
        if !present {
            return Err(type_error("Reduce of empty array with no initial value"));
        }
    }
    while i < len {
        let k = index(i);
        if has_at(o, k) {
            let kv = get_at(o, k)?;
            acc = ops::call(cb, Value::UNDEFINED, &[acc, kv, Value::number(k), o])?;
        } else {
            i = skip(k);
            continue;
        }
        i += 1.0;
    }
    Ok(acc)
}

/// 23.1.3.24 Array.prototype.reduce ( callbackfn [ , initialValue ] )
fn reduce(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    reduce_impl(this, args, "reduce", true)
}
/// 23.1.3.25 Array.prototype.reduceRight ( callbackfn [ , initialValue ] )
fn reduce_right(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    reduce_impl(this, args, "reduceRight", false)
}

/// 23.1.3.26 Array.prototype.reverse ( )
fn reverse(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = this_obj(this, "reverse")?;
    if is_dense_mutable(o) {
        // Fast path: swapping dense elements (holes swap as absent properties).
        o.obj().elements.reverse();
        return Ok(o);
    }
    let len = ops::length_of_array_like(o)?;
    let middle = (len / 2.0).floor();
    let mut lower = 0.0;
    while lower != middle {
        let upper = len - lower - 1.0;
        let lower_exists = has_at(o, lower);
        let lower_value = if lower_exists { get_at(o, lower)? } else { Value::UNDEFINED };
        let upper_exists = has_at(o, upper);
        let upper_value = if upper_exists { get_at(o, upper)? } else { Value::UNDEFINED };
        match (lower_exists, upper_exists) {
            (true, true) => {
                set_at(o, lower, upper_value)?;
                set_at(o, upper, lower_value)?;
            }
            (false, true) => {
                set_at(o, lower, upper_value)?;
                delete_at(o, upper)?;
            }
            (true, false) => {
                delete_at(o, lower)?;
                set_at(o, upper, lower_value)?;
            }
            (false, false) => {}
        }
        lower += 1.0;
    }
    Ok(o)
}

/// 23.1.3.27 Array.prototype.shift ( )
fn shift(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = this_obj(this, "shift")?;
    if is_dense_mutable(o) && o.obj().length > 0 {
        // Fast path: moving dense elements down one (holes move as absent).
        let ob = o.obj();
        let first = ob.elements.remove(0);
        ob.length -= 1;
        return Ok(hole_to_undefined(first));
    }
    let len = ops::length_of_array_like(o)?;
    if len == 0.0 {
        set_length(o, 0.0)?;
        return Ok(Value::UNDEFINED);
    }
    let first = get_at(o, 0.0)?;
    let mut k = 1.0;
    while k < len {
        if has_at(o, k) {
            let v = get_at(o, k)?;
            set_at(o, k - 1.0, v)?;
        } else {
            delete_at(o, k - 1.0)?;
        }
        k += 1.0;
    }
    delete_at(o, len - 1.0)?;
    set_length(o, len - 1.0)?;
    Ok(first)
}

/// 23.1.3.29 Array.prototype.slice ( start, end )
fn slice(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = this_obj(this, "slice")?;
    let len = ops::length_of_array_like(o)?;
    let mut k = relative_index(arg(args, 0), len)?;
    let fin = relative_end(arg(args, 1), len)?;
    let count = (fin - k).max(0.0);
    let (a, fresh) = array_species_create(o, count)?;
    if fresh && is_dense(o) {
        // Fast path: copy the dense range (holes stay absent).
        let src = o.obj().elements[k as usize..(k + count) as usize].to_vec();
        a.obj().elements = src;
        return Ok(a);
    }
    let mut n = 0.0;
    while k < fin {
        if has_at(o, k) {
            let v = get_at(o, k)?;
            create_at(a, n, v)?;
        } else {
            let next = next_present(o, k + 1.0, fin);
            n += next - k;
            k = next;
            continue;
        }
        k += 1.0;
        n += 1.0;
    }
    set_length(a, n)?;
    Ok(a)
}

// --- Sorting ---------------------------------------------------------------

/// 23.1.3.30.1 SortIndexedProperties(obj, len, SortCompare, holes): the
/// values read, in a fresh JS array, with undefined values counted rather
/// than stored (SortCompare orders them last without calling comparefn).
fn collect_for_sort(obj: Value, len: f64, skip_holes: bool) -> JsResult<(Value, usize)> {
    let items = new_array(Vec::new());
    let mut undefined_count = 0usize;
    let mut k = 0.0;
    while k < len {
        if !skip_holes || has_at(obj, k) {
            let v = get_at(obj, k)?;
            if v.is_undefined() {
                undefined_count += 1;
            } else {
                push_raw(items, v);
            }
        } else {
            k = next_present(obj, k + 1.0, len);
            continue;
        }
        k += 1.0;
    }
    Ok((items, undefined_count))
}

/// Stable merge sort of `0..n` by a fallible "a sorts after b" predicate.
fn merge_sort(n: usize, gt: &mut dyn FnMut(usize, usize) -> JsResult<bool>) -> JsResult<Vec<usize>> {
    let mut a: Vec<usize> = (0..n).collect();
    // Insertion-sort short runs first.
    const RUN: usize = 8;
    let mut start = 0;
    while start < n {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let x = a[i];
            let mut j = i;
            while j > start && gt(a[j - 1], x)? {
                a[j] = a[j - 1];
                j -= 1;
            }
            a[j] = x;
        }
        start = end;
    }
    let mut b = a.clone();
    let mut width = RUN;
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            let (mut i, mut j, mut out) = (lo, mid, lo);
            while i < mid && j < hi {
                if gt(a[i], a[j])? {
                    b[out] = a[j];
                    j += 1;
                } else {
                    b[out] = a[i];
                    i += 1;
                }
                out += 1;
            }
            b[out..out + (mid - i)].copy_from_slice(&a[i..mid]);
            out += mid - i;
            b[out..out + (hi - j)].copy_from_slice(&a[j..hi]);
            lo = hi;
        }
        std::mem::swap(&mut a, &mut b);
        width *= 2;
    }
    Ok(a)
}

/// Sorts the (non-undefined) values of `items` with 23.1.3.30.2
/// SortCompare, returning a new JS array of the sorted values.
fn sort_values(items: Value, comparefn: Value) -> JsResult<Value> {
    let n = items.obj().elements.len();
    if n < 2 {
        return Ok(new_array(items.obj().elements.clone()));
    }
    let order = if comparefn.is_undefined() {
        // Default order: by ToString, comparing code units. Primitive keys
        // are converted once (unobservable); objects at each comparison.
        let keys = new_array(vec![Value::UNDEFINED; n]);
        let mut all_strings = true;
        for i in 0..n {
            let v = items.obj().elements[i];
            let key = if v.is_object() {
                all_strings = false;
                v
            } else {
                ops::to_string(v)?
            };
            keys.obj().elements[i] = key;
        }
        if all_strings {
            let mut order: Vec<usize> = (0..n).collect();
            let ks = &keys.obj().elements;
            order.sort_by(|&x, &y| ks[x].str().units().cmp(ks[y].str().units()));
            order
        } else {
            merge_sort(n, &mut |x, y| {
                let kx = keys.obj().elements[x];
                let kx = if kx.is_string() { kx } else { ops::to_string(kx)? };
                let ky = keys.obj().elements[y];
                let ky = if ky.is_string() { ky } else { ops::to_string(ky)? };
                Ok(kx.str().units() > ky.str().units())
            })?
        }
    } else {
        merge_sort(n, &mut |x, y| {
            let (vx, vy) = (items.obj().elements[x], items.obj().elements[y]);
            let r = ops::call(comparefn, Value::UNDEFINED, &[vx, vy])?;
            let v = if r.is_int() { r.as_int() as f64 } else { ops::to_number(r)? };
            Ok(v > 0.0)
        })?
    };
    let sorted: Vec<Value> = {
        let el = &items.obj().elements;
        order.iter().map(|&i| el[i]).collect()
    };
    // `items` still holds every value while the result array is allocated.
    let out = new_array(sorted);
    std::hint::black_box(items);
    Ok(out)
}

fn check_comparefn(c: Value) -> JsResult<()> {
    if !c.is_undefined() && !ops::is_callable(c) {
        return Err(type_error("The comparison function must be either a function or undefined"));
    }
    Ok(())
}

/// 23.1.3.30 Array.prototype.sort ( comparefn )
fn sort(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let comparefn = arg(args, 0);
    // 1. If comparefn is not undefined and IsCallable(comparefn) is false, throw.
    check_comparefn(comparefn)?;
    let obj = this_obj(this, "sort")?;
    let len = ops::length_of_array_like(obj)?;
    // 5. SortIndexedProperties(obj, len, SortCompare, skip-holes).
    let (items, undefined_count) = collect_for_sort(obj, len, true)?;
    let sorted = sort_values(items, comparefn)?;
    let count = sorted.obj().elements.len();
    // 7-8. Write the sorted values back, then the undefineds.
    let mut j = 0.0;
    for i in 0..count {
        let v = sorted.obj().elements[i];
        set_at(obj, j, v)?;
        j += 1.0;
    }
    for _ in 0..undefined_count {
        set_at(obj, j, Value::UNDEFINED)?;
        j += 1.0;
    }
    // 9. Delete the remaining indices (the holes moved to the end).
    while j < len {
        if has_at(obj, j) {
            delete_at(obj, j)?;
        } else {
            // Deleting an absent property is a no-op.
            j = next_present(obj, j + 1.0, len);
            continue;
        }
        j += 1.0;
    }
    Ok(obj)
}

/// 23.1.3.34 Array.prototype.toSorted ( comparefn )
fn to_sorted(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let comparefn = arg(args, 0);
    check_comparefn(comparefn)?;
    let o = this_obj(this, "toSorted")?;
    let len = ops::length_of_array_like(o)?;
    let a = array_create(len, None)?;
    let (items, undefined_count) = collect_for_sort(o, len, false)?;
    let sorted = sort_values(items, comparefn)?;
    let count = sorted.obj().elements.len();
    let mut j = 0.0;
    for i in 0..count {
        let v = sorted.obj().elements[i];
        create_at(a, j, v)?;
        j += 1.0;
    }
    for _ in 0..undefined_count {
        create_at(a, j, Value::UNDEFINED)?;
        j += 1.0;
    }
    Ok(a)
}

/// Steps 3-11 shared by splice and toSpliced: the relative start, the
/// items to insert, and how many elements to skip (delete).
fn splice_arguments(args: &[Value], len: f64) -> JsResult<(f64, &[Value], f64)> {
    let actual_start = relative_index(arg(args, 0), len)?;
    let items: &[Value] = if args.len() > 2 { &args[2..] } else { &[] };
    let skip = if args.is_empty() {
        0.0
    } else if args.len() == 1 {
        len - actual_start
    } else {
        let count = ops::to_integer_or_infinity(args[1])?;
        count.max(0.0).min(len - actual_start)
    };
    Ok((actual_start, items, skip))
}

/// 23.1.3.31 Array.prototype.splice ( start, deleteCount, ...items )
fn splice(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = this_obj(this, "splice")?;
    let len = ops::length_of_array_like(o)?;
    let (actual_start, items, skip) = splice_arguments(args, len)?;
    let item_count = items.len() as f64;
    if len + item_count - skip > MAX_SAFE_INTEGER {
        return Err(type_error("Invalid array length"));
    }
    let (a, fresh) = array_species_create(o, skip)?;
    let new_len = len - skip + item_count;
    if fresh && is_dense_mutable(o) && new_len <= MAX_ARRAY_LENGTH {
        // Fast path: Vec::splice moves the dense elements exactly as the
        // generic loops do (holes stay absent).
        let (s, e) = (actual_start as usize, (actual_start + skip) as usize);
        let removed: Vec<Value> = o.obj().elements.splice(s..e, items.iter().copied()).collect();
        a.obj().elements = removed;
        o.obj().length = o.obj().elements.len() as u32;
        return Ok(a);
    }
    // 11. Copy the deleted elements.
    let mut k = 0.0;
    while k < skip {
        let from = actual_start + k;
        if has_at(o, from) {
            let v = get_at(o, from)?;
            create_at(a, k, v)?;
        }
        k += 1.0;
    }
    set_length(a, skip)?;
    if item_count < skip {
        // 15. Move elements down.
        let mut k = actual_start;
        while k < len - skip {
            let from = k + skip;
            let to = k + item_count;
            if has_at(o, from) {
                let v = get_at(o, from)?;
                set_at(o, to, v)?;
            } else {
                delete_at(o, to)?;
            }
            k += 1.0;
        }
        let mut k = len;
        while k > len - skip + item_count {
            delete_at(o, k - 1.0)?;
            k -= 1.0;
        }
    } else if item_count > skip {
        // 16. Move elements up.
        let mut k = len - skip;
        while k > actual_start {
            let from = k + skip - 1.0;
            let to = k + item_count - 1.0;
            if has_at(o, from) {
                let v = get_at(o, from)?;
                set_at(o, to, v)?;
            } else {
                delete_at(o, to)?;
            }
            k -= 1.0;
        }
    }
    let mut k = actual_start;
    for &e in items {
        set_at(o, k, e)?;
        k += 1.0;
    }
    set_length(o, new_len)?;
    Ok(a)
}

/// 23.1.3.32 Array.prototype.toLocaleString ( [ reserved1 [ , reserved2 ] ] )
fn to_locale_string(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = this_obj(this, "toLocaleString")?;
    let len = ops::length_of_array_like(o)?;
    check_stack()?;
    let Some(_guard) = enter_join(o) else {
        return Ok(rt().realm.empty_string);
    };
    let mut out: Vec<u16> = Vec::new();
    let mut k = 0.0;
    while k < len {
        if k > 0.0 {
            push_units_checked(&mut out, &[b',' as u16])?;
        }
        let e = get_at(o, k)?;
        if !e.is_nullish() {
            let f = ops::get_v(e, Key::Named(atoms().to_locale_string))?;
            require_callable(f)?;
            let r = ops::call(f, e, &[])?;
            let s = ops::to_string(r)?;
            push_units_checked(&mut out, s.str().units())?;
        }
        k += 1.0;
    }
    Ok(new_string(&out))
}

/// 23.1.3.33 Array.prototype.toReversed ( )
fn to_reversed(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = this_obj(this, "toReversed")?;
    let len = ops::length_of_array_like(o)?;
    let a = array_create(len, None)?;
    let mut k = 0.0;
    while k < len {
        let v = get_at(o, len - k - 1.0)?;
        create_at(a, k, v)?;
        k += 1.0;
    }
    Ok(a)
}

/// 23.1.3.35 Array.prototype.toSpliced ( start, skipCount, ...items )
fn to_spliced(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = this_obj(this, "toSpliced")?;
    let len = ops::length_of_array_like(o)?;
    let (actual_start, items, skip) = splice_arguments(args, len)?;
    let insert_count = items.len() as f64;
    let new_len = len + insert_count - skip;
    if new_len > MAX_SAFE_INTEGER {
        return Err(type_error("Invalid array length"));
    }
    let a = array_create(new_len, None)?;
    let mut i = 0.0;
    let mut r = actual_start + skip;
    while i < actual_start {
        let v = get_at(o, i)?;
        create_at(a, i, v)?;
        i += 1.0;
    }
    for &e in items {
        create_at(a, i, e)?;
        i += 1.0;
    }
    while i < new_len {
        let v = get_at(o, r)?;
        create_at(a, i, v)?;
        i += 1.0;
        r += 1.0;
    }
    Ok(a)
}

/// 23.1.3.36 Array.prototype.toString ( )
fn to_string(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    let array = this_obj(this, "toString")?;
    let func = ops::get(array, Key::Named(atoms().join))?;
    if !ops::is_callable(func) {
        return super::object::object_to_string(array, &[], Value::UNDEFINED);
    }
    ops::call(func, array, &[])
}

/// 23.1.3.37 Array.prototype.unshift ( ...items )
fn unshift(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = this_obj(this, "unshift")?;
    let arg_count = args.len() as f64;
    if arg_count > 0.0 && is_dense_mutable(o) && o.obj().length as f64 + arg_count <= MAX_ARRAY_LENGTH {
        // Fast path: moving the dense elements up (holes move as absent).
        let ob = o.obj();
        ob.elements.splice(0..0, args.iter().copied());
        ob.length = ob.elements.len() as u32;
        return Ok(Value::number(ob.length as f64));
    }
    let len = ops::length_of_array_like(o)?;
    if arg_count > 0.0 {
        if len + arg_count > MAX_SAFE_INTEGER {
            return Err(type_error("Invalid array length"));
        }
        let mut k = len;
        while k > 0.0 {
            let from = k - 1.0;
            let to = k + arg_count - 1.0;
            if has_at(o, from) {
                let v = get_at(o, from)?;
                set_at(o, to, v)?;
            } else {
                delete_at(o, to)?;
            }
            k -= 1.0;
        }
        for (j, &e) in args.iter().enumerate() {
            set_at(o, j as f64, e)?;
        }
    }
    set_length(o, len + arg_count)?;
    Ok(Value::number(len + arg_count))
}

/// 23.1.3.39 Array.prototype.with ( index, value )
fn with(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = this_obj(this, "with")?;
    let len = ops::length_of_array_like(o)?;
    let rel = ops::to_integer_or_infinity(arg(args, 0))?;
    let actual = if rel >= 0.0 { rel } else { len + rel };
    if actual >= len || actual < 0.0 {
        return Err(range_error(&format!("Invalid index : {}", numconv::number_to_string(rel))));
    }
    let a = array_create(len, None)?;
    let value = arg(args, 1);
    let mut k = 0.0;
    while k < len {
        let v = if k == actual { value } else { get_at(o, k)? };
        create_at(a, k, v)?;
        k += 1.0;
    }
    Ok(a)
}

/// 13.2.8.4 GetTemplateObject ( templateLiteral ): one object per site
/// (the realm's [[TemplateMap]], `Jobs::templates`): the cooked strings as
/// a frozen array whose `raw` property is the frozen array of raw strings.
pub fn template_object(site: Value, cooked: Value, raw: Value) -> JsResult<Value> {
    let key = site.0;
    if let Some(&t) = rt().jobs.templates.get(&key) {
        return Ok(t);
    }
    // SetIntegrityLevel(frozen) of both arrays.
    cooked.obj().props.insert(Key::from_str("raw").named(), Slot::data(raw, 0));
    crate::builtins::object::freeze_value(raw)?;
    crate::builtins::object::freeze_value(cooked)?;
    rt().jobs.templates.insert(key, cooked);
    // Keep the site's string alive too (the map is keyed by its bits).
    rt().jobs.template_sites.push(site);
    Ok(cooked)
}

//! Keyed collections: 24.1 Map Objects and 24.2 Set Objects, with their
//! iterators (24.1.5, 24.2.6).
//!
//! Both keep a [`MapData`]: entries in insertion order (a deleted entry's
//! key becomes a hole) and a hash index by SameValueZero. Iterators hold an
//! entry index, so entries added during iteration are visited and deleted
//! ones skipped, as with the spec's List of Records. Deleted entries are
//! compacted away once no iterator of the collection is unfinished.

use super::arg;
use crate::builtins::array::{create_iter_result, get_iterator, iterator_close, iterator_step_value};
use crate::error::type_error;
use crate::object::*;
use crate::ops;
use crate::realm::{define_getter, define_method, define_value, make_constructor, make_native};
use crate::string::intern_str;
use crate::value::Value;
use crate::{rt, JsResult};

pub fn init() {
    let r = &rt().realm;
    let (op, species, tag, iter_sym) = (r.object_prototype, r.sym_species, r.sym_to_string_tag, r.sym_iterator);
    let ip = crate::builtins::string::iterator_prototype();

    // 24.1 Map
    let mp = new_object_with(op, Class::Ordinary);
    rt().realm.map_prototype = mp;
    let mc = make_constructor("Map", map_ctor, 0, mp);
    define_method(mc, "groupBy", map_group_by, 2);
    define_species(mc, species);
    define_method(mp, "clear", map_clear, 0);
    define_method(mp, "delete", map_delete, 1);
    let entries = define_method(mp, "entries", map_entries, 0);
    define_method(mp, "forEach", map_for_each, 1);
    define_method(mp, "get", map_get, 1);
    define_method(mp, "has", map_has, 1);
    define_method(mp, "keys", map_keys, 0);
    define_method(mp, "set", map_set, 2);
    define_getter(mp, "size", map_size);
    define_method(mp, "values", map_values, 0);
    // 24.1.3.12 Map.prototype [ %Symbol.iterator% ] is %Map.prototype.entries%.
    mp.obj().props.insert(iter_sym, Slot::data(entries, WRITABLE | CONFIGURABLE));
    mp.obj().props.insert(tag, Slot::data(intern_str("Map"), CONFIGURABLE));

    // 24.2 Set
    let sp = new_object_with(op, Class::Ordinary);
    rt().realm.set_prototype = sp;
    let sc = make_constructor("Set", set_ctor, 0, sp);
    define_species(sc, species);
    define_method(sp, "add", set_add, 1);
    define_method(sp, "clear", set_clear, 0);
    define_method(sp, "delete", set_delete, 1);
    define_method(sp, "difference", set_difference, 1);
    define_method(sp, "entries", set_entries, 0);
    define_method(sp, "forEach", set_for_each, 1);
    define_method(sp, "has", set_has, 1);
    define_method(sp, "intersection", set_intersection, 1);
    define_method(sp, "isDisjointFrom", set_is_disjoint_from, 1);
    define_method(sp, "isSubsetOf", set_is_subset_of, 1);
    define_method(sp, "isSupersetOf", set_is_superset_of, 1);
    define_getter(sp, "size", set_size);
    define_method(sp, "symmetricDifference", set_symmetric_difference, 1);
    define_method(sp, "union", set_union, 1);
    let values = define_method(sp, "values", set_values, 0);
    // 24.2.4.13 keys and 24.2.4.18 @@iterator are %Set.prototype.values%.
    define_value(sp, "keys", values, WRITABLE | CONFIGURABLE);
    sp.obj().props.insert(iter_sym, Slot::data(values, WRITABLE | CONFIGURABLE));
    sp.obj().props.insert(tag, Slot::data(intern_str("Set"), CONFIGURABLE));

    // 24.1.5.2 %MapIteratorPrototype%, 24.2.6.2 %SetIteratorPrototype%
    let mip = new_object_with(ip, Class::Ordinary);
    rt().realm.map_iterator_prototype = mip;
    define_method(mip, "next", map_iterator_next, 0);
    mip.obj().props.insert(tag, Slot::data(intern_str("Map Iterator"), CONFIGURABLE));
    let sip = new_object_with(ip, Class::Ordinary);
    rt().realm.set_iterator_prototype = sip;
    define_method(sip, "next", set_iterator_next, 0);
    sip.obj().props.insert(tag, Slot::data(intern_str("Set Iterator"), CONFIGURABLE));
}

fn define_species(c: Value, species: Value) {
    // 24.1.2.3 get Map [ %Symbol.species% ] / 24.2.3.2 get Set [ %Symbol.species% ]
    let g = make_native("get [Symbol.species]", species_getter, 0, false);
    c.obj().props.insert(species, Slot { value: g, setter: Value::UNDEFINED, flags: ACCESSOR | CONFIGURABLE });
}

fn species_getter(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    Ok(this)
}

// ---------------------------------------------------------------------------
// MapData

/// A hash consistent with SameValueZero: numbers by value (-0 as +0, one
/// NaN), strings by content, everything else by identity.
fn hash_key(v: Value) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = rustc_hash::FxHasher::default();
    if v.is_number() {
        let n = v.as_number();
        let n = if n == 0.0 { 0.0 } else if n.is_nan() { f64::NAN } else { n };
        1u8.hash(&mut h);
        n.to_bits().hash(&mut h);
    } else if v.is_string() {
        2u8.hash(&mut h);
        v.str().units().hash(&mut h);
    } else {
        3u8.hash(&mut h);
        v.0.hash(&mut h);
    }
    h.finish()
}

impl MapData {
    fn find(&self, key: Value) -> Option<usize> {
        let bucket = self.index.get(&hash_key(key))?;
        bucket.iter().map(|&i| i as usize).find(|&i| ops::same_value_zero(self.entries[i].0, key))
    }

    fn insert(&mut self, key: Value, value: Value) {
        // 24.1.3.9 step 5 / 24.2.3.1 step 4: -0 is stored as +0.
        let key = if key.is_number() && key.as_number() == 0.0 { Value::int(0) } else { key };
        match self.find(key) {
            Some(i) => self.entries[i].1 = value,
            None => {
                self.index.entry(hash_key(key)).or_default().push(self.entries.len() as u32);
                self.entries.push((key, value));
                self.live += 1;
            }
        }
    }

    fn remove(&mut self, key: Value) -> bool {
        let Some(i) = self.find(key) else { return false };
        let h = hash_key(key);
        if let Some(b) = self.index.get_mut(&h) {
            b.retain(|&j| j as usize != i);
            if b.is_empty() {
                self.index.remove(&h);
            }
        }
        self.entries[i] = (Value::HOLE, Value::UNDEFINED);
        self.live -= 1;
        self.compact();
        true
    }

    fn clear(&mut self) {
        for e in &mut self.entries {
            *e = (Value::HOLE, Value::UNDEFINED);
        }
        self.index.clear();
        self.live = 0;
        self.compact();
    }

    /// Drops deleted entries when no iterator holds an index.
    fn compact(&mut self) {
        let dead = self.entries.len() - self.live;
        if self.iterators > 0 || dead < 8 || dead < self.live {
            return;
        }
        self.entries.retain(|e| !e.0.is_hole());
        self.index.clear();
        for (i, &(k, _)) in self.entries.iter().enumerate() {
            self.index.entry(hash_key(k)).or_default().push(i as u32);
        }
    }
}

fn map_data(v: Value) -> Option<&'static mut MapData> {
    if !v.is_object() {
        return None;
    }
    match &mut v.obj().class {
        Class::Map(m) => Some(m),
        _ => None,
    }
}

fn set_data(v: Value) -> Option<&'static mut MapData> {
    if !v.is_object() {
        return None;
    }
    match &mut v.obj().class {
        Class::Set(m) => Some(m),
        _ => None,
    }
}

fn incompatible(method: &str, this: Value) -> Value {
    type_error(&format!("Method {method} called on incompatible receiver {}", ops::to_display_string(this)))
}

fn this_map(this: Value, method: &str) -> JsResult<&'static mut MapData> {
    map_data(this).ok_or_else(|| incompatible(&format!("Map.prototype.{method}"), this))
}

fn this_set(this: Value, method: &str) -> JsResult<&'static mut MapData> {
    set_data(this).ok_or_else(|| incompatible(&format!("Set.prototype.{method}"), this))
}

// ---------------------------------------------------------------------------
// Map

/// 24.1.1.1 Map ( [ iterable ] )
fn map_ctor(_this: Value, args: &[Value], nt: Value) -> JsResult<Value> {
    if nt.is_undefined() {
        return Err(type_error("Constructor Map requires 'new'"));
    }
    let proto = ops::get_prototype_from_constructor(nt, rt().realm.map_prototype)?;
    let map = new_object_with(proto, Class::Map(Box::default()));
    let iterable = arg(args, 0);
    if iterable.is_nullish() {
        return Ok(map);
    }
    let adder = ops::get(map, Key::from_str("set"))?;
    if !ops::is_callable(adder) {
        return Err(type_error("'set' returned for property 'set' of object '#<Map>' is not a function"));
    }
    add_entries_from_iterable(map, iterable, adder)?;
    Ok(map)
}

/// 24.1.1.2 AddEntriesFromIterable
pub(crate) fn add_entries_from_iterable(target: Value, iterable: Value, adder: Value) -> JsResult<()> {
    let mut rec = get_iterator(iterable)?;
    while let Some(item) = iterator_step_value(&mut rec)? {
        let r = (|| -> JsResult<()> {
            if !item.is_object() {
                return Err(type_error(&format!("Iterator value {} is not an entry object", ops::to_display_string(item))));
            }
            let k = ops::get(item, Key::Index(0))?;
            let v = ops::get(item, Key::Index(1))?;
            ops::call(adder, target, &[k, v])?;
            Ok(())
        })();
        if r.is_err() {
            return iterator_close(&rec, r);
        }
    }
    Ok(())
}

/// 24.1.2.1 Map.groupBy ( items, callback )
fn map_group_by(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let (items, callback) = (arg(args, 0), arg(args, 1));
    if items.is_nullish() {
        return Err(type_error(&format!("{} is not iterable", ops::to_display_string(items))));
    }
    if !ops::is_callable(callback) {
        return Err(type_error(&format!("{} is not a function", ops::to_display_string(callback))));
    }
    // 7.3.35 GroupBy(items, callback, collection)
    let map = new_object_with(rt().realm.map_prototype, Class::Map(Box::default()));
    let mut rec = get_iterator(items)?;
    let mut k = 0f64;
    while let Some(value) = iterator_step_value(&mut rec)? {
        let key = match ops::call(callback, Value::UNDEFINED, &[value, Value::number(k)]) {
            Ok(key) => key,
            Err(e) => return iterator_close(&rec, Err(e)),
        };
        let key = if key.is_number() && key.as_number() == 0.0 { Value::int(0) } else { key };
        let m = map_data(map).expect("a Map");
        let group = match m.find(key) {
            Some(i) => m.entries[i].1,
            None => {
                let g = new_array(Vec::new());
                map_data(map).expect("a Map").insert(key, g);
                g
            }
        };
        let go = group.obj();
        go.elements.push(value);
        go.length += 1;
        k += 1.0;
    }
    Ok(map)
}

/// 24.1.3.1 Map.prototype.clear ( )
fn map_clear(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    this_map(this, "clear")?.clear();
    Ok(Value::UNDEFINED)
}

/// 24.1.3.3 Map.prototype.delete ( key )
fn map_delete(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    Ok(Value::bool(this_map(this, "delete")?.remove(arg(args, 0))))
}

/// 24.1.3.6 Map.prototype.get ( key )
fn map_get(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let m = this_map(this, "get")?;
    Ok(m.find(arg(args, 0)).map(|i| m.entries[i].1).unwrap_or(Value::UNDEFINED))
}

/// 24.1.3.7 Map.prototype.has ( key )
fn map_has(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    Ok(Value::bool(this_map(this, "has")?.find(arg(args, 0)).is_some()))
}

/// 24.1.3.9 Map.prototype.set ( key, value )
fn map_set(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    this_map(this, "set")?.insert(arg(args, 0), arg(args, 1));
    Ok(this)
}

/// 24.1.3.10 get Map.prototype.size
fn map_size(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    Ok(Value::number(this_map(this, "size")?.live as f64))
}

/// 24.1.3.5 Map.prototype.forEach ( callbackfn [ , thisArg ] )
fn map_for_each(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    this_map(this, "forEach")?;
    let (f, this_arg) = (arg(args, 0), arg(args, 1));
    if !ops::is_callable(f) {
        return Err(type_error(&format!("{} is not a function", ops::to_display_string(f))));
    }
    for_each_entry(this, map_data, |k, v| ops::call(f, this_arg, &[v, k, this]).map(|_| ()))?;
    Ok(Value::UNDEFINED)
}

/// Visits the live entries in order, seeing entries added by `f` and not
/// those it deletes (an iterator's view), with compaction held off.
fn for_each_entry(this: Value, data: fn(Value) -> Option<&'static mut MapData>, mut f: impl FnMut(Value, Value) -> JsResult<()>) -> JsResult<()> {
    data(this).expect("checked").iterators += 1;
    let mut i = 0;
    let r = loop {
        let m = data(this).expect("checked");
        let Some(&(k, v)) = m.entries.get(i) else { break Ok(()) };
        i += 1;
        if k.is_hole() {
            continue;
        }
        if let Err(e) = f(k, v) {
            break Err(e);
        }
    };
    let m = data(this).expect("checked");
    m.iterators -= 1;
    m.compact();
    r
}

const KIND_KEYS: i32 = 0;
const KIND_VALUES: i32 = 1;
const KIND_ENTRIES: i32 = 2;

/// 24.1.5.1 CreateMapIterator / 24.2.6.1 CreateSetIterator. The state lives
/// under the realm's internal-state symbol: `[brand (the iterator
/// prototype), collection or undefined when done, next index, kind]`.
fn create_iterator(collection: Value, kind: i32, proto: Value, data: &mut MapData) -> Value {
    data.iterators += 1;
    let state = new_array(vec![proto, collection, Value::int(0), Value::int(kind)]);
    let it = new_object_with(proto, Class::Ordinary);
    it.obj().props.insert(rt().realm.sym_internal_state, Slot::data(state, 0));
    it
}

fn iterator_next(this: Value, proto: Value, name: &str, data: fn(Value) -> Option<&'static mut MapData>) -> JsResult<Value> {
    let state = if this.is_object() { this.obj().props.get(rt().realm.sym_internal_state).map(|s| s.value) } else { None };
    let Some(state) = state.filter(|s| s.is_object() && s.obj().elements.len() == 4 && s.obj().elements[0] == proto) else {
        return Err(incompatible(&format!("{name}.prototype.next"), this));
    };
    let st = state.obj();
    let collection = st.elements[1];
    if collection.is_undefined() {
        return Ok(create_iter_result(Value::UNDEFINED, true));
    }
    let m = data(collection).expect("an iterator's collection");
    let mut i = st.elements[2].as_int() as usize;
    let kind = st.elements[3].as_int();
    while let Some(&(k, v)) = m.entries.get(i) {
        i += 1;
        if k.is_hole() {
            continue;
        }
        st.elements[2] = Value::int(i as i32);
        let result = match kind {
            KIND_KEYS => k,
            KIND_VALUES => v,
            KIND_ENTRIES_SET => new_array(vec![k, k]),
            _ => new_array(vec![k, v]),
        };
        return Ok(create_iter_result(result, false));
    }
    // Done: the iterator lets go of the collection.
    st.elements[1] = Value::UNDEFINED;
    m.iterators -= 1;
    m.compact();
    Ok(create_iter_result(Value::UNDEFINED, true))
}

/// 24.1.3.4 Map.prototype.entries ( )
fn map_entries(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    let m = this_map(this, "entries")?;
    Ok(create_iterator(this, KIND_ENTRIES, rt().realm.map_iterator_prototype, m))
}

/// 24.1.3.8 Map.prototype.keys ( )
fn map_keys(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    let m = this_map(this, "keys")?;
    Ok(create_iterator(this, KIND_KEYS, rt().realm.map_iterator_prototype, m))
}

/// 24.1.3.11 Map.prototype.values ( )
fn map_values(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    let m = this_map(this, "values")?;
    Ok(create_iterator(this, KIND_VALUES, rt().realm.map_iterator_prototype, m))
}

/// 24.1.5.2.1 %MapIteratorPrototype%.next ( )
fn map_iterator_next(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    iterator_next(this, rt().realm.map_iterator_prototype, "Map Iterator", map_data)
}

// ---------------------------------------------------------------------------
// Set

/// 24.2.2.1 Set ( [ iterable ] )
fn set_ctor(_this: Value, args: &[Value], nt: Value) -> JsResult<Value> {
    if nt.is_undefined() {
        return Err(type_error("Constructor Set requires 'new'"));
    }
    let proto = ops::get_prototype_from_constructor(nt, rt().realm.set_prototype)?;
    let set = new_object_with(proto, Class::Set(Box::default()));
    let iterable = arg(args, 0);
    if iterable.is_nullish() {
        return Ok(set);
    }
    let adder = ops::get(set, Key::from_str("add"))?;
    if !ops::is_callable(adder) {
        return Err(type_error("'add' returned for property 'add' of object '#<Set>' is not a function"));
    }
    let mut rec = get_iterator(iterable)?;
    while let Some(v) = iterator_step_value(&mut rec)? {
        if let Err(e) = ops::call(adder, set, &[v]) {
            return iterator_close(&rec, Err(e));
        }
    }
    Ok(set)
}

/// 24.2.4.1 Set.prototype.add ( value )
fn set_add(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let v = arg(args, 0);
    let s = this_set(this, "add")?;
    if s.find(v).is_none() {
        s.insert(v, Value::UNDEFINED);
    }
    Ok(this)
}

/// 24.2.4.2 Set.prototype.clear ( )
fn set_clear(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    this_set(this, "clear")?.clear();
    Ok(Value::UNDEFINED)
}

/// 24.2.4.4 Set.prototype.delete ( value )
fn set_delete(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    Ok(Value::bool(this_set(this, "delete")?.remove(arg(args, 0))))
}

/// 24.2.4.9 Set.prototype.has ( value )
fn set_has(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    Ok(Value::bool(this_set(this, "has")?.find(arg(args, 0)).is_some()))
}

/// 24.2.4.14 get Set.prototype.size
fn set_size(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    Ok(Value::number(this_set(this, "size")?.live as f64))
}

/// 24.2.4.8 Set.prototype.forEach ( callbackfn [ , thisArg ] )
fn set_for_each(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    this_set(this, "forEach")?;
    let (f, this_arg) = (arg(args, 0), arg(args, 1));
    if !ops::is_callable(f) {
        return Err(type_error(&format!("{} is not a function", ops::to_display_string(f))));
    }
    for_each_entry(this, set_data, |k, _| ops::call(f, this_arg, &[k, k, this]).map(|_| ()))?;
    Ok(Value::UNDEFINED)
}

/// 24.2.4.6 Set.prototype.entries ( )
fn set_entries(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    let s = this_set(this, "entries")?;
    Ok(create_iterator(this, KIND_ENTRIES_SET, rt().realm.set_iterator_prototype, s))
}

/// A Set's entries are [value, value].
const KIND_ENTRIES_SET: i32 = 3;

/// 24.2.4.17 Set.prototype.values ( )
fn set_values(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    let s = this_set(this, "values")?;
    Ok(create_iterator(this, KIND_KEYS, rt().realm.set_iterator_prototype, s))
}

/// 24.2.6.2.1 %SetIteratorPrototype%.next ( )
fn set_iterator_next(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    iterator_next(this, rt().realm.set_iterator_prototype, "Set Iterator", set_data)
}

// 24.2.1 Abstract Operations for Set Objects (the ES2025 set methods)

/// 24.2.1.1 Set Records
struct SetRecord {
    set: Value,
    size: f64,
    has: Value,
    keys: Value,
}

/// 24.2.1.2 GetSetRecord ( obj )
fn get_set_record(obj: Value) -> JsResult<SetRecord> {
    if !obj.is_object() {
        return Err(type_error(&format!("{} is not an object", ops::to_display_string(obj))));
    }
    let raw = ops::get(obj, Key::from_str("size"))?;
    let num = ops::to_number(raw)?;
    if num.is_nan() {
        return Err(type_error("The 'size' property must be a number"));
    }
    let int = ops::to_integer_or_infinity(Value::number(num))?;
    if int < 0.0 {
        return Err(crate::error::range_error("'size' must be non-negative"));
    }
    let has = ops::get(obj, Key::from_str("has"))?;
    if !ops::is_callable(has) {
        return Err(type_error("The 'has' property must be a function"));
    }
    let keys = ops::get(obj, Key::from_str("keys"))?;
    if !ops::is_callable(keys) {
        return Err(type_error("The 'keys' property must be a function"));
    }
    Ok(SetRecord { set: obj, size: int, has, keys })
}

/// 7.4.2 GetIteratorFromMethod over `keys`, as the set methods use it
/// (24.2.1.2's [[Keys]], next read once).
fn keys_iterator(rec: &SetRecord) -> JsResult<crate::builtins::array::IteratorRecord> {
    let it = ops::call(rec.keys, rec.set, &[])?;
    if !it.is_object() {
        return Err(type_error("The keys() result is not an object"));
    }
    let next = ops::get(it, Key::from_str("next"))?;
    Ok(crate::builtins::array::IteratorRecord { iterator: it, next, done: false })
}

fn has_in(rec: &SetRecord, v: Value) -> JsResult<bool> {
    Ok(ops::to_boolean(ops::call(rec.has, rec.set, &[v])?))
}

/// A copy of a Set's live values.
fn set_values_of(this: Value) -> Vec<Value> {
    set_data(this).map(|s| s.entries.iter().filter(|e| !e.0.is_hole()).map(|e| e.0).collect()).unwrap_or_default()
}

fn new_set_from(values: impl IntoIterator<Item = Value>) -> Value {
    let set = new_object_with(rt().realm.set_prototype, Class::Set(Box::default()));
    let d = set_data(set).expect("a Set");
    for v in values {
        if d.find(v).is_none() {
            d.insert(v, Value::UNDEFINED);
        }
    }
    set
}

/// 24.2.4.19 Set.prototype.union ( other )
fn set_union(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    this_set(this, "union")?;
    let rec = get_set_record(arg(args, 0))?;
    let mut it = keys_iterator(&rec)?;
    let mut result = set_values_of(this);
    while let Some(v) = iterator_step_value(&mut it)? {
        result.push(v);
    }
    Ok(new_set_from(result))
}

/// 24.2.4.10 Set.prototype.intersection ( other )
fn set_intersection(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let size = this_set(this, "intersection")?.live as f64;
    let rec = get_set_record(arg(args, 0))?;
    let mut result = Vec::new();
    if size <= rec.size {
        let mut i = 0;
        loop {
            let s = set_data(this).expect("a Set");
            let Some(&(e, _)) = s.entries.get(i) else { break };
            i += 1;
            if !e.is_hole() && has_in(&rec, e)? {
                result.push(e);
            }
        }
    } else {
        let mut it = keys_iterator(&rec)?;
        while let Some(v) = iterator_step_value(&mut it)? {
            if set_data(this).expect("a Set").find(v).is_some() {
                result.push(v);
            }
        }
    }
    Ok(new_set_from(result))
}

/// 24.2.4.5 Set.prototype.difference ( other )
fn set_difference(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let size = this_set(this, "difference")?.live as f64;
    let rec = get_set_record(arg(args, 0))?;
    let mut result = set_values_of(this);
    if size <= rec.size {
        let mut keep = Vec::new();
        for e in result {
            if !has_in(&rec, e)? {
                keep.push(e);
            }
        }
        result = keep;
    } else {
        let mut it = keys_iterator(&rec)?;
        while let Some(v) = iterator_step_value(&mut it)? {
            result.retain(|&e| !ops::same_value_zero(e, v));
        }
    }
    Ok(new_set_from(result))
}

/// 24.2.4.15 Set.prototype.symmetricDifference ( other )
fn set_symmetric_difference(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    this_set(this, "symmetricDifference")?;
    let rec = get_set_record(arg(args, 0))?;
    let mut it = keys_iterator(&rec)?;
    let result = new_set_from(set_values_of(this));
    while let Some(v) = iterator_step_value(&mut it)? {
        let in_this = set_data(this).expect("a Set").find(v).is_some();
        let r = set_data(result).expect("a Set");
        if in_this {
            r.remove(v);
        } else if r.find(v).is_none() {
            r.insert(v, Value::UNDEFINED);
        }
    }
    Ok(result)
}

/// 24.2.4.11 Set.prototype.isDisjointFrom ( other )
fn set_is_disjoint_from(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let size = this_set(this, "isDisjointFrom")?.live as f64;
    let rec = get_set_record(arg(args, 0))?;
    if size <= rec.size {
        for e in set_values_of(this) {
            if has_in(&rec, e)? {
                return Ok(Value::FALSE);
            }
        }
    } else {
        let mut it = keys_iterator(&rec)?;
        while let Some(v) = iterator_step_value(&mut it)? {
            if set_data(this).expect("a Set").find(v).is_some() {
                return iterator_close(&it, Ok(Value::FALSE));
            }
        }
    }
    Ok(Value::TRUE)
}

/// 24.2.4.12 Set.prototype.isSubsetOf ( other )
fn set_is_subset_of(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let size = this_set(this, "isSubsetOf")?.live as f64;
    let rec = get_set_record(arg(args, 0))?;
    if size > rec.size {
        return Ok(Value::FALSE);
    }
    for e in set_values_of(this) {
        if !has_in(&rec, e)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}

/// 24.2.4.13 Set.prototype.isSupersetOf ( other )
fn set_is_superset_of(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let size = this_set(this, "isSupersetOf")?.live as f64;
    let rec = get_set_record(arg(args, 0))?;
    if size < rec.size {
        return Ok(Value::FALSE);
    }
    let mut it = keys_iterator(&rec)?;
    while let Some(v) = iterator_step_value(&mut it)? {
        if set_data(this).expect("a Set").find(v).is_none() {
            return iterator_close(&it, Ok(Value::FALSE));
        }
    }
    Ok(Value::TRUE)
}

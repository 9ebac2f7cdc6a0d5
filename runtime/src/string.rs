//! Strings: immutable sequences of UTF-16 code units (6.1.4), stored inline
//! after the cell header so that a pointer into the data keeps the cell alive
//! under conservative stack scanning.

use crate::gc::{alloc_raw, CellKind, Header};
use crate::value::Value;
use std::cell::Cell;

#[repr(C)]
pub struct JsString {
    pub header: Header,
    len: u32,
    /// Set once the string is the canonical interned copy of its contents.
    interned: Cell<bool>,
    /// Cached array index value (u32::MAX = not an index, u32::MAX-1 = unknown).
    index_cache: Cell<u32>,
    // followed by `len` u16 code units
}

const DATA_OFFSET: usize = std::mem::size_of::<JsString>();
const NOT_INDEX: u32 = u32::MAX;
const UNKNOWN: u32 = u32::MAX - 1;

impl JsString {
    #[inline]
    pub fn len(&self) -> usize {
        self.len as usize
    }
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
    #[inline]
    pub fn units(&self) -> &[u16] {
        // SAFETY: the cell was allocated with `len` code units after the header.
        unsafe {
            let p = (self as *const JsString as *const u8).add(DATA_OFFSET) as *const u16;
            std::slice::from_raw_parts(p, self.len as usize)
        }
    }
    pub fn is_interned(&self) -> bool {
        self.interned.get()
    }
    pub fn to_rust_string(&self) -> String {
        String::from_utf16_lossy(self.units())
    }
    pub fn trace(&self, _f: &mut dyn FnMut(Value)) {}

    /// 6.1.7 array index: a canonical numeric string for an integer in
    /// [0, 2^32 - 2].
    pub fn array_index(&self) -> Option<u32> {
        let c = self.index_cache.get();
        if c == NOT_INDEX {
            return None;
        }
        if c != UNKNOWN {
            return Some(c);
        }
        let r = parse_array_index(self.units());
        self.index_cache.set(r.unwrap_or(NOT_INDEX));
        r
    }
}

pub fn parse_array_index(u: &[u16]) -> Option<u32> {
    if u.is_empty() || u.len() > 10 {
        return None;
    }
    if u[0] == b'0' as u16 {
        return if u.len() == 1 { Some(0) } else { None };
    }
    let mut n: u64 = 0;
    for &c in u {
        if !(b'0' as u16..=b'9' as u16).contains(&c) {
            return None;
        }
        n = n * 10 + (c - b'0' as u16) as u64;
    }
    if n < u32::MAX as u64 { Some(n as u32) } else { None }
}

fn alloc_string(len: usize) -> *mut JsString {
    let size = (DATA_OFFSET + 2 * len + 7) & !7;
    let p = alloc_raw(size.max(DATA_OFFSET + 8)) as *mut JsString;
    // SAFETY: fresh allocation large enough for the header and the data.
    unsafe {
        p.write(JsString {
            header: Header::new(CellKind::String, size.max(DATA_OFFSET + 8)),
            len: len as u32,
            interned: Cell::new(false),
            index_cache: Cell::new(UNKNOWN),
        });
    }
    p
}

fn data_mut<'a>(p: *mut JsString) -> &'a mut [u16] {
    // SAFETY: p was allocated by alloc_string with room for len units.
    unsafe {
        let d = (p as *mut u8).add(DATA_OFFSET) as *mut u16;
        std::slice::from_raw_parts_mut(d, (*p).len as usize)
    }
}

/// A new (not interned) string with the given code units.
pub fn new_string(units: &[u16]) -> Value {
    if units.is_empty() {
        return crate::rt().realm.empty_string;
    }
    if units.len() == 1 && units[0] < 128 {
        if let Some(v) = crate::rt().realm.single_chars.get(units[0] as usize) {
            return *v;
        }
    }
    let p = alloc_string(units.len());
    data_mut(p).copy_from_slice(units);
    Value::string(p)
}

pub fn new_string_from_str(s: &str) -> Value {
    let units: Vec<u16> = s.encode_utf16().collect();
    new_string(&units)
}

/// Concatenates two strings (13.15.3 ApplyStringOrNumericBinaryOperator, `+`).
pub fn concat(a: Value, b: Value) -> crate::JsResult<Value> {
    let (x, y) = (a.str(), b.str());
    if x.is_empty() {
        return Ok(b);
    }
    if y.is_empty() {
        return Ok(a);
    }
    let len = x.len() + y.len();
    if len > crate::MAX_STRING_LENGTH {
        return Err(crate::error::range_error("Invalid string length"));
    }
    let p = alloc_string(len);
    let d = data_mut(p);
    // Re-read both: `a` and `b` stay alive on our stack across the allocation.
    d[..a.str().len()].copy_from_slice(a.str().units());
    d[a.str().len()..].copy_from_slice(b.str().units());
    Ok(Value::string(p))
}

/// Returns the interned string with these contents, creating it if needed.
/// Interned strings are property keys and are compared by pointer.
pub fn intern(units: &[u16]) -> Value {
    let rt = crate::rt();
    if let Some(&v) = rt.interned.get(units) {
        return v;
    }
    let p = alloc_string(units.len());
    data_mut(p).copy_from_slice(units);
    // SAFETY: p is a fresh string cell.
    unsafe { (*p).interned.set(true) };
    let v = Value::string(p);
    crate::rt().interned.insert(units.to_vec().into_boxed_slice(), v);
    v
}

pub fn intern_str(s: &str) -> Value {
    let units: Vec<u16> = s.encode_utf16().collect();
    intern(&units)
}

/// The interned copy of a string value.
pub fn intern_value(v: Value) -> Value {
    if v.str().is_interned() {
        return v;
    }
    intern(v.str().units())
}

pub fn string_equals(a: Value, b: Value) -> bool {
    if a == b {
        return true;
    }
    let (x, y) = (a.str(), b.str());
    if x.is_interned() && y.is_interned() {
        return false;
    }
    x.units() == y.units()
}

pub fn units_of(s: &str) -> Vec<u16> {
    s.encode_utf16().collect()
}

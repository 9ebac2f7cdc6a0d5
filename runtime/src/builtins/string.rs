//! 22.1 String objects: the `String` constructor, `String.prototype` (itself
//! a String exotic object whose value is ""), and %StringIteratorPrototype%.
//!
//! Strings are sequences of UTF-16 code units; every method here works on
//! `&[u16]` slices and re-reads `v.str().units()` after anything that may
//! allocate or run JS. Result arrays are built by pushing onto a JS array held
//! in a local (never a bare `Vec<Value>` across an allocation).
//!
//! `normalize` is not provided: `unicode-normalization` is not a dependency.

use super::arg;
use crate::error::{range_error, type_error};
use crate::numconv::{is_js_whitespace, number_to_string};
use crate::object::*;
use crate::ops;
use crate::realm::{define_method, define_symbol_method, define_value, make_constructor};
use crate::string::{intern, intern_str, new_string, new_string_from_str};
use crate::value::Value;
use crate::{rt, JsResult, MAX_STRING_LENGTH};

pub fn init() {
    let op = rt().realm.object_prototype;
    // 22.1.3 Properties of the String Prototype Object.
    let sp = new_object_with(op, Class::String(rt().realm.empty_string));
    rt().realm.string_prototype = sp;
    let c = make_constructor("String", string_ctor, 1, sp);
    define_method(c, "fromCharCode", from_char_code, 1);
    define_method(c, "fromCodePoint", from_code_point, 1);
    define_method(c, "raw", raw, 1);

    define_method(sp, "at", at, 1);
    define_method(sp, "charAt", char_at, 1);
    define_method(sp, "charCodeAt", char_code_at, 1);
    define_method(sp, "codePointAt", code_point_at, 1);
    define_method(sp, "concat", concat, 1);
    define_method(sp, "endsWith", ends_with, 1);
    define_method(sp, "includes", includes, 1);
    define_method(sp, "indexOf", index_of, 1);
    define_method(sp, "isWellFormed", is_well_formed, 0);
    define_method(sp, "lastIndexOf", last_index_of, 1);
    define_method(sp, "localeCompare", locale_compare, 1);
    define_method(sp, "match", match_, 1);
    define_method(sp, "matchAll", match_all, 1);
    define_method(sp, "padEnd", pad_end, 1);
    define_method(sp, "padStart", pad_start, 1);
    define_method(sp, "repeat", repeat, 1);
    define_method(sp, "replace", replace, 2);
    define_method(sp, "replaceAll", replace_all, 2);
    define_method(sp, "search", search, 1);
    define_method(sp, "slice", slice, 2);
    define_method(sp, "split", split, 2);
    define_method(sp, "startsWith", starts_with, 1);
    define_method(sp, "substr", substr, 2);
    define_method(sp, "substring", substring, 2);
    define_method(sp, "toLocaleLowerCase", to_lower_case, 0);
    define_method(sp, "toLocaleUpperCase", to_upper_case, 0);
    define_method(sp, "toLowerCase", to_lower_case, 0);
    define_method(sp, "toString", to_string, 0);
    define_method(sp, "toUpperCase", to_upper_case, 0);
    define_method(sp, "toWellFormed", to_well_formed, 0);
    define_method(sp, "trim", trim, 0);
    // B.2.2.15 / B.2.2.16: trimLeft and trimRight are the same function
    // objects as trimStart and trimEnd.
    let ts = define_method(sp, "trimStart", trim_start, 0);
    define_value(sp, "trimLeft", ts, WRITABLE | CONFIGURABLE);
    let te = define_method(sp, "trimEnd", trim_end, 0);
    define_value(sp, "trimRight", te, WRITABLE | CONFIGURABLE);
    define_method(sp, "valueOf", value_of, 0);
    // B.2.2.2-B.2.2.14 HTML methods.
    define_method(sp, "anchor", html_anchor, 1);
    define_method(sp, "big", html_big, 0);
    define_method(sp, "blink", html_blink, 0);
    define_method(sp, "bold", html_bold, 0);
    define_method(sp, "fixed", html_fixed, 0);
    define_method(sp, "fontcolor", html_fontcolor, 1);
    define_method(sp, "fontsize", html_fontsize, 1);
    define_method(sp, "italics", html_italics, 0);
    define_method(sp, "link", html_link, 1);
    define_method(sp, "small", html_small, 0);
    define_method(sp, "strike", html_strike, 0);
    define_method(sp, "sub", html_sub, 0);
    define_method(sp, "sup", html_sup, 0);
    let it = rt().realm.sym_iterator;
    define_symbol_method(sp, it, "[Symbol.iterator]", string_iterator, 0);

    // 22.1.5.1 The %StringIteratorPrototype% Object.
    let ip = iterator_prototype();
    let sip = new_object_with(ip, Class::Ordinary);
    rt().realm.string_iterator_prototype = sip;
    define_method(sip, "next", string_iterator_next, 0);
    let tag = intern_str("String Iterator");
    sip.obj().props.insert(rt().realm.sym_to_string_tag, Slot::data(tag, CONFIGURABLE));
}

/// %IteratorPrototype% when the array builtins have created it; otherwise an
/// object whose `[Symbol.iterator]()` returns `this`.
pub(crate) fn iterator_prototype() -> Value {
    let ip = rt().realm.iterator_prototype;
    if ip.is_object() {
        return ip;
    }
    let ip = new_object_with(rt().realm.object_prototype, Class::Ordinary);
    let it = rt().realm.sym_iterator;
    define_symbol_method(ip, it, "[Symbol.iterator]", return_this, 0);
    rt().realm.iterator_prototype = ip;
    ip
}

fn return_this(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    Ok(this)
}

// ---------------------------------------------------------------------------
// Shared helpers (also used by builtins/regexp.rs)

/// Appends `v` to the JS array `arr` (which the caller holds in a local).
pub(crate) fn push_elem(arr: Value, v: Value) {
    let o = arr.obj();
    o.elements.push(v);
    o.length = o.elements.len() as u32;
}

/// 7.4.14 CreateIteratorResultObject
pub(crate) fn create_iter_result(value: Value, done: bool) -> Value {
    let o = new_object();
    let ob = o.obj();
    ob.props.insert(Key::from_str("value").named(), Slot::data(value, DEFAULT_ATTRS));
    ob.props.insert(Key::from_str("done").named(), Slot::data(Value::bool(done), DEFAULT_ATTRS));
    o
}

/// 6.1.4.1 StringIndexOf(string, searchValue, fromIndex)
pub(crate) fn string_index_of(s: &[u16], search: &[u16], from: usize) -> Option<usize> {
    let (n, m) = (s.len(), search.len());
    if m == 0 {
        return if from <= n { Some(from) } else { None };
    }
    if m > n || from > n - m {
        return None;
    }
    let first = search[0];
    let mut i = from;
    while i + m <= n {
        if s[i] == first && s[i..i + m] == *search {
            return Some(i);
        }
        i += 1;
    }
    None
}

#[inline]
fn is_trail(c: u16) -> bool {
    (0xDC00..=0xDFFF).contains(&c)
}

/// 11.1.4 CodePointAt(string, position): (code point, code unit count,
/// is unpaired surrogate).
pub(crate) fn code_point_at_units(u: &[u16], i: usize) -> (u32, usize, bool) {
    let c = u[i];
    if !(0xD800..=0xDFFF).contains(&c) {
        return (c as u32, 1, false);
    }
    if is_trail(c) || i + 1 == u.len() {
        return (c as u32, 1, true);
    }
    let d = u[i + 1];
    if !is_trail(d) {
        return (c as u32, 1, true);
    }
    (0x10000 + (((c as u32) - 0xD800) << 10) + ((d as u32) - 0xDC00), 2, false)
}

/// RequireObjectCoercible(this) then ToString, with V8's message.
fn this_str(this: Value, name: &str) -> JsResult<Value> {
    if this.is_string() {
        return Ok(this);
    }
    if this.is_nullish() {
        return Err(type_error(&format!("String.prototype.{name} called on null or undefined")));
    }
    ops::to_string(this)
}

fn require_coercible(this: Value, name: &str) -> JsResult<()> {
    if this.is_nullish() {
        return Err(type_error(&format!("String.prototype.{name} called on null or undefined")));
    }
    Ok(())
}

/// ToIntegerOrInfinity(v) clamped to [0, len] (undefined → `dflt`).
fn clamp_pos(v: Value, len: usize, dflt: usize) -> JsResult<usize> {
    if v.is_undefined() {
        return Ok(dflt);
    }
    let n = ops::to_integer_or_infinity(v)?;
    Ok(n.clamp(0.0, len as f64) as usize)
}

/// ToIntegerOrInfinity(v) as a relative index: negative counts from `len`.
fn relative_pos(v: Value, len: usize, dflt: usize) -> JsResult<usize> {
    if v.is_undefined() {
        return Ok(dflt);
    }
    let n = ops::to_integer_or_infinity(v)?;
    Ok(if n < 0.0 { (len as f64 + n).max(0.0) as usize } else { n.min(len as f64) as usize })
}

fn substring_value(s: Value, from: usize, to: usize) -> Value {
    if from == 0 && to == s.str().len() {
        return s;
    }
    new_string(&s.str().units()[from..to])
}

fn check_len(n: usize) -> JsResult<()> {
    if n > MAX_STRING_LENGTH {
        return Err(range_error("Invalid string length"));
    }
    Ok(())
}

fn invoke(v: Value, key: Key, args: &[Value]) -> JsResult<Value> {
    let f = ops::get_v(v, key)?;
    ops::call(f, v, args)
}

// ---------------------------------------------------------------------------
// 22.1.1 The String constructor

/// 22.1.1.1 String(value)
fn string_ctor(_this: Value, args: &[Value], nt: Value) -> JsResult<Value> {
    let s = if args.is_empty() {
        rt().realm.empty_string
    } else {
        let v = args[0];
        if nt.is_undefined() && v.is_symbol() {
            // 20.4.3.3.1 SymbolDescriptiveString
            return Ok(new_string_from_str(&ops::key_display(Key::Named(v))));
        }
        ops::to_string(v)?
    };
    if nt.is_undefined() {
        return Ok(s);
    }
    // 10.4.3.4 StringCreate
    let proto = ops::get_prototype_from_constructor(nt, rt().realm.string_prototype)?;
    Ok(new_object_with(proto, Class::String(s)))
}

/// 22.1.2.1 String.fromCharCode(...codeUnits)
fn from_char_code(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let mut out = Vec::with_capacity(args.len());
    for &a in args {
        let n = if a.is_int() { a.as_int() } else { ops::to_int32(ops::to_number(a)?) };
        out.push(n as u16);
    }
    Ok(new_string(&out))
}

/// 22.1.2.2 String.fromCodePoint(...codePoints)
fn from_code_point(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let mut out = Vec::with_capacity(args.len());
    for &a in args {
        let n = ops::to_number(a)?;
        if n.is_nan() || n.trunc() != n || !(0.0..=1114111.0).contains(&n) {
            return Err(range_error(&format!("Invalid code point {}", number_to_string(n))));
        }
        push_code_point(&mut out, n as u32);
    }
    check_len(out.len())?;
    Ok(new_string(&out))
}

/// 11.1.1 UTF16EncodeCodePoint
fn push_code_point(out: &mut Vec<u16>, cp: u32) {
    if cp < 0x10000 {
        out.push(cp as u16);
    } else {
        let c = cp - 0x10000;
        out.push(0xD800 + (c >> 10) as u16);
        out.push(0xDC00 + (c & 0x3FF) as u16);
    }
}

/// 22.1.2.4 String.raw(template, ...substitutions)
fn raw(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let cooked = ops::to_object(arg(args, 0))?;
    let r = ops::get(cooked, Key::from_str("raw"))?;
    let literals = ops::to_object(r)?;
    let count = ops::length_of_array_like(literals)?;
    if count <= 0.0 {
        return Ok(rt().realm.empty_string);
    }
    let subs = if args.len() > 1 { &args[1..] } else { &[][..] };
    let mut out: Vec<u16> = Vec::new();
    let mut i = 0usize;
    loop {
        let lit = ops::get(literals, Key::Index(i as u32))?;
        let lit = ops::to_string(lit)?;
        out.extend_from_slice(lit.str().units());
        if (i + 1) as f64 >= count {
            check_len(out.len())?;
            return Ok(new_string(&out));
        }
        if i < subs.len() {
            let s = ops::to_string(subs[i])?;
            out.extend_from_slice(s.str().units());
        }
        check_len(out.len())?;
        i += 1;
    }
}

// ---------------------------------------------------------------------------
// 22.1.3 Properties of the String Prototype Object

/// 22.1.3.1 String.prototype.at(index)
fn at(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let s = this_str(this, "at")?;
    let len = s.str().len() as f64;
    let rel = ops::to_integer_or_infinity(arg(args, 0))?;
    let k = if rel >= 0.0 { rel } else { len + rel };
    if k < 0.0 || k >= len {
        return Ok(Value::UNDEFINED);
    }
    Ok(new_string(&[s.str().units()[k as usize]]))
}

/// 22.1.3.2 String.prototype.charAt(pos)
fn char_at(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let s = this_str(this, "charAt")?;
    let p = ops::to_integer_or_infinity(arg(args, 0))?;
    if p < 0.0 || p >= s.str().len() as f64 {
        return Ok(rt().realm.empty_string);
    }
    Ok(new_string(&[s.str().units()[p as usize]]))
}

/// 22.1.3.3 String.prototype.charCodeAt(pos)
fn char_code_at(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let s = this_str(this, "charCodeAt")?;
    let p = ops::to_integer_or_infinity(arg(args, 0))?;
    if p < 0.0 || p >= s.str().len() as f64 {
        return Ok(Value::from_f64(f64::NAN));
    }
    Ok(Value::int(s.str().units()[p as usize] as i32))
}

/// 22.1.3.4 String.prototype.codePointAt(pos)
fn code_point_at(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let s = this_str(this, "codePointAt")?;
    let p = ops::to_integer_or_infinity(arg(args, 0))?;
    if p < 0.0 || p >= s.str().len() as f64 {
        return Ok(Value::UNDEFINED);
    }
    let (cp, _, _) = code_point_at_units(s.str().units(), p as usize);
    Ok(Value::int(cp as i32))
}

/// 22.1.3.5 String.prototype.concat(...args)
fn concat(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let s = this_str(this, "concat")?;
    if args.is_empty() {
        return Ok(s);
    }
    let mut out: Vec<u16> = s.str().units().to_vec();
    for &a in args {
        let t = ops::to_string(a)?;
        out.extend_from_slice(t.str().units());
        check_len(out.len())?;
    }
    Ok(new_string(&out))
}

fn reject_regexp(v: Value, name: &str) -> JsResult<()> {
    if super::regexp::is_regexp(v)? {
        return Err(type_error(&format!("First argument to String.prototype.{name} must not be a regular expression")));
    }
    Ok(())
}

/// 22.1.3.7 String.prototype.endsWith(searchString [, endPosition])
fn ends_with(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let s = this_str(this, "endsWith")?;
    reject_regexp(arg(args, 0), "endsWith")?;
    let search = ops::to_string(arg(args, 0))?;
    let len = s.str().len();
    let end = clamp_pos(arg(args, 1), len, len)?;
    let sl = search.str().len();
    if sl == 0 {
        return Ok(Value::TRUE);
    }
    if sl > end {
        return Ok(Value::FALSE);
    }
    Ok(Value::bool(s.str().units()[end - sl..end] == *search.str().units()))
}

/// 22.1.3.8 String.prototype.includes(searchString [, position])
fn includes(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let s = this_str(this, "includes")?;
    reject_regexp(arg(args, 0), "includes")?;
    let search = ops::to_string(arg(args, 0))?;
    let start = clamp_pos(arg(args, 1), s.str().len(), 0)?;
    Ok(Value::bool(string_index_of(s.str().units(), search.str().units(), start).is_some()))
}

/// 22.1.3.9 String.prototype.indexOf(searchString [, position])
fn index_of(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let s = this_str(this, "indexOf")?;
    let search = ops::to_string(arg(args, 0))?;
    let start = clamp_pos(arg(args, 1), s.str().len(), 0)?;
    Ok(match string_index_of(s.str().units(), search.str().units(), start) {
        Some(i) => Value::int(i as i32),
        None => Value::int(-1),
    })
}

/// 22.1.3.10 String.prototype.isWellFormed()
fn is_well_formed(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    let s = this_str(this, "isWellFormed")?;
    Ok(Value::bool(first_lone_surrogate(s.str().units()).is_none()))
}

fn first_lone_surrogate(u: &[u16]) -> Option<usize> {
    let mut i = 0;
    while i < u.len() {
        let (_, n, lone) = code_point_at_units(u, i);
        if lone {
            return Some(i);
        }
        i += n;
    }
    None
}

/// 22.1.3.11 String.prototype.lastIndexOf(searchString [, position])
fn last_index_of(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let s = this_str(this, "lastIndexOf")?;
    let search = ops::to_string(arg(args, 0))?;
    let num_pos = ops::to_number(arg(args, 1))?;
    let pos = if num_pos.is_nan() { f64::INFINITY } else { ops::to_integer_or_infinity(Value::from_f64(num_pos))? };
    let (u, su) = (s.str().units(), search.str().units());
    let len = u.len();
    let sl = su.len();
    if sl > len {
        return Ok(Value::int(-1));
    }
    let start = pos.clamp(0.0, len as f64) as usize;
    let mut n = start.min(len - sl);
    loop {
        if u[n..n + sl] == *su {
            return Ok(Value::int(n as i32));
        }
        if n == 0 {
            return Ok(Value::int(-1));
        }
        n -= 1;
    }
}

// ---------------------------------------------------------------------------
// localeCompare

/// 22.1.3.12 String.prototype.localeCompare(that [, reserved1 [, reserved2]])
///
/// There is no ICU here. This approximates the CLDR root collation that V8
/// uses: strings are compared first by primary weights (whitespace <
/// punctuation in CLDR's order < symbols < digits < letters, letters
/// compared case- and accent-insensitively, with Latin-1 and Latin
/// Extended-A accented letters folded to their base letters), then by
/// accents, then by case (lowercase before uppercase), and finally by code
/// units. The Intl options `sensitivity` ("base", "accent", "case",
/// "variant") and `numeric` are honoured; locales are ignored.
fn locale_compare(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let s = this_str(this, "localeCompare")?;
    let that = ops::to_string(arg(args, 0))?;
    let options = arg(args, 2);
    let mut numeric = false;
    let mut sensitivity = 3u8; // variant
    if options.is_object() {
        let n = ops::get(options, Key::from_str("numeric"))?;
        numeric = ops::to_boolean(n);
        let sv = ops::get(options, Key::from_str("sensitivity"))?;
        if !sv.is_undefined() {
            let sv = ops::to_rust_string(sv)?;
            sensitivity = match sv.as_str() {
                "base" => 0,
                "accent" => 1,
                "case" => 2,
                "variant" => 3,
                _ => return Err(range_error(&format!("Value {sv} out of range for Intl.Collator options property sensitivity"))),
            };
        }
    }
    let a = collation_key(s.str().units(), numeric);
    let b = collation_key(that.str().units(), numeric);
    let mut ord = a.primary.cmp(&b.primary);
    if ord.is_eq() && (sensitivity == 1 || sensitivity == 3) {
        ord = a.secondary.cmp(&b.secondary);
    }
    if ord.is_eq() && sensitivity >= 2 {
        ord = a.tertiary.cmp(&b.tertiary);
    }
    if ord.is_eq() && sensitivity == 3 {
        ord = s.str().units().cmp(that.str().units());
    }
    Ok(Value::int(match ord {
        std::cmp::Ordering::Less => -1,
        std::cmp::Ordering::Equal => 0,
        std::cmp::Ordering::Greater => 1,
    }))
}

struct CollationKey {
    primary: Vec<(u8, u64)>,
    secondary: Vec<u32>,
    tertiary: Vec<u8>,
}

/// CLDR root order of ASCII punctuation and symbols (all before digits).
const ASCII_PUNCT_ORDER: &str = "_-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$";

/// Base letters for U+0100..=U+017F (Latin Extended-A).
const LATIN_EXT_A_BASE: &[u8; 128] =
    b"aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllllnnnnnnnnnoooooooorrrrrrsssssssstttttttuuuuuuuuuuuwwyyyzzzzzzs";

/// Folds a letter to (base letters, accent weight); accent 0 = none.
fn fold_letter(c: char) -> (&'static str, Option<char>, u32) {
    let lc = c.to_lowercase().next().unwrap_or(c);
    let cp = lc as u32;
    let base: Option<&'static str> = match cp {
        0xE0..=0xE5 => Some("a"),
        0xE6 => Some("ae"),
        0xE7 => Some("c"),
        0xE8..=0xEB => Some("e"),
        0xEC..=0xEF => Some("i"),
        0xF0 => Some("d"),
        0xF1 => Some("n"),
        0xF2..=0xF6 | 0xF8 => Some("o"),
        0xF9..=0xFC => Some("u"),
        0xFD | 0xFF => Some("y"),
        0xFE => Some("th"),
        0xDF => Some("ss"),
        0x153 => Some("oe"),
        0x133 => Some("ij"),
        _ => None,
    };
    if let Some(b) = base {
        return (b, None, cp);
    }
    if (0x100..=0x17F).contains(&cp) {
        let b = LATIN_EXT_A_BASE[(cp - 0x100) as usize] as char;
        return ("", Some(b), cp);
    }
    ("", Some(lc), 0)
}

fn collation_key(u: &[u16], numeric: bool) -> CollationKey {
    let mut k = CollationKey { primary: Vec::new(), secondary: Vec::new(), tertiary: Vec::new() };
    let mut i = 0;
    while i < u.len() {
        let (cp, n, _) = code_point_at_units(u, i);
        // Numeric collation: a run of ASCII digits is one weight.
        if numeric && (0x30..=0x39).contains(&cp) {
            let mut j = i;
            while j < u.len() && (0x30..=0x39).contains(&u[j]) {
                j += 1;
            }
            let mut digits = &u[i..j];
            while digits.len() > 1 && digits[0] == 0x30 {
                digits = &digits[1..];
            }
            let v = if digits.len() <= 18 {
                digits.iter().fold(0u64, |a, &d| a * 10 + (d - 0x30) as u64)
            } else {
                u64::MAX
            };
            k.primary.push((4, v));
            k.secondary.push(0);
            k.tertiary.push(0);
            i = j;
            continue;
        }
        i += n;
        let c = char::from_u32(cp).unwrap_or('\u{FFFD}');
        if c.is_alphabetic() {
            let (b, single, accent) = fold_letter(c);
            let upper = c.is_uppercase();
            if let Some(s) = single {
                k.primary.push((5, s as u64));
            } else {
                for bc in b.chars() {
                    k.primary.push((5, bc as u64));
                }
            }
            k.secondary.push(accent);
            k.tertiary.push(upper as u8);
        } else if c.is_ascii_digit() {
            k.primary.push((4, (cp - 0x30) as u64));
            k.secondary.push(0);
            k.tertiary.push(0);
        } else if c.is_numeric() {
            k.primary.push((4, 10 + cp as u64));
            k.secondary.push(0);
            k.tertiary.push(0);
        } else if c.is_whitespace() || c.is_control() {
            k.primary.push((0, cp as u64));
            k.secondary.push(0);
            k.tertiary.push(0);
        } else {
            let w = match ASCII_PUNCT_ORDER.find(c) {
                Some(p) if cp < 128 => (1, p as u64),
                _ if cp < 128 => (2, cp as u64),
                _ => (3, cp as u64),
            };
            k.primary.push(w);
            k.secondary.push(0);
            k.tertiary.push(0);
        }
    }
    k
}

// ---------------------------------------------------------------------------
// Methods that dispatch to RegExp

/// 22.1.3.13 String.prototype.match(regexp)
fn match_(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    require_coercible(this, "match")?;
    let regexp = arg(args, 0);
    if regexp.is_object() {
        if let Some(m) = ops::get_method(regexp, Key::Named(rt().realm.sym_match))? {
            return ops::call(m, regexp, &[this]);
        }
    }
    let s = ops::to_string(this)?;
    let rx = super::regexp::regexp_create(regexp, Value::UNDEFINED)?;
    invoke(rx, Key::Named(rt().realm.sym_match), &[s])
}

/// 22.1.3.14 String.prototype.matchAll(regexp)
fn match_all(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    require_coercible(this, "matchAll")?;
    let regexp = arg(args, 0);
    if regexp.is_object() {
        if super::regexp::is_regexp(regexp)? {
            let flags = ops::get(regexp, Key::from_str("flags"))?;
            if flags.is_nullish() {
                return Err(type_error("String.prototype.matchAll called with a non-global RegExp argument"));
            }
            let f = ops::to_string(flags)?;
            if !f.str().units().contains(&(b'g' as u16)) {
                return Err(type_error("String.prototype.matchAll called with a non-global RegExp argument"));
            }
        }
        if let Some(m) = ops::get_method(regexp, Key::Named(rt().realm.sym_match_all))? {
            return ops::call(m, regexp, &[this]);
        }
    }
    let s = ops::to_string(this)?;
    let g = new_string_from_str("g");
    let rx = super::regexp::regexp_create(regexp, g)?;
    invoke(rx, Key::Named(rt().realm.sym_match_all), &[s])
}

/// 22.1.3.19 String.prototype.replace(searchValue, replaceValue)
fn replace(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    require_coercible(this, "replace")?;
    let search_value = arg(args, 0);
    let mut replace_value = arg(args, 1);
    if search_value.is_object() {
        if let Some(r) = ops::get_method(search_value, Key::Named(rt().realm.sym_replace))? {
            return ops::call(r, search_value, &[this, replace_value]);
        }
    }
    let string = ops::to_string(this)?;
    let search = ops::to_string(search_value)?;
    let functional = ops::is_callable(replace_value);
    if !functional {
        replace_value = ops::to_string(replace_value)?;
    }
    let sl = search.str().len();
    let Some(pos) = string_index_of(string.str().units(), search.str().units(), 0) else {
        return Ok(string);
    };
    let replacement: Vec<u16> = if functional {
        let r = ops::call(replace_value, Value::UNDEFINED, &[search, Value::int(pos as i32), string])?;
        ops::to_string(r)?.str().units().to_vec()
    } else {
        get_substitution(search, string, pos, Value::UNDEFINED, Value::UNDEFINED, replace_value)?
    };
    let u = string.str().units();
    let mut out = Vec::with_capacity(u.len() + replacement.len());
    out.extend_from_slice(&u[..pos]);
    out.extend_from_slice(&replacement);
    out.extend_from_slice(&u[pos + sl..]);
    check_len(out.len())?;
    Ok(new_string(&out))
}

/// 22.1.3.19.1 GetSubstitution(matched, str, position, captures,
/// namedCaptures, replacementTemplate). `captures` is a JS array of strings
/// and undefineds (or undefined for none); `named` is an object or undefined.
pub(crate) fn get_substitution(
    matched: Value,
    string: Value,
    position: usize,
    captures: Value,
    named: Value,
    template: Value,
) -> JsResult<Vec<u16>> {
    const DOLLAR: u16 = b'$' as u16;
    let m = if captures.is_object() { captures.obj().elements.len() } else { 0 };
    let tlen = template.str().len();
    let mut out: Vec<u16> = Vec::with_capacity(tlen);
    let mut i = 0;
    let digit = |c: u16| (b'0' as u16..=b'9' as u16).contains(&c);
    while i < tlen {
        let t = template.str().units();
        let c = t[i];
        if c != DOLLAR || i + 1 >= tlen {
            out.push(c);
            i += 1;
            continue;
        }
        let d = t[i + 1];
        match d {
            DOLLAR => {
                out.push(DOLLAR);
                i += 2;
            }
            0x26 => {
                // $&
                out.extend_from_slice(matched.str().units());
                i += 2;
            }
            0x60 => {
                // $`
                let s = string.str().units();
                out.extend_from_slice(&s[..position.min(s.len())]);
                i += 2;
            }
            0x27 => {
                // $'
                let s = string.str().units();
                let tail = (position + matched.str().len()).min(s.len());
                out.extend_from_slice(&s[tail..]);
                i += 2;
            }
            _ if digit(d) => {
                let two = i + 2 < tlen && digit(t[i + 2]);
                let mut count = if two { 2 } else { 1 };
                let mut index = if two { ((d - 0x30) * 10 + (t[i + 2] - 0x30)) as usize } else { (d - 0x30) as usize };
                if index > m && count == 2 {
                    count = 1;
                    index = (d - 0x30) as usize;
                }
                if index >= 1 && index <= m {
                    let cap = captures.obj().elements[index - 1];
                    if cap.is_string() {
                        out.extend_from_slice(cap.str().units());
                    }
                } else {
                    out.extend_from_slice(&t[i..i + 1 + count]);
                }
                i += 1 + count;
            }
            0x3C => {
                // $<
                let gt = t[i..].iter().position(|&x| x == b'>' as u16);
                match gt {
                    Some(gt) if !named.is_undefined() => {
                        let name = intern(&t[i + 2..i + gt]);
                        let cap = ops::get(named, key_from_string(name))?;
                        if !cap.is_undefined() {
                            let cs = ops::to_string(cap)?;
                            out.extend_from_slice(cs.str().units());
                        }
                        i += gt + 1;
                    }
                    _ => {
                        out.extend_from_slice(&[DOLLAR, 0x3C]);
                        i += 2;
                    }
                }
            }
            _ => {
                out.push(DOLLAR);
                i += 1;
            }
        }
        check_len(out.len())?;
    }
    Ok(out)
}

/// 22.1.3.20 String.prototype.replaceAll(searchValue, replaceValue)
fn replace_all(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    require_coercible(this, "replaceAll")?;
    let search_value = arg(args, 0);
    let mut replace_value = arg(args, 1);
    if search_value.is_object() {
        if super::regexp::is_regexp(search_value)? {
            let flags = ops::get(search_value, Key::from_str("flags"))?;
            if flags.is_nullish() {
                return Err(type_error("String.prototype.replaceAll called with a non-global RegExp argument"));
            }
            let f = ops::to_string(flags)?;
            if !f.str().units().contains(&(b'g' as u16)) {
                return Err(type_error("String.prototype.replaceAll called with a non-global RegExp argument"));
            }
        }
        if let Some(r) = ops::get_method(search_value, Key::Named(rt().realm.sym_replace))? {
            return ops::call(r, search_value, &[this, replace_value]);
        }
    }
    let string = ops::to_string(this)?;
    let search = ops::to_string(search_value)?;
    let functional = ops::is_callable(replace_value);
    if !functional {
        replace_value = ops::to_string(replace_value)?;
    }
    let sl = search.str().len();
    let advance = sl.max(1);
    let mut positions = Vec::new();
    let mut p = string_index_of(string.str().units(), search.str().units(), 0);
    while let Some(pos) = p {
        positions.push(pos);
        p = string_index_of(string.str().units(), search.str().units(), pos + advance);
    }
    let mut end_of_last = 0;
    let mut out: Vec<u16> = Vec::new();
    for pos in positions {
        out.extend_from_slice(&string.str().units()[end_of_last..pos]);
        if functional {
            let r = ops::call(replace_value, Value::UNDEFINED, &[search, Value::int(pos as i32), string])?;
            let rs = ops::to_string(r)?;
            out.extend_from_slice(rs.str().units());
        } else {
            let rep = get_substitution(search, string, pos, Value::UNDEFINED, Value::UNDEFINED, replace_value)?;
            out.extend_from_slice(&rep);
        }
        check_len(out.len())?;
        end_of_last = pos + sl;
    }
    let u = string.str().units();
    if end_of_last < u.len() {
        out.extend_from_slice(&u[end_of_last..]);
    }
    check_len(out.len())?;
    Ok(new_string(&out))
}

/// 22.1.3.21 String.prototype.search(regexp)
fn search(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    require_coercible(this, "search")?;
    let regexp = arg(args, 0);
    if regexp.is_object() {
        if let Some(m) = ops::get_method(regexp, Key::Named(rt().realm.sym_search))? {
            return ops::call(m, regexp, &[this]);
        }
    }
    let s = ops::to_string(this)?;
    let rx = super::regexp::regexp_create(regexp, Value::UNDEFINED)?;
    invoke(rx, Key::Named(rt().realm.sym_search), &[s])
}

/// 22.1.3.23 String.prototype.split(separator, limit)
fn split(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    require_coercible(this, "split")?;
    let separator = arg(args, 0);
    let limit = arg(args, 1);
    if separator.is_object() {
        if let Some(m) = ops::get_method(separator, Key::Named(rt().realm.sym_split))? {
            return ops::call(m, separator, &[this, limit]);
        }
    }
    let s = ops::to_string(this)?;
    let lim: u32 = if limit.is_undefined() { u32::MAX } else { ops::to_uint32(ops::to_number(limit)?) };
    let r = ops::to_string(separator)?;
    let a = new_array(Vec::new());
    if lim == 0 {
        return Ok(a);
    }
    if separator.is_undefined() {
        push_elem(a, s);
        return Ok(a);
    }
    let slen = s.str().len();
    let rlen = r.str().len();
    if rlen == 0 {
        let n = slen.min(lim as usize);
        for i in 0..n {
            let c = new_string(&[s.str().units()[i]]);
            push_elem(a, c);
        }
        return Ok(a);
    }
    if slen == 0 {
        push_elem(a, s);
        return Ok(a);
    }
    let mut i = 0;
    let mut j = string_index_of(s.str().units(), r.str().units(), 0);
    while let Some(jj) = j {
        let t = new_string(&s.str().units()[i..jj]);
        push_elem(a, t);
        if a.obj().elements.len() as u64 >= lim as u64 {
            return Ok(a);
        }
        i = jj + rlen;
        j = string_index_of(s.str().units(), r.str().units(), i);
    }
    let t = new_string(&s.str().units()[i..]);
    push_elem(a, t);
    Ok(a)
}

// ---------------------------------------------------------------------------

/// 22.1.3.17.2 StringPaddingBuiltinsImpl(O, maxLength, fillString, placement)
fn pad(this: Value, args: &[Value], name: &str, at_start: bool) -> JsResult<Value> {
    let s = this_str(this, name)?;
    let max = ops::to_length(arg(args, 0))?;
    let len = s.str().len();
    if max <= len as f64 {
        return Ok(s);
    }
    let fill = arg(args, 1);
    let filler = if fill.is_undefined() { new_string(&[0x20]) } else { ops::to_string(fill)? };
    let fl = filler.str().len();
    if fl == 0 {
        return Ok(s);
    }
    if max > MAX_STRING_LENGTH as f64 {
        return Err(range_error("Invalid string length"));
    }
    let max = max as usize;
    let fill_len = max - len;
    let f = filler.str().units();
    let mut out: Vec<u16> = Vec::with_capacity(max);
    if !at_start {
        out.extend_from_slice(s.str().units());
    }
    let mut k = 0;
    while k < fill_len {
        let take = (fill_len - k).min(fl);
        out.extend_from_slice(&f[..take]);
        k += take;
    }
    if at_start {
        out.extend_from_slice(s.str().units());
    }
    Ok(new_string(&out))
}

/// 22.1.3.16 String.prototype.padEnd(maxLength [, fillString])
fn pad_end(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    pad(this, args, "padEnd", false)
}

/// 22.1.3.17 String.prototype.padStart(maxLength [, fillString])
fn pad_start(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    pad(this, args, "padStart", true)
}

/// 22.1.3.18 String.prototype.repeat(count)
fn repeat(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let s = this_str(this, "repeat")?;
    let count = arg(args, 0);
    let num = ops::to_number(count)?;
    let n = ops::to_integer_or_infinity(Value::from_f64(num))?;
    if n < 0.0 || n == f64::INFINITY {
        return Err(range_error(&format!("Invalid count value: {}", number_to_string(num))));
    }
    let len = s.str().len();
    if n == 0.0 || len == 0 {
        return Ok(rt().realm.empty_string);
    }
    if (len as f64) * n > MAX_STRING_LENGTH as f64 {
        return Err(range_error("Invalid string length"));
    }
    let n = n as usize;
    let mut out: Vec<u16> = Vec::with_capacity(len * n);
    let u = s.str().units();
    for _ in 0..n {
        out.extend_from_slice(u);
    }
    Ok(new_string(&out))
}

/// 22.1.3.22 String.prototype.slice(start, end)
fn slice(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let s = this_str(this, "slice")?;
    let len = s.str().len();
    let from = relative_pos(arg(args, 0), len, 0)?;
    let to = relative_pos(arg(args, 1), len, len)?;
    if from >= to {
        return Ok(rt().realm.empty_string);
    }
    Ok(substring_value(s, from, to))
}

/// 22.1.3.24 String.prototype.startsWith(searchString [, position])
fn starts_with(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let s = this_str(this, "startsWith")?;
    reject_regexp(arg(args, 0), "startsWith")?;
    let search = ops::to_string(arg(args, 0))?;
    let len = s.str().len();
    let start = clamp_pos(arg(args, 1), len, 0)?;
    let sl = search.str().len();
    if sl == 0 {
        return Ok(Value::TRUE);
    }
    if start + sl > len {
        return Ok(Value::FALSE);
    }
    Ok(Value::bool(s.str().units()[start..start + sl] == *search.str().units()))
}

/// 22.1.3.25 String.prototype.substring(start, end)
fn substring(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let s = this_str(this, "substring")?;
    let len = s.str().len();
    let a = clamp_pos(arg(args, 0), len, 0)?;
    let b = clamp_pos(arg(args, 1), len, len)?;
    Ok(substring_value(s, a.min(b), a.max(b)))
}

/// B.2.2.1 String.prototype.substr(start, length)
fn substr(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let s = this_str(this, "substr")?;
    let size = s.str().len();
    let start = relative_pos(arg(args, 0), size, 0)?;
    let l = arg(args, 1);
    let len = if l.is_undefined() { size as f64 } else { ops::to_integer_or_infinity(l)? };
    let len = len.clamp(0.0, size as f64) as usize;
    let end = (start + len).min(size);
    if start >= end {
        return Ok(rt().realm.empty_string);
    }
    Ok(substring_value(s, start, end))
}

/// Full Unicode case mapping over the well-formed runs of `u` (lone
/// surrogates are unchanged). Uses Rust's `str::to_lowercase` /
/// `to_uppercase`, which implement the unconditional SpecialCasing mappings
/// plus the Final_Sigma rule, like V8 without a locale.
fn convert_case(u: &[u16], upper: bool) -> Vec<u16> {
    if u.iter().all(|&c| c < 128) {
        return u
            .iter()
            .map(|&c| {
                let b = c as u8;
                (if upper { b.to_ascii_uppercase() } else { b.to_ascii_lowercase() }) as u16
            })
            .collect();
    }
    let mut out = Vec::with_capacity(u.len());
    let mut i = 0;
    while i < u.len() {
        let mut run = String::new();
        while i < u.len() {
            let (cp, n, lone) = code_point_at_units(u, i);
            if lone {
                break;
            }
            run.push(char::from_u32(cp).unwrap_or('\u{FFFD}'));
            i += n;
        }
        if !run.is_empty() {
            let conv = if upper { run.to_uppercase() } else { run.to_lowercase() };
            out.extend(conv.encode_utf16());
        }
        if i < u.len() {
            out.push(u[i]);
            i += 1;
        }
    }
    out
}

/// 22.1.3.28 String.prototype.toLowerCase()
fn to_lower_case(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    let s = this_str(this, "toLowerCase")?;
    let u = s.str().units();
    if !u.iter().any(|&c| (b'A' as u16..=b'Z' as u16).contains(&c) || c >= 128) {
        return Ok(s);
    }
    let out = convert_case(u, false);
    Ok(new_string(&out))
}

/// 22.1.3.30 String.prototype.toUpperCase()
fn to_upper_case(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    let s = this_str(this, "toUpperCase")?;
    let u = s.str().units();
    if !u.iter().any(|&c| (b'a' as u16..=b'z' as u16).contains(&c) || c >= 128) {
        return Ok(s);
    }
    let out = convert_case(u, true);
    check_len(out.len())?;
    Ok(new_string(&out))
}

/// 22.1.3.36.1 ThisStringValue(value)
fn this_string_value(v: Value, name: &str) -> JsResult<Value> {
    if v.is_string() {
        return Ok(v);
    }
    if v.is_object() {
        if let Class::String(s) = v.obj().class {
            return Ok(s);
        }
    }
    Err(type_error(&format!("String.prototype.{name} requires that 'this' be a String")))
}

/// 22.1.3.29 String.prototype.toString()
fn to_string(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    this_string_value(this, "toString")
}

/// 22.1.3.36 String.prototype.valueOf()
fn value_of(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    this_string_value(this, "valueOf")
}

/// 22.1.3.31 String.prototype.toWellFormed()
fn to_well_formed(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    let s = this_str(this, "toWellFormed")?;
    if first_lone_surrogate(s.str().units()).is_none() {
        return Ok(s);
    }
    let u = s.str().units();
    let mut out = Vec::with_capacity(u.len());
    let mut i = 0;
    while i < u.len() {
        let (_, n, lone) = code_point_at_units(u, i);
        if lone {
            out.push(0xFFFD);
        } else {
            out.extend_from_slice(&u[i..i + n]);
        }
        i += n;
    }
    Ok(new_string(&out))
}

#[derive(Copy, Clone, PartialEq)]
enum TrimWhere {
    Start,
    End,
    Both,
}

/// 22.1.3.32.1 TrimString(string, where)
fn trim_string(this: Value, name: &str, w: TrimWhere) -> JsResult<Value> {
    let s = this_str(this, name)?;
    let u = s.str().units();
    let mut a = 0;
    let mut b = u.len();
    if w != TrimWhere::End {
        while a < b && is_js_whitespace(u[a]) {
            a += 1;
        }
    }
    if w != TrimWhere::Start {
        while b > a && is_js_whitespace(u[b - 1]) {
            b -= 1;
        }
    }
    Ok(substring_value(s, a, b))
}

/// 22.1.3.32 String.prototype.trim()
fn trim(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    trim_string(this, "trim", TrimWhere::Both)
}

/// 22.1.3.34 String.prototype.trimStart()
fn trim_start(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    trim_string(this, "trimStart", TrimWhere::Start)
}

/// 22.1.3.33 String.prototype.trimEnd()
fn trim_end(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    trim_string(this, "trimEnd", TrimWhere::End)
}

// ---------------------------------------------------------------------------
// 22.1.5 String Iterator Objects
//
// State: the iterated string (undefined once exhausted) in an own property
// under the realm's private `sym_internal_state` symbol, and the next
// position in the object's (otherwise unused) `length` field.

/// 22.1.3.37 String.prototype[%Symbol.iterator%]()
fn string_iterator(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    if this.is_nullish() {
        return Err(type_error("String.prototype[Symbol.iterator] called on null or undefined"));
    }
    let s = ops::to_string(this)?;
    let it = new_object_with(rt().realm.string_iterator_prototype, Class::Ordinary);
    let o = it.obj();
    o.props.insert(rt().realm.sym_internal_state, Slot::data(s, 0));
    o.length = 0;
    Ok(it)
}

/// 22.1.5.1.1 %StringIteratorPrototype%.next()
fn string_iterator_next(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    let key = rt().realm.sym_internal_state;
    let state = if this.is_object() { this.obj().props.get(key).map(|s| s.value) } else { None };
    let s = match state {
        Some(s) if s.is_string() || s.is_undefined() => s,
        _ => {
            return Err(type_error(&format!(
                "Method String Iterator.prototype.next called on incompatible receiver {}",
                ops::to_display_string(this)
            )))
        }
    };
    if s.is_undefined() {
        return Ok(create_iter_result(Value::UNDEFINED, true));
    }
    let pos = this.obj().length as usize;
    let len = s.str().len();
    if pos >= len {
        if let Some(slot) = this.obj().props.get_mut(key) {
            slot.value = Value::UNDEFINED;
        }
        return Ok(create_iter_result(Value::UNDEFINED, true));
    }
    let (_, n, _) = code_point_at_units(s.str().units(), pos);
    let r = new_string(&s.str().units()[pos..pos + n]);
    this.obj().length = (pos + n) as u32;
    Ok(create_iter_result(r, false))
}

// ---------------------------------------------------------------------------
// B.2.2 Additional properties of the String.prototype object: HTML methods

/// B.2.2.2.1 CreateHTML(string, tag, attribute, value)
fn create_html(this: Value, name: &str, tag: &str, attr: Option<(&str, Value)>) -> JsResult<Value> {
    let s = this_str(this, name)?;
    let mut out: Vec<u16> = Vec::new();
    out.push(b'<' as u16);
    out.extend(tag.encode_utf16());
    if let Some((a, v)) = attr {
        let v = ops::to_string(v)?;
        out.push(b' ' as u16);
        out.extend(a.encode_utf16());
        out.extend("=\"".encode_utf16());
        for &c in v.str().units() {
            if c == b'"' as u16 {
                out.extend("&quot;".encode_utf16());
            } else {
                out.push(c);
            }
        }
        out.push(b'"' as u16);
    }
    out.push(b'>' as u16);
    out.extend_from_slice(s.str().units());
    out.extend("</".encode_utf16());
    out.extend(tag.encode_utf16());
    out.push(b'>' as u16);
    check_len(out.len())?;
    Ok(new_string(&out))
}

macro_rules! html_method {
    ($($(#[$m:meta])* $f:ident, $name:expr, $tag:expr, $attr:expr;)*) => {$(
        $(#[$m])*
        fn $f(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
            let attr: Option<&str> = $attr;
            create_html(this, $name, $tag, attr.map(|a| (a, arg(args, 0))))
        }
    )*};
}

html_method!(
    /// B.2.2.2 String.prototype.anchor(name)
    html_anchor, "anchor", "a", Some("name");
    /// B.2.2.3 String.prototype.big()
    html_big, "big", "big", None;
    /// B.2.2.4 String.prototype.blink()
    html_blink, "blink", "blink", None;
    /// B.2.2.5 String.prototype.bold()
    html_bold, "bold", "b", None;
    /// B.2.2.6 String.prototype.fixed()
    html_fixed, "fixed", "tt", None;
    /// B.2.2.7 String.prototype.fontcolor(color)
    html_fontcolor, "fontcolor", "font", Some("color");
    /// B.2.2.8 String.prototype.fontsize(size)
    html_fontsize, "fontsize", "font", Some("size");
    /// B.2.2.9 String.prototype.italics()
    html_italics, "italics", "i", None;
    /// B.2.2.10 String.prototype.link(url)
    html_link, "link", "a", Some("href");
    /// B.2.2.11 String.prototype.small()
    html_small, "small", "small", None;
    /// B.2.2.12 String.prototype.strike()
    html_strike, "strike", "strike", None;
    /// B.2.2.13 String.prototype.sub()
    html_sub, "sub", "sub", None;
    /// B.2.2.14 String.prototype.sup()
    html_sup, "sup", "sup", None;
);

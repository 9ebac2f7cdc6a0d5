//! 22.2 RegExp (Regular Expression) objects.
//!
//! Patterns are compiled by the `regress` crate, which implements the
//! ECMAScript grammar. Matching runs directly over the UTF-16 code units of
//! the subject: in Unicode mode (`u`/`v`) through regress's UTF-16 input
//! (surrogate pairs are one character), otherwise through its UCS-2 input
//! (every code unit is a character), so indices are always code-unit
//! indices as the spec requires. Compiled programs are cached by
//! (pattern, flags), since a regex literal evaluates to a new object each
//! time it is evaluated.
//!
//! All the RegExp.prototype[Symbol.*] methods follow the spec through
//! RegExpExec (22.2.7.1), so user overrides of `exec`, `flags`, `lastIndex`
//! and friends are observed. `[Symbol.split]` has a fast path, taken when the
//! splitter it constructs is a genuine RegExp whose `exec` is the builtin,
//! that produces the same result without the quadratic sticky retry loop.

use super::arg;
use super::string::{code_point_at_units, create_iter_result, get_substitution, iterator_prototype, push_elem};
use crate::error::{syntax_error, type_error};
use crate::object::*;
use crate::ops;
use crate::realm::{define_getter, define_method, define_symbol_method, make_constructor, make_native};
use crate::string::{intern, intern_str, new_string, new_string_from_str};
use crate::value::Value;
use crate::{rt, JsResult};
use std::cell::RefCell;
use std::collections::HashMap;

pub fn init() {
    let op = rt().realm.object_prototype;
    // 22.2.6: the prototype is an ordinary object, not a RegExp instance.
    let rp = new_object_with(op, Class::Ordinary);
    rt().realm.regexp_prototype = rp;
    let c = make_constructor("RegExp", regexp_ctor, 2, rp);
    rt().realm.regexp_constructor = c;
    define_method(c, "escape", escape, 1);
    let species = rt().realm.sym_species;
    if species.is_symbol() {
        // 22.2.5.2 get RegExp[%Symbol.species%]
        let g = make_native("get [Symbol.species]", species_getter, 0, false);
        c.obj().props.insert(species, Slot { value: g, setter: Value::UNDEFINED, flags: ACCESSOR | CONFIGURABLE });
    }

    define_method(rp, "compile", compile, 2);
    define_method(rp, "exec", exec, 1);
    define_getter(rp, "dotAll", get_dot_all);
    define_getter(rp, "flags", get_flags);
    define_getter(rp, "global", get_global);
    define_getter(rp, "hasIndices", get_has_indices);
    define_getter(rp, "ignoreCase", get_ignore_case);
    define_getter(rp, "multiline", get_multiline);
    define_getter(rp, "source", get_source);
    define_getter(rp, "sticky", get_sticky);
    define_getter(rp, "unicode", get_unicode);
    define_getter(rp, "unicodeSets", get_unicode_sets);
    define_method(rp, "test", test, 1);
    define_method(rp, "toString", to_string, 0);
    let r = &rt().realm;
    let (sm, sma, sr, ss, ssp) = (r.sym_match, r.sym_match_all, r.sym_replace, r.sym_search, r.sym_split);
    define_symbol_method(rp, sm, "[Symbol.match]", symbol_match, 1);
    define_symbol_method(rp, sma, "[Symbol.matchAll]", symbol_match_all, 1);
    define_symbol_method(rp, sr, "[Symbol.replace]", symbol_replace, 2);
    define_symbol_method(rp, ss, "[Symbol.search]", symbol_search, 1);
    define_symbol_method(rp, ssp, "[Symbol.split]", symbol_split, 2);

    // 22.2.9.2 The %RegExpStringIteratorPrototype% Object
    let ip = iterator_prototype();
    let rsip = new_object_with(ip, Class::Ordinary);
    rt().realm.regexp_string_iterator_prototype = rsip;
    define_method(rsip, "next", regexp_string_iterator_next, 0);
    let tag = intern_str("RegExp String Iterator");
    rsip.obj().props.insert(rt().realm.sym_to_string_tag, Slot::data(tag, CONFIGURABLE));
}

fn species_getter(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    Ok(this)
}

// ---------------------------------------------------------------------------
// Helpers

const fn u(c: u8) -> u16 {
    c as u16
}

fn last_index_key() -> Key {
    Key::Named(rt().realm.atom_last_index)
}

fn set_last_index(r: Value, v: Value) -> JsResult<()> {
    ops::set_v(r, last_index_key(), v, true)
}

fn has_unit(s: Value, c: u8) -> bool {
    s.str().units().contains(&u(c))
}

/// The [[OriginalSource]] and [[OriginalFlags]] of a RegExp instance.
fn regexp_slots(v: Value) -> Option<(Value, Value)> {
    if !v.is_object() {
        return None;
    }
    match &v.obj().class {
        Class::RegExp(d) => Some((d.source, d.flags)),
        _ => None,
    }
}

fn regexp_data<'a>(v: Value) -> Option<&'a RegExpData> {
    if !v.is_object() {
        return None;
    }
    match &v.obj().class {
        Class::RegExp(d) => Some(d),
        _ => None,
    }
}

fn incompatible(method: &str, v: Value) -> Value {
    type_error(&format!("Method {method} called on incompatible receiver {}", receiver_display(v)))
}

fn receiver_display(v: Value) -> String {
    if v.is_string() {
        return v.str().to_rust_string();
    }
    ops::to_display_string(v)
}

/// 7.2.8 IsRegExp(argument)
pub fn is_regexp(v: Value) -> JsResult<bool> {
    if !v.is_object() {
        return Ok(false);
    }
    let m = ops::get(v, Key::Named(rt().realm.sym_match))?;
    if !m.is_undefined() {
        return Ok(ops::to_boolean(m));
    }
    Ok(matches!(v.obj().class, Class::RegExp(_)))
}

/// 22.2.7.3 AdvanceStringIndex(S, index, unicode)
fn advance_string_index(s: Value, index: f64, unicode: bool) -> f64 {
    if !unicode {
        return index + 1.0;
    }
    let len = s.str().len() as f64;
    if index + 1.0 >= len {
        return index + 1.0;
    }
    let (_, n, _) = code_point_at_units(s.str().units(), index as usize);
    index + n as f64
}

/// 7.3.22 SpeciesConstructor(O, defaultConstructor)
pub(crate) fn species_constructor(o: Value, default: Value) -> JsResult<Value> {
    let c = ops::get(o, Key::Named(rt().realm.atom_constructor))?;
    if c.is_undefined() {
        return Ok(default);
    }
    if !c.is_object() {
        return Err(type_error("The .constructor property is not an object"));
    }
    let sp = rt().realm.sym_species;
    if !sp.is_symbol() {
        // No @@species in this realm: use the constructor itself.
        return Ok(if ops::is_constructor(c) { c } else { default });
    }
    let s = ops::get(c, Key::Named(sp))?;
    if s.is_nullish() {
        return Ok(default);
    }
    if ops::is_constructor(s) {
        return Ok(s);
    }
    Err(type_error("object.constructor[Symbol.species] is not a constructor"))
}

// ---------------------------------------------------------------------------
// Compilation

#[derive(Default, Clone, Copy)]
struct FlagSet {
    d: bool,
    g: bool,
    i: bool,
    m: bool,
    s: bool,
    u: bool,
    v: bool,
    y: bool,
}

/// 22.2.3.3 RegExpInitialize step 6-7: validate the flags.
fn parse_flags(f: &[u16]) -> Option<FlagSet> {
    let mut fs = FlagSet::default();
    for &c in f {
        let slot = match c {
            0x64 => &mut fs.d,
            0x67 => &mut fs.g,
            0x69 => &mut fs.i,
            0x6D => &mut fs.m,
            0x73 => &mut fs.s,
            0x75 => &mut fs.u,
            0x76 => &mut fs.v,
            0x79 => &mut fs.y,
            _ => return None,
        };
        if *slot {
            return None;
        }
        *slot = true;
    }
    if fs.u && fs.v {
        return None;
    }
    Some(fs)
}

thread_local! {
    static CACHE: RefCell<HashMap<(Vec<u16>, Vec<u16>), regress::Regex>> = RefCell::new(HashMap::new());
}
const CACHE_LIMIT: usize = 512;

/// Compiles `p` with flags `fs`; errors are V8-style messages (without the
/// "Invalid regular expression: /p/f: " prefix).
fn compile_pattern(p: &[u16], f: &[u16], fs: FlagSet) -> Result<regress::Regex, String> {
    let key = (p.to_vec(), f.to_vec());
    if let Some(r) = CACHE.with(|c| c.borrow().get(&key).cloned()) {
        return Ok(r);
    }
    let flags = regress::Flags {
        icase: fs.i,
        multiline: fs.m,
        dot_all: fs.s,
        no_opt: false,
        unicode: fs.u || fs.v,
        unicode_sets: fs.v,
    };
    let unicode = fs.u || fs.v;
    let cps: Vec<u32> = if unicode {
        let mut out = Vec::with_capacity(p.len());
        let mut i = 0;
        while i < p.len() {
            let (cp, n, _) = code_point_at_units(p, i);
            out.push(cp);
            i += n;
        }
        out
    } else {
        p.iter().map(|&c| c as u32).collect()
    };
    match regress::Regex::from_unicode(cps.into_iter(), flags) {
        Ok(r) => {
            CACHE.with(|c| {
                let mut c = c.borrow_mut();
                if c.len() >= CACHE_LIMIT {
                    c.clear();
                }
                c.insert(key, r.clone());
            });
            Ok(r)
        }
        Err(e) => Err(v8_message(&e.text, p)),
    }
}

/// Paren balance outside classes and escapes: >0 unterminated, <0 unmatched.
fn paren_balance(p: &[u16]) -> i32 {
    let mut depth = 0i32;
    let mut in_class = false;
    let mut i = 0;
    while i < p.len() {
        let c = p[i];
        if c == u(b'\\') {
            i += 2;
            continue;
        }
        if in_class {
            if c == u(b']') {
                in_class = false;
            }
        } else if c == u(b'[') {
            in_class = true;
        } else if c == u(b'(') {
            depth += 1;
        } else if c == u(b')') {
            depth -= 1;
            if depth < 0 {
                return -1;
            }
        }
        i += 1;
    }
    depth
}

/// Whether the pattern has a `{n,m}` quantifier with n > m.
fn has_reversed_braces(p: &[u16]) -> bool {
    let s = String::from_utf16_lossy(p);
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'{' {
            let rest = &s[i + 1..];
            if let Some(end) = rest.find('}') {
                if let Some((x, y)) = rest[..end].split_once(',') {
                    if let (Ok(x), Ok(y)) = (x.parse::<u64>(), y.parse::<u64>()) {
                        if x > y {
                            return true;
                        }
                    }
                }
            }
        }
        i += 1;
    }
    false
}

/// Whether a class range has a class escape (`\d`, `\w`, ...) as an end.
fn has_class_escape_range(p: &[u16]) -> bool {
    let s = String::from_utf16_lossy(p);
    ["\\d-", "\\D-", "\\w-", "\\W-", "\\s-", "\\S-", "-\\d", "-\\D", "-\\w", "-\\W", "-\\s", "-\\S"]
        .iter()
        .any(|t| s.contains(t))
}

/// Maps regress's error texts to V8's.
fn v8_message(text: &str, p: &[u16]) -> String {
    let m = match text {
        "Unbalanced parenthesis" => {
            if paren_balance(p) > 0 {
                "Unterminated group"
            } else {
                "Unmatched ')'"
            }
        }
        "Unbalanced bracket" | "Unbalanced class set bracket" => "Unterminated character class",
        "Invalid quantifier" | "Invalid braced quantifier" => {
            if has_reversed_braces(p) {
                "numbers out of order in {} quantifier"
            } else {
                "Nothing to repeat"
            }
        }
        "Quantifier not allowed here" | "Invalid atom character" => "Nothing to repeat",
        "Invalid character range" | "Invalid class set range" => {
            if has_class_escape_range(p) {
                "Invalid character class"
            } else {
                "Range out of order in character class"
            }
        }
        "Incomplete escape" | "Unterminated escape" => "\\ at end of pattern",
        "Invalid group modifier" => "Invalid group",
        "Invalid unicode escape" => "Invalid Unicode escape",
        "Invalid character escape" => "Invalid escape",
        "Invalid token at named capture group identifier" => "Invalid capture group name",
        "Invalid property name" | "Invalid property escape" | "Invalid character at property escape start" => {
            "Invalid property name"
        }
        "Duplicate capture group name" => "Duplicate capture group name",
        "Capture group count limit exceeded" => "Too many captures",
        t if t.starts_with("Range values reversed") => "Range out of order in character class",
        t if t.starts_with("Backreference to invalid named capture group") => "Invalid named capture referenced",
        t => return t.to_string(),
    };
    m.to_string()
}

/// RegExpAlloc + RegExpInitialize (22.2.3.2, 22.2.3.3) with the prototype
/// already resolved from newTarget.
fn regexp_alloc_init(proto: Value, pattern: Value, flags: Value) -> JsResult<Value> {
    let p = if pattern.is_undefined() { rt().realm.empty_string } else { ops::to_string(pattern)? };
    let f = if flags.is_undefined() { rt().realm.empty_string } else { ops::to_string(flags)? };
    let data = make_data(p, f)?;
    let o = new_object_with(proto, Class::RegExp(data));
    o.obj().props.insert(rt().realm.atom_last_index, Slot::data(Value::int(0), WRITABLE));
    Ok(o)
}

fn make_data(p: Value, f: Value) -> JsResult<Box<RegExpData>> {
    let Some(fs) = parse_flags(f.str().units()) else {
        return Err(syntax_error(&format!("Invalid flags supplied to RegExp constructor '{}'", f.str().to_rust_string())));
    };
    let regex = match compile_pattern(p.str().units(), f.str().units(), fs) {
        Ok(r) => r,
        Err(msg) => {
            return Err(syntax_error(&format!(
                "Invalid regular expression: /{}/{}: {msg}",
                p.str().to_rust_string(),
                f.str().to_rust_string()
            )))
        }
    };
    Ok(Box::new(RegExpData { source: p, flags: f, regex, global: fs.g, sticky: fs.y, unicode: fs.u || fs.v }))
}

/// 22.2.3.1 RegExpCreate(P, F)
pub fn regexp_create(pattern: Value, flags: Value) -> JsResult<Value> {
    regexp_alloc_init(rt().realm.regexp_prototype, pattern, flags)
}

/// 22.2.4.1 RegExp(pattern, flags)
fn regexp_ctor(_this: Value, args: &[Value], nt: Value) -> JsResult<Value> {
    let pattern = arg(args, 0);
    let flags = arg(args, 1);
    let pattern_is_regexp = is_regexp(pattern)?;
    let ctor = rt().realm.regexp_constructor;
    let new_target = if nt.is_undefined() {
        if pattern_is_regexp && flags.is_undefined() {
            let pc = ops::get(pattern, Key::Named(rt().realm.atom_constructor))?;
            if pc == ctor {
                return Ok(pattern);
            }
        }
        ctor
    } else {
        nt
    };
    let (p, f) = if let Some((src, fl)) = regexp_slots(pattern) {
        (src, if flags.is_undefined() { fl } else { flags })
    } else if pattern_is_regexp {
        let src = ops::get(pattern, Key::from_str("source"))?;
        let f = if flags.is_undefined() { ops::get(pattern, Key::from_str("flags"))? } else { flags };
        (src, f)
    } else {
        (pattern, flags)
    };
    let proto = ops::get_prototype_from_constructor(new_target, rt().realm.regexp_prototype)?;
    regexp_alloc_init(proto, p, f)
}

/// B.2.4.1 RegExp.prototype.compile(pattern, flags)
fn compile(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    if regexp_data(this).is_none() {
        return Err(incompatible("RegExp.prototype.compile", this));
    }
    let pattern = arg(args, 0);
    let flags = arg(args, 1);
    let (p, f) = if let Some((src, fl)) = regexp_slots(pattern) {
        if !flags.is_undefined() {
            return Err(type_error("Cannot supply flags when constructing one RegExp from another"));
        }
        (src, fl)
    } else {
        (pattern, flags)
    };
    let p = if p.is_undefined() { rt().realm.empty_string } else { ops::to_string(p)? };
    let f = if f.is_undefined() { rt().realm.empty_string } else { ops::to_string(f)? };
    let data = make_data(p, f)?;
    this.obj().class = Class::RegExp(data);
    set_last_index(this, Value::int(0))?;
    Ok(this)
}

/// 22.2.5.1 RegExp.escape(S)
fn escape(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let s = arg(args, 0);
    if !s.is_string() {
        return Err(type_error("RegExp.escape requires a string argument"));
    }
    let units = s.str().units();
    let mut out: Vec<u16> = Vec::with_capacity(units.len() * 2);
    let hex2 = |out: &mut Vec<u16>, c: u32| {
        out.extend(format!("\\x{c:02x}").encode_utf16());
    };
    let mut i = 0;
    while i < units.len() {
        let (cp, n, lone) = code_point_at_units(units, i);
        i += n;
        if out.is_empty() && cp < 128 && (cp as u8).is_ascii_alphanumeric() {
            hex2(&mut out, cp);
            continue;
        }
        // 22.2.5.1.1 EncodeForRegExpEscape(c)
        if cp < 128 && b"^$\\.*+?()[]{}|/".contains(&(cp as u8)) {
            out.push(u(b'\\'));
            out.push(cp as u16);
            continue;
        }
        let control = match cp {
            0x09 => Some(b't'),
            0x0A => Some(b'n'),
            0x0B => Some(b'v'),
            0x0C => Some(b'f'),
            0x0D => Some(b'r'),
            _ => None,
        };
        if let Some(ch) = control {
            out.push(u(b'\\'));
            out.push(u(ch));
            continue;
        }
        let punct = cp < 128 && b",-=<>#&!%:;@~'`\"".contains(&(cp as u8));
        let ws = cp < 0x10000 && crate::numconv::is_js_whitespace(cp as u16);
        if punct || ws || lone {
            if cp <= 0xFF {
                hex2(&mut out, cp);
            } else {
                out.extend(format!("\\u{cp:04x}").encode_utf16());
            }
            continue;
        }
        let su = s.str().units();
        out.extend_from_slice(&su[i - n..i]);
    }
    Ok(new_string(&out))
}

// ---------------------------------------------------------------------------
// Matching

/// In Unicode mode a lastIndex inside a surrogate pair names the pair's
/// character (22.2.7.2 step 13.a), so matching starts at its lead unit.
fn unicode_start(d: &RegExpData, text: &[u16], start: usize) -> usize {
    if d.unicode
        && start > 0
        && start < text.len()
        && (0xDC00..=0xDFFF).contains(&text[start])
        && (0xD800..=0xDBFF).contains(&text[start - 1])
    {
        start - 1
    } else {
        start
    }
}

/// Leftmost match starting at or after code unit `start`.
fn find_at(d: &RegExpData, text: &[u16], start: usize) -> Option<regress::Match> {
    if d.unicode {
        d.regex.find_from_utf16(text, start).next()
    } else {
        d.regex.find_from_ucs2(text, start).next()
    }
}

/// The capture indices (0-based, excluding the whole match) of named groups,
/// in pattern order, found by scanning the source the way the grammar
/// numbers groups (left parentheses, outside classes and escapes).
fn named_capture_indices(src: &[u16], v_mode: bool) -> Vec<usize> {
    let mut out = Vec::new();
    let mut idx = 0;
    let mut i = 0;
    let mut depth = 0;
    while i < src.len() {
        let c = src[i];
        if c == u(b'\\') {
            i += 2;
            continue;
        }
        if depth > 0 {
            if c == u(b']') {
                depth -= 1;
            } else if c == u(b'[') && v_mode {
                depth += 1;
            }
            i += 1;
            continue;
        }
        if c == u(b'[') {
            depth = 1;
        } else if c == u(b'(') {
            if src.get(i + 1) == Some(&u(b'?')) {
                if src.get(i + 2) == Some(&u(b'<')) && !matches!(src.get(i + 3), Some(&0x3D) | Some(&0x21)) {
                    out.push(idx);
                    idx += 1;
                }
            } else {
                idx += 1;
            }
        }
        i += 1;
    }
    out
}

/// 22.2.7.2 RegExpBuiltinExec(R, S)
fn builtin_exec(r: Value, s: Value) -> JsResult<Value> {
    let li = ops::get(r, last_index_key())?;
    let mut last_index = ops::to_length(li)?;
    let Some(d) = regexp_data(r) else {
        return Err(incompatible("RegExp.prototype.exec", r));
    };
    let (global, sticky) = (d.global, d.sticky);
    let has_indices = has_unit(d.flags, b'd');
    let v_mode = has_unit(d.flags, b'v');
    if !global && !sticky {
        last_index = 0.0;
    }
    let len = s.str().len();
    if last_index > len as f64 {
        if global || sticky {
            set_last_index(r, Value::int(0))?;
        }
        return Ok(Value::NULL);
    }
    let start = unicode_start(d, s.str().units(), last_index as usize);
    let m = find_at(d, s.str().units(), start);
    let m = match m {
        Some(m) if !sticky || m.start() == start => m,
        _ => {
            if global || sticky {
                set_last_index(r, Value::int(0))?;
            }
            return Ok(Value::NULL);
        }
    };
    let (ms, me) = (m.start(), m.end());
    if global || sticky {
        set_last_index(r, Value::number(me as f64))?;
    }
    let a = new_array(Vec::new());
    let matched = new_string(&s.str().units()[ms..me]);
    push_elem(a, matched);
    for cap in m.captures.iter() {
        let v = match cap {
            Some(rg) => new_string(&s.str().units()[rg.clone()]),
            None => Value::UNDEFINED,
        };
        push_elem(a, v);
    }
    let props = &mut a.obj().props;
    props.insert(Key::from_str("index").named(), Slot::data(Value::number(ms as f64), DEFAULT_ATTRS));
    props.insert(Key::from_str("input").named(), Slot::data(s, DEFAULT_ATTRS));
    let has_groups = m.named_groups().len() > 0;
    let named = if has_groups {
        let src = regexp_data(r).map(|d| d.source).unwrap_or(rt().realm.empty_string);
        let idx = named_capture_indices(src.str().units(), v_mode);
        let names: Vec<(Vec<u16>, usize)> =
            m.named_groups().zip(idx).map(|((name, _), i)| (name.encode_utf16().collect(), i)).collect();
        names
    } else {
        Vec::new()
    };
    let groups = if has_groups {
        let g = new_object_with(Value::NULL, Class::Ordinary);
        for (name, i) in &named {
            let k = intern(name);
            let v = a.obj().elements.get(i + 1).copied().unwrap_or(Value::UNDEFINED);
            g.obj().props.insert(key_from_string(k).named(), Slot::data(v, DEFAULT_ATTRS));
        }
        g
    } else {
        Value::UNDEFINED
    };
    a.obj().props.insert(Key::from_str("groups").named(), Slot::data(groups, DEFAULT_ATTRS));
    if has_indices {
        // 22.2.7.8 MakeMatchIndicesIndexPairArray
        let ind = new_array(Vec::new());
        let pair = new_array(vec![Value::number(ms as f64), Value::number(me as f64)]);
        push_elem(ind, pair);
        for cap in m.captures.iter() {
            let v = match cap {
                Some(rg) => new_array(vec![Value::number(rg.start as f64), Value::number(rg.end as f64)]),
                None => Value::UNDEFINED,
            };
            push_elem(ind, v);
        }
        let ig = if has_groups {
            let g = new_object_with(Value::NULL, Class::Ordinary);
            for (name, i) in &named {
                let k = intern(name);
                let v = ind.obj().elements.get(i + 1).copied().unwrap_or(Value::UNDEFINED);
                g.obj().props.insert(key_from_string(k).named(), Slot::data(v, DEFAULT_ATTRS));
            }
            g
        } else {
            Value::UNDEFINED
        };
        ind.obj().props.insert(Key::from_str("groups").named(), Slot::data(ig, DEFAULT_ATTRS));
        a.obj().props.insert(Key::from_str("indices").named(), Slot::data(ind, DEFAULT_ATTRS));
    }
    Ok(a)
}

/// 22.2.7.1 RegExpExec(R, S)
pub fn regexp_exec(r: Value, s: Value) -> JsResult<Value> {
    let exec_fn = ops::get(r, Key::from_str("exec"))?;
    if ops::is_callable(exec_fn) {
        if is_builtin_exec(exec_fn) && regexp_data(r).is_some() {
            return builtin_exec(r, s);
        }
        let res = ops::call(exec_fn, r, &[s])?;
        if !res.is_object() && !res.is_null() {
            return Err(type_error(&format!(
                "{} is not an object or null",
                ops::to_display_string(res)
            )));
        }
        return Ok(res);
    }
    if regexp_data(r).is_none() {
        return Err(incompatible("RegExp.prototype.exec", r));
    }
    builtin_exec(r, s)
}

fn is_builtin_exec(f: Value) -> bool {
    match &f.obj().class {
        Class::Function(fd) => fd.native.map(|n| n as usize) == Some(exec as NativeFn as usize),
        _ => false,
    }
}

/// 22.2.6.2 RegExp.prototype.exec(string)
fn exec(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    if regexp_data(this).is_none() {
        return Err(incompatible("RegExp.prototype.exec", this));
    }
    let s = ops::to_string(arg(args, 0))?;
    builtin_exec(this, s)
}

/// 22.2.6.16 RegExp.prototype.test(S)
fn test(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    if !this.is_object() {
        return Err(incompatible("RegExp.prototype.test", this));
    }
    let s = ops::to_string(arg(args, 0))?;
    let m = regexp_exec(this, s)?;
    Ok(Value::bool(!m.is_null()))
}

/// 22.2.6.17 RegExp.prototype.toString()
fn to_string(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    if !this.is_object() {
        return Err(incompatible("RegExp.prototype.toString", this));
    }
    let p = ops::get(this, Key::from_str("source"))?;
    let p = ops::to_string(p)?;
    let f = ops::get(this, Key::from_str("flags"))?;
    let f = ops::to_string(f)?;
    let mut out: Vec<u16> = Vec::with_capacity(p.str().len() + f.str().len() + 2);
    out.push(u(b'/'));
    out.extend_from_slice(p.str().units());
    out.push(u(b'/'));
    out.extend_from_slice(f.str().units());
    Ok(new_string(&out))
}

// ---------------------------------------------------------------------------
// Accessors

/// 22.2.6.4 get RegExp.prototype.flags
fn get_flags(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    if !this.is_object() {
        return Err(type_error(&format!(
            "RegExp.prototype.flags getter called on non-object {}",
            ops::to_display_string(this)
        )));
    }
    let mut out = String::new();
    for (name, c) in [
        ("hasIndices", 'd'),
        ("global", 'g'),
        ("ignoreCase", 'i'),
        ("multiline", 'm'),
        ("dotAll", 's'),
        ("unicode", 'u'),
        ("unicodeSets", 'v'),
        ("sticky", 'y'),
    ] {
        let v = ops::get(this, Key::from_str(name))?;
        if ops::to_boolean(v) {
            out.push(c);
        }
    }
    Ok(new_string_from_str(&out))
}

/// 22.2.6.4.1 RegExpHasFlag(R, codeUnit)
fn has_flag(this: Value, c: u8, name: &str) -> JsResult<Value> {
    if !this.is_object() {
        return Err(type_error(&format!(
            "RegExp.prototype.{name} getter called on non-object {}",
            ops::to_display_string(this)
        )));
    }
    match regexp_slots(this) {
        Some((_, f)) => Ok(Value::bool(has_unit(f, c))),
        None if this == rt().realm.regexp_prototype => Ok(Value::UNDEFINED),
        None => Err(type_error(&format!("RegExp.prototype.{name} getter called on non-RegExp object"))),
    }
}

macro_rules! flag_getter {
    ($($(#[$m:meta])* $f:ident, $c:expr, $name:expr;)*) => {$(
        $(#[$m])*
        fn $f(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
            has_flag(this, $c, $name)
        }
    )*};
}

flag_getter!(
    /// 22.2.6.3 get RegExp.prototype.dotAll
    get_dot_all, b's', "dotAll";
    /// 22.2.6.5 get RegExp.prototype.global
    get_global, b'g', "global";
    /// 22.2.6.6 get RegExp.prototype.hasIndices
    get_has_indices, b'd', "hasIndices";
    /// 22.2.6.7 get RegExp.prototype.ignoreCase
    get_ignore_case, b'i', "ignoreCase";
    /// 22.2.6.10 get RegExp.prototype.multiline
    get_multiline, b'm', "multiline";
    /// 22.2.6.15 get RegExp.prototype.sticky
    get_sticky, b'y', "sticky";
    /// 22.2.6.18 get RegExp.prototype.unicode
    get_unicode, b'u', "unicode";
    /// 22.2.6.19 get RegExp.prototype.unicodeSets
    get_unicode_sets, b'v', "unicodeSets";
);

/// 22.2.6.13 get RegExp.prototype.source
fn get_source(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    if !this.is_object() {
        return Err(type_error(&format!(
            "RegExp.prototype.source getter called on non-object {}",
            ops::to_display_string(this)
        )));
    }
    match regexp_slots(this) {
        Some((src, _)) => {
            let out = escape_pattern(src.str().units());
            match out {
                None => Ok(src),
                Some(o) => Ok(new_string(&o)),
            }
        }
        None if this == rt().realm.regexp_prototype => Ok(intern_str("(?:)")),
        None => Err(type_error("RegExp.prototype.source getter called on non-RegExp object")),
    }
}

/// 22.2.6.13.1 EscapeRegExpPattern: `/` outside classes and line
/// terminators are escaped; the empty pattern is `(?:)`. None = unchanged.
fn escape_pattern(src: &[u16]) -> Option<Vec<u16>> {
    if src.is_empty() {
        return Some("(?:)".encode_utf16().collect());
    }
    if !src.iter().any(|&c| c == u(b'/') || c == 0x0A || c == 0x0D || c == 0x2028 || c == 0x2029) {
        return None;
    }
    let mut out = Vec::with_capacity(src.len() + 4);
    let mut in_class = false;
    let mut i = 0;
    let push_lt = |out: &mut Vec<u16>, c: u16| -> bool {
        let e = match c {
            0x0A => "n",
            0x0D => "r",
            0x2028 => "u2028",
            0x2029 => "u2029",
            _ => return false,
        };
        out.extend(e.encode_utf16());
        true
    };
    while i < src.len() {
        let c = src[i];
        if c == u(b'\\') {
            out.push(c);
            if i + 1 < src.len() {
                let d = src[i + 1];
                if !push_lt(&mut out, d) {
                    out.push(d);
                }
            }
            i += 2;
            continue;
        }
        if c == 0x0A || c == 0x0D || c == 0x2028 || c == 0x2029 {
            out.push(u(b'\\'));
            push_lt(&mut out, c);
        } else if c == u(b'/') && !in_class {
            out.push(u(b'\\'));
            out.push(c);
        } else {
            if c == u(b'[') {
                in_class = true;
            } else if c == u(b']') {
                in_class = false;
            }
            out.push(c);
        }
        i += 1;
    }
    Some(out)
}

// ---------------------------------------------------------------------------
// Symbol methods

fn flags_string(rx: Value) -> JsResult<Value> {
    let f = ops::get(rx, Key::from_str("flags"))?;
    ops::to_string(f)
}

/// 22.2.6.8 RegExp.prototype[%Symbol.match%](string)
fn symbol_match(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let rx = this;
    if !rx.is_object() {
        return Err(incompatible("RegExp.prototype.@@match", rx));
    }
    let s = ops::to_string(arg(args, 0))?;
    let flags = flags_string(rx)?;
    if !has_unit(flags, b'g') {
        return regexp_exec(rx, s);
    }
    let full_unicode = has_unit(flags, b'u') || has_unit(flags, b'v');
    if fast_path_ok(rx, true, full_unicode)? {
        let ms = collect_matches(rx, s, true)?;
        if ms.is_empty() {
            return Ok(Value::NULL);
        }
        let a = new_array(Vec::with_capacity(ms.len()));
        for m in &ms {
            let v = new_string(&s.str().units()[m.start()..m.end()]);
            push_elem(a, v);
        }
        return Ok(a);
    }
    set_last_index(rx, Value::int(0))?;
    let a = new_array(Vec::new());
    loop {
        let result = regexp_exec(rx, s)?;
        if result.is_null() {
            return Ok(if a.obj().elements.is_empty() { Value::NULL } else { a });
        }
        let m = ops::get(result, Key::Index(0))?;
        let m = ops::to_string(m)?;
        push_elem(a, m);
        if m.str().is_empty() {
            let li = ops::get(rx, last_index_key())?;
            let this_index = ops::to_length(li)?;
            let next = advance_string_index(s, this_index, full_unicode);
            set_last_index(rx, Value::number(next))?;
        }
    }
}

/// 22.2.6.9 RegExp.prototype[%Symbol.matchAll%](string)
fn symbol_match_all(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let r = this;
    if !r.is_object() {
        return Err(incompatible("RegExp.prototype.@@matchAll", r));
    }
    let s = ops::to_string(arg(args, 0))?;
    let c = species_constructor(r, rt().realm.regexp_constructor)?;
    let flags = flags_string(r)?;
    let matcher = ops::construct(c, &[r, flags], c)?;
    let li = ops::get(r, last_index_key())?;
    let li = ops::to_length(li)?;
    set_last_index(matcher, Value::number(li))?;
    let global = has_unit(flags, b'g');
    let full_unicode = has_unit(flags, b'u') || has_unit(flags, b'v');
    // 22.2.9.1 CreateRegExpStringIterator: state [matcher, S] under the
    // private key; flags (1 global, 2 unicode, 4 done) in `length`.
    let state = new_array(vec![matcher, s]);
    let it = new_object_with(rt().realm.regexp_string_iterator_prototype, Class::Ordinary);
    let o = it.obj();
    o.props.insert(rt().realm.sym_internal_state, Slot::data(state, 0));
    o.length = (global as u32) | ((full_unicode as u32) << 1);
    Ok(it)
}

/// 22.2.9.2.1 %RegExpStringIteratorPrototype%.next()
fn regexp_string_iterator_next(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    let key = rt().realm.sym_internal_state;
    let state = if this.is_object() { this.obj().props.get(key).map(|s| s.value) } else { None };
    let state = match state {
        Some(st) if st.is_object() && st.obj().is_array() && st.obj().elements.len() == 2 => st,
        _ => return Err(incompatible("%RegExpStringIterator%.prototype.next", this)),
    };
    let bits = this.obj().length;
    if bits & 4 != 0 {
        return Ok(create_iter_result(Value::UNDEFINED, true));
    }
    let (r, s) = (state.obj().elements[0], state.obj().elements[1]);
    let m = regexp_exec(r, s)?;
    if m.is_null() {
        this.obj().length |= 4;
        return Ok(create_iter_result(Value::UNDEFINED, true));
    }
    if bits & 1 == 0 {
        this.obj().length |= 4;
        return Ok(create_iter_result(m, false));
    }
    let ms = ops::get(m, Key::Index(0))?;
    let ms = ops::to_string(ms)?;
    if ms.str().is_empty() {
        let li = ops::get(r, last_index_key())?;
        let this_index = ops::to_length(li)?;
        let next = advance_string_index(s, this_index, bits & 2 != 0);
        set_last_index(r, Value::number(next))?;
    }
    Ok(create_iter_result(m, false))
}

/// 22.2.6.11 RegExp.prototype[%Symbol.replace%](string, replaceValue)
fn symbol_replace(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let rx = this;
    if !rx.is_object() {
        return Err(incompatible("RegExp.prototype.@@replace", rx));
    }
    let s = ops::to_string(arg(args, 0))?;
    let length_s = s.str().len();
    let mut replace_value = arg(args, 1);
    let functional = ops::is_callable(replace_value);
    if !functional {
        replace_value = ops::to_string(replace_value)?;
    }
    let flags = flags_string(rx)?;
    let global = has_unit(flags, b'g');
    if fast_path_ok(rx, global, has_unit(flags, b'u') || has_unit(flags, b'v'))? {
        return replace_fast(rx, s, global, functional, replace_value);
    }
    let mut full_unicode = false;
    if global {
        full_unicode = has_unit(flags, b'u') || has_unit(flags, b'v');
        set_last_index(rx, Value::int(0))?;
    }
    let results = new_array(Vec::new());
    loop {
        let result = regexp_exec(rx, s)?;
        if result.is_null() {
            break;
        }
        push_elem(results, result);
        if !global {
            break;
        }
        let ms = ops::get(result, Key::Index(0))?;
        let ms = ops::to_string(ms)?;
        if ms.str().is_empty() {
            let li = ops::get(rx, last_index_key())?;
            let this_index = ops::to_length(li)?;
            let next = advance_string_index(s, this_index, full_unicode);
            set_last_index(rx, Value::number(next))?;
        }
    }
    let mut acc: Vec<u16> = Vec::new();
    let mut next_pos = 0usize;
    let count = results.obj().elements.len();
    for i in 0..count {
        let result = results.obj().elements[i];
        let result_length = ops::length_of_array_like(result)?;
        let n_captures = (result_length - 1.0).max(0.0) as usize;
        let matched = ops::get(result, Key::Index(0))?;
        let matched = ops::to_string(matched)?;
        let match_length = matched.str().len();
        let pos = ops::get(result, Key::from_str("index"))?;
        let pos = ops::to_integer_or_infinity(pos)?;
        let position = pos.clamp(0.0, length_s as f64) as usize;
        let captures = new_array(Vec::new());
        for n in 1..=n_captures {
            let cap = ops::get(result, Key::Index(n as u32))?;
            let cap = if cap.is_undefined() { cap } else { ops::to_string(cap)? };
            push_elem(captures, cap);
        }
        let mut named = ops::get(result, Key::from_str("groups"))?;
        let replacement: Vec<u16> = if functional {
            // Every value here is also held by a local or by `captures`.
            let mut argv: Vec<Value> = Vec::with_capacity(n_captures + 4);
            argv.push(matched);
            argv.extend_from_slice(&captures.obj().elements);
            argv.push(Value::number(position as f64));
            argv.push(s);
            if !named.is_undefined() {
                argv.push(named);
            }
            let rv = ops::call(replace_value, Value::UNDEFINED, &argv)?;
            drop(argv);
            ops::to_string(rv)?.str().units().to_vec()
        } else {
            if !named.is_undefined() {
                named = ops::to_object(named)?;
            }
            get_substitution(matched, s, position, captures, named, replace_value)?
        };
        if position >= next_pos {
            acc.extend_from_slice(&s.str().units()[next_pos..position]);
            acc.extend_from_slice(&replacement);
            if acc.len() > crate::MAX_STRING_LENGTH {
                return Err(crate::error::range_error("Invalid string length"));
            }
            next_pos = position + match_length;
        }
    }
    if next_pos >= length_s {
        return Ok(new_string(&acc));
    }
    acc.extend_from_slice(&s.str().units()[next_pos..]);
    if acc.len() > crate::MAX_STRING_LENGTH {
        return Err(crate::error::range_error("Invalid string length"));
    }
    Ok(new_string(&acc))
}

/// Whether `rx` is a genuine RegExp whose matching can skip the
/// observable RegExpExec protocol without changing any result: `exec` is
/// the builtin, `lastIndex` is a writable own number, and the `g`/`u`
/// flags read through `flags` agree with [[OriginalFlags]].
fn fast_path_ok(rx: Value, global: bool, full_unicode: bool) -> JsResult<bool> {
    let Some(d) = regexp_data(rx) else { return Ok(false) };
    if d.global != global || (global && d.unicode != full_unicode) {
        return Ok(false);
    }
    match rx.obj().props.get(rt().realm.atom_last_index) {
        Some(sl) if !sl.is_accessor() && sl.writable() && sl.value.is_number() => {}
        _ => return Ok(false),
    }
    let exec_fn = ops::get(rx, Key::from_str("exec"))?;
    Ok(ops::is_callable(exec_fn) && is_builtin_exec(exec_fn))
}

/// The matches RegExpBuiltinExec would return, called in a loop as
/// @@match/@@replace do (global: from lastIndex 0, advancing past empty
/// matches), leaving `lastIndex` as that loop would.
fn collect_matches(rx: Value, s: Value, global: bool) -> JsResult<Vec<regress::Match>> {
    let d = regexp_data(rx).expect("checked by fast_path_ok");
    let (sticky, unicode) = (d.sticky, d.unicode);
    let len = s.str().len();
    let mut out = Vec::new();
    if global {
        let mut li = 0usize;
        while li <= len {
            match find_at(d, s.str().units(), li) {
                Some(m) if !sticky || m.start() == li => {
                    li = m.end();
                    if m.start() == m.end() {
                        li = advance_string_index(s, li as f64, unicode) as usize;
                    }
                    out.push(m);
                }
                _ => break,
            }
        }
        set_last_index(rx, Value::int(0))?;
        return Ok(out);
    }
    let li = if sticky { ops::to_length(ops::get(rx, last_index_key())?)? } else { 0.0 };
    if li > len as f64 {
        if sticky {
            set_last_index(rx, Value::int(0))?;
        }
        return Ok(out);
    }
    let start = unicode_start(d, s.str().units(), li as usize);
    match find_at(d, s.str().units(), start) {
        Some(m) if !sticky || m.start() == start => {
            if sticky {
                set_last_index(rx, Value::number(m.end() as f64))?;
            }
            out.push(m);
        }
        _ => {
            if sticky {
                set_last_index(rx, Value::int(0))?;
            }
        }
    }
    Ok(out)
}

/// @@replace for a genuine RegExp: all matches are found first (as the spec
/// does before calling any replacer), then replaced.
fn replace_fast(rx: Value, s: Value, global: bool, functional: bool, replace_value: Value) -> JsResult<Value> {
    let ms = collect_matches(rx, s, global)?;
    if ms.is_empty() {
        return Ok(s);
    }
    let (src, v_mode) = {
        let d = regexp_data(rx).expect("checked by fast_path_ok");
        (d.source, has_unit(d.flags, b'v'))
    };
    let has_groups = ms[0].named_groups().len() > 0;
    let names: Vec<(Vec<u16>, usize)> = if has_groups {
        let idx = named_capture_indices(src.str().units(), v_mode);
        ms[0].named_groups().zip(idx).map(|((name, _), i)| (name.encode_utf16().collect(), i)).collect()
    } else {
        Vec::new()
    };
    let mut acc: Vec<u16> = Vec::new();
    let mut next_pos = 0usize;
    for m in &ms {
        let (position, end) = (m.start(), m.end());
        let matched = new_string(&s.str().units()[position..end]);
        let captures = new_array(Vec::with_capacity(m.captures.len()));
        for cap in m.captures.iter() {
            let v = match cap {
                Some(rg) => new_string(&s.str().units()[rg.clone()]),
                None => Value::UNDEFINED,
            };
            push_elem(captures, v);
        }
        let groups = if has_groups {
            let g = new_object_with(Value::NULL, Class::Ordinary);
            for (name, i) in &names {
                let k = intern(name);
                let v = captures.obj().elements.get(*i).copied().unwrap_or(Value::UNDEFINED);
                g.obj().props.insert(key_from_string(k).named(), Slot::data(v, DEFAULT_ATTRS));
            }
            g
        } else {
            Value::UNDEFINED
        };
        let replacement: Vec<u16> = if functional {
            // Every value here is also held by a local or by `captures`.
            let mut argv: Vec<Value> = Vec::with_capacity(m.captures.len() + 4);
            argv.push(matched);
            argv.extend_from_slice(&captures.obj().elements);
            argv.push(Value::number(position as f64));
            argv.push(s);
            if has_groups {
                argv.push(groups);
            }
            let rv = ops::call(replace_value, Value::UNDEFINED, &argv)?;
            drop(argv);
            ops::to_string(rv)?.str().units().to_vec()
        } else {
            get_substitution(matched, s, position, captures, groups, replace_value)?
        };
        if position >= next_pos {
            acc.extend_from_slice(&s.str().units()[next_pos..position]);
            acc.extend_from_slice(&replacement);
            if acc.len() > crate::MAX_STRING_LENGTH {
                return Err(crate::error::range_error("Invalid string length"));
            }
            next_pos = end;
        }
    }
    let len = s.str().len();
    if next_pos < len {
        acc.extend_from_slice(&s.str().units()[next_pos..]);
    }
    if acc.len() > crate::MAX_STRING_LENGTH {
        return Err(crate::error::range_error("Invalid string length"));
    }
    Ok(new_string(&acc))
}

/// 22.2.6.12 RegExp.prototype[%Symbol.search%](string)
fn symbol_search(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let rx = this;
    if !rx.is_object() {
        return Err(incompatible("RegExp.prototype.@@search", rx));
    }
    let s = ops::to_string(arg(args, 0))?;
    let prev = ops::get(rx, last_index_key())?;
    if !ops::same_value(prev, Value::int(0)) {
        set_last_index(rx, Value::int(0))?;
    }
    let result = regexp_exec(rx, s)?;
    let cur = ops::get(rx, last_index_key())?;
    if !ops::same_value(cur, prev) {
        set_last_index(rx, prev)?;
    }
    if result.is_null() {
        return Ok(Value::int(-1));
    }
    ops::get(result, Key::from_str("index"))
}

/// 22.2.6.14 RegExp.prototype[%Symbol.split%](string, limit)
fn symbol_split(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let rx = this;
    if !rx.is_object() {
        return Err(incompatible("RegExp.prototype.@@split", rx));
    }
    let s = ops::to_string(arg(args, 0))?;
    let c = species_constructor(rx, rt().realm.regexp_constructor)?;
    let flags = flags_string(rx)?;
    let unicode_matching = has_unit(flags, b'u') || has_unit(flags, b'v');
    let new_flags = if has_unit(flags, b'y') {
        flags
    } else {
        let mut f = flags.str().units().to_vec();
        f.push(u(b'y'));
        new_string(&f)
    };
    let splitter = ops::construct(c, &[rx, new_flags], c)?;
    let a = new_array(Vec::new());
    let limit = arg(args, 1);
    let lim: u32 = if limit.is_undefined() { u32::MAX } else { ops::to_uint32(ops::to_number(limit)?) };
    if lim == 0 {
        return Ok(a);
    }
    let size = s.str().len();
    let exec_fn = ops::get(splitter, Key::from_str("exec"))?;
    let fast = regexp_data(splitter).is_some() && ops::is_callable(exec_fn) && is_builtin_exec(exec_fn);
    if size == 0 {
        let z = regexp_exec(splitter, s)?;
        if !z.is_null() {
            return Ok(a);
        }
        push_elem(a, s);
        return Ok(a);
    }
    let full = |a: Value| a.obj().elements.len() as u64 >= lim as u64;
    let mut p = 0usize;
    let mut q = 0usize;
    if fast {
        // Same result as the loop below: the leftmost match at or after q is
        // the first q' >= q at which a sticky match succeeds.
        while q < size {
            let m = {
                let d = regexp_data(splitter).expect("checked");
                find_at(d, s.str().units(), q)
            };
            let Some(m) = m else { break };
            if m.start() >= size {
                break;
            }
            q = m.start();
            let e = m.end().min(size);
            if e == p {
                q = advance_string_index(s, q as f64, unicode_matching) as usize;
                continue;
            }
            let t = new_string(&s.str().units()[p..q]);
            push_elem(a, t);
            if full(a) {
                return Ok(a);
            }
            p = e;
            for cap in m.captures.iter() {
                let v = match cap {
                    Some(rg) => new_string(&s.str().units()[rg.clone()]),
                    None => Value::UNDEFINED,
                };
                push_elem(a, v);
                if full(a) {
                    return Ok(a);
                }
            }
            q = p;
        }
    } else {
        while q < size {
            set_last_index(splitter, Value::number(q as f64))?;
            let z = regexp_exec(splitter, s)?;
            if z.is_null() {
                q = advance_string_index(s, q as f64, unicode_matching) as usize;
                continue;
            }
            let li = ops::get(splitter, last_index_key())?;
            let e = (ops::to_length(li)? as usize).min(size);
            if e == p {
                q = advance_string_index(s, q as f64, unicode_matching) as usize;
                continue;
            }
            let t = new_string(&s.str().units()[p.min(q)..q]);
            push_elem(a, t);
            if full(a) {
                return Ok(a);
            }
            p = e;
            let ncap = (ops::length_of_array_like(z)? - 1.0).max(0.0) as usize;
            for i in 1..=ncap {
                let cap = ops::get(z, Key::Index(i as u32))?;
                push_elem(a, cap);
                if full(a) {
                    return Ok(a);
                }
            }
            q = p;
        }
    }
    let t = new_string(&s.str().units()[p.min(size)..size]);
    push_elem(a, t);
    Ok(a)
}

//! Node's `util.inspect` (lib/internal/util/inspect.js of Node 20) with the
//! options `console.log` uses: depth 2, no colors, breakLength 80, compact 3,
//! maxArrayLength 100, maxStringLength 10000.
//!
//! **Invariant:** inspecting never throws, never runs JS (getters print as
//! `[Getter]`), and never allocates on the JS heap, so the values collected
//! in Rust vectors here cannot be moved or freed while we hold them.

use crate::object::*;
use crate::value::Value;

const BREAK_LENGTH: usize = 80;
const COMPACT: usize = 3;
const MAX_ARRAY_LENGTH: usize = 100;
const MAX_STRING_LENGTH: usize = 10000;
const MIN_LINE_LENGTH: usize = 16;

/// `util.inspect(v)` with console.log's options.
pub fn inspect(v: Value) -> String {
    inspect_depth(v, 2)
}

/// `util.inspect(v, { depth })`; `usize::MAX` for unlimited depth.
pub fn inspect_depth(v: Value, depth: usize) -> String {
    let mut ctx = Ctx::new(depth);
    format_value(&mut ctx, v, 0)
}

/// The block Node appends after an error's stack when reporting it: its own
/// enumerable properties (other than those the stack already shows), as
/// `{ k: v }` or a multi-line block; empty when there are none.
pub fn error_extra_props(e: Value) -> String {
    if !e.is_object() {
        return String::new();
    }
    let mut ctx = Ctx::new(2);
    let full = format_value(&mut ctx, e, 0);
    let mut ctx2 = Ctx::new(2);
    let ctor = get_constructor_name(&mut ctx2, e, 0);
    let tag = string_tag(e);
    let mut keys = get_keys(e);
    let base = format_error(&mut ctx2, e, ctor.as_deref(), &tag, &mut keys);
    match full.strip_prefix(&base) {
        Some(rest) if rest.starts_with(' ') => rest[1..].to_string(),
        _ => String::new(),
    }
}

struct Ctx {
    depth: usize,
    indentation_lvl: usize,
    seen: Vec<Value>,
    circular: Vec<Value>,
    current_depth: usize,
}

impl Ctx {
    fn new(depth: usize) -> Ctx {
        Ctx { depth, indentation_lvl: 0, seen: Vec::new(), circular: Vec::new(), current_depth: 0 }
    }
}

#[derive(Copy, Clone, PartialEq, Eq)]
enum EntryKind {
    Object,
    Array,
    ArrayExtras,
}

/// A property key of an inspected object.
#[derive(Copy, Clone, PartialEq, Eq)]
enum PKey {
    Index(u32),
    /// An interned string or a symbol.
    Named(Value),
}

/// UTF-16 length, as JS's `.length`.
fn jslen(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.encode_utf16().count()
    }
}

// ---------------------------------------------------------------------------
// Reading objects without side effects

fn realm() -> &'static crate::realm::Realm {
    &crate::rt().realm
}

fn key_str(s: &str) -> Value {
    // Property names used here are interned at startup or by user code; a
    // missing one means no object has such a property.
    let units = crate::string::units_of(s);
    crate::rt().interned.get(units.as_slice()).copied().unwrap_or(Value::UNDEFINED)
}

/// Own property slot by key, without allocating.
fn own_slot(o: Value, key: PKey) -> Option<Slot> {
    let ob = o.obj();
    if let (Class::Namespace(_), PKey::Named(k)) = (&ob.class, key) {
        if k.is_string() {
            return crate::object::namespace_binding(ob, crate::object::Key::Named(k)).map(|v| Slot::data(v, WRITABLE | ENUMERABLE));
        }
    }
    match key {
        PKey::Index(i) => {
            if let Some(&v) = ob.elements.get(i as usize) {
                if !v.is_hole() {
                    return Some(Slot::data(v, DEFAULT_ATTRS));
                }
            }
            if let Some((env, slot)) = crate::object::mapped_slot(ob, i) {
                // SAFETY: the map's environment is kept alive by the arguments object.
                return Some(Slot::data(unsafe { (*env).slots()[slot as usize] }, DEFAULT_ATTRS));
            }
            if ob.sparse {
                for (k, s) in ob.props.entries() {
                    if k.is_string() && k.str().array_index() == Some(i) {
                        return Some(*s);
                    }
                }
            }
            None
        }
        PKey::Named(k) => {
            if k.is_undefined() {
                return None;
            }
            ob.props.get(k).copied()
        }
    }
}

/// Own data property value by name (None for accessors and absent ones).
fn own_data(o: Value, name: &str) -> Option<Value> {
    let k = key_str(name);
    if k.is_undefined() {
        return None;
    }
    let s = o.obj().props.get(k)?;
    if s.is_accessor() { None } else { Some(s.value) }
}

/// A property's value found along the prototype chain, reading data
/// properties only (accessors give None).
fn chain_data_key(o: Value, k: Value) -> Option<Value> {
    if k.is_undefined() {
        return None;
    }
    let mut cur = o;
    let mut hops = 0;
    while cur.is_object() && hops < 10000 {
        if let Some(s) = cur.obj().props.get(k) {
            return if s.is_accessor() { None } else { Some(s.value) };
        }
        cur = cur.obj().proto;
        hops += 1;
    }
    None
}

fn chain_data(o: Value, name: &str) -> Option<Value> {
    chain_data_key(o, key_str(name))
}

fn has_property_named(o: Value, name: &str) -> bool {
    let k = key_str(name);
    if k.is_undefined() {
        return false;
    }
    let mut cur = o;
    while cur.is_object() {
        if cur.obj().props.get(k).is_some() {
            return true;
        }
        cur = cur.obj().proto;
    }
    false
}

fn js_string(v: Value) -> String {
    v.str().to_rust_string()
}

/// A function's `name` (data properties only), or "".
fn function_name(f: Value) -> String {
    match chain_data(f, "name") {
        Some(n) if n.is_string() => js_string(n),
        _ => String::new(),
    }
}

/// OrdinaryHasInstance without side effects.
fn is_instance_of(o: Value, ctor: Value) -> bool {
    let ctor = match &ctor.obj().class {
        Class::BoundFunction { target, .. } => *target,
        _ => ctor,
    };
    let Some(p) = own_data(ctor, "prototype") else { return false };
    if !p.is_object() {
        return false;
    }
    let mut cur = o.obj().proto;
    let mut hops = 0;
    while cur.is_object() && hops < 10000 {
        if cur == p {
            return true;
        }
        cur = cur.obj().proto;
        hops += 1;
    }
    false
}

/// The name of the constructor whose prototype chain `o` is on, as Node's
/// `getConstructorName` finds it; None for null-prototype objects.
pub fn constructor_name(o: Value) -> Option<String> {
    let mut ctx = Ctx::new(2);
    get_constructor_name(&mut ctx, o, 0)
}

fn get_constructor_name(ctx: &mut Ctx, obj: Value, recurse_times: usize) -> Option<String> {
    let tmp = obj;
    let mut o = obj;
    let mut first_proto: Option<Value> = None;
    let r = realm();
    let mut hops = 0;
    while o.is_object() && hops < 10000 {
        hops += 1;
        if o == r.object_prototype && o != tmp {
            return Some("Object".into());
        }
        if o == r.function_prototype && o != tmp {
            return Some("Function".into());
        }
        if let Some(c) = own_data(o, "constructor") {
            if c.is_object() && c.obj().is_callable() {
                let name = function_name(c);
                if !name.is_empty() && is_instance_of(tmp, c) {
                    return Some(name);
                }
            }
        }
        o = o.obj().proto;
        if first_proto.is_none() {
            first_proto = Some(o);
        }
    }
    let fp = first_proto.unwrap_or(Value::NULL);
    if !fp.is_object() {
        return None;
    }
    let res = internal_class_name(tmp);
    if recurse_times > ctx.depth {
        return Some(format!("{res} <Complex prototype>"));
    }
    match get_constructor_name(ctx, fp, recurse_times + 1) {
        None => {
            let empty = get_keys(fp).is_empty();
            Some(format!("{res} <[Object: null prototype]{}>", if empty { " {}" } else { "" }))
        }
        Some(p) => Some(format!("{res} <{p}>")),
    }
}

/// V8's class name for an object (`internalGetConstructorName`).
fn internal_class_name(o: Value) -> &'static str {
    match o.obj().class {
        Class::Array => "Array",
        Class::Function(_) | Class::BoundFunction { .. } => "Function",
        Class::Error => "Error",
        Class::Boolean(_) => "Boolean",
        Class::Number(_) => "Number",
        Class::String(_) => "String",
        Class::Symbol(_) => "Symbol",
        Class::RegExp(_) => "RegExp",
        Class::Date(_) => "Date",
        _ => "Object",
    }
}

/// `value[Symbol.toStringTag]` when it is a non-empty string that is not an
/// own enumerable property; otherwise "".
fn string_tag(v: Value) -> String {
    let sym = realm().sym_to_string_tag;
    if let Some(s) = v.obj().props.get(sym) {
        if s.enumerable() {
            return String::new();
        }
    }
    match chain_data_key(v, sym) {
        Some(t) if t.is_string() && !t.str().is_empty() => js_string(t),
        _ => String::new(),
    }
}

/// Own enumerable keys: indices ascending, then strings, then symbols
/// (`Object.keys` plus enumerable symbols).
fn get_keys(v: Value) -> Vec<PKey> {
    let ob = v.obj();
    if let Class::Namespace(ns) = &ob.class {
        // A namespace's keys are its exports (10.4.6.11).
        return ns.exports.iter().map(|e| PKey::Named(e.0)).collect();
    }
    let mut indices: Vec<u32> = Vec::new();
    if let Class::String(s) = ob.class {
        indices.extend(0..s.str().len() as u32);
    }
    for (i, e) in ob.elements.iter().enumerate() {
        if !e.is_hole() || crate::object::mapped_slot(ob, i as u32).is_some() {
            indices.push(i as u32);
        }
    }
    let mut strings = Vec::new();
    let mut symbols = Vec::new();
    let mut sparse_seen = false;
    for (k, s) in ob.props.entries() {
        if !s.enumerable() {
            continue;
        }
        if k.is_symbol() {
            symbols.push(PKey::Named(*k));
        } else if let Some(i) = k.str().array_index() {
            indices.push(i);
            sparse_seen = true;
        } else {
            strings.push(PKey::Named(*k));
        }
    }
    if sparse_seen || matches!(ob.class, Class::String(_)) {
        indices.sort_unstable();
        indices.dedup();
    }
    let mut out: Vec<PKey> = indices.into_iter().map(PKey::Index).collect();
    out.extend(strings);
    out.extend(symbols);
    out
}

/// Non-index enumerable own keys (`getOwnNonIndexProperties`).
fn get_non_index_keys(v: Value) -> Vec<PKey> {
    get_keys(v).into_iter().filter(|k| !matches!(k, PKey::Index(_))).collect()
}

fn pkey_string(k: PKey) -> String {
    match k {
        PKey::Index(i) => i.to_string(),
        PKey::Named(v) if v.is_string() => js_string(v),
        PKey::Named(_) => String::new(),
    }
}

// ---------------------------------------------------------------------------
// Primitives

const META: [&str; 32] = [
    "\\x00", "\\x01", "\\x02", "\\x03", "\\x04", "\\x05", "\\x06", "\\x07", "\\b", "\\t", "\\n", "\\x0B", "\\f", "\\r",
    "\\x0E", "\\x0F", "\\x10", "\\x11", "\\x12", "\\x13", "\\x14", "\\x15", "\\x16", "\\x17", "\\x18", "\\x19", "\\x1A",
    "\\x1B", "\\x1C", "\\x1D", "\\x1E", "\\x1F",
];

fn meta(c: u16) -> String {
    match c {
        0..=0x1F => META[c as usize].to_string(),
        0x27 => "\\'".into(),
        0x5C => "\\\\".into(),
        _ => format!("\\x{:X}", c),
    }
}

fn contains_units(s: &[u16], pat: &str) -> bool {
    let p: Vec<u16> = pat.encode_utf16().collect();
    s.windows(p.len()).any(|w| w == p.as_slice())
}

/// `strEscape`: quote a string the way Node prints it inside containers.
fn str_escape(s: &[u16]) -> String {
    let mut single_quote: i32 = 39;
    if s.contains(&0x27) {
        if !s.contains(&0x22) {
            single_quote = -1;
        } else if !s.contains(&0x60) && !contains_units(s, "${") {
            single_quote = -2;
        }
    }
    let mut result: Vec<u16> = Vec::with_capacity(s.len() + 2);
    let mut i = 0;
    while i < s.len() {
        let p = s[i];
        if p as i32 == single_quote || p == 92 || p < 32 || (p > 126 && p < 160) {
            result.extend(meta(p).encode_utf16());
        } else if (0xD800..=0xDFFF).contains(&p) {
            if p <= 0xDBFF && i + 1 < s.len() && (0xDC00..=0xDFFF).contains(&s[i + 1]) {
                result.push(p);
                result.push(s[i + 1]);
                i += 2;
                continue;
            }
            result.extend(format!("\\u{:x}", p).encode_utf16());
        } else {
            result.push(p);
        }
        i += 1;
    }
    let body = String::from_utf16_lossy(&result);
    match single_quote {
        -1 => format!("\"{body}\""),
        -2 => format!("`{body}`"),
        _ => format!("'{body}'"),
    }
}

fn format_number(d: f64) -> String {
    if d == 0.0 && d.is_sign_negative() {
        return "-0".into();
    }
    if d.fract() == 0.0 && d.abs() < 1e15 {
        return format!("{}", d as i64);
    }
    crate::numconv::number_to_string(d)
}

fn symbol_to_string(s: Value) -> String {
    let d = s.sym().description;
    if d.is_string() { format!("Symbol({})", js_string(d)) } else { "Symbol()".into() }
}

/// `formatPrimitive`
fn format_primitive(ctx: &Ctx, v: Value) -> String {
    if v.is_string() {
        let mut units: &[u16] = v.str().units();
        let mut trailer = String::new();
        if units.len() > MAX_STRING_LENGTH {
            let remaining = units.len() - MAX_STRING_LENGTH;
            units = &units[..MAX_STRING_LENGTH];
            trailer = format!("... {remaining} more character{}", if remaining > 1 { "s" } else { "" });
        }
        if units.len() > MIN_LINE_LENGTH && units.len() + ctx.indentation_lvl + 4 > BREAK_LENGTH {
            // Split after each newline.
            let mut pieces: Vec<String> = Vec::new();
            let mut start = 0;
            for (i, &c) in units.iter().enumerate() {
                if c == 10 && i + 1 < units.len() {
                    pieces.push(str_escape(&units[start..=i]));
                    start = i + 1;
                }
            }
            pieces.push(str_escape(&units[start..]));
            let sep = format!(" +\n{}", " ".repeat(ctx.indentation_lvl + 2));
            return pieces.join(&sep) + &trailer;
        }
        return str_escape(units) + &trailer;
    }
    if v.is_number() {
        return format_number(v.as_number());
    }
    if v.is_bool() {
        return if v.as_bool() { "true".into() } else { "false".into() };
    }
    if v.is_undefined() {
        return "undefined".into();
    }
    if v.is_null() {
        return "null".into();
    }
    if v.is_symbol() {
        return symbol_to_string(v);
    }
    if v.is_hole() {
        return "undefined".into();
    }
    String::new()
}

// ---------------------------------------------------------------------------
// Objects

fn format_value(ctx: &mut Ctx, v: Value, recurse_times: usize) -> String {
    if !v.is_object() {
        return format_primitive(ctx, v);
    }
    if ctx.seen.contains(&v) {
        let index = match ctx.circular.iter().position(|&c| c == v) {
            Some(i) => i + 1,
            None => {
                ctx.circular.push(v);
                ctx.circular.len()
            }
        };
        return format!("[Circular *{index}]");
    }
    format_raw(ctx, v, recurse_times)
}

fn get_prefix(constructor: Option<&str>, tag: &str, fallback: &str, size: &str) -> String {
    match constructor {
        None => {
            if !tag.is_empty() && fallback != tag {
                format!("[{fallback}{size}: null prototype] [{tag}] ")
            } else {
                format!("[{fallback}{size}: null prototype] ")
            }
        }
        Some(c) => {
            if !tag.is_empty() && c != tag {
                format!("{c}{size} [{tag}] ")
            } else {
                format!("{c}{size} ")
            }
        }
    }
}

fn get_ctx_style(v: Value, constructor: Option<&str>, tag: &str) -> String {
    let mut fallback = String::new();
    if constructor.is_none() {
        fallback = internal_class_name(v).to_string();
        if fallback == tag {
            fallback = "Object".into();
        }
    }
    get_prefix(constructor, tag, &fallback, "")
}

/// True for functions defined with `class` syntax: their `prototype` is
/// non-writable.
fn is_class_constructor(v: Value) -> bool {
    if !matches!(v.obj().class, Class::Function(_)) {
        return false;
    }
    let k = realm().atom_prototype;
    match v.obj().props.get(k) {
        Some(s) => !s.is_accessor() && !s.writable() && v.obj().is_constructor() && {
            let fd = match &v.obj().class {
                Class::Function(fd) => fd,
                _ => unreachable!(),
            };
            fd.native.is_none()
        },
        None => false,
    }
}

fn get_function_base(v: Value, constructor: Option<&str>, tag: &str) -> String {
    if is_class_constructor(v) {
        let name = match own_data(v, "name") {
            Some(n) if n.is_string() && !n.str().is_empty() => js_string(n),
            _ => "(anonymous)".into(),
        };
        let mut base = format!("class {name}");
        if constructor != Some("Function") && constructor.is_some() {
            base += &format!(" [{}]", constructor.unwrap_or_default());
        }
        if !tag.is_empty() && constructor != Some(tag) {
            base += &format!(" [{tag}]");
        }
        if constructor.is_some() {
            let sup = v.obj().proto;
            if sup.is_object() {
                let sn = function_name(sup);
                if !sn.is_empty() {
                    base += &format!(" extends {sn}");
                }
            }
        } else {
            base += " extends [null prototype]";
        }
        return format!("[{base}]");
    }
    let ty = "Function";
    let mut base = format!("[{ty}");
    if constructor.is_none() {
        base += " (null prototype)";
    }
    let name = function_name(v);
    if name.is_empty() {
        base += " (anonymous)";
    } else {
        base += &format!(": {name}");
    }
    base += "]";
    if let Some(c) = constructor {
        if c != ty {
            base += &format!(" {c}");
        }
    }
    if !tag.is_empty() && constructor != Some(tag) {
        base += &format!(" [{tag}]");
    }
    base
}

fn format_raw(ctx: &mut Ctx, v: Value, mut recurse_times: usize) -> String {
    let constructor = get_constructor_name(ctx, v, recurse_times);
    let ctor = constructor.as_deref();
    let tag = string_tag(v);
    let mut base = String::new();
    let mut braces: [String; 2] = ["{".into(), "}".into()];
    let mut extras = EntryKind::Object;
    let mut is_array_fmt = false;
    // Some(is a Map) for Maps and Sets (Node's formatMap / formatSet).
    let mut collection: Option<bool> = None;
    let mut promise_state: Option<(crate::builtins::promise::PromiseState, Value)> = None;
    let mut weak_unknown = false;
    let mut keys: Vec<PKey>;
    let ob = v.obj();
    if ob.is_array() {
        let len = ob.length;
        let prefix = if ctor != Some("Array") || !tag.is_empty() {
            get_prefix(ctor, &tag, "Array", &format!("({len})"))
        } else {
            String::new()
        };
        keys = get_non_index_keys(v);
        braces = [format!("{prefix}["), "]".into()];
        if len == 0 && keys.is_empty() {
            return format!("{}]", braces[0]);
        }
        extras = EntryKind::ArrayExtras;
        is_array_fmt = true;
    } else {
        keys = get_keys(v);
        match &ob.class {
            Class::Function(_) | Class::BoundFunction { .. } => {
                base = get_function_base(v, ctor, &tag);
                if keys.is_empty() {
                    return base;
                }
            }
            Class::RegExp(r) => {
                let src = if r.source.is_string() { js_string(r.source) } else { String::new() };
                let flags = if r.flags.is_string() { js_string(r.flags) } else { String::new() };
                base = format!("/{src}/{flags}");
                let prefix = get_prefix(ctor, &tag, "RegExp", "");
                if prefix != "RegExp " {
                    base = format!("{prefix}{base}");
                }
                if keys.is_empty() || recurse_times > ctx.depth {
                    return base;
                }
            }
            Class::Date(t) => {
                base = date_to_iso(*t);
                let prefix = get_prefix(ctor, &tag, "Date", "");
                if prefix != "Date " {
                    base = format!("{prefix}{base}");
                }
                if keys.is_empty() {
                    return base;
                }
            }
            Class::Error => {
                base = format_error(ctx, v, ctor, &tag, &mut keys);
                if keys.is_empty() {
                    return base;
                }
            }
            Class::Number(_) | Class::String(_) | Class::Boolean(_) | Class::Symbol(_) => {
                base = get_boxed_base(ctx, v, &mut keys, ctor, &tag);
                if keys.is_empty() {
                    return base;
                }
            }
            Class::Map(m) | Class::Set(m) => {
                let is_map = matches!(ob.class, Class::Map(_));
                let prefix = get_prefix(ctor, &tag, if is_map { "Map" } else { "Set" }, &format!("({})", m.live));
                if m.live == 0 && keys.is_empty() {
                    return format!("{prefix}{{}}");
                }
                braces[0] = format!("{prefix}{{");
                collection = Some(is_map);
            }
            Class::WeakMap(_) | Class::WeakSet(_) => {
                // Node's formatWeakCollection without showHidden.
                let name = if matches!(ob.class, Class::WeakMap(_)) { "WeakMap" } else { "WeakSet" };
                braces[0] = format!("{}{{", get_prefix(ctor, &tag, name, ""));
                weak_unknown = true;
            }
            Class::Promise(p) => {
                // Node's formatPromise: the state, then the keys.
                braces[0] = format!("{}{{", get_prefix(ctor, &tag, "Promise", ""));
                promise_state = Some((p.state, p.result));
            }
            Class::Namespace(_) => {
                braces[0] = format!("{}{{", get_prefix(ctor, &tag, "Module", ""));
                if keys.is_empty() {
                    return format!("{}}}", braces[0]);
                }
            }
            Class::Arguments(_) if ctor == Some("Object") => {
                braces[0] = "[Arguments] {".into();
                if keys.is_empty() {
                    return format!("{}}}", braces[0]);
                }
            }
            _ if ctor == Some("Object") => {
                if !tag.is_empty() {
                    braces[0] = format!("{}{{", get_prefix(ctor, &tag, "Object", ""));
                }
                if keys.is_empty() {
                    return format!("{}}}", braces[0]);
                }
            }
            _ => {
                let style = get_ctx_style(v, ctor, &tag);
                if keys.is_empty() {
                    return format!("{style}{{}}");
                }
                braces[0] = format!("{style}{{");
            }
        }
    }
    if recurse_times > ctx.depth {
        let style = get_ctx_style(v, ctor, &tag);
        let name = &style[..style.len() - 1];
        return if ctor.is_some() { format!("[{name}]") } else { name.to_string() };
    }
    recurse_times += 1;
    ctx.seen.push(v);
    ctx.current_depth = recurse_times;
    let mut output: Vec<String> = if is_array_fmt { format_array(ctx, v, recurse_times) } else { Vec::new() };
    if weak_unknown {
        output.push("<items unknown>".to_string());
    }
    if let Some((state, result)) = promise_state {
        use crate::builtins::promise::PromiseState;
        output.push(if state == PromiseState::Pending {
            "<pending>".to_string()
        } else {
            ctx.indentation_lvl += 2;
            let s = format_value(ctx, result, recurse_times);
            ctx.indentation_lvl -= 2;
            if state == PromiseState::Rejected { format!("<rejected> {s}") } else { s }
        });
    }
    if let Some(is_map) = collection {
        let entries: Vec<(Value, Value)> = match &v.obj().class {
            Class::Map(m) | Class::Set(m) => m.entries.iter().copied().filter(|e| !e.0.is_hole()).collect(),
            _ => Vec::new(),
        };
        ctx.indentation_lvl += 2;
        for (k, val) in entries {
            let ks = format_value(ctx, k, recurse_times);
            output.push(if is_map { format!("{ks} => {}", format_value(ctx, val, recurse_times)) } else { ks });
        }
        ctx.indentation_lvl -= 2;
    }
    for &k in &keys {
        let s = format_property(ctx, v, recurse_times, k, extras);
        output.push(s);
    }
    if let Some(i) = ctx.circular.iter().position(|&c| c == v) {
        let reference = format!("<ref *{}>", i + 1);
        base = if base.is_empty() { reference } else { format!("{reference} {base}") };
    }
    ctx.seen.pop();
    reduce_to_single_string(ctx, output, &base, &braces, extras, recurse_times, Some(v))
}

fn get_boxed_base(ctx: &Ctx, v: Value, keys: &mut Vec<PKey>, ctor: Option<&str>, tag: &str) -> String {
    let (ty, prim) = match v.obj().class {
        Class::Number(n) => ("Number", format_number(n)),
        Class::String(s) => {
            let n = s.str().len();
            let drop = n.min(keys.len());
            keys.drain(0..drop);
            ("String", format_primitive(ctx, s))
        }
        Class::Boolean(b) => ("Boolean", b.to_string()),
        Class::Symbol(s) => ("Symbol", symbol_to_string(s)),
        _ => ("Object", String::new()),
    };
    let mut base = format!("[{ty}");
    if ctor != Some(ty) {
        match ctor {
            None => base += " (null prototype)",
            Some(c) => base += &format!(" ({c})"),
        }
    }
    base += &format!(": {prim}]");
    if !tag.is_empty() && Some(tag) != ctor {
        base += &format!(" [{tag}]");
    }
    base
}

/// `formatArray` / `formatSpecialArray`
fn format_array(ctx: &mut Ctx, v: Value, recurse_times: usize) -> Vec<String> {
    let val_len = v.obj().length as usize;
    let len = MAX_ARRAY_LENGTH.min(val_len);
    let remaining = val_len - len;
    let mut output: Vec<String> = Vec::new();
    for i in 0..len {
        if own_slot(v, PKey::Index(i as u32)).is_none() {
            return format_special_array(ctx, v, recurse_times, len, output, i);
        }
        output.push(format_property(ctx, v, recurse_times, PKey::Index(i as u32), EntryKind::Array));
    }
    if remaining > 0 {
        output.push(remaining_text(remaining));
    }
    output
}

fn remaining_text(n: usize) -> String {
    format!("... {n} more item{}", if n > 1 { "s" } else { "" })
}

fn format_special_array(
    ctx: &mut Ctx,
    v: Value,
    recurse_times: usize,
    max_length: usize,
    mut output: Vec<String>,
    start: usize,
) -> Vec<String> {
    let keys: Vec<u32> = get_keys(v)
        .into_iter()
        .filter_map(|k| if let PKey::Index(i) = k { Some(i) } else { None })
        .collect();
    let mut index = start as u64;
    let mut i = start;
    while i < keys.len() && output.len() < max_length {
        let tmp = keys[i] as u64;
        if index != tmp {
            let empty = tmp - index;
            output.push(format!("<{empty} empty item{}>", if empty > 1 { "s" } else { "" }));
            index = tmp;
            if output.len() == max_length {
                break;
            }
        }
        output.push(format_property(ctx, v, recurse_times, PKey::Index(keys[i]), EntryKind::Array));
        index += 1;
        i += 1;
    }
    let remaining = v.obj().length as u64 - index;
    if output.len() != max_length {
        if remaining > 0 {
            output.push(format!("<{remaining} empty item{}>", if remaining > 1 { "s" } else { "" }));
        }
    } else if remaining > 0 {
        output.push(remaining_text(remaining as usize));
    }
    output
}

fn is_identifier_key(s: &[u16]) -> bool {
    // /^[a-zA-Z_][a-zA-Z_0-9]*$/
    if s.is_empty() {
        return false;
    }
    let ok = |c: u16, first: bool| {
        (c >= b'a' as u16 && c <= b'z' as u16)
            || (c >= b'A' as u16 && c <= b'Z' as u16)
            || c == b'_' as u16
            || (!first && c >= b'0' as u16 && c <= b'9' as u16)
    };
    ok(s[0], true) && s[1..].iter().all(|&c| ok(c, false))
}

/// Escapes with `strEscapeSequencesReplacer` (no quotes added).
fn escape_no_quotes(s: &[u16]) -> String {
    let mut out: Vec<u16> = Vec::new();
    let mut i = 0;
    while i < s.len() {
        let p = s[i];
        if p == 0x27 || p == 0x5C || p < 0x20 || (0x7F..=0x9F).contains(&p) {
            out.extend(meta(p).encode_utf16());
        } else if (0xD800..=0xDFFF).contains(&p) {
            if p <= 0xDBFF && i + 1 < s.len() && (0xDC00..=0xDFFF).contains(&s[i + 1]) {
                out.push(p);
                out.push(s[i + 1]);
                i += 2;
                continue;
            }
            out.extend(format!("\\u{:x}", p).encode_utf16());
        } else {
            out.push(p);
        }
        i += 1;
    }
    String::from_utf16_lossy(&out)
}

/// `formatProperty`
fn format_property(ctx: &mut Ctx, v: Value, recurse_times: usize, key: PKey, ty: EntryKind) -> String {
    let slot = match own_slot(v, key) {
        Some(s) => s,
        None => {
            // Not an own property (e.g. an inherited `cause`): its value.
            let val = match key {
                PKey::Named(k) => chain_data_key(v, k).unwrap_or(Value::UNDEFINED),
                PKey::Index(_) => Value::UNDEFINED,
            };
            Slot::data(val, DEFAULT_ATTRS)
        }
    };
    let s = if slot.value.is_hole() && matches!(v.obj().class, Class::Namespace(_)) {
        // An export in its temporal dead zone (Node's formatNamespaceObject).
        "<uninitialized>".to_string()
    } else if slot.is_accessor() {
        let has_get = !slot.value.is_undefined();
        let has_set = !slot.setter.is_undefined();
        if has_get {
            if has_set { "[Getter/Setter]".to_string() } else { "[Getter]".to_string() }
        } else if has_set {
            "[Setter]".to_string()
        } else {
            "undefined".to_string()
        }
    } else if !slot.value.is_undefined() {
        ctx.indentation_lvl += 2;
        let s = format_value(ctx, slot.value, recurse_times);
        ctx.indentation_lvl -= 2;
        s
    } else {
        "undefined".to_string()
    };
    if ty == EntryKind::Array {
        return s;
    }
    let name = match key {
        PKey::Named(k) if k.is_symbol() => {
            let t: Vec<u16> = symbol_to_string(k).encode_utf16().collect();
            format!("[{}]", escape_no_quotes(&t))
        }
        _ => {
            let ks = pkey_string(key);
            let units: Vec<u16> = match key {
                PKey::Named(k) => k.str().units().to_vec(),
                PKey::Index(_) => ks.encode_utf16().collect(),
            };
            if ks == "__proto__" {
                "['__proto__']".to_string()
            } else if !slot.enumerable() {
                format!("[{}]", escape_no_quotes(&units))
            } else if is_identifier_key(&units) {
                ks
            } else {
                str_escape(&units)
            }
        }
    };
    format!("{name}: {s}")
}

// ---------------------------------------------------------------------------
// Errors

fn format_error(ctx: &mut Ctx, err: Value, constructor: Option<&str>, tag: &str, keys: &mut Vec<PKey>) -> String {
    let name = match chain_data(err, "name") {
        Some(n) if n.is_string() => js_string(n),
        Some(n) if !n.is_nullish() => crate::numconv::number_to_string(if n.is_number() { n.as_number() } else { f64::NAN }),
        _ => "Error".into(),
    };
    let message = chain_data(err, "message").filter(|m| m.is_string()).map(js_string);
    let mut stack = stack_string(err);
    // removeDuplicateErrorKeys
    if !keys.is_empty() {
        for n in ["name", "message", "stack"] {
            let k = key_str(n);
            if k.is_undefined() {
                continue;
            }
            if let Some(pos) = keys.iter().position(|&x| x == PKey::Named(k)) {
                let val = chain_data_key(err, k);
                let included = match val {
                    Some(s) if s.is_string() => stack.contains(&js_string(s)),
                    _ => false,
                };
                if included {
                    keys.remove(pos);
                }
            }
        }
    }
    let cause_k = key_str("cause");
    if has_property_named(err, "cause") && !keys.contains(&PKey::Named(cause_k)) {
        keys.push(PKey::Named(cause_k));
    }
    if let Some(errs) = chain_data(err, "errors") {
        let k = key_str("errors");
        if errs.is_object() && errs.obj().is_array() && !keys.contains(&PKey::Named(k)) {
            keys.push(PKey::Named(k));
        }
    }
    stack = improve_stack(stack, constructor, &name, tag);
    // Ignore the error message if it's contained in the stack.
    let mut pos: Option<usize> = match &message {
        Some(m) if !m.is_empty() => match stack.find(m.as_str()) {
            Some(0) | None => None,
            Some(p) => Some(p + m.len()),
        },
        _ => None,
    };
    if pos.is_none() {
        pos = Some(0);
    }
    let from = pos.unwrap_or(0).min(stack.len());
    let stack_start = stack[from..].find("\n    at").map(|p| p + from);
    match stack_start {
        None => stack = format!("[{stack}]"),
        Some(ss) => {
            let mut new_stack = stack[..ss].to_string();
            let frames_part = &stack[ss + 1..];
            let lines = get_stack_frames(err, frames_part);
            new_stack.push('\n');
            new_stack.push_str(&lines.join("\n"));
            stack = new_stack;
        }
    }
    if ctx.indentation_lvl != 0 {
        let ind = " ".repeat(ctx.indentation_lvl);
        stack = stack.replace('\n', &format!("\n{ind}"));
    }
    stack
}

fn stack_string(err: Value) -> String {
    if let Some(s) = chain_data(err, "stack") {
        if crate::ops::to_boolean(s) {
            if s.is_string() {
                return js_string(s);
            }
            return format_primitive(&Ctx::new(0), s);
        }
    }
    // Error.prototype.toString
    let name = match chain_data(err, "name") {
        Some(n) if n.is_string() => js_string(n),
        _ => "Error".into(),
    };
    let msg = match chain_data(err, "message") {
        Some(m) if m.is_string() => js_string(m),
        _ => String::new(),
    };
    if name.is_empty() {
        msg
    } else if msg.is_empty() {
        name
    } else {
        format!("{name}: {msg}")
    }
}

fn get_stack_frames(err: Value, stack: &str) -> Vec<String> {
    let mut frames: Vec<String> = stack.split('\n').map(|s| s.to_string()).collect();
    if let Some(cause) = chain_data(err, "cause") {
        if cause.is_object() && matches!(cause.obj().class, Class::Error) {
            let cause_stack = stack_string(cause);
            if let Some(start) = cause_stack.find("\n    at") {
                let cause_frames: Vec<&str> = cause_stack[start + 1..].split('\n').collect();
                let (len, offset) = identical_sequence_range(&frames, &cause_frames);
                if len > 0 {
                    let skipped = len - 2;
                    let msg = format!("    ... {skipped} lines matching cause stack trace ...");
                    frames.splice(offset + 1..offset + 1 + skipped, std::iter::once(msg));
                }
            }
        }
    }
    frames
}

fn identical_sequence_range(a: &[String], b: &[&str]) -> (usize, usize) {
    if a.len() > 3 {
        for i in 0..a.len() - 3 {
            if let Some(pos) = b.iter().position(|x| *x == a[i]) {
                let rest = b.len() - pos;
                if rest > 3 {
                    let mut len = 1;
                    let max_len = (a.len() - i).min(rest);
                    while max_len > len && a[i + len] == b[pos + len] {
                        len += 1;
                    }
                    if len > 3 {
                        return (len, i);
                    }
                }
            }
        }
    }
    (0, 0)
}

fn improve_stack(stack: String, constructor: Option<&str>, name: &str, tag: &str) -> String {
    let mut len = name.len();
    let sb = stack.as_bytes();
    let looks_normal = name.ends_with("Error")
        && stack.starts_with(name)
        && (stack.len() == len || sb[len] == b':' || sb[len] == b'\n');
    if constructor.is_none() || looks_normal {
        let mut fallback = "Error".to_string();
        if constructor.is_none() {
            // /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n {4}at)/ or /^([a-z_A-Z0-9-]*Error)$/
            let is_c1 = |c: char| c.is_ascii_alphanumeric() || "_ []()-".contains(c);
            let mut found = String::new();
            let first = stack.chars().next();
            if first.is_some_and(|c| c.is_ascii_uppercase()) {
                let end = stack.char_indices().skip(1).find(|&(_, c)| !is_c1(c)).map(|(i, _)| i).unwrap_or(stack.len());
                // Backtrack so that the match is followed by ':' or '\n    at'.
                let mut e = end;
                while e > 1 {
                    let rest = &stack[e..];
                    if rest.starts_with(':') || rest.starts_with("\n    at") {
                        found = stack[..e].to_string();
                        break;
                    }
                    e -= 1;
                }
            }
            if found.is_empty() && stack.ends_with("Error") && stack.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-') {
                found = stack.clone();
            }
            len = found.len();
            fallback = if found.is_empty() { "Error".into() } else { found };
        }
        let p = get_prefix(constructor, tag, &fallback, "");
        let prefix = &p[..p.len() - 1];
        if name != prefix {
            let tail = if len <= stack.len() { &stack[len..] } else { "" };
            if prefix.contains(name) {
                if len == 0 {
                    return format!("{prefix}: {stack}");
                }
                return format!("{prefix}{tail}");
            }
            return format!("{prefix} [{name}]{tail}");
        }
    }
    stack
}

// ---------------------------------------------------------------------------
// Dates

/// Date.prototype.toISOString for a time value (or "Invalid Date").
fn date_to_iso(t: f64) -> String {
    if !t.is_finite() {
        return "Invalid Date".into();
    }
    let ms_per_day = 86_400_000f64;
    let days = (t / ms_per_day).floor();
    let ms_in_day = t - days * ms_per_day;
    let (y, m, d) = civil_from_days(days as i64);
    let ms = ms_in_day as i64;
    let (h, mi, s, msr) = (ms / 3_600_000, (ms / 60_000) % 60, (ms / 1000) % 60, ms % 1000);
    let year = if (0..=9999).contains(&y) {
        format!("{y:04}")
    } else if y < 0 {
        format!("-{:06}", -y)
    } else {
        format!("+{y:06}")
    };
    format!("{year}-{m:02}-{d:02}T{h:02}:{mi:02}:{s:02}.{msr:03}Z")
}

fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = (z - era * 146_097) as u64;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
    let y = yoe as i64 + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

// ---------------------------------------------------------------------------
// Layout

fn is_zero_width(c: u32) -> bool {
    c <= 0x1F
        || (0x7F..=0x9F).contains(&c)
        || (0x300..=0x36F).contains(&c)
        || (0x200B..=0x200F).contains(&c)
        || (0x20D0..=0x20FF).contains(&c)
        || (0xFE00..=0xFE0F).contains(&c)
        || (0xFE20..=0xFE2F).contains(&c)
        || (0xE0100..=0xE01EF).contains(&c)
}

fn is_full_width(c: u32) -> bool {
    c >= 0x1100
        && (c <= 0x115F
            || c == 0x2329
            || c == 0x232A
            || (0x2E80..=0x3247).contains(&c) && c != 0x303F
            || (0x3250..=0x4DBF).contains(&c)
            || (0x4E00..=0xA4C6).contains(&c)
            || (0xA960..=0xA97C).contains(&c)
            || (0xAC00..=0xD7A3).contains(&c)
            || (0xF900..=0xFAFF).contains(&c)
            || (0xFE10..=0xFE19).contains(&c)
            || (0xFE30..=0xFE6B).contains(&c)
            || (0xFF01..=0xFF60).contains(&c)
            || (0xFFE0..=0xFFE6).contains(&c)
            || (0x1B000..=0x1B001).contains(&c)
            || (0x1F200..=0x1F251).contains(&c)
            || (0x1F300..=0x1F64F).contains(&c)
            || (0x20000..=0x3FFFD).contains(&c))
}

/// `getStringWidth` (without removing control characters).
fn string_width(s: &str) -> usize {
    if s.is_ascii() {
        return s.bytes().filter(|&b| b >= 0x20 && b != 0x7F).count();
    }
    s.chars()
        .map(|c| {
            let c = c as u32;
            if is_full_width(c) {
                2
            } else if is_zero_width(c) {
                0
            } else {
                1
            }
        })
        .sum()
}

fn group_array_elements(ctx: &Ctx, output: Vec<String>, value: Option<Value>) -> Vec<String> {
    let mut total_length = 0usize;
    let mut max_length = 0usize;
    let mut output_length = output.len();
    if MAX_ARRAY_LENGTH < output.len() {
        // This makes sure the "... n more items" part is not taken into account.
        output_length -= 1;
    }
    let separator_space = 2;
    let mut data_len: Vec<usize> = Vec::with_capacity(output_length);
    for s in output.iter().take(output_length) {
        let len = string_width(s);
        data_len.push(len);
        total_length += len + separator_space;
        if max_length < len {
            max_length = len;
        }
    }
    let actual_max = max_length + separator_space;
    if actual_max * 3 + ctx.indentation_lvl < BREAK_LENGTH
        && (total_length as f64 / actual_max as f64 > 5.0 || max_length <= 6)
    {
        let approx_char_heights = 2.5;
        let average_bias = (actual_max as f64 - total_length as f64 / output.len() as f64).sqrt();
        let biased_max = (actual_max as f64 - 3.0 - average_bias).max(1.0);
        let columns = ((approx_char_heights * biased_max * output_length as f64).sqrt() / biased_max)
            .round()
            .min(((BREAK_LENGTH - ctx.indentation_lvl) / actual_max) as f64)
            .min((COMPACT * 4) as f64)
            .min(15.0) as usize;
        if columns <= 1 {
            return output;
        }
        let mut tmp: Vec<String> = Vec::new();
        let mut max_line_length: Vec<usize> = Vec::new();
        for i in 0..columns {
            let mut line_max = 0;
            let mut j = i;
            while j < output.len() {
                let dl = data_len.get(j).copied().unwrap_or(0);
                if dl > line_max {
                    line_max = dl;
                }
                j += columns;
            }
            max_line_length.push(line_max + separator_space);
        }
        let mut pad_start = true;
        if let Some(v) = value {
            let ob = v.obj();
            for i in 0..output.len() {
                let is_num = ob.elements.get(i).is_some_and(|e| e.is_number());
                if !is_num {
                    pad_start = false;
                    break;
                }
            }
        }
        let mut i = 0;
        while i < output_length {
            let max = (i + columns).min(output_length);
            let mut s = String::new();
            let mut j = i;
            while j < max - 1 {
                let cell = format!("{}, ", output[j]);
                let padding = max_line_length[j - i] + jslen(&output[j]) - data_len[j];
                s.push_str(&pad(&cell, padding, pad_start));
                j += 1;
            }
            if pad_start {
                let padding = (max_line_length[j - i] + jslen(&output[j])).saturating_sub(data_len[j] + separator_space);
                s.push_str(&pad(&output[j], padding, true));
            } else {
                s.push_str(&output[j]);
            }
            tmp.push(s);
            i += columns;
        }
        if MAX_ARRAY_LENGTH < output.len() {
            tmp.push(output[output_length].clone());
        }
        return tmp;
    }
    output
}

fn pad(s: &str, width: usize, start: bool) -> String {
    let len = jslen(s);
    if len >= width {
        return s.to_string();
    }
    let fill = " ".repeat(width - len);
    if start { format!("{fill}{s}") } else { format!("{s}{fill}") }
}

fn is_below_break_length(output: &[String], start: usize, base: &str) -> bool {
    let mut total = output.len() + start;
    if total + output.len() > BREAK_LENGTH {
        return false;
    }
    for s in output {
        total += jslen(s);
        if total > BREAK_LENGTH {
            return false;
        }
    }
    base.is_empty() || !base.contains('\n')
}

fn reduce_to_single_string(
    ctx: &mut Ctx,
    mut output: Vec<String>,
    base: &str,
    braces: &[String; 2],
    extras: EntryKind,
    recurse_times: usize,
    value: Option<Value>,
) -> String {
    let entries = output.len();
    if extras == EntryKind::ArrayExtras && entries > 6 {
        output = group_array_elements(ctx, output, value);
    }
    if ctx.current_depth.saturating_sub(recurse_times) < COMPACT && entries == output.len() {
        let start = output.len() + ctx.indentation_lvl + jslen(&braces[0]) + jslen(base) + 10;
        if is_below_break_length(&output, start, base) {
            let joined = output.join(", ");
            if !joined.contains('\n') {
                let b = if base.is_empty() { String::new() } else { format!("{base} ") };
                return format!("{b}{} {joined} {}", braces[0], braces[1]);
            }
        }
    }
    let indentation = format!("\n{}", " ".repeat(ctx.indentation_lvl));
    let b = if base.is_empty() { String::new() } else { format!("{base} ") };
    let sep = format!(",{indentation}  ");
    format!("{b}{}{indentation}  {}{indentation}{}", braces[0], output.join(&sep), braces[1])
}

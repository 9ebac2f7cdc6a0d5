//! Entry points called by generated code.
//!
//! Every entry point is `extern "C"`, takes the runtime context first and
//! only 64-bit integer arguments after it (NaN-boxed values, counts,
//! pointers), and returns one 64-bit value. A function that throws stores the
//! exception in the context and returns [`Value::EXCEPTION`].
//!
//! **Invariant:** [`entry_points`] lists every function here with its
//! argument count; the compiler declares exactly these, with the same names,
//! for both the object-file and JIT back-ends.

use crate::error::{reference_error, type_error};
use crate::gc::Env;
use crate::object::*;
use crate::ops::{self, NumOp};
use crate::string::{intern, new_string_from_str};
use crate::value::Value;
use crate::{rt, JsResult, Runtime};

#[inline]
fn ret(r: JsResult<Value>) -> Value {
    match r {
        Ok(v) => v,
        Err(e) => {
            note_throw(e);
            rt().exception = e;
            Value::EXCEPTION
        }
    }
}

/// Records where `e` is thrown, unless it is already the value last
/// thrown (an exception passing through native frames keeps its site).
fn note_throw(e: Value) {
    let r = rt();
    if r.thrown == e && r.thrown_at.is_some() {
        return;
    }
    r.thrown = e;
    r.thrown_at = js_frames(1).first().copied();
}

/// What a stack trace needs of a compiled function; emitted as static data
/// by the code generator.
#[repr(C)]
pub struct FunctionInfo {
    /// Function name: the address of a string value in a constant table.
    pub name: *const Value,
    /// Source file, likewise.
    pub file: *const Value,
    /// The module's source text (UTF-8), for code frames.
    pub source: *const u8,
    pub source_len: usize,
}

impl FunctionInfo {
    pub fn source(&self) -> &str {
        // SAFETY: the code generator emits `source_len` bytes of UTF-8.
        unsafe { std::str::from_utf8_unchecked(std::slice::from_raw_parts(self.source, self.source_len)) }
    }
    pub fn file(&self) -> Value {
        // SAFETY: a slot of the module's constant table.
        unsafe { *self.file }
    }
}

pub const FUNCTION_INFO_SIZE: u32 = 32;
pub const POS_COL_BITS: u32 = 12;

/// Where one compiled function's machine code is, emitted by the code
/// generator (one table per module, registered by `kiln_register_code`).
/// Stack traces are found by walking machine frames with these: JS code
/// keeps no frame records (see [`js_frames`]).
#[repr(C)]
pub struct CodeRange {
    pub start: *const u8,
    pub len: u32,
    /// FP − SP in the function's body (constant after the prologue: the
    /// outgoing-argument area is part of the frame).
    pub fp_off: u32,
    /// The function's description; null for code whose frames a trace
    /// does not show (generic-entry adapters, script mains).
    pub info: *const FunctionInfo,
    /// `n_sites` triples (return-address offset, position, inlined-at
    /// position), sorted by offset: the source position (`line << 12 |
    /// column`) of every call, and, for a call in a body the code
    /// generator inlined into this function (itself, one level), the
    /// position of the inlined call (0 otherwise): a trace then shows two
    /// activations of this function.
    pub sites: *const u32,
    pub n_sites: u64,
}

pub const CODE_RANGE_SIZE: u32 = 40;

// The code generator writes `FunctionInfo`s and `CodeRange`s as bytes.
const _: () = {
    assert!(std::mem::size_of::<FunctionInfo>() == FUNCTION_INFO_SIZE as usize);
    assert!(std::mem::size_of::<CodeRange>() == CODE_RANGE_SIZE as usize);
};

// SAFETY: code ranges are immutable static data of compiled modules.
unsafe impl Sync for CodeRange {}

impl CodeRange {
    fn contains(&self, pc: usize) -> bool {
        let s = self.start as usize;
        pc >= s && pc < s + self.len as usize
    }
    /// The position of the call whose return address is `ra` (0: none)
    /// and the position it was inlined at (0: none).
    fn pos_at(&self, ra: usize) -> (u64, u64) {
        let off = (ra - self.start as usize) as u32;
        // SAFETY: the code generator emitted `n_sites` triples.
        let sites = unsafe { std::slice::from_raw_parts(self.sites as *const [u32; 3], self.n_sites as usize) };
        sites.binary_search_by_key(&off, |s| s[0]).map_or((0, 0), |i| (sites[i][1] as u64, sites[i][2] as u64))
    }
}

fn code_range_at(pc: usize) -> Option<&'static CodeRange> {
    let code = &rt().code;
    let i = code.partition_point(|c| (c.start as usize) <= pc);
    let c = *code.get(i.checked_sub(1)?)?;
    c.contains(pc).then_some(c)
}

/// A transition from the runtime into JS code: the runtime's `js_sp`
/// before it, which generated code will overwrite.
pub struct EntryRecord {
    saved_sp: usize,
    prev: *const EntryRecord,
}

impl EntryRecord {
    pub fn new(saved_sp: usize, prev: *const EntryRecord) -> EntryRecord {
        EntryRecord { saved_sp, prev }
    }
    /// A coroutine's base record continues, on each resume, at its resumer.
    pub fn relink(&mut self, saved_sp: usize, prev: *const EntryRecord) {
        self.saved_sp = saved_sp;
        self.prev = prev;
    }
}

/// Runs `f`, which calls compiled JS code, so that stack walks from inside
/// it continue past it into the JS frames that called the runtime, and
/// `js_sp` is the caller's again afterwards.
#[inline]
pub fn enter_js<R>(f: impl FnOnce() -> R) -> R {
    struct Restore(*const EntryRecord);
    impl Drop for Restore {
        fn drop(&mut self) {
            let r = rt();
            // SAFETY: the record lives in `enter_js`'s frame, which outlives this guard.
            let rec = unsafe { &*self.0 };
            r.entry_top = rec.prev;
            r.js_sp = rec.saved_sp;
        }
    }
    let r = rt();
    let rec = EntryRecord { saved_sp: r.js_sp, prev: r.entry_top };
    r.entry_top = &rec;
    let _restore = Restore(&rec);
    f()
}

/// The innermost `max` JS frames as (function, position), innermost first.
///
/// Generated code stores its stack pointer in `Runtime::js_sp` before each
/// runtime call, so the word below it is that call's return address. A
/// return address identifies the function (its code range) and the call's
/// position (the range's sites); FP = SP + `fp_off`, and the caller's SP
/// at its call is FP + 16 (saved FP, return address). A return address
/// outside compiled code is a runtime-to-JS transition: the walk resumes
/// at the `js_sp` that [`enter_js`] saved. Every address read is checked
/// to lie in the live part of the JS thread's stack.
pub fn js_frames(max: usize) -> Vec<(*const FunctionInfo, u64)> {
    let r = rt();
    let marker = 0u8;
    let lo = std::hint::black_box(&marker) as *const u8 as usize;
    let mut out = Vec::new();
    let mut sp = r.js_sp;
    let mut entry = r.entry_top;
    let mut steps = 0;
    while out.len() < max && steps < 100_000 {
        steps += 1;
        let ra = if crate::coroutine::stack_readable(sp, lo) {
            // SAFETY: [sp - 8, sp) lies in the live stack.
            unsafe { *((sp - 8) as *const usize) }
        } else {
            0
        };
        match code_range_at(ra) {
            Some(c) => {
                if !c.info.is_null() {
                    let (pos, outer) = c.pos_at(ra);
                    out.push((c.info, pos));
                    if outer != 0 && out.len() < max {
                        out.push((c.info, outer));
                    }
                }
                let next = sp + c.fp_off as usize + 16;
                if next <= sp {
                    break;
                }
                sp = next;
            }
            None => {
                if entry.is_null() {
                    break;
                }
                // SAFETY: entry records live in active `enter_js` frames.
                let e = unsafe { &*entry };
                sp = e.saved_sp;
                entry = e.prev;
            }
        }
    }
    out
}

/// Builds the `stack` string of a new error: its `name: message` header and
/// one `at` line per JS frame (as V8 formats them).
pub fn capture_stack(err: Value) -> Value {
    let name = ops::get(err, Key::Named(rt().realm.atom_name)).ok().filter(|v| v.is_string());
    let msg = ops::get(err, Key::Named(rt().realm.atom_message)).ok().filter(|v| v.is_string());
    let name = name.map(|v| v.str().to_rust_string()).unwrap_or_else(|| "Error".into());
    let msg = msg.map(|v| v.str().to_rust_string()).unwrap_or_default();
    let mut s = if msg.is_empty() { name } else if name.is_empty() { msg } else { format!("{name}: {msg}") };
    for (info, pos) in js_frames(10) {
        // SAFETY: both point into a module's constant table (a root).
        let (file_v, name_v) = unsafe { (*(*info).file, *(*info).name) };
        let file = if file_v.is_string() { file_v.str().to_rust_string() } else { String::new() };
        let line = pos >> POS_COL_BITS;
        let col = pos & ((1 << POS_COL_BITS) - 1);
        if line == 0 {
            // A call the stack trace does not show (an async function
            // starting its body, whose frames name the function).
            continue;
        }
        let fname = if name_v.is_string() { name_v.str().to_rust_string() } else { String::new() };
        if fname.is_empty() {
            s.push_str(&format!("\n    at {file}:{line}:{col}"));
        } else {
            s.push_str(&format!("\n    at {fname} ({file}:{line}:{col})"));
        }
    }
    new_string_from_str(&s)
}

macro_rules! entry_points {
    ($( $(#[$m:meta])* fn $name:ident ( $($arg:ident : $ty:ty),* ) $body:block )*) => {
        /// The entry points' bodies. Generated code calls the wrappers of
        /// the same name below; runtime code that needs one calls it here.
        pub mod imp {
            #[allow(unused_imports)]
            use super::*;
            $(
                $(#[$m])*
                pub unsafe extern "C" fn $name(_ctx: *mut Runtime, $($arg: $ty),*) -> Value $body
            )*
        }
        $(
            /// Entry point called by generated code: records the caller's
            /// stack pointer (where the call's return address lies below)
            /// in `Runtime::js_sp` for stack walks, then jumps to the body
            /// in [`imp`] with the arguments untouched.
            #[no_mangle]
            #[unsafe(naked)]
            pub unsafe extern "C" fn $name() {
                core::arch::naked_asm!(
                    "lea rax, [rsp + 8]",
                    "mov qword ptr [rdi + {off}], rax",
                    "jmp {body}",
                    off = const crate::RT_JS_SP_OFFSET,
                    body = sym imp::$name,
                )
            }
        )*
        /// `(symbol name, address, parameter count including ctx)` of every entry point.
        pub fn entry_points() -> Vec<(&'static str, *const u8, usize)> {
            vec![$( (stringify!($name), $name as *const u8, 1 + <[&str]>::len(&[$(stringify!($arg)),*])) ),*]
        }
    };
}

macro_rules! binop {
    ($a:ident, $b:ident, $op:expr) => {
        ret(ops::numeric_op($op, $a, $b))
    };
}

fn args_slice<'a>(argc: u64, argv: *const Value) -> &'a [Value] {
    if argc == 0 {
        return &[];
    }
    // SAFETY: generated code passes a pointer to `argc` values in its frame.
    unsafe { std::slice::from_raw_parts(argv, argc as usize) }
}

fn call_error(f: Value, name: Value) -> Value {
    let what = if name.is_string() { name.str().to_rust_string() } else { ops::to_display_string(f) };
    type_error(&format!("{what} is not a function"))
}

/// Index of `key` among `props`' entries, trying the site's cached index
/// first and updating it on a miss.
#[inline]
fn own_index(props: &PropMap, key: Value, cache: *mut u64) -> Option<usize> {
    // SAFETY: `cache` points to this site's cache word in the module's data.
    let c = unsafe { *cache } as usize;
    if c > 0 && props.entries().get(c - 1).is_some_and(|e| e.0 == key) {
        return Some(c - 1);
    }
    let i = props.find(key)?;
    unsafe { *cache = (i + 1) as u64 };
    Some(i)
}

/// The value of the global object's own data property `name`.
fn global_lookup(name: Value, cache: *mut u64) -> Option<Value> {
    let g = rt().realm.global.obj();
    let s = &g.props.entries()[own_index(&g.props, name, cache)?].1;
    (!s.is_accessor()).then_some(s.value)
}

/// 10.1.9.2 OrdinarySetWithOwnDescriptor when the receiver's own property
/// is a writable data property: the value is simply overwritten (no exotic
/// object keeps a named key in `props` with other semantics). False when
/// the property is absent or not a writable data property.
fn set_own_writable(o: &mut JsObject, key: Value, val: Value, cache: *mut u64) -> bool {
    let Some(i) = own_index(&o.props, key, cache) else { return false };
    let s = &mut o.props.entries_mut()[i].1;
    if s.flags & (ACCESSOR | WRITABLE) != WRITABLE {
        return false;
    }
    s.value = val;
    true
}

/// 7.3.25 CopyDataProperties(target, source, excludedItems): own
/// enumerable string and symbol keys, in [[OwnPropertyKeys]] order, read
/// with [[Get]] (getters run) and defined as data properties; null and
/// undefined sources copy nothing.
fn copy_data_properties(target: Value, source: Value, excluded: &[Key]) -> JsResult<()> {
    if source.is_nullish() {
        return Ok(());
    }
    let from = ops::to_object(source)?;
    for k in ops::own_property_keys(from) {
        let key = Key::from_value_unchecked(k);
        if excluded.contains(&key) {
            continue;
        }
        if let Some(d) = ops::get_own_property(from, key) {
            if d.enumerable() {
                let v = ops::get(from, key)?;
                ops::create_data_property_or_throw(target, key, v)?;
            }
        }
    }
    std::hint::black_box(from);
    Ok(())
}

entry_points! {
    // 13.15.3 ApplyStringOrNumericBinaryOperator and friends.
    fn kiln_add(a: Value, b: Value) { crate::gc::safepoint(); ret(ops::add(a, b)) }
    fn kiln_sub(a: Value, b: Value) { binop!(a, b, NumOp::Sub) }
    fn kiln_mul(a: Value, b: Value) { binop!(a, b, NumOp::Mul) }
    fn kiln_div(a: Value, b: Value) { binop!(a, b, NumOp::Div) }
    fn kiln_mod(a: Value, b: Value) { binop!(a, b, NumOp::Mod) }
    fn kiln_exp(a: Value, b: Value) { binop!(a, b, NumOp::Exp) }
    fn kiln_bitand(a: Value, b: Value) { binop!(a, b, NumOp::BitAnd) }
    fn kiln_bitor(a: Value, b: Value) { binop!(a, b, NumOp::BitOr) }
    fn kiln_bitxor(a: Value, b: Value) { binop!(a, b, NumOp::BitXor) }
    fn kiln_shl(a: Value, b: Value) { binop!(a, b, NumOp::Shl) }
    fn kiln_sar(a: Value, b: Value) { binop!(a, b, NumOp::Sar) }
    fn kiln_shr(a: Value, b: Value) { binop!(a, b, NumOp::Shr) }
    // 13.10.1 Relational operators.
    fn kiln_lt(a: Value, b: Value) { ret(ops::is_less_than(a, b, true).map(|r| Value::bool(r == Some(true)))) }
    fn kiln_gt(a: Value, b: Value) { ret(ops::is_less_than(b, a, false).map(|r| Value::bool(r == Some(true)))) }
    fn kiln_le(a: Value, b: Value) { ret(ops::is_less_than(b, a, false).map(|r| Value::bool(r == Some(false)))) }
    fn kiln_ge(a: Value, b: Value) { ret(ops::is_less_than(a, b, true).map(|r| Value::bool(r == Some(false)))) }
    // 13.11 Equality operators.
    fn kiln_eq(a: Value, b: Value) { ret(ops::loose_equals(a, b).map(Value::bool)) }
    fn kiln_ne(a: Value, b: Value) { ret(ops::loose_equals(a, b).map(|r| Value::bool(!r))) }
    fn kiln_seq(a: Value, b: Value) { Value::bool(ops::strict_equals(a, b)) }
    fn kiln_sne(a: Value, b: Value) { Value::bool(!ops::strict_equals(a, b)) }
    fn kiln_instanceof(a: Value, b: Value) { ret(ops::instance_of(a, b).map(Value::bool)) }
    fn kiln_in(a: Value, b: Value) { ret(ops::has_in(a, b).map(Value::bool)) }
    // 13.5 Unary operators.
    fn kiln_neg(a: Value) { ret(ops::to_number(a).map(|n| Value::number(-n))) }
    fn kiln_pos(a: Value) { ret(ops::to_number(a).map(Value::number)) }
    fn kiln_inc(a: Value) { ret(ops::to_number(a).map(|n| Value::number(n + 1.0))) }
    fn kiln_dec(a: Value) { ret(ops::to_number(a).map(|n| Value::number(n - 1.0))) }
    fn kiln_bitnot(a: Value) { ret(ops::to_number(a).map(|n| Value::int(!ops::to_int32(n)))) }
    fn kiln_not(a: Value) { Value::bool(!ops::to_boolean(a)) }
    /// Returns 0 or 1 (not a Value): 7.1.2 ToBoolean.
    fn kiln_truthy(a: Value) { Value(ops::to_boolean(a) as u64) }
    fn kiln_typeof(a: Value) { crate::string::intern_str(ops::typeof_str(a)) }
    fn kiln_to_string(a: Value) { crate::gc::safepoint(); ret(ops::to_string(a)) }
    fn kiln_to_numeric(a: Value) { ret(ops::to_number(a).map(Value::number)) }

    // Property access (13.3.2, 6.2.5.5 GetValue, 6.2.5.6 PutValue).
    fn kiln_get(obj: Value, key: Value) { crate::gc::safepoint();
        if obj.is_object() && key.is_int() && key.as_int() >= 0 {
            if let Some(&v) = obj.obj().elements.get(key.as_int() as usize) {
                if !v.is_hole() { return v; }
            }
        }
        ret(ops::to_property_key(key).and_then(|k| ops::get_v(obj, k)))
    }
    /// `obj.name`; `cache` is the site's word: 1 + the index at which the
    /// key was last found among an object's own properties (objects built
    /// alike keep their keys in the same order).
    fn kiln_get_named(obj: Value, key: Value, cache: *mut u64) {
        if obj.is_object() {
            let o = obj.obj();
            if let Some(i) = own_index(&o.props, key, cache) {
                let s = &o.props.entries()[i].1;
                if !s.is_accessor() { return s.value; }
            } else if key == rt().realm.atom_length && o.is_array() {
                // 10.4.2 Array exotic objects: `length` is not in `props`.
                return Value::number(o.length as f64);
            }
        }
        ret(ops::get_v(obj, Key::from_value_unchecked(key)))
    }
    fn kiln_set(obj: Value, key: Value, val: Value, strict: u64) {
        if obj.is_object() && key.is_int() && key.as_int() >= 0 {
            if let Some(slot) = obj.obj().elements.get_mut(key.as_int() as usize) {
                if !slot.is_hole() { *slot = val; return val; }
            }
        }
        ret(ops::to_property_key(key).and_then(|k| ops::set_v(obj, k, val, strict != 0)).map(|_| val))
    }
    fn kiln_set_named(obj: Value, key: Value, val: Value, strict: u64, cache: *mut u64) {
        if obj.is_object() && set_own_writable(obj.obj(), key, val, cache) {
            return val;
        }
        ret(ops::set_v(obj, Key::from_value_unchecked(key), val, strict != 0).map(|_| val))
    }
    // 13.5.1 The delete Operator
    fn kiln_delete(obj: Value, key: Value, strict: u64) {
        ret((|| {
            let o = ops::to_object(obj)?;
            let k = ops::to_property_key(key)?;
            let ok = ops::delete(o, k)?;
            if !ok && strict != 0 {
                return Err(type_error(&format!("Cannot delete property '{}' of {}", ops::key_display(k), ops::to_display_string(obj))));
            }
            Ok(Value::bool(ok))
        })())
    }

    // Global bindings (9.1.1.4 global environment records).
    fn kiln_get_global(name: Value, cache: *mut u64) {
        if let Some(v) = global_lookup(name, cache) { return v; }
        let g = rt().realm.global;
        let k = Key::from_value_unchecked(name);
        if ops::has_property(g, k) {
            return ret(ops::get(g, k));
        }
        ret(Err(reference_error(&format!("{} is not defined", name.str().to_rust_string()))))
    }
    fn kiln_typeof_global(name: Value) {
        let g = rt().realm.global;
        let k = Key::from_value_unchecked(name);
        if !ops::has_property(g, k) {
            return crate::string::intern_str("undefined");
        }
        ret(ops::get(g, k).map(|v| crate::string::intern_str(ops::typeof_str(v))))
    }
    fn kiln_set_global(name: Value, val: Value, strict: u64, cache: *mut u64) {
        let g = rt().realm.global;
        if set_own_writable(g.obj(), name, val, cache) {
            return val;
        }
        let k = Key::from_value_unchecked(name);
        if strict != 0 && !ops::has_property(g, k) {
            return ret(Err(reference_error(&format!("{} is not defined", name.str().to_rust_string()))));
        }
        ret(ops::set_v(g, k, val, strict != 0).map(|_| val))
    }
    /// 16.1.7 GlobalDeclarationInstantiation: CreateGlobalVarBinding.
    fn kiln_declare_global_var(name: Value) {
        let g = rt().realm.global;
        let k = Key::from_value_unchecked(name);
        if ops::get_own_property(g, k).is_none() {
            ops::store_own(g, k, Slot::data(Value::UNDEFINED, WRITABLE | ENUMERABLE));
        }
        Value::UNDEFINED
    }
    /// 9.1.1.4.18 CreateGlobalFunctionBinding
    fn kiln_declare_global_function(name: Value, f: Value) {
        let g = rt().realm.global;
        let k = Key::from_value_unchecked(name);
        match ops::get_own_property(g, k) {
            Some(s) if !s.configurable() => {
                let mut s = s;
                s.value = f;
                ops::store_own(g, k, s);
            }
            _ => ops::store_own(g, k, Slot::data(f, WRITABLE | ENUMERABLE)),
        }
        Value::UNDEFINED
    }

    // Calls (13.3.6 Function Calls, 13.3.5 The new Operator).
    fn kiln_call(f: Value, this: Value, argc: u64, argv: *const Value, name: Value) { crate::gc::safepoint();
        if !ops::is_callable(f) {
            return ret(Err(call_error(f, name)));
        }
        ret(ops::call(f, this, args_slice(argc, argv)))
    }
    fn kiln_call_method(obj: Value, key: Value, argc: u64, argv: *const Value, name: Value) {
        crate::gc::debug_check_live(obj, "call_method receiver before safepoint");
        crate::gc::safepoint();
        crate::gc::debug_check_live(obj, "call_method receiver after safepoint");
        let f = if obj.is_object() {
            match obj.obj().props.get(key) {
                Some(s) if !s.is_accessor() => s.value,
                _ => match ops::get_v(obj, Key::from_value_unchecked(key)) { Ok(v) => v, Err(e) => return ret(Err(e)) },
            }
        } else {
            match ops::get_v(obj, Key::from_value_unchecked(key)) { Ok(v) => v, Err(e) => return ret(Err(e)) }
        };
        if !ops::is_callable(f) {
            return ret(Err(call_error(f, name)));
        }
        ret(ops::call(f, obj, args_slice(argc, argv)))
    }
    fn kiln_new(f: Value, argc: u64, argv: *const Value, name: Value) { crate::gc::safepoint();
        if !ops::is_constructor(f) {
            let what = if name.is_string() { name.str().to_rust_string() } else { ops::to_display_string(f) };
            return ret(Err(type_error(&format!("{what} is not a constructor"))));
        }
        ret(ops::construct(f, args_slice(argc, argv), f))
    }

    /// 10.2.3 OrdinaryFunctionCreate + MakeConstructor + SetFunctionName.
    fn kiln_closure(code: u64, env: *mut Env, name: Value, length: u64, flags: u64) { crate::gc::safepoint();
        let r = &rt().realm;
        let f = new_object_with(r.function_prototype, Class::Function(FunctionData {
            code: code as usize, native: None, flags: flags as u32, home: Value::UNDEFINED, data: Value::UNDEFINED,
        }));
        let o = f.obj();
        o.fn_env = env;
        o.fn_code = code as usize;
        o.props.insert(r.atom_length, Slot::data(Value::int(length as i32), CONFIGURABLE));
        o.props.insert(r.atom_name, Slot::data(name, CONFIGURABLE));
        if flags as u32 & (FN_GENERATOR | FN_ASYNC) == FN_GENERATOR | FN_ASYNC {
            // 15.6.4 InstantiateAsyncGeneratorFunctionObject.
            o.proto = r.async_generator_function_prototype;
            let proto = new_object_with(rt().realm.async_generator_prototype, Class::Ordinary);
            f.obj().props.insert(rt().realm.atom_prototype, Slot::data(proto, WRITABLE));
        } else if flags as u32 & FN_GENERATOR != 0 {
            // 15.5.4 InstantiateGeneratorFunctionObject: [[Prototype]]
            // %GeneratorFunction.prototype%, and a `prototype` object
            // inheriting from %GeneratorPrototype% (no `constructor`).
            o.proto = r.generator_function_prototype;
            let proto = new_object_with(rt().realm.generator_prototype, Class::Ordinary);
            f.obj().props.insert(rt().realm.atom_prototype, Slot::data(proto, WRITABLE));
        } else if flags as u32 & FN_ASYNC != 0 {
            // 15.8.3 InstantiateAsyncFunctionObject: no `prototype`.
            o.proto = r.async_function_prototype;
        } else if flags as u32 & FN_CONSTRUCTOR != 0 {
            let proto = new_object();
            proto.obj().props.insert(rt().realm.atom_constructor, Slot::data(f, WRITABLE | CONFIGURABLE));
            f.obj().props.insert(rt().realm.atom_prototype, Slot::data(proto, WRITABLE));
        }
        f
    }
    // No safepoint: function prologues call this before loading their
    // parameters, which may still be only in a native caller's buffer.
    fn kiln_new_env(parent: *mut Env, len: u64) {
        Value(crate::gc::alloc_env(parent, len as usize) as u64)
    }
    /// 14.7.4.4 CreatePerIterationEnvironment: a copy of `env` with the same parent.
    fn kiln_clone_env(env: *mut Env) { crate::gc::safepoint();
        // SAFETY: `env` is a live environment of the running function.
        let (parent, len) = unsafe { ((*env).parent, (*env).len as usize) };
        let n = crate::gc::alloc_env(parent, len);
        unsafe { (*n).slots().copy_from_slice((*env).slots()) };
        Value(n as u64)
    }
    /// 10.2.1.2 OrdinaryCallBindThis for sloppy functions.
    fn kiln_sloppy_this(this: Value) {
        if this.is_nullish() { return rt().realm.global; }
        ret(ops::to_object(this))
    }

    // Literals (13.2).
    fn kiln_new_object() { crate::gc::safepoint(); new_object() }
    fn kiln_new_array(argc: u64, argv: *const Value) { crate::gc::safepoint();
        new_array(args_slice(argc, argv).to_vec())
    }
    fn kiln_define_field(obj: Value, key: Value, val: Value) {
        ret(ops::to_property_key(key).and_then(|k| ops::create_data_property_or_throw(obj, k, val)).map(|_| obj))
    }
    /// Object literal `get`/`set` (13.2.5.5 PropertyDefinitionEvaluation);
    /// `getter` or `setter` is HOLE when that half is not being defined.
    fn kiln_define_accessor(obj: Value, key: Value, getter: Value, setter: Value) {
        ret((|| {
            let k = ops::to_property_key(key)?;
            let mut d = ops::PropertyDescriptor { enumerable: Some(true), configurable: Some(true), ..Default::default() };
            if !getter.is_hole() { d.get = Some(getter); }
            if !setter.is_hole() { d.set = Some(setter); }
            ops::define_property_or_throw(obj, k, &d)?;
            Ok(obj)
        })())
    }
    /// 13.2.5.5: `__proto__: v` in an object literal sets the prototype
    /// when `v` is an object or null.
    fn kiln_set_proto_literal(obj: Value, proto: Value) {
        if proto.is_object() || proto.is_null() {
            obj.obj().proto = proto;
        }
        obj
    }
    fn kiln_regexp(pattern: Value, flags: Value) { crate::gc::safepoint();
        ret(crate::builtins::regexp::regexp_create(pattern, flags))
    }

    // Exceptions.
    fn kiln_throw(v: Value) { note_throw(v); rt().exception = v; Value::EXCEPTION }
    fn kiln_take_exception() { ops::take_exception() }
    fn kiln_throw_tdz(name: Value) {
        let name = name.str().to_rust_string();
        if name == "this" {
            // `this` of a derived constructor before super() (10.2.1.3 / 9.1.1.3.4).
            return ret(Err(reference_error("Must call super constructor in derived class before accessing 'this' or returning from derived constructor")));
        }
        ret(Err(reference_error(&format!("Cannot access '{name}' before initialization"))))
    }
    /// A TypeError (kind 0) or ReferenceError (kind 1) with a fixed message.
    fn kiln_throw_error(kind: u64, msg: Value) {
        let m = msg.str().to_rust_string();
        ret(Err(if kind == 1 { reference_error(&m) } else { type_error(&m) }))
    }

    // Classes (15.7).
    /// 15.7.14 ClassDefinitionEvaluation steps 8–16: the prototype object
    /// and the constructor's links (`parent` is a hole without `extends`).
    fn kiln_class_setup(ctor: Value, parent: Value) { crate::gc::safepoint();
        ret((|| {
            let r = &rt().realm;
            let (proto_parent, ctor_parent) = if parent.is_hole() {
                (r.object_prototype, r.function_prototype)
            } else if parent.is_null() {
                (Value::NULL, r.function_prototype)
            } else {
                if !ops::is_constructor(parent) {
                    return Err(type_error(&format!("Class extends value {} is not a constructor or null", ops::to_display_string(parent))));
                }
                let pp = ops::get(parent, Key::Named(rt().realm.atom_prototype))?;
                if !pp.is_object() && !pp.is_null() {
                    return Err(type_error(&format!("Class extends value does not have valid prototype property {}", ops::to_display_string(pp))));
                }
                (pp, parent)
            };
            let proto = new_object_with(proto_parent, Class::Ordinary);
            let f = ctor.obj();
            f.proto = ctor_parent;
            if let Class::Function(fd) = &mut f.class {
                fd.flags |= FN_CLASS | if parent.is_hole() { 0 } else { FN_DERIVED };
                fd.home = proto;
            }
            let r = &rt().realm;
            f.props.insert(r.atom_prototype, Slot::data(proto, 0));
            proto.obj().props.insert(r.atom_constructor, Slot::data(ctor, WRITABLE | CONFIGURABLE));
            Ok(proto)
        })())
    }
    /// Class elements (15.7.14 steps 25–26, 10.2.8 DefineMethodProperty,
    /// 7.3.33 DefineField): `kind` 0 a method, 1 a getter, 2 a setter (each
    /// non-enumerable, with `obj` as its [[HomeObject]]), 3 only sets the
    /// [[HomeObject]], 4 a field (an enumerable data property).
    fn kiln_define_class_element(obj: Value, key: Value, val: Value, kind: u64) { crate::gc::safepoint();
        ret((|| {
            if kind != 4 && val.is_object() {
                if let Class::Function(fd) = &mut val.obj().class {
                    fd.home = obj;
                }
            }
            if kind == 3 {
                return Ok(Value::UNDEFINED);
            }
            let k = ops::to_property_key(key)?;
            let d = match kind {
                0 => ops::PropertyDescriptor { value: Some(val), writable: Some(true), enumerable: Some(false), configurable: Some(true), ..Default::default() },
                1 => ops::PropertyDescriptor { get: Some(val), enumerable: Some(false), configurable: Some(true), ..Default::default() },
                2 => ops::PropertyDescriptor { set: Some(val), enumerable: Some(false), configurable: Some(true), ..Default::default() },
                _ => ops::PropertyDescriptor { value: Some(val), writable: Some(true), enumerable: Some(true), configurable: Some(true), ..Default::default() },
            };
            if kind <= 2 && ops::is_callable(val) {
                let name = match k {
                    Key::Named(n) if n.is_symbol() => {
                        let desc = n.sym().description;
                        if desc.is_string() { format!("[{}]", desc.str().to_rust_string()) } else { String::new() }
                    }
                    _ => ops::key_display(k),
                };
                // 10.2.9 SetFunctionName(F, key, prefix)
                let full = match kind {
                    1 => format!("get {name}"),
                    2 => format!("set {name}"),
                    _ => name,
                };
                val.obj().props.insert(rt().realm.atom_name, Slot::data(crate::string::new_string_from_str(&full), CONFIGURABLE));
            }
            ops::define_property_or_throw(obj, k, &d)?;
            Ok(Value::UNDEFINED)
        })())
    }
    /// 6.2.12 NewPrivateName: a fresh Private Name `description` (`#x`)
    /// for an element of kind `kind` (`symbol::PRIVATE_*`, a number) of
    /// the class named `class_name` (undefined: anonymous), made each time
    /// a class definition is evaluated (15.7.14 step 6).
    fn kiln_private_name(description: Value, kind: Value, class_name: Value) { crate::gc::safepoint();
        crate::symbol::new_private_name(description, kind.as_number() as u8, class_name)
    }
    /// 7.3.30 PrivateGet(obj, name).
    fn kiln_private_get(obj: Value, name: Value) { crate::gc::safepoint(); ret(crate::private::get(obj, name)) }
    /// 7.3.33 PrivateSet(obj, name, val); returns `val`.
    fn kiln_private_set(obj: Value, name: Value, val: Value) { crate::gc::safepoint(); ret(crate::private::set(obj, name, val).map(|_| val)) }
    /// 7.3.31 PrivateFieldAdd(obj, name, val).
    fn kiln_private_field_add(obj: Value, name: Value, val: Value) { ret(crate::private::field_add(obj, name, val).map(|_| Value::UNDEFINED)) }
    /// 7.3.32 PrivateMethodOrAccessorAdd(obj, method): `a` the method or
    /// getter, `b` the setter.
    fn kiln_private_method_add(obj: Value, name: Value, a: Value, b: Value) { ret(crate::private::method_add(obj, name, a, b).map(|_| Value::UNDEFINED)) }
    /// 13.10.1 `#x in obj`.
    fn kiln_private_in(name: Value, obj: Value) { ret(crate::private::has(name, obj).map(Value::bool)) }
    /// The running function's [[HomeObject]].
    /// 15.5.2 EvaluateGeneratorBody step 2-4: the generator object of a
    /// call of generator function `callee`, which will run `body`.
    fn kiln_generator_create(body: Value, callee: Value) { crate::gc::safepoint();
        ret(crate::builtins::generator::create(body, callee))
    }
    /// 15.5.5 `yield value` in a generator body.
    fn kiln_yield(value: Value) { crate::gc::safepoint();
        ret(crate::builtins::generator::yield_value(value))
    }
    /// 15.5.5 `yield* iterable` in a generator body.
    fn kiln_yield_star(value: Value) { crate::gc::safepoint();
        ret(crate::builtins::generator::yield_star(value))
    }
    /// 27.7.5.1 AsyncFunctionStart: runs an async function's `body` until
    /// its first `await`; returns the function's promise.
    fn kiln_async_start(body: Value) { crate::gc::safepoint();
        ret(crate::builtins::promise::async_start(body))
    }
    /// 15.8.4 step 3: the promise of an async function whose parameters threw.
    fn kiln_async_reject(reason: Value) { crate::gc::safepoint();
        ret(crate::builtins::promise::async_reject(reason))
    }
    /// 27.6.3.2 the object of a call of async generator function `callee`.
    fn kiln_async_generator_create(body: Value, callee: Value) { crate::gc::safepoint();
        ret(crate::builtins::async_generator::create(body, callee))
    }
    /// `for await`: 7.4.3 GetIterator(obj, async) as a record.
    fn kiln_get_async_iterator(obj: Value) { crate::gc::safepoint();
        ret(crate::builtins::async_generator::get_async_iterator(obj))
    }
    /// `for await`: Call(next, iterator) (its result is then awaited).
    fn kiln_async_iter_next(rec: Value) { crate::gc::safepoint();
        ret(crate::builtins::async_generator::iter_next(rec))
    }
    /// `for await`: the awaited result's value, or a hole when done.
    fn kiln_async_iter_value(rec: Value, result: Value) { crate::gc::safepoint();
        ret(crate::builtins::async_generator::iter_value(rec, result))
    }
    /// AsyncIteratorClose: Call(return, iterator), or a hole.
    fn kiln_async_iter_return(rec: Value) { crate::gc::safepoint();
        ret(crate::builtins::async_generator::iter_return(rec))
    }
    /// AsyncIteratorClose: the awaited result of `return()` is an object.
    fn kiln_async_iter_check(result: Value) { crate::gc::safepoint();
        ret(crate::builtins::async_generator::iter_check(result))
    }
    /// A module graph with top-level await: its evaluation promise; a
    /// rejection is reported as an uncaught exception (exit status 1).
    fn kiln_module_evaluation(p: Value) { crate::gc::safepoint();
        crate::builtins::promise::watch_module_evaluation(p);
        Value::UNDEFINED
    }
    /// 13.2.8.4 GetTemplateObject: the frozen template object of the site
    /// `site` (made from the arrays `cooked` and `raw` on first use).
    fn kiln_template_object(site: Value, cooked: Value, raw: Value) { crate::gc::safepoint();
        ret(crate::builtins::array::template_object(site, cooked, raw))
    }
    /// 27.7.5.3 Await(value).
    fn kiln_await(value: Value) { crate::gc::safepoint();
        ret(crate::builtins::promise::await_value(value))
    }
    /// After a `yield`: whether the generator was resumed by `return()`.
    fn kiln_resume_is_return() {
        Value::bool(crate::builtins::generator::take_returning())
    }
    fn kiln_home_object(callee: Value) {
        match &callee.obj().class {
            Class::Function(fd) => fd.home,
            _ => Value::UNDEFINED,
        }
    }
    /// 13.3.7.3 MakeSuperPropertyReference + GetValue: `super[key]` read
    /// with `this` as the receiver.
    fn kiln_super_get(home: Value, key: Value, this: Value) { crate::gc::safepoint();
        ret((|| {
            if !home.is_object() {
                return Err(type_error("'super' keyword unexpected here"));
            }
            let k = ops::to_property_key(key)?;
            let base = home.obj().proto;
            if base.is_nullish() {
                return Err(type_error(&format!("Cannot read properties of null (reading '{}')", ops::key_display(k))));
            }
            ops::get_with_receiver(base, k, this)
        })())
    }
    /// `super[key] = val` (PutValue on a super reference; strict code).
    fn kiln_super_set(home: Value, key: Value, val: Value, this: Value) { crate::gc::safepoint();
        ret((|| {
            if !home.is_object() {
                return Err(type_error("'super' keyword unexpected here"));
            }
            let k = ops::to_property_key(key)?;
            let base = home.obj().proto;
            if base.is_nullish() {
                return Err(type_error(&format!("Cannot set properties of null (setting '{}')", ops::key_display(k))));
            }
            if !ops::set_with_receiver(base, k, val, this)? {
                return Err(type_error(&format!("Cannot assign to read only property '{}' of object", ops::key_display(k))));
            }
            Ok(val)
        })())
    }
    /// 13.3.7.1 `super(...args)`: Construct(GetSuperConstructor(), args,
    /// new.target), where the super constructor is the active class
    /// constructor's [[GetPrototypeOf]]().
    fn kiln_super_construct(ctor: Value, new_target: Value, args: Value) { crate::gc::safepoint();
        ret((|| {
            let parent = ctor.obj().proto;
            if !ops::is_constructor(parent) {
                return Err(type_error(&format!("Super constructor {} of anonymous class is not a constructor", ops::to_display_string(parent))));
            }
            let list: Vec<Value> = args.obj().elements.clone();
            ops::construct(parent, &list, new_target)
        })())
    }
    /// 10.2.2 [[Construct]] steps 10–12 for a derived constructor's
    /// completion: an object is the result; undefined gives `this`, which
    /// super() must have bound; anything else is a TypeError.
    fn kiln_derived_return(val: Value, this: Value) {
        if val.is_object() {
            return val;
        }
        if !val.is_undefined() {
            return ret(Err(type_error("Derived constructors may only return object or undefined")));
        }
        if this.is_hole() {
            return ret(Err(reference_error("Must call super constructor in derived class before accessing 'this' or returning from derived constructor")));
        }
        this
    }
    fn kiln_throw_const_assign() { ret(Err(type_error("Assignment to constant variable."))) }
    fn kiln_throw_unresolved(name: Value) {
        ret(Err(reference_error(&format!("{} is not defined", name.str().to_rust_string()))))
    }
    fn kiln_stack_overflow() {
        // Leave headroom for creating the error itself.
        let r = rt();
        let saved = r.stack_limit;
        r.stack_limit = saved.saturating_sub(128 << 10);
        let e = crate::error::range_error("Maximum call stack size exceeded");
        rt().stack_limit = saved;
        r.exception = e;
        Value::EXCEPTION
    }

    /// 10.4.4.6 CreateUnmappedArgumentsObject (sloppy functions get the same
    /// object: parameter aliasing is not implemented).
    // No safepoint (prologue), as for kiln_new_env.
    fn kiln_arguments(argc: u64, argv: *const Value, callee: Value, strict: u64) {
        let r = &rt().realm;
        let a = new_object_with(r.object_prototype, Class::Arguments(None));
        let o = a.obj();
        o.elements = args_slice(argc, argv).to_vec();
        o.props.insert(r.atom_length, Slot::data(Value::int(argc as i32), WRITABLE | CONFIGURABLE));
        if strict == 0 {
            o.props.insert(rt().realm.atom_callee, Slot::data(callee, WRITABLE | CONFIGURABLE));
        }
        let values = crate::builtins::array::values_function();
        a.obj().props.insert(rt().realm.sym_iterator, Slot::data(values, WRITABLE | CONFIGURABLE));
        a
    }

    /// 10.4.4.7 CreateMappedArgumentsObject: parameters `0..nparams` live in
    /// consecutive slots of `env` starting at `first_slot`.
    fn kiln_mapped_arguments(argc: u64, argv: *const Value, callee: Value, env: *mut Env, first_slot: u64, nparams: u64) {
        let a = kiln_arguments(crate::rt() as *mut Runtime, argc, argv, callee, 0);
        let mapped = argc.min(nparams) as usize;
        let o = a.obj();
        let mut slots = Vec::with_capacity(mapped);
        for i in 0..mapped {
            o.elements[i] = Value::HOLE;
            slots.push(first_slot as u32 + i as u32);
        }
        o.class = Class::Arguments(Some(Box::new(ArgMap { env, slots })));
        a
    }
    /// 16.2.1.8.2 ParseJSONModule: the default export of a JSON module.
    fn kiln_json_module(text: Value) {
        crate::gc::safepoint();
        ret(crate::builtins::json::parse_module_text(text))
    }
    /// 10.4.6.12 ModuleNamespaceCreate: `spec` is `[name0, slot0, ...]`
    /// (names sorted by code units, slots of `env`). [[Prototype]] is
    /// null, the object is not extensible, and @@toStringTag is "Module"
    /// (28.3.1).
    fn kiln_module_namespace(env: *mut Env, spec: Value) {
        crate::gc::safepoint();
        let items = &spec.obj().elements;
        let mut exports = Vec::with_capacity(items.len() / 2);
        for pair in items.chunks(2) {
            exports.push((crate::string::intern_value(pair[0]), pair[1].as_int() as u32));
        }
        let ns = new_object_with(Value::NULL, Class::Namespace(Box::new(crate::object::NamespaceData { env, exports })));
        let o = ns.obj();
        o.props.insert(rt().realm.sym_to_string_tag, Slot::data(crate::string::intern_str("Module"), 0));
        o.extensible = false;
        ns
    }
    // 14.7.5.6 ForIn/OfHeadEvaluation for for-of: an internal record
    // [iterator or array, next method, mode, index]; mode 1 is the built-in
    // array iteration run as an index loop (same observable steps), 0 the
    // generic protocol, 2 done.
    fn kiln_get_iterator(obj: Value) {
        crate::gc::safepoint();
        use crate::builtins::array;
        ret((|| {
            let method = ops::get_method(obj, Key::Named(rt().realm.sym_iterator))?;
            let Some(method) = method else {
                let what = if obj.is_string() { format!("\"{}\"", obj.str().to_rust_string()) } else { ops::to_display_string(obj) };
                return Err(type_error(&format!("{what} is not iterable")));
            };
            if obj.is_object() && array::is_builtin_array_iteration(method) {
                return Ok(new_array(vec![obj, Value::UNDEFINED, Value::int(1), Value::int(0)]));
            }
            let rec = array::get_iterator_from_method(obj, method)?;
            Ok(new_array(vec![rec.iterator, rec.next, Value::int(0), Value::int(0)]))
        })())
    }
    /// 8.6.3 / 13.15.5.5: GetIterator for an array pattern, as for-of does,
    /// with V8's messages when the value is not iterable (`text` is the
    /// source text of the value, or UNDEFINED).
    fn kiln_get_pattern_iterator(obj: Value, text: Value) {
        let iterable = !obj.is_nullish()
            && matches!(ops::get_method(obj, Key::Named(rt().realm.sym_iterator)), Ok(Some(_)) | Err(_));
        if !iterable {
            let msg = if text.is_string() {
                format!("{} is not iterable", text.str().to_rust_string())
            } else {
                let what = if obj.is_undefined() {
                    "undefined".to_string()
                } else if obj.is_null() {
                    "object null".to_string()
                } else if obj.is_object() {
                    ops::typeof_str(obj).to_string()
                } else {
                    format!("{} {}", ops::typeof_str(obj), ops::to_display_string(obj))
                };
                format!("{what} is not iterable (cannot read property Symbol(Symbol.iterator))")
            };
            return ret(Err(type_error(&msg)));
        }
        kiln_get_iterator(crate::rt() as *mut Runtime, obj)
    }
    /// 7.4.8 IteratorStepValue: the next value, or HOLE when done.
    fn kiln_iterator_next(rec: Value) {
        use crate::builtins::array;
        let e = &rec.obj().elements;
        let (target, next, mode, index) = (e[0], e[1], e[2].as_int(), e[3].as_int());
        ret((|| match mode {
            1 => {
                let len = ops::length_of_array_like(target)?;
                if index as f64 >= len {
                    rec.obj().elements[2] = Value::int(2);
                    return Ok(Value::HOLE);
                }
                let v = array::get_at(target, index as f64)?;
                rec.obj().elements[3] = Value::int(index + 1);
                Ok(v)
            }
            0 => {
                let mut r = array::IteratorRecord { iterator: target, next, done: false };
                let step = array::iterator_step_value(&mut r);
                if r.done {
                    rec.obj().elements[2] = Value::int(2);
                }
                Ok(step?.unwrap_or(Value::HOLE))
            }
            _ => Ok(Value::HOLE),
        })())
    }
    /// 7.4.11 IteratorClose for a normal exit from the loop body
    /// (`break`, `continue` to an outer loop, `return`).
    fn kiln_iterator_close(rec: Value) {
        let e = &rec.obj().elements;
        if e[2].as_int() != 0 {
            return Value::UNDEFINED;
        }
        rec.obj().elements[2] = Value::int(2);
        let r = crate::builtins::array::IteratorRecord { iterator: e[0], next: e[1], done: false };
        ret(crate::builtins::array::iterator_close(&r, Ok(Value::UNDEFINED)))
    }
    /// Appends one value (or a hole) to an array under construction.
    fn kiln_array_push(arr: Value, v: Value) {
        let o = arr.obj();
        o.elements.push(v);
        o.length = o.elements.len() as u32;
        arr
    }
    /// 13.2.4.1 ArrayAccumulation for `...iterable`.
    fn kiln_spread_append(arr: Value, iterable: Value) {
        crate::gc::safepoint();
        ret((|| {
            let method = ops::get_method(iterable, Key::Named(rt().realm.sym_iterator))?;
            let Some(method) = method else {
                return Err(type_error(&format!("{} is not iterable", ops::to_display_string(iterable))));
            };
            crate::builtins::array::for_each_iterated(iterable, method, &mut |v| {
                let o = arr.obj();
                o.elements.push(v);
                o.length = o.elements.len() as u32;
                Ok(())
            })?;
            Ok(arr)
        })())
    }
    /// A call whose arguments are the elements of `args` (spread calls).
    fn kiln_call_spread(f: Value, this: Value, args: Value, name: Value) {
        crate::gc::safepoint();
        if !ops::is_callable(f) {
            return ret(Err(call_error(f, name)));
        }
        let list = args.obj().elements.clone();
        let r = ops::call(f, this, &list);
        std::hint::black_box(args);
        ret(r)
    }
    fn kiln_new_spread(f: Value, args: Value, name: Value) {
        crate::gc::safepoint();
        if !ops::is_constructor(f) {
            let what = if name.is_string() { name.str().to_rust_string() } else { ops::to_display_string(f) };
            return ret(Err(type_error(&format!("{what} is not a constructor"))));
        }
        let list = args.obj().elements.clone();
        let r = ops::construct(f, &list, f);
        std::hint::black_box(args);
        ret(r)
    }
    /// 7.1.19 ToPropertyKey, as a value (computed keys of patterns).
    fn kiln_to_property_key(v: Value) {
        ret(ops::to_property_key(v).map(|k| match k {
            Key::Index(i) if i <= i32::MAX as u32 => Value::int(i as i32),
            k => k.to_value(),
        }))
    }
    /// 7.2.1 RequireObjectCoercible for an object pattern (8.6.2 step 1,
    /// 13.15.5.2 step 1), with V8's messages: `text` is the source text of
    /// the value (a string), UNDEFINED to name the value itself, or HOLE
    /// for a nested pattern (reported as the property read); `key` is the
    /// pattern's first property name or UNDEFINED.
    fn kiln_require_object_coercible(val: Value, text: Value, key: Value) {
        if !val.is_nullish() {
            return val;
        }
        let what = if val.is_null() { "null" } else { "undefined" };
        let key = key.is_string().then(|| key.str().to_rust_string());
        let msg = if text.is_hole() {
            match key {
                Some(k) => format!("Cannot read properties of {what} (reading '{k}')"),
                None => format!("Cannot destructure '{what}' as it is {what}."),
            }
        } else {
            let t = if text.is_string() { text.str().to_rust_string() } else { what.to_string() };
            match key {
                Some(k) => format!("Cannot destructure property '{k}' of '{t}' as it is {what}."),
                None => format!("Cannot destructure '{t}' as it is {what}."),
            }
        };
        ret(Err(type_error(&msg)))
    }
    /// 13.2.5.5 PropertyDefinitionEvaluation for `...src`:
    /// CopyDataProperties(obj, src, « »).
    fn kiln_copy_data_properties(obj: Value, src: Value) {
        crate::gc::safepoint();
        let r = copy_data_properties(obj, src, &[]).map(|_| obj);
        std::hint::black_box((obj, src));
        ret(r)
    }
    /// 14.3.3.2 RestBindingInitialization / 13.15.5.4
    /// RestDestructuringAssignmentEvaluation: a new object and
    /// CopyDataProperties(restObj, src, excludedNames) (the excluded keys
    /// are `argc` property keys at `argv`).
    fn kiln_object_rest(src: Value, argc: u64, argv: *const Value) {
        crate::gc::safepoint();
        let excluded: Vec<Key> = match args_slice(argc, argv).iter().map(|&k| ops::to_property_key(k)).collect() {
            Ok(v) => v,
            Err(e) => return ret(Err(e)),
        };
        let target = new_object();
        let r = copy_data_properties(target, src, &excluded).map(|_| target);
        std::hint::black_box((target, src));
        ret(r)
    }
    /// Rest parameter: the arguments from `start` on, as an array.
    fn kiln_rest_args(argc: u64, argv: *const Value, start: u64) {
        let a = args_slice(argc, argv);
        let s = (start as usize).min(a.len());
        new_array(a[s..].to_vec())
    }
    // 14.7.5 for-in: an iterator over EnumerateObjectProperties.
    fn kiln_for_in(obj: Value) { crate::gc::safepoint();
        if obj.is_nullish() {
            return new_array(vec![Value::UNDEFINED, Value::int(2)]);
        }
        let o = match ops::to_object(obj) { Ok(o) => o, Err(e) => return ret(Err(e)) };
        let mut keys: Vec<Value> = vec![o, Value::int(2)];
        let mut seen: std::collections::HashSet<u64> = Default::default();
        let mut cur = o;
        loop {
            for k in ops::own_property_keys(cur) {
                if k.is_symbol() { continue; }
                if !seen.insert(k.0) { continue; }
                let key = Key::from_value_unchecked(k);
                if let Some(s) = ops::get_own_property(cur, key) {
                    if s.enumerable() { keys.push(k); }
                }
            }
            let p = cur.obj().proto;
            if p.is_null() { break; }
            cur = p;
        }
        new_array(keys)
    }
    /// The next key, or HOLE when done.
    fn kiln_for_in_next(it: Value) {
        let o = it.obj();
        let target = o.elements[0];
        loop {
            let i = o.elements[1].as_int() as usize;
            if i >= o.elements.len() { return Value::HOLE; }
            o.elements[1] = Value::int(i as i32 + 1);
            let k = o.elements[i];
            // Keys deleted during enumeration are skipped.
            if ops::has_property(target, Key::from_value_unchecked(k)) { return k; }
        }
    }

    /// Registers a module's code ranges (`n` [`CodeRange`]s) for stack walks.
    fn kiln_register_code(ranges: *const CodeRange, n: u64) {
        let code = &mut rt().code;
        for i in 0..n as usize {
            // SAFETY: the module's static table of `n` ranges.
            code.push(unsafe { &*ranges.add(i) });
        }
        code.sort_by_key(|c| c.start as usize);
        Value::UNDEFINED
    }
    /// Fills a module's constant table with interned strings, and makes it a root.
    fn kiln_init_consts(consts: *mut Value, descs: *const u32, data: *const u16, n: u64) {
        for i in 0..n as usize {
            // SAFETY: the compiler emitted `n` (offset, length) pairs into `data`.
            let (off, len) = unsafe { (*descs.add(2 * i) as usize, *descs.add(2 * i + 1) as usize) };
            let units = unsafe { std::slice::from_raw_parts(data.add(off), len) };
            let v = intern(units);
            unsafe { *consts.add(i) = v };
        }
        rt().heap.add_root_range(consts, n as usize);
        Value::UNDEFINED
    }
    /// Fills the five CommonJS wrapper arguments `(exports, require, module,
    /// __filename, __dirname)` and returns `this` (= `module.exports`).
    fn kiln_cjs_args(out: *mut Value) {
        let path = rt().script_path.clone();
        let dir = std::path::Path::new(&path).parent().map(|p| p.to_string_lossy().into_owned()).unwrap_or_else(|| ".".into());
        let module = new_object();
        let exports = new_object();
        let filename = new_string_from_str(&path);
        let dirname = new_string_from_str(&dir);
        for (k, v) in [("id", crate::string::intern_str(".")), ("exports", exports), ("filename", filename), ("loaded", Value::FALSE)] {
            ops::store_own(module, Key::from_str(k), Slot::data(v, DEFAULT_ATTRS));
        }
        // SAFETY: generated code passes a 5-slot array.
        unsafe {
            *out = exports;
            *out.add(1) = Value::UNDEFINED;
            *out.add(2) = module;
            *out.add(3) = filename;
            *out.add(4) = dirname;
        }
        exports
    }
    /// Top-level `this` of a script: the global object.
    fn kiln_global_this() { rt().realm.global }
}

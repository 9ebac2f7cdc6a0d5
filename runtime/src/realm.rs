//! The realm (9.3): intrinsic objects, well-known symbols, common property
//! names, and the global object.

use crate::object::{new_object_with, Class, FunctionData, Key, NativeFn, Slot, CONFIGURABLE, FN_CONSTRUCTOR, WRITABLE};
use crate::string::intern_str;
use crate::value::Value;

macro_rules! realm_fields {
    ($($name:ident),* $(,)?) => {
        /// Intrinsics and interned names; every field is a GC root.
        pub struct Realm {
            $(pub $name: Value,)*
            pub single_chars: Vec<Value>,
        }
        impl Realm {
            pub fn empty() -> Realm {
                Realm { $($name: Value::UNDEFINED,)* single_chars: Vec::new() }
            }
            fn trace(&self, f: &mut dyn FnMut(Value)) {
                $(f(self.$name);)*
                for &v in &self.single_chars { f(v); }
            }
        }
    };
}

realm_fields!(
    global,
    object_prototype,
    function_prototype,
    array_prototype,
    string_prototype,
    number_prototype,
    boolean_prototype,
    symbol_prototype,
    regexp_prototype,
    date_prototype,
    error_prototype,
    type_error_prototype,
    range_error_prototype,
    syntax_error_prototype,
    reference_error_prototype,
    eval_error_prototype,
    uri_error_prototype,
    array_constructor,
    object_constructor,
    empty_string,
    atom_length,
    atom_prototype,
    atom_constructor,
    atom_name,
    atom_message,
    atom_to_string,
    atom_value_of,
    atom_callee,
    atom_last_index,
    sym_iterator,
    sym_has_instance,
    sym_to_primitive,
    sym_to_string_tag,
    sym_match,
    sym_match_all,
    sym_replace,
    sym_search,
    sym_split,
    // Private key for builtin iterators' internal state (never exposed by name).
    sym_internal_state,
    regexp_constructor,
    string_iterator_prototype,
    regexp_string_iterator_prototype,
    // Array builtins (builtins/array.rs): %IteratorPrototype%,
    // %ArrayIteratorPrototype%, %Array.prototype.values%, @@species.
    iterator_prototype,
    array_iterator_prototype,
    array_proto_values,
    sym_species,
    sym_is_concat_spreadable,
    sym_unscopables,
    // Keyed collections (builtins/collections.rs).
    map_prototype,
    set_prototype,
    map_iterator_prototype,
    set_iterator_prototype,
    // Generators (builtins/generator.rs): %GeneratorFunction.prototype%,
    // %GeneratorPrototype%.
    generator_function_prototype,
    generator_prototype,
    // Promises and async functions (builtins/promise.rs).
    promise_prototype,
    promise_constructor,
    async_function_prototype,
    aggregate_error_prototype,
    // Async iteration (builtins/async_generator.rs).
    sym_async_iterator,
    async_iterator_prototype,
    async_generator_function_prototype,
    async_generator_prototype,
    async_from_sync_iterator_prototype,
    // Weak collections (builtins/weak.rs).
    weak_map_prototype,
    weak_set_prototype,
    weak_ref_prototype,
    // Node's timer objects (builtins/timers.rs).
    timeout_prototype,
    immediate_prototype,
);

pub fn trace_roots(f: &mut dyn FnMut(Value)) {
    let rt = crate::rt();
    rt.realm.trace(f);
    f(rt.resume.value);
    f(rt.native_callee);
    for v in rt.symbol_registry.values() {
        f(*v);
    }
    crate::builtins::promise::trace_roots(f);
    for v in rt.interned.values() {
        f(*v);
    }
    f(rt.exception);
    f(rt.new_target);
    f(rt.thrown);
}

/// Builds all intrinsics and the global object.
pub fn init() {
    let rt = crate::rt();
    // Strings first: everything else names things.
    rt.realm.empty_string = crate::string::intern(&[]);
    let mut singles = Vec::with_capacity(128);
    for c in 0u16..128 {
        singles.push(crate::string::intern(&[c]));
    }
    rt.realm.single_chars = singles;
    let r = &mut crate::rt().realm;
    r.atom_length = intern_str("length");
    r.atom_prototype = intern_str("prototype");
    r.atom_constructor = intern_str("constructor");
    r.atom_name = intern_str("name");
    r.atom_message = intern_str("message");
    r.atom_to_string = intern_str("toString");
    r.atom_value_of = intern_str("valueOf");
    r.atom_callee = intern_str("callee");
    r.atom_last_index = intern_str("lastIndex");

    let wk = |d: &str| crate::symbol::new_symbol(intern_str(d));
    let (it, hi, tp, tt) = (wk("Symbol.iterator"), wk("Symbol.hasInstance"), wk("Symbol.toPrimitive"), wk("Symbol.toStringTag"));
    let r = &mut crate::rt().realm;
    r.sym_iterator = it;
    r.sym_has_instance = hi;
    r.sym_to_primitive = tp;
    r.sym_to_string_tag = tt;
    let (m, ma, rp, se, sp) = (wk("Symbol.match"), wk("Symbol.matchAll"), wk("Symbol.replace"), wk("Symbol.search"), wk("Symbol.split"));
    let st = wk("[[InternalState]]");
    let r = &mut crate::rt().realm;
    r.sym_match = m;
    r.sym_match_all = ma;
    r.sym_replace = rp;
    r.sym_search = se;
    r.sym_split = sp;
    r.sym_internal_state = st;
    r.sym_async_iterator = crate::symbol::new_symbol(intern_str("Symbol.asyncIterator"));

    let object_prototype = new_object_with(Value::NULL, Class::Ordinary);
    crate::rt().realm.object_prototype = object_prototype;
    // 20.2.3 Properties of the Function Prototype Object: itself a function.
    let function_prototype = new_object_with(
        object_prototype,
        Class::Function(FunctionData { code: 0, native: Some(empty_function), flags: 0, home: Value::UNDEFINED, data: Value::UNDEFINED }),
    );
    crate::rt().realm.function_prototype = function_prototype;
    let global = new_object_with(object_prototype, Class::Ordinary);
    crate::rt().realm.global = global;

    crate::builtins::init_all();
}

fn empty_function(_this: Value, _args: &[Value], _nt: Value) -> crate::JsResult<Value> {
    Ok(Value::UNDEFINED)
}

/// A builtin function object (10.3 built-in function objects) with `length`
/// and `name` properties.
pub fn make_native(name: &str, f: NativeFn, length: u32, constructor: bool) -> Value {
    let r = &crate::rt().realm;
    let fo = new_object_with(
        r.function_prototype,
        Class::Function(FunctionData {
            code: 0,
            native: Some(f),
            flags: if constructor { FN_CONSTRUCTOR } else { 0 },
            home: Value::UNDEFINED,
            data: Value::UNDEFINED,
        }),
    );
    let o = fo.obj();
    o.props.insert(r.atom_length, Slot::data(Value::int(length as i32), CONFIGURABLE));
    let n = intern_str(name);
    o.props.insert(crate::rt().realm.atom_name, Slot::data(n, CONFIGURABLE));
    fo
}

/// Defines a builtin method: writable, non-enumerable, configurable (clause 18).
/// A built-in closure: a native function with captured state `data`,
/// which the function reads with [`closure_data`] on entry.
pub fn make_closure(name: &str, f: NativeFn, length: u32, data: Value) -> Value {
    let fo = make_native(name, f, length, false);
    if let Class::Function(fd) = &mut fo.obj().class {
        fd.data = data;
    }
    fo
}

/// The captured state of the running built-in closure (see
/// [`make_closure`]); valid until the closure calls other code.
pub fn closure_data() -> Value {
    let callee = crate::rt().native_callee;
    if callee.is_object() {
        if let Class::Function(fd) = &callee.obj().class {
            return fd.data;
        }
    }
    Value::UNDEFINED
}

pub fn define_method(target: Value, name: &str, f: NativeFn, length: u32) -> Value {
    let fo = make_native(name, f, length, false);
    target.obj().props.insert(Key::from_str(name).named(), Slot::data(fo, WRITABLE | CONFIGURABLE));
    fo
}

/// Defines a method keyed by a symbol, named `[description]`.
pub fn define_symbol_method(target: Value, sym: Value, name: &str, f: NativeFn, length: u32) -> Value {
    let fo = make_native(name, f, length, false);
    target.obj().props.insert(sym, Slot::data(fo, WRITABLE | CONFIGURABLE));
    fo
}

/// Defines a non-enumerable data property.
pub fn define_value(target: Value, name: &str, v: Value, flags: u8) {
    target.obj().props.insert(Key::from_str(name).named(), Slot::data(v, flags));
}

/// Defines a getter-only accessor (e.g. `RegExp.prototype.source`).
pub fn define_getter(target: Value, name: &str, f: NativeFn) {
    let g = make_native(&format!("get {name}"), f, 0, false);
    target.obj().props.insert(
        Key::from_str(name).named(),
        Slot { value: g, setter: Value::UNDEFINED, flags: crate::object::ACCESSOR | CONFIGURABLE },
    );
}

/// Creates a constructor with its prototype object linked both ways, and
/// installs it on the global object.
pub fn make_constructor(name: &str, f: NativeFn, length: u32, prototype: Value) -> Value {
    let c = make_native(name, f, length, true);
    let r = &crate::rt().realm;
    c.obj().props.insert(r.atom_prototype, Slot::data(prototype, 0));
    prototype.obj().props.insert(r.atom_constructor, Slot::data(c, WRITABLE | CONFIGURABLE));
    define_global(name, c);
    c
}

pub fn define_global(name: &str, v: Value) {
    let g = crate::rt().realm.global;
    g.obj().props.insert(Key::from_str(name).named(), Slot::data(v, WRITABLE | CONFIGURABLE));
}

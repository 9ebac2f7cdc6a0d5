//! Objects (10.1 ordinary objects, 10.4 exotic arrays, 10.2 functions).
//!
//! Named properties live in an ordered map keyed by interned strings and
//! symbols (compared by pointer); integer-indexed properties with default
//! attributes live in the dense `elements` vector, with `HOLE` for absent
//! ones. An index with non-default attributes, or one far beyond the dense
//! part, lives in `props` under its canonical string key, and the object's
//! `sparse` flag says to look there.

use crate::gc::{alloc_cell, CellKind, Env, Header};
use crate::string::{intern, intern_value, JsString};
use crate::value::Value;
use rustc_hash::FxHashMap as HashMap;

pub const WRITABLE: u8 = 1;
pub const ENUMERABLE: u8 = 2;
pub const CONFIGURABLE: u8 = 4;
pub const ACCESSOR: u8 = 8;
pub const DEFAULT_ATTRS: u8 = WRITABLE | ENUMERABLE | CONFIGURABLE;

/// One own property. For accessors, `value` is the getter and `setter` the
/// setter (each a function or undefined).
#[derive(Copy, Clone, Debug)]
pub struct Slot {
    pub value: Value,
    pub setter: Value,
    pub flags: u8,
}

impl Slot {
    pub fn data(value: Value, flags: u8) -> Slot {
        Slot { value, setter: Value::UNDEFINED, flags }
    }
    pub fn is_accessor(&self) -> bool {
        self.flags & ACCESSOR != 0
    }
    pub fn writable(&self) -> bool {
        self.flags & WRITABLE != 0
    }
    pub fn enumerable(&self) -> bool {
        self.flags & ENUMERABLE != 0
    }
    pub fn configurable(&self) -> bool {
        self.flags & CONFIGURABLE != 0
    }
}

/// One entry of a [`PropMap`].
pub type PropEntry = (Value, Slot);

/// A `Vec<PropEntry>` with a fixed layout (pointer, then length), so that
/// generated code can check a property site's cached index inline.
#[repr(C)]
pub struct PropVec {
    ptr: *mut PropEntry,
    len: usize,
    cap: usize,
}

impl Default for PropVec {
    fn default() -> Self {
        PropVec::from_vec(Vec::new())
    }
}

impl Drop for PropVec {
    fn drop(&mut self) {
        // SAFETY: the parts came from a Vec (from_vec) and are owned here.
        drop(unsafe { Vec::from_raw_parts(self.ptr, self.len, self.cap) });
    }
}

impl PropVec {
    fn from_vec(v: Vec<PropEntry>) -> Self {
        let mut v = std::mem::ManuallyDrop::new(v);
        PropVec { ptr: v.as_mut_ptr(), len: v.len(), cap: v.capacity() }
    }
    /// Runs `f` on the entries as a Vec (for pushes and removals).
    fn with_vec<R>(&mut self, f: impl FnOnce(&mut Vec<PropEntry>) -> R) -> R {
        // SAFETY: the parts came from a Vec; they are taken back below
        // (`f` only pushes or removes, which cannot unwind but by abort).
        let mut v = unsafe { Vec::from_raw_parts(self.ptr, self.len, self.cap) };
        let r = f(&mut v);
        let v = std::mem::ManuallyDrop::new(v);
        self.ptr = v.as_ptr() as *mut PropEntry;
        self.len = v.len();
        self.cap = v.capacity();
        r
    }
    fn as_slice(&self) -> &[PropEntry] {
        // SAFETY: `len` initialised entries at `ptr` (dangling when empty).
        unsafe { std::slice::from_raw_parts(self.ptr, self.len) }
    }
    fn as_mut_slice(&mut self) -> &mut [PropEntry] {
        // SAFETY: as above, uniquely borrowed.
        unsafe { std::slice::from_raw_parts_mut(self.ptr, self.len) }
    }
}

/// Insertion-ordered property map; keys are interned strings or symbols.
#[derive(Default)]
#[repr(C)]
pub struct PropMap {
    entries: PropVec,
    index: Option<HashMap<u64, usize>>,
}

/// Layout facts the code generator's inline property caches rely on.
pub const OBJECT_PROPS_PTR_OFFSET: i32 = std::mem::offset_of!(JsObject, props) as i32;
pub const OBJECT_PROPS_LEN_OFFSET: i32 = OBJECT_PROPS_PTR_OFFSET + 8;
pub const PROP_ENTRY_SIZE: i64 = std::mem::size_of::<PropEntry>() as i64;
pub const PROP_ENTRY_KEY_OFFSET: i32 = std::mem::offset_of!(PropEntry, 0) as i32;
pub const PROP_ENTRY_VALUE_OFFSET: i32 = (std::mem::offset_of!(PropEntry, 1) + std::mem::offset_of!(Slot, value)) as i32;
pub const PROP_ENTRY_FLAGS_OFFSET: i32 = (std::mem::offset_of!(PropEntry, 1) + std::mem::offset_of!(Slot, flags)) as i32;

const INDEX_AT: usize = 12;

impl PropMap {
    #[inline]
    pub fn find(&self, key: Value) -> Option<usize> {
        match &self.index {
            Some(ix) => ix.get(&key.0).copied(),
            None => self.entries.as_slice().iter().position(|e| e.0 == key),
        }
    }
    #[inline]
    pub fn get(&self, key: Value) -> Option<&Slot> {
        self.find(key).map(|i| &self.entries.as_slice()[i].1)
    }
    #[inline]
    pub fn get_mut(&mut self, key: Value) -> Option<&mut Slot> {
        match self.find(key) {
            Some(i) => Some(&mut self.entries.as_mut_slice()[i].1),
            None => None,
        }
    }
    pub fn insert(&mut self, key: Value, slot: Slot) {
        if let Some(i) = self.find(key) {
            self.entries.as_mut_slice()[i].1 = slot;
            return;
        }
        self.entries.with_vec(|v| v.push((key, slot)));
        if let Some(ix) = &mut self.index {
            ix.insert(key.0, self.entries.len - 1);
        } else if self.entries.len > INDEX_AT {
            self.rebuild_index();
        }
    }
    fn rebuild_index(&mut self) {
        let mut ix = HashMap::with_capacity_and_hasher(self.entries.len, Default::default());
        for (i, e) in self.entries.as_slice().iter().enumerate() {
            ix.insert(e.0 .0, i);
        }
        self.index = Some(ix);
    }
    pub fn remove(&mut self, key: Value) -> bool {
        match self.find(key) {
            Some(i) => {
                self.entries.with_vec(|v| v.remove(i));
                if self.index.is_some() {
                    self.rebuild_index();
                }
                true
            }
            None => false,
        }
    }
    pub fn entries(&self) -> &[(Value, Slot)] {
        self.entries.as_slice()
    }
    pub fn entries_mut(&mut self) -> &mut [(Value, Slot)] {
        self.entries.as_mut_slice()
    }
    pub fn len(&self) -> usize {
        self.entries.len
    }
    pub fn is_empty(&self) -> bool {
        self.entries.len == 0
    }
}

/// A native builtin: `this`, the arguments, and for constructors
/// `new.target` (undefined for a plain call).
pub type NativeFn = fn(this: Value, args: &[Value], new_target: Value) -> crate::JsResult<Value>;

pub struct FunctionData {
    /// Address of the compiled code (`extern "C" fn(ctx, callee, this, argc, argv) -> u64`),
    /// or 0 for natives.
    pub code: usize,
    pub native: Option<NativeFn>,
    pub flags: u32,
    /// [[HomeObject]] of a method (the object whose prototype `super.x`
    /// starts from), or undefined.
    pub home: Value,
    /// A built-in closure's captured state (e.g. a promise's resolving
    /// functions, 27.2.1.3), read through `realm::closure_data`.
    pub data: Value,
}

pub const FN_CONSTRUCTOR: u32 = 1;
pub const FN_STRICT: u32 = 2;
pub const FN_ARROW: u32 = 4;
/// A class constructor whose class has an `extends` clause
/// ([[ConstructorKind]] derived): [[Construct]] allocates no `this`.
pub const FN_DERIVED: u32 = 8;
/// A class constructor (its code throws when called without `new`).
pub const FN_CLASS: u32 = 16;
/// A generator function (its calls return generator objects).
pub const FN_GENERATOR: u32 = 32;
/// An async function (its calls return promises).
pub const FN_ASYNC: u32 = 64;

pub struct RegExpData {
    pub source: Value,
    pub flags: Value,
    pub regex: regress::Regex,
    pub global: bool,
    pub sticky: bool,
    pub unicode: bool,
}

/// The [[ParameterMap]] of a mapped arguments object: index `i` aliases
/// environment slot `slots[i]` (u32::MAX once unmapped).
pub struct ArgMap {
    pub env: *mut Env,
    pub slots: Vec<u32>,
}

impl ArgMap {
    pub fn slot(&self, i: u32) -> Option<u32> {
        self.slots.get(i as usize).copied().filter(|&s| s != u32::MAX)
    }
}

/// The mapped parameter slot for index `i` of an arguments object, if any.
pub fn mapped_slot(o: &JsObject, i: u32) -> Option<(*mut Env, u32)> {
    match &o.class {
        Class::Arguments(Some(m)) => m.slot(i).map(|s| (m.env, s)),
        _ => None,
    }
}

pub fn unmap(o: &mut JsObject, i: u32) {
    if let Class::Arguments(Some(m)) = &mut o.class {
        if let Some(s) = m.slots.get_mut(i as usize) {
            *s = u32::MAX;
        }
    }
}

/// 10.4.6 Module namespace exotic objects: [[Exports]], sorted by code
/// units, each with the slot of the module environment `env` holding its
/// binding (a hole while the binding is uninitialised).
pub struct NamespaceData {
    pub env: *mut Env,
    /// (export name as an interned string, slot)
    pub exports: Vec<(Value, u32)>,
}

/// The binding of export `key` of a module namespace object: `None` when
/// `o` is not a namespace or `key` is a symbol or not exported; a hole
/// while the binding is in its temporal dead zone.
pub fn namespace_binding(o: &JsObject, key: Key) -> Option<Value> {
    let Class::Namespace(ns) = &o.class else { return None };
    let k = key.named();
    if k.is_symbol() {
        return None;
    }
    let slot = ns.exports.iter().find(|(n, _)| *n == k)?.1;
    // SAFETY: the namespace object keeps its environment alive (trace).
    Some(unsafe { (*ns.env).slots()[slot as usize] })
}

/// The [[MapData]] / [[SetData]] of a Map or Set (24.1, 24.2): entries in
/// insertion order, where a deleted entry's key is a hole (so that
/// iterators, which hold an index, see later insertions and skip deletions
/// as the spec's List of Records does), and an index from a SameValueZero
/// hash to entry positions.
#[derive(Default)]
pub struct MapData {
    pub entries: Vec<(Value, Value)>,
    pub index: HashMap<u64, Vec<u32>>,
    /// Entries not deleted.
    pub live: usize,
    /// Iterators over the entries that have not finished: while there are
    /// any, deleted entries stay in place (their indices must not move).
    pub iterators: u32,
}

pub enum Class {
    Ordinary,
    Array,
    Function(FunctionData),
    BoundFunction { target: Value, this: Value, args: Vec<Value> },
    Error,
    Boolean(bool),
    Number(f64),
    String(Value),
    Symbol(Value),
    RegExp(Box<RegExpData>),
    /// Arguments objects; sloppy functions with simple parameter lists map
    /// indices to their parameters (10.4.4 arguments exotic objects).
    Arguments(Option<Box<ArgMap>>),
    Date(f64),
    Namespace(Box<NamespaceData>),
    Map(Box<MapData>),
    Set(Box<MapData>),
    /// Generator instances (27.5): state and the coroutine running the body.
    Generator(Box<crate::builtins::generator::GeneratorData>),
    /// 27.2.6 Promise instances.
    Promise(Box<crate::builtins::promise::PromiseData>),
    /// 24.3 WeakMap and 24.4 WeakSet instances (entries are not traced:
    /// see `builtins/weak.rs`).
    WeakMap(Box<crate::builtins::weak::WeakData>),
    WeakSet(Box<crate::builtins::weak::WeakData>),
    /// 26.1 WeakRef instances: the target (not traced), or undefined once collected.
    WeakRef(Value),
    /// 27.6 AsyncGenerator instances.
    AsyncGenerator(Box<crate::builtins::async_generator::AsyncGeneratorData>),
    /// An async function activation (internal: never exposed to JS).
    Async(Box<crate::builtins::promise::AsyncData>),
}

pub const OBJECT_FN_ENV_OFFSET: i32 = 16;
pub const OBJECT_FN_CODE_OFFSET: i32 = 24;

#[repr(C)]
pub struct JsObject {
    pub header: Header,
    pub proto: Value,
    /// The closure environment of a compiled function (null otherwise).
    /// At a fixed offset: generated code loads it on entry.
    pub fn_env: *mut Env,
    /// Entry of a compiled function (0 otherwise), at a fixed offset so
    /// that generated code can call it without entering the runtime.
    pub fn_code: usize,
    pub class: Class,
    pub props: PropMap,
    pub elements: Vec<Value>,
    /// For arrays: the `length` property (>= elements.len()).
    pub length: u32,
    pub extensible: bool,
    /// Some index keys live in `props`.
    pub sparse: bool,
    /// `length` of an array is non-writable.
    pub length_readonly: bool,
    /// [[PrivateElements]] (6.2.10 PrivateElement), keyed by Private Name
    /// (a private symbol): fields are writable data slots, methods
    /// non-writable data slots, accessors accessor slots. Kept apart from
    /// `props`, so that no property path (own keys, enumeration,
    /// freezing, inline caches) ever sees them.
    pub privates: Option<Box<PropMap>>,
}

impl JsObject {
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(self.proto);
        for (k, s) in self.props.entries() {
            f(*k);
            f(s.value);
            f(s.setter);
        }
        for &v in &self.elements {
            f(v);
        }
        if let Some(p) = &self.privates {
            for (k, s) in p.entries() {
                f(*k);
                f(s.value);
                f(s.setter);
            }
        }
        if !self.fn_env.is_null() {
            // The collector dispatches on the cell header, so an env pointer
            // may travel under the object tag.
            f(Value::object(self.fn_env as *mut JsObject));
        }
        match &self.class {
            Class::Function(fd) => {
                f(fd.home);
                f(fd.data);
            }
            Class::BoundFunction { target, this, args } => {
                f(*target);
                f(*this);
                for &a in args {
                    f(a);
                }
            }
            Class::String(s) | Class::Symbol(s) => f(*s),
            Class::RegExp(r) => {
                f(r.source);
                f(r.flags);
            }
            Class::Arguments(Some(m)) => f(Value::object(m.env as *mut JsObject)),
            Class::Map(m) | Class::Set(m) => {
                for &(k, v) in &m.entries {
                    f(k);
                    f(v);
                }
            }
            Class::Namespace(ns) => {
                f(Value::object(ns.env as *mut JsObject));
                for &(k, _) in &ns.exports {
                    f(k);
                }
            }
            Class::Generator(g) => g.trace(f),
            Class::Promise(p) => p.trace(f),
            Class::Async(a) => a.trace(f),
            Class::AsyncGenerator(a) => a.trace(f),
            _ => {}
        }
    }

    pub fn is_array(&self) -> bool {
        matches!(self.class, Class::Array)
    }
    pub fn is_callable(&self) -> bool {
        matches!(self.class, Class::Function(_) | Class::BoundFunction { .. })
    }
    pub fn is_constructor(&self) -> bool {
        match &self.class {
            Class::Function(fd) => fd.flags & FN_CONSTRUCTOR != 0,
            Class::BoundFunction { target, .. } => target.obj().is_constructor(),
            _ => false,
        }
    }

    /// Own property lookup by key (an interned string or a symbol), ignoring
    /// elements.
    #[inline]
    pub fn get_own_named(&self, key: Value) -> Option<&Slot> {
        self.props.get(key)
    }
}


pub fn new_object_with(proto: Value, class: Class) -> Value {
    let p = alloc_cell(JsObject {
        header: Header::new(CellKind::Object, std::mem::size_of::<JsObject>()),
        proto,
        fn_env: std::ptr::null_mut(),
        fn_code: 0,
        class,
        props: PropMap::default(),
        elements: Vec::new(),
        length: 0,
        extensible: true,
        sparse: false,
        length_readonly: false,
        privates: None,
    });
    Value::object(p)
}

pub fn new_object() -> Value {
    new_object_with(crate::rt().realm.object_prototype, Class::Ordinary)
}

pub fn new_array(elements: Vec<Value>) -> Value {
    let len = elements.len() as u32;
    let v = new_object_with(crate::rt().realm.array_prototype, Class::Array);
    let o = v.obj();
    o.elements = elements;
    o.length = len;
    v
}

/// A property key: an interned string or a symbol; array indices are
/// represented by their canonical string.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum Key {
    Index(u32),
    Named(Value),
}

impl Key {
    pub fn from_str(s: &str) -> Key {
        Key::from_value_unchecked(crate::string::intern_str(s))
    }
    /// From an interned string or symbol.
    pub fn from_value_unchecked(v: Value) -> Key {
        if v.is_string() {
            if let Some(i) = v.str().array_index() {
                return Key::Index(i);
            }
        }
        Key::Named(v)
    }
    /// The key as a JS value (string or symbol).
    pub fn to_value(self) -> Value {
        match self {
            Key::Index(i) => index_key_string(i),
            Key::Named(v) => v,
        }
    }
    /// The key under which this property is stored in `props`.
    pub fn named(self) -> Value {
        match self {
            Key::Index(i) => index_key_string(i),
            Key::Named(v) => v,
        }
    }
}

pub fn index_key_string(i: u32) -> Value {
    let s = i.to_string();
    let u: Vec<u16> = s.encode_utf16().collect();
    intern(&u)
}

/// Key from an arbitrary string value (interning it).
pub fn key_from_string(v: Value) -> Key {
    if let Some(i) = v.str().array_index() {
        return Key::Index(i);
    }
    Key::Named(intern_value(v))
}

pub fn str_of_key(k: Value) -> &'static JsString {
    k.str()
}

/// Maximum number of holes appended to keep an element store dense.
pub const MAX_DENSE_GAP: usize = 1024;

// Generated code depends on this layout.
const _: () = assert!(std::mem::offset_of!(JsObject, fn_env) == OBJECT_FN_ENV_OFFSET as usize);
const _: () = assert!(std::mem::offset_of!(JsObject, fn_code) == OBJECT_FN_CODE_OFFSET as usize);

//! KIR, the Kiln intermediate representation.
//!
//! A KIR function is a list of basic blocks over an unbounded set of mutable
//! variables (`v0`, `v1`, …); the code generator turns variables into SSA
//! with Cranelift's `FunctionBuilder`, so KIR itself needs no phis.
//! Instructions are JS-level operations; each one that can throw jumps to its
//! block's `handler` (a `catch`/`finally` entry) or leaves the function with
//! the exception.
//!
//! The text form (see [`Display`](std::fmt::Display)) is stable and is what
//! golden tests snapshot.

use std::fmt;

pub type Var = u32;
pub type BlockId = u32;
pub type FuncId = u32;
/// Index into the module's constant string table.
pub type StrId = u32;

/// `v0` always holds the current environment record (a raw pointer).
pub const ENV_VAR: Var = 0;

#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    Number(f64),
    Str(StrId),
    Bool(bool),
    Undefined,
    Null,
    /// Array hole / uninitialised lexical binding.
    Hole,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    Exp,
    BitAnd,
    BitOr,
    BitXor,
    Shl,
    Sar,
    Shr,
    Lt,
    Gt,
    Le,
    Ge,
    Eq,
    Ne,
    StrictEq,
    StrictNe,
    InstanceOf,
    In,
}

impl BinOp {
    pub fn name(self) -> &'static str {
        use BinOp::*;
        match self {
            Add => "add",
            Sub => "sub",
            Mul => "mul",
            Div => "div",
            Mod => "mod",
            Exp => "exp",
            BitAnd => "bitand",
            BitOr => "bitor",
            BitXor => "bitxor",
            Shl => "shl",
            Sar => "sar",
            Shr => "shr",
            Lt => "lt",
            Gt => "gt",
            Le => "le",
            Ge => "ge",
            Eq => "eq",
            Ne => "ne",
            StrictEq => "seq",
            StrictNe => "sne",
            InstanceOf => "instanceof",
            In => "in",
        }
    }
    /// Whether the runtime entry point for this operator can throw.
    pub fn may_throw(self) -> bool {
        !matches!(self, BinOp::StrictEq | BinOp::StrictNe)
    }
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum UnOp {
    Neg,
    Pos,
    Not,
    BitNot,
    TypeOf,
    Inc,
    Dec,
    ToString,
    ToNumeric,
    /// 7.1.19 ToPropertyKey (computed keys of destructuring patterns).
    ToPropertyKey,
}

impl UnOp {
    pub fn name(self) -> &'static str {
        use UnOp::*;
        match self {
            Neg => "neg",
            Pos => "pos",
            Not => "not",
            BitNot => "bitnot",
            TypeOf => "typeof",
            Inc => "inc",
            Dec => "dec",
            ToString => "to_string",
            ToNumeric => "to_numeric",
            ToPropertyKey => "to_property_key",
        }
    }
    pub fn may_throw(self) -> bool {
        !matches!(self, UnOp::Not | UnOp::TypeOf)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Inst {
    Const { dst: Var, value: Const },
    Move { dst: Var, src: Var },
    Binary { op: BinOp, dst: Var, a: Var, b: Var },
    Unary { op: UnOp, dst: Var, a: Var },
    /// Argument `index` or undefined.
    Param { dst: Var, index: u32 },
    /// The raw `this` argument.
    This { dst: Var },
    /// `this` coerced for sloppy functions (10.2.1.2).
    SloppyThis { dst: Var, src: Var },
    NewTarget { dst: Var },
    /// The callee function object.
    Callee { dst: Var },
    Arguments { dst: Var, strict: bool },
    /// A mapped arguments object whose indices alias the `nparams`
    /// parameters in consecutive slots of the current environment.
    MappedArguments { dst: Var, first_slot: u32, nparams: u32 },
    /// 10.4.6.12 ModuleNamespaceCreate: a module namespace exotic object
    /// whose exports are the (name, slot) pairs of `spec` (an array
    /// `[name0, slot0, name1, slot1, ...]`, names sorted by code units),
    /// each a slot of the current environment.
    ModuleNamespace { dst: Var, spec: Var },
    /// 16.2.1.8.2 ParseJSONModule: `JSON.parse` (the intrinsic) of a JSON
    /// module's text.
    JsonModule { dst: Var, text: StrId },
    GetProp { dst: Var, obj: Var, key: Var },
    GetNamed { dst: Var, obj: Var, name: StrId },
    SetProp { obj: Var, key: Var, val: Var, strict: bool },
    SetNamed { obj: Var, name: StrId, val: Var, strict: bool },
    Delete { dst: Var, obj: Var, key: Var, strict: bool },
    GetGlobal { dst: Var, name: StrId },
    SetGlobal { name: StrId, val: Var, strict: bool },
    TypeofGlobal { dst: Var, name: StrId },
    DeclareGlobalVar { name: StrId },
    DeclareGlobalFunction { name: StrId, func: Var },
    /// `env = new Env(parent: env, size)`.
    PushEnv { size: u32 },
    /// `env = env.parent`.
    PopEnv,
    /// `env = copy of env` (per-iteration bindings).
    CloneEnv,
    /// `env = callee.[[Environment]]`.
    LoadCalleeEnv,
    LoadEnv { dst: Var, depth: u32, slot: u32 },
    StoreEnv { depth: u32, slot: u32, src: Var },
    /// Throws a ReferenceError if `var` holds the TDZ marker.
    CheckTdz { var: Var, name: StrId },
    ThrowConstAssign,
    Call { dst: Var, callee: Var, this: Var, args: Vec<Var>, name: Option<StrId> },
    /// A call of a function declaration known at compile time (`callee`
    /// holds its closure).
    CallDirect { dst: Var, func: FuncId, callee: Var, this: Var, args: Vec<Var> },
    /// The running function's own closure (the callee of this activation).
    OwnClosure { dst: Var },
    CallMethod { dst: Var, obj: Var, name: StrId, args: Vec<Var>, text: Option<StrId> },
    New { dst: Var, callee: Var, args: Vec<Var>, name: Option<StrId> },
    Closure { dst: Var, func: FuncId },
    NewObject { dst: Var },
    NewArray { dst: Var, elems: Vec<Var> },
    DefineField { obj: Var, key: Var, val: Var },
    /// `__proto__: val` in an object literal.
    SetProtoLiteral { obj: Var, val: Var },
    DefineAccessor { obj: Var, key: Var, getter: Var, setter: Var },
    RegExp { dst: Var, pattern: StrId, flags: StrId },
    ForInStart { dst: Var, obj: Var },
    /// Next key or HOLE when done.
    ForInNext { dst: Var, iter: Var },
    TakeException { dst: Var },
    /// for-of: an iterator record for `obj` (7.4.3 GetIterator).
    GetIterator { dst: Var, obj: Var },
    /// GetIterator for an array pattern, with V8's messages (`text`: the
    /// value's source text, if simple).
    GetPatternIterator { dst: Var, obj: Var, text: Option<StrId> },
    /// Next value of an iterator record, or HOLE when done.
    IteratorNext { dst: Var, iter: Var },
    /// Closes an iterator record that is not done (7.4.11 IteratorClose).
    IteratorClose { iter: Var },
    /// Appends a value (or HOLE) to an array under construction.
    ArrayPush { arr: Var, val: Var },
    /// Appends every value of an iterable (`...x`).
    SpreadAppend { arr: Var, iterable: Var },
    CallSpread { dst: Var, callee: Var, this: Var, arr: Var, name: Option<StrId> },
    NewSpread { dst: Var, callee: Var, arr: Var, name: Option<StrId> },
    /// 7.2.1 RequireObjectCoercible before an object pattern, with V8's
    /// messages: `text` is the value's source text (None: the value
    /// itself), `key` the pattern's first property name; `nested` patterns
    /// report a property read instead.
    RequireObjectCoercible { val: Var, text: Option<StrId>, key: Option<StrId>, nested: bool },
    /// `...src` in an object literal (7.3.25 CopyDataProperties).
    CopyDataProperties { obj: Var, src: Var },
    /// `...rest` in an object pattern: a new object with the own enumerable
    /// properties of `src` except the `excluded` keys.
    ObjectRest { dst: Var, src: Var, excluded: Vec<Var> },
    /// A rest parameter: arguments `start..` as an array.
    RestArgs { dst: Var, start: u32 },
    /// Current source position for stack traces.
    Pos { line: u32, col: u32 },
    /// Throws a TypeError (`kind` 0) or ReferenceError (1) with `msg`.
    ThrowError { kind: u8, msg: StrId },
    /// 15.7.14 ClassDefinitionEvaluation: links class constructor `ctor`
    /// to a new prototype object (`dst`) and to `parent` (a hole: no
    /// `extends`), and marks it a class (derived with a parent).
    ClassSetup { dst: Var, ctor: Var, parent: Var },
    /// Defines a class element on `obj` (kind 0 method, 1 getter, 2 setter,
    /// 3 only sets `val`'s [[HomeObject]] to `obj`, 4 field).
    DefineClassElement { obj: Var, key: Var, val: Var, kind: u8 },
    /// The running function's [[HomeObject]].
    HomeObject { dst: Var },
    /// `super[key]` with receiver `this`.
    SuperGet { dst: Var, home: Var, key: Var, this: Var },
    SuperSet { home: Var, key: Var, val: Var, this: Var },
    /// `super(...args)` in class constructor `ctor` (args in an array).
    SuperConstruct { dst: Var, ctor: Var, new_target: Var, args: Var },
    /// A derived constructor's completion value (10.2.2 steps 10–12).
    DerivedReturn { dst: Var, val: Var, this: Var },
    /// A position inside a function body that the code generator inlined
    /// at a call whose position is `at_line:at_col` (stack traces show
    /// both activations). Only the code generator creates these.
    /// A call of the runtime entry point `f` (by name; one that takes
    /// only values) whose result may be the exception sentinel.
    RtCall { dst: Var, f: &'static str, args: Vec<Var> },
    InlinedPos { line: u32, col: u32, at_line: u32, at_col: u32 },
}

#[derive(Clone, Debug, PartialEq)]
pub enum Term {
    Jump(BlockId),
    /// Branch on ToBoolean(cond).
    Branch { cond: Var, then: BlockId, els: BlockId },
    /// Branch on a comparison (`<`, `<=`, `>`, `>=`, `===`, `!==`).
    BranchCmp { op: BinOp, a: Var, b: Var, then: BlockId, els: BlockId },
    /// Branch on `var === HOLE`.
    BranchHole { var: Var, hole: BlockId, other: BlockId },
    Return(Var),
    Throw(Var),
    Unreachable,
}

impl Inst {
    /// The variable this instruction assigns, if any (`ENV_VAR` for the
    /// environment instructions).
    pub fn dst(&self) -> Option<Var> {
        use Inst::*;
        match self {
            Const { dst, .. }
            | Move { dst, .. }
            | Binary { dst, .. }
            | Unary { dst, .. }
            | Param { dst, .. }
            | This { dst }
            | SloppyThis { dst, .. }
            | NewTarget { dst }
            | Callee { dst }
            | Arguments { dst, .. }
            | MappedArguments { dst, .. }
            | GetProp { dst, .. }
            | GetNamed { dst, .. }
            | Delete { dst, .. }
            | GetGlobal { dst, .. }
            | TypeofGlobal { dst, .. }
            | LoadEnv { dst, .. }
            | Call { dst, .. }
            | CallDirect { dst, .. }
            | OwnClosure { dst }
            | CallMethod { dst, .. }
            | New { dst, .. }
            | Closure { dst, .. }
            | NewObject { dst }
            | NewArray { dst, .. }
            | RegExp { dst, .. }
            | ForInStart { dst, .. }
            | ForInNext { dst, .. }
            | TakeException { dst }
            | GetIterator { dst, .. }
            | GetPatternIterator { dst, .. }
            | IteratorNext { dst, .. }
            | CallSpread { dst, .. }
            | NewSpread { dst, .. }
            | ObjectRest { dst, .. }
            | RestArgs { dst, .. }
            | ModuleNamespace { dst, .. }
            | JsonModule { dst, .. }
            | ClassSetup { dst, .. }
            | HomeObject { dst }
            | SuperGet { dst, .. }
            | SuperConstruct { dst, .. }
            | DerivedReturn { dst, .. }
            | RtCall { dst, .. } => Some(*dst),
            PushEnv { .. } | PopEnv | CloneEnv | LoadCalleeEnv => Some(ENV_VAR),
            SetProp { .. }
            | SetNamed { .. }
            | SetGlobal { .. }
            | DeclareGlobalVar { .. }
            | DeclareGlobalFunction { .. }
            | StoreEnv { .. }
            | CheckTdz { .. }
            | ThrowConstAssign
            | DefineField { .. }
            | SetProtoLiteral { .. }
            | DefineAccessor { .. }
            | IteratorClose { .. }
            | ArrayPush { .. }
            | SpreadAppend { .. }
            | RequireObjectCoercible { .. }
            | CopyDataProperties { .. }
            | Pos { .. }
            | InlinedPos { .. }
            | ThrowError { .. }
            | DefineClassElement { .. }
            | SuperSet { .. } => None,
        }
    }
}

impl Inst {
    /// This instruction with every variable it names replaced by `f(var)`.
    pub fn map_vars(&self, f: impl Fn(Var) -> Var) -> Inst {
        use Inst::*;
        let v = |x: &Var| f(*x);
        let vs = |x: &Vec<Var>| x.iter().map(|a| f(*a)).collect::<Vec<_>>();
        match self {
            Const { dst, value } => Const { dst: v(dst), value: value.clone() },
            Move { dst, src } => Move { dst: v(dst), src: v(src) },
            Binary { op, dst, a, b } => Binary { op: *op, dst: v(dst), a: v(a), b: v(b) },
            Unary { op, dst, a } => Unary { op: *op, dst: v(dst), a: v(a) },
            Param { dst, index } => Param { dst: v(dst), index: *index },
            This { dst } => This { dst: v(dst) },
            ModuleNamespace { dst, spec } => ModuleNamespace { dst: v(dst), spec: v(spec) },
            JsonModule { dst, text } => JsonModule { dst: v(dst), text: *text },
            ThrowError { kind, msg } => ThrowError { kind: *kind, msg: *msg },
            ClassSetup { dst, ctor, parent } => ClassSetup { dst: v(dst), ctor: v(ctor), parent: v(parent) },
            DefineClassElement { obj, key, val, kind } => DefineClassElement { obj: v(obj), key: v(key), val: v(val), kind: *kind },
            HomeObject { dst } => HomeObject { dst: v(dst) },
            RtCall { dst, f: name, args } => RtCall { dst: v(dst), f: name, args: args.iter().map(|a| v(a)).collect() },
            SuperGet { dst, home, key, this } => SuperGet { dst: v(dst), home: v(home), key: v(key), this: v(this) },
            SuperSet { home, key, val, this } => SuperSet { home: v(home), key: v(key), val: v(val), this: v(this) },
            SuperConstruct { dst, ctor, new_target, args } => SuperConstruct { dst: v(dst), ctor: v(ctor), new_target: v(new_target), args: v(args) },
            DerivedReturn { dst, val, this } => DerivedReturn { dst: v(dst), val: v(val), this: v(this) },
            SloppyThis { dst, src } => SloppyThis { dst: v(dst), src: v(src) },
            NewTarget { dst } => NewTarget { dst: v(dst) },
            Callee { dst } => Callee { dst: v(dst) },
            Arguments { dst, strict } => Arguments { dst: v(dst), strict: *strict },
            MappedArguments { dst, first_slot, nparams } => MappedArguments { dst: v(dst), first_slot: *first_slot, nparams: *nparams },
            GetProp { dst, obj, key } => GetProp { dst: v(dst), obj: v(obj), key: v(key) },
            GetNamed { dst, obj, name } => GetNamed { dst: v(dst), obj: v(obj), name: *name },
            SetProp { obj, key, val, strict } => SetProp { obj: v(obj), key: v(key), val: v(val), strict: *strict },
            SetNamed { obj, name, val, strict } => SetNamed { obj: v(obj), name: *name, val: v(val), strict: *strict },
            Delete { dst, obj, key, strict } => Delete { dst: v(dst), obj: v(obj), key: v(key), strict: *strict },
            GetGlobal { dst, name } => GetGlobal { dst: v(dst), name: *name },
            SetGlobal { name, val, strict } => SetGlobal { name: *name, val: v(val), strict: *strict },
            TypeofGlobal { dst, name } => TypeofGlobal { dst: v(dst), name: *name },
            DeclareGlobalVar { name } => DeclareGlobalVar { name: *name },
            DeclareGlobalFunction { name, func } => DeclareGlobalFunction { name: *name, func: v(func) },
            PushEnv { size } => PushEnv { size: *size },
            PopEnv => PopEnv,
            CloneEnv => CloneEnv,
            LoadCalleeEnv => LoadCalleeEnv,
            LoadEnv { dst, depth, slot } => LoadEnv { dst: v(dst), depth: *depth, slot: *slot },
            StoreEnv { depth, slot, src } => StoreEnv { depth: *depth, slot: *slot, src: v(src) },
            CheckTdz { var, name } => CheckTdz { var: v(var), name: *name },
            ThrowConstAssign => ThrowConstAssign,
            Call { dst, callee, this, args, name } => Call { dst: v(dst), callee: v(callee), this: v(this), args: vs(args), name: *name },
            CallDirect { dst, func, callee, this, args } => CallDirect { dst: v(dst), func: *func, callee: v(callee), this: v(this), args: vs(args) },
            OwnClosure { dst } => OwnClosure { dst: v(dst) },
            CallMethod { dst, obj, name, args, text } => CallMethod { dst: v(dst), obj: v(obj), name: *name, args: vs(args), text: *text },
            New { dst, callee, args, name } => New { dst: v(dst), callee: v(callee), args: vs(args), name: *name },
            Closure { dst, func } => Closure { dst: v(dst), func: *func },
            NewObject { dst } => NewObject { dst: v(dst) },
            NewArray { dst, elems } => NewArray { dst: v(dst), elems: vs(elems) },
            DefineField { obj, key, val } => DefineField { obj: v(obj), key: v(key), val: v(val) },
            SetProtoLiteral { obj, val } => SetProtoLiteral { obj: v(obj), val: v(val) },
            DefineAccessor { obj, key, getter, setter } => DefineAccessor { obj: v(obj), key: v(key), getter: v(getter), setter: v(setter) },
            RegExp { dst, pattern, flags } => RegExp { dst: v(dst), pattern: *pattern, flags: *flags },
            ForInStart { dst, obj } => ForInStart { dst: v(dst), obj: v(obj) },
            ForInNext { dst, iter } => ForInNext { dst: v(dst), iter: v(iter) },
            TakeException { dst } => TakeException { dst: v(dst) },
            GetIterator { dst, obj } => GetIterator { dst: v(dst), obj: v(obj) },
            GetPatternIterator { dst, obj, text } => GetPatternIterator { dst: v(dst), obj: v(obj), text: *text },
            IteratorNext { dst, iter } => IteratorNext { dst: v(dst), iter: v(iter) },
            IteratorClose { iter } => IteratorClose { iter: v(iter) },
            ArrayPush { arr, val } => ArrayPush { arr: v(arr), val: v(val) },
            SpreadAppend { arr, iterable } => SpreadAppend { arr: v(arr), iterable: v(iterable) },
            CallSpread { dst, callee, this, arr, name } => CallSpread { dst: v(dst), callee: v(callee), this: v(this), arr: v(arr), name: *name },
            NewSpread { dst, callee, arr, name } => NewSpread { dst: v(dst), callee: v(callee), arr: v(arr), name: *name },
            RequireObjectCoercible { val, text, key, nested } => RequireObjectCoercible { val: v(val), text: *text, key: *key, nested: *nested },
            CopyDataProperties { obj, src } => CopyDataProperties { obj: v(obj), src: v(src) },
            ObjectRest { dst, src, excluded } => ObjectRest { dst: v(dst), src: v(src), excluded: vs(excluded) },
            RestArgs { dst, start } => RestArgs { dst: v(dst), start: *start },
            Pos { line, col } => Pos { line: *line, col: *col },
            InlinedPos { line, col, at_line, at_col } => InlinedPos { line: *line, col: *col, at_line: *at_line, at_col: *at_col },
        }
    }
}

impl Term {
    /// The blocks this terminator branches to (not the block's handler).
    pub fn successors(&self) -> Vec<BlockId> {
        match self {
            Term::Jump(b) => vec![*b],
            Term::Branch { then, els, .. } | Term::BranchCmp { then, els, .. } => vec![*then, *els],
            Term::BranchHole { hole, other, .. } => vec![*hole, *other],
            Term::Return(_) | Term::Throw(_) | Term::Unreachable => Vec::new(),
        }
    }
}

#[derive(Clone, Debug)]
pub struct Block {
    pub insts: Vec<Inst>,
    pub term: Term,
    /// Where a throwing instruction in this block goes; `None` leaves the function.
    pub handler: Option<BlockId>,
}

#[derive(Clone, Debug)]
pub struct Function {
    pub name: String,
    pub params: u32,
    pub vars: u32,
    pub blocks: Vec<Block>,
    pub strict: bool,
    pub arrow: bool,
    /// Callable with `new`.
    pub constructor: bool,
    /// A generator function (its body is a separate closure; see `lower.rs`).
    pub generator: bool,
    /// An async function (its body is a separate closure; see `lower.rs`).
    pub is_async: bool,
    /// String constant naming the function (for `name` and stack traces).
    pub name_const: StrId,
    pub line: u32,
    pub col: u32,
    /// Index into [`Module::files`]: the source file of the function.
    pub file: u32,
}

impl Function {
    /// Every instruction of the function, block by block.
    pub fn insts(&self) -> impl Iterator<Item = &Inst> {
        self.blocks.iter().flat_map(|b| b.insts.iter())
    }
}

#[derive(Clone, Debug, Default)]
pub struct Module {
    pub functions: Vec<Function>,
    /// String constants, as UTF-16.
    pub strings: Vec<Vec<u16>>,
    /// Source path (a string constant) for stack traces.
    pub file_const: StrId,
    /// The source text, embedded for the code frame of uncaught errors
    /// (the files of an ES module graph one after the other).
    pub source: String,
    /// The files of the program (an ES module graph has several): path
    /// (a string constant) and byte range in `source`. Empty means one
    /// file, `file_const`, the whole of `source`.
    pub files: Vec<SourceFile>,
}

/// One source file of a module (see [`Module::files`]).
#[derive(Clone, Debug)]
pub struct SourceFile {
    pub path_const: StrId,
    pub start: u32,
    pub len: u32,
}

impl fmt::Display for Const {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Const::Number(n) => write!(f, "{n:?}"),
            Const::Str(s) => write!(f, "s{s}"),
            Const::Bool(b) => write!(f, "{b}"),
            Const::Undefined => f.write_str("undefined"),
            Const::Null => f.write_str("null"),
            Const::Hole => f.write_str("hole"),
        }
    }
}

fn vars(v: &[Var]) -> String {
    v.iter().map(|x| format!("v{x}")).collect::<Vec<_>>().join(", ")
}

impl fmt::Display for Inst {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use Inst::*;
        let st = |s: bool| if s { " strict" } else { "" };
        match self {
            Const { dst, value } => write!(f, "v{dst} = const {value}"),
            Move { dst, src } => write!(f, "v{dst} = v{src}"),
            Binary { op, dst, a, b } => write!(f, "v{dst} = {} v{a}, v{b}", op.name()),
            Unary { op, dst, a } => write!(f, "v{dst} = {} v{a}", op.name()),
            Param { dst, index } => write!(f, "v{dst} = param {index}"),
            This { dst } => write!(f, "v{dst} = this"),
            SloppyThis { dst, src } => write!(f, "v{dst} = sloppy_this v{src}"),
            NewTarget { dst } => write!(f, "v{dst} = new.target"),
            Callee { dst } => write!(f, "v{dst} = callee"),
            Arguments { dst, strict } => write!(f, "v{dst} = arguments{}", st(*strict)),
            MappedArguments { dst, first_slot, nparams } => write!(f, "v{dst} = mapped_arguments env[0][{first_slot}..+{nparams}]"),
            ThrowError { kind, msg } => write!(f, "throw_error {kind} s{msg}"),
            ClassSetup { dst, ctor, parent } => write!(f, "v{dst} = class_setup v{ctor} extends v{parent}"),
            DefineClassElement { obj, key, val, kind } => write!(f, "define_class_element {kind} v{obj}[v{key}] = v{val}"),
            HomeObject { dst } => write!(f, "v{dst} = home_object"),
            RtCall { dst, f: name, args } => {
                write!(f, "v{dst} = rt {name}(")?;
                for (i, a) in args.iter().enumerate() {
                    write!(f, "{}v{a}", if i > 0 { ", " } else { "" })?;
                }
                write!(f, ")")
            }
            SuperGet { dst, home, key, this } => write!(f, "v{dst} = super_get v{home}[v{key}], this v{this}"),
            SuperSet { home, key, val, this } => write!(f, "super_set v{home}[v{key}] = v{val}, this v{this}"),
            SuperConstruct { dst, ctor, new_target, args } => write!(f, "v{dst} = super_construct v{ctor}, new_target v{new_target}, v{args}"),
            DerivedReturn { dst, val, this } => write!(f, "v{dst} = derived_return v{val}, this v{this}"),
            ModuleNamespace { dst, spec } => write!(f, "v{dst} = module_namespace env[0] v{spec}"),
            JsonModule { dst, text } => write!(f, "v{dst} = json_module s{text}"),
            GetProp { dst, obj, key } => write!(f, "v{dst} = get v{obj}[v{key}]"),
            GetNamed { dst, obj, name } => write!(f, "v{dst} = get v{obj}.s{name}"),
            SetProp { obj, key, val, strict } => write!(f, "set v{obj}[v{key}] = v{val}{}", st(*strict)),
            SetNamed { obj, name, val, strict } => write!(f, "set v{obj}.s{name} = v{val}{}", st(*strict)),
            Delete { dst, obj, key, strict } => write!(f, "v{dst} = delete v{obj}[v{key}]{}", st(*strict)),
            GetGlobal { dst, name } => write!(f, "v{dst} = global s{name}"),
            SetGlobal { name, val, strict } => write!(f, "global s{name} = v{val}{}", st(*strict)),
            TypeofGlobal { dst, name } => write!(f, "v{dst} = typeof_global s{name}"),
            DeclareGlobalVar { name } => write!(f, "declare_var s{name}"),
            DeclareGlobalFunction { name, func } => write!(f, "declare_function s{name} = v{func}"),
            PushEnv { size } => write!(f, "push_env {size}"),
            PopEnv => f.write_str("pop_env"),
            CloneEnv => f.write_str("clone_env"),
            LoadCalleeEnv => f.write_str("load_callee_env"),
            OwnClosure { dst } => write!(f, "v{dst} = own_closure"),
            LoadEnv { dst, depth, slot } => write!(f, "v{dst} = env[{depth}][{slot}]"),
            StoreEnv { depth, slot, src } => write!(f, "env[{depth}][{slot}] = v{src}"),
            CheckTdz { var, name } => write!(f, "check_tdz v{var}, s{name}"),
            ThrowConstAssign => f.write_str("throw_const_assign"),
            Call { dst, callee, this, args, .. } => write!(f, "v{dst} = call v{callee}, this v{this}, ({})", vars(args)),
            CallDirect { dst, func, callee, this, args } => write!(f, "v{dst} = call_direct f{func} (v{callee}), this v{this}, ({})", vars(args)),
            CallMethod { dst, obj, name, args, .. } => write!(f, "v{dst} = call_method v{obj}.s{name}, ({})", vars(args)),
            New { dst, callee, args, .. } => write!(f, "v{dst} = new v{callee}, ({})", vars(args)),
            Closure { dst, func } => write!(f, "v{dst} = closure f{func}"),
            NewObject { dst } => write!(f, "v{dst} = new_object"),
            NewArray { dst, elems } => write!(f, "v{dst} = new_array ({})", vars(elems)),
            DefineField { obj, key, val } => write!(f, "define v{obj}[v{key}] = v{val}"),
            SetProtoLiteral { obj, val } => write!(f, "set_proto v{obj} = v{val}"),
            DefineAccessor { obj, key, getter, setter } => write!(f, "define_accessor v{obj}[v{key}] get v{getter} set v{setter}"),
            RegExp { dst, pattern, flags } => write!(f, "v{dst} = regexp s{pattern}, s{flags}"),
            ForInStart { dst, obj } => write!(f, "v{dst} = for_in v{obj}"),
            ForInNext { dst, iter } => write!(f, "v{dst} = for_in_next v{iter}"),
            TakeException { dst } => write!(f, "v{dst} = take_exception"),
            GetIterator { dst, obj } => write!(f, "v{dst} = get_iterator v{obj}"),
            IteratorNext { dst, iter } => write!(f, "v{dst} = iterator_next v{iter}"),
            GetPatternIterator { dst, obj, .. } => write!(f, "v{dst} = get_pattern_iterator v{obj}"),
            IteratorClose { iter } => write!(f, "iterator_close v{iter}"),
            ArrayPush { arr, val } => write!(f, "array_push v{arr}, v{val}"),
            SpreadAppend { arr, iterable } => write!(f, "spread_append v{arr}, v{iterable}"),
            CallSpread { dst, callee, this, arr, .. } => write!(f, "v{dst} = call_spread v{callee}, this v{this}, v{arr}"),
            NewSpread { dst, callee, arr, .. } => write!(f, "v{dst} = new_spread v{callee}, v{arr}"),
            RestArgs { dst, start } => write!(f, "v{dst} = rest_args {start}"),
            RequireObjectCoercible { val, .. } => write!(f, "require_object_coercible v{val}"),
            CopyDataProperties { obj, src } => write!(f, "copy_data_properties v{obj}, v{src}"),
            ObjectRest { dst, src, excluded } => write!(f, "v{dst} = object_rest v{src}, excluding ({})", vars(excluded)),
            Pos { line, col } => write!(f, "pos {line}:{col}"),
            InlinedPos { line, col, at_line, at_col } => write!(f, "pos {line}:{col} inlined at {at_line}:{at_col}"),
        }
    }
}

impl fmt::Display for Term {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Term::Jump(b) => write!(f, "jump b{b}"),
            Term::Branch { cond, then, els } => write!(f, "branch v{cond}, b{then}, b{els}"),
            Term::BranchCmp { op, a, b, then, els } => write!(f, "branch_{} v{a}, v{b}, b{then}, b{els}", op.name()),
            Term::BranchHole { var, hole, other } => write!(f, "branch_hole v{var}, b{hole}, b{other}"),
            Term::Return(v) => write!(f, "return v{v}"),
            Term::Throw(v) => write!(f, "throw v{v}"),
            Term::Unreachable => f.write_str("unreachable"),
        }
    }
}

impl fmt::Display for Function {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut flags = Vec::new();
        if self.strict {
            flags.push("strict");
        }
        if self.arrow {
            flags.push("arrow");
        }
        if self.constructor {
            flags.push("constructor");
        }
        writeln!(f, "function {}(params {}) {} {{", self.name, self.params, flags.join(" "))?;
        for (i, b) in self.blocks.iter().enumerate() {
            match b.handler {
                Some(h) => writeln!(f, "b{i}: (handler b{h})")?,
                None => writeln!(f, "b{i}:")?,
            }
            for inst in &b.insts {
                writeln!(f, "    {inst}")?;
            }
            writeln!(f, "    {}", b.term)?;
        }
        writeln!(f, "}}")
    }
}

impl fmt::Display for Module {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, func) in self.functions.iter().enumerate() {
            write!(f, "f{i}: {func}")?;
        }
        for (i, s) in self.strings.iter().enumerate() {
            writeln!(f, "s{i} = {:?}", String::from_utf16_lossy(s))?;
        }
        Ok(())
    }
}

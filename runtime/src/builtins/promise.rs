//! 27.2 Promise objects, and 27.7 async functions (AsyncFunctionStart,
//! Await) on top of the coroutines of `coroutine.rs`.
//!
//! An async function is compiled like a generator (see `generator.rs`): the
//! function evaluates its parameters (an exception there rejects the
//! returned promise) and calls `kiln_async_start` with its body closure,
//! which runs on a coroutine of its own until its first `await`. `await`
//! (`kiln_await`) subscribes the coroutine to the awaited promise and
//! switches back; the reaction job switches into it again.

use super::arg;
use crate::builtins::array::{get_iterator, iterator_close, iterator_step_value, IteratorRecord};
use crate::coroutine::{self, Coroutine};
use crate::error::type_error;
use crate::event_loop::{enqueue, Job};
use crate::object::*;
use crate::ops;
use crate::realm::{closure_data, define_method, define_symbol_method, define_value, make_closure, make_constructor};
use crate::string::intern_str;
use crate::value::Value;
use crate::{rt, JsResult};

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum PromiseState {
    Pending,
    Fulfilled,
    Rejected,
}

/// 27.2.6 Properties of Promise Instances.
pub struct PromiseData {
    pub state: PromiseState,
    pub result: Value,
    fulfill_reactions: Vec<Reaction>,
    reject_reactions: Vec<Reaction>,
    pub is_handled: bool,
}

/// 27.2.1.1 PromiseCapability Records.
#[derive(Copy, Clone)]
pub struct Capability {
    pub promise: Value,
    pub resolve: Value,
    pub reject: Value,
}

#[derive(Copy, Clone, PartialEq, Eq)]
pub enum ReactionType {
    Fulfill,
    Reject,
}

/// 27.2.1.2 PromiseReaction Records.
#[derive(Copy, Clone)]
pub struct Reaction {
    capability: Option<Capability>,
    kind: ReactionType,
    /// A callable, or undefined.
    handler: Value,
}

impl Reaction {
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        if let Some(c) = &self.capability {
            f(c.promise);
            f(c.resolve);
            f(c.reject);
        }
        f(self.handler);
    }
}

impl PromiseData {
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(self.result);
        for r in self.fulfill_reactions.iter().chain(self.reject_reactions.iter()) {
            r.trace(f);
        }
    }
}

pub fn trace_roots(f: &mut dyn FnMut(Value)) {
    rt().jobs.trace(f);
}

pub fn init() {
    let r = &rt().realm;
    let (op, tag) = (r.object_prototype, r.sym_to_string_tag);
    // 27.2.5 Properties of the Promise Prototype Object
    let pp = new_object_with(op, Class::Ordinary);
    rt().realm.promise_prototype = pp;
    let pc = make_constructor("Promise", promise_ctor, 1, pp);
    rt().realm.promise_constructor = pc;
    define_method(pc, "all", promise_all, 1);
    define_method(pc, "allSettled", promise_all_settled, 1);
    define_method(pc, "any", promise_any, 1);
    define_method(pc, "race", promise_race, 1);
    define_method(pc, "reject", promise_reject, 1);
    define_method(pc, "resolve", promise_resolve_static, 1);
    define_method(pc, "try", promise_try, 1);
    define_method(pc, "withResolvers", promise_with_resolvers, 0);
    // 27.2.4.8 get Promise [ @@species ]
    let species = rt().realm.sym_species;
    let getter = crate::realm::make_native("get [Symbol.species]", species_getter, 0, false);
    pc.obj().props.insert(species, Slot { value: getter, setter: Value::UNDEFINED, flags: ACCESSOR | CONFIGURABLE });
    define_method(pp, "catch", promise_catch, 1);
    define_method(pp, "finally", promise_finally, 1);
    define_method(pp, "then", promise_then, 2);
    pp.obj().props.insert(tag, Slot::data(intern_str("Promise"), CONFIGURABLE));

    // 27.7.3 %AsyncFunction.prototype%
    let fp = rt().realm.function_prototype;
    let afp = new_object_with(fp, Class::Ordinary);
    rt().realm.async_function_prototype = afp;
    afp.obj().props.insert(tag, Slot::data(intern_str("AsyncFunction"), CONFIGURABLE));
    let af = crate::realm::make_native("AsyncFunction", async_function_ctor, 1, true);
    if let Ok(function) = ops::get(fp, Key::Named(rt().realm.atom_constructor)) {
        af.obj().proto = function;
    }
    define_value(af, "prototype", afp, 0);
    define_value(afp, "constructor", af, CONFIGURABLE);
    let _ = define_symbol_method;
}

fn species_getter(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    Ok(this)
}

fn async_function_ctor(_this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    Err(crate::error::make_error(
        crate::error::ErrorKind::EvalError,
        "Kiln cannot compile code at run time: the AsyncFunction constructor is not supported",
    ))
}

fn promise_data(p: Value) -> Option<&'static mut PromiseData> {
    if p.is_object() {
        if let Class::Promise(d) = &mut p.obj().class {
            return Some(d);
        }
    }
    None
}

/// 27.2.1.6 IsPromise
pub fn is_promise(v: Value) -> bool {
    promise_data(v).is_some()
}

/// The settled value (or reason) of a promise.
pub fn result_of(p: Value) -> Value {
    promise_data(p).map(|d| d.result).unwrap_or(Value::UNDEFINED)
}

fn new_promise_with(proto: Value) -> Value {
    new_object_with(
        proto,
        Class::Promise(Box::new(PromiseData {
            state: PromiseState::Pending,
            result: Value::UNDEFINED,
            fulfill_reactions: Vec::new(),
            reject_reactions: Vec::new(),
            is_handled: false,
        })),
    )
}

// ---------------------------------------------------------------------------
// 27.2.1 Promise abstract operations

/// 27.2.1.3 CreateResolvingFunctions ( promise ): both share the
/// [[AlreadyResolved]] record (a one-element array).
fn create_resolving_functions(promise: Value) -> (Value, Value) {
    let already = new_array(vec![Value::FALSE]);
    let data = new_array(vec![promise, already]);
    let resolve = make_closure("", resolve_function, 1, data);
    let reject = make_closure("", reject_function, 1, data);
    (resolve, reject)
}

fn resolving_state() -> (Value, Value) {
    let data = closure_data();
    (data.obj().elements[0], data.obj().elements[1])
}

/// 27.2.1.3.1 Promise Reject Functions
fn reject_function(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let (promise, already) = resolving_state();
    if already.obj().elements[0] == Value::TRUE {
        return Ok(Value::UNDEFINED);
    }
    already.obj().elements[0] = Value::TRUE;
    reject_promise(promise, arg(args, 0));
    Ok(Value::UNDEFINED)
}

/// 27.2.1.3.2 Promise Resolve Functions
fn resolve_function(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let (promise, already) = resolving_state();
    if already.obj().elements[0] == Value::TRUE {
        return Ok(Value::UNDEFINED);
    }
    already.obj().elements[0] = Value::TRUE;
    resolve_promise(promise, arg(args, 0));
    Ok(Value::UNDEFINED)
}

/// Steps 7-16 of 27.2.1.3.2 (after [[AlreadyResolved]]).
fn resolve_promise(promise: Value, resolution: Value) {
    if resolution == promise {
        let e = type_error("Chaining cycle detected for promise #<Promise>");
        reject_promise(promise, e);
        return;
    }
    if !resolution.is_object() {
        fulfill_promise(promise, resolution);
        return;
    }
    let then = match ops::get(resolution, Key::from_str("then")) {
        Ok(t) => t,
        Err(e) => {
            reject_promise(promise, e);
            return;
        }
    };
    if !ops::is_callable(then) {
        fulfill_promise(promise, resolution);
        return;
    }
    enqueue(Job::ResolveThenable { promise, thenable: resolution, then });
}

/// 27.2.1.4 FulfillPromise
fn fulfill_promise(promise: Value, value: Value) {
    let d = promise_data(promise).expect("promise");
    if d.state != PromiseState::Pending {
        return;
    }
    let reactions = std::mem::take(&mut d.fulfill_reactions);
    d.reject_reactions.clear();
    d.result = value;
    d.state = PromiseState::Fulfilled;
    trigger_reactions(reactions, value);
}

/// 27.2.1.7 RejectPromise
fn reject_promise(promise: Value, reason: Value) {
    let d = promise_data(promise).expect("promise");
    if d.state != PromiseState::Pending {
        return;
    }
    let reactions = std::mem::take(&mut d.reject_reactions);
    d.fulfill_reactions.clear();
    d.result = reason;
    d.state = PromiseState::Rejected;
    if !d.is_handled {
        // 27.2.1.9 HostPromiseRejectionTracker(promise, "reject")
        rt().jobs.unhandled.push(promise);
    }
    trigger_reactions(reactions, reason);
}

/// 27.2.1.8 TriggerPromiseReactions
fn trigger_reactions(reactions: Vec<Reaction>, argument: Value) {
    for reaction in reactions {
        enqueue(Job::Reaction { reaction, argument });
    }
}

/// 27.2.1.5 NewPromiseCapability ( C )
pub fn new_capability(c: Value) -> JsResult<Capability> {
    if !ops::is_constructor(c) {
        return Err(type_error(&format!("{} is not a constructor", ops::to_display_string(c))));
    }
    if c == rt().realm.promise_constructor {
        // The intrinsic %Promise%: the same steps without the executor call.
        let promise = new_promise_with(rt().realm.promise_prototype);
        let (resolve, reject) = create_resolving_functions(promise);
        return Ok(Capability { promise, resolve, reject });
    }
    // Steps 3-9: GetCapabilitiesExecutor closure records resolve/reject.
    let record = new_array(vec![Value::UNDEFINED, Value::UNDEFINED]);
    let executor = make_closure("", capabilities_executor, 2, record);
    let promise = ops::construct(c, &[executor], c)?;
    let (resolve, reject) = (record.obj().elements[0], record.obj().elements[1]);
    if !ops::is_callable(resolve) {
        return Err(type_error("Promise resolve function is not callable"));
    }
    if !ops::is_callable(reject) {
        return Err(type_error("Promise reject function is not callable"));
    }
    Ok(Capability { promise, resolve, reject })
}

/// 27.2.1.5.1 GetCapabilitiesExecutor Functions
fn capabilities_executor(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let record = closure_data();
    let r = record.obj();
    if !r.elements[0].is_undefined() {
        return Err(type_error("Promise executor has already been invoked with non-undefined arguments"));
    }
    if !r.elements[1].is_undefined() {
        return Err(type_error("Promise executor has already been invoked with non-undefined arguments"));
    }
    r.elements[0] = arg(args, 0);
    r.elements[1] = arg(args, 1);
    Ok(Value::UNDEFINED)
}

/// 27.2.2.1 NewPromiseReactionJob: the job's steps.
pub fn reaction_job(reaction: Reaction, argument: Value) -> JsResult<()> {
    let result = if reaction.handler.is_undefined() {
        match reaction.kind {
            ReactionType::Fulfill => Ok(argument),
            ReactionType::Reject => Err(argument),
        }
    } else {
        ops::call(reaction.handler, Value::UNDEFINED, &[argument])
    };
    let Some(cap) = reaction.capability else {
        // Await's and other internal reactions: nothing to settle. Their
        // handlers do not throw (an uncaught error would end the program).
        return result.map(|_| ());
    };
    match result {
        Ok(v) => ops::call(cap.resolve, Value::UNDEFINED, &[v]).map(|_| ()),
        Err(e) => ops::call(cap.reject, Value::UNDEFINED, &[e]).map(|_| ()),
    }
}

/// 27.2.2.2 NewPromiseResolveThenableJob: the job's steps.
pub fn resolve_thenable_job(promise: Value, thenable: Value, then: Value) {
    let (resolve, reject) = create_resolving_functions(promise);
    if let Err(e) = ops::call(then, thenable, &[resolve, reject]) {
        let _ = ops::call(reject, Value::UNDEFINED, &[e]);
    }
}

/// 27.2.5.4.1 PerformPromiseThen ( promise, onFulfilled, onRejected [ , resultCapability ] )
pub(crate) fn perform_then(promise: Value, on_fulfilled: Value, on_rejected: Value, capability: Option<Capability>) {
    let fulfill = Reaction {
        capability,
        kind: ReactionType::Fulfill,
        handler: if ops::is_callable(on_fulfilled) { on_fulfilled } else { Value::UNDEFINED },
    };
    let reject = Reaction {
        capability,
        kind: ReactionType::Reject,
        handler: if ops::is_callable(on_rejected) { on_rejected } else { Value::UNDEFINED },
    };
    let d = promise_data(promise).expect("promise");
    match d.state {
        PromiseState::Pending => {
            d.fulfill_reactions.push(fulfill);
            d.reject_reactions.push(reject);
        }
        PromiseState::Fulfilled => enqueue(Job::Reaction { reaction: fulfill, argument: d.result }),
        PromiseState::Rejected => {
            if !d.is_handled {
                // HostPromiseRejectionTracker(promise, "handle")
                rt().jobs.unhandled.retain(|p| *p != promise);
            }
            enqueue(Job::Reaction { reaction: reject, argument: d.result });
        }
    }
    d.is_handled = true;
}

/// 27.2.4.7.1 PromiseResolve ( C, x )
pub fn promise_resolve(c: Value, x: Value) -> JsResult<Value> {
    if is_promise(x) {
        let ctor = ops::get(x, Key::Named(rt().realm.atom_constructor))?;
        if ctor == c {
            return Ok(x);
        }
    }
    let cap = new_capability(c)?;
    ops::call(cap.resolve, Value::UNDEFINED, &[x])?;
    Ok(cap.promise)
}

// ---------------------------------------------------------------------------
// 27.2.3 The Promise constructor, 27.2.4 its properties

/// 27.2.3.1 Promise ( executor )
fn promise_ctor(_this: Value, args: &[Value], nt: Value) -> JsResult<Value> {
    if nt.is_undefined() {
        return Err(type_error("Promise constructor cannot be invoked without 'new'"));
    }
    let executor = arg(args, 0);
    if !ops::is_callable(executor) {
        return Err(type_error(&format!("Promise resolver {} is not a function", ops::to_display_string(executor))));
    }
    let proto = ops::get_prototype_from_constructor(nt, rt().realm.promise_prototype)?;
    let promise = new_promise_with(proto);
    let (resolve, reject) = create_resolving_functions(promise);
    if let Err(e) = ops::call(executor, Value::UNDEFINED, &[resolve, reject]) {
        ops::call(reject, Value::UNDEFINED, &[e])?;
    }
    Ok(promise)
}

/// 27.2.4.7 Promise.resolve ( x )
fn promise_resolve_static(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    if !this.is_object() {
        return Err(type_error("PromiseResolve called on non-object"));
    }
    promise_resolve(this, arg(args, 0))
}

/// 27.2.4.6 Promise.reject ( r )
fn promise_reject(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let cap = new_capability(this)?;
    ops::call(cap.reject, Value::UNDEFINED, &[arg(args, 0)])?;
    Ok(cap.promise)
}

/// 27.2.4.8 Promise.try ( callback, ...args )
fn promise_try(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    if !this.is_object() {
        return Err(type_error("Promise.try called on non-object"));
    }
    let cap = new_capability(this)?;
    let rest = if args.len() > 1 { &args[1..] } else { &[][..] };
    match ops::call(arg(args, 0), Value::UNDEFINED, rest) {
        Ok(v) => ops::call(cap.resolve, Value::UNDEFINED, &[v])?,
        Err(e) => ops::call(cap.reject, Value::UNDEFINED, &[e])?,
    };
    Ok(cap.promise)
}

/// 27.2.4.9 Promise.withResolvers ( )
fn promise_with_resolvers(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    let cap = new_capability(this)?;
    let o = new_object();
    ops::create_data_property_or_throw(o, Key::from_str("promise"), cap.promise)?;
    ops::create_data_property_or_throw(o, Key::from_str("resolve"), cap.resolve)?;
    ops::create_data_property_or_throw(o, Key::from_str("reject"), cap.reject)?;
    Ok(o)
}

/// 27.2.5.4 Promise.prototype.then ( onFulfilled, onRejected )
fn promise_then(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    if !is_promise(this) {
        return Err(type_error(&format!(
            "Method Promise.prototype.then called on incompatible receiver {}",
            ops::to_display_string(this)
        )));
    }
    let c = crate::builtins::regexp::species_constructor(this, rt().realm.promise_constructor)?;
    let cap = new_capability(c)?;
    perform_then(this, arg(args, 0), arg(args, 1), Some(cap));
    Ok(cap.promise)
}

/// 27.2.5.1 Promise.prototype.catch ( onRejected )
fn promise_catch(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    invoke(this, "then", &[Value::UNDEFINED, arg(args, 0)])
}

fn invoke(o: Value, name: &str, args: &[Value]) -> JsResult<Value> {
    let f = ops::get_v(o, Key::from_str(name))?;
    ops::call(f, o, args)
}

/// 27.2.5.3 Promise.prototype.finally ( onFinally )
fn promise_finally(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    if !this.is_object() {
        return Err(type_error("Promise.prototype.finally called on a non-object"));
    }
    let c = crate::builtins::regexp::species_constructor(this, rt().realm.promise_constructor)?;
    let on_finally = arg(args, 0);
    let (then_finally, catch_finally) = if !ops::is_callable(on_finally) {
        (on_finally, on_finally)
    } else {
        let data = new_array(vec![on_finally, c]);
        (make_closure("", then_finally_fn, 1, data), make_closure("", catch_finally_fn, 1, data))
    };
    invoke(this, "then", &[then_finally, catch_finally])
}

/// 27.2.5.3 step 6.a (thenFinallyClosure)
fn then_finally_fn(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let data = closure_data();
    let (on_finally, c) = (data.obj().elements[0], data.obj().elements[1]);
    let result = ops::call(on_finally, Value::UNDEFINED, &[])?;
    let p = promise_resolve(c, result)?;
    let value_thunk = make_closure("", return_data, 0, arg(args, 0));
    invoke(p, "then", &[value_thunk])
}

/// 27.2.5.3 step 6.c (catchFinallyClosure)
fn catch_finally_fn(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let data = closure_data();
    let (on_finally, c) = (data.obj().elements[0], data.obj().elements[1]);
    let result = ops::call(on_finally, Value::UNDEFINED, &[])?;
    let p = promise_resolve(c, result)?;
    let thrower = make_closure("", throw_data, 0, arg(args, 0));
    invoke(p, "then", &[thrower])
}

fn return_data(_this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    Ok(closure_data())
}

fn throw_data(_this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    Err(closure_data())
}

// ---------------------------------------------------------------------------
// 27.2.4.1-5 Promise.all, allSettled, any, race

#[derive(Copy, Clone, PartialEq)]
enum Combinator {
    All,
    AllSettled,
    Any,
}

/// 27.2.4.1.1 GetPromiseResolve ( promiseConstructor )
fn get_promise_resolve(c: Value) -> JsResult<Value> {
    let r = ops::get(c, Key::from_str("resolve"))?;
    if !ops::is_callable(r) {
        return Err(type_error("Promise resolve or reject function is not callable"));
    }
    Ok(r)
}

/// The shared steps of Promise.all/allSettled/any/race: NewPromiseCapability,
/// GetPromiseResolve, GetIterator, then `perform`; an abrupt completion
/// closes the iterator (unless it is done) and rejects the capability
/// (IfAbruptRejectPromise).
fn combinator(this: Value, iterable: Value, perform: impl FnOnce(&mut IteratorRecord, Capability, Value) -> JsResult<Value>) -> JsResult<Value> {
    let cap = new_capability(this)?;
    let reject = |e: Value| -> JsResult<Value> {
        ops::call(cap.reject, Value::UNDEFINED, &[e])?;
        Ok(cap.promise)
    };
    let resolve_fn = match get_promise_resolve(this) {
        Ok(r) => r,
        Err(e) => return reject(e),
    };
    let mut rec = match get_iterator(iterable) {
        Ok(r) => r,
        Err(e) => return reject(e),
    };
    match perform(&mut rec, cap, resolve_fn) {
        Ok(v) => Ok(v),
        Err(e) => {
            let e = if rec.done { e } else { iterator_close(&rec, Err::<(), Value>(e)).err().unwrap_or(Value::UNDEFINED) };
            reject(e)
        }
    }
}

/// Iterator steps with [[Done]] set when next() throws or finishes
/// (the spec's IteratorStepValue marks the record done on abrupt completions).
fn step(rec: &mut IteratorRecord) -> JsResult<Option<Value>> {
    match iterator_step_value(rec) {
        Ok(v) => Ok(v),
        Err(e) => {
            rec.done = true;
            Err(e)
        }
    }
}

/// 27.2.4.1.2 PerformPromiseAll and its siblings (27.2.4.2.1, 27.2.4.3.1).
fn perform_all(kind: Combinator, rec: &mut IteratorRecord, cap: Capability, c: Value, resolve_fn: Value) -> JsResult<Value> {
    let values = new_array(Vec::new());
    // remainingElementsCount, shared by the element closures.
    let remaining = new_array(vec![Value::int(1)]);
    let mut index = 0i32;
    loop {
        let Some(next) = step(rec)? else {
            rec.done = true;
            let left = remaining.obj().elements[0].as_number() - 1.0;
            remaining.obj().elements[0] = Value::number(left);
            if left == 0.0 {
                if kind == Combinator::Any {
                    let e = aggregate_error(values);
                    ops::call(cap.reject, Value::UNDEFINED, &[e])?;
                } else {
                    ops::call(cap.resolve, Value::UNDEFINED, &[values])?;
                }
            }
            return Ok(cap.promise);
        };
        // Append undefined to values (a List: no property semantics).
        let vo = values.obj();
        vo.elements.push(Value::UNDEFINED);
        vo.length = vo.elements.len() as u32;
        let next_promise = ops::call(resolve_fn, c, &[next])?;
        let left = remaining.obj().elements[0].as_number() + 1.0;
        remaining.obj().elements[0] = Value::number(left);
        // [index, values, capability (promise, resolve, reject), remaining, alreadyCalled]
        let make = |f: NativeFn| {
            let data = new_array(vec![Value::int(index), values, cap.promise, cap.resolve, cap.reject, remaining, Value::FALSE]);
            make_closure("", f, 1, data)
        };
        let (on_ok, on_err) = match kind {
            Combinator::All => (make(all_resolve_element), cap.reject),
            Combinator::AllSettled => {
                // Both closures share [[AlreadyCalled]]: the reject one reads the resolve one's data.
                let ok = make(settled_fulfilled_element);
                let data = match &ok.obj().class {
                    Class::Function(fd) => fd.data,
                    _ => unreachable!(),
                };
                (ok, make_closure("", settled_rejected_element, 1, data))
            }
            Combinator::Any => (cap.resolve, make(any_reject_element)),
        };
        invoke(next_promise, "then", &[on_ok, on_err])?;
        index += 1;
    }
}

/// Reads an element closure's record; None if it was already called.
fn element_record() -> Option<(usize, Value, Capability, Value)> {
    let data = closure_data();
    let d = data.obj();
    if d.elements[6] == Value::TRUE {
        return None;
    }
    d.elements[6] = Value::TRUE;
    let cap = Capability { promise: d.elements[2], resolve: d.elements[3], reject: d.elements[4] };
    Some((d.elements[0].as_number() as usize, d.elements[1], cap, d.elements[5]))
}

/// Stores `value` at `index` and settles the capability when it was the last.
fn element_done(index: usize, values: Value, value: Value, remaining: Value, settle: Value) -> JsResult<Value> {
    values.obj().elements[index] = value;
    let left = remaining.obj().elements[0].as_number() - 1.0;
    remaining.obj().elements[0] = Value::number(left);
    if left == 0.0 {
        let v = if settle == Value::UNDEFINED { values } else { settle };
        return Ok(v);
    }
    Ok(Value::HOLE)
}

/// 27.2.4.1.3 Promise.all Resolve Element Functions
fn all_resolve_element(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let Some((index, values, cap, remaining)) = element_record() else { return Ok(Value::UNDEFINED) };
    if element_done(index, values, arg(args, 0), remaining, Value::UNDEFINED)? != Value::HOLE {
        ops::call(cap.resolve, Value::UNDEFINED, &[values])?;
    }
    Ok(Value::UNDEFINED)
}

fn settled_entry(status: &str, key: &str, v: Value) -> JsResult<Value> {
    let o = new_object();
    ops::create_data_property_or_throw(o, Key::from_str("status"), intern_str(status))?;
    ops::create_data_property_or_throw(o, Key::from_str(key), v)?;
    Ok(o)
}

/// 27.2.4.2.2 Promise.allSettled Resolve Element Functions
fn settled_fulfilled_element(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let Some((index, values, cap, remaining)) = element_record() else { return Ok(Value::UNDEFINED) };
    let entry = settled_entry("fulfilled", "value", arg(args, 0))?;
    if element_done(index, values, entry, remaining, Value::UNDEFINED)? != Value::HOLE {
        ops::call(cap.resolve, Value::UNDEFINED, &[values])?;
    }
    Ok(Value::UNDEFINED)
}

/// 27.2.4.2.3 Promise.allSettled Reject Element Functions
fn settled_rejected_element(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let Some((index, values, cap, remaining)) = element_record() else { return Ok(Value::UNDEFINED) };
    let entry = settled_entry("rejected", "reason", arg(args, 0))?;
    if element_done(index, values, entry, remaining, Value::UNDEFINED)? != Value::HOLE {
        ops::call(cap.resolve, Value::UNDEFINED, &[values])?;
    }
    Ok(Value::UNDEFINED)
}

/// 27.2.4.3.2 Promise.any Reject Element Functions
fn any_reject_element(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let Some((index, errors, cap, remaining)) = element_record() else { return Ok(Value::UNDEFINED) };
    if element_done(index, errors, arg(args, 0), remaining, Value::UNDEFINED)? != Value::HOLE {
        let e = aggregate_error(errors);
        ops::call(cap.reject, Value::UNDEFINED, &[e])?;
    }
    Ok(Value::UNDEFINED)
}

fn aggregate_error(errors: Value) -> Value {
    let e = crate::builtins::error::new_aggregate_error(Value::UNDEFINED, "All promises were rejected");
    // 27.2.4.3.1 step 8.d: [[Errors]] as an own `errors` property.
    let list = new_array(errors.obj().elements.clone());
    e.obj().props.insert(Key::from_str("errors").named(), Slot::data(list, WRITABLE | CONFIGURABLE));
    e
}

fn promise_all(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    combinator(this, arg(args, 0), |rec, cap, r| perform_all(Combinator::All, rec, cap, this, r))
}
fn promise_all_settled(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    combinator(this, arg(args, 0), |rec, cap, r| perform_all(Combinator::AllSettled, rec, cap, this, r))
}
fn promise_any(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    combinator(this, arg(args, 0), |rec, cap, r| perform_all(Combinator::Any, rec, cap, this, r))
}

/// 27.2.4.5 Promise.race ( iterable ), 27.2.4.5.1 PerformPromiseRace
fn promise_race(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    combinator(this, arg(args, 0), |rec, cap, resolve_fn| loop {
        let Some(next) = step(rec)? else {
            rec.done = true;
            return Ok(cap.promise);
        };
        let next_promise = ops::call(resolve_fn, this, &[next])?;
        invoke(next_promise, "then", &[cap.resolve, cap.reject])?;
    })
}

// ---------------------------------------------------------------------------
// 27.7 Async functions

/// The state of one async function activation: its coroutine and the
/// promise it returned.
pub struct AsyncData {
    pub co: Option<Box<Coroutine>>,
    pub capability: Capability,
}

impl AsyncData {
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(self.capability.promise);
        f(self.capability.resolve);
        f(self.capability.reject);
        if let Some(co) = &self.co {
            f(co.body());
        }
    }
}

/// 27.7.5.1 AsyncFunctionStart: a new promise, and the body run on a
/// coroutine until it awaits or completes.
pub fn async_start(body: Value) -> JsResult<Value> {
    let capability = new_capability(rt().realm.promise_constructor)?;
    let state = new_object_with(Value::NULL, Class::Async(Box::new(AsyncData { co: Some(Coroutine::new(body)), capability })));
    async_resume(state, crate::builtins::generator::ResumeKind::Normal, Value::UNDEFINED)?;
    Ok(capability.promise)
}

/// 15.8.4 EvaluateAsyncFunctionBody step 3: an exception in
/// FunctionDeclarationInstantiation rejects the returned promise.
pub fn async_reject(reason: Value) -> JsResult<Value> {
    let cap = new_capability(rt().realm.promise_constructor)?;
    ops::call(cap.reject, Value::UNDEFINED, &[reason])?;
    Ok(cap.promise)
}

/// Runs the async activation `state` until it awaits or completes; on
/// completion, settles its promise (27.7.5.2 AsyncBlockStart steps).
fn async_resume(state: Value, kind: crate::builtins::generator::ResumeKind, value: Value) -> JsResult<()> {
    let Class::Async(a) = &mut state.obj().class else { unreachable!() };
    let Some(co) = a.co.as_mut() else { return Ok(()) };
    if coroutine::depth() >= coroutine::MAX_DEPTH {
        let e = crate::error::range_error("Maximum call stack size exceeded");
        let cap = a.capability;
        a.co = None;
        ops::call(cap.reject, Value::UNDEFINED, &[e])?;
        return Ok(());
    }
    co.set_owner(state);
    rt().resume = crate::builtins::generator::Resume { kind, value, returning: false };
    let co: *mut Coroutine = &mut **co;
    // SAFETY: `state` (on this frame) owns the coroutine.
    coroutine::resume(unsafe { &mut *co });
    std::hint::black_box(state);
    let Class::Async(a) = &mut state.obj().class else { unreachable!() };
    let result = a.co.as_mut().and_then(|co| co.result.take());
    if let Some(res) = result {
        a.co = None;
        let cap = a.capability;
        match res {
            Ok(v) => ops::call(cap.resolve, Value::UNDEFINED, &[v])?,
            Err(e) => ops::call(cap.reject, Value::UNDEFINED, &[e])?,
        };
    }
    Ok(())
}

/// 27.7.5.3 Await ( value )
pub fn await_value(value: Value) -> JsResult<Value> {
    let state = coroutine::current_owner();
    if !(state.is_object() && matches!(state.obj().class, Class::Async(_) | Class::AsyncGenerator(_))) {
        return Err(crate::error::syntax_error("await is only valid in async functions and the top level bodies of modules"));
    }
    let promise = promise_resolve(rt().realm.promise_constructor, value)?;
    let on_fulfilled = make_closure("", await_fulfilled, 1, state);
    let on_rejected = make_closure("", await_rejected, 1, state);
    perform_then(promise, on_fulfilled, on_rejected, None);
    coroutine::suspend();
    let r = rt();
    let value = std::mem::replace(&mut r.resume.value, Value::UNDEFINED);
    match r.resume.kind {
        crate::builtins::generator::ResumeKind::Throw => Err(value),
        _ => Ok(value),
    }
}

/// Continues the activation that awaited (an async function's or an
/// async generator's).
fn resume_owner(state: Value, kind: crate::builtins::generator::ResumeKind, value: Value) -> JsResult<()> {
    if let Class::AsyncGenerator(_) = &state.obj().class {
        return crate::builtins::async_generator::resume(state, kind, value);
    }
    async_resume(state, kind, value)
}

fn await_fulfilled(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    resume_owner(closure_data(), crate::builtins::generator::ResumeKind::Normal, arg(args, 0))?;
    Ok(Value::UNDEFINED)
}

fn await_rejected(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    resume_owner(closure_data(), crate::builtins::generator::ResumeKind::Throw, arg(args, 0))?;
    Ok(Value::UNDEFINED)
}

/// Top-level await: when the graph's evaluation promise rejects, the
/// program ends as with an uncaught exception (as Node reports a failed
/// ES module evaluation).
pub fn watch_module_evaluation(p: Value) {
    let on_rejected = crate::realm::make_native("", module_evaluation_failed, 1, false);
    perform_then(p, Value::UNDEFINED, on_rejected, None);
}

fn module_evaluation_failed(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    crate::error::report_uncaught(arg(args, 0));
    crate::builtins::console::flush_stdout();
    std::process::exit(1);
}

// ---------------------------------------------------------------------------
// Node's queueMicrotask

/// `queueMicrotask(callback)` (HTML's microtask queue = the job queue).
pub fn queue_microtask(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let cb = arg(args, 0);
    if !ops::is_callable(cb) {
        return Err(type_error(&format!(
            "The \"callback\" argument must be of type function. Received {}",
            describe_received(cb)
        )));
    }
    enqueue(Job::Callback { callback: cb });
    Ok(Value::UNDEFINED)
}

/// How Node's ERR_INVALID_ARG_TYPE messages describe a received value.
fn describe_received(v: Value) -> String {
    if v.is_undefined() || v.is_null() {
        return ops::to_display_string(v);
    }
    if ops::is_callable(v) {
        return format!("function {}", ops::to_display_string(ops::get(v, Key::from_str("name")).unwrap_or(Value::UNDEFINED)));
    }
    if v.is_object() {
        return "an instance of Object".to_string();
    }
    format!("type {} ({})", ops::typeof_str(v), crate::inspect::inspect(v))
}

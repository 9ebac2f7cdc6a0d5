//! 27.6 AsyncGenerator objects, 27.1.3 %AsyncIteratorPrototype%, 27.1.6
//! %AsyncFromSyncIteratorPrototype%, and the async iteration that
//! `for await` compiles to (7.4.3 GetIterator(obj, async), 7.4.13
//! AsyncIteratorClose).
//!
//! An async generator's body runs on a coroutine like a generator's (see
//! `generator.rs`); `await` inside it is the async function's Await
//! (`promise.rs`). Requests (`next`/`return`/`throw`) queue up with their
//! promise capabilities and are settled in order (AsyncGeneratorCompleteStep).

use super::arg;
use crate::builtins::array::create_iter_result;
use crate::builtins::generator::{Resume, ResumeKind};
use crate::builtins::promise::{self, Capability};
use crate::coroutine::{self, Coroutine};
use crate::error::type_error;
use crate::object::*;
use crate::ops;
use crate::realm::{closure_data, define_method, define_symbol_method, define_value, make_closure};
use crate::string::intern_str;
use crate::value::Value;
use crate::{rt, JsResult};
use std::collections::VecDeque;

/// 27.6.2 [[AsyncGeneratorState]] (ES2025 names).
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum State {
    SuspendedStart,
    SuspendedYield,
    Executing,
    DrainingQueue,
    Completed,
}

/// 27.6.3.1 AsyncGeneratorRequest Records.
struct Request {
    kind: ResumeKind,
    value: Value,
    capability: Capability,
}

pub struct AsyncGeneratorData {
    state: State,
    body: Value,
    queue: VecDeque<Request>,
    pub co: Option<Box<Coroutine>>,
}

impl AsyncGeneratorData {
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(self.body);
        for r in &self.queue {
            f(r.value);
            f(r.capability.promise);
            f(r.capability.resolve);
            f(r.capability.reject);
        }
        if let Some(co) = &self.co {
            f(co.body());
            if let Some(Ok(v) | Err(v)) = co.result {
                f(v);
            }
        }
    }
}

pub fn init() {
    let r = &rt().realm;
    let (op, fp, tag, ai) = (r.object_prototype, r.function_prototype, r.sym_to_string_tag, r.sym_async_iterator);
    // 27.1.3 %AsyncIteratorPrototype%
    let aip = new_object_with(op, Class::Ordinary);
    define_symbol_method(aip, ai, "[Symbol.asyncIterator]", return_this, 0);
    rt().realm.async_iterator_prototype = aip;
    // 27.4.3 %AsyncGeneratorFunction.prototype%, 27.6.1 %AsyncGeneratorPrototype%
    let agfp = new_object_with(fp, Class::Ordinary);
    let agp = new_object_with(aip, Class::Ordinary);
    rt().realm.async_generator_function_prototype = agfp;
    rt().realm.async_generator_prototype = agp;
    define_value(agfp, "prototype", agp, CONFIGURABLE);
    agfp.obj().props.insert(tag, Slot::data(intern_str("AsyncGeneratorFunction"), CONFIGURABLE));
    define_value(agp, "constructor", agfp, CONFIGURABLE);
    define_method(agp, "next", async_generator_next, 1);
    define_method(agp, "return", async_generator_return, 1);
    define_method(agp, "throw", async_generator_throw, 1);
    agp.obj().props.insert(tag, Slot::data(intern_str("AsyncGenerator"), CONFIGURABLE));
    let agf = crate::realm::make_native("AsyncGeneratorFunction", async_generator_function_ctor, 1, true);
    if let Ok(function) = ops::get(fp, Key::Named(rt().realm.atom_constructor)) {
        agf.obj().proto = function;
    }
    define_value(agf, "prototype", agfp, 0);
    define_value(agfp, "constructor", agf, CONFIGURABLE);
    // 27.1.6.2 %AsyncFromSyncIteratorPrototype%
    let afs = new_object_with(aip, Class::Ordinary);
    define_method(afs, "next", from_sync_next, 1);
    define_method(afs, "return", from_sync_return, 1);
    define_method(afs, "throw", from_sync_throw, 1);
    rt().realm.async_from_sync_iterator_prototype = afs;
}

fn return_this(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    Ok(this)
}

fn async_generator_function_ctor(_this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    Err(crate::error::make_error(
        crate::error::ErrorKind::EvalError,
        "Kiln cannot compile code at run time: the AsyncGeneratorFunction constructor is not supported",
    ))
}

/// 27.6.3.2 AsyncGeneratorStart's object: OrdinaryCreateFromConstructor(
/// functionObject, "%AsyncGeneratorPrototype%").
pub fn create(body: Value, callee: Value) -> JsResult<Value> {
    let proto = ops::get(callee, Key::Named(rt().realm.atom_prototype))?;
    let proto = if proto.is_object() { proto } else { rt().realm.async_generator_prototype };
    Ok(new_object_with(
        proto,
        Class::AsyncGenerator(Box::new(AsyncGeneratorData { state: State::SuspendedStart, body, queue: VecDeque::new(), co: None })),
    ))
}

fn data(g: Value) -> &'static mut AsyncGeneratorData {
    match &mut g.obj().class {
        Class::AsyncGenerator(d) => d,
        _ => unreachable!("an async generator"),
    }
}

fn is_async_generator(v: Value) -> bool {
    v.is_object() && matches!(v.obj().class, Class::AsyncGenerator(_))
}

/// 27.6.1.2-4 next/return/throw: the steps they share, up to the enqueue.
fn request(this: Value, kind: ResumeKind, value: Value, method: &str) -> JsResult<Value> {
    let cap = promise::new_capability(rt().realm.promise_constructor)?;
    // 27.6.3.3 AsyncGeneratorValidate; IfAbruptRejectPromise.
    if !is_async_generator(this) {
        let e = type_error(&format!("{method} method called on incompatible receiver {}", ops::to_display_string(this)));
        ops::call(cap.reject, Value::UNDEFINED, &[e])?;
        return Ok(cap.promise);
    }
    let g = data(this);
    let mut state = g.state;
    if kind == ResumeKind::Throw && state == State::SuspendedStart {
        g.state = State::Completed;
        g.body = Value::UNDEFINED;
        state = State::Completed;
    }
    if state == State::Completed {
        match kind {
            ResumeKind::Normal => {
                ops::call(cap.resolve, Value::UNDEFINED, &[create_iter_result(Value::UNDEFINED, true)])?;
                return Ok(cap.promise);
            }
            ResumeKind::Throw => {
                ops::call(cap.reject, Value::UNDEFINED, &[value])?;
                return Ok(cap.promise);
            }
            ResumeKind::Return => {}
        }
    }
    // 27.6.3.4 AsyncGeneratorEnqueue
    g.queue.push_back(Request { kind, value, capability: cap });
    match (kind, state) {
        (ResumeKind::Return, State::SuspendedStart | State::Completed) => {
            g.state = State::DrainingQueue;
            g.body = Value::UNDEFINED;
            await_return(this)?;
        }
        (_, State::SuspendedStart | State::SuspendedYield) => resume(this, kind, value)?,
        _ => {}
    }
    Ok(cap.promise)
}

fn async_generator_next(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    request(this, ResumeKind::Normal, arg(args, 0), "AsyncGenerator.prototype.next")
}
fn async_generator_return(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    request(this, ResumeKind::Return, arg(args, 0), "AsyncGenerator.prototype.return")
}
fn async_generator_throw(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    request(this, ResumeKind::Throw, arg(args, 0), "AsyncGenerator.prototype.throw")
}

/// 27.6.3.6 AsyncGeneratorResume, and (when the body finishes) the end of
/// 27.6.3.2 AsyncGeneratorStart: settle the request, drain the queue.
/// Also continues the body after an `await`.
pub fn resume(gen: Value, kind: ResumeKind, value: Value) -> JsResult<()> {
    let g = data(gen);
    if g.co.is_none() {
        if g.state != State::SuspendedStart {
            return Ok(());
        }
        let mut co = Coroutine::new(g.body);
        co.set_owner(gen);
        g.co = Some(co);
        g.body = Value::UNDEFINED;
    }
    if coroutine::depth() >= coroutine::MAX_DEPTH {
        return Err(crate::error::range_error("Maximum call stack size exceeded"));
    }
    g.state = State::Executing;
    rt().resume = Resume { kind, value, returning: false };
    let co: *mut Coroutine = &mut **g.co.as_mut().expect("coroutine");
    // SAFETY: `gen` (on this frame) owns the coroutine.
    coroutine::resume(unsafe { &mut *co });
    std::hint::black_box(gen);
    let g = data(gen);
    let result = g.co.as_mut().and_then(|co| co.result.take());
    if let Some(res) = result {
        // AsyncGeneratorStart steps 4.e-4.i.
        g.co = None;
        g.state = State::DrainingQueue;
        complete_step(gen, res, true)?;
        drain_queue(gen)?;
    }
    Ok(())
}

/// 27.6.3.5 AsyncGeneratorCompleteStep
fn complete_step(gen: Value, completion: Result<Value, Value>, done: bool) -> JsResult<()> {
    let Some(next) = data(gen).queue.pop_front() else { return Ok(()) };
    match completion {
        Err(e) => ops::call(next.capability.reject, Value::UNDEFINED, &[e])?,
        Ok(v) => ops::call(next.capability.resolve, Value::UNDEFINED, &[create_iter_result(v, done)])?,
    };
    Ok(())
}

/// 27.6.3.10 AsyncGeneratorDrainQueue
fn drain_queue(gen: Value) -> JsResult<()> {
    loop {
        let g = data(gen);
        let Some(next) = g.queue.front() else {
            g.state = State::Completed;
            return Ok(());
        };
        match next.kind {
            ResumeKind::Return => return await_return(gen),
            ResumeKind::Throw => {
                let v = next.value;
                complete_step(gen, Err(v), true)?;
            }
            ResumeKind::Normal => complete_step(gen, Ok(Value::UNDEFINED), true)?,
        }
    }
}

/// 27.6.3.9 AsyncGeneratorAwaitReturn
fn await_return(gen: Value) -> JsResult<()> {
    let value = data(gen).queue.front().map(|r| r.value).unwrap_or(Value::UNDEFINED);
    let p = match promise::promise_resolve(rt().realm.promise_constructor, value) {
        Ok(p) => p,
        Err(e) => {
            complete_step(gen, Err(e), true)?;
            return drain_queue(gen);
        }
    };
    let on_ok = make_closure("", await_return_fulfilled, 1, gen);
    let on_err = make_closure("", await_return_rejected, 1, gen);
    promise::perform_then(p, on_ok, on_err, None);
    Ok(())
}

fn await_return_fulfilled(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let gen = closure_data();
    complete_step(gen, Ok(arg(args, 0)), true)?;
    drain_queue(gen)?;
    Ok(Value::UNDEFINED)
}

fn await_return_rejected(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let gen = closure_data();
    complete_step(gen, Err(arg(args, 0)), true)?;
    drain_queue(gen)?;
    Ok(Value::UNDEFINED)
}

/// 27.6.3.8 AsyncGeneratorYield ( value ), with 27.6.3.7
/// AsyncGeneratorUnwrapYieldResumption: the value the body continues with
/// (a return resumption sets `Resume::returning`).
fn generator_yield(gen: Value, value: Value) -> JsResult<Value> {
    complete_step(gen, Ok(value), false)?;
    let g = data(gen);
    let (kind, v) = match g.queue.front() {
        Some(r) => (r.kind, r.value),
        None => {
            g.state = State::SuspendedYield;
            coroutine::suspend();
            let r = rt();
            (r.resume.kind, std::mem::replace(&mut r.resume.value, Value::UNDEFINED))
        }
    };
    match kind {
        ResumeKind::Normal => Ok(v),
        ResumeKind::Throw => Err(v),
        ResumeKind::Return => {
            let awaited = promise::await_value(v)?;
            rt().resume.returning = true;
            Ok(awaited)
        }
    }
}

/// `yield value` in an async generator: AsyncGeneratorYield(? Await(value)).
pub fn yield_value(gen: Value, value: Value) -> JsResult<Value> {
    let v = promise::await_value(value)?;
    generator_yield(gen, v)
}

/// 15.5.5 `yield*` in an async generator (generatorKind async).
pub fn yield_star(gen: Value, value: Value) -> JsResult<Value> {
    let rec = get_async_iterator(value)?;
    let (iterator, next) = (rec.obj().elements[0], rec.obj().elements[1]);
    let mut received = (ResumeKind::Normal, Value::UNDEFINED);
    let value_key = Key::from_str("value");
    loop {
        let inner = match received.0 {
            ResumeKind::Normal => ops::call(next, iterator, &[received.1])?,
            ResumeKind::Throw => match ops::get_method(iterator, Key::from_str("throw"))? {
                Some(t) => ops::call(t, iterator, &[received.1])?,
                None => {
                    // Step 7.b.iii: AsyncIteratorClose, then a TypeError.
                    async_close(iterator, Ok(Value::UNDEFINED))?;
                    return Err(type_error("The iterator does not provide a 'throw' method"));
                }
            },
            ResumeKind::Return => match ops::get_method(iterator, Key::from_str("return"))? {
                None => {
                    let v = promise::await_value(received.1)?;
                    rt().resume.returning = true;
                    return Ok(v);
                }
                Some(f) => ops::call(f, iterator, &[received.1])?,
            },
        };
        let inner = promise::await_value(inner)?;
        if !inner.is_object() {
            return Err(type_error(&format!("Iterator result {} is not an object", ops::to_display_string(inner))));
        }
        let done = ops::to_boolean(ops::get(inner, Key::from_str("done"))?);
        if done {
            let v = ops::get(inner, value_key)?;
            if received.0 == ResumeKind::Return {
                // Step 7.c.viii.2: Await the value, then a return completion.
                let v = promise::await_value(v)?;
                rt().resume.returning = true;
                return Ok(v);
            }
            return Ok(v);
        }
        let v = ops::get(inner, value_key)?;
        received = match generator_yield(gen, v) {
            Ok(v) if rt().resume.returning => {
                // AsyncGeneratorYield already awaited the return value;
                // the spec passes the raw value on to `return` (step 7.c).
                rt().resume.returning = false;
                (ResumeKind::Return, v)
            }
            Ok(v) => (ResumeKind::Normal, v),
            Err(e) => (ResumeKind::Throw, e),
        };
    }
}

// ---------------------------------------------------------------------------
// Async iteration: GetIterator(obj, async) and the async-from-sync wrapper

/// 7.4.3 GetIterator ( obj, async ): an iterator record `[iterator, next,
/// done]` (an internal array).
pub fn get_async_iterator(obj: Value) -> JsResult<Value> {
    let method = ops::get_method(obj, Key::Named(rt().realm.sym_async_iterator))?;
    let (iterator, next) = match method {
        Some(m) => {
            let it = ops::call(m, obj, &[])?;
            if !it.is_object() {
                return Err(type_error("Result of the Symbol.asyncIterator method is not an object"));
            }
            (it, ops::get(it, Key::from_str("next"))?)
        }
        None => {
            if ops::get_method(obj, Key::Named(rt().realm.sym_iterator))?.is_none() {
                let what = if obj.is_string() { format!("\"{}\"", obj.str().to_rust_string()) } else { ops::to_display_string(obj) };
                return Err(type_error(&format!("{what} is not async iterable")));
            }
            let sync = crate::builtins::array::get_iterator(obj)?;
            // 27.1.6.1 CreateAsyncFromSyncIterator
            let it = new_object_with(rt().realm.async_from_sync_iterator_prototype, Class::Ordinary);
            let state = new_array(vec![sync.iterator, sync.next]);
            it.obj().props.insert(rt().realm.sym_internal_state, Slot::data(state, 0));
            let next = ops::get(it, Key::from_str("next"))?;
            (it, next)
        }
    };
    Ok(new_array(vec![iterator, next, Value::FALSE]))
}

fn sync_record(this: Value) -> (Value, Value) {
    let s = this.obj().props.get(rt().realm.sym_internal_state).map(|s| s.value).unwrap_or(Value::UNDEFINED);
    (s.obj().elements[0], s.obj().elements[1])
}

/// 27.1.6.2.1 %AsyncFromSyncIteratorPrototype%.next ( [ value ] )
fn from_sync_next(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let cap = promise::new_capability(rt().realm.promise_constructor)?;
    let (iterator, next) = sync_record(this);
    let result = if args.is_empty() { ops::call(next, iterator, &[]) } else { ops::call(next, iterator, &[args[0]]) };
    let result = match result.and_then(|r| if r.is_object() { Ok(r) } else { Err(type_error(&format!("Iterator result {} is not an object", ops::to_display_string(r)))) }) {
        Ok(r) => r,
        Err(e) => return reject(cap, e),
    };
    continuation(result, cap, iterator, true)
}

/// 27.1.6.2.2 %AsyncFromSyncIteratorPrototype%.return ( [ value ] )
fn from_sync_return(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let cap = promise::new_capability(rt().realm.promise_constructor)?;
    let (iterator, _) = sync_record(this);
    let ret = match ops::get_method(iterator, Key::from_str("return")) {
        Ok(r) => r,
        Err(e) => return reject(cap, e),
    };
    let Some(ret) = ret else {
        ops::call(cap.resolve, Value::UNDEFINED, &[create_iter_result(arg(args, 0), true)])?;
        return Ok(cap.promise);
    };
    let result = if args.is_empty() { ops::call(ret, iterator, &[]) } else { ops::call(ret, iterator, &[args[0]]) };
    match result {
        Ok(r) if r.is_object() => continuation(r, cap, iterator, false),
        Ok(r) => reject(cap, type_error(&format!("Iterator result {} is not an object", ops::to_display_string(r)))),
        Err(e) => reject(cap, e),
    }
}

/// 27.1.6.2.3 %AsyncFromSyncIteratorPrototype%.throw ( [ value ] )
fn from_sync_throw(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let cap = promise::new_capability(rt().realm.promise_constructor)?;
    let (iterator, _) = sync_record(this);
    let throw = match ops::get_method(iterator, Key::from_str("throw")) {
        Ok(t) => t,
        Err(e) => return reject(cap, e),
    };
    let Some(throw) = throw else {
        // Step 7: close the sync iterator, then reject with a TypeError.
        let rec = crate::builtins::array::IteratorRecord { iterator, next: Value::UNDEFINED, done: false };
        if let Err(e) = crate::builtins::array::iterator_close(&rec, Ok(())) {
            return reject(cap, e);
        }
        return reject(cap, type_error("The iterator does not provide a 'throw' method"));
    };
    let result = if args.is_empty() { ops::call(throw, iterator, &[]) } else { ops::call(throw, iterator, &[args[0]]) };
    match result {
        Ok(r) if r.is_object() => continuation(r, cap, iterator, true),
        Ok(r) => reject(cap, type_error(&format!("Iterator result {} is not an object", ops::to_display_string(r)))),
        Err(e) => reject(cap, e),
    }
}

fn reject(cap: Capability, e: Value) -> JsResult<Value> {
    ops::call(cap.reject, Value::UNDEFINED, &[e])?;
    Ok(cap.promise)
}

/// 27.1.6.4 AsyncFromSyncIteratorContinuation ( result, promiseCapability,
/// syncIteratorRecord, closeOnRejection )
fn continuation(result: Value, cap: Capability, iterator: Value, close_on_rejection: bool) -> JsResult<Value> {
    let done = match ops::get(result, Key::from_str("done")) {
        Ok(d) => ops::to_boolean(d),
        Err(e) => return reject(cap, e),
    };
    let value = match ops::get(result, Key::from_str("value")) {
        Ok(v) => v,
        Err(e) => return reject(cap, e),
    };
    let wrapper = match promise::promise_resolve(rt().realm.promise_constructor, value) {
        Ok(w) => w,
        Err(e) => {
            if !done && close_on_rejection {
                let rec = crate::builtins::array::IteratorRecord { iterator, next: Value::UNDEFINED, done: false };
                let e = crate::builtins::array::iterator_close(&rec, Err::<(), Value>(e)).err().unwrap_or(Value::UNDEFINED);
                return reject(cap, e);
            }
            return reject(cap, e);
        }
    };
    let on_ok = make_closure("", unwrap_fn, 1, Value::bool(done));
    let on_err = if done || !close_on_rejection {
        Value::UNDEFINED
    } else {
        make_closure("", close_iterator_fn, 1, iterator)
    };
    promise::perform_then(wrapper, on_ok, on_err, Some(cap));
    Ok(cap.promise)
}

/// The unwrap closure: CreateIteratorResultObject(v, done).
fn unwrap_fn(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    Ok(create_iter_result(arg(args, 0), closure_data() == Value::TRUE))
}

/// The closeIterator closure: IteratorClose(syncIteratorRecord, ThrowCompletion(error)).
fn close_iterator_fn(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let rec = crate::builtins::array::IteratorRecord { iterator: closure_data(), next: Value::UNDEFINED, done: false };
    crate::builtins::array::iterator_close(&rec, Err::<Value, Value>(arg(args, 0)))
}

/// 7.4.13 AsyncIteratorClose with a normal completion (a `yield*` whose
/// iterator lacks `throw`).
fn async_close(iterator: Value, completion: JsResult<Value>) -> JsResult<Value> {
    let ret = ops::get_method(iterator, Key::from_str("return"))?;
    if let Some(ret) = ret {
        let r = ops::call(ret, iterator, &[])?;
        let r = promise::await_value(r)?;
        if !r.is_object() {
            return Err(type_error(&format!("Iterator result {} is not an object", ops::to_display_string(r))));
        }
    }
    completion
}

// ---------------------------------------------------------------------------
// `for await` (14.7.5.6-7 with iteratorKind async)

/// The next step: Call(next, iterator). Marks the record done if it throws.
pub fn iter_next(rec: Value) -> JsResult<Value> {
    let e = &rec.obj().elements;
    let (iterator, next) = (e[0], e[1]);
    ops::call(next, iterator, &[]).inspect_err(|_| rec.obj().elements[2] = Value::TRUE)
}

/// After Await(result): TypeError unless an object; a hole when done (the
/// record is then done), else its value.
pub fn iter_value(rec: Value, result: Value) -> JsResult<Value> {
    let mark = |r: JsResult<Value>| r.inspect_err(|_| rec.obj().elements[2] = Value::TRUE);
    if !result.is_object() {
        rec.obj().elements[2] = Value::TRUE;
        return Err(type_error(&format!("Iterator result {} is not an object", ops::to_display_string(result))));
    }
    let done = mark(ops::get(result, Key::from_str("done")))?;
    if ops::to_boolean(done) {
        rec.obj().elements[2] = Value::TRUE;
        return Ok(Value::HOLE);
    }
    mark(ops::get(result, Key::from_str("value")))
}

/// AsyncIteratorClose's first half: Call(return, iterator) when the loop is
/// not done and the iterator has `return`; a hole otherwise.
pub fn iter_return(rec: Value) -> JsResult<Value> {
    let e = &rec.obj().elements;
    if e[2] == Value::TRUE {
        return Ok(Value::HOLE);
    }
    rec.obj().elements[2] = Value::TRUE;
    let iterator = e[0];
    match ops::get_method(iterator, Key::from_str("return"))? {
        None => Ok(Value::HOLE),
        Some(f) => ops::call(f, iterator, &[]),
    }
}

/// AsyncIteratorClose's last step: the awaited result must be an object.
pub fn iter_check(result: Value) -> JsResult<Value> {
    if !result.is_object() {
        return Err(type_error(&format!("Iterator result {} is not an object", ops::to_display_string(result))));
    }
    Ok(Value::UNDEFINED)
}

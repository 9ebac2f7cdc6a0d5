//! 27.3 GeneratorFunction objects, 27.5 Generator objects.
//!
//! A generator function is compiled as two functions: the function itself
//! evaluates its parameters (FunctionDeclarationInstantiation, so errors in
//! defaults throw at the call) and then returns a generator object made by
//! `kiln_generator_create`; the body is a closure (with arrow semantics for
//! `this`, `arguments`, `new.target` and `super`) that the generator runs
//! on a coroutine of its own (`coroutine.rs`) when first resumed. `yield`
//! is `kiln_yield`, `yield*` is `kiln_yield_star`; after either, compiled
//! code asks `kiln_resume_is_return` whether the generator was resumed by
//! `return()`, and if so completes with a return (through `finally`).

use super::arg;
use crate::builtins::array::{create_iter_result, get_iterator};
use crate::coroutine::{self, Coroutine};
use crate::error::type_error;
use crate::object::*;
use crate::ops;
use crate::realm::{define_method, define_value};
use crate::string::intern_str;
use crate::value::Value;
use crate::{rt, JsResult};

/// 27.5.2 Properties of Generator Instances: [[GeneratorState]].
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum State {
    SuspendedStart,
    SuspendedYield,
    Executing,
    Completed,
}

pub struct GeneratorData {
    pub state: State,
    /// The body closure (until the coroutine starts).
    body: Value,
    pub co: Option<Box<Coroutine>>,
}

impl Default for Resume {
    fn default() -> Resume {
        Resume { kind: ResumeKind::Normal, value: Value::UNDEFINED, returning: false }
    }
}

impl GeneratorData {
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        f(self.body);
        if let Some(co) = &self.co {
            f(co.body());
            if let Some(Ok(v) | Err(v)) = co.result {
                f(v);
            }
        }
    }
}

/// The completion a generator is resumed with, and what it suspended with.
#[derive(Copy, Clone, Default, PartialEq, Eq, Debug)]
pub enum ResumeKind {
    #[default]
    Normal,
    Throw,
    Return,
}

/// The value crossing a switch between a generator and its resumer: the
/// resumption's completion going in, the iterator result coming out.
pub struct Resume {
    pub kind: ResumeKind,
    pub value: Value,
    /// Set by a `return()` resumption until compiled code asks
    /// (`kiln_resume_is_return`).
    pub returning: bool,
}

pub fn init() {
    let r = &rt().realm;
    let (fp, tag) = (r.function_prototype, r.sym_to_string_tag);
    let ip = crate::builtins::string::iterator_prototype();
    // 27.3.3 %GeneratorFunction.prototype% and 27.5.1 %GeneratorPrototype%.
    let gfp = new_object_with(fp, Class::Ordinary);
    let gp = new_object_with(ip, Class::Ordinary);
    rt().realm.generator_function_prototype = gfp;
    rt().realm.generator_prototype = gp;
    define_value(gfp, "prototype", gp, CONFIGURABLE);
    gfp.obj().props.insert(tag, Slot::data(intern_str("GeneratorFunction"), CONFIGURABLE));
    define_value(gp, "constructor", gfp, CONFIGURABLE);
    define_method(gp, "next", generator_next, 1);
    define_method(gp, "return", generator_return, 1);
    define_method(gp, "throw", generator_throw, 1);
    gp.obj().props.insert(tag, Slot::data(intern_str("Generator"), CONFIGURABLE));
    // 27.3.1 The GeneratorFunction constructor compiles source text at run
    // time, as `Function` does: not supported (EvalError when called).
    let gf = crate::realm::make_native("GeneratorFunction", generator_function_ctor, 1, true);
    if let Ok(function) = ops::get(fp, Key::Named(rt().realm.atom_constructor)) {
        gf.obj().proto = function;
    }
    define_value(gf, "prototype", gfp, 0);
    define_value(gfp, "constructor", gf, CONFIGURABLE);
}

fn generator_function_ctor(_this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    Err(crate::error::make_error(
        crate::error::ErrorKind::EvalError,
        "Kiln cannot compile code at run time: the GeneratorFunction constructor is not supported",
    ))
}

/// The generator object of a call of a generator function `callee`, whose
/// body is the closure `body` (27.5.3.1 / 15.5.2 EvaluateGeneratorBody
/// step 2: OrdinaryCreateFromConstructor(functionObject, "%GeneratorPrototype%")).
pub fn create(body: Value, callee: Value) -> JsResult<Value> {
    let proto = ops::get(callee, Key::Named(rt().realm.atom_prototype))?;
    let proto = if proto.is_object() { proto } else { rt().realm.generator_prototype };
    Ok(new_object_with(proto, Class::Generator(Box::new(GeneratorData { state: State::SuspendedStart, body, co: None }))))
}

/// 27.5.3.2 GeneratorValidate
fn validate(this: Value, method: &str) -> JsResult<&'static mut GeneratorData> {
    if this.is_object() {
        if let Class::Generator(g) = &mut this.obj().class {
            if g.state == State::Executing {
                return Err(type_error("Generator is already running"));
            }
            return Ok(g);
        }
    }
    Err(type_error(&format!(
        "{method} method called on incompatible receiver {}",
        ops::to_display_string(this)
    )))
}

/// 27.5.1.2 %GeneratorPrototype%.next ( value )
fn generator_next(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    resume(this, ResumeKind::Normal, arg(args, 0), "next")
}

/// 27.5.1.3 %GeneratorPrototype%.return ( value )
fn generator_return(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    resume(this, ResumeKind::Return, arg(args, 0), "return")
}

/// 27.5.1.4 %GeneratorPrototype%.throw ( exception )
fn generator_throw(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    resume(this, ResumeKind::Throw, arg(args, 0), "throw")
}

/// 27.5.3.3 GeneratorResume and 27.5.3.4 GeneratorResumeAbrupt.
fn resume(this: Value, kind: ResumeKind, value: Value, method: &str) -> JsResult<Value> {
    let g = validate(this, &format!("[Generator].prototype.{method}"))?;
    if coroutine::depth() >= coroutine::MAX_DEPTH && matches!(g.state, State::SuspendedStart | State::SuspendedYield) {
        return Err(crate::error::range_error("Maximum call stack size exceeded"));
    }
    match g.state {
        State::SuspendedStart if kind != ResumeKind::Normal => {
            // GeneratorResumeAbrupt step 2: a generator that never started completes.
            g.state = State::Completed;
            g.body = Value::UNDEFINED;
            return abrupt_completed(kind, value);
        }
        State::Completed => {
            return if kind == ResumeKind::Normal { Ok(create_iter_result(Value::UNDEFINED, true)) } else { abrupt_completed(kind, value) };
        }
        State::SuspendedStart => {
            let mut co = Coroutine::new(g.body);
            co.set_owner(this);
            g.co = Some(co);
            g.body = Value::UNDEFINED;
        }
        State::SuspendedYield => {}
        State::Executing => unreachable!("validated"),
    }
    g.state = State::Executing;
    let r = rt();
    r.resume = Resume { kind, value, returning: false };
    let co: *mut Coroutine = &mut **g.co.as_mut().expect("started generator");
    // SAFETY: the generator object (and so its coroutine) is alive: it is
    // `this`, on this native frame.
    coroutine::resume(unsafe { &mut *co });
    std::hint::black_box(this);
    let g = match &mut this.obj().class {
        Class::Generator(g) => g,
        _ => unreachable!(),
    };
    let co = g.co.as_mut().expect("coroutine");
    match co.result.take() {
        None => {
            // Suspended at a yield: the iterator result it yielded.
            g.state = State::SuspendedYield;
            Ok(std::mem::replace(&mut rt().resume.value, Value::UNDEFINED))
        }
        Some(res) => {
            g.state = State::Completed;
            g.co = None;
            res.map(|v| create_iter_result(v, true))
        }
    }
}

fn abrupt_completed(kind: ResumeKind, value: Value) -> JsResult<Value> {
    match kind {
        ResumeKind::Throw => Err(value),
        _ => Ok(create_iter_result(value, true)),
    }
}

/// 27.5.3.7 GeneratorYield: suspends the running generator with the
/// iterator result `result`; returns how it was resumed.
fn generator_yield(result: Value) -> JsResult<Value> {
    rt().resume = Resume { kind: ResumeKind::Normal, value: result, returning: false };
    coroutine::suspend();
    let r = rt();
    let value = std::mem::replace(&mut r.resume.value, Value::UNDEFINED);
    match r.resume.kind {
        ResumeKind::Normal => Ok(value),
        ResumeKind::Throw => Err(value),
        ResumeKind::Return => {
            r.resume.returning = true;
            Ok(value)
        }
    }
}

/// 15.5.5 `yield AssignmentExpression`: Yield(value).
pub fn yield_value(value: Value) -> JsResult<Value> {
    if !coroutine::in_coroutine() {
        return Err(type_error("yield outside a running generator"));
    }
    let owner = coroutine::current_owner();
    if let Class::AsyncGenerator(_) = &owner.obj().class {
        return crate::builtins::async_generator::yield_value(owner, value);
    }
    generator_yield(create_iter_result(value, false))
}

/// 15.5.5 `yield* AssignmentExpression` (sync generators).
pub fn yield_star(value: Value) -> JsResult<Value> {
    if !coroutine::in_coroutine() {
        return Err(type_error("yield outside a running generator"));
    }
    let owner = coroutine::current_owner();
    if let Class::AsyncGenerator(_) = &owner.obj().class {
        return crate::builtins::async_generator::yield_star(owner, value);
    }
    let rec = get_iterator(value)?;
    let iterator = rec.iterator;
    let (throw_key, return_key) = (Key::Named(intern_str("throw")), Key::Named(intern_str("return")));
    let done_key = Key::Named(intern_str("done"));
    let value_key = Key::Named(intern_str("value"));
    let mut received = (ResumeKind::Normal, Value::UNDEFINED);
    loop {
        let inner = match received.0 {
            ResumeKind::Normal => ops::call(rec.next, iterator, &[received.1])?,
            ResumeKind::Throw => match ops::get_method(iterator, throw_key)? {
                Some(t) => ops::call(t, iterator, &[received.1])?,
                None => {
                    // Step 7.b.iii: close the iterator, then a TypeError.
                    crate::builtins::array::iterator_close(&rec, Ok(()))?;
                    return Err(type_error("The iterator does not provide a 'throw' method"));
                }
            },
            ResumeKind::Return => match ops::get_method(iterator, return_key)? {
                None => {
                    rt().resume.returning = true;
                    return Ok(received.1);
                }
                Some(f) => ops::call(f, iterator, &[received.1])?,
            },
        };
        if !inner.is_object() {
            return Err(type_error(&format!("Iterator result {} is not an object", ops::to_display_string(inner))));
        }
        // IteratorComplete(innerResult)
        if ops::to_boolean(ops::get(inner, done_key)?) {
            let v = ops::get(inner, value_key)?;
            if received.0 == ResumeKind::Return {
                rt().resume.returning = true;
            }
            return Ok(v);
        }
        // GeneratorYield(innerResult): the inner result object itself.
        received = match generator_yield(inner) {
            Ok(v) if rt().resume.returning => {
                rt().resume.returning = false;
                (ResumeKind::Return, v)
            }
            Ok(v) => (ResumeKind::Normal, v),
            Err(e) => (ResumeKind::Throw, e),
        };
    }
}

/// Whether the latest `yield` was resumed by `return()` (then compiled code
/// returns the value it got, through its `finally` blocks); clears it.
pub fn take_returning() -> bool {
    std::mem::take(&mut rt().resume.returning)
}

//! The event loop: the job queue (9.5 Jobs, HostEnqueuePromiseJob),
//! timers (Node's `setTimeout`/`setInterval`/`setImmediate`), and the
//! host's promise-rejection tracking (HostPromiseRejectionTracker, 27.2.1.9).
//!
//! After the main script, `run` alternates as Node does: drain the
//! microtask queue, report an unhandled rejection if one is left (Node's
//! default `--unhandled-rejections=throw`: exit status 1), then run the
//! immediates, then the next due timer (sleeping until it is due), draining
//! microtasks after each callback. The program ends when nothing is queued
//! and no referenced timer is pending.
//!
//! There is no I/O yet, so the loop waits only for timers (with a sleep).

use crate::value::Value;
use crate::{rt, JsResult};
use std::collections::VecDeque;
use std::time::{Duration, Instant};

/// One queued job.
pub enum Job {
    /// 27.2.2.1 NewPromiseReactionJob: a reaction record and its argument.
    Reaction { reaction: crate::builtins::promise::Reaction, argument: Value },
    /// 27.2.2.2 NewPromiseResolveThenableJob.
    ResolveThenable { promise: Value, thenable: Value, then: Value },
    /// `queueMicrotask(callback)`.
    Callback { callback: Value },
}

pub struct Timer {
    pub id: u32,
    pub due: Instant,
    delay: Duration,
    /// Sequence number: timers due at the same time run in creation order.
    seq: u64,
    pub repeat: Option<Duration>,
    pub callback: Value,
    pub args: Vec<Value>,
    /// The `Timeout` object returned to JS.
    pub object: Value,
    pub refed: bool,
}

#[derive(Default)]
pub struct Jobs {
    pub queue: VecDeque<Job>,
    /// Rejected promises without a handler (HostPromiseRejectionTracker).
    pub unhandled: Vec<Value>,
    pub timers: Vec<Timer>,
    pub immediates: VecDeque<Timer>,
    /// [[KeptAlive]] (9.10): WeakRef targets kept until the current job ends.
    pub kept: Vec<Value>,
    /// The realm's [[TemplateMap]]: template objects by site (13.2.8.4).
    pub templates: rustc_hash::FxHashMap<u64, Value>,
    pub template_sites: Vec<Value>,
    next_id: u32,
    seq: u64,
}

impl Jobs {
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        for j in &self.queue {
            match j {
                Job::Reaction { reaction, argument } => {
                    reaction.trace(f);
                    f(*argument);
                }
                Job::ResolveThenable { promise, thenable, then } => {
                    f(*promise);
                    f(*thenable);
                    f(*then);
                }
                Job::Callback { callback } => f(*callback),
            }
        }
        for &p in self.unhandled.iter().chain(self.kept.iter()).chain(self.template_sites.iter()) {
            f(p);
        }
        for &t in self.templates.values() {
            f(t);
        }
        for t in self.timers.iter().chain(self.immediates.iter()) {
            f(t.callback);
            f(t.object);
            for &a in &t.args {
                f(a);
            }
        }
    }
}

/// HostEnqueuePromiseJob
pub fn enqueue(job: Job) {
    rt().jobs.queue.push_back(job);
}

/// A new timer (or immediate, `delay` None); returns its id.
pub fn add_timer(delay: Option<Duration>, repeat: bool, callback: Value, args: Vec<Value>, object: Value) -> u32 {
    let jobs = &mut rt().jobs;
    jobs.next_id += 1;
    jobs.seq += 1;
    let t = Timer {
        id: jobs.next_id,
        due: Instant::now() + delay.unwrap_or_default(),
        delay: delay.unwrap_or_default(),
        seq: jobs.seq,
        repeat: if repeat { delay } else { None },
        callback,
        args,
        object,
        refed: true,
    };
    let id = t.id;
    if delay.is_none() {
        jobs.immediates.push_back(t);
    } else {
        jobs.timers.push(t);
    }
    id
}

pub fn clear_timer(id: u32) {
    let jobs = &mut rt().jobs;
    jobs.timers.retain(|t| t.id != id);
    jobs.immediates.retain(|t| t.id != id);
}

/// `timeout.refresh()`: due again one delay from now.
pub fn refresh(t: &mut Timer) {
    t.due = Instant::now() + t.delay;
}

pub fn timer_mut(id: u32) -> Option<&'static mut Timer> {
    let jobs = &mut rt().jobs;
    jobs.timers.iter_mut().chain(jobs.immediates.iter_mut()).find(|t| t.id == id)
}

/// Runs every queued job (and the jobs they queue). An exception thrown by
/// a job (a `queueMicrotask` callback) ends the program as uncaught.
pub fn run_microtasks() -> JsResult<()> {
    while let Some(job) = rt().jobs.queue.pop_front() {
        // 9.10.2 ClearKeptObjects: when a synchronous run of JS ends.
        rt().jobs.kept.clear();
        match job {
            Job::Reaction { reaction, argument } => crate::builtins::promise::reaction_job(reaction, argument)?,
            Job::ResolveThenable { promise, thenable, then } => crate::builtins::promise::resolve_thenable_job(promise, thenable, then),
            Job::Callback { callback } => {
                crate::ops::call(callback, Value::UNDEFINED, &[])?;
            }
        }
    }
    Ok(())
}

/// What ended the loop abnormally: an uncaught exception or an unhandled
/// rejection (its reason).
pub enum Failure {
    Uncaught(Value),
    Unhandled(Value),
}

/// Runs the event loop until nothing is left to do. Each turn is Node's
/// order of phases: the timers that are due (earliest first), then the
/// immediates queued before the turn; microtasks run after each callback.
pub fn run() -> Result<(), Failure> {
    drain()?;
    loop {
        // Timers phase.
        let now = Instant::now();
        while let Some(i) = next_timer(|t| t.due <= now) {
            run_timer(i)?;
        }
        // Check phase: immediates queued so far; ones they add wait a turn.
        let n = rt().jobs.immediates.len();
        for _ in 0..n {
            let Some(t) = rt().jobs.immediates.pop_front() else { break };
            crate::ops::call(t.callback, Value::UNDEFINED, &t.args).map_err(Failure::Uncaught)?;
            drain()?;
        }
        if !rt().jobs.immediates.is_empty() {
            continue;
        }
        // Wait for the earliest referenced timer, or end.
        if !rt().jobs.timers.iter().any(|t| t.refed) {
            return Ok(());
        }
        if let Some(i) = next_timer(|_| true) {
            let due = rt().jobs.timers[i].due;
            let now = Instant::now();
            if due > now {
                std::thread::sleep(due - now);
            }
        }
    }
}

/// The index of the earliest timer (by due time, then creation) that `ok` accepts.
fn next_timer(ok: impl Fn(&Timer) -> bool) -> Option<usize> {
    let timers = &rt().jobs.timers;
    (0..timers.len()).filter(|&i| ok(&timers[i])).min_by_key(|&i| (timers[i].due, timers[i].seq))
}

/// Runs timer `i` (re-arming an interval first), then the microtasks.
fn run_timer(i: usize) -> Result<(), Failure> {
    let jobs = &mut rt().jobs;
    let (callback, args) = (jobs.timers[i].callback, jobs.timers[i].args.clone());
    match jobs.timers[i].repeat {
        Some(d) => {
            jobs.seq += 1;
            jobs.timers[i].due = Instant::now() + d;
            jobs.timers[i].seq = jobs.seq;
        }
        None => {
            jobs.timers.remove(i);
        }
    }
    // `callback` and `args` stay on this frame (a GC root) while it runs.
    crate::ops::call(callback, Value::UNDEFINED, &args).map_err(Failure::Uncaught)?;
    drain()
}

/// Microtasks, then the unhandled-rejection check.
fn drain() -> Result<(), Failure> {
    run_microtasks().map_err(Failure::Uncaught)?;
    rt().jobs.kept.clear();
    let jobs = &mut rt().jobs;
    if !jobs.unhandled.is_empty() {
        let p = jobs.unhandled.remove(0);
        return Err(Failure::Unhandled(crate::builtins::promise::result_of(p)));
    }
    Ok(())
}

//! Stackful coroutines: the suspension mechanism of generators (27.5).
//!
//! A generator's body is an ordinary compiled function that runs on a
//! native stack of its own. `yield` switches back to the stack that resumed
//! it (saving the callee-saved registers and the stack pointer); `next`,
//! `return` and `throw` switch into it again. So generated code needs no
//! state machine, and `try`/`finally` across a `yield` is just code.
//!
//! The runtime context that belongs to a stack (`Runtime::js_sp`,
//! `entry_top`, `stack_limit`) is swapped with it. Each coroutine has a
//! base entry record ([`crate::abi::EntryRecord`]) at the bottom of its
//! stack that is relinked on every resume to the resumer's frames, so a
//! stack walk from inside a generator continues into whoever called
//! `next()`.
//!
//! The garbage collector scans, besides the running stack, every stack in
//! the chain of resumers (main stack, outer generators: each from the
//! stack pointer it saved) as roots, and a suspended generator's stack when
//! its generator object is marked (see `gc.rs`). A stack is released (to a
//! small cache) when its generator completes or is collected.
//!
//! x86-64 only, like the stack walk.

use crate::abi::EntryRecord;
use crate::rt;
use std::alloc::{alloc, dealloc, Layout};

/// Size of one coroutine stack. The last `RESERVE` bytes (at the low end)
/// are for runtime code below the limit that generated code checks, as on
/// the main stack.
const STACK_SIZE: usize = 1 << 20;
const RESERVE: usize = 256 << 10;
/// How many coroutines may run nested (a generator resuming another...):
/// each has a stack of its own, so the stack limit alone would not stop
/// a runaway `yield*` recursion.
pub const MAX_DEPTH: usize = 2000;
/// How many released stacks are kept for reuse.
const CACHE: usize = 16;

pub struct Stack {
    low: usize,
}

impl Stack {
    fn new() -> Stack {
        if let Some(low) = rt().coroutines.cache.pop() {
            return Stack { low };
        }
        // SAFETY: non-zero size; the memory is only ever used as a stack.
        let p = unsafe { alloc(Layout::from_size_align(STACK_SIZE, 4096).expect("stack layout")) };
        if p.is_null() {
            crate::oom();
        }
        Stack { low: p as usize }
    }
    pub fn top(&self) -> usize {
        self.low + STACK_SIZE
    }
}

impl Drop for Stack {
    fn drop(&mut self) {
        let c = &mut rt().coroutines.cache;
        if c.len() < CACHE {
            c.push(self.low);
        } else {
            // SAFETY: allocated in `Stack::new` with this layout.
            unsafe { dealloc(self.low as *mut u8, Layout::from_size_align_unchecked(STACK_SIZE, 4096)) };
        }
    }
}

/// One coroutine: a stack and, while it is not running, its saved context.
pub struct Coroutine {
    stack: Stack,
    /// Saved stack pointer (valid while suspended).
    pub sp: usize,
    js_sp: usize,
    entry_top: *const EntryRecord,
    /// The base entry record (on this stack), relinked on each resume.
    base_rec: *mut EntryRecord,
    /// The function to run (a compiled closure, called with no arguments).
    body: crate::Value,
    /// The object that owns this coroutine (a generator or an async
    /// activation), for `await` to find its activation.
    owner: crate::Value,
    /// Set when the body has returned: its result.
    pub result: Option<Result<crate::Value, crate::Value>>,
}

impl Coroutine {
    pub fn new(body: crate::Value) -> Box<Coroutine> {
        let stack = Stack::new();
        let top = stack.top();
        // Initial frame for `kiln_co_switch`: six callee-saved registers,
        // then the address it returns to, then a zero (end of the frames).
        let words: [usize; 8] = [0, 0, 0, 0, 0, 0, co_trampoline as *const () as usize, 0];
        let sp = top - 8 * words.len();
        // SAFETY: the top of a fresh stack we own.
        unsafe { std::ptr::copy_nonoverlapping(words.as_ptr(), sp as *mut usize, words.len()) };
        Box::new(Coroutine {
            stack,
            sp,
            js_sp: 0,
            entry_top: std::ptr::null(),
            base_rec: std::ptr::null_mut(),
            body,
            owner: crate::Value::UNDEFINED,
            result: None,
        })
    }

    pub fn set_owner(&mut self, owner: crate::Value) {
        self.owner = owner;
    }

    pub fn body(&self) -> crate::Value {
        self.body
    }

    pub fn top(&self) -> usize {
        self.stack.top()
    }

    /// Whether this coroutine is running or waiting for one it resumed.
    pub fn is_active(&self) -> bool {
        rt().coroutines.chain.iter().any(|l| std::ptr::eq(l.co, self))
    }
}

/// One running coroutine and where its resumer's stack was left.
pub struct Link {
    pub co: *mut Coroutine,
    /// Stack pointer saved by the resumer's switch.
    pub resumer_sp: usize,
}

#[derive(Default)]
pub struct Coroutines {
    /// Coroutines being run, outermost first; the last one is running.
    pub chain: Vec<Link>,
    cache: Vec<usize>,
}

/// Resumes `co` until it suspends or finishes.
pub fn resume(co: &mut Coroutine) {
    let r = rt();
    let saved = (r.js_sp, r.entry_top, r.stack_limit);
    if co.base_rec.is_null() {
        co.js_sp = r.js_sp;
        co.entry_top = r.entry_top;
    } else {
        // SAFETY: the base record lives at the bottom of the suspended
        // stack, in `co_main`'s frame.
        unsafe { (*co.base_rec).relink(r.js_sp, r.entry_top) };
    }
    r.js_sp = co.js_sp;
    r.entry_top = co.entry_top;
    r.stack_limit = co.stack.low + RESERVE + (16 << 10);
    r.coroutines.chain.push(Link { co, resumer_sp: 0 });
    let slot = &mut r.coroutines.chain.last_mut().unwrap().resumer_sp as *mut usize;
    // SAFETY: switches to the coroutine's saved context; it returns here
    // when the coroutine suspends or finishes.
    unsafe { kiln_co_switch(slot, co.sp) };
    let r = rt();
    r.coroutines.chain.pop();
    (r.js_sp, r.entry_top, r.stack_limit) = saved;
}

/// Suspends the running coroutine, back to its resumer.
pub fn suspend() {
    let r = rt();
    let link = r.coroutines.chain.last().expect("suspend outside a coroutine");
    // SAFETY: the running coroutine is alive (its owner is being resumed).
    let co = unsafe { &mut *link.co };
    co.js_sp = r.js_sp;
    co.entry_top = r.entry_top;
    let to = link.resumer_sp;
    // SAFETY: switches back to the resumer's saved context.
    unsafe { kiln_co_switch(&mut co.sp, to) };
}

/// How many coroutines are running nested.
pub fn depth() -> usize {
    rt().coroutines.chain.len()
}

/// The owner of the running coroutine (undefined outside coroutines).
pub fn current_owner() -> crate::Value {
    match rt().coroutines.chain.last() {
        // SAFETY: coroutines in the chain are alive.
        Some(l) => unsafe { (*l.co).owner },
        None => crate::Value::UNDEFINED,
    }
}

/// Whether code is running inside a coroutine.
pub fn in_coroutine() -> bool {
    !rt().coroutines.chain.is_empty()
}

/// The stack ranges other than the running one that hold live frames:
/// the main stack and each coroutine in the chain below the running one,
/// each from the stack pointer its switch saved.
pub fn suspended_segments() -> Vec<(usize, usize)> {
    let r = rt();
    let chain = &r.coroutines.chain;
    let mut out = Vec::new();
    if let Some(first) = chain.first() {
        out.push((first.resumer_sp, r.heap.stack_base));
        for w in chain.windows(2) {
            // SAFETY: coroutines in the chain are alive.
            out.push((w[1].resumer_sp, unsafe { (*w[0].co).top() }));
        }
    }
    out
}

/// The top (highest address) of the running stack.
pub fn running_top() -> usize {
    let r = rt();
    match r.coroutines.chain.last() {
        // SAFETY: coroutines in the chain are alive.
        Some(l) => unsafe { (*l.co).top() },
        None => r.heap.stack_base,
    }
}

/// Whether `[addr - 8, addr)` lies in a live part of a stack: the running
/// one above `lo`, or a suspended segment of the chain.
pub fn stack_readable(addr: usize, lo: usize) -> bool {
    if addr >= lo + 8 && addr <= running_top() {
        return true;
    }
    suspended_segments().iter().any(|&(a, b)| addr >= a + 8 && addr <= b)
}

/// First code on a fresh coroutine stack: runs the body, records its
/// result and switches back for good.
extern "C" fn co_main() -> ! {
    let r = rt();
    let link = r.coroutines.chain.last().expect("coroutine");
    // SAFETY: the running coroutine is alive.
    let co = unsafe { &mut *link.co };
    let mut rec = EntryRecord::new(co.js_sp, co.entry_top);
    co.base_rec = &mut rec;
    r.entry_top = &rec;
    let body = co.body;
    let res = crate::ops::call_body(body);
    let r = rt();
    let link = r.coroutines.chain.last().expect("coroutine");
    // SAFETY: as above.
    let co = unsafe { &mut *link.co };
    co.result = Some(res);
    co.base_rec = std::ptr::null_mut();
    let to = link.resumer_sp;
    let mut dead = 0usize;
    // SAFETY: back to the resumer; this stack is never resumed again.
    unsafe { kiln_co_switch(&mut dead, to) };
    unreachable!("a finished coroutine was resumed");
}

extern "C" {
    fn kiln_co_switch(save: *mut usize, to: usize);
    fn co_trampoline();
}

// kiln_co_switch(save, to): pushes the callee-saved registers, stores the
// stack pointer in *save, loads `to` and pops the registers saved there.
// co_trampoline: the first return address of a fresh stack; aligns the
// stack and calls co_main (rbp = 0 ends frame-pointer walks).
#[cfg(target_arch = "x86_64")]
std::arch::global_asm!(
    ".globl kiln_co_switch",
    ".hidden kiln_co_switch",
    "kiln_co_switch:",
    "push rbp",
    "push rbx",
    "push r12",
    "push r13",
    "push r14",
    "push r15",
    "mov [rdi], rsp",
    "mov rsp, rsi",
    "pop r15",
    "pop r14",
    "pop r13",
    "pop r12",
    "pop rbx",
    "pop rbp",
    "ret",
    ".globl co_trampoline",
    ".hidden co_trampoline",
    "co_trampoline:",
    "xor ebp, ebp",
    "and rsp, -16",
    "call {main}",
    "ud2",
    main = sym co_main,
);

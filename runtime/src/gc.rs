//! A non-moving mark-sweep collector.
//!
//! Cells are allocated with the global allocator and registered in one list
//! of `(address, size)`. Roots are found by scanning the JS thread's native
//! stack (and the callee-saved registers, spilled first) *conservatively*:
//! every aligned word that is, or NaN-boxes, an address inside a live cell
//! keeps that cell alive, so generated code needs no stack maps. The heap is
//! traced precisely: each cell kind knows its outgoing references.
//!
//! Collection is triggered by bytes allocated since the last collection,
//! never by a timer. It runs only at *safepoints*: the start of the entry
//! points that compiled code calls to allocate or to call a function
//! ([`safepoint`]). Runtime code between safepoints may therefore hold values
//! anywhere, including in a Rust `Vec`. `KILN_GC_STRESS=1` collects at every
//! safepoint (`KILN_GC_STRESS=N`: every N-th).
//!
//! **Invariant:** a cell reachable from a root is never freed. Native code
//! that calls back into JS (which reaches safepoints) keeps the values it
//! still needs afterwards on its stack or in a traced cell (a scratch JS
//! array), never only in a Rust heap collection.

use crate::object::JsObject;
use crate::string::JsString;
use crate::symbol::JsSymbol;
use crate::value::Value;
use std::alloc::{alloc, dealloc, Layout};
use std::cell::Cell;

#[repr(u8)]
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum CellKind {
    String = 1,
    Object = 2,
    Symbol = 3,
    Env = 4,
}

/// First word of every cell.
#[repr(C)]
pub struct Header {
    pub kind: CellKind,
    pub marked: Cell<bool>,
    _pad: u16,
    /// Size of the whole cell in bytes.
    pub size: u32,
}

impl Header {
    pub fn new(kind: CellKind, size: usize) -> Header {
        Header { kind, marked: Cell::new(false), _pad: 0, size: size as u32 }
    }
}

/// A closure environment record: the captured bindings of one scope.
/// Layout is fixed because generated code loads and stores slots inline.
#[repr(C)]
pub struct Env {
    pub header: Header,
    pub parent: *mut Env,
    pub len: u64,
    // followed by `len` Values
}

pub const ENV_PARENT_OFFSET: i32 = 8;
pub const ENV_SLOTS_OFFSET: i32 = 24;

impl Env {
    pub fn slots(&self) -> &mut [Value] {
        // SAFETY: the cell was allocated with room for `len` values after the
        // fixed fields (see `alloc_env`).
        unsafe {
            let p = (self as *const Env as *mut u8).add(ENV_SLOTS_OFFSET as usize) as *mut Value;
            std::slice::from_raw_parts_mut(p, self.len as usize)
        }
    }
}

pub struct Heap {
    cells: Vec<(usize, usize)>,
    /// How many leading entries of `cells` are sorted by address.
    sorted: usize,
    allocated: usize,
    threshold: usize,
    pub stack_base: usize,
    /// A collection is due at the next safepoint.
    pending: bool,
    /// `KILN_GC_STRESS=N`: collect at every N-th safepoint (0: off).
    stress: u32,
    stress_countdown: u32,
    /// Extra root ranges: constant tables of compiled modules.
    root_ranges: Vec<(*const Value, usize)>,
    mark_stack: Vec<usize>,
    /// Weak collections and WeakRefs marked in this collection.
    weak_seen: Vec<usize>,
    pub collections: usize,
    in_gc: bool,
}

const MIN_THRESHOLD: usize = 8 << 20;

impl Heap {
    pub fn new() -> Heap {
        Heap {
            cells: Vec::new(),
            sorted: 0,
            allocated: 0,
            threshold: MIN_THRESHOLD,
            stress: std::env::var("KILN_GC_STRESS").ok().and_then(|v| v.parse().ok()).unwrap_or(0),
            stress_countdown: 0,
            stack_base: 0,
            pending: false,
            root_ranges: Vec::new(),
            mark_stack: Vec::new(),
            weak_seen: Vec::new(),
            collections: 0,
            in_gc: false,
        }
    }

    pub fn add_root_range(&mut self, start: *const Value, len: usize) {
        self.root_ranges.push((start, len));
    }

    pub fn live_cells(&self) -> usize {
        self.cells.len()
    }
}

/// Collects if a collection is due (or on every call under GC stress).
/// Called at the start of entry points, where every live value is on the
/// stack or in registers of compiled or runtime frames.
#[inline]
pub fn safepoint() {
    let heap = &mut crate::rt().heap;
    let mut due = heap.pending;
    if heap.stress > 0 {
        if heap.stress_countdown == 0 {
            heap.stress_countdown = heap.stress;
            due = true;
        }
        heap.stress_countdown -= 1;
    }
    if due && !heap.in_gc && heap.stack_base != 0 {
        collect();
    }
}

/// Allocates a cell of `size` bytes; marks a collection as due when the
/// allocation budget is spent.
pub fn alloc_raw(size: usize) -> *mut u8 {
    let rt = crate::rt();
    let heap = &mut rt.heap;
    heap.allocated += size;
    if heap.allocated >= heap.threshold {
        heap.pending = true;
    }
    let layout = Layout::from_size_align(size, 8).expect("cell layout");
    // SAFETY: size is non-zero (every cell has a header).
    let p = unsafe { alloc(layout) };
    if p.is_null() {
        crate::oom();
    }
    let heap = &mut crate::rt().heap;
    heap.cells.push((p as usize, size));
    p
}

pub fn alloc_cell<T>(value: T) -> *mut T {
    let p = alloc_raw(std::mem::size_of::<T>()) as *mut T;
    // SAFETY: p is a fresh allocation of the right size and alignment 8.
    unsafe { p.write(value) };
    p
}

pub fn alloc_env(parent: *mut Env, len: usize) -> *mut Env {
    let size = ENV_SLOTS_OFFSET as usize + 8 * len;
    let p = alloc_raw(size) as *mut Env;
    // SAFETY: fresh allocation with room for the header and `len` slots.
    unsafe {
        p.write(Env { header: Header::new(CellKind::Env, size), parent, len: len as u64 });
        for s in (*p).slots() {
            *s = Value::UNDEFINED;
        }
    }
    p
}

/// Debug builds: panics if `v` names a freed (poisoned) cell.
pub fn debug_check_live(v: Value, what: &str) {
    if cfg!(debug_assertions) {
        if let Some(p) = v.heap_ptr() {
            // SAFETY: reads the first word of what should be a live cell.
            // (glibc keeps free-list links in the first word; test the second.)
            let w = unsafe { *((p + 8) as *const u32) };
            assert!(w != 0xABAB_ABAB, "{what}: use of a freed cell {p:#x} (collection {})", crate::rt().heap.collections);
        }
    }
}

/// Runs a full collection now.
pub fn collect() {
    let heap = &mut crate::rt().heap;
    heap.in_gc = true;
    prepare_index(heap);
    scan_stack_and_registers();
    let rt = crate::rt();
    for i in 0..rt.heap.root_ranges.len() {
        let (start, len) = rt.heap.root_ranges[i];
        for j in 0..len {
            // SAFETY: root ranges are module constant tables that live for the
            // whole program.
            mark_value(unsafe { *start.add(j) });
        }
    }
    crate::realm::trace_roots(&mut |v| mark_value(v));
    drain_mark_stack();
    process_weak();
    sweep();
    let heap = &mut crate::rt().heap;
    heap.collections += 1;
    heap.in_gc = false;
}

fn prepare_index(heap: &mut Heap) {
    let sorted = heap.sorted;
    heap.cells[sorted..].sort_unstable_by_key(|c| c.0);
    if sorted > 0 && sorted < heap.cells.len() {
        // Merge the freshly sorted tail into the sorted head.
        let tail: Vec<(usize, usize)> = heap.cells.split_off(sorted);
        let head = std::mem::take(&mut heap.cells);
        let mut merged = Vec::with_capacity(head.len() + tail.len());
        let (mut i, mut j) = (0, 0);
        while i < head.len() && j < tail.len() {
            if head[i].0 < tail[j].0 {
                merged.push(head[i]);
                i += 1;
            } else {
                merged.push(tail[j]);
                j += 1;
            }
        }
        merged.extend_from_slice(&head[i..]);
        merged.extend_from_slice(&tail[j..]);
        heap.cells = merged;
    }
    heap.sorted = heap.cells.len();
}

/// Finds the cell containing address `a`, if any.
fn find_cell(cells: &[(usize, usize)], a: usize) -> Option<usize> {
    let idx = cells.partition_point(|c| c.0 <= a);
    if idx == 0 {
        return None;
    }
    let (start, size) = cells[idx - 1];
    if a < start + size { Some(start) } else { None }
}

#[inline(never)]
fn scan_stack_and_registers() {
    let mut regs = [0usize; 16];
    spill_callee_saved(&mut regs);
    std::hint::black_box(&regs);
    let here = regs.as_ptr() as usize;
    // The running stack (the main one or a coroutine's), then the stacks
    // of the coroutine chain's resumers from where they switched away.
    scan_range(here, crate::coroutine::running_top());
    for (lo, hi) in crate::coroutine::suspended_segments() {
        scan_range(lo, hi);
    }
    for &w in regs.iter() {
        mark_conservative(w);
    }
}

/// Marks every cell that a word of the stack range `[lo, hi)` names.
fn scan_range(lo: usize, hi: usize) {
    let mut p = lo & !7;
    while p < hi {
        // SAFETY: callers pass live stack ranges of this thread.
        let w = unsafe { *(p as *const usize) };
        mark_conservative(w);
        p += 8;
    }
}

#[inline(never)]
fn spill_callee_saved(regs: &mut [usize; 16]) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: only stores register contents into the array we own.
    unsafe {
        std::arch::asm!(
            "mov [{0}], rbx", "mov [{0}+8], rbp", "mov [{0}+16], r12", "mov [{0}+24], r13",
            "mov [{0}+32], r14", "mov [{0}+40], r15",
            in(reg) regs.as_mut_ptr(), options(nostack)
        );
    }
    #[cfg(target_arch = "aarch64")]
    // SAFETY: as above.
    unsafe {
        std::arch::asm!(
            "stp x19, x20, [{0}]", "stp x21, x22, [{0}, #16]", "stp x23, x24, [{0}, #32]",
            "stp x25, x26, [{0}, #48]", "stp x27, x28, [{0}, #64]", "stp x29, x30, [{0}, #80]",
            in(reg) regs.as_mut_ptr(), options(nostack)
        );
    }
}

fn mark_conservative(w: usize) {
    let v = Value(w as u64);
    let addr = match v.heap_ptr() {
        Some(p) => p,
        None => w,
    };
    if addr < 4096 {
        return;
    }
    let heap = &crate::rt().heap;
    if let Some(start) = find_cell(&heap.cells[..heap.sorted], addr) {
        mark_cell(start);
    }
}

#[inline]
pub fn mark_value(v: Value) {
    if let Some(p) = v.heap_ptr() {
        if p != 0 {
            mark_cell(p);
        }
    }
}

#[inline]
fn mark_cell(p: usize) {
    // SAFETY: p is the start of a live cell (from a traced reference or the index).
    let h = unsafe { &*(p as *const Header) };
    if !h.marked.get() {
        h.marked.set(true);
        crate::rt().heap.mark_stack.push(p);
    }
}

fn drain_mark_stack() {
    while let Some(p) = crate::rt().heap.mark_stack.pop() {
        // SAFETY: p was pushed by mark_cell and is a live cell.
        let h = unsafe { &*(p as *const Header) };
        match h.kind {
            CellKind::String => unsafe { (*(p as *const JsString)).trace(&mut |v| mark_value(v)) },
            CellKind::Symbol => unsafe {
                mark_value((*(p as *const JsSymbol)).description);
                mark_value((*(p as *const JsSymbol)).class_name);
            },
            CellKind::Object => unsafe {
                let o = &*(p as *const JsObject);
                o.trace(&mut |v| mark_value(v));
                // A suspended generator's stack holds its frames' values.
                if matches!(o.class, crate::object::Class::WeakMap(_) | crate::object::Class::WeakSet(_) | crate::object::Class::WeakRef(_)) {
                    crate::rt().heap.weak_seen.push(p);
                }
                let co = match &o.class {
                    crate::object::Class::Generator(g) => g.co.as_deref(),
                    crate::object::Class::Async(a) => a.co.as_deref(),
                    crate::object::Class::AsyncGenerator(a) => a.co.as_deref(),
                    _ => None,
                };
                if let Some(co) = co {
                    if co.result.is_none() && !co.is_active() {
                        scan_range(co.sp, co.top());
                    }
                }
            },
            CellKind::Env => unsafe {
                let e = &*(p as *const Env);
                if !e.parent.is_null() {
                    mark_cell(e.parent as usize);
                }
                for &v in e.slots().iter() {
                    mark_value(v);
                }
            },
        }
    }
}

fn is_marked(v: Value) -> bool {
    match v.heap_ptr() {
        // SAFETY: a key held by a live weak collection names a cell that
        // is live until this collection's sweep.
        Some(p) if p != 0 => unsafe { (*(p as *const Header)).marked.get() },
        _ => true,
    }
}

/// Ephemerons (24.3, 26.1): marks the values of weak-map entries whose keys
/// are marked, until nothing changes; then drops the entries whose keys
/// stayed unmarked and clears WeakRefs to unmarked targets.
fn process_weak() {
    use crate::object::Class;
    loop {
        let mut newly = Vec::new();
        for &p in &crate::rt().heap.weak_seen {
            // SAFETY: weak_seen holds marked (live) objects.
            let o = unsafe { &*(p as *const JsObject) };
            if let Class::WeakMap(d) = &o.class {
                for &(k, v) in d.entries.values() {
                    if is_marked(k) && !is_marked(v) {
                        newly.push(v);
                    }
                }
            }
        }
        if newly.is_empty() {
            break;
        }
        for v in newly {
            mark_value(v);
        }
        drain_mark_stack();
    }
    let seen = std::mem::take(&mut crate::rt().heap.weak_seen);
    for p in seen {
        // SAFETY: as above.
        let o = unsafe { &mut *(p as *mut JsObject) };
        match &mut o.class {
            Class::WeakMap(d) | Class::WeakSet(d) => d.entries.retain(|_, e| is_marked(e.0)),
            Class::WeakRef(t) => {
                if !is_marked(*t) {
                    *t = Value::UNDEFINED;
                }
            }
            _ => {}
        }
    }
}

fn sweep() {
    let heap = &mut crate::rt().heap;
    let mut live_bytes = 0;
    heap.cells.retain(|&(p, size)| {
        // SAFETY: every registered cell is live until freed here.
        let h = unsafe { &*(p as *const Header) };
        if h.marked.get() {
            h.marked.set(false);
            live_bytes += size;
            true
        } else {
            unsafe {
                if h.kind == CellKind::Object {
                    std::ptr::drop_in_place(p as *mut JsObject);
                }
                // Debug builds poison freed cells so that a use after free
                // fails loudly and close to its cause.
                if cfg!(debug_assertions) {
                    std::ptr::write_bytes(p as *mut u8, 0xAB, size);
                }
                dealloc(p as *mut u8, Layout::from_size_align_unchecked(size, 8));
            }
            false
        }
    });
    heap.sorted = heap.cells.len();
    heap.allocated = 0;
    heap.pending = false;
    heap.threshold = (live_bytes * 2).max(MIN_THRESHOLD);
}

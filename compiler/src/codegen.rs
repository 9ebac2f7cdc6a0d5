//! KIR → Cranelift, generic over `cranelift_module::Module` so that the
//! object-file and JIT back-ends share one code path.
//!
//! Every JS function becomes `extern "C" fn(ctx, callee, this, argc, argv) -> u64`.
//! Operations call the runtime's entry points (`kiln_runtime::abi`); int32
//! arithmetic and comparisons, booleans in branches, environment slots and
//! property caches are emitted inline. Functions keep no frame records:
//! each module carries a table of its functions' code ranges and call
//! positions (`abi::CodeRange`), and the runtime walks machine frames.
//!
//! **Invariant:** Cranelift types do not leave this module and `driver`.

use crate::kir::{self, BinOp, Inst, Term, UnOp};
use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{types::*, AbiParam, Block, InstBuilder, MemFlagsData, Signature, StackSlotData, StackSlotKind, Value};
use cranelift_codegen::isa::CallConv;
use cranelift_codegen::Context;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Variable};
use cranelift_module::{DataDescription, DataId, FuncId, Linkage, Module};
use kiln_runtime::value::*;
use std::collections::HashMap;

pub struct Emitted {
    /// `kiln_script_main(ctx) -> u64`.
    pub main: FuncId,
}

const INT_TAG_HI: u64 = TAG_INT << TAG_SHIFT;

fn sig_n<M: Module>(m: &M, n: usize) -> Signature {
    let mut s = m.make_signature();
    s.call_conv = CallConv::triple_default(m.isa().triple());
    for _ in 0..n {
        s.params.push(AbiParam::new(I64));
    }
    s.returns.push(AbiParam::new(I64));
    s
}

/// The signature of a direct entry `kiln_jsd_i(ctx, callee, this, p0..pn)`.
/// Only generated code calls direct entries (`CallDirect` and the generic
/// entry's adapter), so they use Cranelift's `winch` convention: the System V
/// argument registers, but no callee-saved registers. A function's frame then
/// saves nothing in its prologue, and values that live across a call are
/// spilled by the caller only on the paths that make the call (a leaf path
/// such as `fib`'s `n < 2` pays for no register saves at all).
fn sig_direct<M: Module>(m: &M, nparams: usize) -> Signature {
    let mut s = sig_n(m, 3 + nparams);
    s.call_conv = CallConv::Winch;
    s
}

/// A source position as `abi::CodeRange` sites hold it: `line << 12 | column`.
fn pos_bits(line: u32, col: u32) -> u32 {
    use kiln_runtime::abi::POS_COL_BITS;
    (line << POS_COL_BITS) | (col & ((1 << POS_COL_BITS) - 1))
}

/// What a stack walk needs of one compiled function (see `abi::CodeRange`).
struct FnCode {
    id: FuncId,
    len: u32,
    fp_off: u32,
    /// Index of its `FunctionInfo`; none for frames traces do not show.
    info: Option<u32>,
    /// (return-address offset, position, inlined-at position or 0) of
    /// every call, sorted.
    sites: Vec<(u32, u32, u32)>,
}

/// Reads the code size, frame layout and call positions of the function
/// just defined from `ctx`. Its source locations index `positions`
/// ((position, inlined-at position) pairs, see `FnGen::set_pos`).
fn record_code(ctx: &Context, id: FuncId, info: Option<u32>, positions: &[(u32, u32)], out: &mut Vec<FnCode>) {
    let Some(cc) = ctx.compiled_code() else { return };
    let buf = &cc.buffer;
    let srclocs = buf.get_srclocs_sorted();
    let mut sites: Vec<(u32, u32, u32)> = buf
        .call_sites()
        .map(|cs| {
            let at = cs.ret_addr.saturating_sub(1);
            let i = srclocs.partition_point(|l| l.end <= at);
            let (pos, outer) = match srclocs.get(i) {
                Some(l) if l.start <= at && !l.loc.is_default() => positions.get(l.loc.bits() as usize).copied().unwrap_or((0, 0)),
                _ => (0, 0),
            };
            (cs.ret_addr, pos, outer)
        })
        .collect();
    sites.sort_unstable();
    out.push(FnCode {
        id,
        len: buf.data().len() as u32,
        fp_off: buf.frame_layout().map_or(0, |l| l.frame_to_fp_offset),
        info,
        sites,
    });
}

struct ModuleIds {
    runtime: HashMap<&'static str, FuncId>,
    funcs: Vec<FuncId>,
    /// Per function: its direct entry and how many parameters it takes in
    /// registers, when it has one (see [`direct_entries`]).
    direct: Vec<Option<(FuncId, u32)>>,
    /// Per function: whether its body reads `ctx.new_target`.
    reads_new_target: Vec<bool>,
    consts: DataId,
    gcache: DataId,
    /// No inline fast paths (see [`emit_module`]).
    baseline: bool,
}

/// Defines every function of `kir` plus the `kiln_script_main` entry point
/// and the `kiln_script_path` symbol in `m`.
///
/// `baseline` (for `kiln run --fast-compile`, i.e. test262) leaves out the
/// inline fast paths of operators and property caches: every such
/// operation is the runtime call alone, which computes the same result
/// (the fast paths only skip it for int32/double operands and cached own
/// properties), in far less code to compile.
pub fn emit_module<M: Module>(m: &mut M, kir: &kir::Module, script_path: &str, commonjs: bool, baseline: bool) -> Result<Emitted, String> {
    let err = |e: cranelift_module::ModuleError| format!("code generation failed: {e:?}");
    let mut runtime = HashMap::new();
    for (name, _, nargs) in kiln_runtime::abi::entry_points() {
        let id = m.declare_function(name, Linkage::Import, &sig_n(m, nargs)).map_err(err)?;
        runtime.insert(name, id);
    }
    let mut funcs = Vec::new();
    for i in 0..kir.functions.len() {
        let id = m.declare_function(&format!("kiln_js_{i}"), Linkage::Local, &sig_n(m, 5)).map_err(err)?;
        funcs.push(id);
    }
    let mut direct = Vec::new();
    for (i, d) in direct_entries(kir).into_iter().enumerate() {
        direct.push(match d {
            Some(n) => {
                let id = m.declare_function(&format!("kiln_jsd_{i}"), Linkage::Local, &sig_direct(m, n as usize)).map_err(err)?;
                Some((id, n))
            }
            None => None,
        });
    }
    let reads_new_target = kir.functions.iter().map(|f| f.insts().any(|i| matches!(i, Inst::NewTarget { .. }))).collect();
    // Bodies with one level of self-recursive calls inlined (see
    // `inline_self_calls`): what is compiled for those functions.
    let inlined: Vec<Option<kir::Function>> = kir
        .functions
        .iter()
        .enumerate()
        .map(|(i, f)| if direct[i].is_some() && !baseline { inline_self_calls(f, i as u32) } else { None })
        .collect();
    let bodies: Vec<&kir::Function> = kir.functions.iter().zip(&inlined).map(|(f, x)| x.as_ref().unwrap_or(f)).collect();
    // Constant tables.
    let nstr = kir.strings.len();
    let consts = m.declare_data("kiln_consts", Linkage::Local, true, false).map_err(err)?;
    let mut d = DataDescription::new();
    d.define_zeroinit(8 * nstr.max(1));
    d.set_align(8);
    m.define_data(consts, &d).map_err(err)?;
    let mut descs: Vec<u8> = Vec::new();
    let mut data: Vec<u8> = Vec::new();
    let mut off = 0u32;
    for s in &kir.strings {
        descs.extend_from_slice(&off.to_le_bytes());
        descs.extend_from_slice(&(s.len() as u32).to_le_bytes());
        for u in s {
            data.extend_from_slice(&u.to_le_bytes());
        }
        off += s.len() as u32;
    }
    descs.extend_from_slice(&[0; 8]);
    data.extend_from_slice(&[0; 2]);
    let descs_id = m.declare_data("kiln_string_descs", Linkage::Local, false, false).map_err(err)?;
    let mut d = DataDescription::new();
    d.define(descs.into_boxed_slice());
    d.set_align(8);
    m.define_data(descs_id, &d).map_err(err)?;
    let data_id = m.declare_data("kiln_string_data", Linkage::Local, false, false).map_err(err)?;
    let mut d = DataDescription::new();
    d.define(data.into_boxed_slice());
    d.set_align(8);
    m.define_data(data_id, &d).map_err(err)?;
    let gcache = m.declare_data("kiln_gcache", Linkage::Local, true, false).map_err(err)?;
    let mut d = DataDescription::new();
    // One inline-cache word per global or named-property access site, in
    // code-generation order.
    let sites = bodies
        .iter()
        .flat_map(|f| f.blocks.iter())
        .flat_map(|b| b.insts.iter())
        .filter(|i| matches!(i, Inst::GetGlobal { .. } | Inst::SetGlobal { .. } | Inst::GetNamed { .. } | Inst::SetNamed { .. }))
        .count();
    d.define_zeroinit(8 * sites.max(1));
    d.set_align(8);
    m.define_data(gcache, &d).map_err(err)?;
    let path_id = m.declare_data("kiln_script_path", Linkage::Export, false, false).map_err(err)?;
    let mut bytes = vec![0u8; 4096];
    let pb = script_path.as_bytes();
    bytes[..pb.len().min(4095)].copy_from_slice(&pb[..pb.len().min(4095)]);
    let mut d = DataDescription::new();
    d.define(bytes.into_boxed_slice());
    m.define_data(path_id, &d).map_err(err)?;

    // The source text, for code frames of uncaught errors.
    let source_id = m.declare_data("kiln_script_source", Linkage::Local, false, false).map_err(err)?;
    let mut d = DataDescription::new();
    let mut src = kir.source.as_bytes().to_vec();
    src.push(0);
    d.define(src.into_boxed_slice());
    m.define_data(source_id, &d).map_err(err)?;
    // Function descriptions for stack traces (`abi::FunctionInfo`):
    // addresses into `kiln_consts` and the source.
    let fninfo = m.declare_data("kiln_fninfo", Linkage::Local, true, false).map_err(err)?;
    let mut d = DataDescription::new();
    let size = kiln_runtime::abi::FUNCTION_INFO_SIZE as usize;
    let mut bytes = vec![0u8; (size * kir.functions.len()).max(8)];
    // A function's file: its path and its part of the source.
    let file_of = |f: &kir::Function| -> (kir::StrId, u32, u32) {
        match kir.files.get(f.file as usize) {
            Some(sf) => (sf.path_const, sf.start, sf.len),
            None => (kir.file_const, 0, kir.source.len() as u32),
        }
    };
    for (i, f) in kir.functions.iter().enumerate() {
        let len = file_of(f).2 as u64;
        bytes[size * i + 24..size * i + 32].copy_from_slice(&len.to_le_bytes());
    }
    // Not zero-init: relocations in a .bss section would be dropped.
    d.define(bytes.into_boxed_slice());
    d.set_align(8);
    let cgv = m.declare_data_in_data(consts, &mut d);
    let sgv = m.declare_data_in_data(source_id, &mut d);
    for (i, f) in kir.functions.iter().enumerate() {
        let at = kiln_runtime::abi::FUNCTION_INFO_SIZE * i as u32;
        d.write_data_addr(at, cgv, 8 * f.name_const as i64);
        let (path, start, _) = file_of(f);
        d.write_data_addr(at + 8, cgv, 8 * path as i64);
        d.write_data_addr(at + 16, sgv, start as i64);
    }
    m.define_data(fninfo, &d).map_err(err)?;
    let ids = ModuleIds { runtime, funcs, direct, reads_new_target, consts, gcache, baseline };
    let mut ctx = m.make_context();
    let mut fctx = FunctionBuilderContext::new();
    let mut cache_counter = 0u32;
    let mut code: Vec<FnCode> = Vec::new();
    let codemap = m.declare_data("kiln_codemap", Linkage::Local, false, false).map_err(err)?;
    for (i, &f) in bodies.iter().enumerate() {
        let direct = ids.direct[i];
        ctx.func.signature = sig_n(m, 5);
        if let Some((_, n)) = direct {
            ctx.func.signature = sig_direct(m, n as usize);
        }
        let positions = FnGen::new(m, &ids, kir, f, &mut ctx, &mut fctx, &mut cache_counter, direct.is_some()).gen();
        if std::env::var_os("KILN_DUMP_CLIF").is_some() {
            eprintln!("{}", ctx.func.display());
        }
        debug_assert!(cache_counter as usize <= sites);
        let body_id = direct.map_or(ids.funcs[i], |(id, _)| id);
        m.define_function(body_id, &mut ctx).map_err(|e| format!("code generation failed in function {i}: {e:?}"))?;
        // A module graph's link-and-evaluate function (0) is the host's
        // part of the run, like Node's module loader: not in stack traces.
        let shown = i != 0 || kir.files.is_empty();
        record_code(&ctx, body_id, shown.then_some(i as u32), &positions, &mut code);
        m.clear_context(&mut ctx);
        if let Some((id, n)) = direct {
            // The generic entry adapts (argc, argv) to the direct entry's
            // register parameters.
            ctx.func.signature = sig_n(m, 5);
            emit_adapter(m, &mut ctx, &mut fctx, id, n);
            m.define_function(ids.funcs[i], &mut ctx).map_err(|e| format!("code generation failed in function {i}: {e:?}"))?;
            record_code(&ctx, ids.funcs[i], None, &[], &mut code);
            m.clear_context(&mut ctx);
        }
    }
    // kiln_script_main(ctx)
    let main = m.declare_function("kiln_script_main", Linkage::Export, &sig_n(m, 1)).map_err(err)?;
    ctx.func.signature = sig_n(m, 1);
    {
        let mut b = FunctionBuilder::new(&mut ctx.func, &mut fctx);
        let entry = b.create_block();
        b.append_block_params_for_function_params(entry);
        b.switch_to_block(entry);
        let rctx = b.block_params(entry)[0];
        let init = m.declare_func_in_func(ids.runtime["kiln_init_consts"], b.func);
        let cgv = m.declare_data_in_func(ids.consts, b.func);
        let dgv = m.declare_data_in_func(descs_id, b.func);
        let sgv = m.declare_data_in_func(data_id, b.func);
        let c = b.ins().symbol_value(I64, cgv);
        let dd = b.ins().symbol_value(I64, dgv);
        let sd = b.ins().symbol_value(I64, sgv);
        let n = b.ins().iconst(I64, nstr as i64);
        b.ins().call(init, &[rctx, c, dd, sd, n]);
        let reg = m.declare_func_in_func(ids.runtime["kiln_register_code"], b.func);
        let mgv = m.declare_data_in_func(codemap, b.func);
        let map = b.ins().symbol_value(I64, mgv);
        let nfn = b.ins().iconst(I64, (code.len() + 1) as i64);
        b.ins().call(reg, &[rctx, map, nfn]);
        let slot = b.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, 40, 3));
        let argv = b.ins().stack_addr(I64, slot, 0);
        let (this, argc) = if commonjs {
            let cjs = m.declare_func_in_func(ids.runtime["kiln_cjs_args"], b.func);
            let call = b.ins().call(cjs, &[rctx, argv]);
            (b.inst_results(call)[0], 5)
        } else {
            let g = m.declare_func_in_func(ids.runtime["kiln_global_this"], b.func);
            let call = b.ins().call(g, &[rctx]);
            (b.inst_results(call)[0], 0)
        };
        let top = m.declare_func_in_func(ids.funcs[0], b.func);
        let undef = b.ins().iconst(I64, UNDEFINED_BITS as i64);
        let argc = b.ins().iconst(I64, argc);
        let call = b.ins().call(top, &[rctx, undef, this, argc, argv]);
        let r = b.inst_results(call)[0];
        b.ins().return_(&[r]);
        b.seal_all_blocks();
        b.finalize(m.isa().frontend_config());
    }
    m.define_function(main, &mut ctx).map_err(err)?;
    record_code(&ctx, main, None, &[], &mut code);
    m.clear_context(&mut ctx);
    define_codemap(m, codemap, fninfo, &code).map_err(err)?;
    Ok(Emitted { main })
}

/// The module's `abi::CodeRange` table and the call sites it points to.
fn define_codemap<M: Module>(m: &mut M, codemap: DataId, fninfo: DataId, code: &[FnCode]) -> Result<(), cranelift_module::ModuleError> {
    let sites_id = m.declare_data("kiln_callsites", Linkage::Local, false, false)?;
    let mut bytes = Vec::new();
    let mut starts = Vec::new();
    for c in code {
        starts.push(bytes.len());
        for &(ra, pos, outer) in &c.sites {
            bytes.extend_from_slice(&ra.to_le_bytes());
            bytes.extend_from_slice(&pos.to_le_bytes());
            bytes.extend_from_slice(&outer.to_le_bytes());
        }
    }
    bytes.extend_from_slice(&[0; 12]);
    let mut d = DataDescription::new();
    d.define(bytes.into_boxed_slice());
    d.set_align(8);
    m.define_data(sites_id, &d)?;
    use kiln_runtime::abi::CodeRange;
    use std::mem::offset_of;
    let size = kiln_runtime::abi::CODE_RANGE_SIZE;
    let mut bytes = vec![0u8; size as usize * code.len()];
    for (i, c) in code.iter().enumerate() {
        let at = size as usize * i;
        let mut put = |off: usize, b: &[u8]| bytes[at + off..at + off + b.len()].copy_from_slice(b);
        put(offset_of!(CodeRange, len), &c.len.to_le_bytes());
        put(offset_of!(CodeRange, fp_off), &c.fp_off.to_le_bytes());
        put(offset_of!(CodeRange, n_sites), &(c.sites.len() as u64).to_le_bytes());
    }
    let mut d = DataDescription::new();
    d.define(bytes.into_boxed_slice());
    d.set_align(8);
    let igv = m.declare_data_in_data(fninfo, &mut d);
    let sgv = m.declare_data_in_data(sites_id, &mut d);
    for (i, c) in code.iter().enumerate() {
        let at = size * i as u32;
        let f = m.declare_func_in_data(c.id, &mut d);
        d.write_function_addr(at + offset_of!(CodeRange, start) as u32, f);
        if let Some(info) = c.info {
            d.write_data_addr(at + offset_of!(CodeRange, info) as u32, igv, (kiln_runtime::abi::FUNCTION_INFO_SIZE * info) as i64);
        }
        d.write_data_addr(at + offset_of!(CodeRange, sites) as u32, sgv, starts[i] as i64);
    }
    m.define_data(codemap, &d)
}

/// Which functions get a *direct entry* `kiln_jsd_i(ctx, callee, this,
/// p0..pn)` taking their parameters in registers: those that a
/// `call_direct` targets and whose body never looks at the argument list
/// as a whole (`arguments`, rest parameters). Their generic entry
/// `kiln_js_i(ctx, callee, this, argc, argv)` becomes an adapter.
fn direct_entries(kir: &kir::Module) -> Vec<Option<u32>> {
    let mut targeted = vec![false; kir.functions.len()];
    for f in &kir.functions {
        for i in f.insts() {
            if let Inst::CallDirect { func, .. } = i {
                targeted[*func as usize] = true;
            }
        }
    }
    kir.functions
        .iter()
        .enumerate()
        .map(|(i, f)| {
            if !targeted[i] || f.insts().any(|i| matches!(i, Inst::Arguments { .. } | Inst::MappedArguments { .. } | Inst::RestArgs { .. })) {
                return None;
            }
            Some(f.insts().filter_map(|i| if let Inst::Param { index, .. } = i { Some(index + 1) } else { None }).max().unwrap_or(0))
        })
        .collect()
}

/// Largest function body (KIR instructions) whose self-recursive calls are
/// inlined, and largest total of inlined instructions.
const INLINE_MAX_BODY: usize = 80;
const INLINE_MAX_TOTAL: usize = 200;

/// Inlines one level of a function's calls of itself, as V8 does: each
/// `call_direct` of function `me` whose callee is the running closure
/// (`own_closure`) is replaced by a copy of the body, with parameters
/// read from the call's arguments (`undefined` past them), `this` and the
/// callee from the call, and returns jumping to the rest of the calling
/// block. The copy's own calls of itself stay calls, so recursion still
/// goes through the entry's stack check.
///
/// Only for bodies that keep their environment (no `push_env`/`pop_env`/
/// `clone_env`: both activations then have the closure's environment in
/// `v0`) and do not read `new.target`. Stack traces are unchanged: the
/// copy's positions are `InlinedPos`, whose calls record the position of
/// the inlined call too, and the frame walk shows both activations
/// (`abi::js_frames`). An exception in the copy goes to the calling
/// block's handler when the copied block has none.
fn inline_self_calls(f: &kir::Function, me: u32) -> Option<kir::Function> {
    let body: usize = f.blocks.iter().map(|b| b.insts.len()).sum();
    if body > INLINE_MAX_BODY
        || f.insts().any(|i| {
            matches!(i, Inst::PushEnv { .. } | Inst::PopEnv | Inst::CloneEnv | Inst::NewTarget { .. } | Inst::InlinedPos { .. } | Inst::Arguments { .. } | Inst::MappedArguments { .. } | Inst::RestArgs { .. })
        })
    {
        return None;
    }
    // The calls to inline in a block: of `me`, with a callee that an
    // `own_closure` earlier in the block assigned (the running closure).
    let sites_in = |insts: &[Inst]| -> Vec<usize> {
        (0..insts.len())
            .filter(|&k| match &insts[k] {
                Inst::CallDirect { func, callee, .. } if *func == me => {
                    matches!(insts[..k].iter().rev().find(|j| j.dst() == Some(*callee)), Some(Inst::OwnClosure { .. }))
                }
                _ => false,
            })
            .collect()
    };
    let sites: usize = f.blocks.iter().map(|b| sites_in(&b.insts).len()).sum();
    if sites == 0 || sites * body > INLINE_MAX_TOTAL {
        return None;
    }
    let mut out = f.clone();
    // Blocks of the calling code still to scan for sites (not the copies).
    let mut work: Vec<usize> = (0..f.blocks.len()).collect();
    while let Some(bi) = work.pop() {
        let Some(&k) = sites_in(&out.blocks[bi].insts).first() else { continue };
        let Inst::CallDirect { dst, callee, this, args, .. } = out.blocks[bi].insts[k].clone() else { unreachable!() };
        let insts = std::mem::take(&mut out.blocks[bi].insts);
        // The call's position, and where the block's positions end.
        let pos_of = |insts: &[Inst]| {
            insts.iter().rev().find_map(|i| match i {
                Inst::Pos { line, col } => Some((*line, *col)),
                _ => None,
            })
        };
        let (at_line, at_col) = pos_of(&insts[..k]).unwrap_or((f.line, f.col));
        let last_pos = pos_of(&insts);
        let mut pre = insts[..k].to_vec();
        let handler = out.blocks[bi].handler;
        let cont = out.blocks.len();
        let mut post = vec![Inst::Pos { line: at_line, col: at_col }];
        post.extend_from_slice(&insts[k + 1..]);
        let term = std::mem::replace(&mut out.blocks[bi].term, Term::Unreachable);
        out.blocks.push(kir::Block { insts: post, term, handler });
        work.push(cont);
        // The copy.
        let base_v = out.vars;
        out.vars += f.vars.max(1);
        let base_b = out.blocks.len() as u32;
        let rv = |v: kir::Var| if v == kir::ENV_VAR { v } else { v + base_v };
        for (ci, cb) in f.blocks.iter().enumerate() {
            let mut insts = Vec::with_capacity(cb.insts.len() + 2);
            if ci == 0 {
                insts.push(Inst::InlinedPos { line: f.line, col: f.col, at_line, at_col });
            }
            for i in &cb.insts {
                insts.push(match i {
                    Inst::Param { dst, index } => match args.get(*index as usize) {
                        Some(a) => Inst::Move { dst: rv(*dst), src: *a },
                        None => Inst::Const { dst: rv(*dst), value: kir::Const::Undefined },
                    },
                    Inst::This { dst } => Inst::Move { dst: rv(*dst), src: this },
                    Inst::Callee { dst } | Inst::OwnClosure { dst } => Inst::Move { dst: rv(*dst), src: callee },
                    Inst::Pos { line, col } => Inst::InlinedPos { line: *line, col: *col, at_line, at_col },
                    other => other.map_vars(rv),
                });
            }
            let rb = |b: kir::BlockId| b + base_b;
            let term = match &cb.term {
                Term::Jump(b) => Term::Jump(rb(*b)),
                Term::Branch { cond, then, els } => Term::Branch { cond: rv(*cond), then: rb(*then), els: rb(*els) },
                Term::BranchCmp { op, a, b, then, els } => Term::BranchCmp { op: *op, a: rv(*a), b: rv(*b), then: rb(*then), els: rb(*els) },
                Term::BranchHole { var, hole, other } => Term::BranchHole { var: rv(*var), hole: rb(*hole), other: rb(*other) },
                Term::Return(v) => {
                    insts.push(Inst::Move { dst, src: rv(*v) });
                    Term::Jump(cont as u32)
                }
                Term::Throw(v) => Term::Throw(rv(*v)),
                Term::Unreachable => Term::Unreachable,
            };
            out.blocks.push(kir::Block { insts, term, handler: cb.handler.map(|h| h + base_b).or(handler) });
        }
        // The calling block jumps into the copy; the blocks emitted after
        // it start from the position it ended with, as before the split.
        if let Some((line, col)) = last_pos {
            pre.push(Inst::Pos { line, col });
        }
        out.blocks[bi].insts = pre;
        out.blocks[bi].term = Term::Jump(base_b);
    }
    Some(out)
}

/// The *int32 version* of a direct entry's body: a second copy of the
/// function's code, entered when every parameter that feeds arithmetic or
/// comparisons holds an int32 (a check at entry), inside which a forward
/// dataflow over KIR variables knows which ones hold int32s, so that their
/// operators skip tag checks (`<` is one compare and branch, `n - 1` one
/// subtraction and overflow test). When an operation's result is not an
/// int32 (overflow, `-0`, a `%` the inline path does not do), the version
/// computes it exactly as the generic code does and continues in the
/// generic copy right after that instruction (both copies share the
/// Cranelift variables, so nothing else is moved). Exception handlers are
/// always the generic copy's blocks. Results are those of the generic code
/// in every case; only the number of checks differs.
struct Int32Plan {
    /// Parameter indices whose tag the entry checks.
    guarded: Vec<u32>,
    /// Per KIR block reachable in the int32 version: the variables known
    /// to hold int32s at its start.
    entry: Vec<Option<Vec<bool>>>,
    /// (block, instruction) after which the int32 version may continue in
    /// the generic copy.
    exits: std::collections::HashSet<(usize, usize)>,
}

/// Whether an int32 `op` int32 has an inline int32 path (then its result is
/// an int32 unless the operation is in [`int32_may_exit`]).
fn int32_op(op: BinOp) -> bool {
    use BinOp::*;
    matches!(op, Add | Sub | Mul | Mod | BitAnd | BitOr | BitXor | Shl | Sar | Lt | Gt | Le | Ge | Eq | Ne | StrictEq | StrictNe)
}

/// Whether int32 `op` int32 can give a Number that is not an int32
/// (overflow; `-0` from `*` and `%`; `%` by a non-positive divisor).
fn int32_may_exit(op: BinOp) -> bool {
    matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Mod)
}

/// Whether int32 `op` int32 gives an int32 (when it does not exit).
fn int32_closed(op: BinOp) -> bool {
    use BinOp::*;
    matches!(op, Add | Sub | Mul | Mod | BitAnd | BitOr | BitXor | Shl | Sar)
}

/// The condition of comparison `op` on two int32s (7.2.13
/// IsLessThan and 7.2.14/7.2.15 (Is)LooselyEqual/IsStrictlyEqual reduce to
/// the integer comparison for two int32 Numbers).
fn int32_cc(op: BinOp) -> Option<IntCC> {
    Some(match op {
        BinOp::Lt => IntCC::SignedLessThan,
        BinOp::Gt => IntCC::SignedGreaterThan,
        BinOp::Le => IntCC::SignedLessThanOrEqual,
        BinOp::Ge => IntCC::SignedGreaterThanOrEqual,
        BinOp::Eq | BinOp::StrictEq => IntCC::Equal,
        BinOp::Ne | BinOp::StrictNe => IntCC::NotEqual,
        _ => return None,
    })
}

/// The int32 knowledge after `inst`, given `known` before it.
fn int32_transfer(known: &mut [bool], inst: &Inst, guarded: &[u32]) {
    let k = |known: &[bool], v: kir::Var| known[v as usize];
    match inst {
        Inst::Const { dst, value } => {
            known[*dst as usize] = matches!(value, kir::Const::Number(n) if kiln_runtime::Value::number(*n).is_int());
        }
        Inst::Move { dst, src } => known[*dst as usize] = k(known, *src),
        Inst::Param { dst, index } => known[*dst as usize] = guarded.contains(index),
        Inst::Binary { op, dst, a, b } => known[*dst as usize] = int32_closed(*op) && k(known, *a) && k(known, *b),
        Inst::Unary { op: UnOp::Inc | UnOp::Dec | UnOp::ToNumeric | UnOp::Pos, dst, a } => known[*dst as usize] = k(known, *a),
        _ => {
            if let Some(d) = inst.dst() {
                known[d as usize] = false;
            }
        }
    }
}

/// Plans the int32 version of function `f` whose direct entry takes
/// `nparams` parameters; none when no operator would be specialised.
fn int32_plan(f: &kir::Function, nparams: u32) -> Option<Int32Plan> {
    if nparams == 0 {
        return None;
    }
    let nvars = f.vars.max(1) as usize;
    // Variables whose values reach an arithmetic or comparison operand
    // through moves: the parameters among them are worth checking.
    let mut numeric = vec![false; nvars];
    for b in &f.blocks {
        for i in &b.insts {
            match i {
                Inst::Binary { op, a, b, .. } if int32_op(*op) => {
                    numeric[*a as usize] = true;
                    numeric[*b as usize] = true;
                }
                Inst::Unary { op: UnOp::Inc | UnOp::Dec, a, .. } => numeric[*a as usize] = true,
                _ => {}
            }
        }
        if let Term::BranchCmp { op, a, b, .. } = &b.term {
            if int32_op(*op) {
                numeric[*a as usize] = true;
                numeric[*b as usize] = true;
            }
        }
    }
    loop {
        let mut changed = false;
        for i in f.insts() {
            if let Inst::Move { dst, src } = i {
                if numeric[*dst as usize] && !numeric[*src as usize] {
                    numeric[*src as usize] = true;
                    changed = true;
                }
            }
        }
        if !changed {
            break;
        }
    }
    let mut guarded: Vec<u32> = f
        .insts()
        .filter_map(|i| match i {
            Inst::Param { dst, index } if *index < nparams && numeric[*dst as usize] => Some(*index),
            _ => None,
        })
        .collect();
    guarded.sort_unstable();
    guarded.dedup();
    if guarded.is_empty() {
        return None;
    }
    // Forward must-analysis over the blocks reachable by normal edges.
    let mut entry: Vec<Option<Vec<bool>>> = vec![None; f.blocks.len()];
    entry[0] = Some(vec![false; nvars]);
    let mut work = vec![0usize];
    while let Some(bi) = work.pop() {
        let mut known = entry[bi].clone().expect("visited");
        for i in &f.blocks[bi].insts {
            int32_transfer(&mut known, i, &guarded);
        }
        for s in f.blocks[bi].term.successors() {
            let s = s as usize;
            match &mut entry[s] {
                None => {
                    entry[s] = Some(known.clone());
                    work.push(s);
                }
                Some(old) => {
                    let mut changed = false;
                    for (o, n) in old.iter_mut().zip(&known) {
                        if *o && !*n {
                            *o = false;
                            changed = true;
                        }
                    }
                    if changed {
                        work.push(s);
                    }
                }
            }
        }
    }
    // Exits, and whether anything is specialised at all.
    let mut exits = std::collections::HashSet::new();
    let mut specialised = 0;
    for (bi, b) in f.blocks.iter().enumerate() {
        let Some(mut known) = entry[bi].clone() else { continue };
        for (ii, i) in b.insts.iter().enumerate() {
            match i {
                Inst::Binary { op, a, b, .. } if int32_op(*op) && known[*a as usize] && known[*b as usize] => {
                    specialised += 1;
                    if int32_may_exit(*op) {
                        exits.insert((bi, ii));
                    }
                }
                Inst::Unary { op: UnOp::Inc | UnOp::Dec, a, .. } if known[*a as usize] => {
                    specialised += 1;
                    exits.insert((bi, ii));
                }
                _ => {}
            }
            int32_transfer(&mut known, i, &guarded);
        }
        if let Term::BranchCmp { op, a, b, .. } = &b.term {
            if int32_op(*op) && known[*a as usize] && known[*b as usize] {
                specialised += 1;
            }
        }
    }
    if specialised == 0 {
        return None;
    }
    Some(Int32Plan { guarded, entry, exits })
}

/// Parameter `index` from a generic entry's (argc, argv): `undefined` past
/// argc.
fn load_param(b: &mut FunctionBuilder, argc: Value, argv: Value, index: u32) -> Value {
    let join = b.create_block();
    let res = b.append_block_param(join, I64);
    let load_b = b.create_block();
    let has = b.ins().icmp_imm_s(IntCC::UnsignedGreaterThan, argc, index as i64);
    let u = b.ins().iconst(I64, UNDEFINED_BITS as i64);
    b.ins().brif(has, load_b, &[], join, &[u.into()]);
    b.switch_to_block(load_b);
    let v = b.ins().load(I64, MemFlagsData::trusted(), argv, (8 * index) as i32);
    b.ins().jump(join, &[v.into()]);
    b.switch_to_block(join);
    res
}

/// The generic entry of a function with a direct entry: reads parameters
/// from (argc, argv), `undefined` past argc, and calls the direct entry.
fn emit_adapter<M: Module>(m: &mut M, ctx: &mut Context, fctx: &mut FunctionBuilderContext, target: FuncId, n: u32) {
    let mut b = FunctionBuilder::new(&mut ctx.func, fctx);
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    b.switch_to_block(entry);
    let p = b.block_params(entry).to_vec();
    let (argc, argv) = (p[3], p[4]);
    let mut args = vec![p[0], p[1], p[2]];
    for index in 0..n {
        args.push(load_param(&mut b, argc, argv, index));
    }
    let fr = m.declare_func_in_func(target, b.func);
    let call = b.ins().call(fr, &args);
    let r = b.inst_results(call)[0];
    b.ins().return_(&[r]);
    b.seal_all_blocks();
    b.finalize(m.isa().frontend_config());
}

struct FnGen<'a, 'b, M: Module> {
    m: &'a mut M,
    ids: &'a ModuleIds,
    kir: &'a kir::Module,
    f: &'a kir::Function,
    b: FunctionBuilder<'b>,
    vars: Vec<Variable>,
    blocks: Vec<Block>,
    ctx: Value,
    callee: Value,
    this: Value,
    /// The argument list (generic entry only).
    argc: Option<Value>,
    argv: Option<Value>,
    /// The parameters (direct entry only).
    params: Vec<Value>,
    exc_block: Block,
    fref: HashMap<&'static str, cranelift_codegen::ir::FuncRef>,
    consts_gv: Option<cranelift_codegen::ir::GlobalValue>,
    cache_counter: &'a mut u32,
    /// The KIR block being translated (for its handler).
    handler: Option<u32>,
    /// The int32 version's plan, when the function has one (see
    /// [`Int32Plan`]); taken by `gen`.
    plan: Option<Int32Plan>,
    /// While the int32 version is emitted: the variables known to hold
    /// int32s at the current instruction.
    known: Option<Vec<bool>>,
    /// The int32 version's blocks (for those it reaches).
    int32_blocks: Vec<Option<Block>>,
    /// Where the generic copy continues after each exit of the int32
    /// version (`Int32Plan::exits`).
    exit_blocks: HashMap<(usize, usize), Block>,
    /// The (position, inlined-at position) pairs that this function's
    /// Cranelift source locations index.
    positions: Vec<(u32, u32)>,
}

impl<'a, 'b, M: Module> FnGen<'a, 'b, M> {
    fn new(
        m: &'a mut M,
        ids: &'a ModuleIds,
        kir: &'a kir::Module,
        f: &'a kir::Function,
        ctx: &'b mut Context,
        fctx: &'b mut FunctionBuilderContext,
        cache_counter: &'a mut u32,
        direct: bool,
    ) -> Self {
        let mut b = FunctionBuilder::new(&mut ctx.func, fctx);
        let entry = b.create_block();
        b.append_block_params_for_function_params(entry);
        b.switch_to_block(entry);
        let p = b.block_params(entry).to_vec();
        let vars = (0..f.vars.max(1)).map(|_| b.declare_var(I64)).collect();
        let blocks = (0..f.blocks.len()).map(|_| b.create_block()).collect();
        let exc_block = b.create_block();
        b.set_cold_block(exc_block);
        let plan = if direct && !ids.baseline { int32_plan(f, p.len() as u32 - 3) } else { None };
        let int32_blocks = match &plan {
            Some(pl) => pl.entry.iter().map(|e| e.as_ref().map(|_| b.create_block())).collect(),
            None => Vec::new(),
        };
        FnGen {
            m,
            ids,
            kir,
            f,
            b,
            vars,
            blocks,
            ctx: p[0],
            callee: p[1],
            this: p[2],
            argc: (!direct).then(|| p[3]),
            argv: (!direct).then(|| p[4]),
            params: if direct { p[3..].to_vec() } else { Vec::new() },
            exc_block,
            fref: HashMap::new(),
            consts_gv: None,
            cache_counter,
            handler: None,
            plan,
            known: None,
            int32_blocks,
            exit_blocks: HashMap::new(),
            positions: Vec::new(),
        }
    }

    /// `argc`; only functions without a direct entry use the argument list.
    fn generic_argc(&self) -> Value {
        self.argc.expect("generic entry")
    }

    fn rt(&mut self, name: &'static str) -> cranelift_codegen::ir::FuncRef {
        if let Some(&r) = self.fref.get(name) {
            return r;
        }
        let id = *self.ids.runtime.get(name).unwrap_or_else(|| panic!("no runtime entry point {name}"));
        let r = self.m.declare_func_in_func(id, self.b.func);
        self.fref.insert(name, r);
        r
    }

    /// Calls a runtime entry point (which records this frame's stack
    /// pointer for stack walks: see `abi::js_frames`).
    fn call_rt(&mut self, name: &'static str, args: &[Value]) -> Value {
        let f = self.rt(name);
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(self.ctx);
        all.extend_from_slice(args);
        let call = self.b.ins().call(f, &all);
        self.b.inst_results(call)[0]
    }

    fn iconst(&mut self, v: u64) -> Value {
        self.b.ins().iconst(I64, v as i64)
    }

    /// Branches to the handler (or the function's exception exit) when `r`
    /// is the exception sentinel.
    fn check_exc(&mut self, r: Value) {
        let is_exc = self.b.ins().icmp_imm_s(IntCC::Equal, r, EXCEPTION_BITS as i64);
        let cont = self.b.create_block();
        let target = match self.handler {
            Some(h) => self.blocks[h as usize],
            None => self.exc_block,
        };
        self.b.ins().brif(is_exc, target, &[], cont, &[]);
        self.b.switch_to_block(cont);
    }

    fn call_rt_checked(&mut self, name: &'static str, args: &[Value]) -> Value {
        let r = self.call_rt(name, args);
        self.check_exc(r);
        r
    }

    fn use_var(&mut self, v: kir::Var) -> Value {
        self.b.use_var(self.vars[v as usize])
    }

    fn def(&mut self, v: kir::Var, val: Value) {
        self.b.def_var(self.vars[v as usize], val);
    }

    fn str_const(&mut self, id: kir::StrId) -> Value {
        let gv = match self.consts_gv {
            Some(g) => g,
            None => {
                let g = self.m.declare_data_in_func(self.ids.consts, self.b.func);
                self.consts_gv = Some(g);
                g
            }
        };
        let base = self.b.ins().symbol_value(I64, gv);
        self.b.ins().load(I64, MemFlagsData::trusted(), base, (8 * id) as i32)
    }

    fn cache_addr(&mut self) -> Value {
        let k = *self.cache_counter;
        *self.cache_counter += 1;
        let gv = self.m.declare_data_in_func(self.ids.gcache, self.b.func);
        let base = self.b.ins().symbol_value(I64, gv);
        self.b.ins().iadd_imm_s(base, 8 * k as i64)
    }

    fn number(&mut self, n: f64) -> Value {
        let v = kiln_runtime::Value::number(n);
        self.iconst(v.0)
    }

    fn args_array(&mut self, args: &[kir::Var]) -> (Value, Value) {
        let argc = self.iconst(args.len() as u64);
        if args.is_empty() {
            let z = self.iconst(0);
            return (argc, z);
        }
        let slot = self.b.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, 8 * args.len() as u32, 3));
        for (i, a) in args.iter().enumerate() {
            let v = self.use_var(*a);
            self.b.ins().stack_store(I64, v, slot, (8 * i) as i32);
        }
        let p = self.b.ins().stack_addr(I64, slot, 0);
        (argc, p)
    }

    fn opt_str(&mut self, s: Option<kir::StrId>) -> Value {
        match s {
            Some(id) => self.str_const(id),
            None => self.iconst(UNDEFINED_BITS),
        }
    }

    /// The position of the calls that follow: `pos` (`line << 12 | col`),
    /// inside a body inlined at `outer` (0: not inlined).
    fn set_pos(&mut self, pos: u32, outer: u32) {
        let i = match self.positions.iter().position(|&p| p == (pos, outer)) {
            Some(i) => i,
            None => {
                self.positions.push((pos, outer));
                self.positions.len() - 1
            }
        };
        self.b.set_srcloc(cranelift_codegen::ir::SourceLoc::new(i as u32));
    }

    /// Emits the function; returns the positions its source locations
    /// index (for `record_code`).
    fn gen(mut self) -> Vec<(u32, u32)> {
        self.set_pos(pos_bits(self.f.line, self.f.col), 0);
        // Stack check (the design's "deep recursion is checked at function entry").
        let sp = self.b.ins().get_stack_pointer(I64);
        let limit = self.b.ins().load(I64, MemFlagsData::trusted(), self.ctx, kiln_runtime::RT_STACK_LIMIT_OFFSET);
        let over = self.b.ins().icmp(IntCC::UnsignedLessThan, sp, limit);
        let overflow = self.b.create_block();
        self.b.set_cold_block(overflow);
        let ok = self.b.create_block();
        self.b.ins().brif(over, overflow, &[], ok, &[]);
        self.b.switch_to_block(overflow);
        let r = self.call_rt("kiln_stack_overflow", &[]);
        self.b.ins().return_(&[r]);
        self.b.switch_to_block(ok);
        let undef = self.iconst(UNDEFINED_BITS);
        for i in 0..self.vars.len() {
            self.b.def_var(self.vars[i], undef);
        }
        let b0 = self.blocks[0];
        let plan = self.plan.take();
        match &plan {
            Some(plan) => {
                // Enter the int32 version when every guarded parameter is
                // an int32: `p - INT_TAG_HI` is below 2^32 exactly for
                // int32s, so the OR of all of them is. (Not `both_int`'s
                // XOR, which Cranelift would share with the generic copy's
                // checks and keep alive into the int32 version.)
                // With one parameter: its upper half is the int tag.
                let all = if let [i] = plan.guarded[..] {
                    let hi = self.b.ins().ushr_imm_u(self.params[i as usize], 32);
                    self.b.ins().icmp_imm_s(IntCC::Equal, hi, (INT_TAG_HI >> 32) as i64)
                } else {
                    let mut acc: Option<Value> = None;
                    for &i in &plan.guarded {
                        let x = self.b.ins().iadd_imm_s(self.params[i as usize], INT_TAG_HI.wrapping_neg() as i64);
                        acc = Some(match acc {
                            Some(a) => self.b.ins().bor(a, x),
                            None => x,
                        });
                    }
                    self.b.ins().icmp_imm_u(IntCC::UnsignedLessThan, acc.expect("guarded"), 1i64 << 32)
                };
                let s0 = self.int32_blocks[0].expect("entry block");
                self.b.ins().brif(all, s0, &[], b0, &[]);
            }
            None => {
                self.b.ins().jump(b0, &[]);
            }
        }
        let start_cache = *self.cache_counter;
        for bi in 0..self.f.blocks.len() {
            let blk = self.blocks[bi];
            self.b.switch_to_block(blk);
            let kb = &self.f.blocks[bi];
            self.handler = kb.handler;
            for (ii, inst) in kb.insts.iter().enumerate() {
                self.inst(inst);
                if plan.as_ref().is_some_and(|p| p.exits.contains(&(bi, ii))) {
                    let cont = self.b.create_block();
                    self.b.ins().jump(cont, &[]);
                    self.b.switch_to_block(cont);
                    self.exit_blocks.insert((bi, ii), cont);
                }
            }
            self.term(&kb.term);
        }
        if let Some(plan) = &plan {
            // The int32 version uses the same inline-cache words as the
            // generic copy (the same sites, in the same order).
            let end_cache = *self.cache_counter;
            *self.cache_counter = start_cache;
            // Blocks are emitted in order, each inheriting the previous
            // one's position, as in the generic copy.
            self.set_pos(pos_bits(self.f.line, self.f.col), 0);
            for bi in 0..self.f.blocks.len() {
                let (Some(blk), Some(known)) = (self.int32_blocks[bi], plan.entry[bi].clone()) else { continue };
                self.b.switch_to_block(blk);
                self.known = Some(known);
                let kb = &self.f.blocks[bi];
                self.handler = kb.handler;
                for (ii, inst) in kb.insts.iter().enumerate() {
                    self.inst_int32(inst, bi, ii);
                    int32_transfer(self.known.as_mut().expect("int32 version"), inst, &plan.guarded);
                }
                self.term(&kb.term);
            }
            self.known = None;
            *self.cache_counter = end_cache;
        }
        // Exception exit.
        self.b.switch_to_block(self.exc_block);
        let e = self.iconst(EXCEPTION_BITS);
        self.b.ins().return_(&[e]);
        self.b.seal_all_blocks();
        let cfg = self.m.isa().frontend_config();
        self.b.finalize(cfg);
        self.positions
    }

    /// The block a terminator branches to: the int32 version's copy while
    /// that version is emitted.
    fn succ(&mut self, b: kir::BlockId) -> Block {
        if self.known.is_some() {
            if let Some(blk) = self.int32_blocks[b as usize] {
                return blk;
            }
        }
        self.blocks[b as usize]
    }

    /// Instruction `ii` of block `bi` in the int32 version: operators
    /// whose operands are known int32s skip the tag checks.
    fn inst_int32(&mut self, inst: &Inst, bi: usize, ii: usize) {
        let known = self.known.as_ref().expect("int32 version");
        let exit = self.exit_blocks.get(&(bi, ii)).copied();
        match inst {
            Inst::Binary { op, dst, a, b } if int32_op(*op) && known[*a as usize] && known[*b as usize] => {
                let (x, y) = (self.use_var(*a), self.use_var(*b));
                let r = self.binary_int32(*op, x, y, *dst, exit);
                self.def(*dst, r);
            }
            // 7.1.3 ToNumeric and 13.5.4 unary `+` of a Number: itself.
            Inst::Unary { op: UnOp::ToNumeric | UnOp::Pos, dst, a } if known[*a as usize] => {
                let x = self.use_var(*a);
                self.def(*dst, x);
            }
            Inst::Unary { op: op @ (UnOp::Inc | UnOp::Dec), dst, a } if known[*a as usize] => {
                let x = self.use_var(*a);
                let one = self.iconst(INT_TAG_HI | 1);
                let r = self.binary_int32(if *op == UnOp::Inc { BinOp::Add } else { BinOp::Sub }, x, one, *dst, exit);
                self.def(*dst, r);
            }
            _ => self.inst(inst),
        }
    }

    /// `a op b` for two int32s (boxed) in the int32 version. When the
    /// result is not an int32, it is computed as the generic code does
    /// (IEEE doubles, or the runtime for `%`), assigned to `dst`, and
    /// execution continues in the generic copy at `exit`.
    fn binary_int32(&mut self, op: BinOp, a: Value, b: Value, dst: kir::Var, exit: Option<Block>) -> Value {
        let ai = self.b.ins().ireduce(I32, a);
        let bi = self.b.ins().ireduce(I32, b);
        if let Some(cc) = int32_cc(op) {
            let c = self.b.ins().icmp(cc, ai, bi);
            return self.bool_val(c);
        }
        match op {
            BinOp::Add | BinOp::Sub | BinOp::Mul => {
                let (r, of) = match op {
                    BinOp::Add => self.b.ins().sadd_overflow(ai, bi),
                    BinOp::Sub => self.b.ins().ssub_overflow(ai, bi),
                    _ => self.b.ins().smul_overflow(ai, bi),
                };
                // 6.1.6.1.4 Number::multiply: a zero product with a
                // negative operand is -0, not an int32.
                let bad = if op == BinOp::Mul {
                    let zero = self.b.ins().icmp_imm_s(IntCC::Equal, r, 0);
                    let either = self.b.ins().bor(ai, bi);
                    let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, either, 0);
                    let negzero = self.b.ins().band(zero, neg);
                    self.b.ins().bor(of, negzero)
                } else {
                    of
                };
                let ok_b = self.b.create_block();
                let out_b = self.b.create_block();
                self.b.set_cold_block(out_b);
                self.b.ins().brif(bad, out_b, &[], ok_b, &[]);
                self.b.switch_to_block(out_b);
                // The exact result in doubles (6.1.6.1.7 Number::add,
                // 6.1.6.1.8 Number::subtract, 6.1.6.1.4 Number::multiply):
                // both operands convert exactly.
                let fa = self.b.ins().fcvt_from_sint(F64, ai);
                let fb = self.b.ins().fcvt_from_sint(F64, bi);
                let fr = match op {
                    BinOp::Add => self.b.ins().fadd(fa, fb),
                    BinOp::Sub => self.b.ins().fsub(fa, fb),
                    _ => self.b.ins().fmul(fa, fb),
                };
                let boxed = self.box_f64(fr);
                self.def(dst, boxed);
                self.b.ins().jump(exit.expect("exit after int32 arithmetic"), &[]);
                self.b.switch_to_block(ok_b);
                self.box_i32(r)
            }
            BinOp::Mod => {
                // 6.1.6.1.6 Number::remainder: inline for a positive
                // divisor and a result that is not -0; otherwise the
                // runtime's operator, then the generic copy.
                let pos = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThan, bi, 0);
                let calc = self.b.create_block();
                let ok_b = self.b.create_block();
                let out_b = self.b.create_block();
                self.b.set_cold_block(out_b);
                self.b.ins().brif(pos, calc, &[], out_b, &[]);
                self.b.switch_to_block(calc);
                let r = self.b.ins().srem(ai, bi);
                let zero = self.b.ins().icmp_imm_s(IntCC::Equal, r, 0);
                let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, ai, 0);
                let negzero = self.b.ins().band(zero, neg);
                self.b.ins().brif(negzero, out_b, &[], ok_b, &[]);
                self.b.switch_to_block(out_b);
                let r2 = self.call_rt_checked("kiln_mod", &[a, b]);
                self.def(dst, r2);
                self.b.ins().jump(exit.expect("exit after int32 remainder"), &[]);
                self.b.switch_to_block(ok_b);
                self.box_i32(r)
            }
            BinOp::BitAnd => {
                let r = self.b.ins().band(ai, bi);
                self.box_i32(r)
            }
            BinOp::BitOr => {
                let r = self.b.ins().bor(ai, bi);
                self.box_i32(r)
            }
            BinOp::BitXor => {
                let r = self.b.ins().bxor(ai, bi);
                self.box_i32(r)
            }
            BinOp::Shl => {
                let s = self.b.ins().band_imm_s(bi, 31);
                let r = self.b.ins().ishl(ai, s);
                self.box_i32(r)
            }
            BinOp::Sar => {
                let s = self.b.ins().band_imm_s(bi, 31);
                let r = self.b.ins().sshr(ai, s);
                self.box_i32(r)
            }
            _ => unreachable!("not an int32 operator"),
        }
    }

    fn term(&mut self, t: &Term) {
        match t {
            Term::Jump(b) => {
                let blk = self.succ(*b);
                self.b.ins().jump(blk, &[]);
            }
            Term::Branch { cond, then, els } => {
                let v = self.use_var(*cond);
                let (t, e) = (self.succ(*then), self.succ(*els));
                self.truthy_branch(v, t, e);
            }
            Term::BranchCmp { op, a, b, then, els } => {
                let (x, y) = (self.use_var(*a), self.use_var(*b));
                let (t, e) = (self.succ(*then), self.succ(*els));
                let int32 = self.known.as_ref().is_some_and(|k| k[*a as usize] && k[*b as usize]);
                match int32_cc(*op) {
                    Some(cc) if int32 => {
                        let (xi, yi) = (self.b.ins().ireduce(I32, x), self.b.ins().ireduce(I32, y));
                        let c = self.b.ins().icmp(cc, xi, yi);
                        self.b.ins().brif(c, t, &[], e, &[]);
                    }
                    _ => self.compare_branch(*op, x, y, t, e),
                }
            }
            Term::BranchHole { var, hole, other } => {
                let v = self.use_var(*var);
                let is = self.b.ins().icmp_imm_s(IntCC::Equal, v, HOLE_BITS as i64);
                let (h, o) = (self.succ(*hole), self.succ(*other));
                self.b.ins().brif(is, h, &[], o, &[]);
            }
            Term::Return(v) => {
                let r = self.use_var(*v);
                self.b.ins().return_(&[r]);
            }
            Term::Throw(v) => {
                let val = self.use_var(*v);
                self.call_rt("kiln_throw", &[val]);
                let target = match self.handler {
                    Some(h) => self.blocks[h as usize],
                    None => self.exc_block,
                };
                self.b.ins().jump(target, &[]);
            }
            Term::Unreachable => {
                // Dead block: return undefined so the verifier is satisfied.
                let u = self.iconst(UNDEFINED_BITS);
                self.b.ins().return_(&[u]);
            }
        }
    }

    /// Branches on a comparison: int32 and double operands inline, others
    /// through the runtime's operator.
    fn compare_branch(&mut self, op: BinOp, a: Value, b: Value, then: Block, els: Block) {
        let (icc, fcc) = match op {
            BinOp::Lt => (IntCC::SignedLessThan, FloatCC::LessThan),
            BinOp::Gt => (IntCC::SignedGreaterThan, FloatCC::GreaterThan),
            BinOp::Le => (IntCC::SignedLessThanOrEqual, FloatCC::LessThanOrEqual),
            BinOp::Ge => (IntCC::SignedGreaterThanOrEqual, FloatCC::GreaterThanOrEqual),
            BinOp::StrictEq => (IntCC::Equal, FloatCC::Equal),
            _ => (IntCC::NotEqual, FloatCC::NotEqual),
        };
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        if self.ids.baseline {
            self.b.ins().jump(slow, &[]);
        } else {
            self.compare_fast_paths(icc, fcc, a, b, then, els, slow);
        }
        self.b.switch_to_block(slow);
        let r = match op {
            BinOp::Lt => self.call_rt_checked("kiln_lt", &[a, b]),
            BinOp::Gt => self.call_rt_checked("kiln_gt", &[a, b]),
            BinOp::Le => self.call_rt_checked("kiln_le", &[a, b]),
            BinOp::Ge => self.call_rt_checked("kiln_ge", &[a, b]),
            BinOp::StrictEq => self.call_rt("kiln_seq", &[a, b]),
            _ => self.call_rt("kiln_sne", &[a, b]),
        };
        let is_true = self.b.ins().icmp_imm_s(IntCC::Equal, r, TRUE_BITS as i64);
        self.b.ins().brif(is_true, then, &[], els, &[]);
    }

    /// The int32 and double cases of [`Self::compare_branch`]; other
    /// operands go to `slow`.
    #[allow(clippy::too_many_arguments)]
    fn compare_fast_paths(&mut self, icc: IntCC, fcc: FloatCC, a: Value, b: Value, then: Block, els: Block, slow: Block) {
        let int_b = self.b.create_block();
        let not_int = self.b.create_block();
        let float_b = self.b.create_block();
        let both = self.both_int(a, b);
        self.b.ins().brif(both, int_b, &[], not_int, &[]);
        self.b.switch_to_block(int_b);
        let ai = self.b.ins().ireduce(I32, a);
        let bi = self.b.ins().ireduce(I32, b);
        let c = self.b.ins().icmp(icc, ai, bi);
        self.b.ins().brif(c, then, &[], els, &[]);
        self.b.switch_to_block(not_int);
        let lim = self.iconst((TAG_INT + 1) << TAG_SHIFT);
        let na = self.b.ins().icmp(IntCC::UnsignedLessThan, a, lim);
        let nb = self.b.ins().icmp(IntCC::UnsignedLessThan, b, lim);
        let both_num = self.b.ins().band(na, nb);
        self.b.ins().brif(both_num, float_b, &[], slow, &[]);
        self.b.switch_to_block(float_b);
        let fa = self.to_f64(a);
        let fb = self.to_f64(b);
        let c = self.b.ins().fcmp(fcc, fa, fb);
        self.b.ins().brif(c, then, &[], els, &[]);
    }

    /// 7.1.2 ToBoolean with inline cases for booleans.
    fn truthy_branch(&mut self, v: Value, then: Block, els: Block) {
        let is_true = self.b.ins().icmp_imm_s(IntCC::Equal, v, TRUE_BITS as i64);
        let c1 = self.b.create_block();
        self.b.ins().brif(is_true, then, &[], c1, &[]);
        self.b.switch_to_block(c1);
        let is_false = self.b.ins().icmp_imm_s(IntCC::Equal, v, FALSE_BITS as i64);
        let c2 = self.b.create_block();
        self.b.ins().brif(is_false, els, &[], c2, &[]);
        self.b.switch_to_block(c2);
        let r = self.call_rt("kiln_truthy", &[v]);
        self.b.ins().brif(r, then, &[], els, &[]);
    }

    /// Inline part of a named-property site's cache: when `o` is an object
    /// whose own entry at the cached index has key `k`, continues with the
    /// entry's address; otherwise branches to `miss`. The cache word holds
    /// 1 + index (0: empty), so `word - 1` is out of bounds when empty.
    fn cached_own_entry(&mut self, o: Value, k: Value, cache: Value, miss: Block) -> Value {
        use kiln_runtime::object::*;
        let tag = self.b.ins().ushr_imm_u(o, TAG_SHIFT as i64);
        let is_obj = self.b.ins().icmp_imm_s(IntCC::Equal, tag, TAG_OBJ as i64);
        let b1 = self.b.create_block();
        self.b.ins().brif(is_obj, b1, &[], miss, &[]);
        self.b.switch_to_block(b1);
        let p = self.b.ins().band_imm_s(o, PAYLOAD_MASK as i64);
        let word = self.b.ins().load(I64, MemFlagsData::trusted(), cache, 0);
        let idx = self.b.ins().iadd_imm_s(word, -1);
        let len = self.b.ins().load(I64, MemFlagsData::trusted(), p, OBJECT_PROPS_LEN_OFFSET);
        let inb = self.b.ins().icmp(IntCC::UnsignedLessThan, idx, len);
        let b2 = self.b.create_block();
        self.b.ins().brif(inb, b2, &[], miss, &[]);
        self.b.switch_to_block(b2);
        let base = self.b.ins().load(I64, MemFlagsData::trusted(), p, OBJECT_PROPS_PTR_OFFSET);
        let off = self.b.ins().imul_imm_s(idx, PROP_ENTRY_SIZE);
        let entry = self.b.ins().iadd(base, off);
        let key = self.b.ins().load(I64, MemFlagsData::trusted(), entry, PROP_ENTRY_KEY_OFFSET);
        let same = self.b.ins().icmp(IntCC::Equal, key, k);
        let b3 = self.b.create_block();
        self.b.ins().brif(same, b3, &[], miss, &[]);
        self.b.switch_to_block(b3);
        entry
    }

    /// The value of `v` when it is an `iconst` of this function.
    fn const_of(&self, v: Value) -> Option<u64> {
        let inst = self.b.func.dfg.value_def(v).inst()?;
        match self.b.func.dfg.insts[inst] {
            cranelift_codegen::ir::InstructionData::UnaryImm { opcode: cranelift_codegen::ir::Opcode::Iconst, imm } => Some(imm.bits() as u64),
            _ => None,
        }
    }

    /// Whether both values are int32s: one XOR with the int tag per operand
    /// and one unsigned compare (an operand known to be an int32 constant
    /// costs nothing).
    fn both_int(&mut self, a: Value, b: Value) -> Value {
        let is_int_const = |c: Option<u64>| c.is_some_and(|c| c >> TAG_SHIFT == TAG_INT);
        let (ca, cb) = (self.const_of(a), self.const_of(b));
        let x = match (is_int_const(ca), is_int_const(cb)) {
            (true, true) => return self.b.ins().iconst(I8, 1),
            (true, false) => self.b.ins().bxor_imm_u(b, INT_TAG_HI as i64),
            (false, true) => self.b.ins().bxor_imm_u(a, INT_TAG_HI as i64),
            (false, false) => {
                let xa = self.b.ins().bxor_imm_u(a, INT_TAG_HI as i64);
                let xb = self.b.ins().bxor_imm_u(b, INT_TAG_HI as i64);
                self.b.ins().bor(xa, xb)
            }
        };
        self.b.ins().icmp_imm_u(IntCC::UnsignedLessThan, x, 1i64 << TAG_SHIFT)
    }

    /// The numeric value of a Number (int32 or double) as f64.
    fn to_f64(&mut self, v: Value) -> Value {
        let tag = self.b.ins().ushr_imm_u(v, TAG_SHIFT as i64);
        let is_int = self.b.ins().icmp_imm_s(IntCC::Equal, tag, TAG_INT as i64);
        let i = self.b.ins().ireduce(I32, v);
        let fi = self.b.ins().fcvt_from_sint(F64, i);
        let fd = self.b.ins().bitcast(F64, MemFlagsData::new(), v);
        self.b.ins().select(is_int, fi, fd)
    }

    /// Boxes an f64 result: int32 when it is one (and not -0), otherwise
    /// the double with NaN canonicalised.
    fn box_f64(&mut self, r: Value) -> Value {
        let i = self.b.ins().fcvt_to_sint_sat(I32, r);
        let back = self.b.ins().fcvt_from_sint(F64, i);
        let exact = self.b.ins().fcmp(FloatCC::Equal, back, r);
        let bits = self.b.ins().bitcast(I64, MemFlagsData::new(), r);
        let nonzero = self.b.ins().icmp_imm_s(IntCC::NotEqual, i, 0);
        let positive = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThanOrEqual, bits, 0);
        let not_negzero = self.b.ins().bor(nonzero, positive);
        let as_int = self.b.ins().band(exact, not_negzero);
        let ib = self.box_i32(i);
        let is_nan = self.b.ins().fcmp(FloatCC::Unordered, r, r);
        let nan = self.iconst(CANONICAL_NAN);
        let db = self.b.ins().select(is_nan, nan, bits);
        self.b.ins().select(as_int, ib, db)
    }

    fn box_i32(&mut self, r: Value) -> Value {
        let ext = self.b.ins().uextend(I64, r);
        self.b.ins().bor_imm_s(ext, INT_TAG_HI as i64)
    }

    fn bool_val(&mut self, c: Value) -> Value {
        let t = self.iconst(TRUE_BITS);
        let f = self.iconst(FALSE_BITS);
        self.b.ins().select(c, t, f)
    }

    fn binary(&mut self, op: BinOp, a: Value, b: Value) -> Value {
        let name = match op {
            BinOp::Add => "kiln_add",
            BinOp::Sub => "kiln_sub",
            BinOp::Mul => "kiln_mul",
            BinOp::Div => "kiln_div",
            BinOp::Mod => "kiln_mod",
            BinOp::Exp => "kiln_exp",
            BinOp::BitAnd => "kiln_bitand",
            BinOp::BitOr => "kiln_bitor",
            BinOp::BitXor => "kiln_bitxor",
            BinOp::Shl => "kiln_shl",
            BinOp::Sar => "kiln_sar",
            BinOp::Shr => "kiln_shr",
            BinOp::Lt => "kiln_lt",
            BinOp::Gt => "kiln_gt",
            BinOp::Le => "kiln_le",
            BinOp::Ge => "kiln_ge",
            BinOp::Eq => "kiln_eq",
            BinOp::Ne => "kiln_ne",
            BinOp::StrictEq => "kiln_seq",
            BinOp::StrictNe => "kiln_sne",
            BinOp::InstanceOf => "kiln_instanceof",
            BinOp::In => "kiln_in",
        };
        let float_ok = matches!(
            op,
            BinOp::Add
                | BinOp::Sub
                | BinOp::Mul
                | BinOp::Div
                | BinOp::Lt
                | BinOp::Gt
                | BinOp::Le
                | BinOp::Ge
                | BinOp::StrictEq
                | BinOp::StrictNe
                | BinOp::Eq
                | BinOp::Ne
        );
        let fast = matches!(
            op,
            BinOp::Add
                | BinOp::Sub
                | BinOp::Mul
                | BinOp::Lt
                | BinOp::Gt
                | BinOp::Le
                | BinOp::Ge
                | BinOp::StrictEq
                | BinOp::StrictNe
                | BinOp::Eq
                | BinOp::Ne
                | BinOp::BitAnd
                | BinOp::BitOr
                | BinOp::BitXor
                | BinOp::Shl
                | BinOp::Sar
                | BinOp::Mod
        );
        if self.ids.baseline || (!fast && !float_ok) {
            return if op.may_throw() { self.call_rt_checked(name, &[a, b]) } else { self.call_rt(name, &[a, b]) };
        }
        let join = self.b.create_block();
        let result = self.b.append_block_param(join, I64);
        let fast_b = self.b.create_block();
        let slow_b = self.b.create_block();
        self.b.set_cold_block(slow_b);
        // Numbers that are not both int32: IEEE arithmetic inline.
        let float_b = if float_ok { self.b.create_block() } else { slow_b };
        let not_int_b = self.b.create_block();
        let both = self.both_int(a, b);
        let int_target = if fast { fast_b } else { not_int_b };
        self.b.ins().brif(both, int_target, &[], not_int_b, &[]);
        self.b.switch_to_block(not_int_b);
        let lim = self.iconst((TAG_INT + 1) << TAG_SHIFT);
        let na = self.b.ins().icmp(IntCC::UnsignedLessThan, a, lim);
        let nb = self.b.ins().icmp(IntCC::UnsignedLessThan, b, lim);
        let both_num = self.b.ins().band(na, nb);
        self.b.ins().brif(both_num, float_b, &[], slow_b, &[]);
        if float_ok {
            self.b.switch_to_block(float_b);
            let fa = self.to_f64(a);
            let fb = self.to_f64(b);
            let r = match op {
                BinOp::Add => Some(self.b.ins().fadd(fa, fb)),
                BinOp::Sub => Some(self.b.ins().fsub(fa, fb)),
                BinOp::Mul => Some(self.b.ins().fmul(fa, fb)),
                BinOp::Div => Some(self.b.ins().fdiv(fa, fb)),
                _ => None,
            };
            let boxed = match r {
                Some(r) => self.box_f64(r),
                None => {
                    let cc = match op {
                        BinOp::Lt => FloatCC::LessThan,
                        BinOp::Gt => FloatCC::GreaterThan,
                        BinOp::Le => FloatCC::LessThanOrEqual,
                        BinOp::Ge => FloatCC::GreaterThanOrEqual,
                        BinOp::StrictEq | BinOp::Eq => FloatCC::Equal,
                        _ => FloatCC::NotEqual,
                    };
                    let c = self.b.ins().fcmp(cc, fa, fb);
                    self.bool_val(c)
                }
            };
            self.b.ins().jump(join, &[boxed.into()]);
        }
        if !fast {
            self.b.switch_to_block(slow_b);
            let r = if op.may_throw() { self.call_rt_checked(name, &[a, b]) } else { self.call_rt(name, &[a, b]) };
            self.b.ins().jump(join, &[r.into()]);
            self.b.switch_to_block(join);
            return result;
        }
        // Fast path: both operands int32.
        self.b.switch_to_block(fast_b);
        let ai = self.b.ins().ireduce(I32, a);
        let bi = self.b.ins().ireduce(I32, b);
        let r = match op {
            BinOp::Add | BinOp::Sub | BinOp::Mul => {
                let (r, of) = match op {
                    BinOp::Add => self.b.ins().sadd_overflow(ai, bi),
                    BinOp::Sub => self.b.ins().ssub_overflow(ai, bi),
                    _ => self.b.ins().smul_overflow(ai, bi),
                };
                // Multiplication producing 0 may need -0: take the slow path
                // when the result is 0 and an operand is negative.
                let bad = if op == BinOp::Mul {
                    let zero = self.b.ins().icmp_imm_s(IntCC::Equal, r, 0);
                    let either = self.b.ins().bor(ai, bi);
                    let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, either, 0);
                    let negzero = self.b.ins().band(zero, neg);
                    self.b.ins().bor(of, negzero)
                } else {
                    of
                };
                let ok_b = self.b.create_block();
                // On overflow the exact result is computed in doubles.
                self.b.ins().brif(bad, float_b, &[], ok_b, &[]);
                self.b.switch_to_block(ok_b);
                self.box_i32(r)
            }
            BinOp::Lt | BinOp::Gt | BinOp::Le | BinOp::Ge => {
                let cc = match op {
                    BinOp::Lt => IntCC::SignedLessThan,
                    BinOp::Gt => IntCC::SignedGreaterThan,
                    BinOp::Le => IntCC::SignedLessThanOrEqual,
                    _ => IntCC::SignedGreaterThanOrEqual,
                };
                let c = self.b.ins().icmp(cc, ai, bi);
                self.bool_val(c)
            }
            BinOp::StrictEq | BinOp::Eq => {
                let c = self.b.ins().icmp(IntCC::Equal, ai, bi);
                self.bool_val(c)
            }
            BinOp::StrictNe | BinOp::Ne => {
                let c = self.b.ins().icmp(IntCC::NotEqual, ai, bi);
                self.bool_val(c)
            }
            BinOp::Mod => {
                // int32 % int32 with a positive divisor; a zero result from a
                // negative dividend is -0, which the runtime produces.
                let pos = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThan, bi, 0);
                let ok_b = self.b.create_block();
                let calc = self.b.create_block();
                self.b.ins().brif(pos, calc, &[], slow_b, &[]);
                self.b.switch_to_block(calc);
                let r = self.b.ins().srem(ai, bi);
                let zero = self.b.ins().icmp_imm_s(IntCC::Equal, r, 0);
                let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, ai, 0);
                let negzero = self.b.ins().band(zero, neg);
                self.b.ins().brif(negzero, slow_b, &[], ok_b, &[]);
                self.b.switch_to_block(ok_b);
                self.box_i32(r)
            }
            BinOp::BitAnd => {
                let r = self.b.ins().band(ai, bi);
                self.box_i32(r)
            }
            BinOp::BitOr => {
                let r = self.b.ins().bor(ai, bi);
                self.box_i32(r)
            }
            BinOp::BitXor => {
                let r = self.b.ins().bxor(ai, bi);
                self.box_i32(r)
            }
            BinOp::Shl => {
                let s = self.b.ins().band_imm_s(bi, 31);
                let r = self.b.ins().ishl(ai, s);
                self.box_i32(r)
            }
            BinOp::Sar => {
                let s = self.b.ins().band_imm_s(bi, 31);
                let r = self.b.ins().sshr(ai, s);
                self.box_i32(r)
            }
            _ => unreachable!(),
        };
        self.b.ins().jump(join, &[r.into()]);
        self.b.switch_to_block(slow_b);
        let r = if op.may_throw() { self.call_rt_checked(name, &[a, b]) } else { self.call_rt(name, &[a, b]) };
        self.b.ins().jump(join, &[r.into()]);
        self.b.switch_to_block(join);
        result
    }

    fn unary(&mut self, op: UnOp, a: Value) -> Value {
        let name = match op {
            UnOp::Neg => "kiln_neg",
            UnOp::Pos => "kiln_pos",
            UnOp::Not => {
                // Inline for booleans.
                let join = self.b.create_block();
                let res = self.b.append_block_param(join, I64);
                let t = self.b.create_block();
                let f = self.b.create_block();
                self.truthy_branch(a, t, f);
                self.b.switch_to_block(t);
                let fv = self.iconst(FALSE_BITS);
                self.b.ins().jump(join, &[fv.into()]);
                self.b.switch_to_block(f);
                let tv = self.iconst(TRUE_BITS);
                self.b.ins().jump(join, &[tv.into()]);
                self.b.switch_to_block(join);
                return res;
            }
            UnOp::BitNot => "kiln_bitnot",
            UnOp::TypeOf => return self.call_rt("kiln_typeof", &[a]),
            UnOp::Inc | UnOp::Dec => {
                let one = self.iconst(INT_TAG_HI | 1);
                return self.binary(if op == UnOp::Inc { BinOp::Add } else { BinOp::Sub }, a, one);
            }
            UnOp::ToString => "kiln_to_string",
            UnOp::ToPropertyKey => "kiln_to_property_key",
            UnOp::ToNumeric => {
                // Numbers pass through.
                let join = self.b.create_block();
                let res = self.b.append_block_param(join, I64);
                let slow = self.b.create_block();
                let is_num = self.b.ins().icmp_imm_s(IntCC::UnsignedLessThan, a, (FIRST_TAGGED + (1 << TAG_SHIFT)) as i64);
                self.b.ins().brif(is_num, join, &[a.into()], slow, &[]);
                self.b.switch_to_block(slow);
                let r = self.call_rt_checked("kiln_to_numeric", &[a]);
                self.b.ins().jump(join, &[r.into()]);
                self.b.switch_to_block(join);
                return res;
            }
        };
        self.call_rt_checked(name, &[a])
    }

    fn env_at(&mut self, depth: u32) -> Value {
        let mut p = self.use_var(kir::ENV_VAR);
        for _ in 0..depth {
            p = self.b.ins().load(I64, MemFlagsData::trusted(), p, kiln_runtime::gc::ENV_PARENT_OFFSET);
        }
        p
    }

    fn inst(&mut self, inst: &Inst) {
        use Inst::*;
        match inst {
            Const { dst, value } => {
                let v = match value {
                    kir::Const::Number(n) => self.number(*n),
                    kir::Const::Str(id) => self.str_const(*id),
                    kir::Const::Bool(b) => self.iconst(if *b { TRUE_BITS } else { FALSE_BITS }),
                    kir::Const::Undefined => self.iconst(UNDEFINED_BITS),
                    kir::Const::Null => self.iconst(NULL_BITS),
                    kir::Const::Hole => self.iconst(HOLE_BITS),
                };
                self.def(*dst, v);
            }
            Move { dst, src } => {
                let v = self.use_var(*src);
                self.def(*dst, v);
            }
            Binary { op, dst, a, b } => {
                let (x, y) = (self.use_var(*a), self.use_var(*b));
                let r = self.binary(*op, x, y);
                self.def(*dst, r);
            }
            Unary { op, dst, a } => {
                let x = self.use_var(*a);
                let r = self.unary(*op, x);
                self.def(*dst, r);
            }
            Param { dst, index } if self.argc.is_none() => {
                let v = self.params[*index as usize];
                self.def(*dst, v);
            }
            Param { dst, index } => {
                let (argc, argv) = (self.generic_argc(), self.argv.expect("generic entry"));
                let v = load_param(&mut self.b, argc, argv, *index);
                self.def(*dst, v);
            }
            This { dst } => {
                let t = self.this;
                self.def(*dst, t);
            }
            SloppyThis { dst, src } => {
                let v = self.use_var(*src);
                let r = self.call_rt_checked("kiln_sloppy_this", &[v]);
                self.def(*dst, r);
            }
            NewTarget { dst } => {
                let v = self.b.ins().load(I64, MemFlagsData::trusted(), self.ctx, kiln_runtime::RT_NEW_TARGET_OFFSET);
                self.def(*dst, v);
            }
            Callee { dst } => {
                let c = self.callee;
                self.def(*dst, c);
            }
            Arguments { dst, strict } => {
                let s = self.iconst(*strict as u64);
                let (argc, argv, callee) = (self.generic_argc(), self.argv.expect("generic entry"), self.callee);
                let r = self.call_rt("kiln_arguments", &[argc, argv, callee, s]);
                self.def(*dst, r);
            }
            MappedArguments { dst, first_slot, nparams } => {
                let (argc, argv, callee) = (self.generic_argc(), self.argv.expect("generic entry"), self.callee);
                let env = self.use_var(kir::ENV_VAR);
                let s = self.iconst(*first_slot as u64);
                let n = self.iconst(*nparams as u64);
                let r = self.call_rt("kiln_mapped_arguments", &[argc, argv, callee, env, s, n]);
                self.def(*dst, r);
            }
            JsonModule { dst, text } => {
                let t = self.str_const(*text);
                let r = self.call_rt_checked("kiln_json_module", &[t]);
                self.def(*dst, r);
            }
            ThrowError { kind, msg } => {
                let k = self.iconst(*kind as u64);
                let m = self.str_const(*msg);
                self.call_rt_checked("kiln_throw_error", &[k, m]);
            }
            ClassSetup { dst, ctor, parent } => {
                let (c, p) = (self.use_var(*ctor), self.use_var(*parent));
                let r = self.call_rt_checked("kiln_class_setup", &[c, p]);
                self.def(*dst, r);
            }
            DefineClassElement { obj, key, val, kind } => {
                let (o, k, v) = (self.use_var(*obj), self.use_var(*key), self.use_var(*val));
                let kd = self.iconst(*kind as u64);
                self.call_rt_checked("kiln_define_class_element", &[o, k, v, kd]);
            }
            RtCall { dst, f, args } => {
                let a: Vec<Value> = args.iter().map(|v| self.use_var(*v)).collect();
                let r = self.call_rt_checked(*f, &a);
                self.def(*dst, r);
            }
                        HomeObject { dst } => {
                let c = self.callee;
                let r = self.call_rt("kiln_home_object", &[c]);
                self.def(*dst, r);
            }
            SuperGet { dst, home, key, this } => {
                let (h, k, t) = (self.use_var(*home), self.use_var(*key), self.use_var(*this));
                let r = self.call_rt_checked("kiln_super_get", &[h, k, t]);
                self.def(*dst, r);
            }
            SuperSet { home, key, val, this } => {
                let (h, k, v, t) = (self.use_var(*home), self.use_var(*key), self.use_var(*val), self.use_var(*this));
                self.call_rt_checked("kiln_super_set", &[h, k, v, t]);
            }
            SuperConstruct { dst, ctor, new_target, args } => {
                let (c, n, a) = (self.use_var(*ctor), self.use_var(*new_target), self.use_var(*args));
                let r = self.call_rt_checked("kiln_super_construct", &[c, n, a]);
                self.def(*dst, r);
            }
            DerivedReturn { dst, val, this } => {
                let (v, t) = (self.use_var(*val), self.use_var(*this));
                let r = self.call_rt_checked("kiln_derived_return", &[v, t]);
                self.def(*dst, r);
            }
            ModuleNamespace { dst, spec } => {
                let env = self.use_var(kir::ENV_VAR);
                let sp = self.use_var(*spec);
                let r = self.call_rt("kiln_module_namespace", &[env, sp]);
                self.def(*dst, r);
            }
            GetProp { dst, obj, key } => {
                let (o, k) = (self.use_var(*obj), self.use_var(*key));
                let r = self.call_rt_checked("kiln_get", &[o, k]);
                self.def(*dst, r);
            }
            GetNamed { dst, obj, name } => {
                let o = self.use_var(*obj);
                let k = self.str_const(*name);
                let c = self.cache_addr();
                let join = self.b.create_block();
                let res = self.b.append_block_param(join, I64);
                let slow = self.b.create_block();
                self.b.set_cold_block(slow);
                if self.ids.baseline {
                    self.b.ins().jump(slow, &[]);
                } else {
                    let entry = self.cached_own_entry(o, k, c, slow);
                    let flags = self.b.ins().uload8(I32, MemFlagsData::trusted(), entry, kiln_runtime::object::PROP_ENTRY_FLAGS_OFFSET);
                    let acc = self.b.ins().band_imm_u(flags, kiln_runtime::object::ACCESSOR as i64);
                    let hit = self.b.create_block();
                    self.b.ins().brif(acc, slow, &[], hit, &[]);
                    self.b.switch_to_block(hit);
                    let v = self.b.ins().load(I64, MemFlagsData::trusted(), entry, kiln_runtime::object::PROP_ENTRY_VALUE_OFFSET);
                    self.b.ins().jump(join, &[v.into()]);
                }
                self.b.switch_to_block(slow);
                let r = self.call_rt("kiln_get_named", &[o, k, c]);
                self.check_exc(r);
                self.b.ins().jump(join, &[r.into()]);
                self.b.switch_to_block(join);
                self.def(*dst, res);
            }
            SetProp { obj, key, val, strict } => {
                let (o, k, v) = (self.use_var(*obj), self.use_var(*key), self.use_var(*val));
                let s = self.iconst(*strict as u64);
                self.call_rt_checked("kiln_set", &[o, k, v, s]);
            }
            SetNamed { obj, name, val, strict } => {
                let (o, v) = (self.use_var(*obj), self.use_var(*val));
                let k = self.str_const(*name);
                let s = self.iconst(*strict as u64);
                let c = self.cache_addr();
                let join = self.b.create_block();
                let slow = self.b.create_block();
                self.b.set_cold_block(slow);
                if self.ids.baseline {
                    self.b.ins().jump(slow, &[]);
                } else {
                    let entry = self.cached_own_entry(o, k, c, slow);
                    // An own writable data property: overwrite it in place.
                    let flags = self.b.ins().uload8(I32, MemFlagsData::trusted(), entry, kiln_runtime::object::PROP_ENTRY_FLAGS_OFFSET);
                    let mask = (kiln_runtime::object::ACCESSOR | kiln_runtime::object::WRITABLE) as i64;
                    let f = self.b.ins().band_imm_u(flags, mask);
                    let ok = self.b.ins().icmp_imm_s(IntCC::Equal, f, kiln_runtime::object::WRITABLE as i64);
                    let hit = self.b.create_block();
                    self.b.ins().brif(ok, hit, &[], slow, &[]);
                    self.b.switch_to_block(hit);
                    self.b.ins().store(MemFlagsData::trusted(), v, entry, kiln_runtime::object::PROP_ENTRY_VALUE_OFFSET);
                    self.b.ins().jump(join, &[]);
                }
                self.b.switch_to_block(slow);
                let r = self.call_rt("kiln_set_named", &[o, k, v, s, c]);
                self.check_exc(r);
                self.b.ins().jump(join, &[]);
                self.b.switch_to_block(join);
            }
            Delete { dst, obj, key, strict } => {
                let (o, k) = (self.use_var(*obj), self.use_var(*key));
                let s = self.iconst(*strict as u64);
                let r = self.call_rt_checked("kiln_delete", &[o, k, s]);
                self.def(*dst, r);
            }
            GetGlobal { dst, name } => {
                let n = self.str_const(*name);
                let c = self.cache_addr();
                let r = self.call_rt_checked("kiln_get_global", &[n, c]);
                self.def(*dst, r);
            }
            SetGlobal { name, val, strict } => {
                let n = self.str_const(*name);
                let v = self.use_var(*val);
                let s = self.iconst(*strict as u64);
                let c = self.cache_addr();
                self.call_rt_checked("kiln_set_global", &[n, v, s, c]);
            }
            TypeofGlobal { dst, name } => {
                let n = self.str_const(*name);
                let r = self.call_rt_checked("kiln_typeof_global", &[n]);
                self.def(*dst, r);
            }
            DeclareGlobalVar { name } => {
                let n = self.str_const(*name);
                self.call_rt("kiln_declare_global_var", &[n]);
            }
            DeclareGlobalFunction { name, func } => {
                let n = self.str_const(*name);
                let f = self.use_var(*func);
                self.call_rt("kiln_declare_global_function", &[n, f]);
            }
            PushEnv { size } => {
                let e = self.use_var(kir::ENV_VAR);
                let s = self.iconst(*size as u64);
                let r = self.call_rt("kiln_new_env", &[e, s]);
                self.def(kir::ENV_VAR, r);
            }
            PopEnv => {
                let e = self.use_var(kir::ENV_VAR);
                let p = self.b.ins().load(I64, MemFlagsData::trusted(), e, kiln_runtime::gc::ENV_PARENT_OFFSET);
                self.def(kir::ENV_VAR, p);
            }
            CloneEnv => {
                let e = self.use_var(kir::ENV_VAR);
                let r = self.call_rt("kiln_clone_env", &[e]);
                self.def(kir::ENV_VAR, r);
            }
            LoadCalleeEnv if self.argc.is_none() => {
                // A direct entry's callee is always a function object,
                // whose environment never changes (hence `readonly`, and
                // `can_move`: an unused load is dropped).
                let p = self.b.ins().band_imm_s(self.callee, PAYLOAD_MASK as i64);
                let e = self.b.ins().load(I64, MemFlagsData::trusted().with_readonly().with_can_move(), p, kiln_runtime::object::OBJECT_FN_ENV_OFFSET);
                self.def(kir::ENV_VAR, e);
            }
            LoadCalleeEnv => {
                let c = self.callee;
                let p = self.b.ins().band_imm_s(c, PAYLOAD_MASK as i64);
                // A script's top level has no callee object (undefined).
                let is_obj = self.b.ins().ushr_imm_u(c, TAG_SHIFT as i64);
                let is_obj = self.b.ins().icmp_imm_s(IntCC::Equal, is_obj, TAG_OBJ as i64);
                let join = self.b.create_block();
                let res = self.b.append_block_param(join, I64);
                let load_b = self.b.create_block();
                let z = self.iconst(0);
                self.b.ins().brif(is_obj, load_b, &[], join, &[z.into()]);
                self.b.switch_to_block(load_b);
                let e = self.b.ins().load(I64, MemFlagsData::trusted().with_readonly().with_can_move(), p, kiln_runtime::object::OBJECT_FN_ENV_OFFSET);
                self.b.ins().jump(join, &[e.into()]);
                self.b.switch_to_block(join);
                self.def(kir::ENV_VAR, res);
            }
            LoadEnv { dst, depth, slot } => {
                let e = self.env_at(*depth);
                let v = self.b.ins().load(I64, MemFlagsData::trusted(), e, kiln_runtime::gc::ENV_SLOTS_OFFSET + 8 * *slot as i32);
                self.def(*dst, v);
            }
            StoreEnv { depth, slot, src } => {
                let e = self.env_at(*depth);
                let v = self.use_var(*src);
                self.b.ins().store(MemFlagsData::trusted(), v, e, kiln_runtime::gc::ENV_SLOTS_OFFSET + 8 * *slot as i32);
            }
            CheckTdz { var, name } => {
                let v = self.use_var(*var);
                let is_hole = self.b.ins().icmp_imm_s(IntCC::Equal, v, HOLE_BITS as i64);
                let bad = self.b.create_block();
                self.b.set_cold_block(bad);
                let ok = self.b.create_block();
                self.b.ins().brif(is_hole, bad, &[], ok, &[]);
                self.b.switch_to_block(bad);
                let n = self.str_const(*name);
                self.call_rt("kiln_throw_tdz", &[n]);
                let target = match self.handler {
                    Some(h) => self.blocks[h as usize],
                    None => self.exc_block,
                };
                self.b.ins().jump(target, &[]);
                self.b.switch_to_block(ok);
            }
            ThrowConstAssign => {
                let r = self.call_rt("kiln_throw_const_assign", &[]);
                self.check_exc(r);
            }
            Call { dst, callee, this, args, name } => {
                let (argc, argv) = self.args_array(args);
                let (f, t) = (self.use_var(*callee), self.use_var(*this));
                // Fast path: a compiled function is called directly.
                let join = self.b.create_block();
                let res = self.b.append_block_param(join, I64);
                let check_code = self.b.create_block();
                let fast = self.b.create_block();
                let slow = self.b.create_block();
                let tag = self.b.ins().ushr_imm_u(f, TAG_SHIFT as i64);
                let is_obj = self.b.ins().icmp_imm_s(IntCC::Equal, tag, TAG_OBJ as i64);
                self.b.ins().brif(is_obj, check_code, &[], slow, &[]);
                self.b.switch_to_block(check_code);
                let p = self.b.ins().band_imm_s(f, PAYLOAD_MASK as i64);
                let code = self.b.ins().load(I64, MemFlagsData::trusted(), p, kiln_runtime::object::OBJECT_FN_CODE_OFFSET);
                self.b.ins().brif(code, fast, &[], slow, &[]);
                self.b.switch_to_block(fast);
                let undef = self.iconst(UNDEFINED_BITS);
                self.b.ins().store(MemFlagsData::trusted(), undef, self.ctx, kiln_runtime::RT_NEW_TARGET_OFFSET);
                let sig = sig_n(self.m, 5);
                let sigref = self.b.import_signature(sig);
                let call = self.b.ins().call_indirect(sigref, code, &[self.ctx, f, t, argc, argv]);
                let r = self.b.inst_results(call)[0];
                self.b.ins().jump(join, &[r.into()]);
                self.b.switch_to_block(slow);
                let n = self.opt_str(*name);
                let r = self.call_rt("kiln_call", &[f, t, argc, argv, n]);
                self.b.ins().jump(join, &[r.into()]);
                self.b.switch_to_block(join);
                self.check_exc(res);
                self.def(*dst, res);
            }
            OwnClosure { dst } => {
                let c = self.callee;
                self.def(*dst, c);
            }
            CallDirect { dst, func, callee, this, args } => {
                let (f, t) = (self.use_var(*callee), self.use_var(*this));
                let undef = self.iconst(UNDEFINED_BITS);
                if self.ids.reads_new_target[*func as usize] {
                    self.b.ins().store(MemFlagsData::trusted(), undef, self.ctx, kiln_runtime::RT_NEW_TARGET_OFFSET);
                }
                let call = match self.ids.direct[*func as usize] {
                    Some((id, n)) => {
                        // Arguments past the parameters were evaluated and
                        // cannot be observed (no `arguments`, no rest).
                        let mut all = vec![self.ctx, f, t];
                        for i in 0..n as usize {
                            all.push(match args.get(i) {
                                Some(a) => self.use_var(*a),
                                None => undef,
                            });
                        }
                        let fr = self.m.declare_func_in_func(id, self.b.func);
                        self.b.ins().call(fr, &all)
                    }
                    None => {
                        let (argc, argv) = self.args_array(args);
                        let fr = self.m.declare_func_in_func(self.ids.funcs[*func as usize], self.b.func);
                        self.b.ins().call(fr, &[self.ctx, f, t, argc, argv])
                    }
                };
                let r = self.b.inst_results(call)[0];
                self.check_exc(r);
                self.def(*dst, r);
            }
            CallMethod { dst, obj, name, args, text } => {
                let (argc, argv) = self.args_array(args);
                let o = self.use_var(*obj);
                let k = self.str_const(*name);
                let n = self.opt_str(*text);
                let r = self.call_rt_checked("kiln_call_method", &[o, k, argc, argv, n]);
                self.def(*dst, r);
            }
            New { dst, callee, args, name } => {
                let (argc, argv) = self.args_array(args);
                let f = self.use_var(*callee);
                let n = self.opt_str(*name);
                let r = self.call_rt_checked("kiln_new", &[f, argc, argv, n]);
                self.def(*dst, r);
            }
            Closure { dst, func } => {
                let target = &self.kir.functions[*func as usize];
                let fr = self.m.declare_func_in_func(self.ids.funcs[*func as usize], self.b.func);
                let code = self.b.ins().func_addr(I64, fr);
                let env = self.use_var(kir::ENV_VAR);
                let name = self.str_const(target.name_const);
                let len = self.iconst(target.params as u64);
                let mut flags = 0u32;
                if target.constructor {
                    flags |= kiln_runtime::object::FN_CONSTRUCTOR;
                }
                if target.strict {
                    flags |= kiln_runtime::object::FN_STRICT;
                }
                if target.arrow {
                    flags |= kiln_runtime::object::FN_ARROW;
                }
                if target.generator {
                    flags |= kiln_runtime::object::FN_GENERATOR;
                }
                if target.is_async {
                    flags |= kiln_runtime::object::FN_ASYNC;
                }
                let fl = self.iconst(flags as u64);
                let r = self.call_rt("kiln_closure", &[code, env, name, len, fl]);
                self.def(*dst, r);
            }
            NewObject { dst } => {
                let r = self.call_rt("kiln_new_object", &[]);
                self.def(*dst, r);
            }
            NewArray { dst, elems } => {
                let (argc, argv) = self.args_array(elems);
                let r = self.call_rt("kiln_new_array", &[argc, argv]);
                self.def(*dst, r);
            }
            DefineField { obj, key, val } => {
                let (o, k, v) = (self.use_var(*obj), self.use_var(*key), self.use_var(*val));
                self.call_rt_checked("kiln_define_field", &[o, k, v]);
            }
            SetProtoLiteral { obj, val } => {
                let (o, v) = (self.use_var(*obj), self.use_var(*val));
                self.call_rt("kiln_set_proto_literal", &[o, v]);
            }
            DefineAccessor { obj, key, getter, setter } => {
                let (o, k, g, s) = (self.use_var(*obj), self.use_var(*key), self.use_var(*getter), self.use_var(*setter));
                self.call_rt_checked("kiln_define_accessor", &[o, k, g, s]);
            }
            RegExp { dst, pattern, flags } => {
                let p = self.str_const(*pattern);
                let f = self.str_const(*flags);
                let r = self.call_rt_checked("kiln_regexp", &[p, f]);
                self.def(*dst, r);
            }
            ForInStart { dst, obj } => {
                let o = self.use_var(*obj);
                let r = self.call_rt_checked("kiln_for_in", &[o]);
                self.def(*dst, r);
            }
            ForInNext { dst, iter } => {
                let i = self.use_var(*iter);
                let r = self.call_rt("kiln_for_in_next", &[i]);
                self.def(*dst, r);
            }
            GetIterator { dst, obj } => {
                let o = self.use_var(*obj);
                let r = self.call_rt_checked("kiln_get_iterator", &[o]);
                self.def(*dst, r);
            }
            IteratorNext { dst, iter } => {
                let i = self.use_var(*iter);
                let r = self.call_rt_checked("kiln_iterator_next", &[i]);
                self.def(*dst, r);
            }
            IteratorClose { iter } => {
                let i = self.use_var(*iter);
                self.call_rt_checked("kiln_iterator_close", &[i]);
            }
            ArrayPush { arr, val } => {
                let (a, v) = (self.use_var(*arr), self.use_var(*val));
                self.call_rt("kiln_array_push", &[a, v]);
            }
            SpreadAppend { arr, iterable } => {
                let (a, v) = (self.use_var(*arr), self.use_var(*iterable));
                self.call_rt_checked("kiln_spread_append", &[a, v]);
            }
            CallSpread { dst, callee, this, arr, name } => {
                let (f, t, a) = (self.use_var(*callee), self.use_var(*this), self.use_var(*arr));
                let n = self.opt_str(*name);
                let r = self.call_rt_checked("kiln_call_spread", &[f, t, a, n]);
                self.def(*dst, r);
            }
            NewSpread { dst, callee, arr, name } => {
                let (f, a) = (self.use_var(*callee), self.use_var(*arr));
                let n = self.opt_str(*name);
                let r = self.call_rt_checked("kiln_new_spread", &[f, a, n]);
                self.def(*dst, r);
            }
            RestArgs { dst, start } => {
                let (argc, argv) = (self.generic_argc(), self.argv.expect("generic entry"));
                let s = self.iconst(*start as u64);
                let r = self.call_rt("kiln_rest_args", &[argc, argv, s]);
                self.def(*dst, r);
            }
            GetPatternIterator { dst, obj, text } => {
                let o = self.use_var(*obj);
                let t = self.opt_str(*text);
                let r = self.call_rt_checked("kiln_get_pattern_iterator", &[o, t]);
                self.def(*dst, r);
            }
            RequireObjectCoercible { val, text, key, nested } => {
                let v = self.use_var(*val);
                let t = if *nested { self.iconst(HOLE_BITS) } else { self.opt_str(*text) };
                let k = self.opt_str(*key);
                self.call_rt_checked("kiln_require_object_coercible", &[v, t, k]);
            }
            CopyDataProperties { obj, src } => {
                let (o, s) = (self.use_var(*obj), self.use_var(*src));
                self.call_rt_checked("kiln_copy_data_properties", &[o, s]);
            }
            ObjectRest { dst, src, excluded } => {
                let (argc, argv) = self.args_array(excluded);
                let s = self.use_var(*src);
                let r = self.call_rt_checked("kiln_object_rest", &[s, argc, argv]);
                self.def(*dst, r);
            }
            TakeException { dst } => {
                let r = self.call_rt("kiln_take_exception", &[]);
                self.def(*dst, r);
            }
            Pos { line, col } => {
                // The position of the calls that follow (stack traces map
                // return addresses to these).
                self.set_pos(pos_bits(*line, *col), 0);
            }
            InlinedPos { line, col, at_line, at_col } => {
                self.set_pos(pos_bits(*line, *col), pos_bits(*at_line, *at_col));
            }
        }
    }
}


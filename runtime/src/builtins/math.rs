//! 21.3 The Math object: value properties, function properties and
//! `Math[@@toStringTag]`.
//!
//! Functions coerce every argument with ToNumber in order before computing
//! (observable through valueOf). The transcendental functions use the
//! platform's libm, which the spec allows ("implementation-approximated").

use super::arg;
use crate::object::{new_object_with, Class, Slot, CONFIGURABLE};
use crate::ops;
use crate::realm::{define_global, define_method, define_value};
use crate::string::intern_str;
use crate::value::Value;
use crate::{rt, JsResult};
use std::cell::Cell;

pub fn init() {
    let m = new_object_with(rt().realm.object_prototype, Class::Ordinary);
    define_global("Math", m);

    // 21.3.1 Value Properties: non-writable, non-enumerable, non-configurable.
    use std::f64::consts;
    for (name, v) in [
        ("E", consts::E),
        ("LN10", consts::LN_10),
        ("LN2", consts::LN_2),
        ("LOG10E", consts::LOG10_E),
        ("LOG2E", consts::LOG2_E),
        ("PI", consts::PI),
        ("SQRT1_2", consts::FRAC_1_SQRT_2),
        ("SQRT2", consts::SQRT_2),
    ] {
        define_value(m, name, Value::from_f64(v), 0);
    }
    // 21.3.1.9 Math [ @@toStringTag ]
    let tag = intern_str("Math");
    m.obj().props.insert(rt().realm.sym_to_string_tag, Slot::data(tag, CONFIGURABLE));

    // 21.3.2 Function Properties
    define_method(m, "abs", abs, 1);
    define_method(m, "acos", acos, 1);
    define_method(m, "acosh", acosh, 1);
    define_method(m, "asin", asin, 1);
    define_method(m, "asinh", asinh, 1);
    define_method(m, "atan", atan, 1);
    define_method(m, "atanh", atanh, 1);
    define_method(m, "atan2", atan2, 2);
    define_method(m, "cbrt", cbrt, 1);
    define_method(m, "ceil", ceil, 1);
    define_method(m, "clz32", clz32, 1);
    define_method(m, "cos", cos, 1);
    define_method(m, "cosh", cosh, 1);
    define_method(m, "exp", exp, 1);
    define_method(m, "expm1", expm1, 1);
    define_method(m, "floor", floor, 1);
    define_method(m, "f16round", f16round, 1);
    define_method(m, "fround", fround, 1);
    define_method(m, "hypot", hypot, 2);
    define_method(m, "imul", imul, 2);
    define_method(m, "log", log, 1);
    define_method(m, "log1p", log1p, 1);
    define_method(m, "log10", log10, 1);
    define_method(m, "log2", log2, 1);
    define_method(m, "max", max, 2);
    define_method(m, "min", min, 2);
    define_method(m, "pow", pow, 2);
    define_method(m, "random", random, 0);
    define_method(m, "round", round, 1);
    define_method(m, "sign", sign, 1);
    define_method(m, "sin", sin, 1);
    define_method(m, "sinh", sinh, 1);
    define_method(m, "sqrt", sqrt, 1);
    define_method(m, "tan", tan, 1);
    define_method(m, "tanh", tanh, 1);
    define_method(m, "trunc", trunc, 1);
}

/// ToNumber of argument `i` (undefined when absent).
#[inline]
fn num(args: &[Value], i: usize) -> JsResult<f64> {
    let v = arg(args, i);
    if v.is_number() {
        return Ok(v.as_number());
    }
    ops::to_number(v)
}

/// Defines one-argument functions: `1. Let n be ? ToNumber(x).` then the
/// given computation.
macro_rules! unary {
    ($( $(#[$m:meta])* fn $name:ident = $f:expr; )*) => {
        $(
            $(#[$m])*
            fn $name(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
                let n = num(args, 0)?;
                let f: fn(f64) -> f64 = $f;
                Ok(Value::number(f(n)))
            }
        )*
    };
}

unary! {
    /// 21.3.2.1 Math.abs ( x )
    fn abs = f64::abs;
    /// 21.3.2.2 Math.acos ( x )
    fn acos = f64::acos;
    /// 21.3.2.3 Math.acosh ( x )
    fn acosh = f64::acosh;
    /// 21.3.2.4 Math.asin ( x )
    fn asin = f64::asin;
    /// 21.3.2.5 Math.asinh ( x )
    fn asinh = |n| if n == 0.0 || !n.is_finite() { n } else { n.asinh() };
    /// 21.3.2.6 Math.atan ( x )
    fn atan = f64::atan;
    /// 21.3.2.7 Math.atanh ( x )
    fn atanh = |n| if n == 0.0 { n } else { n.atanh() };
    /// 21.3.2.9 Math.cbrt ( x )
    fn cbrt = f64::cbrt;
    /// 21.3.2.10 Math.ceil ( x )
    fn ceil = f64::ceil;
    /// 21.3.2.12 Math.cos ( x )
    fn cos = f64::cos;
    /// 21.3.2.13 Math.cosh ( x )
    fn cosh = f64::cosh;
    /// 21.3.2.14 Math.exp ( x )
    fn exp = f64::exp;
    /// 21.3.2.15 Math.expm1 ( x )
    fn expm1 = f64::exp_m1;
    /// 21.3.2.16 Math.floor ( x )
    fn floor = f64::floor;
    /// 21.3.2.17 Math.f16round ( x )
    fn f16round = to_binary16;
    /// 21.3.2.18 Math.fround ( x )
    fn fround = |n| n as f32 as f64;
    /// 21.3.2.21 Math.log ( x )
    fn log = f64::ln;
    /// 21.3.2.22 Math.log1p ( x )
    fn log1p = f64::ln_1p;
    /// 21.3.2.23 Math.log10 ( x )
    fn log10 = f64::log10;
    /// 21.3.2.24 Math.log2 ( x )
    fn log2 = f64::log2;
    /// 21.3.2.29 Math.round ( x )
    fn round = js_round;
    /// 21.3.2.30 Math.sign ( x )
    fn sign = |n| if n.is_nan() || n == 0.0 { n } else if n > 0.0 { 1.0 } else { -1.0 };
    /// 21.3.2.31 Math.sin ( x )
    fn sin = f64::sin;
    /// 21.3.2.32 Math.sinh ( x )
    fn sinh = f64::sinh;
    /// 21.3.2.33 Math.sqrt ( x )
    fn sqrt = f64::sqrt;
    /// 21.3.2.34 Math.tan ( x )
    fn tan = f64::tan;
    /// 21.3.2.35 Math.tanh ( x )
    fn tanh = f64::tanh;
    /// 21.3.2.36 Math.trunc ( x )
    fn trunc = f64::trunc;
}

/// The rounding of 21.3.2.29 Math.round: the closest integral Number, ties
/// toward +∞; -0 for x in [-0.5, -0).
fn js_round(x: f64) -> f64 {
    // 2. If n is not finite or n is an integral Number, return n.
    if !x.is_finite() || x == 0.0 {
        return x;
    }
    // 3. If n < 0.5 and n > +0, return +0.
    if x > 0.0 && x < 0.5 {
        return 0.0;
    }
    // 4. If n < -0 and n ≥ -0.5, return -0.
    if x < 0.0 && x >= -0.5 {
        return -0.0;
    }
    // 5. (x - floor(x) is exact for doubles.)
    let f = x.floor();
    if x - f >= 0.5 { f + 1.0 } else { f }
}

/// Rounds to the nearest IEEE 754 binary16 value (ties to even), directly
/// from the double (no double rounding through binary32).
fn to_binary16(x: f64) -> f64 {
    if !x.is_finite() || x == 0.0 {
        return x;
    }
    let a = x.abs();
    // Halfway between 65504 (the largest finite half) and 65536 rounds up.
    if a >= 65520.0 {
        return f64::INFINITY.copysign(x);
    }
    // The spacing of halves near `a`: 2^(e-10) for normal halves (e ≥ -14),
    // 2^-24 for subnormal ones.
    let e = ((a.to_bits() >> 52) & 0x7ff) as i32 - 1023;
    let q = 2f64.powi(e.max(-14) - 10);
    ((a / q).round_ties_even() * q).copysign(x)
}

/// 21.3.2.8 Math.atan2 ( y, x )
fn atan2(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let ny = num(args, 0)?;
    let nx = num(args, 1)?;
    Ok(Value::number(ny.atan2(nx)))
}

/// 21.3.2.11 Math.clz32 ( x )
fn clz32(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let n = ops::to_uint32(num(args, 0)?);
    Ok(Value::int(n.leading_zeros() as i32))
}

/// 21.3.2.19 Math.hypot ( ...args )
fn hypot(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    // 2. Coerce every argument first.
    let mut coerced = Vec::with_capacity(args.len());
    for i in 0..args.len() {
        coerced.push(num(args, i)?);
    }
    // 4-5. Infinity wins over NaN; then NaN.
    if coerced.iter().any(|n| n.is_infinite()) {
        return Ok(Value::from_f64(f64::INFINITY));
    }
    if coerced.iter().any(|n| n.is_nan()) {
        return Ok(Value::from_f64(f64::NAN));
    }
    let max = coerced.iter().fold(0.0f64, |m, n| m.max(n.abs()));
    // 6. If every number is ±0, return +0.
    if max == 0.0 {
        return Ok(Value::int(0));
    }
    // Scaled, compensated sum of squares (avoids overflow and underflow).
    let mut sum = 0.0;
    let mut comp = 0.0;
    for n in &coerced {
        let r = n / max;
        let s = r * r - comp;
        let t = sum + s;
        comp = (t - sum) - s;
        sum = t;
    }
    Ok(Value::number(sum.sqrt() * max))
}

/// 21.3.2.20 Math.imul ( x, y )
fn imul(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let a = ops::to_uint32(num(args, 0)?);
    let b = ops::to_uint32(num(args, 1)?);
    Ok(Value::int((a as i32).wrapping_mul(b as i32)))
}

/// Shared body of max/min: coerce all, then fold; NaN wins, and +0 is
/// larger than -0.
fn extremum(args: &[Value], want_max: bool) -> JsResult<Value> {
    let mut coerced = Vec::with_capacity(args.len());
    for i in 0..args.len() {
        coerced.push(num(args, i)?);
    }
    let mut r = if want_max { f64::NEG_INFINITY } else { f64::INFINITY };
    for &n in &coerced {
        if n.is_nan() {
            return Ok(Value::from_f64(f64::NAN));
        }
        let better = if want_max {
            n > r || (n == 0.0 && r == 0.0 && !n.is_sign_negative())
        } else {
            n < r || (n == 0.0 && r == 0.0 && n.is_sign_negative())
        };
        if better {
            r = n;
        }
    }
    Ok(Value::number(r))
}

/// 21.3.2.25 Math.max ( ...args )
fn max(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    extremum(args, true)
}

/// 21.3.2.26 Math.min ( ...args )
fn min(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    extremum(args, false)
}

/// 21.3.2.27 Math.pow ( base, exponent )
fn pow(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let base = num(args, 0)?;
    let exponent = num(args, 1)?;
    Ok(Value::number(ops::exponentiate(base, exponent)))
}

thread_local! {
    /// xorshift128+ state; zero means "not seeded yet".
    static RNG: Cell<(u64, u64)> = const { Cell::new((0, 0)) };
}

fn splitmix64(x: &mut u64) -> u64 {
    *x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *x;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// 21.3.2.28 Math.random ( ): xorshift128+ seeded from the clock, uniform
/// over [0, 1) with 53 bits.
fn random(_this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    let r = RNG.with(|c| {
        let (mut s0, mut s1) = c.get();
        if s0 == 0 && s1 == 0 {
            let t = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos() as u64)
                .unwrap_or(0x1234_5678);
            let mut seed = t ^ ((&t as *const u64 as u64).rotate_left(32)) ^ (std::process::id() as u64) << 16;
            s0 = splitmix64(&mut seed);
            s1 = splitmix64(&mut seed);
            if s0 == 0 && s1 == 0 {
                s1 = 1;
            }
        }
        // xorshift128+
        let mut x = s0;
        let y = s1;
        s0 = y;
        x ^= x << 23;
        x ^= x >> 17;
        x ^= y ^ (y >> 26);
        s1 = x;
        c.set((s0, s1));
        s0.wrapping_add(s1)
    });
    Ok(Value::from_f64((r >> 11) as f64 / (1u64 << 53) as f64))
}

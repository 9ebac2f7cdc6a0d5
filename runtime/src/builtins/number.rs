//! 21.1 Number objects: the `Number` constructor, its value and function
//! properties, and `Number.prototype` (itself a Number object whose value is
//! +0). Formatting is in `numconv`.

use super::arg;
use crate::error::{range_error, type_error};
use crate::numconv;
use crate::object::*;
use crate::ops;
use crate::realm::{define_global, define_method, define_value, make_constructor, make_native};
use crate::string::{intern_str, new_string_from_str};
use crate::value::Value;
use crate::{rt, JsResult};

/// 2^53 - 1
const MAX_SAFE_INTEGER: f64 = 9007199254740991.0;

pub fn init() {
    // 21.1.3 Properties of the Number Prototype Object.
    let np = new_object_with(rt().realm.object_prototype, Class::Number(0.0));
    rt().realm.number_prototype = np;
    let c = make_constructor("Number", number_ctor, 1, np);

    // 21.1.2 Value properties: non-writable, non-enumerable, non-configurable.
    define_value(c, "EPSILON", Value::from_f64(f64::EPSILON), 0);
    define_value(c, "MAX_SAFE_INTEGER", Value::from_f64(MAX_SAFE_INTEGER), 0);
    define_value(c, "MAX_VALUE", Value::from_f64(f64::MAX), 0);
    define_value(c, "MIN_SAFE_INTEGER", Value::from_f64(-MAX_SAFE_INTEGER), 0);
    define_value(c, "MIN_VALUE", Value::from_f64(f64::from_bits(1)), 0);
    define_value(c, "NaN", Value::from_f64(f64::NAN), 0);
    define_value(c, "NEGATIVE_INFINITY", Value::from_f64(f64::NEG_INFINITY), 0);
    define_value(c, "POSITIVE_INFINITY", Value::from_f64(f64::INFINITY), 0);

    define_method(c, "isFinite", is_finite, 1);
    define_method(c, "isInteger", is_integer, 1);
    define_method(c, "isNaN", is_nan, 1);
    define_method(c, "isSafeInteger", is_safe_integer, 1);
    // 21.1.2.12 Number.parseFloat / 21.1.2.13 Number.parseInt: the same
    // function objects as the global parseFloat / parseInt. When the global
    // object does not have them yet, they are created here and installed on
    // both.
    let g = rt().realm.global;
    let fns: [(&str, NativeFn, u32); 2] = [("parseFloat", parse_float, 1), ("parseInt", parse_int, 2)];
    for (name, f, len) in fns {
        let existing = g.obj().props.get(intern_str(name)).map(|s| s.value);
        let fo = match existing {
            Some(v) if ops::is_callable(v) => v,
            _ => {
                let fo = make_native(name, f, len, false);
                define_global(name, fo);
                fo
            }
        };
        define_value(c, name, fo, WRITABLE | CONFIGURABLE);
    }

    define_method(np, "toExponential", to_exponential, 1);
    define_method(np, "toFixed", to_fixed, 1);
    define_method(np, "toLocaleString", to_locale_string, 0);
    define_method(np, "toPrecision", to_precision, 1);
    define_method(np, "toString", to_string, 1);
    define_method(np, "valueOf", value_of, 0);
}

/// 21.1.1.1 Number ( value )
fn number_ctor(_this: Value, args: &[Value], nt: Value) -> JsResult<Value> {
    // 1-2. ToNumeric(value) (there are no BigInts), or +0 without arguments.
    let n = if args.is_empty() { 0.0 } else { ops::to_number(args[0])? };
    // 3. If NewTarget is undefined, return n.
    if nt.is_undefined() {
        return Ok(Value::number(n));
    }
    // 4-6. OrdinaryCreateFromConstructor(NewTarget, "%Number.prototype%", « [[NumberData]] »).
    let proto = ops::get_prototype_from_constructor(nt, rt().realm.number_prototype)?;
    Ok(new_object_with(proto, Class::Number(n)))
}

/// 19.2.4 parseFloat ( string ) (used only when the global is absent)
fn parse_float(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let s = ops::to_string(arg(args, 0))?;
    Ok(Value::number(numconv::parse_float(s.str().units())))
}

/// 19.2.5 parseInt ( string, radix ) (used only when the global is absent)
fn parse_int(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let s = ops::to_string(arg(args, 0))?;
    let r = arg(args, 1);
    let radix = if r.is_undefined() { None } else { Some(ops::to_int32_v(r)?) };
    Ok(Value::number(numconv::parse_int(s.str().units(), radix)))
}

/// 21.1.2.2 Number.isFinite ( number )
fn is_finite(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let v = arg(args, 0);
    Ok(Value::bool(v.is_number() && v.as_number().is_finite()))
}

/// 7.2.6 IsIntegralNumber
fn is_integral(v: Value) -> bool {
    if v.is_int() {
        return true;
    }
    v.is_number() && v.as_number().is_finite() && v.as_number().trunc() == v.as_number()
}

/// 21.1.2.3 Number.isInteger ( number )
fn is_integer(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    Ok(Value::bool(is_integral(arg(args, 0))))
}

/// 21.1.2.4 Number.isNaN ( number )
fn is_nan(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let v = arg(args, 0);
    Ok(Value::bool(v.is_number() && v.as_number().is_nan()))
}

/// 21.1.2.5 Number.isSafeInteger ( number )
fn is_safe_integer(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let v = arg(args, 0);
    Ok(Value::bool(is_integral(v) && v.as_number().abs() <= MAX_SAFE_INTEGER))
}

/// 21.1.3.7.1 ThisNumberValue ( value )
fn this_number_value(v: Value, method: &str) -> JsResult<f64> {
    if v.is_number() {
        return Ok(v.as_number());
    }
    if v.is_object() {
        if let Class::Number(n) = v.obj().class {
            return Ok(n);
        }
    }
    Err(type_error(&format!("Number.prototype.{method} requires that 'this' be a Number")))
}

fn string_result(s: String) -> JsResult<Value> {
    Ok(new_string_from_str(&s))
}

/// 21.1.3.2 Number.prototype.toExponential ( fractionDigits )
fn to_exponential(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    // 1. Let x be ? ThisNumberValue(this value).
    let x = this_number_value(this, "toExponential")?;
    // 2. Let f be ? ToIntegerOrInfinity(fractionDigits).
    let fd = arg(args, 0);
    let f = ops::to_integer_or_infinity(fd)?;
    // 4. If x is not finite, return Number::toString(x, 10).
    if !x.is_finite() {
        return string_result(numconv::number_to_string(x));
    }
    // 5. If f < 0 or f > 100, throw a RangeError exception.
    if !(0.0..=100.0).contains(&f) {
        return Err(range_error("toExponential() argument must be between 0 and 100"));
    }
    let digits = if fd.is_undefined() { None } else { Some(f as u32) };
    string_result(numconv::to_exponential(x, digits))
}

/// 21.1.3.3 Number.prototype.toFixed ( fractionDigits )
fn to_fixed(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let x = this_number_value(this, "toFixed")?;
    let f = ops::to_integer_or_infinity(arg(args, 0))?;
    // 4-5. If f is not finite, or f < 0 or f > 100, throw a RangeError.
    if !(0.0..=100.0).contains(&f) {
        return Err(range_error("toFixed() digits argument must be between 0 and 100"));
    }
    // 6. If x is not finite, return Number::toString(x, 10).
    if !x.is_finite() {
        return string_result(numconv::number_to_string(x));
    }
    string_result(numconv::to_fixed(x, f as u32))
}

/// 21.1.3.4 Number.prototype.toLocaleString ( [ reserved1 [ , reserved2 ] ] )
///
/// Formats like Node's default (en-US) locale: grouping separators and at
/// most three fraction digits, rounding half away from zero on the shortest
/// decimal representation (as ICU does).
fn to_locale_string(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    let x = this_number_value(this, "toLocaleString")?;
    string_result(format_en_us(x))
}

/// en-US number formatting with `maximumFractionDigits: 3`.
pub fn format_en_us(x: f64) -> String {
    if x.is_nan() {
        return "NaN".into();
    }
    let neg = x.is_sign_negative();
    if x.is_infinite() {
        return if neg { "-∞".into() } else { "∞".into() };
    }
    let a = x.abs();
    // The shortest round-trip digits d1 d2 ... with the decimal point after
    // `point` digits (value = 0.d1d2... × 10^point).
    let (mut digits, mut point): (Vec<u8>, i64) = if a == 0.0 {
        (Vec::new(), 0)
    } else {
        let e = numconv::to_exponential(a, None);
        let (m, ex) = e.split_once('e').unwrap_or((&e, "+0"));
        let digits = m.bytes().filter(|b| b.is_ascii_digit()).map(|b| b - b'0').collect();
        (digits, ex.parse::<i64>().unwrap_or(0) + 1)
    };
    // Round to three fraction digits, ties away from zero.
    let keep = point + 3;
    if digits.len() as i64 > keep {
        let round_up = keep >= 0 && digits[keep as usize] >= 5;
        digits.truncate(keep.max(0) as usize);
        if round_up {
            let mut i = digits.len();
            loop {
                if i == 0 {
                    digits.insert(0, 1);
                    point += 1;
                    break;
                }
                i -= 1;
                if digits[i] == 9 {
                    digits[i] = 0;
                } else {
                    digits[i] += 1;
                    break;
                }
            }
        }
    }
    let digit = |j: i64| -> char {
        if j < 0 || j as usize >= digits.len() {
            '0'
        } else {
            (b'0' + digits[j as usize]) as char
        }
    };
    let int_digits: Vec<char> = if point <= 0 { vec!['0'] } else { (0..point).map(digit).collect() };
    let mut frac: String = (point..digits.len() as i64).map(digit).collect();
    while frac.ends_with('0') {
        frac.pop();
    }
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    let n = int_digits.len();
    for (i, c) in int_digits.iter().enumerate() {
        if i > 0 && (n - i) % 3 == 0 {
            out.push(',');
        }
        out.push(*c);
    }
    if !frac.is_empty() {
        out.push('.');
        out.push_str(&frac);
    }
    out
}

/// 21.1.3.5 Number.prototype.toPrecision ( precision )
fn to_precision(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let x = this_number_value(this, "toPrecision")?;
    let p = arg(args, 0);
    // 2. If precision is undefined, return ! ToString(x).
    if p.is_undefined() {
        return string_result(numconv::number_to_string(x));
    }
    let p = ops::to_integer_or_infinity(p)?;
    if !x.is_finite() {
        return string_result(numconv::number_to_string(x));
    }
    if !(1.0..=100.0).contains(&p) {
        return Err(range_error("toPrecision() argument must be between 1 and 100"));
    }
    string_result(numconv::to_precision(x, p as u32))
}

/// 21.1.3.6 Number.prototype.toString ( [ radix ] )
fn to_string(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let x = this_number_value(this, "toString")?;
    let r = arg(args, 0);
    let radix = if r.is_undefined() { 10.0 } else { ops::to_integer_or_infinity(r)? };
    if !(2.0..=36.0).contains(&radix) {
        return Err(range_error("toString() radix argument must be between 2 and 36"));
    }
    if radix == 10.0 {
        return ops::to_string(Value::number(x));
    }
    string_result(numconv::number_to_string_radix(x, radix as u32))
}

/// 21.1.3.7 Number.prototype.valueOf ( )
fn value_of(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    Ok(Value::number(this_number_value(this, "valueOf")?))
}

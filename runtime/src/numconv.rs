//! ECMAScript Number <-> String conversions.
//!
//! Every function here is pure. String inputs are slices of UTF-16 code
//! units (the runtime's string representation); outputs are always ASCII
//! and are returned as `String`.
//!
//! Shortest round-trip formatting comes from `ryu-js`. The fixed-precision
//! formatters (`toFixed`, `toPrecision`, `toExponential`) work on the exact
//! decimal expansion of the double, computed with a small big-integer
//! helper, so that rounding matches the specification exactly.

/// Digit characters for radixes up to 36.
const DIGIT_CHARS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";

/// 2^53: every integer with a smaller magnitude is exactly representable.
const TWO_POW_53: f64 = 9_007_199_254_740_992.0;

// ---------------------------------------------------------------------------
// Number -> String
// ---------------------------------------------------------------------------

/// 6.1.6.1.20 Number::toString ( x, radix ), with radix 10.
///
/// NaN, ±Infinity and -0 (printed as "0") are handled here as well.
pub fn number_to_string(x: f64) -> String {
    if x.trunc() == x && x.abs() < TWO_POW_53 {
        // Integral values below 2^53 print as the plain integer; the cast
        // also maps -0 to 0.
        return (x as i64).to_string();
    }
    ryu_js::Buffer::new().format(x).to_owned()
}

/// 21.1.3.6 Number.prototype.toString ( [ radix ] ), i.e.
/// 6.1.6.1.20 Number::toString ( x, radix ) for radix 2..=36.
///
/// For radixes other than 10 the digits are implementation-approximated;
/// this follows V8's `DoubleToRadixCString` so that output (including
/// fractions) matches what V8/Node print: fraction digits are generated
/// until they fall below half the distance to the next double, with the
/// last digit rounded half-to-even, and integer digits beyond 2^53 are
/// printed as zeros.
///
/// # Panics
/// Panics if `radix` is outside 2..=36 (callers throw a RangeError first).
pub fn number_to_string_radix(x: f64, radix: u32) -> String {
    assert!((2..=36).contains(&radix), "radix {radix} out of range");
    if radix == 10 || !x.is_finite() {
        return number_to_string(x);
    }
    let r = f64::from(radix);
    let negative = x < 0.0;
    let value = x.abs();

    let mut integer = value.floor();
    let mut fraction = value - integer;

    // Fraction digits: only as many as the precision of `value` justifies,
    // i.e. until the remainder drops below half an ulp (scaled along).
    let mut delta = (0.5 * (next_up(value) - value)).max(f64::from_bits(1));
    let mut frac_digits: Vec<u8> = Vec::new();
    if fraction >= delta {
        loop {
            fraction *= r;
            delta *= r;
            // `fraction` is in [0, radix), so truncation yields the digit.
            let digit = fraction as u8;
            frac_digits.push(digit);
            fraction -= f64::from(digit);
            let above_half = fraction > 0.5 || (fraction == 0.5 && digit & 1 == 1);
            if above_half && fraction + delta > 1.0 {
                // Round up. Digits that overflow to `radix` are dropped; if
                // all of them overflow the carry goes into the integer part.
                loop {
                    match frac_digits.pop() {
                        Some(d) if u32::from(d) + 1 < radix => {
                            frac_digits.push(d + 1);
                            break;
                        }
                        Some(_) => {}
                        None => {
                            integer += 1.0;
                            break;
                        }
                    }
                }
                break;
            }
            if fraction < delta {
                break;
            }
        }
    }

    // Integer digits, least significant first. While the quotient is at
    // least 2^53 the low digit is not representable and is printed as 0.
    let mut int_digits_rev: Vec<u8> = Vec::new();
    while integer / r >= TWO_POW_53 {
        integer /= r;
        int_digits_rev.push(b'0');
    }
    loop {
        let rem = integer % r;
        int_digits_rev.push(DIGIT_CHARS[rem as usize]);
        integer = (integer - rem) / r;
        if integer <= 0.0 {
            break;
        }
    }

    let mut out = String::with_capacity(1 + int_digits_rev.len() + 1 + frac_digits.len());
    if negative {
        out.push('-');
    }
    out.extend(int_digits_rev.iter().rev().map(|&c| char::from(c)));
    if !frac_digits.is_empty() {
        out.push('.');
        out.extend(
            frac_digits
                .iter()
                .map(|&d| char::from(DIGIT_CHARS[usize::from(d)])),
        );
    }
    out
}

/// 21.1.3.3 Number.prototype.toFixed ( fractionDigits )
///
/// `fraction_digits` is expected in 0..=100 (callers throw a RangeError
/// otherwise). Values with magnitude >= 10^21 fall back to
/// `number_to_string`. Ties round away from zero on the exact value.
pub fn to_fixed(x: f64, fraction_digits: u32) -> String {
    if !x.is_finite() || x.abs() >= 1e21 {
        return number_to_string(x);
    }
    let f = fraction_digits as usize;
    // n = round(|x| * 10^f), as decimal digits (empty means 0).
    let mut n = if x == 0.0 {
        Vec::new()
    } else {
        let d = exact_decimal(x);
        round_digits(&d.digits, d.exp + 1 + fraction_digits as i32).0
    };
    if n.len() <= f {
        // Left-pad so there is exactly one integer digit.
        n.splice(0..0, std::iter::repeat_n(0, f + 1 - n.len()));
    }
    let int_len = n.len() - f;

    let mut out = String::with_capacity(n.len() + 2);
    if x < 0.0 {
        out.push('-');
    }
    push_digits(&mut out, &n[..int_len]);
    if f > 0 {
        out.push('.');
        push_digits(&mut out, &n[int_len..]);
    }
    out
}

/// 21.1.3.2 Number.prototype.toExponential ( fractionDigits )
///
/// `None` (fractionDigits undefined) uses as many digits as necessary to
/// represent the value uniquely (the shortest round-trip digits).
/// `Some(f)` expects f in 0..=100 and rounds ties away from zero on the
/// exact value.
pub fn to_exponential(x: f64, fraction_digits: Option<u32>) -> String {
    if !x.is_finite() {
        return number_to_string(x);
    }
    let (digits, e) = if x == 0.0 {
        (vec![0; fraction_digits.unwrap_or(0) as usize + 1], 0)
    } else {
        match fraction_digits {
            None => {
                let d = shortest_decimal(x);
                (d.digits, d.exp)
            }
            Some(f) => round_significant(x, f as usize + 1),
        }
    };
    let mut out = String::new();
    if x < 0.0 {
        out.push('-');
    }
    push_exponential(&mut out, &digits, e);
    out
}

/// 21.1.3.5 Number.prototype.toPrecision ( precision )
///
/// `precision` is expected in 1..=100 (callers throw a RangeError
/// otherwise, and handle an undefined precision via ToString). Ties round
/// away from zero on the exact value.
pub fn to_precision(x: f64, precision: u32) -> String {
    if !x.is_finite() {
        return number_to_string(x);
    }
    let p = precision as usize;
    let (digits, e) = if x == 0.0 {
        (vec![0; p], 0)
    } else {
        round_significant(x, p)
    };

    let mut out = String::with_capacity(p + 8);
    if x < 0.0 {
        out.push('-');
    }
    if e < -6 || e >= precision as i32 {
        push_exponential(&mut out, &digits, e);
    } else if e >= 0 {
        let int_len = e as usize + 1;
        push_digits(&mut out, &digits[..int_len]);
        if int_len < p {
            out.push('.');
            push_digits(&mut out, &digits[int_len..]);
        }
    } else {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', (-e - 1) as usize));
        push_digits(&mut out, &digits);
    }
    out
}

/// Appends decimal digit values (0..=9) as characters.
fn push_digits(out: &mut String, digits: &[u8]) {
    out.extend(digits.iter().map(|&d| char::from(b'0' + d)));
}

/// Appends `d.ddd` followed by `e+E` / `e-E`.
fn push_exponential(out: &mut String, digits: &[u8], e: i32) {
    push_digits(out, &digits[..1]);
    if digits.len() > 1 {
        out.push('.');
        push_digits(out, &digits[1..]);
    }
    out.push('e');
    out.push(if e < 0 { '-' } else { '+' });
    out.push_str(&e.unsigned_abs().to_string());
}

/// The smallest double greater than `x`, for finite `x >= 0`.
fn next_up(x: f64) -> f64 {
    debug_assert!(x >= 0.0 && x.is_finite());
    f64::from_bits(x.abs().to_bits() + 1)
}

// ---------------------------------------------------------------------------
// Exact decimal arithmetic
// ---------------------------------------------------------------------------

/// A non-zero decimal in scientific form: `d0.d1d2... × 10^exp`.
/// `digits` holds digit values 0..=9, with `digits[0] != 0` and no
/// trailing zeros.
struct Decimal {
    digits: Vec<u8>,
    exp: i32,
}

/// A non-negative arbitrary-precision integer stored as little-endian
/// base-10^9 limbs, which makes decimal output trivial. Only what the
/// exact double expansion needs is implemented.
struct BigDecimalInt {
    limbs: Vec<u32>,
}

impl BigDecimalInt {
    const BASE: u64 = 1_000_000_000;

    fn from_u64(mut v: u64) -> Self {
        let mut limbs = Vec::new();
        while v > 0 {
            limbs.push((v % Self::BASE) as u32);
            v /= Self::BASE;
        }
        BigDecimalInt { limbs }
    }

    fn mul_small(&mut self, k: u32) {
        let mut carry = 0u64;
        for limb in &mut self.limbs {
            // < 10^9 * 2^32 + 2^32, which fits in u64.
            let t = u64::from(*limb) * u64::from(k) + carry;
            *limb = (t % Self::BASE) as u32;
            carry = t / Self::BASE;
        }
        while carry > 0 {
            self.limbs.push((carry % Self::BASE) as u32);
            carry /= Self::BASE;
        }
    }

    /// Multiplies by `base^exp`, using chunks of `base^chunk_exp` (which
    /// must fit in a u32).
    fn mul_pow(&mut self, base: u32, chunk_exp: u32, mut exp: u32) {
        let chunk = base.pow(chunk_exp);
        while exp >= chunk_exp {
            self.mul_small(chunk);
            exp -= chunk_exp;
        }
        if exp > 0 {
            self.mul_small(base.pow(exp));
        }
    }

    fn mul_pow2(&mut self, exp: u32) {
        self.mul_pow(2, 31, exp);
    }

    fn mul_pow5(&mut self, exp: u32) {
        // 5^13 = 1_220_703_125 < 2^32.
        self.mul_pow(5, 13, exp);
    }

    /// Decimal digit values, most significant first, without leading zeros.
    fn to_digits(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.limbs.len() * 9);
        for (i, &limb) in self.limbs.iter().rev().enumerate() {
            let mut group = [0u8; 9];
            let mut v = limb;
            for slot in group.iter_mut().rev() {
                *slot = (v % 10) as u8;
                v /= 10;
            }
            let start = if i == 0 {
                group.iter().take_while(|&&d| d == 0).count()
            } else {
                0
            };
            out.extend_from_slice(&group[start..]);
        }
        out
    }
}

/// The exact decimal expansion of a finite, non-zero `|x|`.
fn exact_decimal(x: f64) -> Decimal {
    debug_assert!(x.is_finite() && x != 0.0);
    let bits = x.abs().to_bits();
    let biased_exp = (bits >> 52) as i32;
    let fraction = bits & ((1 << 52) - 1);
    let (mut mantissa, mut exp2) = if biased_exp == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), biased_exp - 1075)
    };
    let tz = mantissa.trailing_zeros();
    mantissa >>= tz;
    exp2 += tz as i32;

    // |x| = mantissa * 2^exp2; for negative exp2 this is
    // mantissa * 5^-exp2 * 10^exp2.
    let mut big = BigDecimalInt::from_u64(mantissa);
    let mut exp10 = 0;
    if exp2 >= 0 {
        big.mul_pow2(exp2 as u32);
    } else {
        big.mul_pow5(exp2.unsigned_abs());
        exp10 = exp2;
    }
    let mut digits = big.to_digits();
    while digits.last() == Some(&0) {
        digits.pop();
        exp10 += 1;
    }
    let exp = exp10 + digits.len() as i32 - 1;
    Decimal { digits, exp }
}

/// The shortest round-trip decimal digits of a finite, non-zero `|x|`
/// (as used by Number::toString), taken from ryu-js.
fn shortest_decimal(x: f64) -> Decimal {
    let mut buf = ryu_js::Buffer::new();
    let s = buf.format_finite(x.abs());
    let (mantissa, exp_part) = match s.split_once('e') {
        Some((m, e)) => (m, e.parse::<i32>().unwrap_or(0)),
        None => (s, 0),
    };
    let mut digits = Vec::with_capacity(mantissa.len());
    let mut point = None;
    for b in mantissa.bytes() {
        if b == b'.' {
            point = Some(digits.len());
        } else {
            digits.push(b - b'0');
        }
    }
    let mut point = point.unwrap_or(digits.len()) as i32;
    let leading_zeros = digits.iter().take_while(|&&d| d == 0).count();
    digits.drain(..leading_zeros);
    point -= leading_zeros as i32;
    while digits.last() == Some(&0) {
        digits.pop();
    }
    Decimal {
        digits,
        exp: point - 1 + exp_part,
    }
}

/// Keeps the first `keep` digits of an exact digit string (padding with
/// zeros), rounding half up. Because the digits are exact, the rounding
/// decision only needs the first dropped digit. `keep` may be zero or
/// negative (the value is then below one unit of the last kept place).
///
/// Returns the kept digits and whether a carry added a leading digit
/// (in which case the result has `keep + 1` digits).
fn round_digits(digits: &[u8], keep: i32) -> (Vec<u8>, bool) {
    let Ok(keep) = usize::try_from(keep) else {
        return (Vec::new(), false);
    };
    let mut out: Vec<u8> = digits.iter().copied().take(keep).collect();
    out.resize(keep, 0);
    if digits.get(keep).is_some_and(|&d| d >= 5) {
        for d in out.iter_mut().rev() {
            if *d == 9 {
                *d = 0;
            } else {
                *d += 1;
                return (out, false);
            }
        }
        out.insert(0, 1);
        return (out, true);
    }
    (out, false)
}

/// Rounds finite, non-zero `|x|` to `p >= 1` significant digits (ties
/// away from zero), returning the `p` digits and the decimal exponent of
/// the first one.
fn round_significant(x: f64, p: usize) -> (Vec<u8>, i32) {
    let d = exact_decimal(x);
    let (mut digits, carried) = round_digits(&d.digits, p as i32);
    let mut exp = d.exp;
    if carried {
        digits.pop();
        exp += 1;
    }
    (digits, exp)
}

// ---------------------------------------------------------------------------
// String -> Number
// ---------------------------------------------------------------------------

/// WhiteSpace (12.2) or LineTerminator (12.3) code unit, as removed by
/// StringToNumber and String.prototype.trim.
pub fn is_js_whitespace(c: u16) -> bool {
    const TAB: u16 = 0x0009;
    const LF: u16 = 0x000A;
    const VT: u16 = 0x000B;
    const FF: u16 = 0x000C;
    const CR: u16 = 0x000D;
    const SP: u16 = 0x0020;
    const NBSP: u16 = 0x00A0;
    const LS: u16 = 0x2028;
    const PS: u16 = 0x2029;
    const ZWNBSP: u16 = 0xFEFF;
    match c {
        TAB | VT | FF | SP | NBSP | ZWNBSP | LF | CR | LS | PS => true,
        // <USP>: the other code points of general category Zs.
        0x1680 | 0x2000..=0x200A | 0x202F | 0x205F | 0x3000 => true,
        _ => false,
    }
}

fn trim_start(s: &[u16]) -> &[u16] {
    let start = s
        .iter()
        .position(|&c| !is_js_whitespace(c))
        .unwrap_or(s.len());
    &s[start..]
}

fn trim(s: &[u16]) -> &[u16] {
    let s = trim_start(s);
    let end = s
        .iter()
        .rposition(|&c| !is_js_whitespace(c))
        .map_or(0, |i| i + 1);
    &s[..end]
}

const INFINITY_UTF16: [u16; 8] = [
    b'I' as u16,
    b'n' as u16,
    b'f' as u16,
    b'i' as u16,
    b'n' as u16,
    b'i' as u16,
    b't' as u16,
    b'y' as u16,
];

/// Value of a digit character in radixes up to 36; 36 for non-digits.
fn digit_value(c: u16) -> u32 {
    match u8::try_from(c) {
        Ok(b @ b'0'..=b'9') => u32::from(b - b'0'),
        Ok(b @ b'a'..=b'z') => u32::from(b - b'a') + 10,
        Ok(b @ b'A'..=b'Z') => u32::from(b - b'A') + 10,
        _ => 36,
    }
}

fn is_decimal_digit(c: u16) -> bool {
    (u16::from(b'0')..=u16::from(b'9')).contains(&c)
}

fn count_decimal_digits(s: &[u16]) -> usize {
    s.iter().take_while(|&&c| is_decimal_digit(c)).count()
}

/// Length of the longest prefix of `s` that is a StrUnsignedDecimalLiteral
/// other than `Infinity` (digits, optional fraction, optional exponent);
/// 0 if there is none.
fn scan_unsigned_decimal(s: &[u16]) -> usize {
    let int_digits = count_decimal_digits(s);
    let mut len = int_digits;
    if s.get(len) == Some(&u16::from(b'.')) {
        let frac_digits = count_decimal_digits(&s[len + 1..]);
        if int_digits == 0 && frac_digits == 0 {
            return 0;
        }
        len += 1 + frac_digits;
    } else if int_digits == 0 {
        return 0;
    }
    if matches!(s.get(len), Some(&c) if c == u16::from(b'e') || c == u16::from(b'E')) {
        let mut exp_start = len + 1;
        if matches!(s.get(exp_start), Some(&c) if c == u16::from(b'+') || c == u16::from(b'-')) {
            exp_start += 1;
        }
        let exp_digits = count_decimal_digits(&s[exp_start..]);
        if exp_digits > 0 {
            len = exp_start + exp_digits;
        }
    }
    len
}

/// Parses an already validated ASCII decimal literal (optional sign,
/// digits, fraction, exponent) with Rust's correctly rounded parser.
fn parse_validated_decimal(s: &[u16]) -> f64 {
    // Narrow to bytes, on the stack for typical lengths.
    let mut stack_buf = [0u8; 64];
    let mut heap_buf = Vec::new();
    let bytes = if s.len() <= stack_buf.len() {
        &mut stack_buf[..s.len()]
    } else {
        heap_buf.resize(s.len(), 0);
        &mut heap_buf[..]
    };
    for (b, &c) in bytes.iter_mut().zip(s) {
        *b = c as u8;
    }
    std::str::from_utf8(bytes)
        .ok()
        .and_then(|text| text.parse().ok())
        .unwrap_or(f64::NAN)
}

/// Splits an optional leading `+` / `-`; returns (is_negative, rest).
fn split_sign(s: &[u16]) -> (bool, &[u16]) {
    match s.first() {
        Some(&c) if c == u16::from(b'-') => (true, &s[1..]),
        Some(&c) if c == u16::from(b'+') => (false, &s[1..]),
        _ => (false, s),
    }
}

fn apply_sign(negative: bool, v: f64) -> f64 {
    if negative {
        -v
    } else {
        v
    }
}

/// The correctly rounded value of digits (all valid) in a power-of-two
/// radix: the leading 64 bits are accumulated exactly, the rest only
/// contributes to the exponent and a sticky bit, then the significand is
/// rounded half-to-even to 53 bits.
fn pow2_radix_to_f64(digits: &[u16], radix: u32) -> f64 {
    let bits_per_digit = radix.trailing_zeros();
    let mut mantissa = 0u64;
    let mut extra_exp = 0u32;
    let mut sticky = false;
    for &c in digits {
        let d = u64::from(digit_value(c));
        if mantissa >> (64 - bits_per_digit) == 0 {
            mantissa = (mantissa << bits_per_digit) | d;
        } else {
            extra_exp = extra_exp.saturating_add(bits_per_digit);
            sticky |= d != 0;
        }
    }
    let len = 64 - mantissa.leading_zeros();
    if len <= 53 {
        // Nothing was dropped, so the value is exact.
        return mantissa as f64;
    }
    let shift = len - 53;
    let mut kept = mantissa >> shift;
    let rest = mantissa & ((1 << shift) - 1);
    let half = 1u64 << (shift - 1);
    if rest > half || (rest == half && (sticky || kept & 1 == 1)) {
        kept += 1; // may become 2^53, which is still exact
    }
    let exp = extra_exp.saturating_add(shift);
    if exp > 1023 {
        f64::INFINITY
    } else {
        // kept <= 2^53 is exact, and the power of two is exact.
        kept as f64 * f64::from_bits(u64::from(exp + 1023) << 52)
    }
}

/// The value of digits (all valid) in a radix that is neither 10 nor a
/// power of two. The spec allows an approximation here; like V8, digits
/// are accumulated in chunks whose multiplier stays below 2^32 / 36 and
/// folded into a double, so results match V8 bit for bit.
fn generic_radix_to_f64(digits: &[u16], radix: u32) -> f64 {
    const MAX_MULTIPLIER: u32 = u32::MAX / 36;
    let mut result = 0.0f64;
    let mut part = 0u32;
    let mut multiplier = 1u32;
    for &c in digits {
        if multiplier * radix > MAX_MULTIPLIER {
            result = result * f64::from(multiplier) + f64::from(part);
            part = 0;
            multiplier = 1;
        }
        part = part * radix + digit_value(c);
        multiplier *= radix;
    }
    result * f64::from(multiplier) + f64::from(part)
}

/// The value of a run of valid digits in `radix`.
fn radix_digits_to_f64(digits: &[u16], radix: u32) -> f64 {
    // Leading zeros are skipped first; besides saving work this keeps the
    // chunk boundaries of the generic path identical to V8's.
    let first_nonzero = digits.iter().position(|&c| c != u16::from(b'0'));
    let Some(start) = first_nonzero else {
        return 0.0;
    };
    let digits = &digits[start..];
    if radix == 10 {
        parse_validated_decimal(digits)
    } else if radix.is_power_of_two() {
        pow2_radix_to_f64(digits, radix)
    } else {
        generic_radix_to_f64(digits, radix)
    }
}

/// 7.1.4.1.1 StringToNumber ( str )
///
/// Accepts a StringNumericLiteral surrounded by optional whitespace and
/// line terminators: empty (0), `[+-]Infinity`, unsigned `0x`/`0o`/`0b`
/// integers, or signed decimal literals with optional fraction and
/// exponent. Numeric separators are not allowed. Anything else is NaN.
pub fn string_to_number(s: &[u16]) -> f64 {
    let s = trim(s);
    if s.is_empty() {
        return 0.0;
    }
    if s.len() >= 2 && s[0] == u16::from(b'0') {
        let radix = match u8::try_from(s[1]) {
            Ok(b'x' | b'X') => Some(16),
            Ok(b'o' | b'O') => Some(8),
            Ok(b'b' | b'B') => Some(2),
            _ => None,
        };
        if let Some(radix) = radix {
            let digits = &s[2..];
            if digits.is_empty() || digits.iter().any(|&c| digit_value(c) >= radix) {
                return f64::NAN;
            }
            return pow2_radix_to_f64(digits, radix);
        }
    }
    let (negative, rest) = split_sign(s);
    if rest == INFINITY_UTF16 {
        return apply_sign(negative, f64::INFINITY);
    }
    let len = scan_unsigned_decimal(rest);
    if len == 0 || len != rest.len() {
        return f64::NAN;
    }
    parse_validated_decimal(s)
}

/// 19.2.5 parseInt ( string, radix )
///
/// `s` is the already stringified argument. `radix` is the result of
/// ToInt32 on the radix argument; `None` stands for undefined, which
/// behaves like 0 (radix 10, or 16 with a `0x` prefix).
///
/// Radix 10 and power-of-two radixes are correctly rounded; other radixes
/// use the approximation the spec permits (matching V8).
pub fn parse_int(s: &[u16], radix: Option<i32>) -> f64 {
    let (negative, s) = split_sign(trim_start(s));
    let (mut radix, strip_prefix) = match radix.unwrap_or(0) {
        0 => (10, true),
        16 => (16, true),
        r @ 2..=36 => (r as u32, false),
        _ => return f64::NAN,
    };
    let mut s = s;
    if strip_prefix
        && s.len() >= 2
        && s[0] == u16::from(b'0')
        && (s[1] == u16::from(b'x') || s[1] == u16::from(b'X'))
    {
        s = &s[2..];
        radix = 16;
    }
    let end = s
        .iter()
        .position(|&c| digit_value(c) >= radix)
        .unwrap_or(s.len());
    if end == 0 {
        return f64::NAN;
    }
    apply_sign(negative, radix_digits_to_f64(&s[..end], radix))
}

/// 19.2.4 parseFloat ( string )
///
/// Parses the longest prefix (after leading whitespace) that is a
/// StrDecimalLiteral, including `[+-]Infinity`; NaN if there is none.
pub fn parse_float(s: &[u16]) -> f64 {
    let s = trim_start(s);
    let (negative, rest) = split_sign(s);
    if rest.starts_with(&INFINITY_UTF16) {
        return apply_sign(negative, f64::INFINITY);
    }
    let len = scan_unsigned_decimal(rest);
    if len == 0 {
        return f64::NAN;
    }
    let sign_len = s.len() - rest.len();
    parse_validated_decimal(&s[..sign_len + len])
}
#[cfg(test)]
mod tests {
    //! Expected values were produced by Node.js (V8) v20.
    use super::*;

    fn utf16(s: &str) -> Vec<u16> {
        s.encode_utf16().collect()
    }

    /// Bitwise equality (distinguishes -0), with all NaNs equal.
    fn assert_same(got: f64, want: f64, input: &str) {
        assert!(
            (got.is_nan() && want.is_nan()) || got.to_bits() == want.to_bits(),
            "input {input:?}: got {got:?}, want {want:?}"
        );
    }

    #[test]
    fn number_to_string_matches_node() {
        let cases: &[(f64, &str)] = &[
            (f64::NAN, "NaN"),
            (f64::INFINITY, "Infinity"),
            (f64::NEG_INFINITY, "-Infinity"),
            (0.0, "0"),
            (-0.0, "0"),
            (1.0, "1"),
            (-1.0, "-1"),
            (42.0, "42"),
            (0.1, "0.1"),
            (-0.5, "-0.5"),
            (0.3333333333333333, "0.3333333333333333"),
            (0.6666666666666666, "0.6666666666666666"),
            (100.0, "100"),
            (100000000000000000000.0, "100000000000000000000"),
            (1e+21, "1e+21"),
            (-1e+21, "-1e+21"),
            (0.000001, "0.000001"),
            (1e-7, "1e-7"),
            (1.5e-7, "1.5e-7"),
            (1.23e-18, "1.23e-18"),
            (123456789012345680000.0, "123456789012345680000"),
            (9007199254740992.0, "9007199254740992"),
            (9007199254740991.0, "9007199254740991"),
            (9007199254740994.0, "9007199254740994"),
            (-2147483648.0, "-2147483648"),
            (4294967296.0, "4294967296"),
            (9223372036854776000.0, "9223372036854776000"),
            (18446744073709552000.0, "18446744073709552000"),
            (4.35, "4.35"),
            (0.000001234, "0.000001234"),
            (f64::MAX, "1.7976931348623157e+308"),
            (5e-324, "5e-324"),
            (2.2250738585072014e-308, "2.2250738585072014e-308"),
            (std::f64::consts::PI, "3.141592653589793"),
            (-std::f64::consts::E, "-2.718281828459045"),
            (f64::MIN, "-1.7976931348623157e+308"),
            (1.005, "1.005"),
            (9.95, "9.95"),
        ];
        for &(x, want) in cases {
            assert_eq!(number_to_string(x), want, "{x:?}");
        }
    }

    #[test]
    fn radix_to_string_matches_node() {
        let cases: &[(f64, u32, &str)] = &[
            (0.5, 2, "0.1"),
            (255.0, 16, "ff"),
            (-255.5, 16, "-ff.8"),
            (0.1, 3, "0.0022002200220022002200220022002201"),
            (1e+21, 36, "5v1j4f4ds7c000"),
            (std::f64::consts::PI, 7, "3.066365143203613411"),
            (0.1, 2, "0.0001100110011001100110011001100110011001100110011001101"),
            (0.3333333333333333, 3, "0.1"),
            (-0.0, 2, "0"),
            (f64::NAN, 2, "NaN"),
            (f64::INFINITY, 16, "Infinity"),
            (f64::NEG_INFINITY, 36, "-Infinity"),
            (0.0, 36, "0"),
            (35.0, 36, "z"),
            (36.0, 36, "10"),
            (-2147483648.0, 2, "-10000000000000000000000000000000"),
            (9007199254740992.0, 2, "100000000000000000000000000000000000000000000000000000"),
            (9007199254740994.0, 3, "1121202011211211122211100012101111"),
            (1152921504606847000.0, 7, "2031000661631341064200"),
            (123.456, 36, "3f.gez4w97ry"),
            (0.3, 5, "0.122222222222222222222222"),
            (1e-7, 16, "0.000001ad7f29abcaf48"),
            (-1e+300, 36, "-fhgyjdfcg7s00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
            (f64::MAX, 36, "1a1e4vngaiqo0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
            (f64::MAX, 16, "fffffffffffff800000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
            (0.000001, 36, "0.0001ogs5wo29m8"),
            (1.1, 16, "1.199999999999a"),
            (0.9999999999999999, 16, "0.fffffffffffff8"),
            (99.99, 10, "99.99"),
            (-7.25, 8, "-7.2"),
            (4294967295.5, 32, "3vvvvvv.g"),
            (1e-300, 36, "0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000002box4rhe6qp"),
            (9.313225746154785e-10, 2, "0.000000000000000000000000000001"),
            (std::f64::consts::E, 36, "2.puw5nggjf8"),
            (12345.6789, 9, "17836.608823257875"),
            (0.5, 3, "0.1111111111111111111111111111111112"),
            (255.99999999999997, 16, "ff.fffffffffff8"),
            (10000000000000000.0, 5, "40441210000000000000000"),
            (0.1, 36, "0.3lllllllllm"),
            (-0.14285714285714285, 7, "-0.1"),
        ];
        for &(x, radix, want) in cases {
            assert_eq!(
                number_to_string_radix(x, radix),
                want,
                "{x:?} radix {radix}"
            );
        }
    }

    #[test]
    fn to_fixed_matches_node() {
        let cases: &[(f64, u32, &str)] = &[
            (1.005, 2, "1.00"),
            (1.45, 1, "1.4"),
            (0.000001, 7, "0.0000010"),
            (123.456, 10, "123.4560000000"),
            (-1.5, 0, "-2"),
            (2.5, 0, "3"),
            (100000000000000000000.0, 2, "100000000000000000000.00"),
            (0.0, 2, "0.00"),
            (-0.0, 2, "0.00"),
            (-1e-7, 2, "-0.00"),
            (0.5, 0, "1"),
            (1.5, 0, "2"),
            (-2.5, 0, "-3"),
            (1e+21, 2, "1e+21"),
            (-1e+21, 3, "-1e+21"),
            (999.995, 2, "1000.00"),
            (f64::NAN, 2, "NaN"),
            (f64::INFINITY, 0, "Infinity"),
            (f64::NEG_INFINITY, 1, "-Infinity"),
            (1.23e-10, 20, "0.00000000012300000000"),
            (0.1, 30, "0.100000000000000005551115123126"),
            (1.255, 2, "1.25"),
            (8.345, 2, "8.35"),
            (10.235, 2, "10.23"),
            (99.99, 1, "100.0"),
            (0.95, 1, "0.9"),
            (0.05, 1, "0.1"),
            (123456789.12345679, 5, "123456789.12346"),
            (999999999999999900000.0, 1, "999999999999999868928.0"),
            (1e-10, 0, "0"),
            (5e-11, 10, "0.0000000001"),
            (42.0, 0, "42"),
            (-42.0, 3, "-42.000"),
            (std::f64::consts::PI, 15, "3.141592653589793"),
            (1.1805916207174113e+21, 0, "1.1805916207174113e+21"),
            (0.0009765625, 10, "0.0009765625"),
            (12345678901234567000.0, 3, "12345678901234567168.000"),
            (5e-324, 2, "0.00"),
        ];
        for &(x, digits, want) in cases {
            assert_eq!(to_fixed(x, digits), want, "{x:?}.toFixed({digits})");
        }
    }

    #[test]
    fn to_precision_matches_node() {
        let cases: &[(f64, u32, &str)] = &[
            (0.0, 1, "0"),
            (0.0, 5, "0.0000"),
            (-0.0, 3, "0.00"),
            (123.456, 4, "123.5"),
            (123.456, 2, "1.2e+2"),
            (0.000001234, 2, "0.0000012"),
            (1.234e-7, 2, "1.2e-7"),
            (1e+21, 3, "1.00e+21"),
            (123456.0, 6, "123456"),
            (123456.0, 5, "1.2346e+5"),
            (999.9, 3, "1.00e+3"),
            (1.45, 2, "1.4"),
            (2.5, 1, "3"),
            (-2.5, 1, "-3"),
            (f64::NAN, 3, "NaN"),
            (f64::NEG_INFINITY, 2, "-Infinity"),
            (5e-324, 3, "4.94e-324"),
            (std::f64::consts::PI, 30, "3.14159265358979311599796346854"),
            (0.3333333333333333, 21, "0.333333333333333314830"),
            (0.000001, 1, "0.000001"),
            (1e-7, 1, "1e-7"),
            (99.99, 3, "100"),
            (-0.00001, 2, "-0.000010"),
            (123.0, 3, "123"),
            (123.0, 2, "1.2e+2"),
            (1.0000000000000002, 17, "1.0000000000000002"),
            (f64::MAX, 5, "1.7977e+308"),
            (1.005, 3, "1.00"),
            (42.0, 1, "4e+1"),
            (0.1, 25, "0.1000000000000000055511151"),
        ];
        for &(x, p, want) in cases {
            assert_eq!(to_precision(x, p), want, "{x:?}.toPrecision({p})");
        }
    }

    #[test]
    fn to_exponential_matches_node() {
        let cases: &[(f64, Option<u32>, &str)] = &[
            (0.0, None, "0e+0"),
            (0.0, Some(2), "0.00e+0"),
            (-0.0, Some(0), "0e+0"),
            (123456.0, None, "1.23456e+5"),
            (123456.0, Some(2), "1.23e+5"),
            (1.45, Some(1), "1.4e+0"),
            (-1.5e-7, None, "-1.5e-7"),
            (1e+21, None, "1e+21"),
            (5e-324, None, "5e-324"),
            (5e-324, Some(3), "4.941e-324"),
            (f64::MAX, Some(20), "1.79769313486231570815e+308"),
            (f64::NAN, Some(2), "NaN"),
            (f64::NEG_INFINITY, None, "-Infinity"),
            (f64::INFINITY, Some(3), "Infinity"),
            (0.00015, Some(1), "1.5e-4"),
            (1.25, Some(1), "1.3e+0"),
            (9.995, Some(2), "9.99e+0"),
            (1.0, None, "1e+0"),
            (1.0, Some(0), "1e+0"),
            (-1.005, Some(2), "-1.00e+0"),
            (0.1, Some(20), "1.00000000000000005551e-1"),
            (std::f64::consts::PI, Some(0), "3e+0"),
            (99.5, Some(0), "1e+2"),
            (1.23e-18, None, "1.23e-18"),
            (9007199254740994.0, Some(16), "9.0071992547409940e+15"),
            (0.3333333333333333, None, "3.333333333333333e-1"),
        ];
        for &(x, digits, want) in cases {
            assert_eq!(
                to_exponential(x, digits),
                want,
                "{x:?}.toExponential({digits:?})"
            );
        }
    }

    #[test]
    fn string_to_number_matches_node() {
        let cases: &[(&str, f64)] = &[
            ("", 0.0),
            ("   ", 0.0),
            ("42", 42.0),
            (" 42 ", 42.0),
            ("\u{A0}42\u{FEFF}", 42.0),
            ("\u{2028} 1 \u{2029}", 1.0),
            ("\u{3000} 7\u{205F}", 7.0),
            ("\u{1680} 8\u{202F}", 8.0),
            ("\u{2000}\u{200A}9", 9.0),
            ("\u{180E}1", f64::NAN),
            ("\u{200B}1", f64::NAN),
            ("\t\n\u{B}\u{C}\r 1 \t", 1.0),
            ("Infinity", f64::INFINITY),
            ("+Infinity", f64::INFINITY),
            ("-Infinity", f64::NEG_INFINITY),
            (" -Infinity ", f64::NEG_INFINITY),
            ("infinity", f64::NAN),
            ("INFINITY", f64::NAN),
            ("inf", f64::NAN),
            ("NaN", f64::NAN),
            ("0x1F", 31.0),
            ("0X1f", 31.0),
            ("-0x10", f64::NAN),
            ("+0x10", f64::NAN),
            ("0x", f64::NAN),
            ("0xg", f64::NAN),
            ("0o17", 15.0),
            ("0O8", f64::NAN),
            ("0b101", 5.0),
            ("0B2", f64::NAN),
            ("0b", f64::NAN),
            ("1e3", 1000.0),
            ("1E+3", 1000.0),
            ("1e-3", 0.001),
            ("1e", f64::NAN),
            ("1e+", f64::NAN),
            (".5", 0.5),
            ("5.", 5.0),
            (".", f64::NAN),
            ("+.5", 0.5),
            ("-.5e1", -5.0),
            ("-0", -0.0),
            ("+0", 0.0),
            ("-", f64::NAN),
            ("+", f64::NAN),
            ("00012", 12.0),
            ("1_000", f64::NAN),
            ("1,000", f64::NAN),
            ("0x1_0", f64::NAN),
            ("12abc", f64::NAN),
            ("1e1000", f64::INFINITY),
            ("-1e-1000", -0.0),
            ("9007199254740993", 9007199254740992.0),
            ("0x20000000000001", 9007199254740992.0),
            ("0x20000000000003", 9007199254740996.0),
            ("0.1", 0.1),
            ("123456789012345678901234567890", 1.2345678901234568e+29),
            ("- 1", f64::NAN),
            ("1 1", f64::NAN),
            ("\u{661}", f64::NAN),
            ("1.2.3", f64::NAN),
            ("e5", f64::NAN),
            ("0.0000001", 1e-7),
            ("1.e5", 100000.0),
            ("0.5e-323", 5e-324),
            ("2.4703282292062328e-324", 5e-324),
            ("2.4703282292062327e-324", 0.0),
            ("1.7976931348623158e308", f64::MAX),
            ("1.7976931348623159e308", f64::INFINITY),
            (
                "0b11111111111111111111111111111111111111111111111111111",
                9007199254740991.0,
            ),
            (
                "0b111111111111111111111111111111111111111111111111111111",
                18014398509481984.0,
            ),
            ("0o777777777777777777777", 9223372036854776000.0),
            ("0xFFFFFFFFFFFFFC00", 18446744073709552000.0),
            ("0xFFFFFFFFFFFFFBFF", 18446744073709550000.0),
            ("1e+", f64::NAN),
            ("+-1", f64::NAN),
            ("0.0e0", 0.0),
            ("\u{0}1", f64::NAN),
        ];
        for &(s, want) in cases {
            assert_same(string_to_number(&utf16(s)), want, s);
        }
    }

    #[test]
    fn parse_int_matches_node() {
        let cases: &[(&str, Option<i32>, f64)] = &[
            ("42", None, 42.0),
            ("  -42abc", None, -42.0),
            ("0x1F", None, 31.0),
            ("0x1F", Some(16), 31.0),
            ("0x1F", Some(10), 0.0),
            ("0X1f", Some(0), 31.0),
            ("-0x10", None, -16.0),
            ("0b11", None, 0.0),
            ("", None, f64::NAN),
            ("-", None, f64::NAN),
            ("0x", None, f64::NAN),
            ("-0", None, -0.0),
            ("123", Some(1), f64::NAN),
            ("123", Some(37), f64::NAN),
            ("123", Some(-1), f64::NAN),
            ("11", Some(2), 3.0),
            ("zz", Some(36), 1295.0),
            ("ZZ", Some(36), 1295.0),
            ("9", Some(8), f64::NAN),
            ("78", Some(8), 7.0),
            ("1e21", None, 1.0),
            ("9007199254740993", None, 9007199254740992.0),
            (
                "123456789012345678901234567890",
                None,
                1.2345678901234568e+29,
            ),
            ("0.00000001", None, 0.0),
            ("Infinity", None, f64::NAN),
            ("  \u{A0} 12", None, 12.0),
            ("\u{180E}12", None, f64::NAN),
            ("+12", None, 12.0),
            ("+-12", None, f64::NAN),
            (
                "111111111111111111111111111111111111111111111111111111111111",
                Some(2),
                1152921504606847000.0,
            ),
            ("ffffffffffffffffff", Some(16), 4.722366482869645e+21),
            ("zzzzzzzzzzzzzzzzzzz", Some(36), 3.7131929274565926e+29),
            ("0000000000000000000000123", Some(3), 5.0),
            ("12", Some(16), 18.0),
            ("0x10", Some(16), 16.0),
            ("0x10", Some(17), 0.0),
            ("1fffffffffffff1", Some(16), 144115188075855860.0),
            ("1fffffffffffff8", Some(16), 144115188075855870.0),
            ("1fffffffffffff9", Some(16), 144115188075855870.0),
            ("1fffffffffffffa", Some(32), 1.7518456307419652e+21),
            ("7777777777777777777", Some(8), 144115188075855870.0),
            ("3333333333333333333333333333", Some(4), 72057594037927940.0),
            ("-000", Some(10), -0.0),
            ("0", Some(2), 0.0),
            ("2", Some(2), f64::NAN),
            ("10", Some(36), 36.0),
            ("4294967296", Some(10), 4294967296.0),
            ("abc", Some(13), 1845.0),
            ("kiln", Some(36), 957227.0),
            ("\u{661}", None, f64::NAN),
            ("12\u{A0}", None, 12.0),
        ];
        for &(s, radix, want) in cases {
            assert_same(parse_int(&utf16(s), radix), want, s);
        }
    }

    #[test]
    fn parse_float_matches_node() {
        let cases: &[(&str, f64)] = &[
            ("3.25abc", 3.25),
            ("  -0", -0.0),
            ("-0", -0.0),
            (".5", 0.5),
            ("-.5", -0.5),
            ("5.", 5.0),
            ("1e", 1.0),
            ("1e+", 1.0),
            ("1e5x", 100000.0),
            ("1.e5", 100000.0),
            (".e5", f64::NAN),
            ("Infinityx", f64::INFINITY),
            ("-Infinity", f64::NEG_INFINITY),
            ("+Infinity", f64::INFINITY),
            ("infinity", f64::NAN),
            ("0x10", 0.0),
            ("", f64::NAN),
            ("abc", f64::NAN),
            ("\u{FEFF} 1.5", 1.5),
            ("1_0", 1.0),
            ("- 1", f64::NAN),
            ("00.5e-2", 0.005),
            ("1e1000", f64::INFINITY),
            ("+.", f64::NAN),
            ("1.2.3", 1.2),
            ("123456789012345678901234567890e-10", 12345678901234567000.0),
            ("\u{2029}-7.5e-3xyz", -0.0075),
            ("+Inf", f64::NAN),
            ("1e-400", 0.0),
            ("9007199254740993.0", 9007199254740992.0),
            (".", f64::NAN),
            ("-.e1", f64::NAN),
            ("0.1e-5e", 0.000001),
            ("\u{180E}1", f64::NAN),
            ("12 34", 12.0),
        ];
        for &(s, want) in cases {
            assert_same(parse_float(&utf16(s)), want, s);
        }
    }

    #[test]
    fn whitespace_set_matches_node() {
        // Every code unit matched by /\s/ in node.
        const WHITESPACE: &[u16] = &[
            0x0009, 0x000A, 0x000B, 0x000C, 0x000D, 0x0020, 0x00A0, 0x1680, 0x2000, 0x2001, 0x2002,
            0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200A, 0x2028, 0x2029, 0x202F,
            0x205F, 0x3000, 0xFEFF,
        ];
        for c in 0..=u16::MAX {
            assert_eq!(is_js_whitespace(c), WHITESPACE.contains(&c), "{c:#06x}");
        }
    }

    #[test]
    fn long_inputs_match_node() {
        let cases: Vec<(String, &str, Option<i32>, f64)> = vec![
            (
                "1".repeat(400).to_string(),
                "parse_int",
                None,
                f64::INFINITY,
            ),
            (
                format!("{}1", "0".repeat(400)).to_string(),
                "parse_int",
                None,
                1.0,
            ),
            (
                format!("1{}", "0".repeat(308)).to_string(),
                "parse_int",
                None,
                1e+308,
            ),
            (
                format!("0x{}", "f".repeat(300)).to_string(),
                "number",
                None,
                f64::INFINITY,
            ),
            (
                format!("0x1{}1", "0".repeat(300)).to_string(),
                "number",
                None,
                f64::INFINITY,
            ),
            (
                format!("1{}1", "0".repeat(15)).to_string(),
                "parse_int",
                Some(16),
                18446744073709552000.0,
            ),
            (
                format!("0.{}1", "0".repeat(400)).to_string(),
                "number",
                None,
                0.0,
            ),
            (
                format!("{}5", "9".repeat(20)).to_string(),
                "parse_int",
                Some(7),
                f64::NAN,
            ),
            ("z".repeat(40).to_string(), "parse_int", Some(35), f64::NAN),
            (
                format!("1.{}e-5x", "3".repeat(800)).to_string(),
                "parse_float",
                None,
                0.000013333333333333333,
            ),
        ];
        for (s, func, radix, want) in &cases {
            let units = utf16(s);
            let got = match *func {
                "parse_int" => parse_int(&units, *radix),
                "number" => string_to_number(&units),
                _ => parse_float(&units),
            };
            assert_same(got, *want, s);
        }
    }

    #[test]
    fn extreme_outputs_match_node() {
        // (5e-324).toString(2): "0." followed by 1073 zeros and a 1 (1076 chars).
        let s = number_to_string_radix(5e-324, 2);
        assert_eq!(s.len(), 1076);
        assert_eq!(s, format!("0.{}1", "0".repeat(1073)));
        // Number.MAX_VALUE.toString(2): 1024 binary digits, 53 ones then zeros.
        assert_eq!(
            number_to_string_radix(f64::MAX, 2),
            format!("{}{}", "1".repeat(53), "0".repeat(971))
        );
        // (5e-324).toFixed(100) and toPrecision(100) need the full exact expansion.
        assert_eq!(to_fixed(5e-324, 100), "0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000");
        assert_eq!(to_precision(5e-324, 100), "4.940656458412465441765687928682213723650598026143247644255856825006755072702087518652998363616359924e-324");
        assert_eq!(to_precision(f64::MAX, 100), "1.797693134862315708145274237317043567980705675258449965989174768031572607800285387605895586327668782e+308");
        assert_eq!(to_exponential(0.1, Some(100)), "1.0000000000000000555111512312578270211815834045410156250000000000000000000000000000000000000000000000e-1");
        assert_eq!(to_fixed(1e20, 100), "100000000000000000000.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000");
    }
}

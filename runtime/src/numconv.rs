//! TEMPORARY shim; replaced by the full implementation.
pub fn number_to_string(x: f64) -> String { ryu_js::Buffer::new().format(x).to_string() }
pub fn string_to_number(s: &[u16]) -> f64 { let t = String::from_utf16_lossy(s); let t = t.trim(); if t.is_empty() { 0.0 } else { t.parse().unwrap_or(f64::NAN) } }
pub fn parse_int(s: &[u16], _radix: Option<i32>) -> f64 { string_to_number(s).trunc() }
pub fn parse_float(s: &[u16]) -> f64 { string_to_number(s) }
pub fn is_js_whitespace(c: u16) -> bool { c == 32 || c == 9 || c == 10 || c == 13 }

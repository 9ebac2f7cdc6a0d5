//! Node's util.inspect. (Being written.)
use crate::value::Value;
pub fn inspect(v: Value) -> String {
    if v.is_string() { return format!("'{}'", v.str().to_rust_string()); }
    crate::ops::to_rust_string(v).unwrap_or_else(|_| "[object]".into())
}
pub fn inspect_depth(v: Value, _depth: usize) -> String { inspect(v) }
/// Own enumerable properties of an error other than stack/message, as `{ k: v }`.
pub fn error_extra_props(_e: Value) -> String { String::new() }

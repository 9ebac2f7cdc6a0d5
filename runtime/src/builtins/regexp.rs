//! 22.2 RegExp objects. (Being written.)
use crate::value::Value;
use crate::JsResult;
pub fn init() {}
/// 22.2.3.1 RegExpCreate(P, F)
pub fn regexp_create(_pattern: Value, _flags: Value) -> JsResult<Value> {
    Err(crate::error::syntax_error("RegExp is not implemented yet"))
}

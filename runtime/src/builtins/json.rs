//! 25.5 The JSON object. (Being written.)
use crate::value::Value;
use crate::JsResult;
pub fn init() {}
/// JSON.stringify(value) with no replacer or indent; None for undefined.
pub fn stringify_value(_v: Value) -> JsResult<Option<Value>> {
    Ok(None)
}

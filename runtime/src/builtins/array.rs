//! 23.1 Array objects. (Being written.)
use crate::object::new_array;
use crate::value::Value;
use crate::JsResult;

pub fn init() {}

/// %Array.prototype.values%, shared with arguments objects.
pub fn values_function() -> Value {
    Value::UNDEFINED
}

/// Collects the values of an iterable (or array-like) into a new array.
pub fn iterate_to_array(v: Value) -> JsResult<Value> {
    Ok(new_array(crate::ops::list_from_array_like(v)?))
}

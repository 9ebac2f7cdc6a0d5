//! Symbols (6.1.5).
use crate::gc::{alloc_cell, CellKind, Header};
use crate::value::Value;

#[repr(C)]
pub struct JsSymbol {
    pub header: Header,
    /// A string or undefined.
    pub description: Value,
}

pub fn new_symbol(description: Value) -> Value {
    let p = alloc_cell(JsSymbol { header: Header::new(CellKind::Symbol, std::mem::size_of::<JsSymbol>()), description });
    Value::symbol(p)
}

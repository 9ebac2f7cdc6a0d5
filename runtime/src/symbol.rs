//! Symbols (6.1.5).
use crate::gc::{alloc_cell, CellKind, Header};
use crate::value::Value;

#[repr(C)]
pub struct JsSymbol {
    pub header: Header,
    /// A string or undefined.
    pub description: Value,
    /// 0 for a Symbol value; for a Private Name (6.2.12, which Kiln
    /// represents as a symbol that never reaches JS code: only generated
    /// code holds it, in a class scope's hidden binding) the kind of its
    /// private element, `PRIVATE_*`.
    pub private: u8,
    /// For a Private Name: the name of its class (V8's brand-check
    /// messages name it); undefined otherwise.
    pub class_name: Value,
}

pub const PRIVATE_FIELD: u8 = 1;
pub const PRIVATE_METHOD: u8 = 2;
pub const PRIVATE_ACCESSOR: u8 = 3;
/// Added to the kind: the element is static (of the class itself).
pub const PRIVATE_STATIC: u8 = 4;

pub fn new_symbol(description: Value) -> Value {
    let p = alloc_cell(JsSymbol {
        header: Header::new(CellKind::Symbol, std::mem::size_of::<JsSymbol>()),
        description,
        private: 0,
        class_name: Value::UNDEFINED,
    });
    Value::symbol(p)
}

/// 6.2.12 Private Names: a new Private Name whose [[Description]] is
/// `description` (`#x`), for an element of kind `kind` (`PRIVATE_*`) of
/// class `class_name`.
pub fn new_private_name(description: Value, kind: u8, class_name: Value) -> Value {
    let p = alloc_cell(JsSymbol {
        header: Header::new(CellKind::Symbol, std::mem::size_of::<JsSymbol>()),
        description,
        private: kind,
        class_name,
    });
    Value::symbol(p)
}

//! Creating and reporting errors (20.5 Error objects).

use crate::object::{new_object_with, Class, Key, Slot, CONFIGURABLE, WRITABLE};
use crate::string::new_string_from_str;
use crate::value::Value;

#[derive(Copy, Clone, Debug)]
pub enum ErrorKind {
    Error,
    TypeError,
    RangeError,
    SyntaxError,
    ReferenceError,
    EvalError,
    URIError,
}

pub fn prototype_of(kind: ErrorKind) -> Value {
    let r = &crate::rt().realm;
    match kind {
        ErrorKind::Error => r.error_prototype,
        ErrorKind::TypeError => r.type_error_prototype,
        ErrorKind::RangeError => r.range_error_prototype,
        ErrorKind::SyntaxError => r.syntax_error_prototype,
        ErrorKind::ReferenceError => r.reference_error_prototype,
        ErrorKind::EvalError => r.eval_error_prototype,
        ErrorKind::URIError => r.uri_error_prototype,
    }
}

/// A new error object with the given prototype and message (`message` is
/// undefined to leave it absent), with a `stack` captured from the current
/// JS frames.
pub fn make_error_with_proto(proto: Value, message: Value) -> Value {
    let e = new_object_with(proto, Class::Error);
    if !message.is_undefined() {
        e.obj().props.insert(Key::from_str("message").named(), Slot::data(message, WRITABLE | CONFIGURABLE));
    }
    let stack = crate::abi::capture_stack(e);
    e.obj().props.insert(Key::from_str("stack").named(), Slot::data(stack, WRITABLE | CONFIGURABLE));
    e
}

pub fn make_error(kind: ErrorKind, msg: &str) -> Value {
    let m = new_string_from_str(msg);
    make_error_with_proto(prototype_of(kind), m)
}

pub fn type_error(msg: &str) -> Value {
    make_error(ErrorKind::TypeError, msg)
}
pub fn range_error(msg: &str) -> Value {
    make_error(ErrorKind::RangeError, msg)
}
pub fn reference_error(msg: &str) -> Value {
    make_error(ErrorKind::ReferenceError, msg)
}
pub fn syntax_error(msg: &str) -> Value {
    make_error(ErrorKind::SyntaxError, msg)
}

/// Prints an uncaught exception to stderr as Node does: the error's stack
/// (or `Uncaught <inspect(value)>` for non-errors).
pub fn report_uncaught(e: Value) {
    crate::builtins::console::flush_stdout();
    let text = if e.is_object() && matches!(e.obj().class, Class::Error) {
        let stack = crate::ops::get(e, Key::from_str("stack")).unwrap_or(Value::UNDEFINED);
        if stack.is_string() {
            let mut s = stack.str().to_rust_string();
            // Node appends own enumerable properties of the error object.
            let extra = crate::inspect::error_extra_props(e);
            if !extra.is_empty() {
                s.push(' ');
                s.push_str(&extra);
            }
            s
        } else {
            crate::inspect::inspect(e)
        }
    } else {
        format!("Uncaught {}", crate::inspect::inspect(e))
    };
    let script = &crate::rt().script_path;
    eprintln!("{script}\n\n{text}\n\nKiln v{}", env!("CARGO_PKG_VERSION"));
}

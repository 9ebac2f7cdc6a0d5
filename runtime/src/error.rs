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
    let is_error = e.is_object() && matches!(e.obj().class, Class::Error);
    let text = if is_error {
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
    } else if e.is_string() {
        e.str().to_rust_string()
    } else {
        crate::inspect::inspect(e)
    };
    // As Node: where the value was thrown, with the source line and a caret.
    let rt = crate::rt();
    let frame = match rt.thrown_at {
        Some((info, pos)) if rt.thrown == e && !info.is_null() => {
            // SAFETY: function infos are static data of loaded code.
            let info = unsafe { &*info };
            let line = (pos >> crate::abi::POS_COL_BITS) as usize;
            let col = (pos & ((1 << crate::abi::POS_COL_BITS) - 1)) as usize;
            let file = info.file().str().to_rust_string();
            match info.source().lines().nth(line.wrapping_sub(1)) {
                Some(src) if line > 0 => {
                    let caret: String = src.chars().take(col.saturating_sub(1)).map(|c| if c == '\t' { '\t' } else { ' ' }).collect();
                    format!("{file}:{line}\n{src}\n{caret}^\n")
                }
                _ => format!("{file}:{line}\n"),
            }
        }
        _ => format!("{}\n", rt.script_path),
    };
    if is_error {
        eprintln!("{frame}\n{text}\n\nKiln v{}", env!("CARGO_PKG_VERSION"));
    } else {
        eprintln!("{frame}{text}\n\nKiln v{}", env!("CARGO_PKG_VERSION"));
    }
}

/// Node's default for a rejection no handler was added to (`--unhandled-rejections=throw`):
/// an Error reason is reported like an uncaught exception; any other
/// reason as Node's UnhandledPromiseRejection error.
pub fn report_unhandled_rejection(reason: Value) {
    if reason.is_object() && matches!(reason.obj().class, Class::Error) {
        report_uncaught(reason);
        return;
    }
    crate::builtins::console::flush_stdout();
    let shown = if reason.is_string() { reason.str().to_rust_string() } else { crate::inspect::inspect(reason) };
    eprintln!(
        "UnhandledPromiseRejection: This error originated either by throwing inside of an async function without a catch block, or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason \"{shown}\".\n\nKiln v{}",
        env!("CARGO_PKG_VERSION")
    );
}

//! The Kiln compiler: front-end (swc parser, scope resolution, early
//! errors), lowering to KIR, and Cranelift code generation for both the
//! object-file and the JIT back-ends.
//!
//! Open [`driver`] first: it is the pipeline as one readable sequence.

pub mod codegen;
pub mod diagnostics;
pub mod driver;
pub mod early;
pub mod esm;
pub mod front;
pub mod kir;
pub mod lower;
pub mod modules;
pub mod outline;

pub use diagnostics::Diagnostic;
pub use front::Goal;

/// The string a numeric property key names (7.1.12.1 Number::toString).
pub fn number_key(n: f64) -> String {
    kiln_runtime::numconv::number_to_string(n)
}

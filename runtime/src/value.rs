//! NaN-boxed JavaScript values.
//!
//! A [`Value`] is one `u64`. Doubles are stored as their IEEE bits; every NaN
//! a program can observe is canonicalised to `0x7FF8_0000_0000_0000`, which
//! leaves the negative quiet-NaN space with the top 16 bits `0xFFF9..=0xFFFF`
//! free for tags:
//!
//! | top 16 bits | payload                          |
//! |-------------|----------------------------------|
//! | `0xFFF9`    | int32 in the low 32 bits         |
//! | `0xFFFA`    | pointer to an object cell        |
//! | `0xFFFB`    | pointer to a string cell         |
//! | `0xFFFC`    | pointer to a symbol cell         |
//! | `0xFFFD`    | specials: undefined, null, false, true, hole, exception |
//!
//! **Invariant:** generated code and the runtime agree on these constants;
//! the compiler imports them from here and never hard-codes them.

use crate::object::JsObject;
use crate::string::JsString;
use crate::symbol::JsSymbol;

pub const TAG_SHIFT: u64 = 48;
pub const TAG_INT: u64 = 0xFFF9;
pub const TAG_OBJ: u64 = 0xFFFA;
pub const TAG_STR: u64 = 0xFFFB;
pub const TAG_SYM: u64 = 0xFFFC;
pub const TAG_SPECIAL: u64 = 0xFFFD;
/// Values whose bits are below this are doubles.
pub const FIRST_TAGGED: u64 = TAG_INT << TAG_SHIFT;
pub const PAYLOAD_MASK: u64 = (1 << TAG_SHIFT) - 1;

pub const UNDEFINED_BITS: u64 = TAG_SPECIAL << TAG_SHIFT;
pub const NULL_BITS: u64 = UNDEFINED_BITS | 1;
pub const FALSE_BITS: u64 = UNDEFINED_BITS | 2;
pub const TRUE_BITS: u64 = UNDEFINED_BITS | 3;
/// An array hole, or an uninitialised `let`/`const` binding (TDZ).
pub const HOLE_BITS: u64 = UNDEFINED_BITS | 4;
/// Returned by any entry point that threw; the thrown value is in the context.
pub const EXCEPTION_BITS: u64 = UNDEFINED_BITS | 5;
pub const CANONICAL_NAN: u64 = 0x7FF8_0000_0000_0000;

#[derive(Copy, Clone, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct Value(pub u64);

impl Value {
    pub const UNDEFINED: Value = Value(UNDEFINED_BITS);
    pub const NULL: Value = Value(NULL_BITS);
    pub const TRUE: Value = Value(TRUE_BITS);
    pub const FALSE: Value = Value(FALSE_BITS);
    pub const HOLE: Value = Value(HOLE_BITS);
    pub const EXCEPTION: Value = Value(EXCEPTION_BITS);

    #[inline]
    pub fn from_f64(d: f64) -> Value {
        if d.is_nan() {
            return Value(CANONICAL_NAN);
        }
        Value(d.to_bits())
    }
    /// A number, stored as int32 when it is one (and not -0).
    #[inline]
    pub fn number(d: f64) -> Value {
        let i = d as i32;
        if i as f64 == d && !(i == 0 && d.is_sign_negative()) {
            Value::int(i)
        } else {
            Value::from_f64(d)
        }
    }
    #[inline]
    pub fn int(i: i32) -> Value {
        Value((TAG_INT << TAG_SHIFT) | (i as u32 as u64))
    }
    #[inline]
    pub fn bool(b: bool) -> Value {
        if b { Value::TRUE } else { Value::FALSE }
    }
    #[inline]
    pub fn object(p: *mut JsObject) -> Value {
        Value((TAG_OBJ << TAG_SHIFT) | p as u64)
    }
    #[inline]
    pub fn string(p: *mut JsString) -> Value {
        Value((TAG_STR << TAG_SHIFT) | p as u64)
    }
    #[inline]
    pub fn symbol(p: *mut JsSymbol) -> Value {
        Value((TAG_SYM << TAG_SHIFT) | p as u64)
    }

    #[inline]
    pub fn tag(self) -> u64 {
        self.0 >> TAG_SHIFT
    }
    #[inline]
    pub fn is_double(self) -> bool {
        self.0 < FIRST_TAGGED
    }
    #[inline]
    pub fn is_int(self) -> bool {
        self.tag() == TAG_INT
    }
    #[inline]
    pub fn is_number(self) -> bool {
        self.is_double() || self.is_int()
    }
    #[inline]
    pub fn is_object(self) -> bool {
        self.tag() == TAG_OBJ
    }
    #[inline]
    pub fn is_string(self) -> bool {
        self.tag() == TAG_STR
    }
    #[inline]
    pub fn is_symbol(self) -> bool {
        self.tag() == TAG_SYM
    }
    #[inline]
    pub fn is_undefined(self) -> bool {
        self.0 == UNDEFINED_BITS
    }
    #[inline]
    pub fn is_null(self) -> bool {
        self.0 == NULL_BITS
    }
    #[inline]
    pub fn is_nullish(self) -> bool {
        self.0 == UNDEFINED_BITS || self.0 == NULL_BITS
    }
    #[inline]
    pub fn is_bool(self) -> bool {
        self.0 == TRUE_BITS || self.0 == FALSE_BITS
    }
    #[inline]
    pub fn is_hole(self) -> bool {
        self.0 == HOLE_BITS
    }
    #[inline]
    pub fn is_exception(self) -> bool {
        self.0 == EXCEPTION_BITS
    }
    #[inline]
    pub fn as_int(self) -> i32 {
        self.0 as u32 as i32
    }
    /// The numeric value; only meaningful when `is_number()`.
    #[inline]
    pub fn as_number(self) -> f64 {
        if self.is_int() {
            self.as_int() as f64
        } else {
            f64::from_bits(self.0)
        }
    }
    #[inline]
    pub fn as_bool(self) -> bool {
        self.0 == TRUE_BITS
    }
    #[inline]
    pub fn payload(self) -> u64 {
        self.0 & PAYLOAD_MASK
    }
    #[inline]
    pub fn as_object_ptr(self) -> *mut JsObject {
        self.payload() as *mut JsObject
    }
    /// SAFETY: the caller checked `is_object()`; the GC keeps the cell alive
    /// while a `Value` naming it is on the stack or in a traced cell.
    #[inline]
    pub fn obj<'a>(self) -> &'a mut JsObject {
        debug_assert!(self.is_object());
        unsafe { &mut *self.as_object_ptr() }
    }
    #[inline]
    pub fn as_object(self) -> Option<&'static mut JsObject> {
        if self.is_object() { Some(unsafe { &mut *self.as_object_ptr() }) } else { None }
    }
    /// SAFETY: as for [`Value::obj`].
    #[inline]
    pub fn str<'a>(self) -> &'a JsString {
        debug_assert!(self.is_string());
        unsafe { &*(self.payload() as *const JsString) }
    }
    #[inline]
    pub fn sym<'a>(self) -> &'a JsSymbol {
        debug_assert!(self.is_symbol());
        unsafe { &*(self.payload() as *const JsSymbol) }
    }
    /// Heap pointer of a string, object or symbol value.
    #[inline]
    pub fn heap_ptr(self) -> Option<usize> {
        match self.tag() {
            TAG_OBJ | TAG_STR | TAG_SYM => Some(self.payload() as usize),
            _ => None,
        }
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.is_number() {
            write!(f, "{}", self.as_number())
        } else if self.is_string() {
            write!(f, "{:?}", self.str().to_rust_string())
        } else if self.is_object() {
            write!(f, "<object {:#x}>", self.payload())
        } else if self.is_symbol() {
            write!(f, "<symbol>")
        } else {
            let s = match self.0 {
                UNDEFINED_BITS => "undefined",
                NULL_BITS => "null",
                TRUE_BITS => "true",
                FALSE_BITS => "false",
                HOLE_BITS => "<hole>",
                EXCEPTION_BITS => "<exception>",
                _ => "<bad value>",
            };
            f.write_str(s)
        }
    }
}

//! 25.5 The JSON object: `JSON.parse` and `JSON.stringify`.
//!
//! The parser follows the strict JSON grammar (ECMA-404) over UTF-16 code
//! units and reports errors with V8's (Node 20's) messages. Both directions
//! build their results as they go: parsed objects and arrays are JS objects
//! reachable from the parser's native frames, and the stringifier writes code
//! units into a Rust buffer (which holds no values).

use super::arg;
use crate::error::{make_error_with_proto, prototype_of, range_error, type_error, ErrorKind};
use crate::object::*;
use crate::ops;
use crate::realm::define_method;
use crate::string::{intern, intern_value, new_string, new_string_from_str};
use crate::value::Value;
use crate::{rt, JsResult};

/// Deepest nesting `JSON.stringify` accepts before throwing a RangeError
/// (V8 gives up a little above 4000 levels).
const MAX_STRINGIFY_DEPTH: usize = 5000;
/// Deepest nesting `JSON.parse` accepts (V8's parser is iterative; ours
/// recurses, so it is bounded by this and by the native stack).
const MAX_PARSE_DEPTH: usize = 100_000;
/// How far below the JS stack limit the runtime's own recursion may go.
const NATIVE_STACK_SLACK: usize = 16 << 20;

pub fn init() {
    let r = &rt().realm;
    let json = new_object_with(r.object_prototype, Class::Ordinary);
    define_method(json, "parse", parse, 2);
    define_method(json, "stringify", stringify, 3);
    // 25.5.3 JSON [ @@toStringTag ]
    let tag = crate::string::intern_str("JSON");
    json.obj().props.insert(rt().realm.sym_to_string_tag, Slot::data(tag, CONFIGURABLE));
    crate::realm::define_global("JSON", json);
}

fn stack_overflow() -> Value {
    range_error("Maximum call stack size exceeded")
}

/// True while the native stack has room for more runtime recursion.
#[inline]
fn native_stack_ok() -> bool {
    let marker = 0u8;
    let sp = std::hint::black_box(&marker) as *const u8 as usize;
    let limit = rt().stack_limit;
    limit < NATIVE_STACK_SLACK || sp > limit - NATIVE_STACK_SLACK
}

// ---------------------------------------------------------------------------
// 25.5.1 JSON.parse ( text [ , reviver ] )

/// 25.5.1 JSON.parse ( text [ , reviver ] )
fn parse(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let text = ops::to_string(arg(args, 0))?;
    let reviver = arg(args, 1);
    let unfiltered = {
        let mut p = Parser { src: text.str().units(), pos: 0, depth: 0, text };
        p.parse_text()?
    };
    if ops::is_callable(reviver) {
        // 25.5.1 step 11: wrap the result in a root holder and internalize.
        let root = new_object();
        let empty = rt().realm.empty_string;
        ops::create_data_property_or_throw(root, Key::Named(empty), unfiltered)?;
        return internalize_json_property(root, Key::Named(empty), reviver, 0);
    }
    Ok(unfiltered)
}

/// 16.2.1.8.2 ParseJSONModule's value: the intrinsic JSON.parse of the
/// module's source text (no reviver).
pub fn parse_module_text(text: Value) -> JsResult<Value> {
    parse(Value::UNDEFINED, &[text], Value::UNDEFINED)
}

/// 25.5.1.1 InternalizeJSONProperty ( holder, name, reviver )
fn internalize_json_property(holder: Value, name: Key, reviver: Value, depth: usize) -> JsResult<Value> {
    if depth > MAX_PARSE_DEPTH || !native_stack_ok() {
        return Err(stack_overflow());
    }
    let val = ops::get(holder, name)?;
    if val.is_object() {
        if val.obj().is_array() {
            let len = ops::length_of_array_like(val)? as u64;
            let mut i = 0u64;
            while i < len {
                let key = if i < u32::MAX as u64 {
                    Key::Index(i as u32)
                } else {
                    key_from_string(new_string_from_str(&i.to_string()))
                };
                internalize_element(val, key, reviver, depth)?;
                i += 1;
            }
        } else {
            // EnumerableOwnProperties(val, key): string keys that are
            // enumerable now. Keys are interned, so the list may live in a Vec.
            let keys: Vec<Key> = ops::own_property_keys(val)
                .into_iter()
                .filter(|k| k.is_string())
                .map(Key::from_value_unchecked)
                .filter(|&k| ops::get_own_property(val, k).is_some_and(|s| s.enumerable()))
                .collect();
            for key in keys {
                internalize_element(val, key, reviver, depth)?;
            }
        }
    }
    let name_v = name.to_value();
    ops::call(reviver, holder, &[name_v, val])
}

fn internalize_element(val: Value, key: Key, reviver: Value, depth: usize) -> JsResult<()> {
    let new_element = internalize_json_property(val, key, reviver, depth + 1)?;
    if new_element.is_undefined() {
        ops::delete(val, key)?;
    } else {
        ops::create_data_property(val, key, new_element)?;
    }
    Ok(())
}

/// V8's one-character token classes (json-parser.cc `one_char_json_tokens`).
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
enum Tok {
    String,
    Number,
    LBrace,
    RBrace,
    LBrack,
    RBrack,
    True,
    False,
    Null,
    Colon,
    Comma,
    Illegal,
    Eos,
}

fn token_of(c: u16) -> Tok {
    match c {
        0x22 => Tok::String,
        0x2D | 0x30..=0x39 => Tok::Number,
        0x7B => Tok::LBrace,
        0x7D => Tok::RBrace,
        0x5B => Tok::LBrack,
        0x5D => Tok::RBrack,
        0x74 => Tok::True,
        0x66 => Tok::False,
        0x6E => Tok::Null,
        0x3A => Tok::Colon,
        0x2C => Tok::Comma,
        _ => Tok::Illegal,
    }
}

fn is_json_ws(c: u16) -> bool {
    c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D
}

/// V8's message templates with a position argument.
#[derive(Copy, Clone)]
enum Msg {
    UnterminatedString,
    ExpectedPropNameOrRBrace,
    ExpectedCommaOrRBrack,
    ExpectedCommaOrRBrace,
    NonWhitespace,
    BadEscapedCharacter,
    BadControlCharacter,
    BadUnicodeEscape,
    NoNumberAfterMinusSign,
    ExpectedColonAfterPropertyName,
    UnterminatedFractionalNumber,
    ExponentPartMissingNumber,
    ExpectedDoubleQuotedPropertyName,
}

impl Msg {
    fn text(self) -> &'static str {
        match self {
            Msg::UnterminatedString => "Unterminated string in JSON",
            Msg::ExpectedPropNameOrRBrace => "Expected property name or '}' in JSON",
            Msg::ExpectedCommaOrRBrack => "Expected ',' or ']' after array element in JSON",
            Msg::ExpectedCommaOrRBrace => "Expected ',' or '}' after property value in JSON",
            Msg::NonWhitespace => "Unexpected non-whitespace character after JSON",
            Msg::BadEscapedCharacter => "Bad escaped character in JSON",
            Msg::BadControlCharacter => "Bad control character in string literal in JSON",
            Msg::BadUnicodeEscape => "Bad Unicode escape in JSON",
            Msg::NoNumberAfterMinusSign => "No number after minus sign in JSON",
            Msg::ExpectedColonAfterPropertyName => "Expected ':' after property name in JSON",
            Msg::UnterminatedFractionalNumber => "Unterminated fractional number in JSON",
            Msg::ExponentPartMissingNumber => "Exponent part is missing a number in JSON",
            Msg::ExpectedDoubleQuotedPropertyName => "Expected double-quoted property name in JSON",
        }
    }
}

struct Parser<'a> {
    src: &'a [u16],
    pos: usize,
    depth: usize,
    /// Keeps the source string cell alive while `src` borrows its data.
    text: Value,
}

const MAX_CONTEXT: usize = 10;

impl<'a> Parser<'a> {
    #[inline]
    fn cur(&self) -> Option<u16> {
        self.src.get(self.pos).copied()
    }

    fn peek_tok(&self) -> Tok {
        match self.cur() {
            None => Tok::Eos,
            Some(c) => token_of(c),
        }
    }

    fn skip_ws(&mut self) {
        while let Some(c) = self.cur() {
            if !is_json_ws(c) {
                break;
            }
            self.pos += 1;
        }
    }

    fn syntax_error_units(&self, msg: &[u16]) -> Value {
        let m = new_string(msg);
        let _keep = self.text;
        make_error_with_proto(prototype_of(ErrorKind::SyntaxError), m)
    }

    fn error_at(&self, msg: Msg) -> Value {
        let s = format!("{} at position {}", msg.text(), self.pos);
        self.syntax_error_units(&crate::string::units_of(&s))
    }

    /// ReportUnexpectedToken without an explicit message
    /// (LookUpErrorMessageForJsonToken).
    fn unexpected(&self) -> Value {
        let tok = self.peek_tok();
        match tok {
            Tok::Eos => self.syntax_error_units(&crate::string::units_of("Unexpected end of JSON input")),
            Tok::Number => self.error_with_pos("Unexpected number in JSON"),
            Tok::String => self.error_with_pos("Unexpected string in JSON"),
            _ => {
                let src = self.src;
                let special = ["[object Object]", "undefined", "Infinity", "NaN"]
                    .iter()
                    .any(|s| crate::string::units_of(s).as_slice() == src);
                let mut out: Vec<u16> = Vec::new();
                if special {
                    out.push(b'"' as u16);
                    out.extend_from_slice(src);
                    out.extend(crate::string::units_of("\" is not valid JSON"));
                    return self.syntax_error_units(&out);
                }
                let c = src[self.pos];
                out.extend(crate::string::units_of("Unexpected token '"));
                out.push(c);
                out.extend(crate::string::units_of("', "));
                let len = src.len();
                let pos = self.pos;
                if len > MAX_CONTEXT * 2 {
                    let (start, end, pre, post) = if pos < MAX_CONTEXT {
                        (0, pos + MAX_CONTEXT, "", "...")
                    } else if pos < len - MAX_CONTEXT {
                        (pos - MAX_CONTEXT, pos + MAX_CONTEXT, "...", "...")
                    } else {
                        (pos - MAX_CONTEXT, len, "...", "")
                    };
                    out.extend(crate::string::units_of(pre));
                    out.push(b'"' as u16);
                    out.extend_from_slice(&src[start..end.min(len)]);
                    out.push(b'"' as u16);
                    out.extend(crate::string::units_of(post));
                } else {
                    out.push(b'"' as u16);
                    out.extend_from_slice(src);
                    out.push(b'"' as u16);
                }
                out.extend(crate::string::units_of(" is not valid JSON"));
                self.syntax_error_units(&out)
            }
        }
    }

    fn error_with_pos(&self, text: &str) -> Value {
        let s = format!("{} at position {}", text, self.pos);
        self.syntax_error_units(&crate::string::units_of(&s))
    }

    /// ParseJson: one value, then only whitespace.
    fn parse_text(&mut self) -> JsResult<Value> {
        let v = self.parse_value()?;
        self.skip_ws();
        if self.pos < self.src.len() {
            return Err(self.error_at(Msg::NonWhitespace));
        }
        Ok(v)
    }

    fn parse_value(&mut self) -> JsResult<Value> {
        self.skip_ws();
        match self.peek_tok() {
            Tok::String => {
                self.pos += 1;
                let units = self.scan_string()?;
                Ok(new_string(&units))
            }
            Tok::Number => self.parse_number(),
            Tok::LBrace => self.parse_object(),
            Tok::LBrack => self.parse_array(),
            Tok::True => {
                self.scan_literal("true")?;
                Ok(Value::TRUE)
            }
            Tok::False => {
                self.scan_literal("false")?;
                Ok(Value::FALSE)
            }
            Tok::Null => {
                self.scan_literal("null")?;
                Ok(Value::NULL)
            }
            _ => Err(self.unexpected()),
        }
    }

    fn enter(&mut self) -> JsResult<()> {
        self.depth += 1;
        if self.depth > MAX_PARSE_DEPTH || !native_stack_ok() {
            return Err(stack_overflow());
        }
        Ok(())
    }

    fn parse_object(&mut self) -> JsResult<Value> {
        self.enter()?;
        self.pos += 1; // '{'
        let obj = new_object();
        self.skip_ws();
        if self.peek_tok() == Tok::RBrace {
            self.pos += 1;
            self.depth -= 1;
            return Ok(obj);
        }
        let mut first = true;
        loop {
            self.skip_ws();
            if self.peek_tok() != Tok::String {
                return Err(self.error_at(if first {
                    Msg::ExpectedPropNameOrRBrace
                } else {
                    Msg::ExpectedDoubleQuotedPropertyName
                }));
            }
            self.pos += 1;
            let key_units = self.scan_string()?;
            self.skip_ws();
            if self.peek_tok() != Tok::Colon {
                return Err(if first { self.error_at(Msg::ExpectedColonAfterPropertyName) } else { self.unexpected() });
            }
            self.pos += 1;
            let key = match crate::string::parse_array_index(&key_units) {
                Some(i) => Key::Index(i),
                None => Key::Named(intern(&key_units)),
            };
            let v = self.parse_value()?;
            ops::create_data_property(obj, key, v)?;
            first = false;
            self.skip_ws();
            match self.peek_tok() {
                Tok::Comma => {
                    self.pos += 1;
                }
                Tok::RBrace => {
                    self.pos += 1;
                    break;
                }
                _ => return Err(self.error_at(Msg::ExpectedCommaOrRBrace)),
            }
        }
        self.depth -= 1;
        Ok(obj)
    }

    fn parse_array(&mut self) -> JsResult<Value> {
        self.enter()?;
        self.pos += 1; // '['
        let arr = new_array(Vec::new());
        self.skip_ws();
        if self.peek_tok() == Tok::RBrack {
            self.pos += 1;
            self.depth -= 1;
            return Ok(arr);
        }
        loop {
            let v = self.parse_value()?;
            let o = arr.obj();
            o.elements.push(v);
            o.length = o.elements.len() as u32;
            self.skip_ws();
            match self.peek_tok() {
                Tok::Comma => {
                    self.pos += 1;
                }
                Tok::RBrack => {
                    self.pos += 1;
                    break;
                }
                _ => return Err(self.error_at(Msg::ExpectedCommaOrRBrack)),
            }
        }
        self.depth -= 1;
        Ok(arr)
    }

    /// ScanLiteral: the first character already matched.
    fn scan_literal(&mut self, lit: &str) -> JsResult<()> {
        let l: Vec<u16> = crate::string::units_of(lit);
        let remaining = self.src.len() - self.pos;
        if remaining >= l.len() && self.src[self.pos..self.pos + l.len()] == l[..] {
            self.pos += l.len();
            return Ok(());
        }
        self.pos += 1;
        for &expected in l.iter().skip(1).take(remaining - 1) {
            if self.src[self.pos] != expected {
                return Err(self.unexpected());
            }
            self.pos += 1;
        }
        // At the end of the input.
        Err(self.unexpected())
    }

    fn hex_value(c: Option<u16>) -> Option<u16> {
        let c = c?;
        match c {
            0x30..=0x39 => Some(c - 0x30),
            0x41..=0x46 => Some(c - 0x41 + 10),
            0x61..=0x66 => Some(c - 0x61 + 10),
            _ => None,
        }
    }

    /// ScanJsonString: the opening quote is consumed; returns the decoded units.
    fn scan_string(&mut self) -> JsResult<Vec<u16>> {
        let mut out: Vec<u16> = Vec::new();
        loop {
            let start = self.pos;
            while let Some(c) = self.cur() {
                if c == 0x22 || c == 0x5C || c < 0x20 {
                    break;
                }
                self.pos += 1;
            }
            out.extend_from_slice(&self.src[start..self.pos]);
            let Some(c) = self.cur() else {
                return Err(self.error_at(Msg::UnterminatedString));
            };
            if c == 0x22 {
                self.pos += 1;
                return Ok(out);
            }
            if c == 0x5C {
                self.pos += 1;
                let Some(e) = self.cur() else {
                    return Err(self.unexpected());
                };
                if e > 0xFF {
                    return Err(self.unexpected());
                }
                match e {
                    0x22 | 0x5C | 0x2F => out.push(e),
                    0x62 => out.push(0x08),
                    0x66 => out.push(0x0C),
                    0x6E => out.push(0x0A),
                    0x72 => out.push(0x0D),
                    0x74 => out.push(0x09),
                    0x75 => {
                        let mut v: u16 = 0;
                        for _ in 0..4 {
                            self.pos += 1;
                            match Self::hex_value(self.cur()) {
                                Some(d) => v = v * 16 + d,
                                None => return Err(self.error_at(Msg::BadUnicodeEscape)),
                            }
                        }
                        out.push(v);
                    }
                    _ => return Err(self.error_at(Msg::BadEscapedCharacter)),
                }
                self.pos += 1;
                continue;
            }
            return Err(self.error_at(Msg::BadControlCharacter));
        }
    }

    /// ParseJsonNumber
    fn parse_number(&mut self) -> JsResult<Value> {
        let start = self.pos;
        let mut negative = false;
        if self.cur() == Some(b'-' as u16) {
            negative = true;
            self.pos += 1;
        }
        let is_digit = |c: Option<u16>| matches!(c, Some(0x30..=0x39));
        if self.cur() == Some(b'0' as u16) {
            self.pos += 1;
            if is_digit(self.cur()) {
                return Err(self.error_with_pos("Unexpected number in JSON"));
            }
        } else {
            let s = self.pos;
            while is_digit(self.cur()) {
                self.pos += 1;
            }
            if s == self.pos {
                return Err(self.error_at(Msg::NoNumberAfterMinusSign));
            }
        }
        let mut simple = true;
        if self.cur() == Some(b'.' as u16) {
            simple = false;
            self.pos += 1;
            if !is_digit(self.cur()) {
                return Err(self.error_at(Msg::UnterminatedFractionalNumber));
            }
            while is_digit(self.cur()) {
                self.pos += 1;
            }
        }
        if matches!(self.cur(), Some(0x65) | Some(0x45)) {
            simple = false;
            self.pos += 1;
            if matches!(self.cur(), Some(0x2B) | Some(0x2D)) {
                self.pos += 1;
            }
            if !is_digit(self.cur()) {
                return Err(self.error_at(Msg::ExponentPartMissingNumber));
            }
            while is_digit(self.cur()) {
                self.pos += 1;
            }
        }
        let digits = &self.src[start..self.pos];
        if simple && digits.len() <= 10 {
            let mut n: i64 = 0;
            for &d in &digits[negative as usize..] {
                n = n * 10 + (d - 0x30) as i64;
            }
            let f = if negative { -(n as f64) } else { n as f64 };
            return Ok(Value::number(f));
        }
        let s: String = digits.iter().map(|&u| u as u8 as char).collect();
        let f: f64 = s.parse().unwrap_or(f64::NAN);
        Ok(Value::number(f))
    }
}

// ---------------------------------------------------------------------------
// 25.5.2 JSON.stringify ( value [ , replacer [ , space ] ] )

/// The JSON Serialization Record (25.5.2 step 1 and following).
struct State {
    /// [[ReplacerFunction]] (undefined when absent).
    replacer: Value,
    /// [[PropertyList]]: interned keys (rooted by the intern table).
    property_list: Option<Vec<Key>>,
    gap: Vec<u16>,
    indent: Vec<u16>,
    /// [[Stack]]: the objects being serialized, in a JS array so that the GC
    /// sees them; `keys` holds the key under which each was reached.
    stack: Value,
    keys: Vec<Key>,
    out: Vec<u16>,
}

/// 25.5.2.1 JSON.stringify ( value [ , replacer [ , space ] ] )
fn stringify(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let value = arg(args, 0);
    let replacer = arg(args, 1);
    let mut space = arg(args, 2);
    let mut state = State {
        replacer: Value::UNDEFINED,
        property_list: None,
        gap: Vec::new(),
        indent: Vec::new(),
        stack: new_array(Vec::new()),
        keys: Vec::new(),
        out: Vec::new(),
    };
    if replacer.is_object() {
        if ops::is_callable(replacer) {
            state.replacer = replacer;
        } else if replacer.obj().is_array() {
            let mut list: Vec<Key> = Vec::new();
            let len = ops::length_of_array_like(replacer)? as u64;
            for k in 0..len.min(u32::MAX as u64) {
                let v = ops::get(replacer, Key::Index(k as u32))?;
                let item = if v.is_string() {
                    Some(v)
                } else if v.is_number() || (v.is_object() && matches!(v.obj().class, Class::String(_) | Class::Number(_))) {
                    Some(ops::to_string(v)?)
                } else {
                    None
                };
                if let Some(s) = item {
                    let key = key_from_string(intern_value(s));
                    if !list.contains(&key) {
                        list.push(key);
                    }
                }
            }
            state.property_list = Some(list);
        }
    }
    // Step 5: unwrap Number and String objects given as `space`.
    if space.is_object() {
        match space.obj().class {
            Class::Number(_) => space = Value::number(ops::to_number(space)?),
            Class::String(_) => space = ops::to_string(space)?,
            _ => {}
        }
    }
    if space.is_number() {
        let n = ops::to_integer_or_infinity(space)?.min(10.0);
        if n >= 1.0 {
            state.gap = vec![b' ' as u16; n as usize];
        }
    } else if space.is_string() {
        let u = space.str().units();
        state.gap = u[..u.len().min(10)].to_vec();
    }
    let wrapper = new_object();
    let empty = rt().realm.empty_string;
    ops::create_data_property_or_throw(wrapper, Key::Named(empty), value)?;
    let wrote = serialize_json_property(&mut state, Key::Named(empty), wrapper)?;
    if !wrote {
        return Ok(Value::UNDEFINED);
    }
    finish(&state.out)
}

fn finish(out: &[u16]) -> JsResult<Value> {
    if out.len() > crate::MAX_STRING_LENGTH {
        return Err(range_error("Invalid string length"));
    }
    Ok(new_string(out))
}

/// JSON.stringify(value) with no replacer or indent; None for undefined.
pub fn stringify_value(v: Value) -> JsResult<Option<Value>> {
    let mut state = State {
        replacer: Value::UNDEFINED,
        property_list: None,
        gap: Vec::new(),
        indent: Vec::new(),
        stack: new_array(Vec::new()),
        keys: Vec::new(),
        out: Vec::new(),
    };
    let wrapper = new_object();
    let empty = rt().realm.empty_string;
    ops::create_data_property_or_throw(wrapper, Key::Named(empty), v)?;
    if serialize_json_property(&mut state, Key::Named(empty), wrapper)? {
        Ok(Some(finish(&state.out)?))
    } else {
        Ok(None)
    }
}

/// 25.5.2.2 SerializeJSONProperty ( state, key, holder ): appends the
/// serialization to `state.out` and returns false where the spec returns
/// undefined (nothing is appended then).
fn serialize_json_property(state: &mut State, key: Key, holder: Value) -> JsResult<bool> {
    // 1. Let value be ? Get(holder, key).
    let mut value = ops::get(holder, key)?;
    // 2. toJSON
    if value.is_object() {
        let to_json = ops::get_v(value, Key::from_str("toJSON"))?;
        if ops::is_callable(to_json) {
            value = ops::call(to_json, value, &[key.to_value()])?;
        }
    }
    // 3. The replacer function.
    if !state.replacer.is_undefined() {
        value = ops::call(state.replacer, holder, &[key.to_value(), value])?;
    }
    // 4. Unwrap primitive wrapper objects.
    if value.is_object() {
        match value.obj().class {
            Class::Number(_) => value = Value::number(ops::to_number(value)?),
            Class::String(_) => value = ops::to_string(value)?,
            Class::Boolean(b) => value = Value::bool(b),
            _ => {}
        }
    }
    if value.is_null() {
        push_str(&mut state.out, "null");
        return Ok(true);
    }
    if value.is_bool() {
        push_str(&mut state.out, if value.as_bool() { "true" } else { "false" });
        return Ok(true);
    }
    if value.is_string() {
        quote_json_string(&mut state.out, value.str().units());
        return Ok(true);
    }
    if value.is_int() {
        push_str(&mut state.out, &value.as_int().to_string());
        return Ok(true);
    }
    if value.is_number() {
        let d = value.as_number();
        if d.is_finite() {
            push_str(&mut state.out, &crate::numconv::number_to_string(d));
        } else {
            push_str(&mut state.out, "null");
        }
        return Ok(true);
    }
    if value.is_object() && !value.obj().is_callable() {
        if value.obj().is_array() {
            serialize_json_array(state, value, key)?;
        } else {
            serialize_json_object(state, value, key)?;
        }
        return Ok(true);
    }
    Ok(false)
}

fn push_str(out: &mut Vec<u16>, s: &str) {
    out.extend(s.bytes().map(|b| b as u16));
}

/// 25.5.2.3 QuoteJSONString ( value )
pub fn quote_json_string(out: &mut Vec<u16>, units: &[u16]) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push(b'"' as u16);
    let n = units.len();
    let mut i = 0;
    while i < n {
        let c = units[i];
        match c {
            0x08 => push_str(out, "\\b"),
            0x09 => push_str(out, "\\t"),
            0x0A => push_str(out, "\\n"),
            0x0C => push_str(out, "\\f"),
            0x0D => push_str(out, "\\r"),
            0x22 => push_str(out, "\\\""),
            0x5C => push_str(out, "\\\\"),
            _ if c < 0x20 || (0xD800..=0xDFFF).contains(&c) => {
                if (0xD800..=0xDBFF).contains(&c) && i + 1 < n && (0xDC00..=0xDFFF).contains(&units[i + 1]) {
                    out.push(c);
                    out.push(units[i + 1]);
                    i += 2;
                    continue;
                }
                // UnicodeEscape: \u followed by four lowercase hex digits.
                push_str(out, "\\u");
                for shift in [12, 8, 4, 0] {
                    out.push(HEX[((c >> shift) & 0xF) as usize] as u16);
                }
            }
            _ => out.push(c),
        }
        i += 1;
    }
    out.push(b'"' as u16);
}

/// Pushes `value` on [[Stack]], throwing on a cycle or on too deep nesting.
fn stack_push(state: &mut State, value: Value, key: Key) -> JsResult<()> {
    let st = state.stack.obj();
    if let Some(start) = st.elements.iter().position(|&v| v == value) {
        let msg = circular_message(state, start, key);
        return Err(type_error(&msg));
    }
    if st.elements.len() >= MAX_STRINGIFY_DEPTH || !native_stack_ok() {
        return Err(stack_overflow());
    }
    st.elements.push(value);
    st.length = st.elements.len() as u32;
    state.keys.push(key);
    Ok(())
}

fn stack_pop(state: &mut State) {
    let st = state.stack.obj();
    st.elements.pop();
    st.length = st.elements.len() as u32;
    state.keys.pop();
}

/// V8's CircularStructureMessageBuilder.
fn circular_message(state: &State, start: usize, last_key: Key) -> String {
    let stack = &state.stack.obj().elements;
    let ctor = |o: Value| format!("'{}'", crate::inspect::constructor_name(o).unwrap_or_else(|| "Object".into()));
    let key_text = |k: Key| match k {
        Key::Index(i) => format!("index {i}"),
        Key::Named(v) if v.is_string() && v.str().is_empty() => "<anonymous>".to_string(),
        Key::Named(v) => format!("property '{}'", ops::key_display(Key::Named(v))),
    };
    let mut s = String::from("Converting circular structure to JSON");
    let size = stack.len();
    let mut index = start;
    s.push_str(&format!("\n    --> starting at object with constructor {}", ctor(stack[index])));
    index += 1;
    let prefix_end = size.min(index + 2);
    while index < prefix_end {
        s.push_str(&format!("\n    |     {} -> object with constructor {}", key_text(state.keys[index]), ctor(stack[index])));
        index += 1;
    }
    if size > index + 1 {
        s.push_str("\n    |     ...");
    }
    index = index.max(size - 1);
    while index < size {
        s.push_str(&format!("\n    |     {} -> object with constructor {}", key_text(state.keys[index]), ctor(stack[index])));
        index += 1;
    }
    s.push_str(&format!("\n    --- {} closes the circle", key_text(last_key)));
    s
}

fn newline_indent(state: &mut State) {
    state.out.push(b'\n' as u16);
    let ind = &state.indent;
    state.out.extend_from_slice(ind);
}

/// 25.5.2.4 SerializeJSONObject ( state, value )
fn serialize_json_object(state: &mut State, value: Value, key: Key) -> JsResult<()> {
    stack_push(state, value, key)?;
    let stepback = state.indent.len();
    let gap = state.gap.clone();
    state.indent.extend_from_slice(&gap);
    let keys: Vec<Key> = match &state.property_list {
        Some(list) => list.clone(),
        None => {
            // EnumerableOwnProperties(value, key); interned keys only.
            ops::own_property_keys(value)
                .into_iter()
                .filter(|k| k.is_string())
                .map(Key::from_value_unchecked)
                .filter(|&k| ops::get_own_property(value, k).is_some_and(|s| s.enumerable()))
                .collect()
        }
    };
    state.out.push(b'{' as u16);
    let mut any = false;
    for p in keys {
        let mark = state.out.len();
        if any {
            state.out.push(b',' as u16);
        }
        if !gap.is_empty() {
            newline_indent(state);
        }
        match p {
            Key::Index(i) => {
                state.out.push(b'"' as u16);
                push_str(&mut state.out, &i.to_string());
                state.out.push(b'"' as u16);
            }
            Key::Named(name) => quote_json_string(&mut state.out, name.str().units()),
        }
        state.out.push(b':' as u16);
        if !gap.is_empty() {
            state.out.push(b' ' as u16);
        }
        if serialize_json_property(state, p, value)? {
            any = true;
        } else {
            state.out.truncate(mark);
        }
    }
    state.indent.truncate(stepback);
    if any && !gap.is_empty() {
        newline_indent(state);
    }
    state.out.push(b'}' as u16);
    stack_pop(state);
    Ok(())
}

/// 25.5.2.5 SerializeJSONArray ( state, value )
fn serialize_json_array(state: &mut State, value: Value, key: Key) -> JsResult<()> {
    stack_push(state, value, key)?;
    let stepback = state.indent.len();
    let gap = state.gap.clone();
    state.indent.extend_from_slice(&gap);
    let len = ops::length_of_array_like(value)? as u64;
    state.out.push(b'[' as u16);
    let mut index = 0u64;
    while index < len {
        if index > 0 {
            state.out.push(b',' as u16);
        }
        if !gap.is_empty() {
            newline_indent(state);
        }
        let k = if index < u32::MAX as u64 {
            Key::Index(index as u32)
        } else {
            key_from_string(new_string_from_str(&index.to_string()))
        };
        if !serialize_json_property(state, k, value)? {
            push_str(&mut state.out, "null");
        }
        if state.out.len() > crate::MAX_STRING_LENGTH {
            return Err(range_error("Invalid string length"));
        }
        index += 1;
    }
    state.indent.truncate(stepback);
    if len > 0 && !gap.is_empty() {
        newline_indent(state);
    }
    state.out.push(b']' as u16);
    stack_pop(state);
    Ok(())
}

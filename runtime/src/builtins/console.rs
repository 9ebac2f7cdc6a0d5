//! Node's `console` and `process` globals (the parts a CLI program needs).

use super::arg;
use crate::object::{new_array, new_object, Key, Slot, CONFIGURABLE, DEFAULT_ATTRS, WRITABLE};
use crate::ops;
use crate::realm::{define_global, define_method, define_value};
use crate::string::{intern_str, new_string_from_str};
use crate::value::Value;
use crate::{rt, JsResult};
use std::io::Write;

thread_local! {
    static STDOUT: std::cell::RefCell<std::io::BufWriter<std::io::Stdout>> =
        std::cell::RefCell::new(std::io::BufWriter::with_capacity(1 << 16, std::io::stdout()));
}

pub fn write_stdout(s: &str) {
    STDOUT.with(|o| {
        let _ = o.borrow_mut().write_all(s.as_bytes());
    });
}

pub fn flush_stdout() {
    STDOUT.with(|o| {
        let _ = o.borrow_mut().flush();
    });
}

fn write_stderr(s: &str) {
    flush_stdout();
    let _ = std::io::stderr().write_all(s.as_bytes());
}

pub fn init() {
    let console = new_object();
    define_method(console, "log", log, 0);
    define_method(console, "info", log, 0);
    define_method(console, "debug", log, 0);
    define_method(console, "error", error, 0);
    define_method(console, "warn", error, 0);
    define_global("console", console);

    let process = new_object();
    let argv: Vec<Value> = rt().argv.clone().iter().map(|a| new_string_from_str(a)).collect();
    let argv = new_array(argv);
    ops::store_own(process, Key::from_str("argv"), Slot::data(argv, DEFAULT_ATTRS));
    let env = new_object();
    for (k, v) in std::env::vars() {
        let val = new_string_from_str(&v);
        let key = ops::to_property_key(new_string_from_str(&k)).expect("string key");
        ops::store_own(env, key, Slot::data(val, DEFAULT_ATTRS));
    }
    ops::store_own(process, Key::from_str("env"), Slot::data(env, DEFAULT_ATTRS));
    ops::store_own(process, Key::from_str("platform"), Slot::data(intern_str(std::env::consts::OS), DEFAULT_ATTRS));
    ops::store_own(process, Key::from_str("exitCode"), Slot::data(Value::UNDEFINED, DEFAULT_ATTRS));
    define_method(process, "exit", exit, 1);
    let stdout = new_object();
    define_method(stdout, "write", stdout_write, 1);
    define_value(process, "stdout", stdout, WRITABLE | CONFIGURABLE);
    let stderr = new_object();
    define_method(stderr, "write", stderr_write, 1);
    define_value(process, "stderr", stderr, WRITABLE | CONFIGURABLE);
    define_global("process", process);
}

/// Node's `util.format`: printf-style `%s %d %i %f %j %o %O %c %%` in a
/// leading string, then the remaining arguments inspected, joined by spaces.
pub fn format(args: &[Value]) -> JsResult<String> {
    let mut out = String::new();
    let mut rest = 0;
    if let Some(&first) = args.first() {
        if first.is_string() {
            let f: Vec<char> = first.str().to_rust_string().chars().collect();
            rest = 1;
            let mut i = 0;
            while i < f.len() {
                if f[i] == '%' && i + 1 < f.len() {
                    let c = f[i + 1];
                    if c == '%' {
                        out.push('%');
                        i += 2;
                        continue;
                    }
                    if "sdifjoOc".contains(c) {
                        if rest >= args.len() {
                            out.push('%');
                            out.push(c);
                            i += 2;
                            continue;
                        }
                        let a = args[rest];
                        rest += 1;
                        match c {
                            's' => {
                                if a.is_string() {
                                    out.push_str(&a.str().to_rust_string());
                                } else if a.is_object() || a.is_symbol() {
                                    out.push_str(&crate::inspect::inspect_depth(a, 1));
                                } else {
                                    out.push_str(&crate::inspect::inspect(a));
                                }
                            }
                            'd' | 'i' => {
                                if a.is_object() {
                                    out.push_str("NaN");
                                } else {
                                    let n = ops::to_number(a)?;
                                    let n = if c == 'i' { n.trunc() } else { n };
                                    out.push_str(&crate::numconv::number_to_string(n));
                                }
                            }
                            'f' => {
                                let n = ops::to_number(a)?;
                                out.push_str(&crate::numconv::number_to_string(n));
                            }
                            'j' => {
                                let s = crate::builtins::json::stringify_value(a)?;
                                out.push_str(&s.map(|v| v.str().to_rust_string()).unwrap_or_else(|| "undefined".into()));
                            }
                            'c' => {}
                            _ => out.push_str(&crate::inspect::inspect(a)),
                        }
                        i += 2;
                        continue;
                    }
                }
                out.push(f[i]);
                i += 1;
            }
        }
    }
    for &a in &args[rest.min(args.len())..] {
        if !out.is_empty() || rest > 0 {
            out.push(' ');
        }
        if a.is_string() {
            out.push_str(&a.str().to_rust_string());
        } else {
            out.push_str(&crate::inspect::inspect(a));
        }
    }
    Ok(out)
}

fn log(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let mut s = format(args)?;
    s.push('\n');
    write_stdout(&s);
    Ok(Value::UNDEFINED)
}

fn error(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let mut s = format(args)?;
    s.push('\n');
    write_stderr(&s);
    Ok(Value::UNDEFINED)
}

/// `process.exit([code])`: flushes stdout and ends the process.
fn exit(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let c = arg(args, 0);
    let code = if c.is_undefined() { exit_code_property()? } else { ops::to_int32_v(c)? };
    flush_stdout();
    std::process::exit(code);
}

/// The value of `process.exitCode` (0 when unset).
pub fn exit_code_property() -> JsResult<i32> {
    let g = rt().realm.global;
    let p = ops::get(g, Key::from_str("process"))?;
    if !p.is_object() {
        return Ok(0);
    }
    let c = ops::get(p, Key::from_str("exitCode"))?;
    if c.is_undefined() {
        return Ok(0);
    }
    ops::to_int32_v(c)
}

fn stdout_write(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let s = ops::to_rust_string(arg(args, 0))?;
    write_stdout(&s);
    Ok(Value::TRUE)
}

fn stderr_write(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let s = ops::to_rust_string(arg(args, 0))?;
    write_stderr(&s);
    Ok(Value::TRUE)
}

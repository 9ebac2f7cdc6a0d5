//! The runtime as a static library: `kiln build` links this into every
//! executable together with the compiled program's object file, which
//! defines `kiln_script_main` and `kiln_script_path`.

use kiln_runtime::{start, Runtime};
use std::ffi::{c_char, c_int, CStr};

// Only a pointer to the runtime crosses this boundary.
#[allow(improper_ctypes)]
extern "C" {
    fn kiln_script_main(ctx: *mut Runtime) -> u64;
    static kiln_script_path: [u8; 4096];
}

/// The C entry point of a Kiln executable.
#[no_mangle]
pub extern "C" fn main(argc: c_int, argv: *const *const c_char) -> c_int {
    let mut args: Vec<String> = Vec::with_capacity(argc as usize + 1);
    for i in 0..argc as usize {
        // SAFETY: the C runtime passes argc valid NUL-terminated strings.
        let a = unsafe { CStr::from_ptr(*argv.add(i)) };
        args.push(a.to_string_lossy().into_owned());
    }
    let exe = std::env::current_exe().map(|p| p.to_string_lossy().into_owned()).unwrap_or_else(|_| args[0].clone());
    // SAFETY: the compiler emits a NUL-terminated path in this symbol.
    let script = unsafe { CStr::from_ptr(kiln_script_path.as_ptr() as *const c_char) }.to_string_lossy().into_owned();
    // process.argv is [execPath, script, ...args] as in Node.
    let mut argv_js = vec![exe, script.clone()];
    argv_js.extend(args.into_iter().skip(1));
    start(kiln_script_main, argv_js, script)
}

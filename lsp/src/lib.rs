//! `kiln lsp`: the language server (issue 4; in progress).

/// Serves the Language Server Protocol on stdin/stdout.
pub fn serve_stdio() {
    eprintln!("error: kiln lsp is not implemented yet (tracked by issue 4)");
    std::process::exit(2);
}

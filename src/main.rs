//! `kiln`: the command-line interface.

use clap::{Parser, Subcommand};
use kiln_compiler::driver;
use kiln_compiler::Goal;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "kiln", version, about = "Compile JavaScript ahead of time to native executables")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Compile FILE to a standalone native executable.
    Build {
        file: PathBuf,
        /// Output path (default: FILE without its extension).
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Compile FILE into memory and run it; remaining arguments go to process.argv.
    Run {
        file: PathBuf,
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
        /// Run as an ECMAScript Script instead of a CommonJS module.
        #[arg(long)]
        script: bool,
        /// Compile quickly rather than well (Cranelift opt_level=none, single-pass
        /// register allocation); `kiln test262` uses it for its child processes.
        #[arg(long)]
        fast_compile: bool,
        /// Run FILE as an ES module (by default: `.mjs`, or a `.js` file with
        /// import/export declarations).
        #[arg(long, conflicts_with = "script")]
        module: bool,
        /// Run this script first, in the same realm (`kiln test262` runs its
        /// harness this way before a module test).
        #[arg(long, hide = true)]
        prelude: Option<PathBuf>,
    },
    /// Print the KIR of FILE.
    Kir { file: PathBuf },
    /// Start the language server on stdio.
    Lsp,
    /// Run the test262 conformance suite.
    Test262 {
        /// Folders or files under the suite's test/ directory.
        filters: Vec<String>,
        #[command(flatten)]
        opts: kiln_conformance::Options,
    },
}

// mimalloc: `kiln lsp` re-parses and re-resolves a file on every edit, and
// a quarter of that time went to glibc's malloc/free (ARCHITECTURE.md,
// "Allocator"). Executables built by `kiln build` keep the system allocator
// (libkiln_rt.a does not link this crate).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let color = std::io::stderr().is_terminal();
    match cli.command {
        Command::Build { file, output } => {
            let out = output.unwrap_or_else(|| file.with_extension(""));
            match driver::build(&file, &out, color) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("{e}");
                    ExitCode::from(1)
                }
            }
        }
        Command::Run { file, args, script, fast_compile, module, prelude } => {
            let goal = if script { Goal::Script } else { Goal::CommonJs };
            let opts = driver::RunOptions { fast_compile, module, prelude, ..Default::default() };
            match driver::run_with(&file, &args, goal, color, opts) {
                Ok(status) => ExitCode::from(status as u8),
                Err(e) => {
                    eprintln!("{e}");
                    ExitCode::from(1)
                }
            }
        }
        Command::Kir { file } => match driver::compile_to_kir(&file, Goal::CommonJs, color) {
            Ok((m, _)) => {
                print!("{m}");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("{e}");
                ExitCode::from(1)
            }
        },
        Command::Lsp => {
            kiln_lsp::serve_stdio();
            ExitCode::SUCCESS
        }
        Command::Test262 { filters, opts } => ExitCode::from(kiln_conformance::main(filters, opts) as u8),
    }
}

//! `kiln test262`: the conformance runner (issue 3; in progress).

#[derive(clap::Args, Debug, Default)]
pub struct Options {
    /// Path to a test262 checkout (default: ../shared/test262).
    #[arg(long)]
    pub suite: Option<std::path::PathBuf>,
    /// Parallel jobs.
    #[arg(long)]
    pub jobs: Option<usize>,
    /// Per-test time limit in seconds.
    #[arg(long, default_value_t = 10)]
    pub timeout: u64,
    /// Write machine-readable results here.
    #[arg(long)]
    pub json: Option<std::path::PathBuf>,
}

/// Runs the suite; returns the process exit status.
pub fn main(_filters: Vec<String>, _opts: Options) -> i32 {
    eprintln!("error: kiln test262 is not implemented yet (tracked by issue 3)");
    2
}

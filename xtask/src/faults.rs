//! `cargo xtask faults`: the runtime's fault-injection suite (a loopback server that behaves
//! like a tenant: paging, rate limits, expiring tokens, resets, malformed and slow bodies, 5xx
//! storms, a failing token endpoint), which prints one table row per scenario.
//!
//! It runs the `faults` test of the generated runtime crate, so `generated/` must be current
//! (`cargo xtask generate`).

use std::path::Path;
use std::process::Command;

use anyhow::{bail, Context, Result};

/// The command that runs the suite, from `generated/`.
pub const CARGO_ARGS: &[&str] = &[
    "test",
    "-p",
    "sailpoint-runtime",
    "--features",
    "mock",
    "--test",
    "faults",
];

/// Runs the suite; `only` keeps the scenarios whose name contains it. Returns whether every
/// scenario passed.
pub fn run(repo: &Path, only: Option<&str>) -> Result<bool> {
    let dir = repo.join("generated");
    if !dir.join("runtime").join("tests").join("faults").is_dir() {
        bail!(
            "{} has no runtime fault suite: run `cargo xtask generate` first",
            dir.display()
        );
    }
    let mut cmd = Command::new("cargo");
    cmd.args(CARGO_ARGS).current_dir(&dir);
    if let Some(filter) = only {
        cmd.env("FAULTS_ONLY", filter);
    }
    let status = cmd
        .status()
        .with_context(|| format!("cannot run cargo in {}", dir.display()))?;
    Ok(status.success())
}

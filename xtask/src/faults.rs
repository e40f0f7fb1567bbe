//! `cargo xtask faults`: the runtime's fault-injection suite (a loopback server that behaves
//! like a tenant: paging, rate limits, expiring tokens, resets, malformed and slow bodies, 5xx
//! storms, a failing token endpoint), which prints one table row per scenario.
//!
//! It runs the `faults` test of the generated runtime crate, so `generated/` must be current
//! (`cargo xtask generate`). The suite's `cargo test` of `generated/` runs it too; this command
//! shows its table on its own.

use std::path::Path;
use std::process::Command;

use anyhow::{bail, Context, Result};

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
    // The whole workspace with the features its tests use (not `-p` the runtime alone): cargo
    // then resolves what the suite's `cargo test` resolved and builds only this test.
    let features = crate::shared_build::test_features(repo)?;
    let mut cmd = Command::new("cargo");
    cmd.args([
        "test",
        "--workspace",
        "--features",
        &features,
        "--test",
        "faults",
    ])
    .current_dir(&dir);
    if let Some(filter) = only {
        cmd.env("FAULTS_ONLY", filter);
    }
    let status = cmd
        .status()
        .with_context(|| format!("cannot run cargo in {}", dir.display()))?;
    Ok(status.success())
}

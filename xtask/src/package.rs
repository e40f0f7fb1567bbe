//! `cargo xtask package`: `cargo package` of every publishable crate of `generated/` (the
//! runtime, each models and client crate), then a check that each `.crate` stays under the
//! crate registry's upload limit.
//!
//! Path dependencies between the crates are packaged against a local overlay (`--workspace`),
//! so nothing has to be published first. `--no-verify`: the suite's other steps already compile
//! every crate. `--allow-dirty`: the packages of the working tree are checked, also when
//! `generated/` was regenerated and not yet committed; nothing is uploaded.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{bail, Context, Result};
use serde::Deserialize;

/// crates.io's upload limit for one `.crate` file (10 MB, counted in MiB as crates.io does).
pub const CRATE_SIZE_LIMIT: u64 = 10 * 1024 * 1024;

/// Packages every publishable crate of `generated/` and prints each `.crate`'s size. Returns
/// whether every one is under [`CRATE_SIZE_LIMIT`].
pub fn run(repo: &Path) -> Result<bool> {
    let dir = repo.join("generated");
    let status = Command::new("cargo")
        .args(["package", "--workspace", "--no-verify", "--allow-dirty"])
        .current_dir(&dir)
        .status()
        .with_context(|| format!("cannot run cargo in {}", dir.display()))?;
    if !status.success() {
        bail!("cargo package failed in {}", dir.display());
    }
    let metadata = workspace_metadata(&dir)?;
    let package_dir = metadata.target_directory.join("package");
    let mut sizes = Vec::new();
    for p in metadata.packages.iter().filter(|p| p.is_published()) {
        let file = package_dir.join(format!("{}-{}.crate", p.name, p.version));
        let size = std::fs::metadata(&file)
            .with_context(|| format!("{}: no package at {}", p.name, file.display()))?
            .len();
        sizes.push((p.name.clone(), size));
    }
    for (name, size) in &sizes {
        println!("{name:<28} {:>8.2} MB", mb(*size));
    }
    let over = oversized(&sizes, CRATE_SIZE_LIMIT);
    for line in &over {
        eprintln!("{line}");
    }
    Ok(over.is_empty())
}

/// One message per crate whose package is not under `limit` bytes, naming it and its size.
fn oversized(sizes: &[(String, u64)], limit: u64) -> Vec<String> {
    (sizes.iter())
        .filter(|(_, size)| *size >= limit)
        .map(|(name, size)| {
            format!(
                "{name}: the package is {:.2} MB, not under the registry's upload limit of {:.0} MB",
                mb(*size),
                mb(limit)
            )
        })
        .collect()
}

fn mb(bytes: u64) -> f64 {
    bytes as f64 / (1024.0 * 1024.0)
}

#[derive(Deserialize)]
struct Metadata {
    packages: Vec<Package>,
    target_directory: PathBuf,
}

#[derive(Deserialize)]
struct Package {
    name: String,
    version: String,
    /// `Some([])` for `publish = false`.
    publish: Option<Vec<String>>,
}

impl Package {
    fn is_published(&self) -> bool {
        !matches!(&self.publish, Some(registries) if registries.is_empty())
    }
}

fn workspace_metadata(dir: &Path) -> Result<Metadata> {
    let out = Command::new("cargo")
        .args(["metadata", "--no-deps", "--format-version", "1"])
        .current_dir(dir)
        .output()
        .with_context(|| format!("cannot run cargo metadata in {}", dir.display()))?;
    if !out.status.success() {
        bail!(
            "cargo metadata failed in {}: {}",
            dir.display(),
            String::from_utf8_lossy(&out.stderr)
        );
    }
    serde_json::from_slice(&out.stdout).context("cannot read cargo metadata's output")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packages_at_or_over_the_limit_are_named_with_their_size() {
        let sizes = [
            ("small".to_string(), 3 * 1024 * 1024),
            ("exact".to_string(), CRATE_SIZE_LIMIT),
            ("large".to_string(), 12 * 1024 * 1024 + 512 * 1024),
        ];
        let over = oversized(&sizes, CRATE_SIZE_LIMIT);
        assert_eq!(
            over,
            [
                "exact: the package is 10.00 MB, not under the registry's upload limit of 10 MB",
                "large: the package is 12.50 MB, not under the registry's upload limit of 10 MB",
            ]
        );
    }

    #[test]
    fn publish_false_packages_are_skipped() {
        let package = |publish| Package {
            name: "p".into(),
            version: "1.0.0".into(),
            publish,
        };
        assert!(package(None).is_published());
        assert!(package(Some(vec!["crates-io".into()])).is_published());
        assert!(!package(Some(vec![])).is_published());
    }
}

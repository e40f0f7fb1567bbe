//! `cargo xtask check-tags --version V`: `cargo check` of the version's client (with its
//! models) once per feature alone (`--no-default-features --features F`), every tag and the
//! models' extra features: each must compile by itself, without warnings, whatever the other
//! features are.
//! The models' types are feature-gated by what each tag reaches (`render::features` in the
//! generator); a type a tag needs but its gate leaves out fails here.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

use anyhow::{Context, Result};

/// Checks every feature of `generated/<version>/client` alone (`all`: of every generated
/// version); prints one line per feature. Returns whether every one
/// compiled without warnings.
pub fn run(repo: &Path, version: &str) -> Result<bool> {
    let mut clean = true;
    for v in versions(repo, version)? {
        clean &= check_version(repo, &v)?;
    }
    Ok(clean)
}

/// `version`, or for `all` every version `specs/sdk.toml` generates, in its order.
fn versions(repo: &Path, version: &str) -> Result<Vec<String>> {
    if version != "all" {
        return Ok(vec![version.to_string()]);
    }
    let config = generator::config::Config::read(&repo.join("specs/sdk.toml"))?;
    Ok((config.select(&[])?.into_iter())
        .map(|v| v.name.clone())
        .collect())
}

fn check_version(repo: &Path, version: &str) -> Result<bool> {
    let ws = repo.join("generated");
    let manifest_path = ws.join(version).join("client/Cargo.toml");
    let manifest: toml::Table = toml::from_str(
        &std::fs::read_to_string(&manifest_path)
            .with_context(|| format!("reading {}", manifest_path.display()))?,
    )?;
    let package = (manifest.get("package").and_then(|p| p.get("name")))
        .and_then(|n| n.as_str())
        .with_context(|| format!("{}: no package name", manifest_path.display()))?;
    let features = standalone_features(&manifest);
    let mut failed = Vec::new();
    for feature in &features {
        let start = Instant::now();
        let output = Command::new("cargo")
            .args([
                "check",
                "-q",
                "-p",
                package,
                "--no-default-features",
                "--features",
            ])
            .arg(feature)
            .env("CARGO_INCREMENTAL", "0")
            .current_dir(&ws)
            .stdout(Stdio::null())
            .output()
            .context("running cargo")?;
        let stderr = String::from_utf8_lossy(&output.stderr);
        let warnings = warning_count(&stderr);
        let verdict = match (output.status.success(), warnings) {
            (false, _) => "FAILED".to_string(),
            (true, 0) => "ok".to_string(),
            (true, n) => format!("{n} warning(s)"),
        };
        println!(
            "{package} --features {feature}: {verdict} ({:.1} s)",
            start.elapsed().as_secs_f64()
        );
        if !output.status.success() || warnings > 0 {
            eprint!("{stderr}");
            failed.push(feature.clone());
        }
    }
    println!(
        "{} of {} features of {package} compile alone without warnings{}",
        features.len() - failed.len(),
        features.len(),
        if failed.is_empty() {
            String::new()
        } else {
            format!("; failed: {}", failed.join(", "))
        }
    );
    Ok(failed.is_empty())
}

/// The warnings in cargo's output (cargo replays those of crates it finds fresh), without its
/// per-crate summaries (`warning: `x` (lib) generated 2 warnings`).
fn warning_count(stderr: &str) -> usize {
    (stderr.lines())
        .filter(|l| l.starts_with("warning:") && !l.contains(" generated "))
        .count()
}

/// The features a user may pick alone: every feature but `default` and `mock` (which adds test
/// doubles to whatever tags are on), in name order.
fn standalone_features(manifest: &toml::Table) -> Vec<String> {
    (manifest.get("features").and_then(|f| f.as_table()))
        .map(|t| {
            t.keys()
                .filter(|k| *k != "default" && *k != "mock")
                .cloned()
                .collect()
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_is_every_generated_version_and_each_has_a_client() {
        let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let all = versions(&repo, "all").unwrap();
        assert!(all.len() > 1, "{all:?}");
        for v in &all {
            assert!(
                repo.join("generated")
                    .join(v)
                    .join("client/Cargo.toml")
                    .is_file(),
                "{v}"
            );
        }
        assert_eq!(versions(&repo, "v3").unwrap(), ["v3"]);
    }

    #[test]
    fn warnings_are_counted_without_cargo_summaries() {
        let stderr = "warning: function `decode_body` is never used\n  --> src/lib.rs:31:4\n\
                      warning: `x` (lib) generated 1 warning\n";
        assert_eq!(warning_count(stderr), 1);
        assert_eq!(warning_count("error[E0412]: cannot find type\n"), 0);
    }

    #[test]
    fn every_feature_but_default_and_mock_is_checked() {
        let manifest: toml::Table = toml::from_str(
            r#"
            [features]
            default = ["b", "a", "webhook-payloads"]
            b = ["m/b"]
            a = ["m/a"]
            webhook-payloads = ["m/webhook-payloads"]
            mock = ["rt/mock"]
            "#,
        )
        .unwrap();
        let features = standalone_features(&manifest);
        assert_eq!(features.len(), 3);
        assert!(features.iter().all(|f| f != "default" && f != "mock"));
    }
}

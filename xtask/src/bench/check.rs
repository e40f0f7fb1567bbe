//! `cargo xtask bench --compile`: `cargo check` of each version's client with its models, with
//! every tag and with the largest tag alone, and, when openapi-generator is there, of its crate
//! for the same spec, so that the full check is compared with the incumbent's in the same run.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use serde::Serialize;

use super::{round1, round2};

/// The most a one-tag check may take, as a share of the full check.
pub const ONE_TAG_TARGET: f64 = 0.15;

/// The most our full check may take, as a share of openapi-generator's crate's.
pub const FULL_CHECK_TARGET: f64 = 0.6;

/// `cargo check` of one version's client with its models, from clean of those two crates
/// (dependencies built): with the default features (every tag) and with one tag alone; and of
/// openapi-generator's crate of the same spec, from clean of that crate.
#[derive(Debug, Clone, Serialize)]
pub struct CheckTime {
    pub version: String,
    pub full_seconds: f64,
    /// The tag feature checked alone: the tag with the most operations (the first of equals).
    pub tag: String,
    pub tag_operations: usize,
    pub tag_seconds: f64,
    /// `tag_seconds / full_seconds`.
    pub ratio: f64,
    /// openapi-generator's crate, when it was measured.
    pub incumbent: Option<IncumbentCheck>,
}

/// `cargo check` of openapi-generator's crate. Its output does not compile (errors in the
/// generated code), so this is the time rustc takes to report them.
#[derive(Debug, Clone, Serialize)]
pub struct IncumbentCheck {
    pub seconds: f64,
    /// The errors rustc reported, when it said how many.
    pub errors: Option<usize>,
    /// `full_seconds / seconds`.
    pub ours_over_incumbent: f64,
}

/// Per version, `cargo check` of the client and its models from clean of those two crates, its
/// dependencies prebuilt: with the default features, then right after with one tag alone
/// ([`largest_tag`]), so that both see the same load on a shared machine; then, with `jar`,
/// openapi-generator's crate of the version's spec.
pub fn compile_times(
    repo: &Path,
    versions: &[&(String, String)],
    jar: Option<&Path>,
) -> Result<Vec<CheckTime>> {
    let ws = repo.join("generated");
    // Under the target directory cargo uses for this repository (`CARGO_TARGET_DIR` if set).
    let target = match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) => std::env::current_dir()?.join(dir),
        None => repo.join("target"),
    }
    .join("bench-check");
    let mut out = Vec::new();
    for (version, root) in versions.iter().copied() {
        let client = package_name(&ws.join(version).join("client"))?;
        let models = package_name(&ws.join(version).join("models"))?;
        let (tag, tag_operations) = largest_tag(repo, version)?;
        let full = ["check", "-p", client.as_str()];
        let one = [
            &full[..],
            &["--no-default-features", "--features", tag.as_str()],
        ]
        .concat();
        let ours = |args: &[&str]| cargo(&ws, &target, args);
        ours(&full)?; // dependencies built once
        let timed = |args: &[&str]| -> Result<f64> {
            ours(&["clean", "-p", &client, "-p", &models])?;
            let t = ours(args)?.as_secs_f64();
            eprintln!("cargo {} (models included): {t:.1} s", args.join(" "));
            Ok(t)
        };
        let full_seconds = timed(&full)?;
        let tag_seconds = timed(&one)?;
        let incumbent = match jar {
            Some(jar) => {
                let spec = repo.join("specs").join(root);
                let (seconds, errors) = incumbent_check(jar, &spec, &target, version)?;
                eprintln!("openapi-generator's {version} crate: cargo check {seconds:.1} s");
                Some(IncumbentCheck {
                    seconds: round1(seconds),
                    errors,
                    ours_over_incumbent: round2(full_seconds / seconds),
                })
            }
            None => None,
        };
        out.push(CheckTime {
            version: version.clone(),
            full_seconds: round1(full_seconds),
            tag,
            tag_operations,
            tag_seconds: round1(tag_seconds),
            ratio: round2(tag_seconds / full_seconds),
            incumbent,
        });
    }
    Ok(out)
}

/// `cargo <args>` in `dir` with its own target directory; fails unless cargo succeeds.
fn cargo(dir: &Path, target: &Path, args: &[&str]) -> Result<Duration> {
    let start = Instant::now();
    let status = cargo_command(dir, target, args)
        .stderr(Stdio::null())
        .status()?;
    if !status.success() {
        anyhow::bail!("cargo {} failed in {}", args.join(" "), dir.display());
    }
    Ok(start.elapsed())
}

fn cargo_command(dir: &Path, target: &Path, args: &[&str]) -> Command {
    let mut cmd = Command::new("cargo");
    cmd.args(args)
        .env("CARGO_TARGET_DIR", target)
        .env("CARGO_INCREMENTAL", "0")
        .current_dir(dir)
        .stdout(Stdio::null());
    cmd
}

/// openapi-generator's crate of `spec`, written under `target/openapi-generator/<version>` (as
/// a workspace of its own) and checked once to build its dependencies, then timed from clean of
/// the crate alone.
/// Returns the time and the errors rustc reported. Fails when the first check stops before
/// the crate itself (a dependency that does not build): that would time nothing comparable.
fn incumbent_check(
    jar: &Path,
    spec: &Path,
    target: &Path,
    version: &str,
) -> Result<(f64, Option<usize>)> {
    let dir = target.join("openapi-generator").join(version);
    if dir.exists() {
        std::fs::remove_dir_all(&dir).with_context(|| format!("clearing {}", dir.display()))?;
    }
    let mut generate = Command::new("java");
    super::incumbent_generate(&mut generate, jar, spec, &dir);
    let status = (generate
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status())
    .context("running openapi-generator")?;
    if !status.success() {
        anyhow::bail!("openapi-generator failed on {}", spec.display());
    }
    let crate_name = package_name(&dir)?;
    // Its own workspace: it lies under this repository's, which does not list it.
    let manifest = dir.join("Cargo.toml");
    let text = std::fs::read_to_string(&manifest)?;
    if !text.lines().any(|l| l.trim() == "[workspace]") {
        std::fs::write(&manifest, format!("{text}\n[workspace]\n"))?;
    }
    let incumbent_target = target.join("openapi-generator-target");
    let check = |clean_first: bool| -> Result<(Duration, String, bool)> {
        if clean_first {
            cargo(&dir, &incumbent_target, &["clean", "-p", &crate_name])?;
        }
        let start = Instant::now();
        let output = (cargo_command(&dir, &incumbent_target, &["check"]).output())
            .context("running cargo check on openapi-generator's crate")?;
        let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
        Ok((start.elapsed(), stderr, output.status.success()))
    };
    let (_, stderr, ok) = check(false)?;
    if !ok && !stops_at_crate(&stderr, &crate_name) {
        anyhow::bail!(
            "openapi-generator's {version} crate: cargo check stopped before the crate itself:\n{}",
            stderr.lines().rev().take(10).collect::<Vec<_>>().join("\n")
        );
    }
    let (elapsed, stderr, _) = check(true)?;
    Ok((elapsed.as_secs_f64(), reported_errors(&stderr)))
}

/// Whether cargo's failure is the crate `name` itself not compiling.
fn stops_at_crate(stderr: &str, name: &str) -> bool {
    stderr.contains(&format!("could not compile `{name}`"))
}

/// The `N` of rustc's "due to N previous errors" (`due to 1 previous error` for one).
fn reported_errors(stderr: &str) -> Option<usize> {
    let rest = &stderr[stderr.find("due to ")? + "due to ".len()..];
    let count = rest.split_whitespace().next()?;
    count.parse().ok()
}

fn package_name(dir: &Path) -> Result<String> {
    let text = std::fs::read_to_string(dir.join("Cargo.toml"))
        .with_context(|| format!("reading {}/Cargo.toml", dir.display()))?;
    let m: toml::Value = toml::from_str(&text)?;
    m["package"]["name"]
        .as_str()
        .map(str::to_owned)
        .with_context(|| format!("{}: no package name", dir.display()))
}

/// The feature of the tag with the most operations (the first of equals, in the client's tag
/// order) and their number, from the generator's own grouping of the version's operations.
fn largest_tag(repo: &Path, version: &str) -> Result<(String, usize)> {
    let specs = repo.join("specs");
    let config = generator::config::Config::read(&specs.join("sdk.toml"))?;
    let v = (config.version(version)).with_context(|| format!("unknown version {version:?}"))?;
    let mut diags = generator::diag::Diagnostics::new();
    let spec = generator::load::load(&specs, &v.root, &mut diags)
        .map_err(|e| anyhow::anyhow!("{version}: {e}"))?;
    let api = generator::lower::lower(&spec, &v.name, &config.lower_options(v), &mut diags);
    largest_of(&api).with_context(|| format!("{version}: no operation"))
}

fn largest_of(api: &generator::ir::Api) -> Option<(String, usize)> {
    let mut best: Option<(String, usize)> = None;
    for group in generator::render::features::tag_groups(api) {
        let count = group.operations.len();
        if best.as_ref().is_none_or(|(_, n)| count > *n) {
            best = Some((group.feature, count));
        }
    }
    best
}

fn verdict(met: bool) -> &'static str {
    if met {
        "met"
    } else {
        "missed"
    }
}

pub fn print(check_times: &[CheckTime]) {
    if check_times.is_empty() {
        return;
    }
    println!(
        "cargo check of client + models from clean of both (dependencies built; full and one tag \
         back to back, then openapi-generator's crate, on a machine that may be shared):"
    );
    for c in check_times {
        println!(
            "  {:<6} full {:>6.1} s  one tag ({}, {} operations) {:>6.1} s  ratio {:.2} (target <= {:.2}, {})",
            c.version,
            c.full_seconds,
            c.tag,
            c.tag_operations,
            c.tag_seconds,
            c.ratio,
            ONE_TAG_TARGET,
            verdict(c.ratio <= ONE_TAG_TARGET)
        );
        if let Some(i) = &c.incumbent {
            let errors = i
                .errors
                .map_or(String::new(), |n| format!(", to its {n} errors"));
            println!(
                "  {:<6} openapi-generator's crate {:>6.1} s{errors}; ours / theirs {:.2} (target <= {:.2}, {})",
                c.version,
                i.seconds,
                i.ours_over_incumbent,
                FULL_CHECK_TARGET,
                verdict(i.ours_over_incumbent <= FULL_CHECK_TARGET)
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_largest_tag_is_the_one_with_the_most_operations() {
        let api = |tags: &[&str]| -> generator::ir::Api {
            let operations: Vec<serde_json::Value> = (tags.iter().enumerate())
                .map(|(i, tag)| {
                    serde_json::json!({
                        "id": format!("op{i}"), "method": "get", "path": format!("/p{i}"),
                        "tags": [tag],
                    })
                })
                .collect();
            serde_json::from_value(serde_json::json!({
                "name": "v", "title": "T", "version": "1", "operations": operations,
            }))
            .expect("an IR")
        };
        let (feature, n) = largest_of(&api(&["Accounts", "Sources", "Sources", "Search"])).unwrap();
        assert_eq!((feature.as_str(), n), ("sources", 2));
        // The first of equals, in the client's tag order.
        let (feature, n) = largest_of(&api(&["Search", "Accounts"])).unwrap();
        assert_eq!((feature.as_str(), n), ("accounts", 1));
        assert_eq!(largest_of(&api(&[])), None);
    }

    #[test]
    fn rustc_error_counts_are_read_from_cargo_output() {
        let many = "error: could not compile `openapi` (lib) due to 53 previous errors; 7 warnings emitted";
        assert_eq!(reported_errors(many), Some(53));
        let one = "error: could not compile `openapi` (lib) due to 1 previous error";
        assert_eq!(reported_errors(one), Some(1));
        assert_eq!(reported_errors("    Finished `dev` profile"), None);
        assert_eq!(reported_errors("due to an earlier failure"), None);
    }

    #[test]
    fn only_a_failure_of_the_crate_itself_is_timed() {
        let own = "error: could not compile `openapi` (lib) due to 53 previous errors";
        assert!(stops_at_crate(own, "openapi"));
        let dependency = "error: failed to run custom build command for `openssl-sys v0.9.1`";
        assert!(!stops_at_crate(dependency, "openapi"));
    }
}

//! `cargo xtask diff --from DIR --to DIR [--format markdown|json] [--version NAME]...`
//!
//! Lowers every selected version from two spec snapshots (each a directory holding `idn/`) and
//! prints the API change report of each (see `generator::diff`): Markdown fit for a pull-request
//! description, one section per version, or JSON `{"versions": [{"name": ..., ...}]}`.
//!
//! Versions and their roots come from `specs/sdk.toml`; by default every version with
//! `generate = true`.

use std::path::{Path, PathBuf};

use anyhow::{anyhow, bail, Context, Result};
use clap::{Parser, ValueEnum};
use generator::config::{Config, VersionConfig};
use generator::diag::{Diagnostic, Severity};
use generator::diff::{self, ApiChanges, Bump};
use generator::ir::Api;
use generator::lower::LowerOptions;

#[derive(Parser, Debug)]
#[command(
    name = "cargo xtask diff",
    about = "API change report between two spec snapshots, per version"
)]
struct Args {
    /// Old snapshot: a directory holding idn/.
    #[arg(long, value_name = "DIR")]
    from: PathBuf,
    /// New snapshot: a directory holding idn/.
    #[arg(long, value_name = "DIR")]
    to: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Markdown)]
    format: Format,
    /// Only these versions (repeatable); default: every version with `generate = true`.
    #[arg(long = "version", value_name = "NAME")]
    versions: Vec<String>,
    /// The config naming versions and roots (default: specs/sdk.toml of this repository).
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Format {
    Markdown,
    Json,
}

/// Entry point: `args` are the arguments after `diff`.
pub fn run(args: &[String]) -> Result<()> {
    let args = match Args::try_parse_from(
        std::iter::once("cargo xtask diff".to_owned()).chain(args.iter().cloned()),
    ) {
        Ok(a) => a,
        Err(e) => {
            use clap::error::ErrorKind;
            if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
                print!("{e}");
                return Ok(());
            }
            let msg = e.to_string();
            bail!("{}", msg.trim_start_matches("error: ").trim_end());
        }
    };
    let config_path = args
        .config
        .clone()
        .unwrap_or_else(|| repo_root().join("specs").join("sdk.toml"));
    let config = Config::read(&config_path)?;
    let versions = select(&config, &args.versions)?;
    for (flag, dir) in [("--from", &args.from), ("--to", &args.to)] {
        check_snapshot(flag, dir, &versions)?;
    }

    let reports = diff_versions(&args.from, &args.to, &config, &versions)?;
    let out = match args.format {
        Format::Json => {
            serde_json::to_string_pretty(&serde_json::json!({ "versions": reports }))? + "\n"
        }
        Format::Markdown => markdown(&reports),
    };
    print!("{out}");
    Ok(())
}

/// The repository root (the parent of xtask/).
fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}

/// The versions asked for, in the order given (duplicates dropped), or every generated one.
fn select<'c>(config: &'c Config, names: &[String]) -> Result<Vec<&'c VersionConfig>> {
    if names.is_empty() {
        let all: Vec<_> = config.versions.iter().filter(|v| v.generate).collect();
        if all.is_empty() {
            bail!("the config has no version with generate = true; name one with --version");
        }
        return Ok(all);
    }
    config.select(names)
}

/// Fails with a message that says what to pass when `dir` does not hold every root.
fn check_snapshot(flag: &str, dir: &Path, versions: &[&VersionConfig]) -> Result<()> {
    if !dir.is_dir() {
        bail!("{flag} {}: not a directory", dir.display());
    }
    for v in versions {
        if dir.join(&v.root).is_file() {
            continue;
        }
        // A common slip: passing the idn/ directory itself.
        let hint = match Path::new(&v.root).components().next() {
            Some(first) if dir.ends_with(first.as_os_str()) => format!(
                " (pass the directory that holds {}/, i.e. {})",
                first.as_os_str().to_string_lossy(),
                dir.parent().unwrap_or(dir).display()
            ),
            _ => String::new(),
        };
        bail!(
            "{flag} {}: root {} of version {} not found{hint}",
            dir.display(),
            v.root,
            v.name
        );
    }
    Ok(())
}

/// Lowers both snapshots of every version, all in parallel, and compares each pair.
pub fn diff_versions(
    from: &Path,
    to: &Path,
    config: &Config,
    versions: &[&VersionConfig],
) -> Result<Vec<ApiChanges>> {
    let lowered: Vec<(Result<Api>, Result<Api>)> = std::thread::scope(|s| {
        let handles: Vec<_> = versions
            .iter()
            .map(|v| {
                let options = config.lower_options(v);
                let (old_options, new_options) = (options.clone(), options);
                let old = s.spawn(move || lower(from, v, &old_options, "--from"));
                let new = s.spawn(move || lower(to, v, &new_options, "--to"));
                (old, new)
            })
            .collect();
        handles
            .into_iter()
            .map(|(o, n)| (join(o), join(n)))
            .collect()
    });
    lowered
        .into_iter()
        .map(|(old, new)| Ok(diff::diff_apis(&old?, &new?)))
        .collect()
}

fn join(h: std::thread::ScopedJoinHandle<'_, Result<Api>>) -> Result<Api> {
    h.join()
        .unwrap_or_else(|_| Err(anyhow!("lowering panicked (see the message above)")))
}

fn lower(dir: &Path, v: &VersionConfig, options: &LowerOptions, side: &str) -> Result<Api> {
    let (api, diagnostics) = generator::pipeline::build_api(dir, &v.root, &v.name, options)
        .map_err(|e| anyhow!("{e}"))
        .with_context(|| format!("{} ({side} {})", v.name, dir.display()))?;
    warn_errors(&v.name, side, dir, &diagnostics);
    Ok(api)
}

/// The report of an IR built from broken input may be incomplete; say so on stderr.
fn warn_errors(name: &str, side: &str, dir: &Path, diagnostics: &[Diagnostic]) {
    let errors: Vec<&Diagnostic> = diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .collect();
    if errors.is_empty() {
        return;
    }
    eprintln!(
        "warning: {name} ({side} {}): {} error diagnostic(s); the report may be incomplete:",
        dir.display(),
        errors.len()
    );
    for d in errors.iter().take(5) {
        eprintln!("  {d}");
    }
    if errors.len() > 5 {
        eprintln!("  ... and {} more", errors.len() - 5);
    }
}

pub fn markdown(reports: &[ApiChanges]) -> String {
    let mut out = String::from("# API changes\n\n");
    if reports.len() > 1 {
        out.push_str(
            "| version | breaking | non-breaking | suggested bump |\n|---|---:|---:|---|\n",
        );
        for r in reports {
            out.push_str(&format!(
                "| `{}` | {} | {} | {} |\n",
                r.name,
                r.counts.breaking,
                r.counts.non_breaking,
                bump_word(r.bump)
            ));
        }
        out.push('\n');
    }
    for r in reports {
        out.push_str(&r.to_markdown());
    }
    out
}

fn bump_word(b: Bump) -> &'static str {
    match b {
        Bump::None => "none",
        Bump::Patch => "patch",
        Bump::Minor => "minor",
        Bump::Major => "major",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn bad_arguments_are_errors_not_panics() {
        let err = run(&args(&["--from", "/nonexistent"]))
            .unwrap_err()
            .to_string();
        assert!(err.contains("--to"), "{err}");
        let err = run(&args(&["--from", "a", "--to", "b", "--format", "yaml"]))
            .unwrap_err()
            .to_string();
        assert!(err.contains("yaml"), "{err}");
        let err = run(&args(&["--bogus"])).unwrap_err().to_string();
        assert!(err.contains("--bogus"), "{err}");
        assert!(run(&args(&["--help"])).is_ok());
    }

    #[test]
    fn unknown_version_and_missing_dirs_are_clear() {
        let tmp = tempfile::tempdir().unwrap();
        let d = tmp.path().display().to_string();
        let err = run(&args(&["--from", &d, "--to", &d, "--version", "v1999"]))
            .unwrap_err()
            .to_string();
        assert!(err.contains("unknown version \"v1999\""), "{err}");
        let err = run(&args(&["--from", "/nonexistent", "--to", &d]))
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("--from /nonexistent: not a directory"),
            "{err}"
        );
        let idn = tmp.path().join("idn");
        std::fs::create_dir(&idn).unwrap();
        let i = idn.display().to_string();
        let err = run(&args(&["--from", &i, "--to", &d, "--version", "v2025"]))
            .unwrap_err()
            .to_string();
        assert!(err.contains("root idn/sailpoint-api.v2025.yaml of version v2025 not found (pass the directory that holds idn/"), "{err}");
    }
}

//! `cargo xtask corpus`: every spec of the public corpus (`generator/tests/fixtures/corpus/`,
//! listed in its `roots.txt`) generated into one workspace, one version per spec, which then
//! must pass `cargo clippy --all-targets` with every warning an error. It builds in the target
//! directory of `generated/`, whose dependencies it shares.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Instant;

use anyhow::{bail, Context, Result};
use generator::config::{Config, CrateMetadata, VersionConfig, CONFIG_SCHEMA};
use generator::diag::Severity;
use generator::pipeline::Generator;

/// One corpus root: its version name and its path relative to the corpus directory.
pub struct Root {
    pub name: String,
    pub root: String,
    /// Served by Prism in `cargo xtask corpus --conformance` (not marked `no-prism`).
    pub prism: bool,
}

pub fn corpus_dir(repo: &Path) -> PathBuf {
    repo.join("generator/tests/fixtures/corpus")
}

/// The roots listed in `roots.txt` (blank lines and `#` comments skipped).
pub fn roots(corpus: &Path) -> Result<Vec<Root>> {
    let manifest = corpus.join("roots.txt");
    let text = std::fs::read_to_string(&manifest)
        .with_context(|| format!("reading {}", manifest.display()))?;
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let words: Vec<&str> = line.split_whitespace().collect();
        let (name, root, prism) = match words.as_slice() {
            [name, root] => (name, root, true),
            [name, root, "no-prism"] => (name, root, false),
            _ => bail!(
                "{}:{}: expected `name root [no-prism]`",
                manifest.display(),
                i + 1
            ),
        };
        out.push(Root {
            name: name.to_string(),
            root: root.to_string(),
            prism,
        });
    }
    Ok(out)
}

/// A config with one version per root (crates `<name>` and `<name>-models`).
pub fn config(roots: &[Root]) -> Config {
    Config {
        schema: CONFIG_SCHEMA,
        runtime_crate: "sailpoint-runtime".into(),
        crate_metadata: CrateMetadata {
            license: "MIT".into(),
            rust_version: "1.85".into(),
            ..Default::default()
        },
        models: Default::default(),
        experimental_header: None,
        versions: (roots.iter())
            .map(|r| {
                let crate_name = r.name.replace('_', "-");
                VersionConfig {
                    name: r.name.clone(),
                    root: r.root.clone(),
                    generate: true,
                    models_crate: format!("{crate_name}-models"),
                    client_crate: crate_name,
                    crate_version: "0.1.0".into(),
                    retry_safe_operations: Vec::new(),
                    experimental_header: None,
                }
            })
            .collect(),
    }
}

/// Generates, checks and lints the corpus; with `conformance`, then calls every operation of
/// the specs Prism can serve against it.
pub fn run(repo: &Path, conformance: bool) -> Result<ExitCode> {
    let corpus = corpus_dir(repo);
    let roots = roots(&corpus)?;
    let out = repo.join("target/corpus");
    let start = Instant::now();
    let generation = Generator::new(config(&roots), &corpus)
        .templates(repo.join("templates"))
        .generate()?;
    println!(
        "{:<24} {:>6} {:>10} {:>8} {:>8}",
        "spec", "types", "operations", "webhooks", "warnings"
    );
    for v in &generation.versions {
        let warnings = (v.diagnostics.iter())
            .filter(|d| d.severity == Severity::Warning)
            .count();
        println!(
            "{:<24} {:>6} {:>10} {:>8} {:>8}",
            v.config.name, v.types, v.operations, v.webhooks, warnings
        );
    }
    if out.exists() {
        std::fs::remove_dir_all(&out).with_context(|| format!("clearing {}", out.display()))?;
    }
    generation.write(&out)?;
    println!(
        "generated {} specs into {} in {:.1?}",
        roots.len(),
        out.display(),
        start.elapsed()
    );

    // The generated workspace's target dir: the corpus crates need the same dependencies, so a
    // suite run that already linted generated/ builds only the corpus crates themselves. Clippy
    // with `-D warnings` denies rustc's warnings too (no RUSTFLAGS, which would rebuild every
    // dependency).
    let target = crate::shared_build::target_dir(repo);
    let builds: [&[&str]; 1] = [&[
        "clippy",
        "--workspace",
        "--all-targets",
        "--",
        "-D",
        "warnings",
    ]];
    for args in builds {
        let step = Instant::now();
        let status = Command::new("cargo")
            .args(args)
            .current_dir(&out)
            .env("CARGO_TARGET_DIR", &target)
            .status()
            .with_context(|| format!("running cargo {}", args[0]))?;
        println!(
            "cargo {} on the corpus workspace: {:.1?}",
            args[0],
            step.elapsed()
        );
        if !status.success() {
            println!("corpus: cargo {} failed", args[0]);
            return Ok(ExitCode::FAILURE);
        }
    }
    println!(
        "corpus: {} specs generate and are clippy clean in {:.1?}",
        roots.len(),
        start.elapsed()
    );
    if !conformance {
        return Ok(ExitCode::SUCCESS);
    }
    let specs = (roots.iter())
        .filter(|r| r.prism)
        .map(|r| corpus.join(&r.root))
        .collect();
    crate::conformance_on_specs(repo, specs)
}

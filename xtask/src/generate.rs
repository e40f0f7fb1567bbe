//! The generation commands: `generate`'s summary, `check`, `ir`, `diagnostics`, `update-specs`
//! and `generate-spec`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{Context, Result};
use generator::config::Config;
use generator::diag::Category;
use generator::pipeline::{Generation, Generator};

use crate::{diff, repo_root, vendor, GenOpts};

/// `cargo xtask ir VERSION`: the intermediate model as JSON.
pub(crate) fn print_ir(version: String, specs: Option<PathBuf>) -> Result<ExitCode> {
    let opts = GenOpts {
        templates: None,
        specs,
        versions: vec![version],
    };
    let g = opts.generator()?;
    let v = g.selected()?[0].clone();
    let lowered = g.lower_version(&v)?;
    println!("{}", serde_json::to_string_pretty(&lowered.api)?);
    Ok(ExitCode::SUCCESS)
}

/// `cargo xtask diagnostics [VERSION]`: every located spec defect.
pub(crate) fn print_diagnostics(
    version: Option<String>,
    specs: Option<PathBuf>,
) -> Result<ExitCode> {
    let opts = GenOpts {
        templates: None,
        specs,
        versions: version.into_iter().collect(),
    };
    let g = opts.generator()?;
    let all: Vec<_> = match &opts.versions[..] {
        [] => g.config().versions.iter().collect(),
        _ => g.selected()?,
    };
    for l in g.lower_all(&all)? {
        for d in &l.diagnostics {
            println!("{}: {d}", l.config.name);
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub(crate) fn print_summary(
    g: &Generation,
    s: &generator::write::WriteSummary,
    elapsed: std::time::Duration,
) {
    for l in &g.versions {
        let (written, removed) = s.counts_under(&format!("{}/", l.config.name));
        let total = g
            .files
            .keys()
            .filter(|p| p.starts_with(&format!("{}/", l.config.name)))
            .count();
        println!(
            "{:>6}: {} types, {} operations, {} webhooks; files {} written / {} unchanged / {} removed; diagnostics {}",
            l.config.name,
            l.types,
            l.operations,
            l.webhooks,
            written,
            total - written,
            removed,
            by_category_text(&l.diagnostics),
        );
    }
    println!(
        "total: {} files ({} written, {} unchanged, {} removed); lower {:.0} ms, render {:.0} ms, all {:.0} ms",
        g.files.len(),
        s.written.len(),
        s.unchanged,
        s.removed.len(),
        g.lower_time.as_secs_f64() * 1e3,
        g.render_time.as_secs_f64() * 1e3,
        elapsed.as_secs_f64() * 1e3,
    );
}

pub(crate) fn by_category(diags: &[generator::diag::Diagnostic]) -> BTreeMap<String, usize> {
    let mut map = BTreeMap::new();
    for d in diags {
        *map.entry(category_name(d.category)).or_insert(0) += 1;
    }
    map
}

fn category_name(c: Category) -> String {
    serde_json::to_value(c)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

pub(crate) fn by_category_text(diags: &[generator::diag::Diagnostic]) -> String {
    let map = by_category(diags);
    if map.is_empty() {
        return "none".into();
    }
    map.iter()
        .map(|(k, v)| format!("{k} {v}"))
        .collect::<Vec<_>>()
        .join(", ")
}

pub(crate) fn check(opts: &GenOpts) -> Result<ExitCode> {
    let generation = opts.generator()?.generate()?;
    let tmp = tempfile::tempdir().context("creating a temporary directory")?;
    let fresh = tmp.path().join("generated");
    generation.write(&fresh)?;
    let committed = repo_root().join("generated");
    let plan = generator::write::plan_keeping(&committed, &generation.files, &generation.kept())?;
    if plan.is_empty() {
        println!(
            "generated/ is fresh ({} files checked against a regeneration in {})",
            generation.files.len(),
            fresh.display()
        );
        return Ok(ExitCode::SUCCESS);
    }
    eprintln!("generated/ is stale; run `cargo xtask generate`:");
    for p in &plan.changed {
        eprintln!("  differs or missing: generated/{p}");
    }
    for p in &plan.stale {
        eprintln!("  not generated any more: generated/{p}");
    }
    Ok(ExitCode::FAILURE)
}

/// Vendor, report, bump, regenerate. The report is computed before anything is written, so a
/// snapshot that does not lower stops the command with specs/ untouched.
pub(crate) fn update_specs(from: &Path, upstream: &vendor::Upstream) -> Result<ExitCode> {
    let root = repo_root();
    let specs = root.join("specs");
    let config_path = specs.join("sdk.toml");
    let config = Config::read(&config_path)?;
    let versions: Vec<_> = config.versions.iter().filter(|v| v.generate).collect();
    let reports = diff::diff_versions(&specs, from, &config, &versions)?;
    vendor::update_specs(&root, from, upstream)?;

    let mut text = std::fs::read_to_string(&config_path)?;
    for r in &reports {
        let v = config
            .version(&r.name)
            .context("report of an unknown version")?;
        let bump = generator::diff::semver_bump(r);
        match bump.apply(&v.crate_version) {
            Some(next) if next != v.crate_version => {
                text = vendor::set_crate_version(&text, &v.name, &next)?;
                println!(
                    "{}: crate version {} -> {next} ({:?} bump)",
                    v.name, v.crate_version, bump
                );
            }
            _ => println!(
                "{}: API unchanged for users; crate version stays {}",
                v.name, v.crate_version
            ),
        }
    }
    vendor::atomic_write(&config_path, &text)?;

    let start = Instant::now();
    let generation = GenOpts {
        templates: None,
        specs: None,
        versions: vec![],
    }
    .generator()?
    .generate()?;
    let summary = generation.write(&root.join("generated"))?;
    print_summary(&generation, &summary, start.elapsed());
    println!();
    print!("{}", diff::markdown(&reports));
    Ok(ExitCode::SUCCESS)
}

/// A marker that says a directory was written by `generate-spec` (so a rerun may replace it).
const GENERATED_MARKER: &str = ".generated-by-sailpoint-sdk-generator";

pub(crate) fn generate_spec(
    spec: &Path,
    name: &str,
    out: &Path,
    templates: Option<PathBuf>,
) -> Result<ExitCode> {
    use generator::config::{CrateMetadata, VersionConfig};
    let valid = !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
        && name.starts_with(|c: char| c.is_ascii_lowercase());
    if !valid {
        anyhow::bail!(
            "--name {name:?}: use lowercase letters, digits, '-' or '_', starting with a letter"
        );
    }
    if !spec.is_file() {
        anyhow::bail!("--spec {}: no such file", spec.display());
    }
    if out.exists() {
        let empty = std::fs::read_dir(out)
            .with_context(|| format!("--out {}", out.display()))?
            .next()
            .is_none();
        if !empty && !out.join(GENERATED_MARKER).exists() {
            anyhow::bail!(
                "--out {}: the directory is not empty and was not written by generate-spec; \
                 choose an empty or new directory (nothing was written)",
                out.display()
            );
        }
    }
    let dir = spec
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let file = spec
        .file_name()
        .context("--spec has no file name")?
        .to_string_lossy()
        .into_owned();
    let config = Config {
        schema: generator::config::CONFIG_SCHEMA,
        // The runtime is the same crate for every spec (its own tests name it).
        runtime_crate: "sailpoint-runtime".into(),
        crate_metadata: CrateMetadata {
            license: "MIT".into(),
            rust_version: "1.85".into(),
            ..Default::default()
        },
        models: Default::default(),
        experimental_header: None,
        versions: vec![VersionConfig {
            name: name.replace('-', "_"),
            root: file,
            generate: true,
            models_crate: format!("{name}-models"),
            client_crate: name.to_string(),
            crate_version: "0.1.0".into(),
            retry_safe_operations: Vec::new(),
            experimental_header: None,
        }],
    };
    let templates = templates.unwrap_or_else(|| repo_root().join("templates"));
    let start = Instant::now();
    let mut generation = Generator::new(config, dir)
        .templates(templates)
        .generate()?;
    generation.files.insert(
        GENERATED_MARKER.into(),
        "Written by `cargo xtask generate-spec`; a rerun replaces this directory's contents.\n"
            .into(),
    );
    let summary = generation.write(out)?;
    print_summary(&generation, &summary, start.elapsed());
    println!(
        "wrote {}; try: (cd {} && cargo check)",
        out.display(),
        out.display()
    );
    Ok(ExitCode::SUCCESS)
}

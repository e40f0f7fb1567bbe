//! `update-specs`: vendor exactly the files the configured roots reach.

use std::collections::BTreeSet;
use std::path::Path;

use anyhow::{Context, Result};
use generator::config::Config;
use generator::diag::{Diagnostics, Severity};
use generator::render::Files;

/// Files in specs/ that are ours, not upstream's: never removed by vendoring.
const OURS: &[&str] = &[
    "sdk.toml",
    "UPSTREAM.toml",
    "LICENSE-api-specs",
    "README.md",
];

/// Where a snapshot came from, as the maintainer gave it.
#[derive(Debug, Default, serde::Serialize)]
pub struct Upstream {
    pub source: Option<String>,
    pub commit: Option<String>,
    pub date: Option<String>,
}

/// The sorted set of files (relative to `dir`) that the configured roots reach.
pub fn reached_files(dir: &Path, config: &Config) -> Result<BTreeSet<String>> {
    let mut files = BTreeSet::new();
    for v in &config.versions {
        let mut diags = Diagnostics::new();
        let spec = generator::load::load(dir, &v.root, &mut diags)
            .map_err(|e| anyhow::anyhow!("{}: {e}", v.name))?;
        if diags.has_errors() {
            let errors: Vec<String> = diags
                .into_sorted()
                .into_iter()
                .filter(|d| d.severity == Severity::Error)
                .map(|d| d.to_string())
                .collect();
            anyhow::bail!(
                "{} does not load cleanly from {}; nothing was vendored:\n  {}",
                v.root,
                dir.display(),
                errors.join("\n  ")
            );
        }
        files.extend(spec.files().map(str::to_owned));
    }
    Ok(files)
}

/// Copies the reached files of `from` into `<repo>/specs`, removes vendored files no longer
/// reached, and records the upstream snapshot. Transactional: on failure specs/ is unchanged.
pub fn update_specs(repo: &Path, from: &Path, upstream: &Upstream) -> Result<()> {
    let specs = repo.join("specs");
    let config = Config::read(&specs.join("sdk.toml"))?;
    if !from.is_dir() {
        anyhow::bail!("--from {}: not a directory", from.display());
    }
    let reached = reached_files(from, &config)?;
    let mut files = Files::new();
    for rel in &reached {
        let path = from.join(rel);
        let text = std::fs::read_to_string(&path)
            .with_context(|| format!("reading {}", path.display()))?;
        files.insert(rel.clone(), text);
    }
    let mut record = String::from(
        "# The upstream snapshot vendored here, as given to `cargo xtask update-specs`.\n",
    );
    record.push_str(&toml::to_string(upstream).context("recording the upstream")?);
    record.push_str(&format!("files = {}\n", reached.len()));
    files.insert("UPSTREAM.toml".into(), record);

    let keep: Vec<&str> = OURS
        .iter()
        .copied()
        .filter(|f| *f != "UPSTREAM.toml")
        .collect();
    let summary = generator::write::write_tree_keeping(&specs, &files, &keep)?;
    println!(
        "specs/: {} files reached by {} roots; {} written, {} unchanged, {} removed",
        reached.len(),
        config.versions.len(),
        summary.written.len(),
        summary.unchanged,
        summary.removed.len()
    );
    Ok(())
}

/// Sets `crate_version` of the `[[version]]` named `name` in the text of sdk.toml, keeping
/// everything else (comments, order) as it is.
pub fn set_crate_version(text: &str, name: &str, next: &str) -> Result<String> {
    let mut out = Vec::new();
    let mut in_target = false;
    let mut done = false;
    for line in text.lines() {
        let t = line.trim();
        if t.starts_with('[') {
            in_target = false;
        }
        if t.starts_with("name")
            && t.split_once('=').map(|(_, v)| v.trim().trim_matches('"')) == Some(name)
        {
            in_target = true;
        }
        if in_target && !done && t.starts_with("crate_version") {
            out.push(format!("crate_version = \"{next}\""));
            done = true;
            continue;
        }
        out.push(line.to_string());
    }
    if !done {
        anyhow::bail!("sdk.toml: no crate_version line for version {name:?}");
    }
    let mut s = out.join("\n");
    s.push('\n');
    // The result must still be a valid config naming the new version.
    let cfg = Config::from_toml(&s, Path::new("sdk.toml"))?;
    if cfg.version(name).map(|v| v.crate_version.as_str()) != Some(next) {
        anyhow::bail!("sdk.toml: could not set crate_version of {name:?}");
    }
    Ok(s)
}

/// Writes a file by renaming a sibling temporary file over it (never half-written).
pub fn atomic_write(path: &Path, text: &str) -> Result<()> {
    let dir = path.parent().context("a file path has a parent")?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    std::io::Write::write_all(&mut tmp, text.as_bytes())?;
    tmp.persist(path)
        .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bumps_only_the_named_version() {
        let text =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../specs/sdk.toml"))
                .unwrap();
        let before = Config::from_toml(&text, Path::new("sdk.toml")).unwrap();
        let out = set_crate_version(&text, "v2025", "9.8.7").unwrap();
        let cfg = Config::from_toml(&out, Path::new("sdk.toml")).unwrap();
        assert_eq!(cfg.version("v2025").unwrap().crate_version, "9.8.7");
        assert_eq!(
            cfg.version("beta").unwrap().crate_version,
            before.version("beta").unwrap().crate_version
        );
        assert!(out.contains("# Which SailPoint ISC roots"), "comments kept");
        assert!(set_crate_version(&text, "v1999", "1.0.0").is_err());
    }
}

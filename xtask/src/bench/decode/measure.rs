//! Builds and runs the decode harness of one version (needs the examples machinery of the
//! `harness` build).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use anyhow::{anyhow, bail, Context, Result};
use generator::config::Config;
use generator::diag::Diagnostics;
use generator::ir::{TypeKind, TypeRef};

use super::{candidates, repeated, summarize, DecodeReport, TypeSample};
use super::{CANDIDATES, PAYLOAD_BYTES, TYPES};
use crate::examples::collect::{self, Source};
use crate::examples::harness::{render_skeleton, type_table, write_if_changed};

/// Measures `version`'s models crate in `generated` (best of `runs` per measurement).
pub fn run(repo: &Path, generated: &Path, version: &str, runs: usize) -> Result<DecodeReport> {
    let specs = repo.join("specs");
    let config = Config::read(&specs.join("sdk.toml"))?;
    let v = (config.version(version)).with_context(|| format!("unknown version {version:?}"))?;
    let mut diags = Diagnostics::new();
    let spec = generator::load::load(&specs, &v.root, &mut diags).map_err(|e| anyhow!("{e}"))?;
    let api = generator::lower::lower(&spec, &v.name, &config.lower_options(v), &mut diags);
    let examples = collect::collect(&spec, &api);
    // What the spec shows of each object model: its schema examples, and the response examples
    // (what a tenant sends) of the model or of a list of it (each item).
    let objects: Vec<(String, &serde_json::Value)> = (examples.iter())
        .filter(|e| matches!(e.source, Source::Schema | Source::Response))
        .flat_map(|e| match (&e.ty, &e.value) {
            (Some(TypeRef::Named(n)), value) if value.is_object() => vec![(n.clone(), value)],
            (Some(TypeRef::Array(item)), serde_json::Value::Array(items)) => match &**item {
                TypeRef::Named(n) => (items.iter().filter(|i| i.is_object()))
                    .map(|i| (n.clone(), i))
                    .collect(),
                _ => Vec::new(),
            },
            _ => Vec::new(),
        })
        .filter(|(n, _)| {
            (api.types.iter()).any(|t| &t.name == n && matches!(t.kind, TypeKind::Struct(_)))
        })
        .collect();
    let chosen = candidates(&objects, CANDIDATES);
    if chosen.is_empty() {
        bail!("{version}: no object model has a schema or response example");
    }
    let tys: Vec<TypeRef> = chosen
        .iter()
        .map(|(n, _)| TypeRef::Named(n.clone()))
        .collect();
    let (types, _) = type_table(
        &api,
        &v.models_crate.replace('-', "_"),
        &tys.iter().collect::<Vec<_>>(),
    )?;

    let models = generated.join(&v.name).join("models");
    let binary = build(repo, generated, version, &v.models_crate, &models, &types)?;
    let dir = tempfile::Builder::new().prefix("sdk-decode.").tempdir()?;
    // Which candidates decode at all, then the first TYPES of those, measured.
    for (i, (_, example)) in chosen.iter().enumerate() {
        std::fs::write(dir.path().join(format!("{i}.json")), repeated(example, 0))?;
    }
    let ids: Vec<usize> = (0..chosen.len()).collect();
    let decoding: Vec<usize> = (harness(&binary, dir.path(), 0, &ids)?.into_iter())
        .filter_map(|(i, r)| match r {
            Ok(_) => Some(i),
            Err(e) => {
                eprintln!(
                    "decode bench: {} skipped, its example does not decode: {e}",
                    chosen[i].0
                );
                None
            }
        })
        .take(TYPES)
        .collect();
    if decoding.is_empty() {
        bail!("{version}: none of the largest schema or response examples decodes as its model");
    }
    for &i in &decoding {
        let bytes = repeated(&chosen[i].1, PAYLOAD_BYTES / decoding.len());
        std::fs::write(dir.path().join(format!("{i}.json")), bytes)?;
    }
    let mut samples = Vec::new();
    for (i, result) in harness(&binary, dir.path(), runs, &decoding)? {
        let line = result.map_err(|e| anyhow!("{}: the typed decode failed: {e}", chosen[i].0))?;
        let mut sample: TypeSample = serde_json::from_str(&line)
            .with_context(|| format!("the decode harness wrote {line:?}"))?;
        sample.rust_type = types[i].replace(' ', "");
        samples.push(sample);
    }
    Ok(summarize(version, runs, samples))
}

/// Writes the harness crate under `<target>/bench-decode/<version>` and builds it (release,
/// with the generated workspace's lockfile). Returns its binary.
fn build(
    repo: &Path,
    generated: &Path,
    version: &str,
    models_crate: &str,
    models: &Path,
    types: &[String],
) -> Result<PathBuf> {
    let target = match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) => std::env::current_dir()?.join(dir),
        None => repo.join("target"),
    }
    .join("bench-decode");
    let dir = target.join(version);
    std::fs::create_dir_all(dir.join("src"))?;
    let package = format!("decode-bench-{}", version.replace('_', "-"));
    let quoted = |s: String| toml::Value::String(s).to_string();
    let models = models.canonicalize().with_context(|| {
        format!(
            "no models crate at {} (run `cargo xtask generate`)",
            models.display()
        )
    })?;
    let manifest = render_skeleton(
        "bench/decode_Cargo.toml.jinja",
        include_str!("../decode_Cargo.toml.jinja"),
        &serde_json::json!({
            "package": package,
            "models_name": quoted(models_crate.to_string()),
            "models_path": quoted(models.display().to_string()),
        }),
    )?;
    let main = main_rs(types, &models_crate.replace('-', "_"))?;
    write_if_changed(&dir.join("Cargo.toml"), &manifest)?;
    write_if_changed(&dir.join("src/main.rs"), &main)?;
    let lock = generated.join("Cargo.lock");
    if lock.is_file() {
        std::fs::copy(&lock, dir.join("Cargo.lock"))
            .with_context(|| format!("copying {}", lock.display()))?;
    }
    eprintln!("building the decode harness of {version} (release)...");
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let status = Command::new(cargo)
        .args(["build", "--quiet", "--release", "--manifest-path"])
        .arg(dir.join("Cargo.toml"))
        .env("CARGO_TARGET_DIR", target.join("target"))
        .env_remove("CARGO_BUILD_TARGET_DIR")
        .env("CARGO_INCREMENTAL", "0")
        .stdin(Stdio::null())
        .status()
        .context("running cargo build for the decode harness")?;
    if !status.success() {
        bail!("the decode harness in {} does not build", dir.display());
    }
    Ok(target.join("target/release").join(package))
}

/// The harness's `src/main.rs`: one `measure::<Vec<T>>` arm per type; `models_ident` is the
/// models crate's library name.
fn main_rs(types: &[String], models_ident: &str) -> Result<String> {
    render_skeleton(
        "bench/decode_main.rs.jinja",
        include_str!("../decode_main.rs.jinja"),
        &serde_json::json!({ "types": types, "models_ident": models_ident }),
    )
}

/// Runs the harness on the payloads `<dir>/<id>.json`: per id, its figures line or its error.
fn harness(
    binary: &Path,
    dir: &Path,
    runs: usize,
    ids: &[usize],
) -> Result<Vec<(usize, Result<String, String>)>> {
    let output = Command::new(binary)
        .arg(dir)
        .arg(runs.to_string())
        .args(ids.iter().map(ToString::to_string))
        .stderr(Stdio::inherit())
        .output()
        .with_context(|| format!("running {}", binary.display()))?;
    if !output.status.success() {
        bail!("{} failed ({})", binary.display(), output.status);
    }
    let text = String::from_utf8_lossy(&output.stdout);
    let mut out = Vec::new();
    for line in text.lines() {
        let mut parts = line.splitn(3, '\t');
        let (Some(id), Some(kind), Some(rest)) = (parts.next(), parts.next(), parts.next()) else {
            bail!("the decode harness wrote {line:?}");
        };
        let id: usize = id
            .parse()
            .with_context(|| format!("the decode harness wrote {line:?}"))?;
        out.push(match kind {
            "ok" => (id, Ok(rest.to_string())),
            _ => (
                id,
                Err(serde_json::from_str::<String>(rest).unwrap_or_else(|_| rest.to_string())),
            ),
        });
    }
    if out.len() != ids.len() {
        bail!(
            "the decode harness answered {} of {} types",
            out.len(),
            ids.len()
        );
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_harness_is_rust_with_one_arm_per_type_and_keeps_its_results() {
        let text = main_rs(&["m :: A".into(), "m :: B".into()], "m").unwrap();
        syn::parse_file(&text).expect("the harness's main.rs parses as Rust");
        assert!(text.contains("        0 => measure::<m :: A>(bytes, runs),\n"));
        assert!(text.contains("        1 => measure::<m :: B>(bytes, runs),\n"));
        // The typed decode is checked, and nothing measured can be optimized away.
        assert!(text.contains("serde_json::from_slice(bytes).map_err(|e| e.to_string())?"));
        assert_eq!(text.matches("black_box(v);").count(), 5);
        // The client's decode is the models crate's, strict.
        assert!(text.contains("m::decode::decode(black_box(bytes), m::decode::Decoding::Strict)"));
        assert_eq!(text.matches("black_box(serde_json::to_vec(").count(), 2);
    }
}

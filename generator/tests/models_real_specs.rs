//! The models renderer on the vendored specs (`specs/`): every generated version renders, and
//! the output is well-formed and deterministic.
//!
//! The expensive part, building the rendered crates with clippy and rustdoc, is an ignored test:
//!
//! ```text
//! MODELS_OUT=/tmp/models cargo test -p sailpoint-sdk-generator --release \
//!     --test models_real_specs -- --ignored --nocapture
//! cd /tmp/models && cargo clippy --workspace --all-targets -- -D warnings
//! ```
//!
//! It writes `<out>/<version>/models` for every generated version plus a workspace manifest.

mod models_fixture;

use std::path::{Path, PathBuf};

use generator::config::Config;
use generator::render::models::render_models;
use generator::render::Files;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn render_all() -> Vec<(String, Files)> {
    let config = Config::read(&repo().join("specs/sdk.toml")).expect("specs/sdk.toml");
    let templates = models_fixture::models_templates();
    config
        .versions
        .iter()
        .filter(|v| v.generate)
        .map(|v| {
            let (api, _diagnostics) =
                generator::lower::build_api(&repo().join("specs"), &v.root, &v.name)
                    .unwrap_or_else(|e| panic!("{}: {e}", v.name));
            let files = render_models(&api, v, &config.crate_metadata, &templates)
                .unwrap_or_else(|e| panic!("{}: {e:#}", v.name));
            assert_eq!(
                files
                    .keys()
                    .filter(|p| p.starts_with("src/models/"))
                    .count(),
                api.types.len(),
                "{}: one file per type",
                v.name
            );
            (v.name.clone(), files)
        })
        .collect()
}

#[test]
fn real_specs_render() {
    let versions = render_all();
    assert!(!versions.is_empty());
    for (name, files) in &versions {
        for (path, text) in files {
            assert!(
                !text.contains("/work/"),
                "{name}/{path}: absolute path in output"
            );
            if path.ends_with(".rs") {
                syn::parse_file(text).unwrap_or_else(|e| panic!("{name}/{path}: {e}"));
            }
        }
    }
}

/// Writes the rendered crates and a workspace manifest to `MODELS_OUT` (default: a directory
/// under the target dir) for building by hand.
#[test]
#[ignore]
fn write_real_models_crates() {
    let out = std::env::var_os("MODELS_OUT")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("models-real"));
    let mut members = Vec::new();
    for (name, files) in render_all() {
        let dir = out.join(&name).join("models");
        let _ = std::fs::remove_dir_all(dir.join("src"));
        for (path, text) in files {
            let target = dir.join(path);
            std::fs::create_dir_all(target.parent().unwrap()).unwrap();
            std::fs::write(target, text).unwrap();
        }
        members.push(format!("\"{name}/models\""));
    }
    std::fs::write(
        out.join("Cargo.toml"),
        format!(
            "[workspace]\nresolver = \"2\"\nmembers = [{}]\n",
            members.join(", ")
        ),
    )
    .unwrap();
    eprintln!("wrote {}", out.display());
}

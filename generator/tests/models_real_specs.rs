//! The models renderer on the vendored specs (`specs/`): every generated version renders, and
//! the output is well-formed and deterministic. Building the rendered crates (clippy, rustdoc,
//! tests) is a step of `cargo xtask test` over `generated/`; `cargo xtask examples` round-trips
//! every example through them.

mod models_fixture;

use std::path::{Path, PathBuf};

use generator::config::Config;
use generator::ir::Api;
use generator::render::models::render_models;
use generator::render::Files;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn render_all() -> Vec<(String, Files)> {
    render_all_with_api()
        .into_iter()
        .map(|(name, files, _)| (name, files))
        .collect()
}

fn render_all_with_api() -> Vec<(String, Files, Api)> {
    let config = Config::read(&repo().join("specs/sdk.toml")).expect("specs/sdk.toml");
    let templates = models_fixture::models_templates();
    config
        .versions
        .iter()
        .filter(|v| v.generate)
        .map(|v| {
            let (api, _diagnostics) =
                generator::pipeline::build_api(&repo().join("specs"), &v.root, &v.name)
                    .unwrap_or_else(|e| panic!("{}: {e}", v.name));
            let files = render_models(&api, v, &config.crate_metadata, &templates)
                .unwrap_or_else(|e| panic!("{}: {e:#}", v.name));
            // Inline types used by one other type share its file; every type is re-exported.
            let type_files = files
                .keys()
                .filter(|p| p.starts_with("src/models/"))
                .count();
            assert!(
                type_files <= api.types.len(),
                "{}: more files than types",
                v.name
            );
            let index = &files["src/models.rs"];
            let reexported = index
                .lines()
                .filter(|l| l.starts_with("pub use self::"))
                .count();
            assert_eq!(reexported, api.types.len(), "{}: re-exports", v.name);
            assert_eq!(
                index.lines().filter(|l| l.starts_with("mod ")).count(),
                type_files,
                "{}: one module per file",
                v.name
            );
            (v.name.clone(), files, api)
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

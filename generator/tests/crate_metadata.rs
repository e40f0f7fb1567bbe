//! `[crate_metadata]` of the config reaches every generated manifest (runtime, models, client):
//! a field that is set is written, a field that is not is left out (the documentation falls
//! back to the crate's docs.rs page), and docs.rs documents every feature.

#[path = "fixtures/client/api.rs"]
mod fixture;

use std::path::Path;

use generator::config::Config;
use generator::render::client::{render_client, render_workspace};
use generator::render::models::render_models;
use generator::render::Templates;

fn templates() -> Templates {
    Templates::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../templates")).unwrap()
}

fn config(crate_metadata: &str) -> Config {
    let text = format!(
        r#"schema = 1
runtime_crate = "fixture-runtime"

[crate_metadata]
{crate_metadata}

[[version]]
name = "fixture"
root = "fixture.yaml"
models_crate = "fixture-models"
client_crate = "fixture-client"
crate_version = "0.1.0"
"#
    );
    Config::from_toml(&text, Path::new("sdk.toml")).unwrap()
}

/// The `[package]` table of the runtime, models and client manifests, by crate name.
fn packages(config: &Config) -> Vec<(String, toml::Table)> {
    let templates = templates();
    let api = fixture::api();
    let version = &config.versions[0];
    let meta = &config.crate_metadata;
    let workspace = render_workspace(config, &[version], &templates).unwrap();
    let models = render_models(&api, version, meta, &templates).unwrap();
    let client = render_client(&api, version, &config.runtime_crate, meta, &templates).unwrap();
    [
        &workspace["runtime/Cargo.toml"],
        &models["Cargo.toml"],
        &client["Cargo.toml"],
    ]
    .into_iter()
    .map(|text| {
        let manifest: toml::Table = text.parse().unwrap();
        let package = manifest["package"].as_table().unwrap().clone();
        (package["name"].as_str().unwrap().to_string(), package)
    })
    .collect()
}

#[test]
fn unset_fields_are_left_out_of_every_manifest() {
    let config = config(r#"license = "MIT""#);
    let packages = packages(&config);
    let names: Vec<&str> = packages.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        ["fixture-runtime", "fixture-models", "fixture-client"]
    );
    for (name, package) in &packages {
        for unset in ["repository", "homepage", "rust-version"] {
            assert!(!package.contains_key(unset), "{name}: {unset} is not set");
        }
        assert_eq!(package["license"].as_str(), Some("MIT"), "{name}");
        assert_eq!(
            package["documentation"].as_str(),
            Some(format!("https://docs.rs/{name}").as_str()),
            "{name}: the documentation defaults to the crate's docs.rs page"
        );
    }
}

#[test]
fn set_fields_are_written_to_every_manifest() {
    let config = config(
        r#"repository = "https://git.example.org/sdk"
homepage = "https://sdk.example.org"
documentation = "https://sdk.example.org/docs"
license = "MIT OR Apache-2.0"
rust_version = "1.80""#,
    );
    for (name, package) in &packages(&config) {
        let field = |key: &str| package[key].as_str().unwrap().to_string();
        assert_eq!(field("repository"), "https://git.example.org/sdk", "{name}");
        assert_eq!(field("homepage"), "https://sdk.example.org", "{name}");
        assert_eq!(
            field("documentation"),
            "https://sdk.example.org/docs",
            "{name}"
        );
        assert_eq!(field("license"), "MIT OR Apache-2.0", "{name}");
        assert_eq!(field("rust-version"), "1.80", "{name}");
        let docs_rs = &package["metadata"]["docs"]["rs"];
        assert_eq!(docs_rs["all-features"].as_bool(), Some(true), "{name}");
        let args = docs_rs["rustdoc-args"].as_array().unwrap();
        assert_eq!(args.len(), 2);
        assert_eq!(args[0].as_str(), Some("--cfg"), "{name}");
        assert_eq!(args[1].as_str(), Some("docsrs"), "{name}");
    }
}

#[test]
fn every_crate_root_turns_on_doc_cfg_for_docs_rs() {
    let config = config(r#"license = "MIT""#);
    let templates = templates();
    let api = fixture::api();
    let version = &config.versions[0];
    let meta = &config.crate_metadata;
    let workspace = render_workspace(&config, &[version], &templates).unwrap();
    let models = render_models(&api, version, meta, &templates).unwrap();
    let client = render_client(&api, version, &config.runtime_crate, meta, &templates).unwrap();
    let attribute = "#![cfg_attr(docsrs, feature(doc_cfg))]";
    for root in [
        &workspace["runtime/src/lib.rs"],
        &models["src/lib.rs"],
        &client["src/lib.rs"],
    ] {
        assert!(root.contains(attribute));
    }
}

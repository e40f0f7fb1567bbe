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
            (v.name.clone(), files, api)
        })
        .collect()
}

/// `tests/examples.rs` + `tests/examples.json`: every schema example is deserialized into its
/// type and serialized back; the test prints how many did not parse or came back different.
fn write_example_test(dir: &Path, api: &Api) {
    use generator::render::rust::type_ident;
    let examples: serde_json::Map<String, serde_json::Value> = api
        .types
        .iter()
        .filter_map(|t| Some((t.name.clone(), t.example.clone()?)))
        .collect();
    let arms: String = examples
        .keys()
        .map(|n| format!("        {n:?} => rt::<m::{}>(v),\n", type_ident(n)))
        .collect();
    let krate = std::fs::read_to_string(dir.join("Cargo.toml")).unwrap();
    let krate = krate
        .lines()
        .find_map(|l| l.strip_prefix("name = "))
        .unwrap()
        .trim_matches('"')
        .replace('-', "_");
    std::fs::create_dir_all(dir.join("tests")).unwrap();
    std::fs::write(
        dir.join("tests/examples.json"),
        serde_json::to_string_pretty(&examples).unwrap(),
    )
    .unwrap();
    let test = format!(
        r#"#![allow(deprecated)]
use {krate} as m;
use m::serde_json::{{self, Value}};

fn same(a: &Value, b: &Value) -> bool {{
    match (a, b) {{
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        (Value::Array(x), Value::Array(y)) => x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same(x, y)),
        (Value::Object(x), Value::Object(y)) => {{
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| same(v, w)))
        }}
        _ => a == b,
    }}
}}

fn rt<T: serde::de::DeserializeOwned + serde::Serialize>(v: &Value) -> Result<(), String> {{
    let t: T = serde_json::from_value(v.clone()).map_err(|e| format!("parse: {{e}}"))?;
    let back = serde_json::to_value(&t).map_err(|e| format!("write: {{e}}"))?;
    if same(v, &back) {{ Ok(()) }} else {{ Err(format!("differs: {{back}}")) }}
}}

fn check(name: &str, v: &Value) -> Result<(), String> {{
    match name {{
{arms}        _ => Ok(()),
    }}
}}

#[test]
fn examples_round_trip() {{
    let all: serde_json::Map<String, Value> =
        serde_json::from_str(include_str!("examples.json")).unwrap();
    let mut failed = 0;
    for (name, v) in &all {{
        if let Err(e) = check(name, v) {{
            failed += 1;
            let e: String = e.chars().take(300).collect();
            println!("{{name}}: {{e}}");
        }}
    }}
    println!("{{}} examples, {{}} round-trip, {{failed}} fail", all.len(), all.len() - failed);
}}
"#
    );
    std::fs::write(dir.join("tests/examples.rs"), test).unwrap();
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
    let examples = std::env::var_os("MODELS_EXAMPLES").is_some();
    let mut members = Vec::new();
    for (name, files, api) in render_all_with_api() {
        let dir = out.join(&name).join("models");
        let _ = std::fs::remove_dir_all(dir.join("src"));
        let _ = std::fs::remove_dir_all(dir.join("tests"));
        for (path, mut text) in files {
            if examples && path == "Cargo.toml" {
                text.push_str("\n[dev-dependencies]\nserde = \"1\"\n");
            }
            let target = dir.join(path);
            std::fs::create_dir_all(target.parent().unwrap()).unwrap();
            std::fs::write(target, text).unwrap();
        }
        if examples {
            write_example_test(&dir, &api);
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

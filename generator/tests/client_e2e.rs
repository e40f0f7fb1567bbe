//! Writes the runtime, a hand-written fixture models crate and the rendered fixture client into a
//! temporary cargo workspace, then runs `cargo clippy` and `cargo test` there: the runtime's own
//! tests, `fixtures/client/e2e_test.rs` against the generated client, and its typed test doubles.
//!
//! It builds with the generated workspace's `Cargo.lock` into that workspace's target directory
//! (`CLIENT_E2E_TARGET_DIR`, else `CARGO_TARGET_DIR`, else `generated/target`, as the xtask
//! harnesses do) and with the features the suite's runs over `generated/` use: the dependencies
//! compile once for this test and for the generated crates. Set `SKIP_CLIENT_E2E=1` to skip.

#[path = "fixtures/client/api.rs"]
mod fixture;

use std::path::{Path, PathBuf};
use std::process::Command;

use generator::config::{Config, CrateMetadata, VersionConfig};
use generator::render::client::{render_client, render_workspace};
use generator::render::Templates;

fn write_all(root: &Path, prefix: &str, files: &generator::render::Files) {
    for (rel, text) in files {
        let path = root.join(prefix).join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, text).unwrap();
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).unwrap();
        }
    }
}

fn cargo(dir: &Path, target: &Path, args: &[&str]) {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = Command::new(cargo)
        .args(args)
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target)
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .output()
        .expect("cargo runs");
    let text = format!(
        "{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.status.success(),
        "cargo {args:?} failed in {}:\n{text}",
        dir.display()
    );
    eprintln!("cargo {args:?}:\n{text}");
}

#[test]
fn rendered_fixture_client_builds_and_passes_its_tests() {
    if std::env::var_os("SKIP_CLIENT_E2E").is_some() {
        eprintln!("SKIP_CLIENT_E2E set: skipped");
        return;
    }
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let templates = Templates::load(&manifest.join("../templates")).unwrap();
    let version = VersionConfig {
        name: "fixture".into(),
        root: "fixture.yaml".into(),
        generate: true,
        models_crate: "fixture-models".into(),
        client_crate: "fixture-client".into(),
        crate_version: "0.1.0".into(),
        retry_safe_operations: Vec::new(),
        experimental_header: None,
    };
    let meta = CrateMetadata {
        repository: "https://github.com/example/sailpoint-rust-sdk".into(),
        license: "MIT".into(),
        rust_version: "1.85".into(),
        ..Default::default()
    };
    let config = Config {
        schema: 1,
        runtime_crate: "sailpoint-runtime".into(),
        crate_metadata: meta.clone(),
        models: Default::default(),
        experimental_header: None,
        versions: vec![version.clone()],
    };

    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write_all(
        root,
        "",
        &render_workspace(&config, &[&version], &templates).unwrap(),
    );
    copy_dir(
        &manifest.join("tests/fixtures/client/models"),
        &root.join("fixture/models"),
    );
    std::fs::copy(
        manifest.join("../templates/models/src/decode.rs"),
        root.join("fixture/models/src/decode.rs"),
    )
    .unwrap();
    let mut client = render_client(
        &fixture::api(),
        &version,
        "sailpoint-runtime",
        &meta,
        &templates,
    )
    .unwrap();
    let toml = client.get_mut("Cargo.toml").unwrap();
    *toml = toml.replace(
        "[dev-dependencies]\n",
        "[dev-dependencies]\nwiremock = \"0.6\"\nserde_json = \"1\"\n",
    );
    client.insert(
        "tests/e2e.rs".into(),
        std::fs::read_to_string(manifest.join("tests/fixtures/client/e2e_test.rs")).unwrap(),
    );
    write_all(root, "fixture/client", &client);

    // The generated workspace's lockfile and target directory: the fixture workspace declares the
    // same dependencies with the same features (the runtime and client come from the same
    // templates; the fixture models crate repeats the generated models' dependencies), so the
    // dependencies compiled here are the ones the suite's clippy and tests of `generated/` use.
    let generated = manifest.join("../generated");
    std::fs::copy(generated.join("Cargo.lock"), root.join("Cargo.lock"))
        .expect("generated/Cargo.lock copies into the fixture workspace");
    let target: PathBuf = std::env::var_os("CLIENT_E2E_TARGET_DIR")
        .or_else(|| std::env::var_os("CARGO_TARGET_DIR"))
        .map(PathBuf::from)
        .unwrap_or_else(|| generated.join("target"));
    cargo(
        root,
        &target,
        &[
            "clippy",
            "--workspace",
            "--all-targets",
            "--quiet",
            "--features",
            "fixture-client/mock",
            "--",
            "-D",
            "warnings",
        ],
    );
    // The client's tests (`tests/e2e.rs` against wiremock) and its typed expectations
    // (`tests/mock.rs` and the README's doctest against the runtime's mock server), in one build
    // with the features clippy checked. Over the whole workspace, as the suite selects the
    // generated crates: selecting the client alone would leave out the runtime's dev-dependencies,
    // resolve other features and compile the dependencies again.
    cargo(
        root,
        &target,
        &[
            "test",
            "--workspace",
            "--quiet",
            "--features",
            "fixture-client/mock",
        ],
    );
    // One tag alone compiles too.
    cargo(
        &root.join("fixture/client"),
        &target,
        &[
            "check",
            "--quiet",
            "--no-default-features",
            "--features",
            "forms",
        ],
    );
}

//! Builds the models crate rendered from the fixture IR (`fixtures/models/api.yaml`) and runs
//! round-trip tests inside it (`fixtures/models/roundtrip.rs`), then holds it to the gate of the
//! generated crates: clippy and rustdoc with `-D warnings`.
//!
//! The crate and its target directory live under `CARGO_TARGET_TMPDIR` (inside the target dir,
//! so `CARGO_TARGET_DIR` is honoured) and are reused between runs: only the small fixture crate
//! is rebuilt. Dependencies come from the local cache (`--offline`) when they are there.

mod models_fixture;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

fn cargo() -> Command {
    let mut cmd = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    // Variables the outer cargo sets for this test binary must not leak into the inner build.
    for (key, _) in std::env::vars() {
        if key.starts_with("CARGO_") && key != "CARGO_HOME" || key == "RUSTFLAGS" {
            cmd.env_remove(key);
        }
    }
    cmd
}

/// Runs `cargo <args>` in `dir`, offline first, online if the cache lacks something.
fn run(dir: &Path, target: &Path, args: &[&str], env: &[(&str, &str)]) {
    let start = Instant::now();
    let attempt = |offline: bool| {
        let mut cmd = cargo();
        cmd.current_dir(dir).arg(args[0]);
        if offline {
            cmd.arg("--offline");
        }
        cmd.args(&args[1..])
            .env("CARGO_TARGET_DIR", target)
            .env("CARGO_TERM_COLOR", "never");
        for (k, v) in env {
            cmd.env(k, v);
        }
        cmd.output().expect("cargo runs")
    };
    let mut out = attempt(true);
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    if !out.status.success() && stderr.contains("offline") {
        out = attempt(false);
    }
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "cargo {} failed in {}:\n{stdout}\n{stderr}",
        args.join(" "),
        dir.display()
    );
    eprintln!("cargo {}: {:.1?}", args.join(" "), start.elapsed());
}

fn write_crate(dir: &Path) {
    for sub in ["src", "tests"] {
        let _ = std::fs::remove_dir_all(dir.join(sub));
    }
    for (path, text) in models_fixture::render_fixture() {
        let target = dir.join(&path);
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        let text = if path == "Cargo.toml" {
            // Standalone: not part of whatever workspace encloses the target directory.
            format!("{text}\n[workspace]\n")
        } else {
            text
        };
        std::fs::write(target, text).unwrap();
    }
    let tests = dir.join("tests");
    std::fs::create_dir_all(&tests).unwrap();
    let roundtrip =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/models/roundtrip.rs");
    std::fs::copy(roundtrip, tests.join("roundtrip.rs")).unwrap();
}

#[test]
fn fixture_crate_builds_round_trips_and_passes_the_gate() {
    let base = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    let dir = base.join("models-fixture");
    let target = base.join("models-fixture-target");
    write_crate(&dir);
    run(&dir, &target, &["test", "--all-features", "--quiet"], &[]);
    run(
        &dir,
        &target,
        &[
            "clippy",
            "--all-targets",
            "--all-features",
            "--quiet",
            "--",
            "-D",
            "warnings",
        ],
        &[],
    );
    run(
        &dir,
        &target,
        &["doc", "--no-deps", "--quiet"],
        &[("RUSTDOCFLAGS", "-D warnings")],
    );
}

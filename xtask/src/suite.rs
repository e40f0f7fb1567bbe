//! `cargo xtask test`: the whole test suite, in the order a failure is cheapest to find.

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use anyhow::{Context, Result};

/// One step: a name and the command that runs it.
struct Step {
    name: &'static str,
    dir: &'static str,
    program: &'static str,
    args: &'static [&'static str],
    env: &'static [(&'static str, &'static str)],
}

/// Stands for the features the generated crates' gate turns on beyond the defaults (see
/// [`crate::shared_build::test_features`]); replaced when the step runs.
const GENERATED_FEATURES: &str = "<generated features>";

const STEPS: &[Step] = &[
    Step {
        name: "format",
        dir: ".",
        program: "cargo",
        args: &["fmt", "--all", "--", "--check"],
        env: &[],
    },
    Step {
        name: "clippy (generator, xtask)",
        dir: ".",
        program: "cargo",
        args: &[
            "clippy",
            "--workspace",
            "--all-targets",
            "--all-features",
            "--",
            "-D",
            "warnings",
        ],
        env: &[],
    },
    Step {
        name: "tests (generator, xtask)",
        dir: ".",
        program: "cargo",
        args: &["test", "--workspace", "--all-features"],
        env: &[("INSTA_UPDATE", "no")],
    },
    Step {
        name: "generated/ is fresh",
        dir: ".",
        program: "cargo",
        args: &["xtask", "check"],
        env: &[],
    },
    Step {
        name: "mutated specs never panic (bounded fuzz)",
        dir: ".",
        program: "cargo",
        args: &["xtask", "fuzz", "--seconds", "60"],
        env: &[],
    },
    Step {
        name: "clippy on generated crates (no warnings)",
        dir: "generated",
        program: "cargo",
        args: &[
            "clippy",
            "--workspace",
            "--all-targets",
            "--features",
            GENERATED_FEATURES,
            "--",
            "-D",
            "warnings",
        ],
        env: &[],
    },
    Step {
        name: "rustdoc on generated crates (no warnings)",
        dir: "generated",
        program: "cargo",
        args: &[
            "doc",
            "--workspace",
            "--no-deps",
            "--features",
            GENERATED_FEATURES,
        ],
        env: &[("RUSTDOCFLAGS", "-D warnings")],
    },
    Step {
        name: "every generated crate packages, each .crate under the 10 MB upload limit",
        dir: ".",
        program: "cargo",
        args: &["xtask", "package"],
        env: &[],
    },
    // Unit and integration tests, then doctests. The crates' examples are not built here:
    // clippy (`--all-targets`) has already checked them, and linking each one costs more than
    // it proves.
    Step {
        name: "tests of generated crates (runtime against a loopback server)",
        dir: "generated",
        program: "cargo",
        args: &[
            "test",
            "--workspace",
            "--tests",
            "--features",
            GENERATED_FEATURES,
        ],
        env: &[],
    },
    Step {
        name: "doctests of generated crates",
        dir: "generated",
        program: "cargo",
        args: &[
            "test",
            "--workspace",
            "--doc",
            "--features",
            GENERATED_FEATURES,
        ],
        env: &[],
    },
    Step {
        name: "runtime fault-injection suite (loopback tenant; prints the table)",
        dir: ".",
        program: "cargo",
        args: &["xtask", "faults"],
        env: &[],
    },
    Step {
        name: "generate-spec writes a standalone workspace for a fixture root",
        dir: ".",
        program: "cargo",
        args: &[
            "xtask",
            "generate-spec",
            "--spec",
            "generator/tests/fixtures/lower/constructs/api.yaml",
            "--name",
            "pets",
            "--out",
            "target/generate-spec-fixture",
        ],
        env: &[],
    },
    Step {
        name: "that standalone workspace builds (cargo check)",
        dir: "target/generate-spec-fixture",
        program: "cargo",
        args: &["check", "--all-targets"],
        // Reuse the dependencies the generated workspace already built.
        env: &[("CARGO_TARGET_DIR", "../../generated/target")],
    },
    Step {
        name: "the public corpus generates and is clippy-clean (cargo xtask corpus)",
        dir: ".",
        program: "cargo",
        args: &["xtask", "corpus"],
        env: &[],
    },
    Step {
        name: "every spec example round-trips through the generated models (failed = 0)",
        dir: ".",
        program: "cargo",
        args: &["xtask", "examples"],
        env: &[],
    },
    Step {
        name: "install the pinned Prism mock server (npm ci, package-lock.json)",
        dir: ".",
        program: "npm",
        args: &["ci", "--no-audit", "--no-fund"],
        env: &[],
    },
    Step {
        name: "every operation against Prism (failed = 0)",
        dir: ".",
        program: "cargo",
        args: &["xtask", "conformance"],
        env: &[],
    },
    Step {
        name: "every operation of the public corpus against Prism (failed = 0)",
        dir: ".",
        program: "cargo",
        args: &["xtask", "corpus", "--conformance"],
        env: &[],
    },
];

/// The command of a step. `cargo xtask ...` steps run this executable itself (the build of xtask
/// that runs the suite has every command), not a second `cargo run` of another build.
fn step_command(program: &str, args: &[&str]) -> Result<Command> {
    Ok(match args.split_first() {
        Some((&"xtask", rest)) if program == "cargo" => {
            let exe = std::env::current_exe().context("locating the running xtask")?;
            let mut command = Command::new(exe);
            command.args(rest);
            command
        }
        _ => {
            let mut command = Command::new(program);
            command.args(args);
            command
        }
    })
}

pub fn run(repo: &Path) -> Result<bool> {
    let mut passed = 0;
    let mut failed = Vec::new();
    let start = Instant::now();
    let features = crate::shared_build::test_features(repo)?;
    for step in STEPS {
        let args: Vec<&str> = (step.args.iter())
            .map(|a| match *a {
                GENERATED_FEATURES => features.as_str(),
                other => other,
            })
            .collect();
        eprintln!("\n==> {} ({} {})", step.name, step.program, args.join(" "));
        let t = Instant::now();
        let status = step_command(step.program, &args)?
            .envs(step.env.iter().copied())
            .current_dir(repo.join(step.dir))
            .status();
        let ok = matches!(status, Ok(s) if s.success());
        eprintln!(
            "<== {}: {} in {:.1} s",
            step.name,
            if ok { "ok" } else { "FAILED" },
            t.elapsed().as_secs_f64()
        );
        if ok {
            passed += 1;
        } else {
            failed.push(step.name);
        }
    }
    eprintln!("\nsuite finished in {:.0} s", start.elapsed().as_secs_f64());
    for f in &failed {
        eprintln!("failed: {f}");
    }
    println!("suite: {passed} passed, {} failed", failed.len());
    Ok(failed.is_empty())
}

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
    /// Runs with the environment of the generated crates' clippy step
    /// ([`crate::shared_build::clippy_environment`]), to reuse what it checked.
    reuse_clippy_checks: bool,
}

/// Stands for the features the generated crates' gate turns on beyond the defaults (see
/// [`crate::shared_build::test_features`]); replaced when the step runs.
const GENERATED_FEATURES: &str = "<generated features>";

/// The lints of the generated crates' clippy step (after `--`).
const GENERATED_LINTS: &[&str] = &["-D", "warnings"];

const STEPS: &[Step] = &[
    Step {
        name: "format",
        dir: ".",
        program: "cargo",
        args: &["fmt", "--all", "--", "--check"],
        env: &[],
        reuse_clippy_checks: false,
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
        reuse_clippy_checks: false,
    },
    Step {
        name: "tests (generator, xtask)",
        dir: ".",
        program: "cargo",
        args: &["test", "--workspace", "--all-features"],
        env: &[("INSTA_UPDATE", "no")],
        reuse_clippy_checks: false,
    },
    Step {
        name: "generated/ is fresh",
        dir: ".",
        program: "cargo",
        args: &["xtask", "check"],
        env: &[],
        reuse_clippy_checks: false,
    },
    Step {
        name: "mutated specs never panic (bounded fuzz)",
        dir: ".",
        program: "cargo",
        args: &["xtask", "fuzz", "--seconds", "60"],
        env: &[],
        reuse_clippy_checks: false,
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
            GENERATED_LINTS[0],
            GENERATED_LINTS[1],
        ],
        env: &[],
        reuse_clippy_checks: false,
    },
    // Documents the examples too (`--examples`): like clippy's `--all-targets`, that resolves
    // the dependencies with the dev-dependencies' features, so the checked dependencies and, with
    // clippy's environment, the checked members are reused instead of checked again.
    Step {
        name: "rustdoc on generated crates (no warnings)",
        dir: "generated",
        program: "cargo",
        args: &[
            "doc",
            "--workspace",
            "--no-deps",
            "--lib",
            "--examples",
            "--features",
            GENERATED_FEATURES,
        ],
        env: &[("RUSTDOCFLAGS", "-D warnings")],
        reuse_clippy_checks: true,
    },
    Step {
        name: "every generated crate packages, each .crate under the 10 MB upload limit",
        dir: ".",
        program: "cargo",
        args: &["xtask", "package"],
        env: &[],
        reuse_clippy_checks: false,
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
        reuse_clippy_checks: false,
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
        reuse_clippy_checks: false,
    },
    Step {
        name: "every tag and extra feature of every client compiles alone, without warnings",
        dir: ".",
        program: "cargo",
        args: &["xtask", "check-tags", "--version", "all"],
        env: &[],
        reuse_clippy_checks: false,
    },
    Step {
        name: "runtime fault-injection suite (loopback tenant; prints the table)",
        dir: ".",
        program: "cargo",
        args: &["xtask", "faults"],
        env: &[],
        reuse_clippy_checks: false,
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
        reuse_clippy_checks: false,
    },
    Step {
        name: "that standalone workspace builds (cargo check)",
        dir: "target/generate-spec-fixture",
        program: "cargo",
        args: &["check", "--all-targets"],
        // Reuse the dependencies the generated workspace already built.
        env: &[("CARGO_TARGET_DIR", "../../generated/target")],
        reuse_clippy_checks: false,
    },
    Step {
        name: "the public corpus generates and is clippy-clean (cargo xtask corpus)",
        dir: ".",
        program: "cargo",
        args: &["xtask", "corpus"],
        env: &[],
        reuse_clippy_checks: false,
    },
    Step {
        name: "every spec example round-trips through the generated models (failed = 0)",
        dir: ".",
        program: "cargo",
        args: &["xtask", "examples"],
        env: &[],
        reuse_clippy_checks: false,
    },
    Step {
        name: "install the pinned Prism mock server (npm ci, package-lock.json)",
        dir: ".",
        program: "npm",
        args: &["ci", "--no-audit", "--no-fund"],
        env: &[],
        reuse_clippy_checks: false,
    },
    Step {
        name: "every operation against Prism (failed = 0)",
        dir: ".",
        program: "cargo",
        args: &["xtask", "conformance"],
        env: &[],
        reuse_clippy_checks: false,
    },
    Step {
        name: "every operation of the public corpus against Prism (failed = 0)",
        dir: ".",
        program: "cargo",
        args: &["xtask", "corpus", "--conformance"],
        env: &[],
        reuse_clippy_checks: false,
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
    let clippy_env = crate::shared_build::clippy_environment(GENERATED_LINTS).unwrap_or_default();
    for step in STEPS {
        let args: Vec<&str> = (step.args.iter())
            .map(|a| match *a {
                GENERATED_FEATURES => features.as_str(),
                other => other,
            })
            .collect();
        eprintln!("\n==> {} ({} {})", step.name, step.program, args.join(" "));
        let t = Instant::now();
        let reused: &[(String, String)] = match step.reuse_clippy_checks {
            true => &clippy_env,
            false => &[],
        };
        let status = step_command(step.program, &args)?
            .envs(step.env.iter().copied())
            .envs(reused.iter().map(|(k, v)| (k, v)))
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

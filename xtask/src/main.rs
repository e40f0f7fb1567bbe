//! `cargo xtask <command>`: the developer and maintainer commands of this repository.
//! Each command is a thin layer over the `generator` library; run `cargo xtask --help`.

mod allocator;
mod bench;
#[cfg(feature = "harness")]
mod conformance;
mod corpus;
mod diff;
#[cfg(feature = "harness")]
mod examples;
mod faults;
mod fuzz;
mod generate;
mod package;
mod shared_build;
mod stats;
#[cfg(feature = "harness")]
mod suite;
mod tag_check;
mod vendor;

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Result;
use clap::{Parser, Subcommand};
use generator::config::Config;
use generator::pipeline::Generator;

#[derive(Parser)]
#[command(
    name = "cargo xtask",
    about = "Generate and check the SailPoint ISC Rust SDK"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

/// Options shared by the commands that run the generator.
#[derive(clap::Args, Clone)]
struct GenOpts {
    /// Directory of the editable templates.
    #[arg(long, value_name = "DIR")]
    templates: Option<PathBuf>,
    /// Directory holding the vendored specs and `sdk.toml`.
    #[arg(long, value_name = "DIR")]
    specs: Option<PathBuf>,
    /// Only these versions (repeatable); default: every version with `generate = true`. The
    /// other versions' directories are left as they are, and the workspace still lists them.
    #[arg(long = "version", value_name = "NAME")]
    versions: Vec<String>,
}

#[derive(Subcommand)]
enum Command {
    /// Regenerate every configured version into generated/ (staged; only changed files written).
    Generate {
        #[command(flatten)]
        opts: GenOpts,
        /// Output directory.
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
    },
    /// Regenerate into a temporary directory and fail if generated/ differs.
    Check {
        #[command(flatten)]
        opts: GenOpts,
    },
    /// Figures per vendored root: operations, types, webhooks, diagnostics by category,
    /// operations whose success value is free-form JSON, and every schema with structure that
    /// is read as free-form JSON (with its reason and place).
    Stats {
        #[arg(long)]
        json: bool,
        #[arg(long, value_name = "DIR")]
        specs: Option<PathBuf>,
    },
    /// Print the intermediate model of one version as JSON.
    Ir {
        version: String,
        #[arg(long, value_name = "DIR")]
        specs: Option<PathBuf>,
    },
    /// Print the diagnostics of one version (or all), one per line.
    Diagnostics {
        version: Option<String>,
        #[arg(long, value_name = "DIR")]
        specs: Option<PathBuf>,
    },
    /// Run the whole test suite (what CI runs).
    Test,
    /// The runtime's fault-injection suite against a loopback tenant; prints a table.
    Faults {
        /// Only the scenarios whose name contains this.
        #[arg(long)]
        only: Option<String>,
    },
    /// `cargo check` of one version's client (`all`: every version's) with each tag feature
    /// (and each extra models feature) alone: fails when one does not compile by itself, or
    /// warns.
    CheckTags {
        #[arg(long = "version", default_value = "v3")]
        version: String,
    },
    /// `cargo package` of every crate of generated/; fails when a `.crate` reaches the
    /// registry's 10 MB upload limit.
    Package,
    /// Generation time (median) and peak RSS per version and for all, against openapi-generator.
    Bench {
        #[arg(long)]
        json: bool,
        /// Measured runs per subject (after one warm-up run).
        #[arg(long, default_value_t = 5)]
        runs: usize,
        /// Skip the openapi-generator comparison.
        #[arg(long)]
        no_incumbent: bool,
        /// Also time `cargo check` of each version's client with its models: all tags, then
        /// the tag with the most operations alone, and their ratio (slow).
        #[arg(long)]
        compile: bool,
        /// With `--compile`: only these versions (repeatable; default: every version).
        #[arg(long = "compile-version", value_name = "VERSION")]
        compile_versions: Vec<String>,
        /// Directory under which both tools write their outputs (default: /dev/shm when it is
        /// a tmpfs, else the system temp dir). On a disk, creating files can dominate and
        /// depends on what was deleted there lately.
        #[arg(long, value_name = "DIR")]
        scratch: Option<PathBuf>,
        /// Also measure decode throughput of one version's models (release build): typed
        /// `Vec<T>` against `serde_json::Value` and a parse-only pass, on the same bytes.
        #[arg(long)]
        decode: bool,
        /// With `--decode`: the version measured.
        #[arg(long, value_name = "VERSION", default_value = "v3")]
        decode_version: String,
        /// With `--decode`: the generated workspace holding `<version>/models` (default:
        /// <repo>/generated), e.g. an earlier commit's `generated/` to compare with.
        #[arg(long, value_name = "DIR")]
        decode_generated: Option<PathBuf>,
    },
    /// Mutate real spec files and run load, lower and render on each mutant, for a bounded time.
    Fuzz {
        /// How long to run.
        #[arg(long, default_value_t = 60)]
        seconds: u64,
        /// Seed of the mutation sequence (a run is reproducible from it).
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Version whose reached files are mutated.
        #[arg(long = "version", default_value = "v3")]
        version: String,
    },
    /// One measured generation (used by `bench`).
    #[command(hide = true)]
    BenchRun {
        #[command(flatten)]
        opts: GenOpts,
        #[arg(long)]
        out: PathBuf,
    },
    /// API change report between two spec snapshots (each a directory holding idn/).
    /// Run `cargo xtask diff --help` for its options.
    #[command(disable_help_flag = true)]
    Diff {
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Write a standalone workspace (runtime, models, client) for any OpenAPI 3.0 or 3.1 root.
    ///
    /// The root may reference other files relative to itself. The result builds with
    /// `cargo check` inside DIR. DIR must be empty, absent, or an earlier output of this command;
    /// a failed run leaves it untouched.
    GenerateSpec {
        /// The root document (YAML or JSON, OpenAPI 3.0.x or 3.1.x).
        #[arg(long, value_name = "FILE")]
        spec: PathBuf,
        /// Short name: crates are `<name>` (client) and `<name>-models`.
        #[arg(long)]
        name: String,
        /// Output directory.
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// Directory of the editable templates.
        #[arg(long, value_name = "DIR")]
        templates: Option<PathBuf>,
    },
    /// Example conformance: validate every spec example against its schema (spec defects) and
    /// round-trip the valid ones through the generated models crates (failures).
    #[cfg(feature = "harness")]
    Examples(examples::Args),
    /// Call every operation of the generated clients against Stoplight Prism serving the spec
    /// (installed by `npm ci`): request violations, documented statuses, decoding, and the JSON
    /// request bodies validated independently.
    #[cfg(feature = "harness")]
    Conformance(conformance::Args),
    /// Example conformance: validate every spec example against its schema and round-trip the
    /// valid ones through the generated models crates (`cargo xtask examples --help`).
    #[cfg(not(feature = "harness"))]
    #[command(disable_help_flag = true)]
    Examples {
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Call every operation of the generated clients against Stoplight Prism serving the spec
    /// (`cargo xtask conformance --help`).
    #[cfg(not(feature = "harness"))]
    #[command(disable_help_flag = true)]
    Conformance {
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Generate every spec of the public corpus (generator/tests/fixtures/corpus/roots.txt) into
    /// target/corpus, then `cargo clippy --all-targets` it with warnings as errors.
    Corpus {
        /// Then call every operation against Prism (`cargo xtask conformance --spec` on each
        /// root not marked `no-prism`).
        #[arg(long)]
        conformance: bool,
    },
    /// Vendor a new upstream snapshot, regenerate, print the API change report and bump the
    /// version of every generated crate whose API changed (semver, from the report).
    ///
    /// DIR holds idn/. Vendors exactly the files the configured roots reach from it.
    UpdateSpecs {
        #[arg(long, value_name = "DIR")]
        from: PathBuf,
        /// Upstream repository the snapshot came from (recorded in specs/UPSTREAM.toml).
        #[arg(long)]
        source: Option<String>,
        /// Upstream commit of the snapshot.
        #[arg(long)]
        commit: Option<String>,
        /// Date of the upstream commit.
        #[arg(long)]
        date: Option<String>,
    },
}

fn main() -> ExitCode {
    // Die quietly like other command-line tools when stdout is closed (`| head`), instead of
    // panicking in `println!`.
    #[cfg(unix)]
    // SAFETY: resetting a signal disposition to its default at startup, before any thread exists.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    allocator::tune_allocator();
    let cli = Cli::parse();
    match run(cli.command) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::FAILURE
        }
    }
}

/// The repository root (the parent of xtask/).
fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives inside the repository")
        .to_path_buf()
}

impl GenOpts {
    fn generator(&self) -> Result<Generator> {
        let root = repo_root();
        let specs = self.specs.clone().unwrap_or_else(|| root.join("specs"));
        let config = Config::read(&specs.join("sdk.toml"))?;
        let templates = self
            .templates
            .clone()
            .unwrap_or_else(|| root.join("templates"));
        let mut generator = Generator::new(config, specs).templates(templates);
        if !self.versions.is_empty() {
            generator = generator.only(self.versions.clone());
        }
        Ok(generator)
    }
}

fn run(command: Command) -> Result<ExitCode> {
    match command {
        Command::Generate { opts, out } => {
            let out = out.unwrap_or_else(|| repo_root().join("generated"));
            let start = Instant::now();
            let generation = opts.generator()?.generate()?;
            let summary = generation.write(&out)?;
            generate::print_summary(&generation, &summary, start.elapsed());
            Ok(ExitCode::SUCCESS)
        }
        Command::Check { opts } => generate::check(&opts),
        Command::Stats { json, specs } => stats::run(json, specs),
        Command::Ir { version, specs } => generate::print_ir(version, specs),
        Command::Diagnostics { version, specs } => generate::print_diagnostics(version, specs),
        Command::Bench {
            json,
            runs,
            no_incumbent,
            compile,
            compile_versions,
            scratch,
            decode,
            decode_version,
            decode_generated,
        } => {
            // The decode bench reuses the examples machinery, in the build with the test tooling.
            #[cfg(not(feature = "harness"))]
            if decode {
                let args: Vec<String> = std::env::args().skip(2).collect();
                return harness_tools("bench", &args);
            }
            let options = bench::Options {
                runs,
                incumbent: !no_incumbent,
                compile,
                compile_versions,
                scratch,
                decode: decode.then_some(decode_version),
                decode_generated,
            };
            bench_command(json, options)
        }
        Command::Fuzz {
            seconds,
            seed,
            version,
        } => fuzz_command(&version, seconds, seed),
        Command::BenchRun { opts, out } => {
            opts.generator()?.generate()?.write(&out)?;
            Ok(ExitCode::SUCCESS)
        }
        // The suite needs the test tooling: the build with it runs every step (its `cargo xtask`
        // steps run this same executable), so the suite builds xtask once.
        #[cfg(not(feature = "harness"))]
        Command::Test => harness_tools("test", &[]),
        #[cfg(feature = "harness")]
        Command::Test => Ok(exit_code(suite::run(&repo_root())?)),
        Command::Faults { only } => Ok(exit_code(faults::run(&repo_root(), only.as_deref())?)),
        Command::Package => Ok(exit_code(package::run(&repo_root())?)),
        Command::CheckTags { version } => Ok(exit_code(tag_check::run(&repo_root(), &version)?)),
        Command::Diff { args } => {
            diff::run(&args)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::GenerateSpec {
            spec,
            name,
            out,
            templates,
        } => generate::generate_spec(&spec, &name, &out, templates),
        #[cfg(feature = "harness")]
        Command::Examples(args) => examples::run(&repo_root(), &args),
        #[cfg(feature = "harness")]
        Command::Conformance(args) => conformance::run(&repo_root(), &args),
        #[cfg(not(feature = "harness"))]
        Command::Examples { args } => harness_tools("examples", &args),
        #[cfg(not(feature = "harness"))]
        Command::Conformance { args } => harness_tools("conformance", &args),
        Command::Corpus { conformance } => corpus::run(&repo_root(), conformance),
        Command::UpdateSpecs {
            from,
            source,
            commit,
            date,
        } => {
            let upstream = vendor::Upstream {
                source,
                commit,
                date,
            };
            generate::update_specs(&from, &upstream)
        }
    }
}

/// Success or failure as the process's exit code.
fn exit_code(passed: bool) -> ExitCode {
    if passed {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// `cargo xtask bench`: generation time and memory against the incumbent.
fn bench_command(json: bool, options: bench::Options) -> Result<ExitCode> {
    if options.runs == 0 {
        anyhow::bail!("--runs must be at least 1");
    }
    let g = GenOpts {
        templates: None,
        specs: None,
        versions: vec![],
    }
    .generator()?;
    let versions: Vec<(String, String)> = g
        .selected()?
        .into_iter()
        .map(|v| (v.name.clone(), v.root.clone()))
        .collect();
    let report = bench::run(&repo_root(), &versions, &options)?;
    bench::print(&report, json)?;
    Ok(ExitCode::SUCCESS)
}

/// `cargo xtask fuzz`: mutated specs through load, lower and render; any panic fails.
fn fuzz_command(version: &str, seconds: u64, seed: u64) -> Result<ExitCode> {
    let o = fuzz::run(&repo_root(), version, seconds, seed)?;
    println!(
        "fuzz ({version}, seed {seed}, {seconds} s): {} mutated specs: {} generated, {} stopped with a located error, {} rejected with located diagnostics; {} problems",
        o.tried,
        o.succeeded,
        o.fatal,
        o.with_errors,
        o.problems.len()
    );
    for p in &o.problems {
        println!("  {p}");
    }
    Ok(exit_code(o.problems.is_empty()))
}

/// `cargo xtask conformance --spec ROOT ...`: the Prism run on these roots.
fn conformance_on_specs(repo: &Path, specs: Vec<PathBuf>) -> Result<ExitCode> {
    #[cfg(feature = "harness")]
    {
        let args = conformance::Args {
            json: false,
            versions: Vec::new(),
            generated: None,
            specs,
        };
        conformance::run(repo, &args)
    }
    #[cfg(not(feature = "harness"))]
    {
        let _ = repo;
        let args: Vec<String> = (specs.iter())
            .flat_map(|s| ["--spec".to_string(), s.display().to_string()])
            .collect();
        harness_tools("conformance", &args)
    }
}

/// Runs a test-tooling command (`examples`, `conformance`) in the build of xtask that has the
/// `harness` feature: the plain build, which `cargo xtask generate` needs, leaves those
/// dependencies out.
#[cfg(not(feature = "harness"))]
fn harness_tools(command: &str, args: &[String]) -> Result<ExitCode> {
    use anyhow::Context;
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let status = std::process::Command::new(cargo)
        .args(["run", "--quiet", "--release", "--package", "xtask"])
        .args(["--features", "harness", "--", command])
        .args(args)
        .current_dir(repo_root())
        .status()
        .with_context(|| format!("running cargo for `xtask {command}`"))?;
    Ok(if status.success() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Packages and features of one build of xtask (`cargo tree`, offline).
    fn resolved(features: &[&str]) -> std::collections::BTreeMap<String, String> {
        let output = std::process::Command::new(env!("CARGO"))
            .args(["tree", "--offline", "-p", "xtask", "-e", "normal,build"])
            .args(["--prefix", "none", "-f", "{p}\t{f}"])
            .args(features)
            .current_dir(repo_root())
            .output()
            .expect("cargo tree runs");
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        (String::from_utf8_lossy(&output.stdout).lines())
            .filter_map(|line| line.split_once('\t'))
            .map(|(package, features)| (package.to_string(), features.to_string()))
            .collect()
    }

    /// The build with the test tooling must not change a feature of any package the plain build
    /// has (xtask aside), or cargo compiles the generator and its dependencies twice.
    #[test]
    fn both_builds_of_xtask_resolve_the_same_features() {
        let plain = resolved(&[]);
        let harness = resolved(&["--features", "harness"]);
        let differing: Vec<String> = (plain.iter())
            .filter(|(package, _)| !package.starts_with("xtask "))
            .filter(|(package, features)| harness.get(*package) != Some(*features))
            .map(|(package, features)| {
                format!(
                    "{package}: [{features}] vs [{}]",
                    harness.get(package).map_or("absent", |f| f.as_str())
                )
            })
            .collect();
        assert!(
            differing.is_empty(),
            "align these in xtask/Cargo.toml: {differing:#?}"
        );
        assert!(
            harness.len() > plain.len(),
            "the harness build adds its tooling"
        );
    }
}

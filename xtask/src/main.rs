//! `cargo xtask <command>`: the developer and maintainer commands of this repository.
//! Each command is a thin layer over the `generator` library; run `cargo xtask --help`.

mod bench;
#[cfg(feature = "harness")]
mod conformance;
mod corpus;
mod diff;
#[cfg(feature = "harness")]
mod examples;
mod faults;
mod fuzz;
mod package;
mod shared_build;
mod stats;
#[cfg(feature = "harness")]
mod suite;
mod tag_check;
mod vendor;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};
use generator::config::Config;
use generator::diag::Category;
use generator::pipeline::{Generation, Generator};

/// Allocation was the top cost in the profile of a generation (token trees); mimalloc halves it.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// `mi_option_purge_delay` of `mimalloc.h` (the same index in mimalloc 2 and 3; the test below
/// checks it against mimalloc 3's default).
const MI_OPTION_PURGE_DELAY: std::ffi::c_int = 15;

/// See [`tune_allocator`].
const PURGE_DELAY_MS: std::ffi::c_long = 100;

extern "C" {
    // From the mimalloc library that the `mimalloc` crate links.
    fn mi_option_set(option: std::ffi::c_int, value: std::ffi::c_long);
    #[cfg(test)]
    fn mi_option_get(option: std::ffi::c_int) -> std::ffi::c_long;
}

/// Two allocator settings, each measured with alternating runs of `bench-run` (2 cores):
///
/// - **No transparent huge pages.** With THP (this machine's kernel grants them), every 2 MiB
///   region mimalloc touches is zeroed and counted whole, used or not: v2025 peaked at ~85 MB
///   and the three versions at ~131 MB, and zeroing huge pages was ~40% of the lowering phase's
///   CPU in a profile. With 4 KiB pages: ~55 MB and ~93 MB, and v2025 no slower.
///   `MIMALLOC_ALLOW_THP` (any value) leaves the choice to mimalloc.
/// - **Freed memory kept for 100 ms** (`purge_delay`) before it goes back to the OS. mimalloc 3's
///   default, 1000 ms, is about a whole generation: a three-version run then keeps nearly all it
///   ever freed. 10 ms gave every page back as soon as a phase was done with it, and each one
///   used again was a fresh page fault (~11,500 for v2025 against ~2,700 at 100 ms; v2025 310
///   -> 280 ms). `MIMALLOC_PURGE_DELAY` wins when set.
fn tune_allocator() {
    if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
        // SAFETY: sets a plain integer option of the allocator; callable at any time.
        unsafe { mi_option_set(MI_OPTION_PURGE_DELAY, PURGE_DELAY_MS) };
    }
    #[cfg(target_os = "linux")]
    if std::env::var_os("MIMALLOC_ALLOW_THP").is_none() {
        // mimalloc reads its own THP option before `main`; the process-wide switch it would flip
        // is this one, and it applies to every page faulted from now on. A kernel without it
        // returns an error, which changes nothing.
        // SAFETY: a prctl with integer arguments only.
        unsafe { libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0) };
    }
}

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
    /// `cargo check` of one version's client with each tag feature (and each extra models
    /// feature) alone: fails when one does not compile by itself.
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
    tune_allocator();
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
            print_summary(&generation, &summary, start.elapsed());
            Ok(ExitCode::SUCCESS)
        }
        Command::Check { opts } => check(&opts),
        Command::Stats { json, specs } => stats::run(json, specs),
        Command::Ir { version, specs } => print_ir(version, specs),
        Command::Diagnostics { version, specs } => print_diagnostics(version, specs),
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
        } => generate_spec(&spec, &name, &out, templates),
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
            update_specs(&from, &upstream)
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

/// `cargo xtask ir VERSION`: the intermediate model as JSON.
fn print_ir(version: String, specs: Option<PathBuf>) -> Result<ExitCode> {
    let opts = GenOpts {
        templates: None,
        specs,
        versions: vec![version],
    };
    let g = opts.generator()?;
    let v = g.selected()?[0].clone();
    let lowered = g.lower_version(&v)?;
    println!("{}", serde_json::to_string_pretty(&lowered.api)?);
    Ok(ExitCode::SUCCESS)
}

/// `cargo xtask diagnostics [VERSION]`: every located spec defect.
fn print_diagnostics(version: Option<String>, specs: Option<PathBuf>) -> Result<ExitCode> {
    let opts = GenOpts {
        templates: None,
        specs,
        versions: version.into_iter().collect(),
    };
    let g = opts.generator()?;
    let all: Vec<_> = match &opts.versions[..] {
        [] => g.config().versions.iter().collect(),
        _ => g.selected()?,
    };
    for l in g.lower_all(&all)? {
        for d in &l.diagnostics {
            println!("{}: {d}", l.config.name);
        }
    }
    Ok(ExitCode::SUCCESS)
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

fn print_summary(g: &Generation, s: &generator::write::WriteSummary, elapsed: std::time::Duration) {
    for l in &g.versions {
        let (written, removed) = s.counts_under(&format!("{}/", l.config.name));
        let total = g
            .files
            .keys()
            .filter(|p| p.starts_with(&format!("{}/", l.config.name)))
            .count();
        println!(
            "{:>6}: {} types, {} operations, {} webhooks; files {} written / {} unchanged / {} removed; diagnostics {}",
            l.config.name,
            l.types,
            l.operations,
            l.webhooks,
            written,
            total - written,
            removed,
            by_category_text(&l.diagnostics),
        );
    }
    println!(
        "total: {} files ({} written, {} unchanged, {} removed); lower {:.0} ms, render {:.0} ms, all {:.0} ms",
        g.files.len(),
        s.written.len(),
        s.unchanged,
        s.removed.len(),
        g.lower_time.as_secs_f64() * 1e3,
        g.render_time.as_secs_f64() * 1e3,
        elapsed.as_secs_f64() * 1e3,
    );
}

fn by_category(diags: &[generator::diag::Diagnostic]) -> BTreeMap<String, usize> {
    let mut map = BTreeMap::new();
    for d in diags {
        *map.entry(category_name(d.category)).or_insert(0) += 1;
    }
    map
}

fn category_name(c: Category) -> String {
    serde_json::to_value(c)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

fn by_category_text(diags: &[generator::diag::Diagnostic]) -> String {
    let map = by_category(diags);
    if map.is_empty() {
        return "none".into();
    }
    map.iter()
        .map(|(k, v)| format!("{k} {v}"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn check(opts: &GenOpts) -> Result<ExitCode> {
    let generation = opts.generator()?.generate()?;
    let tmp = tempfile::tempdir().context("creating a temporary directory")?;
    let fresh = tmp.path().join("generated");
    generation.write(&fresh)?;
    let committed = repo_root().join("generated");
    let plan = generator::write::plan_keeping(&committed, &generation.files, &generation.kept())?;
    if plan.is_empty() {
        println!(
            "generated/ is fresh ({} files checked against a regeneration in {})",
            generation.files.len(),
            fresh.display()
        );
        return Ok(ExitCode::SUCCESS);
    }
    eprintln!("generated/ is stale; run `cargo xtask generate`:");
    for p in &plan.changed {
        eprintln!("  differs or missing: generated/{p}");
    }
    for p in &plan.stale {
        eprintln!("  not generated any more: generated/{p}");
    }
    Ok(ExitCode::FAILURE)
}

/// Vendor, report, bump, regenerate. The report is computed before anything is written, so a
/// snapshot that does not lower stops the command with specs/ untouched.
fn update_specs(from: &Path, upstream: &vendor::Upstream) -> Result<ExitCode> {
    let root = repo_root();
    let specs = root.join("specs");
    let config_path = specs.join("sdk.toml");
    let config = Config::read(&config_path)?;
    let versions: Vec<_> = config.versions.iter().filter(|v| v.generate).collect();
    let reports = diff::diff_versions(&specs, from, &config, &versions)?;
    vendor::update_specs(&root, from, upstream)?;

    let mut text = std::fs::read_to_string(&config_path)?;
    for r in &reports {
        let v = config
            .version(&r.name)
            .context("report of an unknown version")?;
        let bump = generator::diff::semver_bump(r);
        match bump.apply(&v.crate_version) {
            Some(next) if next != v.crate_version => {
                text = vendor::set_crate_version(&text, &v.name, &next)?;
                println!(
                    "{}: crate version {} -> {next} ({:?} bump)",
                    v.name, v.crate_version, bump
                );
            }
            _ => println!(
                "{}: API unchanged for users; crate version stays {}",
                v.name, v.crate_version
            ),
        }
    }
    vendor::atomic_write(&config_path, &text)?;

    let start = Instant::now();
    let generation = GenOpts {
        templates: None,
        specs: None,
        versions: vec![],
    }
    .generator()?
    .generate()?;
    let summary = generation.write(&root.join("generated"))?;
    print_summary(&generation, &summary, start.elapsed());
    println!();
    print!("{}", diff::markdown(&reports));
    Ok(ExitCode::SUCCESS)
}

/// A marker that says a directory was written by `generate-spec` (so a rerun may replace it).
const GENERATED_MARKER: &str = ".generated-by-sailpoint-sdk-generator";

fn generate_spec(
    spec: &Path,
    name: &str,
    out: &Path,
    templates: Option<PathBuf>,
) -> Result<ExitCode> {
    use generator::config::{CrateMetadata, VersionConfig};
    let valid = !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
        && name.starts_with(|c: char| c.is_ascii_lowercase());
    if !valid {
        anyhow::bail!(
            "--name {name:?}: use lowercase letters, digits, '-' or '_', starting with a letter"
        );
    }
    if !spec.is_file() {
        anyhow::bail!("--spec {}: no such file", spec.display());
    }
    if out.exists() {
        let empty = std::fs::read_dir(out)
            .with_context(|| format!("--out {}", out.display()))?
            .next()
            .is_none();
        if !empty && !out.join(GENERATED_MARKER).exists() {
            anyhow::bail!(
                "--out {}: the directory is not empty and was not written by generate-spec; \
                 choose an empty or new directory (nothing was written)",
                out.display()
            );
        }
    }
    let dir = spec
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let file = spec
        .file_name()
        .context("--spec has no file name")?
        .to_string_lossy()
        .into_owned();
    let config = Config {
        schema: generator::config::CONFIG_SCHEMA,
        // The runtime is the same crate for every spec (its own tests name it).
        runtime_crate: "sailpoint-runtime".into(),
        crate_metadata: CrateMetadata {
            license: "MIT".into(),
            rust_version: "1.85".into(),
            ..Default::default()
        },
        models: Default::default(),
        experimental_header: None,
        versions: vec![VersionConfig {
            name: name.replace('-', "_"),
            root: file,
            generate: true,
            models_crate: format!("{name}-models"),
            client_crate: name.to_string(),
            crate_version: "0.1.0".into(),
            retry_safe_operations: Vec::new(),
            experimental_header: None,
        }],
    };
    let templates = templates.unwrap_or_else(|| repo_root().join("templates"));
    let start = Instant::now();
    let mut generation = Generator::new(config, dir)
        .templates(templates)
        .generate()?;
    generation.files.insert(
        GENERATED_MARKER.into(),
        "Written by `cargo xtask generate-spec`; a rerun replaces this directory's contents.\n"
            .into(),
    );
    let summary = generation.write(out)?;
    print_summary(&generation, &summary, start.elapsed());
    println!(
        "wrote {}; try: (cd {} && cargo check)",
        out.display(),
        out.display()
    );
    Ok(ExitCode::SUCCESS)
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

    #[test]
    fn the_allocator_is_tuned_as_documented() {
        if std::env::var_os("MIMALLOC_PURGE_DELAY").is_some() {
            return;
        }
        // mimalloc 3's default purge delay: a shifted option index would read another option.
        assert_eq!(unsafe { mi_option_get(MI_OPTION_PURGE_DELAY) }, 1000);
        tune_allocator();
        assert_eq!(
            unsafe { mi_option_get(MI_OPTION_PURGE_DELAY) },
            PURGE_DELAY_MS
        );
        #[cfg(target_os = "linux")]
        if std::env::var_os("MIMALLOC_ALLOW_THP").is_none() {
            // SAFETY: a prctl query with integer arguments only.
            assert_eq!(
                unsafe { libc::prctl(libc::PR_GET_THP_DISABLE, 0, 0, 0, 0) },
                1
            );
        }
    }
}

//! `cargo xtask conformance`: every operation of the generated clients, called against an
//! independent mock server (Stoplight Prism) serving the vendored spec.
//!
//! For each version:
//!
//! 1. **Arguments** ([`synth`]): for every operation, the values of its required parameters and
//!    body, taken from the spec's examples when they validate against their schema, else
//!    synthesized from the schema. What goes to each argument (name, Rust type) comes from the
//!    client renderer itself ([`generator::render::client::call_surfaces`]).
//! 2. **Harness**: a generated binary crate per version (`target/conformance-harness/harnesses/<v>`)
//!    calling each operation once through the generated client. The client talks to a
//!    recording proxy inside the harness that forwards to Prism (dropping the client's base
//!    path, which Prism does not serve) and keeps the exchange as it was on the wire.
//! 3. **Judgement**, per call: the client sent something (no client-side refusal); Prism found
//!    no violation in the request (`sl-violations` entries located in `request`); the status is
//!    one the operation documents; the body decoded into the generated type; and, independently
//!    of Prism, the JSON request body the client sent validates against the spec's schema with
//!    the `jsonschema` crate (as in `cargo xtask examples`).
//!
//! A call that fails only because the spec contradicts itself is a *spec defect*, with the
//! reason: the answer Prism built from the spec (its example) does not validate against the
//! spec's own response schema, so no correct client can decode it. Everything else that goes
//! wrong is a *failure*. The command exits non-zero when any version has a failure.

mod calls;
mod harness;
mod prism;
mod report;
mod spec_schemas;
mod standalone;
mod synth;
mod verdict;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{anyhow, Context, Result};
use generator::config::{Config, VersionConfig};
use generator::diag::Diagnostics;
use generator::render::client::ClientPlan;
use generator::resolve::Resolver;

use crate::examples::schema::Judge;
use calls::{cases_code, prepare, Case};
use report::{human, VersionReport};
use verdict::judge_call;

/// `cargo xtask conformance` options.
#[derive(clap::Args, Debug, Clone)]
pub struct Args {
    /// Print the report as JSON.
    #[arg(long)]
    pub json: bool,
    /// Only these versions (repeatable); default: every version with `generate = true`.
    #[arg(long = "version", value_name = "NAME")]
    pub versions: Vec<String>,
    /// The generated workspace holding `<version>/client` (default: <repo>/generated).
    #[arg(long, value_name = "DIR")]
    pub generated: Option<PathBuf>,
    /// Any root document instead of the configured versions (repeatable): generated into
    /// target/conformance-spec, one version each.
    #[arg(long = "spec", value_name = "ROOT", conflicts_with_all = ["versions", "generated"])]
    pub specs: Vec<PathBuf>,
}

pub fn run(repo: &Path, args: &Args) -> Result<ExitCode> {
    let standalone::Target {
        specs,
        config,
        versions,
        generated,
    } = match args.specs.is_empty() {
        true => configured(repo, args)?,
        false => standalone::generate(repo, &args.specs)?,
    };
    let versions: Vec<&VersionConfig> = versions.iter().collect();
    let prism_bin = prism::executable(repo)?;

    // Load, prepare and write every harness, then build them in one cargo run.
    let mut prepared = Vec::new();
    for v in &versions {
        let mut diags = Diagnostics::new();
        let spec = generator::load::load(&specs, &v.root, &mut diags)
            .map_err(|e| anyhow!("{}: {e}", v.name))?;
        let api = generator::lower::lower(&spec, &v.name, &config.lower_options(v), &mut diags);
        let surfaces = ClientPlan::with_settings(&api, v, &config.runtime_crate, &config.models)?
            .call_surfaces();
        prepared.push((v, spec, api, surfaces));
    }
    let mut crates = Vec::new();
    let mut all_cases = Vec::new();
    let mut sources_by_version = Vec::new();
    for (v, spec, api, surfaces) in &prepared {
        // Arguments must satisfy formats too: Prism asserts them.
        let mut judge = Judge::asserting_formats(Resolver::new(spec));
        let mut sources = BTreeMap::new();
        let cases: Vec<Case> = surfaces
            .iter()
            .enumerate()
            .map(|(i, s)| prepare(spec, api, &mut judge, i, s, &mut sources))
            .collect::<Result<_>>()?;
        crates.push(harness::Crate {
            version: v.name.clone(),
            client_crate: v.client_crate.clone(),
            client_dir: generated.join(&v.name).join("client"),
            main_rs: harness::main_rs(&v.client_crate, &cases_code(&cases), cases.len()),
        });
        all_cases.push(cases);
        sources_by_version.push(sources);
    }
    let build = harness::build(repo, &generated, &crates)?;

    let mut reports = Vec::new();
    for (((v, spec, api, _), cases), sources) in
        prepared.iter().zip(&all_cases).zip(sources_by_version)
    {
        let start = Instant::now();
        let document = specs.join(&v.root);
        let prism = prism::Prism::start(&prism_bin, &document)
            .with_context(|| format!("starting Prism for {}", v.name))?;
        let results =
            harness::run(&build.binary(&v.name), &prism.url, cases.len()).with_context(|| {
                format!(
                    "running the {} harness\nPrism said:\n{}",
                    v.name,
                    prism.tail(20)
                )
            })?;
        drop(prism);
        // Request bodies are held to formats (as Prism holds them); the spec's response examples
        // only to what `cargo xtask examples` asserts (formats are annotations there).
        let mut judge = Judge::asserting_formats(Resolver::new(spec));
        let mut response_judge = Judge::new(Resolver::new(spec));
        let mut report = VersionReport {
            name: v.name.clone(),
            operations: api.operations.len(),
            called: 0,
            passed: 0,
            passed_with_deviations: 0,
            failed: 0,
            spec_defects: 0,
            defect_kinds: BTreeMap::new(),
            argument_sources: sources,
            defects: Vec::new(),
            failures: Vec::new(),
            deviations: Vec::new(),
            harness_compile_seconds: build.seconds,
            run_seconds: 0.0,
        };
        for (case, result) in cases.iter().zip(&results) {
            let op = &api.operations[case.op];
            let verdict = judge_call(spec, api, op, case, result, &mut judge, &mut response_judge);
            report.record(op, result.exchange().is_some(), verdict);
        }
        report.run_seconds = (start.elapsed().as_secs_f64() * 10.0).round() / 10.0;
        eprintln!(
            "{}: {} operations, {} passed ({} with deviations), {} spec defects, {} failed ({:.1} s)",
            report.name,
            report.operations,
            report.passed,
            report.passed_with_deviations,
            report.spec_defects,
            report.failed,
            report.run_seconds
        );
        reports.push(report);
    }
    if args.json {
        println!(
            "{}",
            serde_json::to_string_pretty(&serde_json::json!({ "versions": reports }))?
        );
    } else {
        print!("{}", human(&reports));
    }
    Ok(if reports.iter().any(|r| r.failed > 0) {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

/// The configured versions (`specs/sdk.toml`) and their generated workspace.
fn configured(repo: &Path, args: &Args) -> Result<standalone::Target> {
    let specs = repo.join("specs");
    let config = Config::read(&specs.join("sdk.toml"))?;
    let versions = config
        .select(&args.versions)?
        .into_iter()
        .cloned()
        .collect();
    let generated = args
        .generated
        .clone()
        .unwrap_or_else(|| repo.join("generated"));
    Ok(standalone::Target {
        specs,
        config,
        versions,
        generated,
    })
}

//! `cargo xtask examples`: example conformance of the generated models crates.
//!
//! For each version:
//!
//! 1. **Collect** every example ([`collect`]): the `example` of each named schema, property-level
//!    examples of struct fields, `example`/`examples` of request and response media types, and
//!    parameter examples, each read from the spec at the origin the IR gives the schema, media
//!    type or parameter. Each example counts once, by where it sits in the spec.
//! 2. **Judge** each with the `jsonschema` crate (draft 4) over the resolved spec schema at that
//!    location ([`schema`]). An example that fails is a *spec defect*: listed, not a failure.
//! 3. **Round-trip** each valid example through the generated Rust type ([`harness`]): deserialize
//!    strictly, serialize, compare ([`compare`]: key order ignored, `null` vs absent members
//!    ignored, numbers numerically). A valid example that does not deserialize or comes back
//!    different is a *failure*. A spec defect with a type goes through the models' tolerant
//!    decoding instead (members that do not fit are kept raw and listed): the report counts
//!    those that decode and come back equal (`defects decoded`), with their deviations.
//!
//! Examples of types that are not JSON (`format: binary` bodies) and parameters the client sends
//! itself (the experimental header) are validated but not round-tripped; they are counted as
//! `skipped` (examples = passed + spec_defects + failed + skipped).
//!
//! The command exits non-zero when any version has a failure.

mod cause;
pub(crate) mod collect;
mod compare;
pub(crate) mod harness;
pub(crate) mod schema;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{anyhow, Context, Result};
use generator::config::{Config, VersionConfig};
use generator::diag::Diagnostics;
use generator::ir::TypeRef;
use generator::load::Spec;
use generator::lower::LowerOptions;
use generator::resolve::Resolver;
use serde::Serialize;
use serde_json::Value;

use self::collect::{Example, Source};

/// `cargo xtask examples` options.
#[derive(clap::Args, Debug, Clone)]
pub struct Args {
    /// Print the report as JSON.
    #[arg(long)]
    pub json: bool,
    /// Only these versions (repeatable); default: every version with `generate = true`.
    #[arg(long = "version", value_name = "NAME")]
    pub versions: Vec<String>,
    /// The generated workspace holding `<version>/models` (default: <repo>/generated).
    #[arg(long, value_name = "DIR")]
    pub generated: Option<PathBuf>,
    /// Directory holding the vendored specs and `sdk.toml` (default: <repo>/specs).
    #[arg(long, value_name = "DIR")]
    pub specs: Option<PathBuf>,
    /// Validate the examples only: no harness is built and valid examples count as skipped.
    #[arg(long)]
    pub validate_only: bool,
}

/// The report of one version.
#[derive(Debug, Serialize)]
pub struct VersionReport {
    pub name: String,
    pub examples: usize,
    pub passed: usize,
    pub spec_defects: usize,
    /// Spec defects that tolerant decoding read and wrote back equal.
    pub defects_decoded: usize,
    pub failed: usize,
    pub skipped: usize,
    /// Examples by source (`schema`, `property`, `request`, `response`, `parameter`).
    pub by_source: BTreeMap<&'static str, usize>,
    /// Skip reasons and their counts.
    pub skip_reasons: BTreeMap<String, usize>,
    pub defects: Vec<Entry>,
    pub failures: Vec<Entry>,
    /// Seconds of the one cargo run that builds every version's round-trip harness (`null`
    /// with `--validate-only`).
    pub harness_compile_seconds: Option<f64>,
    /// Distinct Rust types the harness round-trips through.
    pub harness_types: usize,
    /// Seconds for collecting and validating.
    pub validate_seconds: f64,
}

/// One spec defect or failure.
#[derive(Debug, Clone, Serialize)]
pub struct Entry {
    pub source: Source,
    /// What the example belongs to.
    pub subject: String,
    /// The Rust type of the round trip (failures only).
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub rust_type: Option<String>,
    /// The example's file (relative to the specs directory) and JSON pointer.
    pub file: String,
    pub pointer: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u32>,
    /// The validator's first error, or the round trip's error.
    pub error: String,
    /// Where the round trip changed the value (failures that deserialized).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub diff: Vec<String>,
    /// A first guess at the cause (failures only), see `cause.rs`:
    /// `undeclared-property-dropped`, `union-variant-drops-members`, `required-field-absent`,
    /// `integer-out-of-range`,
    /// `deserialize-error`, `value-changed`, `other`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cause: Option<&'static str>,
    /// A spec defect with a type: whether tolerant decoding read it and wrote it back equal
    /// (when not, `error` and `diff` say why).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub decoded: Option<bool>,
    /// The members tolerant decoding kept raw (JSON pointers).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub deviations: Vec<String>,
}

pub fn run(repo: &Path, args: &Args) -> Result<ExitCode> {
    let specs = args.specs.clone().unwrap_or_else(|| repo.join("specs"));
    let config = Config::read(&specs.join("sdk.toml"))?;
    let versions = config.select(&args.versions)?;
    let generated = args
        .generated
        .clone()
        .unwrap_or_else(|| repo.join("generated"));
    // Collect and judge every version, build all harnesses in one cargo run, then round-trip.
    let mut prepared = Vec::new();
    for v in &versions {
        let options = config.lower_options(v);
        let p = prepare(&specs, v, &options, args.validate_only)
            .with_context(|| format!("examples of {}", v.name))?;
        prepared.push(p);
    }
    let to_build: Vec<(&VersionConfig, &[String])> = (versions.iter().zip(&prepared))
        .filter(|(_, p)| !p.cases.is_empty())
        .map(|(v, p)| (*v, p.types.as_slice()))
        .collect();
    let mut harnesses = Vec::new().into_iter();
    if !to_build.is_empty() {
        let types: usize = to_build.iter().map(|(_, t)| t.len()).sum();
        eprintln!(
            "building the round-trip harnesses of {} versions in one cargo run ({types} Rust types)...",
            to_build.len()
        );
        let (built, compile) = harness::build_all(repo, &generated, &to_build)?;
        let seconds = (compile.as_secs_f64() * 10.0).round() / 10.0;
        eprintln!("harnesses built in {seconds:.1} s");
        for p in prepared.iter_mut().filter(|p| !p.cases.is_empty()) {
            p.report.harness_compile_seconds = Some(seconds);
        }
        harnesses = built.into_iter();
    }
    let mut reports = Vec::new();
    for p in prepared {
        let name = p.report.name.clone();
        let h = match p.cases.is_empty() {
            true => None,
            false => harnesses.next(),
        };
        let r = finish(p, h.as_ref()).with_context(|| format!("examples of {name}"))?;
        eprintln!("{}: {} examples checked", r.name, r.examples);
        reports.push(r);
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

/// What happened to one example before the round trip.
enum Verdict {
    Defect(String),
    Skip(String),
    /// Valid and typed: round-trip it.
    Case,
}

/// One version, collected and judged, waiting for its harness.
struct Prepared {
    spec: Spec,
    api: generator::ir::Api,
    examples: Vec<Example>,
    /// The examples to round-trip (indices into `examples`), with their type's id in `types`
    /// and how to decode them.
    cases: Vec<(usize, usize, harness::Decoding)>,
    /// For a tolerant case's example, its entry in `report.defects`.
    defect_entries: BTreeMap<usize, usize>,
    /// Distinct Rust types of the cases (as token text).
    types: Vec<String>,
    report: VersionReport,
}

/// Collects every example of `v` and judges it against the spec; the valid, typed ones become
/// round-trip cases.
fn prepare(
    specs: &Path,
    v: &VersionConfig,
    options: &LowerOptions,
    validate_only: bool,
) -> Result<Prepared> {
    let start = Instant::now();
    let mut diags = Diagnostics::new();
    let spec = generator::load::load(specs, &v.root, &mut diags).map_err(|e| anyhow!("{e}"))?;
    let api = generator::lower::lower(&spec, &v.name, options, &mut diags);
    let examples = collect::collect(&spec, &api);

    let mut judge = schema::Judge::new(Resolver::new(&spec));
    let verdicts: Vec<Verdict> = examples
        .iter()
        .map(
            |e| match judge.check(&e.schema, e.source.context(), &e.value) {
                Err(why) => Verdict::Defect(why),
                Ok(()) => match (&e.skip, &e.ty) {
                    (Some(why), _) => Verdict::Skip(why.clone()),
                    (None, None) => Verdict::Skip("no type".into()),
                    (None, Some(_)) if validate_only => {
                        Verdict::Skip("round trip not run (--validate-only)".into())
                    }
                    (None, Some(_)) => Verdict::Case,
                },
            },
        )
        .collect();
    let validate_seconds = start.elapsed().as_secs_f64();

    let mut report = VersionReport {
        name: v.name.clone(),
        examples: examples.len(),
        passed: 0,
        spec_defects: 0,
        defects_decoded: 0,
        failed: 0,
        skipped: 0,
        by_source: BTreeMap::new(),
        skip_reasons: BTreeMap::new(),
        defects: Vec::new(),
        failures: Vec::new(),
        harness_compile_seconds: None,
        harness_types: 0,
        validate_seconds: (validate_seconds * 10.0).round() / 10.0,
    };
    for e in &examples {
        *report.by_source.entry(e.source.name()).or_default() += 1;
    }
    let mut typed: Vec<(usize, TypeRef, harness::Decoding)> = Vec::new();
    let mut defect_entries = BTreeMap::new();
    for (i, (e, verdict)) in examples.iter().zip(&verdicts).enumerate() {
        match (verdict, &e.ty) {
            (Verdict::Defect(why), _) => {
                if let (Some((ty, _)), None, false) = (e.in_context(), &e.skip, validate_only) {
                    typed.push((i, ty, harness::Decoding::Tolerant));
                    defect_entries.insert(i, report.defects.len());
                }
                report.defects.push(entry(&spec, e, why.clone()));
            }
            (Verdict::Skip(why), _) => *report.skip_reasons.entry(why.clone()).or_default() += 1,
            (Verdict::Case, Some(ty)) => typed.push((i, ty.clone(), harness::Decoding::Strict)),
            (Verdict::Case, None) => *report.skip_reasons.entry("no type".into()).or_default() += 1,
        }
    }
    report.spec_defects = report.defects.len();
    report.skipped = report.skip_reasons.values().sum();

    let lib = v.models_crate.replace('-', "_");
    let tys: Vec<&TypeRef> = typed.iter().map(|(_, ty, _)| ty).collect();
    let (types, ids) = match tys.is_empty() {
        true => (Vec::new(), Vec::new()),
        false => harness::type_table(&api, &lib, &tys)?,
    };
    report.harness_types = types.len();
    let cases = (typed.iter().zip(ids))
        .map(|(&(i, _, decoding), id)| (i, id, decoding))
        .collect();
    Ok(Prepared {
        spec,
        api,
        examples,
        cases,
        defect_entries,
        types,
        report,
    })
}

/// Round-trips the cases of `p` through its harness and classifies each failure.
fn finish(p: Prepared, h: Option<&harness::Harness>) -> Result<VersionReport> {
    let Prepared {
        spec,
        api,
        examples,
        cases,
        defect_entries,
        types,
        mut report,
    } = p;
    if let Some(h) = h {
        // What each case reads: a defect in its context (see `Example::in_context`).
        let input = |i: usize, decoding| match decoding {
            harness::Decoding::Tolerant => examples[i].in_context().map(|(_, v)| v),
            harness::Decoding::Strict => None,
        };
        let inputs: Vec<harness::Case> = (cases.iter())
            .map(|&(i, id, decoding)| {
                let value = input(i, decoding).unwrap_or_else(|| examples[i].value.clone());
                (id, decoding, value.to_string())
            })
            .collect();
        let outcomes = harness::run(h, &inputs)?;
        let classifier = cause::Classifier::new(&api);
        for (&(i, id, decoding), outcome) in cases.iter().zip(outcomes) {
            let e = &examples[i];
            let sent = input(i, decoding).unwrap_or_else(|| e.value.clone());
            let (error, diffs, deviations) = match outcome {
                harness::Outcome::Error(err) => (Some(err), vec![], vec![]),
                harness::Outcome::Json { text, deviations } => {
                    match serde_json::from_str::<Value>(&text) {
                        Err(err) => (
                            Some(format!("the harness wrote JSON that does not parse: {err}")),
                            vec![],
                            deviations,
                        ),
                        Ok(back) => (None, compare::diff(&sent, &back), deviations),
                    }
                }
            };
            if decoding == harness::Decoding::Tolerant {
                let Some(d) = defect_entries
                    .get(&i)
                    .and_then(|&d| report.defects.get_mut(d))
                else {
                    continue;
                };
                let decoded = error.is_none() && diffs.is_empty();
                d.decoded = Some(decoded);
                d.deviations = deviations;
                d.rust_type = Some(types[id].replace(' ', ""));
                if let Some(error) = error {
                    d.error = format!("{}; tolerant decoding: {error}", d.error);
                }
                d.diff = diffs.iter().map(ToString::to_string).collect();
                report.defects_decoded += usize::from(decoded);
                continue;
            }
            if error.is_none() && diffs.is_empty() {
                report.passed += 1;
                continue;
            }
            let ty = e.ty.as_ref().context("a round-trip case without a type")?;
            let cause = classifier.classify(ty, error.as_deref(), &diffs);
            let mut f = entry(
                &spec,
                e,
                error.unwrap_or_else(|| "the value changed in the round trip".into()),
            );
            f.rust_type = Some(types[id].replace(' ', ""));
            f.diff = diffs.iter().map(ToString::to_string).collect();
            f.cause = Some(cause);
            report.failures.push(f);
        }
    }
    report.failed = report.failures.len();
    let key = |e: &Entry| (e.file.clone(), e.pointer.clone());
    report.defects.sort_by_key(key);
    report.failures.sort_by_key(key);
    Ok(report)
}

fn entry(spec: &Spec, e: &Example, error: String) -> Entry {
    Entry {
        source: e.source,
        subject: e.subject.clone(),
        rust_type: None,
        file: e.at.file.clone(),
        pointer: e.at.pointer.clone(),
        line: spec.locate(&e.at.file, &e.at.pointer).map(|(l, _)| l),
        error,
        diff: Vec::new(),
        cause: None,
        decoded: None,
        deviations: Vec::new(),
    }
}

/// The human report: a table of figures, then each version's defects and failures.
pub fn human(reports: &[VersionReport]) -> String {
    let mut s = String::new();
    s.push_str(&format!(
        "{:<8} {:>9} {:>8} {:>13} {:>16} {:>7} {:>8} {:>7}\n",
        "version",
        "examples",
        "passed",
        "spec defects",
        "defects decoded",
        "failed",
        "skipped",
        "types"
    ));
    for r in reports {
        s.push_str(&format!(
            "{:<8} {:>9} {:>8} {:>13} {:>16} {:>7} {:>8} {:>7}\n",
            r.name,
            r.examples,
            r.passed,
            r.spec_defects,
            r.defects_decoded,
            r.failed,
            r.skipped,
            r.harness_types
        ));
    }
    if let Some(t) = reports.iter().find_map(|r| r.harness_compile_seconds) {
        s.push_str(&format!(
            "round-trip harnesses (one per version, `types` Rust types each) built in one cargo run: {t:.1} s\n"
        ));
    }
    for r in reports {
        let sources: Vec<String> = r
            .by_source
            .iter()
            .map(|(k, v)| format!("{k} {v}"))
            .collect();
        s.push_str(&format!(
            "\n{}: examples by source: {}\n",
            r.name,
            sources.join(", ")
        ));
        for (why, n) in &r.skip_reasons {
            s.push_str(&format!("{}: skipped {n}: {why}\n", r.name));
        }
        if !r.defects.is_empty() {
            s.push_str(&format!(
                "\n{}: {} spec defects (examples the spec's own schema rejects):\n",
                r.name,
                r.defects.len()
            ));
            for d in &r.defects {
                s.push_str(&format!("  {}\n", line(d)));
                match d.decoded {
                    Some(true) if d.deviations.is_empty() => s.push_str(
                        "      decoded (the types accept it as it is), written back equal\n",
                    ),
                    Some(true) => s.push_str(&format!(
                        "      decoded tolerantly, written back equal; kept raw: {}\n",
                        d.deviations.join(", ")
                    )),
                    Some(false) => {
                        s.push_str("      NOT decoded tolerantly\n");
                        for diff in &d.diff {
                            s.push_str(&format!("      {diff}\n"));
                        }
                    }
                    None => {}
                }
            }
        }
        if !r.failures.is_empty() {
            let mut causes: BTreeMap<&str, usize> = BTreeMap::new();
            for f in &r.failures {
                *causes.entry(f.cause.unwrap_or(cause::OTHER)).or_default() += 1;
            }
            let causes: Vec<String> = causes.iter().map(|(c, n)| format!("{c} {n}")).collect();
            s.push_str(&format!(
                "\n{}: {} FAILURES (valid examples the generated types do not round-trip); causes: {}\n",
                r.name,
                r.failures.len(),
                causes.join(", ")
            ));
            for f in &r.failures {
                s.push_str(&format!("  {}\n", line(f)));
                if let Some(c) = f.cause {
                    s.push_str(&format!("      cause: {c}\n"));
                }
                if let Some(t) = &f.rust_type {
                    s.push_str(&format!("      type: {t}\n"));
                }
                for d in &f.diff {
                    s.push_str(&format!("      {d}\n"));
                }
            }
        }
    }
    s
}

fn line(e: &Entry) -> String {
    let at = match e.line {
        Some(l) => format!("{}:{l} {}", e.file, e.pointer),
        None => format!("{} {}", e.file, e.pointer),
    };
    format!("[{}] {} ({at}): {}", e.source.name(), e.subject, e.error)
}

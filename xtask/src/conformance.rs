//! `cargo xtask conformance`: every operation of the generated clients, called against an
//! independent mock server (Stoplight Prism) serving the vendored spec.
//!
//! For each version:
//!
//! 1. **Arguments** ([`synth`]): for every operation, the values of its required parameters and
//!    body, taken from the spec's examples when they validate against their schema, else
//!    synthesized from the schema. What goes to each argument (name, Rust type) comes from the
//!    client renderer itself ([`generator::render::client::call_surfaces`]).
//! 2. **Harness**: a generated binary crate per version (`target/conformance-harness/<v>`)
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

mod harness;
mod prism;
mod standalone;
mod synth;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{anyhow, Context, Result};
use generator::config::{Config, VersionConfig};
use generator::diag::Diagnostics;
use generator::ir::{Api, MediaType, Operation, Primitive, TypeKind, TypeRef};
use generator::lower::parameter_schema;
use generator::render::client::{call_surfaces, ArgSource, BodyKind, CallSurface};
use generator::resolve::{Loc, Resolver};
use serde::Serialize;
use serde_json::Value;

use crate::examples::schema::{Context as Side, Judge};

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

/// The report of one version.
#[derive(Debug, Serialize)]
pub struct VersionReport {
    pub name: String,
    pub operations: usize,
    /// Operations the harness called (an exchange reached the mock server).
    pub called: usize,
    pub passed: usize,
    pub failed: usize,
    pub spec_defects: usize,
    /// Spec defects by kind.
    pub defect_kinds: BTreeMap<String, usize>,
    /// Where argument values came from (`spec example`, `synthesized`).
    pub argument_sources: BTreeMap<&'static str, usize>,
    pub defects: Vec<Finding>,
    pub failures: Vec<Finding>,
    pub harness_compile_seconds: f64,
    pub run_seconds: f64,
}

/// One failed call or spec defect.
#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    pub operation: String,
    /// `POST /access-requests`.
    pub endpoint: String,
    pub kind: String,
    pub reason: String,
}

/// One prepared call.
struct Case {
    op: usize,
    /// Rust source of the call's function.
    code: String,
    /// Arguments that do not validate against their own schema (name: error).
    invalid_args: Vec<String>,
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
        let api = generator::lower::lower(&spec, &v.name, &mut diags);
        let surfaces = call_surfaces(&api, v, &config.runtime_crate)?;
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
            failed: 0,
            spec_defects: 0,
            defect_kinds: BTreeMap::new(),
            argument_sources: sources,
            defects: Vec::new(),
            failures: Vec::new(),
            harness_compile_seconds: build.seconds,
            run_seconds: 0.0,
        };
        for (case, result) in cases.iter().zip(&results) {
            let op = &api.operations[case.op];
            let verdict = judge_call(spec, api, op, case, result, &mut judge, &mut response_judge);
            if result.exchange().is_some() {
                report.called += 1;
            }
            let finding = |kind: &str, reason: String| Finding {
                operation: op.id.clone(),
                endpoint: format!("{} {}", op.method.to_uppercase(), op.path),
                kind: kind.to_string(),
                reason,
            };
            match verdict {
                Verdict::Passed => report.passed += 1,
                Verdict::Defect(kind, reason) => {
                    report.spec_defects += 1;
                    *report.defect_kinds.entry(kind.to_string()).or_default() += 1;
                    report.defects.push(finding(kind, reason));
                }
                Verdict::Failed(kind, reason) => {
                    report.failed += 1;
                    report.failures.push(finding(kind, reason));
                }
            }
        }
        report.run_seconds = (start.elapsed().as_secs_f64() * 10.0).round() / 10.0;
        eprintln!(
            "{}: {} operations, {} passed, {} spec defects, {} failed ({:.1} s)",
            report.name,
            report.operations,
            report.passed,
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

/// `path.to.member: message` of one `sl-violations` entry.
fn violation_text(v: &Value) -> String {
    let at: Vec<String> = v["location"]
        .as_array()
        .map(|l| {
            l.iter()
                .skip(1)
                .map(|s| s.as_str().map_or(s.to_string(), str::to_string))
                .collect()
        })
        .unwrap_or_default();
    format!("{}: {}", at.join("."), v["message"].as_str().unwrap_or(""))
}

/// Why a request violation is the spec's own contradiction, when it is one:
/// - a path parameter the spec's path template does not contain (Prism requires it, no request
///   can carry it);
/// - a security requirement naming a scheme `components.securitySchemes` does not define (no
///   credential can satisfy it);
/// - a `oneOf` whose branches overlap: the value built for every branch (required members,
///   then all members) also matched another branch, so no well-formed value matches exactly
///   one.
fn explain(api: &Api, op: &Operation, case: &Case, v: &Value) -> Option<(&'static str, String)> {
    let message = v["message"].as_str().unwrap_or("");
    if v["location"][1] == "path" {
        let name = message
            .split("required property '")
            .nth(1)?
            .split('\'')
            .next()?;
        let template = Some(op.raw_path.as_str()).filter(|p| !p.is_empty())?;
        let used = template
            .to_ascii_lowercase()
            .contains(&format!("{{{}}}", name.to_ascii_lowercase()));
        return (!used).then(|| {
            (
                "path-parameter-not-in-template",
                format!("path parameter `{name}` is declared but the path template {template:?} has no `{{{name}}}`"),
            )
        });
    }
    if message.contains("security scheme") {
        let undefined = undefined_schemes(api, op);
        return (!undefined.is_empty()).then(|| {
            (
                "undefined-security-scheme",
                format!(
                    "the operation requires security scheme(s) {} that components.securitySchemes does not define",
                    undefined.join(", ")
                ),
            )
        });
    }
    if message.contains("exactly one schema in oneOf") {
        return case.oneof_overlap();
    }
    None
}

/// What the validator says when a value matches several `oneOf` branches.
const SEVERAL_BRANCHES: &str = "matches more than one of";

impl Case {
    /// The spec defect behind a `oneOf` rejection: an argument that could not be built to
    /// match exactly one branch (see [`explain`]).
    fn oneof_overlap(&self) -> Option<(&'static str, String)> {
        let overlap = self
            .invalid_args
            .iter()
            .find(|a| a.contains(SEVERAL_BRANCHES))?;
        Some((
            "oneof-branches-overlap",
            format!("no branch's value matches only that branch: {overlap}"),
        ))
    }
}

/// Security schemes `op` requires that the root does not define (the generator reports them
/// as `undefined-security-scheme`).
fn undefined_schemes(api: &Api, op: &Operation) -> Vec<String> {
    let mut out: Vec<String> = op
        .security
        .iter()
        .flatten()
        .flat_map(|req| req.keys())
        .filter(|name| !api.security_schemes.contains_key(*name))
        .cloned()
        .collect();
    out.sort();
    out.dedup();
    out
}

/// The schema of the request body sent as `content_type`, where the spec has one.
fn body_schema_loc(resolver: &Resolver, op: &Operation, content_type: &str) -> Option<Loc> {
    let media = (op.request_body.iter())
        .flat_map(|b| &b.content)
        .find(|m| m.content_type == content_type)?;
    schema_of(resolver, media)
}

/// The schema of the documented response for `status` and the answer's content type (else the
/// response's first content type).
fn response_schema_loc(
    resolver: &Resolver,
    op: &Operation,
    status: u16,
    content_type: Option<&str>,
) -> Option<Loc> {
    let documented = documented(op, status)?;
    let response = op.responses.iter().find(|r| r.status == documented)?;
    let bare = content_type.map(|c| c.split(';').next().unwrap_or(c).trim());
    let media = (response.content.iter())
        .find(|m| bare.is_some_and(|b| m.content_type.eq_ignore_ascii_case(b)))
        .or_else(|| response.content.first())?;
    schema_of(resolver, media)
}

/// The `schema` of a media type, where the spec gives one.
fn schema_of(resolver: &Resolver, media: &MediaType) -> Option<Loc> {
    let loc = Loc::from(&media.origin).child("schema");
    resolver.get(&loc).map(|_| loc)
}

/// The response key of `op` that documents `status` (exact, then `2XX`, then `default`).
fn documented(op: &Operation, status: u16) -> Option<&str> {
    let exact = status.to_string();
    let range = format!("{}XX", status / 100);
    op.responses
        .iter()
        .find(|r| r.status == exact)
        .or_else(|| {
            op.responses
                .iter()
                .find(|r| r.status.eq_ignore_ascii_case(&range))
        })
        .or_else(|| op.responses.iter().find(|r| r.status == "default"))
        .map(|r| r.status.as_str())
}

/// Builds the arguments of one operation and the Rust function calling it.
fn prepare<'s>(
    spec: &'s generator::load::Spec,
    api: &Api,
    judge: &mut Judge<'s>,
    index: usize,
    s: &CallSurface,
    sources: &mut BTreeMap<&'static str, usize>,
) -> Result<Case> {
    let op_index = api
        .operations
        .iter()
        .position(|o| o.id == s.operation)
        .with_context(|| format!("operation {} is not in the IR", s.operation))?;
    let op = &api.operations[op_index];
    let resolver = Resolver::new(spec);
    let mut lines = Vec::new();
    let mut names = Vec::new();
    let mut setters = Vec::new();
    let mut invalid_args = Vec::new();
    // Required arguments always; optional ones (builder setters) when the spec gives an example
    // that validates, so that every parameter style the spec exemplifies is exercised.
    let all = s.args.iter().map(|a| (a, false));
    let all = all.chain(s.setters.iter().map(|a| (a, true)));
    for (k, (a, optional)) in all.enumerate() {
        let var = format!("a{k}");
        let (mut value, schema, wire) = match &a.source {
            ArgSource::Parameter { index } => {
                let p = &op.parameters[*index];
                let schema = parameter_schema(&resolver, &Loc::from(&p.origin));
                let examples: Vec<Value> = p.example.iter().cloned().collect();
                (examples, schema, None)
            }
            ArgSource::Body { content_type, kind } => {
                let media = op
                    .request_body
                    .as_ref()
                    .and_then(|b| b.content.iter().find(|m| &m.content_type == content_type));
                let examples = media
                    .map(|m| m.examples.iter().map(|e| e.value.clone()).collect())
                    .unwrap_or_default();
                (
                    examples,
                    body_schema_loc(&resolver, op, content_type),
                    Some((*kind, media.and_then(|m| m.schema.clone()))),
                )
            }
        };
        if optional {
            let usable = schema.as_ref().and_then(|schema| {
                value
                    .iter()
                    .find(|v| judge.check(schema, Side::Request, v).is_ok())
            });
            let Some(v) = usable else {
                continue;
            };
            *sources.entry("optional, spec example").or_default() += 1;
            value = vec![v.clone()];
        }
        let value = match &schema {
            Some(_) if optional => value.into_iter().next().unwrap_or_default(),
            Some(schema) => {
                let mut synth = synth::Synth::new(Resolver::new(spec), judge, Side::Request);
                let (v, source) = synth.pick(schema, &value);
                *sources.entry(source).or_default() += 1;
                if let Err(e) = judge.check(schema, Side::Request, &v) {
                    invalid_args.push(format!("{}: {e}", a.ident));
                }
                v
            }
            None => {
                *sources.entry("no schema").or_default() += 1;
                value
                    .into_iter()
                    .next()
                    .unwrap_or(Value::String("x".into()))
            }
        };
        let line = match wire {
            Some((BodyKind::Bytes, _)) => format!(
                "let {var}: runtime::bytes::Bytes = runtime::bytes::Bytes::from(String::into_bytes(arg(\"{}\", {:?})?));",
                a.ident,
                text_json(&value)
            ),
            Some((BodyKind::Text, _)) => format!(
                "let {var}: String = arg(\"{}\", {:?})?;",
                a.ident,
                text_json(&value)
            ),
            Some((BodyKind::Multipart | BodyKind::Form, Some(ty))) => format!(
                "let {var}: {} = arg(\"{}\", {:?})?;",
                a.rust_type,
                a.ident,
                binary_as_bytes(api, &ty, value).to_string()
            ),
            _ => format!(
                "let {var}: {} = arg(\"{}\", {:?})?;",
                a.rust_type,
                a.ident,
                value.to_string()
            ),
        };
        lines.push(line);
        if optional {
            setters.push(format!(".{}({var})", a.ident));
        } else {
            names.push(var);
        }
    }
    let code = format!(
        "async fn op_{index}(c: &sdk::Client) -> Result<Outcome, Outcome> {{\n    // {} {} ({})\n    {}\n    done(c.{}().{}({}){}.send().await)\n}}\n",
        op.method.to_uppercase(),
        op.path,
        op.id,
        lines.join("\n    "),
        s.accessor,
        s.method,
        names.join(", "),
        setters.concat()
    );
    Ok(Case {
        op: op_index,
        code,
        invalid_args,
    })
}

/// A text or bytes body's value as the JSON string the harness reads.
fn text_json(v: &Value) -> String {
    match v {
        Value::String(s) => Value::String(s.clone()).to_string(),
        other => Value::String(other.to_string()).to_string(),
    }
}

/// A multipart/form value with its binary members (strings in the schema's JSON, `Vec<u8>` in
/// Rust) as byte arrays.
fn binary_as_bytes(api: &Api, ty: &TypeRef, mut value: Value) -> Value {
    let TypeRef::Named(name) = ty else {
        return value;
    };
    let Some(TypeKind::Struct(s)) = api.types.iter().find(|t| &t.name == name).map(|t| &t.kind)
    else {
        return value;
    };
    let Some(obj) = value.as_object_mut() else {
        return value;
    };
    for f in &s.fields {
        let mut t = &f.ty;
        while let TypeRef::Nullable(inner) = t {
            t = inner;
        }
        if matches!(t, TypeRef::Primitive(Primitive::Binary)) {
            if let Some(Value::String(text)) = obj.get(&f.name) {
                let bytes: Vec<Value> = text.bytes().map(Value::from).collect();
                obj.insert(f.name.clone(), Value::Array(bytes));
            }
        }
    }
    value
}

fn cases_code(cases: &[Case]) -> (String, String) {
    let mut ops = String::new();
    let mut arms = String::new();
    for (i, c) in cases.iter().enumerate() {
        ops.push_str(&c.code);
        ops.push('\n');
        arms.push_str(&format!("        {i} => op_{i}(c).await,\n"));
    }
    (ops, arms)
}

enum Verdict {
    Passed,
    Defect(&'static str, String),
    Failed(&'static str, String),
}

/// Judges one call (see the module docs).
fn judge_call<'s>(
    spec: &'s generator::load::Spec,
    api: &Api,
    op: &Operation,
    case: &Case,
    result: &harness::CallResult,
    judge: &mut Judge<'s>,
    response_judge: &mut Judge<'s>,
) -> Verdict {
    let resolver = Resolver::new(spec);
    let Some(ex) = result.exchange() else {
        return Verdict::Failed(
            "not-sent",
            format!(
                "the client sent nothing: {} {}{}",
                result.outcome.kind,
                result.outcome.message,
                if case.invalid_args.is_empty() {
                    String::new()
                } else {
                    format!(
                        " (arguments not valid against their schema: {})",
                        case.invalid_args.join("; ")
                    )
                }
            ),
        );
    };
    // 1. Prism's view of the request. Each violation is either explained by the spec
    // contradicting itself (then the call is a spec defect) or a failure.
    let violations: Vec<Value> = ex
        .violations
        .as_deref()
        .and_then(|v| serde_json::from_str::<Vec<Value>>(v).ok())
        .unwrap_or_default()
        .into_iter()
        .filter(|v| v["location"][0] == "request")
        // Warnings (a deprecated parameter was used) are not violations.
        .filter(|v| v["severity"] != "Warning")
        .collect();
    if !violations.is_empty() {
        let mut explained = Vec::new();
        let mut unexplained = Vec::new();
        for v in &violations {
            let text = violation_text(v);
            match explain(api, op, case, v) {
                Some((kind, why)) => explained.push((kind, format!("{why} (Prism: {text})"))),
                None => unexplained.push(text),
            }
        }
        if unexplained.is_empty() {
            let kind = explained[0].0;
            let reasons: Vec<String> = explained.into_iter().map(|(_, r)| r).collect();
            return Verdict::Defect(kind, reasons.join("; "));
        }
        let mut reason = format!("Prism: {}", unexplained.join("; "));
        if !case.invalid_args.is_empty() {
            reason.push_str(&format!(
                " (the arguments were not valid against their schema: {})",
                case.invalid_args.join("; ")
            ));
        }
        return Verdict::Failed("request-violation", reason);
    }
    // 2. The client's JSON body, independently of Prism.
    let is_json = ex
        .request_content_type
        .as_deref()
        .is_some_and(|c| c.contains("json"));
    if is_json && !ex.request_body.is_empty() {
        let sent_as = ex
            .request_content_type
            .as_deref()
            .map(|c| c.split(';').next().unwrap_or(c).trim().to_string())
            .unwrap_or_default();
        let body: Result<Value, _> = serde_json::from_str(&ex.request_body);
        match (body, body_schema_loc(&resolver, op, &sent_as)) {
            (Err(e), _) => {
                return Verdict::Failed("request-body", format!("the body sent is not JSON: {e}"))
            }
            (Ok(v), Some(schema)) => {
                if let Err(e) = judge.check(&schema, Side::Request, &v) {
                    if let Some((kind, reason)) = e
                        .contains(SEVERAL_BRANCHES)
                        .then(|| case.oneof_overlap())
                        .flatten()
                    {
                        return Verdict::Defect(kind, reason);
                    }
                    return Verdict::Failed(
                        "request-body",
                        format!(
                            "the body sent does not validate against {}#{}: {e}",
                            schema.file, schema.pointer
                        ),
                    );
                }
            }
            (Ok(_), None) => {
                return Verdict::Failed(
                    "request-body",
                    format!(
                        "the body was sent as {sent_as:?}, which the operation does not document"
                    ),
                )
            }
        }
    }
    // 3. The status.
    if documented(op, ex.status).is_none() {
        let documented: Vec<&str> = op.responses.iter().map(|r| r.status.as_str()).collect();
        return Verdict::Failed(
            "undocumented-status",
            format!(
                "HTTP {} is not documented ({}); body: {}",
                ex.status,
                documented.join(", "),
                crate::examples::schema::short(&ex.response_body)
            ),
        );
    }
    // 4. The body decoded.
    match result.outcome.kind.as_str() {
        "ok" | "api" => Verdict::Passed,
        "decode" => {
            let schema = response_schema_loc(
                &resolver,
                op,
                ex.status,
                ex.response_content_type.as_deref(),
            );
            let body: Option<Value> = serde_json::from_str(&ex.response_body).ok();
            match (schema, body) {
                (Some(schema), Some(body)) => match response_judge.check(&schema, Side::Response, &body) {
                    Err(e) => Verdict::Defect(
                        "response-example-violates-schema",
                        format!(
                            "Prism answered HTTP {} with the spec's example, which its own schema ({}#{}) rejects: {e}",
                            ex.status, schema.file, schema.pointer
                        ),
                    ),
                    Ok(()) => Verdict::Failed("decode", result.outcome.message.clone()),
                },
                _ => Verdict::Failed("decode", result.outcome.message.clone()),
            }
        }
        _ => Verdict::Failed("client-error", result.outcome.message.clone()),
    }
}

pub fn human(reports: &[VersionReport]) -> String {
    let mut s = format!(
        "{:<8} {:>10} {:>7} {:>7} {:>13} {:>7}\n",
        "version", "operations", "called", "passed", "spec defects", "failed"
    );
    for r in reports {
        s.push_str(&format!(
            "{:<8} {:>10} {:>7} {:>7} {:>13} {:>7}\n",
            r.name, r.operations, r.called, r.passed, r.spec_defects, r.failed
        ));
    }
    for r in reports {
        if !r.defects.is_empty() {
            let kinds: Vec<String> = r
                .defect_kinds
                .iter()
                .map(|(k, n)| format!("{k} {n}"))
                .collect();
            s.push_str(&format!(
                "\n{}: {} spec defects ({}):\n",
                r.name,
                r.spec_defects,
                kinds.join(", ")
            ));
            for d in &r.defects {
                s.push_str(&format!(
                    "  {} ({}): {}\n",
                    d.operation, d.endpoint, d.reason
                ));
            }
        }
        if !r.failures.is_empty() {
            s.push_str(&format!("\n{}: {} failures:\n", r.name, r.failed));
            for f in &r.failures {
                s.push_str(&format!(
                    "  {} ({}) [{}]: {}\n",
                    f.operation, f.endpoint, f.kind, f.reason
                ));
            }
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn op(statuses: &[&str]) -> Operation {
        serde_json::from_value(json!({
            "id": "getThing", "id_derived": false, "method": "get", "path": "/things/{id}",
            "tags": [], "summary": null, "description": null, "deprecated": false,
            "parameters": [], "request_body": null,
            "responses": statuses.iter().map(|s| json!({
                "status": s, "description": null, "content": [], "headers": []
            })).collect::<Vec<_>>(),
            "security": null, "experimental": null,
            "origin": {"file": "paths/things.yaml", "pointer": "/get"}
        }))
        .expect("an IR operation")
    }

    #[test]
    fn a_status_is_documented_exactly_then_by_range_then_by_default() {
        let o = op(&["200", "4XX", "default"]);
        assert_eq!(documented(&o, 200), Some("200"));
        assert_eq!(documented(&o, 404), Some("4XX"));
        assert_eq!(documented(&o, 500), Some("default"));
        assert_eq!(documented(&op(&["200", "400"]), 500), None);
        assert_eq!(documented(&op(&["2xx"]), 204), Some("2xx"));
    }

    #[test]
    fn violations_read_as_location_and_message() {
        let v = json!({"location": ["request", "body", "items", 0], "message": "must be string"});
        assert_eq!(violation_text(&v), "body.items.0: must be string");
    }

    /// The corpus' multi-file spec: operations given by `$ref` to other files, a path-item
    /// parameter by `$ref`, a media type and a content map by (non-standard) `$ref`.
    #[test]
    fn schemas_are_found_at_the_ir_origins() {
        let corpus =
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../generator/tests/fixtures/corpus");
        let mut diags = Diagnostics::new();
        let spec =
            generator::load::load(&corpus, "multi-file/openapi.yaml", &mut diags).expect("loads");
        let api = generator::lower::lower(&spec, "notes", &mut diags);
        let resolver = Resolver::new(&spec);
        let op = |id: &str| {
            api.operations
                .iter()
                .find(|o| o.id == id)
                .expect("operation")
        };
        let at = |l: Option<Loc>| l.map(|l| format!("{}#{}", l.file, l.pointer));
        let get = op("getNote");
        assert_eq!(get.raw_path, "/notes/{noteId}");
        assert_eq!(
            at(parameter_schema(
                &resolver,
                &Loc::from(&get.parameters[0].origin)
            ))
            .as_deref(),
            Some("multi-file/parameters.yaml#/NoteId/schema")
        );
        assert_eq!(
            at(response_schema_loc(
                &resolver,
                get,
                200,
                Some("application/json")
            ))
            .as_deref(),
            Some("multi-file/responses/note-media.yaml#/schema")
        );
        assert_eq!(
            at(response_schema_loc(&resolver, op("deleteNote"), 500, None)).as_deref(),
            Some("multi-file/responses/error-content.yaml#/application~1json/schema")
        );
        assert_eq!(
            at(response_schema_loc(&resolver, op("deleteNote"), 204, None)),
            None
        );
        assert_eq!(
            at(body_schema_loc(&resolver, op("createNote"), "application/json")).as_deref(),
            Some("multi-file/operations/create-note.yaml#/requestBody/content/application~1json/schema")
        );
        assert_eq!(
            at(body_schema_loc(&resolver, op("createNote"), "text/plain")),
            None
        );
    }

    #[test]
    fn text_and_binary_values_become_what_the_rust_types_read() {
        assert_eq!(text_json(&json!("a\"b")), r#""a\"b""#);
        assert_eq!(text_json(&json!({"a": 1})), r#""{\"a\":1}""#);
    }
}

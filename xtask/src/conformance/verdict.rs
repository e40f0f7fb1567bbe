//! The verdict on one call: passed, a spec defect (the spec contradicts itself) or a failure.

use generator::ir::{Api, Operation};
use generator::resolve::Resolver;
use serde_json::Value;

use super::calls::Case;
use super::harness;
use super::spec_schemas::{body_schema_loc, documented, response_schema_loc};
use crate::examples::schema::{Context as Side, Judge};

/// What became of one call.
pub enum Verdict {
    Passed,
    /// The answer decoded with deviations: members the client kept raw (their pointers and
    /// why), because the spec's own example does not fit its schema.
    PassedWithDeviations(String),
    Defect(&'static str, String),
    Failed(&'static str, String),
}

/// Judges one call (see the module docs).
pub fn judge_call<'s>(
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
    request_violations(api, op, case, ex)
        .or_else(|| request_body(&resolver, op, case, ex, judge))
        .unwrap_or_else(|| answer(&resolver, op, result, ex, response_judge))
}

/// Prism's view of the request: each violation is either explained by the spec contradicting
/// itself (then the call is a spec defect) or a failure; `None` without violations.
fn request_violations(
    api: &Api,
    op: &Operation,
    case: &Case,
    ex: &harness::Exchange,
) -> Option<Verdict> {
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
            return Some(Verdict::Defect(kind, reasons.join("; ")));
        }
        let mut reason = format!("Prism: {}", unexplained.join("; "));
        if !case.invalid_args.is_empty() {
            reason.push_str(&format!(
                " (the arguments were not valid against their schema: {})",
                case.invalid_args.join("; ")
            ));
        }
        return Some(Verdict::Failed("request-violation", reason));
    }
    None
}

/// The client's JSON body, independently of Prism; `None` when it validates (or is not JSON).
fn request_body(
    resolver: &Resolver,
    op: &Operation,
    case: &Case,
    ex: &harness::Exchange,
    judge: &mut Judge,
) -> Option<Verdict> {
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
        match (body, body_schema_loc(resolver, op, &sent_as)) {
            (Err(e), _) => {
                return Some(Verdict::Failed(
                    "request-body",
                    format!("the body sent is not JSON: {e}"),
                ))
            }
            (Ok(v), Some(schema)) => {
                if let Err(e) = judge.check(&schema, Side::Request, &v) {
                    if let Some((kind, reason)) = e
                        .contains(SEVERAL_BRANCHES)
                        .then(|| case.oneof_overlap())
                        .flatten()
                    {
                        return Some(Verdict::Defect(kind, reason));
                    }
                    return Some(Verdict::Failed(
                        "request-body",
                        format!(
                            "the body sent does not validate against {}#{}: {e}",
                            schema.file, schema.pointer
                        ),
                    ));
                }
            }
            (Ok(_), None) => {
                return Some(Verdict::Failed(
                    "request-body",
                    format!(
                        "the body was sent as {sent_as:?}, which the operation does not document"
                    ),
                ))
            }
        }
    }
    None
}

/// The answer: a documented status, and a body that decoded (or a spec example that its own
/// schema rejects).
fn answer(
    resolver: &Resolver,
    op: &Operation,
    result: &harness::CallResult,
    ex: &harness::Exchange,
    response_judge: &mut Judge,
) -> Verdict {
    // The status.
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
    // The body decoded.
    match result.outcome.kind.as_str() {
        "ok" | "api" => Verdict::Passed,
        "ok-deviations" => Verdict::PassedWithDeviations(result.outcome.message.clone()),
        "decode" => {
            let schema =
                response_schema_loc(resolver, op, ex.status, ex.response_content_type.as_deref());
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

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn violations_read_as_location_and_message() {
        let v = json!({"location": ["request", "body", "items", 0], "message": "must be string"});
        assert_eq!(violation_text(&v), "body.items.0: must be string");
    }
}

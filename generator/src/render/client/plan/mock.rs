//! An operation's typed test double (the client crate's `mock` module, feature `mock`): what its
//! expectation matches (method, path template, typed parameters and JSON body), how it answers
//! (one method per documented response, named by [`answer_method`]), the spec's example of a
//! success answer, and a sample success value for the crate's own mock test.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use super::responses::{media_kind, status_pattern, SuccessKind};
use super::{
    BodyKind, MemberPlan, MemberSource, OperationPlan, PathPart, RequestStep, StatusPattern,
};
use crate::ir::{Operation, Primitive, TypeDef, TypeKind, TypeRef};
use crate::naming::{keyword_safe_ident, unique_name};
use crate::render::media;

/// Methods every expectation has (the generic `Mock<O>` of the client crate's `mock` module):
/// an operation's matchers never take these names.
const MOCK_METHODS: &[&str] = &[
    "new",
    "times",
    "path_param",
    "query_param",
    "header_param",
    "with_header",
    "json_body",
    "matching",
    "into_expectation",
    "respond_json",
    "respond_json_text",
    "respond_text",
    "respond_bytes",
    "respond_empty",
    "respond_with",
    "clone",
    "fmt",
];

/// The typed expectation of one operation.
#[derive(Debug, Clone, Default, Serialize)]
pub struct MockPlan {
    /// The path template the expectation matches below the base path: literal parts and
    /// `{wire_name}` for each path parameter the request encodes.
    pub path_template: String,
    /// Typed matchers, one per parameter or JSON body the request sends.
    pub matchers: Vec<MockMatcher>,
    /// One answer method per documented response, in the spec's order.
    pub answers: Vec<MockAnswer>,
    /// JSON text of a small success value (one string field set) the crate's mock test answers
    /// with: the success body is a struct (or a list of one) whose fields may all be absent.
    pub sample: Option<String>,
}

/// A matcher method: `name(value)` requires the request to carry `value` as the client sends it.
#[derive(Debug, Clone, Serialize)]
pub struct MockMatcher {
    pub name: String,
    pub ident: String,
    /// The matched member (`OperationPlan::members[member]`; its Rust type is the argument's).
    pub member: usize,
    pub kind: MatcherKind,
}

/// What a matcher compares.
#[derive(Debug, Clone, Serialize)]
pub enum MatcherKind {
    Path {
        wire_name: String,
        explode: bool,
    },
    Query {
        wire_name: String,
        style: String,
        explode: bool,
    },
    Header {
        wire_name: String,
    },
    /// The JSON body, equal after serialization.
    JsonBody,
}

/// An answer method: `respond_<word>(..)`.
#[derive(Debug, Clone, Serialize)]
pub struct MockAnswer {
    /// The method's name ([`answer_method`]).
    pub method: String,
    /// The status as the spec writes it (`200`, `4XX`, `default`).
    pub status: String,
    /// A fixed code, or `None` when the status is a range or `default` (the method takes it).
    pub code: Option<u16>,
    pub body: AnswerBody,
    /// For a success with a JSON example: the first example as JSON text (`<method>_example`).
    pub example: Option<String>,
}

/// The body an answer method takes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum AnswerBody {
    Empty,
    /// JSON, as this Rust type.
    Json(String),
    /// Text (`&str`) sent as this content type.
    Text(String),
    /// Bytes (`&[u8]`) sent as this content type.
    Bytes(String),
}

/// The name of the answer method for a documented status: `respond_` and the status's reason
/// phrase in snake case for a registered code (`respond_ok`, `respond_bad_request`), else
/// `respond_status_<code>`; `respond_4xx` for a range, `respond_default` for `default`.
pub fn answer_method(status: &str) -> String {
    let word = match status.parse::<u16>() {
        Ok(code) => match crate::http_status::reason_phrase(code) {
            Some(w) => w.to_string(),
            None => format!("status_{code}"),
        },
        Err(_) => {
            let cleaned: String = (status.chars())
                .map(|c| match c.is_ascii_alphanumeric() {
                    true => c.to_ascii_lowercase(),
                    false => '_',
                })
                .collect();
            match cleaned.is_empty() {
                true => "status".to_string(),
                false => cleaned,
            }
        }
    };
    format!("respond_{word}")
}

/// Plans the typed expectation of `plan` (already planned from `op`); `rust_type` spells an IR
/// type in Rust; `types` are the API's named types.
pub(super) fn plan(
    op: &Operation,
    plan: &OperationPlan,
    types: &BTreeMap<&str, &TypeDef>,
    rust_type: impl Fn(&TypeRef) -> String,
) -> MockPlan {
    let answers = answers(op, &rust_type);
    MockPlan {
        path_template: path_template(plan),
        matchers: matchers(plan, &answers),
        sample: sample(op, types),
        answers,
    }
}

/// The path as the client encodes it, with `{wire_name}` in place of each parameter.
fn path_template(plan: &OperationPlan) -> String {
    let mut out = String::new();
    for part in &plan.path_parts {
        match part {
            PathPart::Literal(text) => out.push_str(text),
            PathPart::Parameter { member, prefix, .. } => {
                out.push_str(prefix.as_deref().unwrap_or(""));
                let wire = (plan.members.get(*member))
                    .and_then(MemberPlan::parameter)
                    .map_or("value", |(w, _, _)| w);
                out.push_str(&format!("{{{wire}}}"));
            }
        }
    }
    out
}

/// A matcher per path, query and header parameter and per JSON body, in request order; names
/// are the members' unless an expectation's own method or an answer has it.
fn matchers(plan: &OperationPlan, answers: &[MockAnswer]) -> Vec<MockMatcher> {
    let mut used: BTreeSet<String> = answers.iter().map(|a| a.method.clone()).collect();
    let mut out = Vec::new();
    let mut add = |member: usize, kind: MatcherKind| {
        let Some(m) = plan.members.get(member) else {
            return;
        };
        let name = unique_name(&mut used, &m.name, |n| {
            MOCK_METHODS.contains(&n) || n.starts_with("respond_")
        });
        out.push(MockMatcher {
            ident: keyword_safe_ident(&name).to_string(),
            name,
            member,
            kind,
        });
    };
    for part in &plan.path_parts {
        if let PathPart::Parameter {
            member, explode, ..
        } = part
        {
            if let Some((wire, _, _)) = plan.members.get(*member).and_then(MemberPlan::parameter) {
                let kind = MatcherKind::Path {
                    wire_name: wire.to_string(),
                    explode: *explode,
                };
                add(*member, kind);
            }
        }
    }
    for step in &plan.steps {
        match step {
            RequestStep::Query {
                member,
                wire_name,
                style,
                explode,
            } => add(
                *member,
                MatcherKind::Query {
                    wire_name: wire_name.clone(),
                    style: style.clone(),
                    explode: *explode,
                },
            ),
            RequestStep::Header { member, wire_name } => add(
                *member,
                MatcherKind::Header {
                    wire_name: wire_name.clone(),
                },
            ),
            RequestStep::Body { member, .. } => {
                let json = matches!(
                    plan.members.get(*member).map(|m| &m.source),
                    Some(MemberSource::Body(b)) if b.kind == BodyKind::Json
                );
                if json {
                    add(*member, MatcherKind::JsonBody);
                }
            }
            _ => {}
        }
    }
    out
}

/// One answer per documented response whose status is a code, a range or `default`.
fn answers(op: &Operation, rust_type: &impl Fn(&TypeRef) -> String) -> Vec<MockAnswer> {
    let mut out = Vec::new();
    let mut methods = BTreeSet::new();
    for r in &op.responses {
        let pattern = match r.status.as_str() {
            "default" => Some(StatusPattern::Any),
            s => status_pattern(s),
        };
        let code = match pattern {
            Some(StatusPattern::Code(n)) => Some(n),
            Some(_) => None,
            None => continue,
        };
        let media = media::pick_response(&r.content);
        let kind = media.map_or(SuccessKind::Empty, media_kind);
        let content_type = media.map(|m| m.content_type.clone()).unwrap_or_default();
        let body = match kind {
            SuccessKind::Empty => AnswerBody::Empty,
            SuccessKind::Json(Some(t)) => AnswerBody::Json(rust_type(&t)),
            SuccessKind::Json(None) => AnswerBody::Json("runtime :: serde_json :: Value".into()),
            SuccessKind::Text => AnswerBody::Text(content_type),
            SuccessKind::Bytes => AnswerBody::Bytes(content_type),
        };
        // Success examples only: error examples repeat one error model across most operations
        // and would multiply the crate's size for little use.
        let example = match (&body, code) {
            (AnswerBody::Json(_), Some(200..=299)) => (media.into_iter())
                .flat_map(|m| m.examples.first())
                .find(|e| !e.value.is_null())
                .and_then(|e| serde_json::to_string(&e.value).ok()),
            _ => None,
        };
        out.push(MockAnswer {
            method: unique_name(&mut methods, &answer_method(&r.status), |_| false),
            status: r.status.clone(),
            code,
            body,
            example,
        });
    }
    out
}

/// A JSON value with every plain string field set to `"mock-value"` (a list of one such value)
/// for a single JSON success that is a named struct (or a list of one) without flattened parts,
/// whose fields that must be present are plain strings, with at least one of those.
fn sample(op: &Operation, types: &BTreeMap<&str, &TypeDef>) -> Option<String> {
    let mut success = op.responses.iter().filter(|r| r.status.starts_with('2'));
    let only = success.next()?;
    if success.next().is_some() {
        return None;
    }
    let SuccessKind::Json(Some(ty)) = media_kind(media::pick_response(&only.content)?) else {
        return None;
    };
    let (name, list) = match &ty {
        TypeRef::Named(n) => (n, false),
        TypeRef::Array(inner) => match inner.as_ref() {
            TypeRef::Named(n) => (n, true),
            _ => return None,
        },
        _ => return None,
    };
    let TypeKind::Struct(s) = &types.get(name.as_str())?.kind else {
        return None;
    };
    let plain_string = |f: &&crate::ir::Field| f.ty == TypeRef::Primitive(Primitive::String);
    if !s.flatten.is_empty() || (s.fields.iter()).any(|f| !f.may_be_absent() && !plain_string(&f)) {
        return None;
    }
    let one: serde_json::Map<String, serde_json::Value> = (s.fields.iter())
        .filter(plain_string)
        .map(|f| (f.name.clone(), "mock-value".into()))
        .collect();
    if one.is_empty() {
        return None;
    }
    let value = match list {
        true => serde_json::json!([one]),
        false => serde_json::Value::Object(one),
    };
    serde_json::to_string(&value).ok()
}

#[cfg(test)]
mod tests {
    use super::answer_method;

    #[test]
    fn answer_methods_are_named_by_reason_phrase_else_by_status() {
        let names: Vec<String> = [
            "200", "201", "204", "400", "429", "207", "299", "4XX", "default",
        ]
        .iter()
        .map(|s| answer_method(s))
        .collect();
        assert_eq!(
            names,
            [
                "respond_ok",
                "respond_created",
                "respond_no_content",
                "respond_bad_request",
                "respond_too_many_requests",
                "respond_multi_status",
                "respond_status_299",
                "respond_4xx",
                "respond_default",
            ]
        );
        // Every registered code has a distinct word, so distinct statuses never share a method.
        let mut seen = std::collections::BTreeSet::new();
        for code in 100..600u16 {
            assert!(seen.insert(answer_method(&code.to_string())), "{code}");
        }
    }
}

//! An operation's answers: what a success decodes as (one shape, or an enum by status), its
//! error enum ([`super::errors`]), and the `Accept` header.

use serde::Serialize;

use super::errors::{self, ErrorPlan};
use super::is_binary;
use crate::ir::{MediaType, Operation, Response, TypeRef};
use crate::render::media;

/// What a successful answer decodes as.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum SuccessShape {
    /// No body (`()`).
    Empty,
    /// JSON, as this Rust type (`runtime::serde_json::Value` when the schema has none).
    Json(String),
    /// Text (`String`).
    Text,
    /// Binary (`Bytes`).
    Bytes,
}

/// The success value of an operation.
#[derive(Debug, Clone, Serialize)]
pub enum SuccessPlan {
    /// Every documented success decodes alike (`()` when none has a body).
    Single(SuccessShape),
    /// Several 2XX with different bodies: an enum, one variant per status, in status order
    /// (codes, ranges, `default`).
    ByStatus {
        enum_name: String,
        variants: Vec<SuccessVariant>,
        /// The variant an undocumented 2XX status decodes as (the first one), unless a
        /// `default` variant takes every status.
        fallback: Option<usize>,
    },
}

impl SuccessPlan {
    /// Some success is a JSON body (decoded through the crate's `decode_body`).
    pub fn has_json(&self) -> bool {
        match self {
            SuccessPlan::Single(shape) => matches!(shape, SuccessShape::Json(_)),
            SuccessPlan::ByStatus { variants, .. } => {
                (variants.iter()).any(|v| matches!(v.shape, SuccessShape::Json(_)))
            }
        }
    }
}

/// One variant of a by-status success enum.
#[derive(Debug, Clone, Serialize)]
pub struct SuccessVariant {
    pub status: String,
    pub variant: String,
    pub shape: SuccessShape,
    /// The statuses it matches; `None` for a status that is neither a code, `NXX` nor
    /// `default` (the fallback covers it).
    pub pattern: Option<StatusPattern>,
}

/// Statuses a `match` arm takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum StatusPattern {
    Code(u16),
    /// Inclusive bounds (`4XX` is 400 to 499).
    Range(u16, u16),
    /// Every status (`default`).
    Any,
}

/// The decisions about an operation's answers.
pub(super) struct Responses {
    pub success: SuccessPlan,
    pub errors: ErrorPlan,
    /// The `Accept` header (empty: none).
    pub accept: String,
    /// The type of the only success response, when it is JSON with a schema.
    pub single_json: Option<TypeRef>,
}

/// How a body decodes, by IR type (two statuses share a shape when these are equal).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum SuccessKind {
    Empty,
    Json(Option<TypeRef>),
    Text,
    Bytes,
}

/// Plans the answers of `op`; `rust_type` spells an IR type in Rust; `enum_name` names the
/// success enum should one be needed, `error_enum` the error enum.
pub(super) fn plan(
    op: &Operation,
    enum_name: String,
    error_enum: String,
    rust_type: impl Fn(&TypeRef) -> String,
) -> Responses {
    let mut success = success_kinds(op);
    let single_json = match success.as_slice() {
        [(_, SuccessKind::Json(Some(ty)))] => Some(ty.clone()),
        _ => None,
    };
    let shape = |k: &SuccessKind| match k {
        SuccessKind::Empty => SuccessShape::Empty,
        SuccessKind::Json(Some(t)) => SuccessShape::Json(rust_type(t)),
        SuccessKind::Json(None) => SuccessShape::Json("runtime :: serde_json :: Value".into()),
        SuccessKind::Text => SuccessShape::Text,
        SuccessKind::Bytes => SuccessShape::Bytes,
    };
    let mut distinct: Vec<&SuccessKind> = Vec::new();
    for (_, k) in &success {
        if !distinct.contains(&k) {
            distinct.push(k);
        }
    }
    let success_plan = if distinct.len() <= 1 {
        SuccessPlan::Single(distinct.first().map_or(SuccessShape::Empty, |k| shape(k)))
    } else {
        success.sort_by_key(|(s, _)| status_order(s));
        let mut used = std::collections::BTreeSet::new();
        let variants: Vec<SuccessVariant> = (success.iter())
            .map(|(status, k)| SuccessVariant {
                status: status.clone(),
                variant: crate::naming::unique_name(
                    &mut used,
                    &crate::naming::upper_camel_or(&format!("Status{status}"), "Status"),
                    |_| false,
                ),
                shape: shape(k),
                pattern: match status.as_str() {
                    "default" => Some(StatusPattern::Any),
                    _ => status_pattern(status),
                },
            })
            .collect();
        let has_catch_all = success.iter().any(|(s, _)| s == "default");
        SuccessPlan::ByStatus {
            enum_name,
            variants,
            fallback: (!has_catch_all).then_some(0),
        }
    };
    let success_default = success.iter().any(|(s, _)| s == "default");
    Responses {
        success: success_plan,
        errors: errors::plan(op, error_enum, success_default, &rust_type),
        accept: accept_header(op),
        single_json,
    }
}

/// The documented success responses (2XX; `default` when there is none) and how they decode.
fn success_kinds(op: &Operation) -> Vec<(String, SuccessKind)> {
    let mut out: Vec<(String, SuccessKind)> = (op.responses.iter())
        .filter(|r| r.status.starts_with('2'))
        .map(|r| (r.status.clone(), response_kind(r)))
        .collect();
    if out.is_empty() {
        if let Some(d) = op.responses.iter().find(|r| r.status == "default") {
            if !d.content.is_empty() {
                out.push(("default".into(), response_kind(d)));
            }
        }
    }
    out
}

fn response_kind(r: &Response) -> SuccessKind {
    let Some(m) = media::pick_response(&r.content) else {
        return SuccessKind::Empty;
    };
    media_kind(m)
}

pub(super) fn media_kind(m: &MediaType) -> SuccessKind {
    let ct = m.content_type.to_ascii_lowercase();
    match &m.schema {
        Some(t) if is_binary(t) => SuccessKind::Bytes,
        _ if media::carries_json(&ct) => SuccessKind::Json(m.schema.clone()),
        _ if ct.starts_with("text/") => SuccessKind::Text,
        _ => SuccessKind::Bytes,
    }
}

/// The media types of the success responses, plus JSON (for error bodies) unless one of them
/// is JSON or `*/*`; empty when no success response has content.
fn accept_header(op: &Operation) -> String {
    let mut types: Vec<String> = Vec::new();
    for r in op.responses.iter().filter(|r| r.status.starts_with('2')) {
        if let Some(m) = media::pick_response(&r.content) {
            if !types.contains(&m.content_type) {
                types.push(m.content_type.clone());
            }
        }
    }
    if types.is_empty() {
        return String::new();
    }
    if !types.iter().any(|t| t == media::JSON || t == media::ANY) {
        types.push(media::JSON.into());
    }
    types.join(", ")
}

/// `200`, or `400..=499` for `4XX`; `None` for anything else (`default` is the callers').
pub(super) fn status_pattern(s: &str) -> Option<StatusPattern> {
    if let Ok(n) = s.parse::<u16>() {
        return Some(StatusPattern::Code(n));
    }
    let up = s.to_ascii_uppercase();
    if up.len() == 3 && up.ends_with("XX") {
        if let Some(d) = up.chars().next().and_then(|c| c.to_digit(10)) {
            return Some(StatusPattern::Range(
                (d * 100) as u16,
                (d * 100 + 99) as u16,
            ));
        }
    }
    None
}

pub(super) fn status_order(s: &str) -> (u8, String) {
    if s.parse::<u16>().is_ok() {
        (0, s.to_string())
    } else if s == "default" {
        (2, s.to_string())
    } else {
        (1, s.to_string())
    }
}

//! An operation's error type: an enum with one variant per documented error status (code,
//! `NXX` range or `default`), each holding the decoded model of its JSON body (none when the
//! status documents no JSON schema), plus the variants for an undocumented answer and for
//! everything that is not an answer ([`RUNTIME_VARIANTS`]); the runtime's `operation_error!`
//! implements it.

use std::collections::BTreeSet;

use serde::Serialize;

use super::responses::{media_kind, status_order, status_pattern, SuccessKind};
use super::StatusPattern;
use crate::http_status::status_name;
use crate::ir::{Operation, TypeRef};
use crate::naming::unique_name;
use crate::render::media;

/// The error enum of an operation.
#[derive(Debug, Clone, Serialize)]
pub struct ErrorPlan {
    /// The enum's name (`{Operation}Error`), unique within the tag module.
    pub enum_name: String,
    /// Exact codes, then ranges, then `default`: the order statuses are matched in.
    pub variants: Vec<ErrorVariant>,
}

/// One documented error status.
#[derive(Debug, Clone, Serialize)]
pub struct ErrorVariant {
    /// As documented: `400`, `4XX`, `default`.
    pub status: String,
    /// Named from the status ([`status_name`]), unique within the enum.
    pub variant: String,
    /// The statuses it takes.
    pub pattern: StatusPattern,
    /// The Rust type the JSON body decodes as; `None` when the status documents no JSON schema
    /// (the variant holds the untyped answer).
    pub model: Option<String>,
    /// Its rustdoc.
    pub doc: String,
}

/// The variant of every error enum for an answer the spec does not describe (an undocumented
/// status, or a body that does not decode); the runtime's `operation_error!` builds it.
pub const UNEXPECTED_VARIANT: &str = "Unexpected";
/// The variant of every error enum for no answer (transport, timeout, configuration, a success
/// body that does not decode); the runtime's `operation_error!` builds it.
pub const OTHER_VARIANT: &str = "Other";
/// The variants every error enum has beside its documented statuses.
pub const RUNTIME_VARIANTS: [&str; 2] = [UNEXPECTED_VARIANT, OTHER_VARIANT];

/// Plans the error enum `enum_name` of `op`: every response that is not a success (2XX, or
/// `default` when `success_default`), first documentation of a status winning.
pub(super) fn plan(
    op: &Operation,
    enum_name: String,
    success_default: bool,
    rust_type: impl Fn(&TypeRef) -> String,
) -> ErrorPlan {
    let mut responses: Vec<_> = (op.responses.iter())
        .filter(|r| !r.status.starts_with('2'))
        .filter(|r| !(r.status == "default" && success_default))
        .collect();
    responses.sort_by_key(|r| status_order(&r.status));
    let mut used = BTreeSet::new();
    let mut seen = Vec::new();
    let mut variants = Vec::new();
    for r in responses {
        let pattern = match r.status.as_str() {
            "default" => StatusPattern::Any,
            s => match status_pattern(s) {
                Some(p) => p,
                None => continue,
            },
        };
        if seen.contains(&pattern) {
            continue;
        }
        seen.push(pattern);
        let model =
            (media::pick_response(&r.content).map(media_kind)).and_then(|kind| match kind {
                SuccessKind::Json(Some(t)) => Some(rust_type(&t)),
                _ => None,
            });
        let variant = unique_name(&mut used, &status_name(&r.status), |n| {
            RUNTIME_VARIANTS.contains(&n)
        });
        variants.push(ErrorVariant {
            doc: variant_doc(&r.status, r.description.as_deref()),
            status: r.status.clone(),
            variant,
            pattern,
            model,
        });
    }
    ErrorPlan {
        enum_name,
        variants,
    }
}

/// `HTTP 404: <first line of the description>`; a range or `default` says what it covers.
fn variant_doc(status: &str, description: Option<&str>) -> String {
    let head = match status {
        "default" => "Any other error status (`default`)".to_string(),
        s if s.parse::<u16>().is_ok() => format!("HTTP {s}"),
        s => format!("HTTP {s} (a status of the range not documented on its own)"),
    };
    let first_line = (description.unwrap_or_default().lines())
        .map(str::trim)
        .find(|l| !l.is_empty());
    match first_line {
        Some(line) => format!("{head}: {line}"),
        None => format!("{head}."),
    }
}

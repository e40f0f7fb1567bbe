//! An operation's error type: an enum with one variant per documented error status (code,
//! `NXX` range or `default`), each holding the decoded model of its JSON body (none when the
//! status documents no JSON schema), plus the variants for an undocumented answer and for
//! everything that is not an answer ([`RUNTIME_VARIANTS`]); the runtime's `operation_error!`
//! implements it.
//!
//! Operations whose error enums would be identical (the same statuses, variants and models)
//! share one ([`share`]): the enum is written once, in the client's [`SHARED_ERRORS_MODULE`],
//! and each operation's error type is an alias of it that keeps the operation's own docs. Most
//! operations of a real API document the same few error answers, and ~550 identical enums with
//! their impls were about 40% of checking a client crate.

use std::collections::{BTreeSet, HashMap};

use serde::Serialize;

use super::responses::{media_kind, status_order, status_pattern, SuccessKind};
use super::StatusPattern;
use crate::http_status::status_name;
use crate::ir::{Operation, TypeRef};
use crate::naming::unique_name;
use crate::render::features::TypeGate;
use crate::render::media;

/// The error enum of an operation.
#[derive(Debug, Clone, Serialize)]
pub struct ErrorPlan {
    /// The enum's name (`{Operation}Error`), unique within the tag module.
    pub enum_name: String,
    /// Exact codes, then ranges, then `default`: the order statuses are matched in.
    pub variants: Vec<ErrorVariant>,
    /// The shared enum (in [`SHARED_ERRORS_MODULE`]) that `enum_name` is an alias of, when
    /// other operations have the same error enum ([`share`]); `None`: the operation has its own.
    pub shared: Option<String>,
}

/// An error enum several operations share: written once, named after its statuses.
#[derive(Debug, Clone, Serialize)]
pub struct SharedErrorPlan {
    /// `Error400_401_404`, `Error4xx_Default`; unique in [`SHARED_ERRORS_MODULE`].
    pub name: String,
    /// As in each operation's [`ErrorPlan`], but for the docs: an operation's description of a
    /// status when every operation sharing the enum describes it alike, else the status alone.
    pub variants: Vec<ErrorVariant>,
    /// Compiled when any tag whose operations use it is on (in tag order); `Always` when every
    /// tag's operations use it (the models it names are then compiled with any tag).
    pub gate: TypeGate,
    /// How many operations use it.
    pub operations: usize,
}

/// The client crate's module of the shared error enums (at the crate root: tag modules live
/// under `apis`, so no tag can take its name).
pub const SHARED_ERRORS_MODULE: &str = "errors";

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
        shared: None,
    }
}

/// What makes two error enums the same type: every variant's status, name, pattern and model.
type Signature = Vec<(String, String, StatusPattern, Option<String>)>;

fn signature(plan: &ErrorPlan) -> Signature {
    (plan.variants.iter())
        .map(|v| {
            (
                v.status.clone(),
                v.variant.clone(),
                v.pattern,
                v.model.clone(),
            )
        })
        .collect()
}

/// Shares the error enums that more than one operation of `groups` would have identically:
/// sets each such operation's [`ErrorPlan::shared`] and returns the shared enums, the one
/// most operations use first (it keeps the plain name when two have the same statuses), then in
/// the order their first operation comes in `groups`.
pub(super) fn share(groups: &mut [super::GroupPlan]) -> Vec<SharedErrorPlan> {
    // Signatures in order of first use, each with its users as (group, operation) indices.
    let mut index: HashMap<Signature, usize> = HashMap::new();
    let mut users: Vec<Vec<(usize, usize)>> = Vec::new();
    for (gi, g) in groups.iter().enumerate() {
        for (oi, o) in g.operations.iter().enumerate() {
            let next = users.len();
            let at = *index.entry(signature(&o.errors)).or_insert(next);
            if at == next {
                users.push(Vec::new());
            }
            users[at].push((gi, oi));
        }
    }
    let mut shared: Vec<_> = users.into_iter().filter(|u| u.len() > 1).collect();
    // Stable: equal counts keep the order of first use.
    shared.sort_by_key(|u| std::cmp::Reverse(u.len()));

    let mut names = BTreeSet::new();
    let mut plans = Vec::new();
    for users in shared {
        let first = &groups[users[0].0].operations[users[0].1].errors;
        let name = unique_name(&mut names, &shared_name(&first.variants), |_| false);
        let variants = (first.variants.iter().enumerate())
            .map(|(i, v)| {
                let alike = (users.iter())
                    .all(|&(g, o)| groups[g].operations[o].errors.variants[i].doc == v.doc);
                ErrorVariant {
                    doc: match alike {
                        true => v.doc.clone(),
                        false => format!(
                            "{} Operations describe it differently: see each one's error type.",
                            variant_doc(&v.status, None)
                        ),
                    },
                    ..v.clone()
                }
            })
            .collect();
        let used_by: BTreeSet<usize> = users.iter().map(|&(g, _)| g).collect();
        let gate = match used_by.len() == groups.len() {
            true => TypeGate::Always,
            false => TypeGate::AnyOf(used_by.iter().map(|&g| groups[g].feature.clone()).collect()),
        };
        plans.push(SharedErrorPlan {
            name: name.clone(),
            variants,
            gate,
            operations: users.len(),
        });
        for (g, o) in users {
            groups[g].operations[o].errors.shared = Some(name.clone());
        }
    }
    plans
}

/// `Error` and the statuses: `Error400_404_5xx_Default`; `ErrorUndocumented` for none.
fn shared_name(variants: &[ErrorVariant]) -> String {
    if variants.is_empty() {
        return "ErrorUndocumented".into();
    }
    let statuses: Vec<String> = (variants.iter())
        .map(|v| match v.status.as_str() {
            "default" => "Default".to_string(),
            s => (s.chars())
                .filter(char::is_ascii_alphanumeric)
                .collect::<String>()
                .to_ascii_lowercase(),
        })
        .collect();
    format!("Error{}", statuses.join("_"))
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

//! The rustdoc of an operation and its parameters, and the parameter examples of the docs
//! examples.

use super::MemberPlan;
use crate::ir::{Operation, Parameter, Primitive, TypeRef};
use crate::render::docs::doc_markdown;

/// The method's rustdoc: summary (else the HTTP line), description, the HTTP line with the
/// operation id, the experimental note, the arguments.
pub(super) fn operation_doc(op: &Operation, members: &[MemberPlan]) -> String {
    let mut sections = Vec::new();
    let method = op.method.to_uppercase();
    let path = op.path.replace('`', "'");
    match op.summary.as_deref().filter(|s| !s.trim().is_empty()) {
        Some(s) => sections.push(doc_markdown(s)),
        None => sections.push(format!("`{method} {path}`")),
    }
    if let Some(d) = op.description.as_deref().filter(|d| !d.trim().is_empty()) {
        if Some(d.trim()) != op.summary.as_deref().map(str::trim) {
            sections.push(doc_markdown(d));
        }
    }
    sections.push(format!(
        "`{method} {path}` (operation `{}`).",
        op.id.replace('`', "'")
    ));
    if op.experimental.is_some() {
        sections.push(EXPERIMENTAL_NOTE.to_string());
    }
    let arg_docs: Vec<String> = (members.iter())
        .filter(|m| m.required)
        .map(|m| format!("- `{}`: {}", m.name, one_line(&m.doc)))
        .collect();
    if !arg_docs.is_empty() {
        sections.push(format!("Arguments:\n\n{}", arg_docs.join("\n")));
    }
    sections.join("\n\n")
}

/// What the rustdoc of an experimental operation (its method and its builder) says: that it is
/// experimental and which configuration switch consents to it (intra-doc links through the
/// `runtime` re-export every API module imports).
pub(super) const EXPERIMENTAL_NOTE: &str = "**Experimental**: the API may change or remove this \
operation without notice. It is sent only with the caller's consent, \
[`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with \
[`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.";

/// The request builder's rustdoc: what it is, and the experimental note when it applies.
pub(super) fn builder_doc(op: &Operation, api_struct: &str, method: &str) -> String {
    let mut doc = format!(
        "Request builder of [`{api_struct}::{method}`]: set optional parameters, then \
         `.send().await`."
    );
    if op.experimental.is_some() {
        doc.push_str("\n\n");
        doc.push_str(EXPERIMENTAL_NOTE);
    }
    doc
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A parameter's description (else a sentence naming it), its default and a short example.
pub(super) fn param_doc(p: &Parameter) -> String {
    let mut s = (p.description.clone())
        .filter(|d| !d.trim().is_empty())
        .unwrap_or_else(|| format!("The `{}` {} parameter.", p.name, p.location.as_str()));
    if let Some(d) = &p.default {
        s.push_str(&format!(
            "\n\nDefault: `{}`.",
            d.to_string().replace('`', "'")
        ));
    }
    if let Some(e) = &p.example {
        let text = e.to_string();
        if text.len() <= 200 && !text.contains('\n') {
            s.push_str(&format!("\n\nExample: `{}`.", text.replace('`', "'")));
        }
    }
    s
}

/// A JSON value for a required parameter in the docs examples: the spec's example, else its
/// default, else a placeholder of the right JSON kind.
pub(super) fn example_json(p: &Parameter) -> String {
    let v = (p.example.clone())
        .or_else(|| p.default.clone())
        .unwrap_or_else(|| match &p.ty {
            TypeRef::Primitive(
                Primitive::Integer
                | Primitive::Int32
                | Primitive::Int64
                | Primitive::Number
                | Primitive::Float
                | Primitive::Double,
            ) => serde_json::json!(1),
            TypeRef::Primitive(Primitive::Boolean) => serde_json::json!(true),
            _ => serde_json::json!(format!("<{}>", p.name)),
        });
    v.to_string()
}

/// The example of a plain string parameter as a Rust literal (JSON escapes other than `\u` are
/// Rust escapes too).
pub(super) fn string_literal(p: &Parameter) -> Option<String> {
    if p.ty != TypeRef::Primitive(Primitive::String) {
        return None;
    }
    let text = example_json(p);
    (text.starts_with('"') && !text.contains("\\u")).then_some(text)
}

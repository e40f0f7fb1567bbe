//! `src/webhooks.rs`: a `<Trigger>Input` alias for every event trigger's payload and a
//! `<Trigger>Output` alias for what a request-response trigger's subscriber answers.

use proc_macro2::TokenStream;
use quote::quote;

use super::rust_ident;
use crate::ir::{Api, MediaType, TypeRef};
use crate::naming::{unique_idents, variant_ident};
use crate::render::docs::{doc_lines, line_attrs};
use crate::render::rust::{rust_type, RustType, TypeCtx};

/// One alias of the `webhooks` module.
#[derive(Debug, Clone, PartialEq)]
pub struct WebhookAlias {
    /// `<Trigger>Input` or `<Trigger>Output`.
    pub name: String,
    pub rust_type: RustType,
    pub docs: Vec<String>,
    pub deprecated: bool,
    /// The payload ISC sends (not the subscriber's answer).
    pub is_payload: bool,
}

/// The schema of a JSON body: the first JSON media type with a schema, else the first schema.
fn body_schema(content: &[MediaType]) -> Option<&TypeRef> {
    content
        .iter()
        .filter(|m| m.content_type.contains("json"))
        .chain(content.iter())
        .find_map(|m| m.schema.as_ref())
}

/// The payload (request body) and, when the trigger expects one, the answer (first `2XX`
/// response with a body) of every webhook.
pub(super) fn webhook_aliases(api: &Api, ctx: &TypeCtx) -> Vec<WebhookAlias> {
    let bases = unique_idents(
        &api.webhooks
            .iter()
            .map(|w| variant_ident(&w.name))
            .collect::<Vec<_>>(),
        &[],
    );
    let mut out = Vec::new();
    for (w, base) in api.webhooks.iter().zip(bases) {
        let op = &w.operation;
        let payload = (op.request_body.as_ref()).and_then(|b| body_schema(&b.content));
        if let Some(schema) = payload {
            let mut text = format!("Payload of the `{}` event trigger", w.name);
            if let Some(summary) = op.summary.as_deref().filter(|s| !s.trim().is_empty()) {
                text.push_str(&format!(": {}", summary.trim()));
            }
            text.push('.');
            if let Some(d) = op.description.as_deref() {
                text.push_str("\n\n");
                text.push_str(d);
            }
            out.push(WebhookAlias {
                name: format!("{base}Input"),
                rust_type: rust_type(schema, ctx),
                docs: doc_lines(Some(&text)),
                deprecated: op.deprecated,
                is_payload: true,
            });
        }
        let answer = (op.responses.iter())
            .filter(|r| r.status.starts_with('2'))
            .find_map(|r| body_schema(&r.content).map(|s| (r, s)));
        if let Some((response, schema)) = answer {
            let mut text = format!(
                "What a subscriber answers to the `{}` event trigger (status {}).",
                w.name, response.status
            );
            if let Some(d) = response.description.as_deref() {
                text.push_str("\n\n");
                text.push_str(d);
            }
            out.push(WebhookAlias {
                name: format!("{base}Output"),
                rust_type: rust_type(schema, ctx),
                docs: doc_lines(Some(&text)),
                deprecated: op.deprecated,
                is_payload: false,
            });
        }
    }
    out
}

pub(super) fn emit_webhooks(aliases: &[WebhookAlias]) -> TokenStream {
    let items = aliases.iter().map(|a| {
        let doc = line_attrs(&a.docs);
        let deprecated = a.deprecated.then(|| quote!(#[deprecated]));
        let id = rust_ident(&a.name);
        let ty = a.rust_type.to_tokens();
        quote! {
            #doc
            #deprecated
            pub type #id = #ty;
        }
    });
    quote!(#(#items)*)
}

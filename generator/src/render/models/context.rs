//! What the models crate's templates (`templates/models/`) are rendered with.

use std::collections::BTreeMap;

use serde::Serialize;

use super::type_space::{EntryKind, TypeSpace};
use crate::config::{CrateMetadata, VersionConfig};
use crate::ir::Api;
use crate::render::docs::doc_markdown;
use crate::render::features::{UNREFERENCED_FEATURE, WEBHOOK_FEATURE};

#[derive(Serialize)]
pub(super) struct TemplateContext<'a> {
    crate_name: &'a str,
    /// The crate's name in Rust code (`-` -> `_`).
    lib_name: String,
    client_crate: &'a str,
    crate_version: &'a str,
    api: ApiInfo<'a>,
    meta: &'a CrateMetadata,
    /// TOML string literals (quoted and escaped), empty when the value is.
    toml: BTreeMap<&'static str, String>,
    /// The manifest's optional `[package]` lines ([`CrateMetadata::package_lines`]).
    package_metadata: Vec<String>,
    /// The API description as rustdoc-safe Markdown lines.
    description_lines: Vec<String>,
    type_count: usize,
    webhook_count: usize,
    /// A struct name for the README's example (`Value` when the API has none).
    sample_type: String,
    /// A webhook payload alias for the README's example (empty when the API has none).
    sample_webhook: String,
    /// Extra `[dependencies]` lines (type replacements' crates), usually none.
    dependencies: Vec<String>,
    /// Every cargo feature of the types (tags', then the extra ones), in `default`'s order.
    features: Vec<String>,
    webhook_feature: &'static str,
    unreferenced_feature: &'static str,
}

#[derive(Serialize)]
struct ApiInfo<'a> {
    name: &'a str,
    title: &'a str,
    version: &'a str,
}

pub(super) fn template_context<'a>(
    api: &'a Api,
    space: &TypeSpace,
    cfg: &'a VersionConfig,
    meta: &'a CrateMetadata,
) -> TemplateContext<'a> {
    let quote_toml = |s: &str| {
        if s.is_empty() {
            String::new()
        } else {
            toml::Value::String(s.to_string()).to_string()
        }
    };
    let description = format!(
        "Data types of the SailPoint Identity Security Cloud API {} (generated, serde)",
        api.name
    );
    let toml = BTreeMap::from([
        ("name", quote_toml(&cfg.models_crate)),
        ("version", quote_toml(&cfg.crate_version)),
        ("description", quote_toml(&description)),
    ]);
    let description_lines = api
        .description
        .as_deref()
        .map(doc_markdown)
        .unwrap_or_default()
        .lines()
        .map(str::to_string)
        .collect();
    TemplateContext {
        crate_name: &cfg.models_crate,
        lib_name: cfg.models_crate.replace('-', "_"),
        client_crate: &cfg.client_crate,
        crate_version: &cfg.crate_version,
        api: ApiInfo {
            name: &api.name,
            title: &api.title,
            version: &api.version,
        },
        meta,
        toml,
        package_metadata: meta.package_lines(&cfg.models_crate),
        description_lines,
        type_count: api.types.len(),
        webhook_count: api.webhooks.len(),
        sample_type: (space.entries.iter())
            .find(|e| matches!(e.kind, EntryKind::Struct(_)) && !e.deprecated)
            .map(|e| e.rust_name.clone())
            .unwrap_or_else(|| "serde_json::Value".into()),
        sample_webhook: (space.webhooks.iter())
            .find(|a| a.is_payload)
            .map(|a| a.name.clone())
            .unwrap_or_default(),
        dependencies: space.dependencies.clone(),
        features: space.features.all(),
        webhook_feature: WEBHOOK_FEATURE,
        unreferenced_feature: UNREFERENCED_FEATURE,
    }
}

//! Client crate renderer: one async method per operation, grouped in a module per tag.
//!
//! For a version, [`render_client`] writes `Cargo.toml`, `README.md` (also the crate docs),
//! `src/lib.rs` (the `Client` entry point with one accessor per tag), `src/apis/mod.rs`,
//! `src/apis/<tag>.rs` and `src/errors.rs` (the shared error enums), plus the examples under
//! `templates/client/examples/` whose templates render to something for this spec.
//!
//! Shape of the generated code, for an operation `listAccounts` tagged `Accounts`:
//!
//! ```text
//! client.accounts()                       // apis::accounts::AccountsApi (feature "accounts")
//!     .list_accounts()                    // required parameters and body are arguments
//!     .limit(50).filters("...")           // optional ones are builder methods
//!     .send().await?                      // typed success value, or ListAccountsError
//! ```
//!
//! `ListAccountsError` (beside the builder) has one variant per documented error status holding
//! the decoded model, plus `Unexpected` and `Other`; it comes from the runtime's
//! `operation_error!` and converts into `runtime::Error` without losing anything. Operations
//! whose error enums are alike share one in `src/errors.rs` (`lib_rs::errors_mod`), and their
//! `{Operation}Error` is an alias of it.
//!
//! Builders also have `send_with_response` (status and headers kept), `send_raw` (an unread
//! response, e.g. to stream a download), and, for `limit`/`offset` lists, `stream` (every item,
//! pages fetched lazily); a search body with `searchAfter` gets `search_after_stream`.
//!
//! A builder's own impl holds what differs between operations: the setters, `request` (the HTTP
//! request) and `decode` (the successful answer); an error status is decoded by the error enum.
//! The three `send*` methods are the same for every operation and come from the runtime's
//! `send_methods!`, so the generator neither writes nor formats them ~800 times a version.
//!
//! Decisions and emission are apart:
//!
//! - [`plan`]: the [`ClientPlan`], plain data built once per version from the IR (names,
//!   types, request steps, answers, paging, docs);
//! - emitters that read only the plan: `operation` (a method and its builder), `paging` (the
//!   stream methods), `lib_rs` (`src/lib.rs`, `src/apis/mod.rs`, a tag module), `context` (the
//!   `templates/client/` context);
//! - [`surface`]: [`CallSurface`], the plan as the conformance harness sees it;
//! - `workspace`: the workspace root and the runtime crate, from `templates/` alone.
//!
//! Every item is built with `quote!` and formatted with prettyplease; the crate-level files come
//! from `templates/client/` and `templates/workspace/`, the runtime crate from
//! `templates/runtime/`.

mod context;
mod lib_rs;
mod mock;
mod operation;
mod paging;
pub mod plan;
pub mod samples;
pub mod surface;
mod workspace;

use anyhow::{anyhow, bail, Context, Result};
use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};

pub use plan::{base_path, BodyKind, ClientPlan};
pub use surface::{call_surfaces, ArgSource, CallArg, CallSurface};
pub use workspace::render_workspace;

use super::docs::doc_markdown;
use super::{format_file, Files, Templates};
use crate::config::{CrateMetadata, VersionConfig};
use crate::ir::Api;
use crate::render::models::type_space::TypeSpace;
use crate::settings::ModelSettings;

/// Renders the client crate of one version with the default generation settings; paths are
/// relative to the crate directory.
pub fn render_client(
    api: &Api,
    cfg: &VersionConfig,
    runtime_crate: &str,
    meta: &CrateMetadata,
    templates: &Templates,
) -> Result<Files> {
    render_client_with(
        api,
        cfg,
        runtime_crate,
        meta,
        templates,
        &ModelSettings::default(),
    )
}

/// Renders the client crate of one version, its types spelled as the models crate's under
/// `settings`.
pub fn render_client_with(
    api: &Api,
    cfg: &VersionConfig,
    runtime_crate: &str,
    meta: &CrateMetadata,
    templates: &Templates,
    settings: &ModelSettings,
) -> Result<Files> {
    let space = TypeSpace::build(api, settings)?;
    render_client_from(api, &space, cfg, runtime_crate, meta, templates, settings)
}

/// [`render_client_with`] with the models' type space already built under the same `settings`
/// (the example programs build model values with its constructors and setters).
pub fn render_client_from(
    api: &Api,
    space: &TypeSpace,
    cfg: &VersionConfig,
    runtime_crate: &str,
    meta: &CrateMetadata,
    templates: &Templates,
    settings: &ModelSettings,
) -> Result<Files> {
    let plan = ClientPlan::with_settings(api, cfg, runtime_crate, settings)?;
    let mut files = render_tag_modules(&plan)?;
    files.insert(
        "src/apis/mod.rs".into(),
        format_file(lib_rs::apis_mod(&plan)).context("formatting src/apis/mod.rs")?,
    );
    if !plan.shared_errors.is_empty() {
        let path = format!("src/{}.rs", plan::SHARED_ERRORS_MODULE);
        let tokens = lib_rs::errors_mod(&plan)?;
        let text = format_file(tokens).with_context(|| format!("formatting {path}"))?;
        files.insert(path, text);
    }
    files.insert(
        "src/lib.rs".into(),
        format_file(lib_rs::lib(&plan)).context("formatting src/lib.rs")?,
    );
    context::render_templates(&plan, space, meta, templates, &mut files)?;
    for required in ["Cargo.toml", "README.md"] {
        if !files.contains_key(required) {
            bail!("templates/client/{required}.jinja is missing");
        }
    }
    Ok(files)
}

/// Renders `src/apis/<tag>.rs` and `src/mock/<tag>.rs` for every tag group, on every core (they
/// are most of the crate: building and formatting their token trees); every worker reads the one
/// plan. The error returned is that of the first failing file in plan order.
fn render_tag_modules(plan: &ClientPlan) -> Result<Files> {
    use rayon::prelude::*;
    type Emitter = fn(&plan::GroupPlan) -> Result<TokenStream>;
    let emitters: [(&str, Emitter); 2] = [("apis", lib_rs::tag_module), ("mock", mock::tag_module)];
    let jobs: Vec<_> = (plan.groups.iter())
        .flat_map(|g| emitters.iter().map(move |e| (g, *e)))
        .collect();
    let done: Vec<Result<(String, String)>> = (jobs.par_iter())
        .map(|(group, (dir, emit))| {
            let what = || format!("src/{dir}/{}.rs of tag {:?}", group.module, group.tag);
            let tokens = emit(group).with_context(what)?;
            let text = format_file(tokens).with_context(|| format!("formatting {}", what()))?;
            Ok((format!("src/{dir}/{}.rs", group.module), text))
        })
        .collect();
    done.into_iter().collect()
}

// ---------------------------------------------------------------------------------------------
// From plan text to tokens
// ---------------------------------------------------------------------------------------------

/// An identifier from its Rust source (`r#type` is a raw identifier).
fn rust_ident(source: &str) -> Ident {
    match source.strip_prefix("r#") {
        Some(raw) => Ident::new_raw(raw, Span::call_site()),
        None => format_ident!("{}", source),
    }
}

/// A Rust type from its source text in the plan.
fn rust_type(source: &str) -> Result<TokenStream> {
    source
        .parse()
        .map_err(|e| anyhow!("{source:?} is not Rust source: {e}"))
}

/// `#[doc = "..."]` lines for a spec text, escaped for rustdoc.
fn doc_attrs(text: &str) -> TokenStream {
    doc_attrs_raw(&doc_markdown(text))
}

fn inner_doc_attrs(text: &str) -> TokenStream {
    let lines = doc_markdown(text);
    let lines = lines.lines().map(|l| format!(" {l}"));
    quote!(#(#![doc = #lines])*)
}

/// `#[doc]` lines for text that is already rustdoc-safe.
fn doc_attrs_raw(text: &str) -> TokenStream {
    let lines = text.lines().map(|l| {
        if l.is_empty() {
            String::new()
        } else {
            format!(" {l}")
        }
    });
    quote!(#(#[doc = #lines])*)
}

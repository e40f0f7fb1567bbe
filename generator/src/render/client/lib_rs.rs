//! The crate's skeleton: `src/lib.rs` (the `Client`), `src/apis/mod.rs` and each tag module.

use anyhow::{Context, Result};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::plan::{ClientPlan, GroupPlan, SHARED_ERRORS_MODULE};
use super::{doc_attrs, inner_doc_attrs, operation, rust_ident};

/// `src/lib.rs`: the `Client` with one accessor per tag.
pub(super) fn lib(plan: &ClientPlan) -> TokenStream {
    let decode_body = decode_body(plan);
    let models = rust_ident(&plan.models_ident);
    let runtime_crate = rust_ident(&plan.runtime_ident);
    let base_path = &plan.base_path;
    let accessors = plan.groups.iter().map(|g| {
        let feature = &g.feature;
        let module = rust_ident(&g.module_ident);
        let accessor = rust_ident(&g.accessor_ident);
        let api_struct = rust_ident(&g.api_struct);
        let doc = doc_attrs(&format!(
            "Operations tagged `{}` ({} operation{}).",
            g.tag.replace('`', "'"),
            g.operations.len(),
            if g.operations.len() == 1 { "" } else { "s" }
        ));
        quote! {
            #doc
            #[cfg(feature = #feature)]
            pub fn #accessor(&self) -> apis::#module::#api_struct {
                apis::#module::#api_struct::new(self.clone())
            }
        }
    });
    let errors_mod = (!plan.shared_errors.is_empty()).then(|| {
        let module = format_ident!("{SHARED_ERRORS_MODULE}");
        quote! {
            /// The error enums that several operations share: each operation's error type
            /// (`{Operation}Error`, beside its builder) is an alias of one of these.
            pub mod #module;
        }
    });
    let title_doc = doc_attrs(&format!(
        "The API client: one accessor per tag. Requests go to `{{base URL}}{}`.",
        plan.base_path
    ));
    quote! {
        #![doc = include_str!("../README.md")]
        #![forbid(unsafe_code)]
        // On docs.rs (`--cfg docsrs`, see Cargo.toml), rustdoc marks each feature-gated item
        // with the features it needs.
        #![cfg_attr(docsrs, feature(doc_cfg))]
        // Operations and models the spec deprecates stay usable from the generated code itself.
        #![allow(deprecated)]
        #![allow(
            clippy::too_many_arguments,
            clippy::large_enum_variant,
            clippy::unit_arg,
            clippy::let_unit_value,
            // Spec descriptions continue list items without indenting them; rustdoc renders
            // them fine.
            clippy::doc_lazy_continuation
        )]

        pub use #models as models;
        pub use #runtime_crate as runtime;

        pub mod apis;

        #errors_mod

        /// Typed test doubles: one expectation per operation for the runtime's loopback
        /// mock server (feature `mock`).
        #[cfg(feature = "mock")]
        pub mod mock;

        /// Path of this API version below the tenant's API base URL.
        pub const BASE_PATH: &str = #base_path;

        /// `User-Agent` product token of this crate.
        pub const PRODUCT: &str = concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION"));

        #decode_body

        #title_doc
        ///
        /// Cloning is cheap; clones share the runtime client (connections and token).
        #[derive(Debug, Clone)]
        pub struct Client {
            runtime: runtime::Client,
        }

        impl Client {
            /// A client sending through `runtime`, which may also serve other API versions.
            pub fn new(runtime: runtime::Client) -> Self {
                Client { runtime }
            }

            /// A client configured from `SAIL_BASE_URL`, `SAIL_CLIENT_ID` and
            /// `SAIL_CLIENT_SECRET`, or `./config.json` (see
            /// [`runtime::Configuration::from_env`]).
            pub fn from_env() -> runtime::Result<Self> {
                Ok(Client::new(runtime::Client::from_env()?))
            }

            /// A client for an explicit configuration.
            pub fn from_configuration(config: runtime::Configuration) -> runtime::Result<Self> {
                Ok(Client::new(runtime::Client::new(config)?))
            }

            /// The runtime client (configuration, token).
            pub fn runtime(&self) -> &runtime::Client {
                &self.runtime
            }

            #(#accessors)*
        }
    }
}

/// The decoder of JSON success bodies the operations hand the runtime
/// (`runtime::Response::json_with`): the models crate's decoding, strict or tolerant as the
/// configuration says, its deviations as the runtime's. Nothing when no success is JSON.
fn decode_body(plan: &ClientPlan) -> TokenStream {
    let json = (plan.groups.iter())
        .flat_map(|g| &g.operations)
        .any(|o| o.success.has_json());
    if !json {
        return TokenStream::new();
    }
    quote! {
        /// Decodes a JSON answer with `models::decode::decode`: strictly with
        /// `runtime::Configuration::strict_decoding`, else keeping the members whose values do
        /// not fit (listed in `runtime::ApiResponse::deviations`).
        // Unused when no enabled tag has a JSON answer.
        #[allow(dead_code)]
        fn decode_body<T: runtime::serde::de::DeserializeOwned>(
            body: &[u8],
            strict: bool,
        ) -> Result<(T, Vec<runtime::Deviation>), runtime::serde_json::Error> {
            let decoding = if strict {
                models::decode::Decoding::Strict
            } else {
                models::decode::Decoding::Tolerant
            };
            let (value, deviations) = models::decode::decode(body, decoding)?;
            let deviations = deviations
                .into_iter()
                .map(|d| runtime::Deviation {
                    path: d.path,
                    expected: d.expected,
                    found: d.found,
                })
                .collect();
            Ok((value, deviations))
        }
    }
}

/// `src/errors.rs`: the shared error enums, each compiled when a tag module that uses it is.
pub(super) fn errors_mod(plan: &ClientPlan) -> Result<TokenStream> {
    let mut items = Vec::new();
    for e in &plan.shared_errors {
        let statuses: Vec<String> = (e.variants.iter())
            .map(|v| format!("`{}`", v.status))
            .collect();
        let variants = match statuses.is_empty() {
            true => "no error status: ".to_string(),
            false => format!(
                "the error statuses {} with the same models: one variant per status, {}; ",
                statuses.join(", "),
                operation::HOLDS_MODEL
            ),
        };
        let doc = format!(
            "The errors of the {} operations that document {variants}{}. Converts into \
             `runtime::Error` without losing anything. Each of those operations names it with an \
             alias (`{{Operation}}Error`, beside its builder) that says what the statuses mean \
             for it.",
            e.operations,
            operation::runtime_variants_doc()
        );
        let name = rust_ident(&e.name);
        let items_of = operation::error_enum_items(&name, &doc, &e.variants, e.gate.cfg())
            .with_context(|| format!("shared error enum {}", e.name))?;
        items.push(items_of);
    }
    Ok(quote! {
        //! The error enums that several operations share.
        // Named after their statuses (`Error4xx_500`).
        #![allow(non_camel_case_types)]
        #[allow(unused_imports)]
        use crate::{models, runtime};

        #(#items)*
    })
}

/// `src/apis/mod.rs`: one module per tag.
pub(super) fn apis_mod(plan: &ClientPlan) -> TokenStream {
    let mods = plan.groups.iter().map(|g| {
        let feature = &g.feature;
        let module = rust_ident(&g.module_ident);
        let doc = doc_attrs(&format!("Operations tagged `{}`.", g.tag.replace('`', "'")));
        quote! {
            #doc
            #[cfg(feature = #feature)]
            pub mod #module;
        }
    });
    quote! {
        //! One module per tag, each behind the cargo feature of the same name.
        #(#mods)*
    }
}

// ---------------------------------------------------------------------------------------------
// One tag module
// ---------------------------------------------------------------------------------------------

/// `src/apis/<tag>.rs`: the tag's API struct, its methods and their builders.
pub(super) fn tag_module(g: &GroupPlan) -> Result<TokenStream> {
    let api_struct = rust_ident(&g.api_struct);
    let mut module_doc = format!("Operations tagged `{}`.", g.tag.replace('`', "'"));
    if let Some(d) = g.description.as_deref().filter(|d| !d.trim().is_empty()) {
        module_doc.push_str("\n\n");
        module_doc.push_str(d);
    }
    let module_doc = inner_doc_attrs(&module_doc);
    let struct_doc = doc_attrs(&format!(
        "Operations tagged `{}`; get it with the client's accessor.",
        g.tag.replace('`', "'")
    ));

    let mut methods = Vec::new();
    let mut items = Vec::new();
    for o in &g.operations {
        let (method, item) =
            operation::operation(o).with_context(|| format!("operation {}", o.id))?;
        methods.push(method);
        items.push(item);
    }
    Ok(quote! {
        #module_doc

        #[allow(unused_imports)]
        use crate::{models, runtime};

        #struct_doc
        #[derive(Debug, Clone)]
        pub struct #api_struct {
            client: crate::Client,
        }

        impl #api_struct {
            pub(crate) fn new(client: crate::Client) -> Self {
                #api_struct { client }
            }

            #(#methods)*
        }

        #(#items)*
    })
}

//! The models crate of one API version: one Rust item per IR type, with serde.
//!
//! [`render_models`] returns the crate's files (paths relative to the crate directory):
//! `Cargo.toml`, `README.md`, `src/lib.rs`, `src/primitives.rs` and `src/serde_helpers.rs` from
//! `templates/models/`, then `src/models.rs` (the module list), one `src/models/<type>.rs` per
//! type, holding with it the inline types only it uses (see `files`; so a spec change
//! touches few files), and `src/webhooks.rs`. Every type is re-exported at the crate root: the
//! client names it `<models_crate>::TypeName`.
//!
//! # Modules
//!
//! The [`type_space`] is built first, once per version: one plain-data entry per type with
//! every decision (names, derives, members, serde attributes, fit, union try-order, file). The
//! emitters read only it: `structs`, `enums`, `unions`, `webhooks`; `context` feeds the
//! templates. Whole-API analysis is in `analysis`, member and variant planning in `plan`, file
//! grouping in `files`. [`render_models_with`] takes [`ModelSettings`] (extra derives and
//! attributes, type replacements; see [`crate::settings`]).
//!
//! # Primitive types, and why
//!
//! Values read from the API must go back out unchanged, so every example in the spec has to
//! round-trip through these types to the same JSON:
//!
//! - **`date-time` and `date` keep their wire text** (`primitives::DateTime`, `primitives::Date`:
//!   newtypes over `String`, `#[serde(transparent)]`). The specs' date-times are not uniform:
//!   `Z` or an offset (`2020-03-24T11:11:41.139-05:00`), none to nine fractional digits
//!   (`.000000Z`, `.3801666300Z`), and documented values that are not RFC 3339 at all
//!   (`2020-09-07T42:14:00.364Z`, `2024-03-22 16:32:16.308857`, `2009-11-10 23:00:00 +0000 UTC`).
//!   A strict `chrono`/`time` type would reject whole responses over one odd value, and it
//!   re-serializes in its own canonical form (`+00:00` for `Z`, `.100` for `.1`), so it cannot
//!   reproduce the text byte for byte. The newtypes can; the optional `chrono` feature of the
//!   generated crate adds `to_chrono()` parsing and `From<chrono::DateTime<Tz>>`.
//! - **`uuid` is `String`**: many ids the specs mark `format: uuid` are ISC's 32-hex-digit ids
//!   (`2c9180835d2e5168015d32f890ca1581`) or not valid UUIDs, and the `uuid` crate would re-format
//!   them (hyphens, case). **`byte`** (base64) is `String` too: decoding and re-encoding could
//!   change padding or line breaks.
//! - **Numbers are `f64`** (`number` with any format: `float`, `double`, `decimal`, none): an `f32`
//!   would print `0.92` back as `0.9200000166893005`. An `f64` prints every decimal the specs use
//!   back as written; a JSON integer in a number field (`example: 1`) comes back as `1.0`, which is
//!   the same JSON number. `int32` is `i32`; `int64` and integers without a format are `i64`.
//! - **`binary` is `Vec<u8>`** (file uploads and downloads; the client encodes them as bytes).
//! - **Maps are `indexmap::IndexMap<String, T>`** and free-form JSON is `serde_json::Value` with
//!   `preserve_order`, so objects keep the order of their keys; `BTreeMap` would sort them.
//! - **A list declared as `type: object` with `items`** (IR `OneOrMany`) is
//!   `primitives::OneOrMany<T>`: the documentation renders such a schema as an array of the
//!   items, but the spec allows reading it as one object, so both decode. A `Vec<T>` would fail
//!   on the single object; an untagged enum would make every reader match two shapes. The type
//!   dereferences to its `Vec<T>` and remembers the shape it was read from, so a single object
//!   is written back as one (round-trip unchanged) while a value built in code is the
//!   documented array. Its own `Deserialize` does the choosing, so an operation whose success
//!   body has this type needs nothing from the client: `resp.json()` decodes it like any model.
//!
//! # Mapping rules
//!
//! - Struct: fields in spec order with `#[serde(rename)]` where the Rust name differs; required
//!   `T`; optional `Option<T>` + `skip_serializing_if`; required and nullable `Option<T>` (written
//!   as `null`); optional and nullable `Option<Option<T>>` with
//!   `serde_helpers::deserialize_some`, so absent and `null` stay apart. A required *read-only*
//!   field is required in responses only (OpenAPI 3.0: a request leaves it out), so it is mapped
//!   like an optional one: `Option<T>`, `Option<Option<T>>` when nullable, `Option<Value>` when
//!   free-form; never a constructor argument. (A type that holds `null` itself, a nullable enum
//!   `Option<E>` or free-form JSON, gets no extra `Option` for nullability.) The rule lives in
//!   `ir::Field::option_depth`, which the change report reads too.
//! - Undeclared members: JSON Schema allows them and the API sends them, so a value read and
//!   written back must keep them. Every struct without typed `additional_properties` has a
//!   catch-all `additional_properties: primitives::CatchAll<Value>` (a map; named by
//!   `rust::struct_field_idents`, so it never collides with a field); typed
//!   `additional_properties` is that map with its own value type. `Struct.flatten` parts are
//!   `#[serde(flatten)]` fields too, and serde shows every flattened field all undeclared
//!   members, so a part whose member names are known is deserialized from those members only
//!   (`serde_helpers::deserialize_part`, which takes them): each member lands in exactly one
//!   place and is written once. A part that takes members of any name (a map, typed additional
//!   properties) keeps the undeclared ones itself, and then the struct has no catch-all.
//!   `new(required fields and flattened parts)` builds one (the map empty); `Default` is derived
//!   only when every field can be empty (`Option`, a list or a map).
//! - Serde of a struct: one without flattened parts reads and writes its members with the
//!   models template's `serde_helpers::serde_struct!` (`StructSerde::Members`, decided in
//!   `plan::plan_serde`; each field's `ReadKind` in `plan::plan_field`): a map visitor that
//!   matches each wire name to its field and reads it by kind (`required`, `optional`,
//!   `nullable`: the absent/`null` rules above), undeclared members into its catch-all map;
//!   writing skips what is absent and appends the catch-all. Its members carry no serde
//!   attributes. Serde's derive with a flattened member writes a visitor
//!   for every shape a member name might have, which made it most of what the compiler had to
//!   check in a models crate. A struct with flattened parts keeps serde's derives.
//! - Enum: one variant per value plus `Unknown(String)` / `Unknown(i64)` that carries any other
//!   value back unchanged. The value table is written out (`as_str()` / `value()` and
//!   `From<&str>` / `From<i64>`); the rest is the same for every enum and comes from the
//!   `serde_helpers::string_enum!` / `integer_enum!` macros of the models template:
//!   `is_unknown()`, `Display`, `From<String>` / `FromStr`, serde as the wire value, `SchemaFit`.
//!   (Written out, that part would be re-parsed and formatted for every enum.) A nullable enum
//!   is `Option<E>` wherever it is referenced.
//! - Fit: every type implements `serde_helpers::SchemaFit`, which measures how loosely a
//!   deserialized value follows its schema (`serde_helpers::Fit`: required-but-nullable members
//!   absent, enum values in `Unknown`, undeclared members in a catch-all or held by a map or
//!   free-form JSON), nested values included.
//! - Union: an enum with one variant per member (spec order) and hand-written serde impls. With a
//!   discriminator the tag picks the variant (also when several tags map to one type, or a
//!   member is not a struct); otherwise, and for an unknown tag, best fit: members are tried most
//!   specific first (see `analysis::try_order`), the first exact fit wins at once, else the best fit, the
//!   first tried among equals. With catch-all maps every struct takes any object that has its
//!   required fields, and an enum takes any string, so acceptance alone cannot choose.
//! - Alias: `pub type`; an alias on a cycle of aliases (which Rust rejects) is a newtype struct.
//! - Recursion: a by-value reference that closes a cycle is boxed (see `rust::TypeCtx`).
//! - Deprecated: `#[deprecated]`; the crate itself allows the lint.
//! - Webhooks: `src/webhooks.rs` has `<Trigger>Input` / `<Trigger>Output` aliases.

mod analysis;
mod context;
mod enums;
mod files;
mod plan;
mod structs;
pub mod type_space;
mod unions;
mod webhooks;

pub use files::ModelFile;
pub use webhooks::WebhookAlias;

use anyhow::{bail, Context, Result};
use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;
use rayon::prelude::*;

use self::type_space::{EntryKind, TypeEntry, TypeSpace};
use super::docs::line_attrs;
use super::{format_file, Files, Templates};
use crate::config::{CrateMetadata, VersionConfig};
use crate::ir::Api;
use crate::settings::ModelSettings;

/// Renders the models crate of one API version (paths relative to the crate directory), with
/// no generation settings.
pub fn render_models(
    api: &Api,
    cfg: &VersionConfig,
    meta: &CrateMetadata,
    templates: &Templates,
) -> Result<Files> {
    render_models_with(api, cfg, meta, templates, &ModelSettings::default())
}

/// [`render_models`] with generation settings. Renames are not applied here: the caller
/// renames the IR ([`ModelSettings::rename_types`]) so that the client agrees.
pub fn render_models_with(
    api: &Api,
    cfg: &VersionConfig,
    meta: &CrateMetadata,
    templates: &Templates,
    settings: &ModelSettings,
) -> Result<Files> {
    render_models_from(api, &TypeSpace::build(api, settings)?, cfg, meta, templates)
}

/// [`render_models_with`] from a type space already built (the pipeline builds it once per
/// version and gives it to the client's example rendering too).
pub fn render_models_from(
    api: &Api,
    space: &TypeSpace,
    cfg: &VersionConfig,
    meta: &CrateMetadata,
    templates: &Templates,
) -> Result<Files> {
    let mut files = Files::new();
    let context = context::template_context(api, space, cfg, meta);
    templates
        .render_group("models", "", &context, &mut files)
        .context("rendering templates/models")?;
    if !space.dependencies.is_empty() {
        check_manifest(&files)?;
    }

    let rendered: Vec<(String, String)> = (space.files.par_iter())
        .map(|file| {
            let mut tokens = TokenStream::new();
            for entry in file.types.iter().filter_map(|&i| space.entries.get(i)) {
                tokens.extend(emit_type(entry));
            }
            let text = format_file(tokens).with_context(|| format!("formatting {}", file.path))?;
            Ok((file.path.clone(), text))
        })
        .collect::<Result<_>>()?;

    let index = format_file(models_index(space)).context("formatting src/models.rs")?;
    let webhooks = format_file(webhooks::emit_webhooks(&space.webhooks))
        .context("formatting src/webhooks.rs")?;

    for (path, text) in rendered.into_iter().chain([
        ("src/models.rs".to_string(), index),
        ("src/webhooks.rs".to_string(), webhooks),
    ]) {
        if files.insert(path.clone(), text).is_some() {
            bail!("generated file {path} is also a template file in templates/models");
        }
    }
    Ok(files)
}

/// `src/models.rs`: per file its module and the re-export of its types, behind the features
/// that compile them (none for a file every tag reaches).
fn models_index(space: &TypeSpace) -> TokenStream {
    let items = space.files.iter().map(|file| {
        let module = rust_ident(&file.module);
        let names: Vec<Ident> = (file.types.iter())
            .filter_map(|&i| space.entries.get(i))
            .map(|e| rust_ident(&e.rust_name))
            .collect();
        let cfg = space.file_gate(file).cfg();
        let names = match names.as_slice() {
            [one] => quote!(#one),
            several => quote!({ #(#several),* }),
        };
        quote! {
            #cfg
            mod #module;
            #cfg
            pub use self::#module::#names;
        }
    });
    quote!(#(#items)*)
}

/// The rendered Cargo.toml still parses with the settings' dependencies in it (a dependency
/// the template already declares would be a duplicate key).
fn check_manifest(files: &Files) -> Result<()> {
    let Some(manifest) = files.get("Cargo.toml") else {
        return Ok(());
    };
    toml::from_str::<toml::Table>(manifest).map(drop).context(
        "the models crate's Cargo.toml does not parse with the type replacements' \
         dependencies (is one of them already a dependency of templates/models/Cargo.toml.jinja?)",
    )
}

/// One item (and its impls) from its type space entry.
fn emit_type(entry: &TypeEntry) -> TokenStream {
    match &entry.kind {
        EntryKind::Struct(s) => structs::emit_struct(entry, s),
        EntryKind::StringEnum(values) => enums::emit_string_enum(entry, values),
        EntryKind::IntegerEnum(values) => enums::emit_integer_enum(entry, values),
        EntryKind::Union(u) => unions::emit_union(entry, u),
        EntryKind::Newtype { inner, may_stray } => {
            let ident = rust_ident(&entry.rust_name);
            let head = item_head(entry);
            let inner = inner.to_tokens();
            let fit = if *may_stray {
                vec![quote!(crate::serde_helpers::SchemaFit::add_fit(&self.0, fit);)]
            } else {
                Vec::new()
            };
            let fit_impl = fit_impl(&ident, fit);
            quote! {
                #head
                #[serde(transparent)]
                pub struct #ident(pub #inner);

                #fit_impl
            }
        }
        EntryKind::Alias(target) => {
            let ident = rust_ident(&entry.rust_name);
            let head = item_head(entry);
            let target = target.to_tokens();
            quote! {
                #head
                pub type #ident = #target;
            }
        }
    }
}

/// An identifier from its text in the type space (`r#type` is a raw identifier).
fn rust_ident(text: &str) -> Ident {
    match text.strip_prefix("r#") {
        Some(raw) => Ident::new_raw(raw, Span::call_site()),
        None => Ident::new(text, Span::call_site()),
    }
}

/// Docs, `#[deprecated]`, `#[derive(..)]` and the settings' attributes of an item.
fn item_head(entry: &TypeEntry) -> TokenStream {
    let docs = line_attrs(&entry.docs);
    let deprecated = entry.deprecated.then(|| quote!(#[deprecated]));
    let derive = (!entry.derives.is_empty()).then(|| {
        let paths = entry
            .derives
            .iter()
            .map(|d| d.parse::<TokenStream>().unwrap_or_default());
        quote!(#[derive(#(#paths),*)])
    });
    let attributes =
        (entry.attributes.iter()).map(|a| a.parse::<TokenStream>().unwrap_or_default());
    quote!(#docs #deprecated #derive #(#attributes)*)
}

/// `impl SchemaFit` from the statements that measure each member (`fit` is the accumulator).
fn fit_impl(ident: &Ident, body: Vec<TokenStream>) -> TokenStream {
    let fit = if body.is_empty() {
        quote!(_fit)
    } else {
        quote!(fit)
    };
    quote! {
        impl crate::serde_helpers::SchemaFit for #ident {
            fn add_fit(&self, #fit: &mut crate::serde_helpers::Fit) {
                #(#body)*
            }
        }
    }
}

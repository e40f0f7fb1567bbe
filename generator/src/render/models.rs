//! The models crate of one API version: one Rust item per IR type, with serde.
//!
//! [`render_models`] returns the crate's files (paths relative to the crate directory):
//! `Cargo.toml`, `README.md`, `src/lib.rs`, `src/primitives.rs` and `src/serde_helpers.rs` from
//! `templates/models/`, then `src/models.rs` (the module list), one `src/models/<type>.rs` per
//! type, holding with it the inline types only it uses (see `file_groups`; so a spec change
//! touches few files), and `src/webhooks.rs`. Every type is re-exported at the crate root: the
//! client names it `<models_crate>::TypeName`.
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
//!   catch-all `#[serde(flatten)] additional_properties: IndexMap<String, Value>` (named by
//!   `rust::struct_field_idents`, so it never collides with a field); typed
//!   `additional_properties` is that map with its own value type. `Struct.flatten` parts are
//!   `#[serde(flatten)]` fields too, and serde shows every flattened field all undeclared
//!   members, so a part whose member names are known is deserialized from those members only
//!   (`serde_helpers::deserialize_part`, which takes them): each member lands in exactly one
//!   place and is written once. A part that takes members of any name (a map, typed additional
//!   properties) keeps the undeclared ones itself, and then the struct has no catch-all.
//!   `new(required fields and flattened parts)` builds one (the map empty); `Default` is derived
//!   only when every field can be empty (`Option`, a list or a map).
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
//!   specific first (see `try_order`), the first exact fit wins at once, else the best fit, the
//!   first tried among equals. With catch-all maps every struct takes any object that has its
//!   required fields, and an enum takes any string, so acceptance alone cannot choose.
//! - Alias: `pub type`; an alias on a cycle of aliases (which Rust rejects) is a newtype struct.
//! - Recursion: a by-value reference that closes a cycle is boxed (see `rust::TypeCtx`).
//! - Deprecated: `#[deprecated]`; the crate itself allows the lint.
//! - Webhooks: `src/webhooks.rs` has `<Trigger>Input` / `<Trigger>Output` aliases.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use anyhow::{bail, Context, Result};
use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;
use rayon::prelude::*;
use serde::Serialize;

use super::docs::{doc_attrs, doc_markdown};
use super::rust::{struct_field_idents, type_tokens, TypeCtx};
use super::{format_file, Files, Templates};
use crate::config::{CrateMetadata, VersionConfig};
use crate::ir::{
    Api, Enum, EnumRepr, Field, MediaType, NameSource, Primitive, Response, Struct, TypeDef,
    TypeKind, TypeRef, Union, Webhook,
};
use crate::naming::{module_ident, type_ident, unique_idents, unraw, variant_ident};

/// Renders the models crate of one API version (paths relative to the crate directory).
pub fn render_models(
    api: &Api,
    cfg: &VersionConfig,
    meta: &CrateMetadata,
    templates: &Templates,
) -> Result<Files> {
    validate(api)?;
    let ctx = TypeCtx::new(api, "crate")?;
    let mut files = Files::new();
    templates
        .render_group("models", "", &template_context(api, cfg, meta), &mut files)
        .context("rendering templates/models")?;

    let groups = file_groups(api);
    let modules = unique_idents(
        &groups
            .iter()
            .map(|g| module_ident(&api.types[g[0]].name))
            .collect::<Vec<_>>(),
        &[],
    );
    // `Ident` is not `Sync`: hand the module names to the threads as text.
    let module_files: Vec<String> = modules.iter().map(unraw).collect();
    let defaults = default_derivable(&ctx);
    let rendered: Vec<(String, String)> = groups
        .par_iter()
        .zip(module_files.par_iter())
        .map(|(group, m)| {
            let mut tokens = TokenStream::new();
            for t in group.iter().map(|&i| &api.types[i]) {
                tokens.extend(
                    render_type(t, &ctx, &defaults)
                        .with_context(|| format!("type {} ({})", t.name, t.origin.pointer))?,
                );
            }
            let name = &api.types[group[0]].name;
            let text = format_file(tokens).with_context(|| format!("formatting type {name}"))?;
            Ok((format!("src/models/{m}.rs"), text))
        })
        .collect::<Result<_>>()?;

    let index = {
        let items = groups.iter().zip(&modules).map(|(group, m)| {
            let ids = group.iter().map(|&i| type_ident(&api.types[i].name));
            quote! {
                mod #m;
                #(pub use self::#m::#ids;)*
            }
        });
        format_file(quote!(#(#items)*)).context("formatting src/models.rs")?
    };
    let webhooks =
        format_file(render_webhooks(api, &ctx)?).context("formatting src/webhooks.rs")?;

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

// ---------------------------------------------------------------------------------------------
// Templates
// ---------------------------------------------------------------------------------------------

#[derive(Serialize)]
struct TemplateContext<'a> {
    crate_name: &'a str,
    /// The crate's name in Rust code (`-` -> `_`).
    lib_name: String,
    client_crate: &'a str,
    crate_version: &'a str,
    api: ApiInfo<'a>,
    meta: &'a CrateMetadata,
    /// TOML string literals (quoted and escaped), empty when the value is.
    toml: BTreeMap<&'static str, String>,
    /// The API description as rustdoc-safe Markdown lines.
    description_lines: Vec<String>,
    type_count: usize,
    webhook_count: usize,
    /// A struct name for the README's example (`Value` when the API has none).
    sample_type: String,
    /// A webhook payload alias for the README's example (empty when the API has none).
    sample_webhook: String,
}

#[derive(Serialize)]
struct ApiInfo<'a> {
    name: &'a str,
    title: &'a str,
    version: &'a str,
}

fn template_context<'a>(
    api: &'a Api,
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
        ("license", quote_toml(&meta.license)),
        ("repository", quote_toml(&meta.repository)),
        ("rust_version", quote_toml(&meta.rust_version)),
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
        description_lines,
        type_count: api.types.len(),
        webhook_count: api.webhooks.len(),
        sample_type: api
            .types
            .iter()
            .find(|t| matches!(t.kind, TypeKind::Struct(_)) && !t.deprecated)
            .map(|t| type_ident(&t.name).to_string())
            .unwrap_or_else(|| "serde_json::Value".into()),
        sample_webhook: webhook_aliases(api)
            .into_iter()
            .find(|a| a.answer.is_none())
            .map(|a| a.name)
            .unwrap_or_default(),
    }
}

// ---------------------------------------------------------------------------------------------
// Validation and whole-API analysis
// ---------------------------------------------------------------------------------------------

/// The IR contract the renderer relies on: names resolve, and map to distinct identifiers.
fn validate(api: &Api) -> Result<()> {
    let names: HashSet<&str> = api.types.iter().map(|t| t.name.as_str()).collect();
    let mut idents: HashMap<String, &str> = HashMap::new();
    for t in &api.types {
        let id = type_ident(&t.name).to_string();
        if let Some(other) = idents.insert(id.clone(), &t.name) {
            bail!(
                "types {other:?} and {:?} both map to the Rust name {id}; type names must be \
                 unique, valid identifiers",
                t.name
            );
        }
    }
    let check = |owner: &str, ty: &TypeRef| -> Result<()> {
        let mut refs = Vec::new();
        super::rust::all_refs(ty, &mut refs);
        match refs.into_iter().find(|r| !names.contains(r)) {
            Some(missing) => {
                bail!("{owner} references type {missing:?}, which the API does not define")
            }
            None => Ok(()),
        }
    };
    for t in &api.types {
        let owner = format!("type {}", t.name);
        for ty in super::rust::member_types(&t.kind) {
            check(&owner, ty)?;
        }
    }
    for w in &api.webhooks {
        let owner = format!("webhook {}", w.name);
        if let Some(body) = &w.operation.request_body {
            for m in &body.content {
                if let Some(s) = &m.schema {
                    check(&owner, s)?;
                }
            }
        }
        for r in &w.operation.responses {
            for m in &r.content {
                if let Some(s) = &m.schema {
                    check(&owner, s)?;
                }
            }
        }
    }
    Ok(())
}

/// The files of `src/models/`: indices into `api.types`, the type that names the file first, then
/// the types rendered into it in name order.
///
/// A type named after its position inside another schema ([`NameSource::Inline`]) that exactly
/// one other type uses (in a field, a flattened part, typed additional properties, a union
/// member or an alias target) is rendered into that type's file, and so on up the chain; every
/// other type has a file of its own. So a spec change to a type and its inline parts touches one
/// file, and the crate has a file per schema a user would name rather than per nested object or
/// enum. Types on a cycle of such uses (which nothing else uses) keep their own files. Where a
/// type is declared does not change its path: every type is re-exported at the crate root.
fn file_groups(api: &Api) -> Vec<Vec<usize>> {
    let index: HashMap<&str, usize> = api
        .types
        .iter()
        .enumerate()
        .map(|(i, t)| (t.name.as_str(), i))
        .collect();
    // The other types that use each type.
    let mut users: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); api.types.len()];
    for (j, t) in api.types.iter().enumerate() {
        let mut refs = Vec::new();
        for ty in super::rust::member_types(&t.kind) {
            super::rust::all_refs(ty, &mut refs);
        }
        match &t.kind {
            TypeKind::Struct(s) => refs.extend(s.all_of.iter().map(String::as_str)),
            TypeKind::Union(u) => {
                if let Some(d) = &u.discriminator {
                    refs.extend(d.mapping.iter().map(|c| c.type_name.as_str()));
                }
            }
            TypeKind::Alias(_) | TypeKind::Enum(_) => {}
        }
        for r in refs {
            if let Some(&i) = index.get(r) {
                if i != j {
                    users[i].insert(j);
                }
            }
        }
    }
    let parent: Vec<Option<usize>> = api
        .types
        .iter()
        .zip(&users)
        .map(|(t, users)| match (t.name_source, users.len()) {
            (NameSource::Inline, 1) => users.first().copied(),
            _ => None,
        })
        .collect();
    // The type whose file each type goes into: the end of its parent chain.
    let mut owner: Vec<Option<usize>> = vec![None; parent.len()];
    for start in 0..parent.len() {
        let mut path = Vec::new();
        let mut at = start;
        let root = loop {
            if let Some(o) = owner[at] {
                break o;
            }
            if let Some(k) = path.iter().position(|&p| p == at) {
                // A cycle of single users: each member keeps its own file; what leads into the
                // cycle goes into the file of the member it reaches.
                for &c in &path[k..] {
                    owner[c] = Some(c);
                }
                path.truncate(k);
                break at;
            }
            path.push(at);
            match parent[at] {
                Some(p) => at = p,
                None => break at,
            }
        };
        for c in path {
            owner[c] = Some(root);
        }
    }
    let owner: Vec<usize> = owner
        .into_iter()
        .map(|o| o.expect("every type has an owner"))
        .collect();
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, &o) in owner.iter().enumerate() {
        if o == i {
            groups.entry(i).or_default().insert(0, i);
        } else {
            groups.entry(o).or_default().push(i);
        }
    }
    groups.into_values().collect()
}

/// Follows aliases (not newtype ones) to the type a reference finally means.
fn resolve<'a>(ty: &'a TypeRef, ctx: &TypeCtx<'a>) -> &'a TypeRef {
    let mut ty = ty;
    for _ in 0..64 {
        match ty {
            TypeRef::Named(n) if !ctx.is_newtype_alias(n) => match ctx.type_def(n) {
                Some(TypeDef {
                    kind: TypeKind::Alias(target),
                    ..
                }) => ty = target,
                _ => return ty,
            },
            _ => return ty,
        }
    }
    ty
}

/// The struct a reference means, through aliases.
fn resolve_struct<'a>(ty: &'a TypeRef, ctx: &TypeCtx<'a>) -> Option<&'a Struct> {
    match resolve(ty, ctx) {
        TypeRef::Named(n) => match ctx.type_def(n).map(|t| &t.kind) {
            Some(TypeKind::Struct(s)) => Some(s),
            _ => None,
        },
        _ => None,
    }
}

/// Which structs can derive `Default`: every field is an `Option`, a list or a map, and every
/// flattened part can be defaulted too (greatest fixpoint, so recursion through `Option` is fine).
fn default_derivable(ctx: &TypeCtx) -> HashSet<String> {
    let api = ctx.api();
    let mut ok: HashSet<String> = api
        .types
        .iter()
        .filter(|t| matches!(t.kind, TypeKind::Struct(_)))
        .map(|t| t.name.clone())
        .collect();
    loop {
        let mut changed = false;
        for t in &api.types {
            let TypeKind::Struct(s) = &t.kind else {
                continue;
            };
            if !ok.contains(&t.name) {
                continue;
            }
            let fields_ok = s.fields.iter().all(|f| field_defaultable(f, ctx));
            let flatten_ok = s.flatten.iter().all(|p| match p {
                TypeRef::Nullable(_) => true,
                other => match resolve(other, ctx) {
                    TypeRef::Map(_) => true,
                    TypeRef::Named(n) => ok.contains(n.as_str()),
                    _ => false,
                },
            });
            if !(fields_ok && flatten_ok) {
                ok.remove(&t.name);
                changed = true;
            }
        }
        if !changed {
            return ok;
        }
    }
}

/// The field's Rust type has an empty value that is a valid wire value: `None` (optional,
/// read-only or nullable), an empty list or an empty map.
fn field_defaultable(f: &Field, ctx: &TypeCtx) -> bool {
    if f.may_be_absent() || (f.nullable && !ctx.is_json_value(&f.ty)) {
        return true;
    }
    if ctx.holds_null(&f.ty) && !ctx.is_json_value(&f.ty) {
        return true;
    }
    matches!(resolve(&f.ty, ctx), TypeRef::Array(_) | TypeRef::Map(_))
}

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

fn render_type(t: &TypeDef, ctx: &TypeCtx, defaults: &HashSet<String>) -> Result<TokenStream> {
    let ident = type_ident(&t.name);
    let mut docs = type_docs(t);
    if let TypeKind::Struct(s) = &t.kind {
        docs.extend(all_of_docs(s, ctx, docs.is_empty()));
    }
    let deprecated = t.deprecated.then(|| quote!(#[deprecated]));
    let head = quote!(#docs #deprecated);
    match &t.kind {
        TypeKind::Struct(s) => render_struct(t, s, &ident, head, ctx, defaults.contains(&t.name)),
        TypeKind::Enum(e) => render_enum(e, &ident, head),
        TypeKind::Union(u) if u.variants.is_empty() => Ok(quote! {
            #head
            pub type #ident = ::serde_json::Value;
        }),
        TypeKind::Union(u) => render_union(t, u, &ident, head, ctx),
        TypeKind::Alias(target) if ctx.is_newtype_alias(&t.name) => {
            let inner = type_tokens(target, &ctx.within(&t.name));
            let fit = if may_stray(target, ctx, 0) {
                vec![quote!(crate::serde_helpers::SchemaFit::add_fit(&self.0, fit);)]
            } else {
                Vec::new()
            };
            let fit_impl = fit_impl(&ident, fit);
            Ok(quote! {
                #head
                #[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
                #[serde(transparent)]
                pub struct #ident(pub #inner);

                #fit_impl
            })
        }
        TypeKind::Alias(target) => {
            let target = type_tokens(target, ctx);
            Ok(quote! {
                #head
                pub type #ident = #target;
            })
        }
    }
}

/// Title (unless it only repeats the name) and description.
fn type_docs(t: &TypeDef) -> TokenStream {
    let mut parts: Vec<&str> = Vec::new();
    if let Some(title) = t.title.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        let same_as_name = repeats_name(title, &t.name);
        let in_description = t
            .description
            .as_deref()
            .is_some_and(|d| d.trim_start().starts_with(title));
        if !same_as_name && !in_description {
            parts.push(title);
        }
    }
    if let Some(d) = t.description.as_deref().filter(|d| !d.trim().is_empty()) {
        parts.push(d);
    }
    if parts.is_empty() {
        return TokenStream::new();
    }
    doc_attrs(Some(&parts.join("\n\n")))
}

/// The title only spells (a prefix of) the type's name (`Access Profile` for `AccessProfile`).
fn repeats_name(title: &str, name: &str) -> bool {
    let squash = |s: &str| {
        s.chars()
            .filter(char::is_ascii_alphanumeric)
            .collect::<String>()
            .to_ascii_lowercase()
    };
    squash(name).starts_with(&squash(title))
}

/// "Includes the fields of [`A`](crate::A)." for allOf parents that exist.
fn all_of_docs(s: &Struct, ctx: &TypeCtx, first: bool) -> TokenStream {
    let parents: Vec<String> = s
        .all_of
        .iter()
        .filter(|p| ctx.type_def(p).is_some())
        .map(|p| {
            let id = type_ident(p);
            format!("[`{id}`](crate::{id})")
        })
        .collect();
    if parents.is_empty() {
        return TokenStream::new();
    }
    let line = format!(" Includes the fields of {}.", parents.join(", "));
    if first {
        quote!(#[doc = #line])
    } else {
        quote!(#[doc = ""] #[doc = #line])
    }
}

struct FieldPlan {
    ident: Ident,
    ty: TokenStream,
    attrs: TokenStream,
    /// A constructor argument (required fields and flattened parts).
    arg: bool,
    /// The constructor's value when not an argument.
    init: TokenStream,
    /// How `SchemaFit::add_fit` measures the member (nothing for values that cannot stray).
    fit: FitPlan,
}

enum FitPlan {
    None,
    /// The value's own fit.
    Value,
    /// The fit of each value of a typed additional-properties map (its keys are declared).
    Values,
    /// Every member of the catch-all map is undeclared.
    Count,
}

fn render_struct(
    t: &TypeDef,
    s: &Struct,
    ident: &Ident,
    head: TokenStream,
    ctx: &TypeCtx,
    derive_default: bool,
) -> Result<TokenStream> {
    let within = ctx.within(&t.name);
    let names = struct_field_idents(s);
    let fields: Vec<&Field> = names.fields.iter().map(|(f, _)| *f).collect();

    let mut plans: Vec<FieldPlan> = Vec::new();
    let mut field_docs: Vec<TokenStream> = Vec::new();
    // Private associated functions that deserialize a flattened part from its own members
    // (associated, so that types sharing a file cannot clash).
    let mut part_fns: Vec<TokenStream> = Vec::new();
    for (f, id) in &names.fields {
        plans.push(plan_field(f, id.clone(), &within));
        field_docs.push(field_docs_for(f));
    }
    // Serde hands every flattened field the members the struct does not declare. A part whose
    // member names are known takes just those (so that they do not also land in the catch-all
    // map); a part that accepts any member (a map, free-form JSON) gets all of them, and then it
    // is the one that keeps undeclared members: the struct has no catch-all of its own.
    let mut open_part = false;
    for (p, id) in s.flatten.iter().zip(names.flatten) {
        let ty = type_tokens(p, &within);
        let attrs = match declared_members(p, ctx, 0) {
            None => {
                open_part = true;
                quote!(#[serde(flatten)])
            }
            Some(members) => {
                let func = Ident::new(&format!("deserialize_{}", unraw(&id)), Span::call_site());
                let path = format!("{ident}::{func}");
                let members = members.iter();
                let body = match p {
                    TypeRef::Nullable(inner) if !ctx.holds_null(inner) => {
                        let inner = type_tokens(inner, &within);
                        quote!(crate::serde_helpers::deserialize_optional_part::<#inner, D>(deserializer, &[#(#members),*]))
                    }
                    _ => {
                        quote!(crate::serde_helpers::deserialize_part::<#ty, D>(deserializer, &[#(#members),*]))
                    }
                };
                part_fns.push(quote! {
                    fn #func<'de, D>(deserializer: D) -> Result<#ty, D::Error>
                    where
                        D: ::serde::Deserializer<'de>,
                    {
                        #body
                    }
                });
                quote!(#[serde(flatten, deserialize_with = #path)])
            }
        };
        plans.push(FieldPlan {
            ident: id,
            ty,
            attrs,
            arg: true,
            init: TokenStream::new(),
            fit: if may_stray(p, ctx, 0) {
                FitPlan::Value
            } else {
                FitPlan::None
            },
        });
        field_docs
            .push(quote!(#[doc = " Flattened: its fields sit next to the others on the wire."]));
    }
    let extra = names.additional_properties;
    match &s.additional_properties {
        Some(ap) => {
            let value = type_tokens(&TypeRef::Map(Box::new(ap.clone())), &within);
            plans.push(FieldPlan {
                ident: extra,
                ty: value,
                attrs: quote!(#[serde(flatten)]),
                arg: false,
                init: quote!(::indexmap::IndexMap::new()),
                fit: if may_stray(ap, ctx, 0) {
                    FitPlan::Values
                } else {
                    FitPlan::None
                },
            });
            field_docs
                .push(quote!(#[doc = " Properties not declared above, by name, in wire order."]));
        }
        None if !open_part => {
            plans.push(FieldPlan {
                ident: extra,
                ty: quote!(::indexmap::IndexMap<String, ::serde_json::Value>),
                attrs: quote!(#[serde(flatten)]),
                arg: false,
                init: quote!(::indexmap::IndexMap::new()),
                fit: FitPlan::Count,
            });
            field_docs.push(quote! {
                #[doc = " Members the schema does not declare, by name, in wire order: kept so that a value"]
                #[doc = " read from the API is written back whole."]
            });
        }
        None => {}
    }

    let deprecated: Vec<TokenStream> = fields
        .iter()
        .map(|f| {
            if f.deprecated {
                quote!(#[deprecated])
            } else {
                TokenStream::new()
            }
        })
        .chain(std::iter::repeat_with(TokenStream::new))
        .take(plans.len())
        .collect();
    let decls = plans
        .iter()
        .zip(&field_docs)
        .zip(&deprecated)
        .map(|((p, doc), dep)| {
            let FieldPlan {
                ident, ty, attrs, ..
            } = p;
            quote! {
                #doc
                #dep
                #attrs
                pub #ident: #ty,
            }
        });
    let args: Vec<TokenStream> = plans
        .iter()
        .filter(|p| p.arg)
        .map(|p| {
            let FieldPlan { ident, ty, .. } = p;
            quote!(#ident: #ty)
        })
        .collect();
    let inits = plans.iter().map(|p| {
        let FieldPlan { ident, init, .. } = p;
        if p.arg {
            quote!(#ident)
        } else {
            quote!(#ident: #init)
        }
    });
    let fits: Vec<TokenStream> = plans
        .iter()
        .filter_map(|p| {
            let id = &p.ident;
            match p.fit {
                FitPlan::None => None,
                FitPlan::Value => {
                    Some(quote!(crate::serde_helpers::SchemaFit::add_fit(&self.#id, fit);))
                }
                FitPlan::Values => Some(quote! {
                    for value in self.#id.values() {
                        crate::serde_helpers::SchemaFit::add_fit(value, fit);
                    }
                }),
                FitPlan::Count => Some(quote!(fit.undeclared += self.#id.len();)),
            }
        })
        .collect();
    let fit_impl = fit_impl(ident, fits);
    let default = derive_default.then(|| quote!(Default,));
    let new_doc = if plans.iter().any(|p| p.arg) {
        format!(" Builds a `{ident}` from its required fields; the others are unset.")
    } else {
        format!(" Builds a `{ident}` with every field unset.")
    };
    // With `Default` derived and nothing required, `new()` is that default.
    let new_body = if derive_default && args.is_empty() {
        quote!(Self::default())
    } else {
        quote!(Self { #(#inits),* })
    };
    Ok(quote! {
        #head
        #[derive(Debug, Clone, PartialEq, #default ::serde::Serialize, ::serde::Deserialize)]
        pub struct #ident {
            #(#decls)*
        }

        impl #ident {
            #[doc = #new_doc]
            pub fn new(#(#args),*) -> Self {
                #new_body
            }

            #(#part_fns)*
        }

        #fit_impl
    })
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

/// Whether a value of `ty` can hold more than its schema describes (an unlisted enum value, an
/// undeclared object member), so that `SchemaFit::add_fit` has something to measure.
fn may_stray(ty: &TypeRef, ctx: &TypeCtx, depth: usize) -> bool {
    match ty {
        TypeRef::Primitive(_) => false,
        TypeRef::Map(_) | TypeRef::Any => true,
        TypeRef::Array(inner) | TypeRef::Nullable(inner) => may_stray(inner, ctx, depth),
        TypeRef::Named(n) => match ctx.type_def(n).map(|t| &t.kind) {
            Some(TypeKind::Struct(_) | TypeKind::Enum(_)) => true,
            Some(TypeKind::Union(u)) => {
                u.variants.is_empty()
                    || depth > 16
                    || u.variants.iter().any(|v| may_stray(v, ctx, depth + 1))
            }
            Some(TypeKind::Alias(target)) => depth > 16 || may_stray(target, ctx, depth + 1),
            None => false,
        },
    }
}

/// The wire names of the members a flattened part declares (its fields, its own parts', and for
/// a union every member's), or `None` when it accepts members of any name (a map, free-form
/// JSON, typed additional properties).
fn declared_members(ty: &TypeRef, ctx: &TypeCtx, depth: usize) -> Option<BTreeSet<String>> {
    if depth > 16 {
        return None;
    }
    match resolve(ty, ctx) {
        TypeRef::Nullable(inner) => declared_members(inner, ctx, depth + 1),
        TypeRef::Map(_) | TypeRef::Any => None,
        TypeRef::Primitive(_) | TypeRef::Array(_) => Some(BTreeSet::new()),
        TypeRef::Named(n) => match ctx.type_def(n).map(|t| &t.kind) {
            Some(TypeKind::Struct(s)) => {
                if s.additional_properties.is_some() {
                    return None;
                }
                let mut names: BTreeSet<String> = s.fields.iter().map(|f| f.name.clone()).collect();
                for p in &s.flatten {
                    names.extend(declared_members(p, ctx, depth + 1)?);
                }
                Some(names)
            }
            Some(TypeKind::Union(u)) => {
                if u.variants.is_empty() {
                    return None;
                }
                let mut names = BTreeSet::new();
                if let Some(d) = &u.discriminator {
                    names.insert(d.property.clone());
                }
                for v in &u.variants {
                    names.extend(declared_members(v, ctx, depth + 1)?);
                }
                Some(names)
            }
            // A newtype alias (on a cycle of aliases) is not an object.
            Some(TypeKind::Alias(target)) => declared_members(target, ctx, depth + 1),
            Some(TypeKind::Enum(_)) | None => Some(BTreeSet::new()),
        },
    }
}

fn plan_field(f: &Field, ident: Ident, ctx: &TypeCtx) -> FieldPlan {
    let inner = type_tokens(&f.ty, ctx);
    let holds_null = ctx.holds_null(&f.ty);
    let value = if f.null_wrapped(holds_null) {
        quote!(Option<#inner>)
    } else {
        inner
    };
    let rename = if unraw(&ident) != f.name {
        let wire = &f.name;
        quote!(rename = #wire,)
    } else {
        TokenStream::new()
    };
    let fit = if may_stray(&f.ty, ctx, 0) {
        FitPlan::Value
    } else {
        FitPlan::None
    };
    if !f.may_be_absent() {
        let attrs = if rename.is_empty() {
            TokenStream::new()
        } else {
            quote!(#[serde(#rename)])
        };
        return FieldPlan {
            ident,
            ty: value,
            attrs,
            arg: true,
            init: TokenStream::new(),
            fit,
        };
    }
    // Optional (or read-only): absent is `None`. When the value itself can be null,
    // `deserialize_some` keeps an explicit null apart from absence.
    let some = if f.nullable || holds_null {
        quote!(deserialize_with = "crate::serde_helpers::deserialize_some",)
    } else {
        TokenStream::new()
    };
    FieldPlan {
        ident,
        ty: quote!(Option<#value>),
        attrs: quote!(#[serde(#rename default, skip_serializing_if = "Option::is_none", #some)]),
        arg: false,
        init: quote!(None),
        fit,
    }
}

fn field_docs_for(f: &Field) -> TokenStream {
    let mut text = f.description.clone().unwrap_or_default();
    let mut notes: Vec<String> = Vec::new();
    let format = match &f.ty {
        TypeRef::Primitive(Primitive::Uuid) => Some("uuid"),
        TypeRef::Primitive(Primitive::Byte) => Some("byte (base64)"),
        TypeRef::Primitive(Primitive::Binary) => Some("binary"),
        _ => None,
    };
    if let Some(format) = format {
        notes.push(format!("Format: `{format}`."));
    }
    if f.read_only && f.required {
        notes.push(
            "Read-only: set by the server, which always sends it; `None` leaves it out of a \
             request."
                .into(),
        );
    } else if f.read_only {
        notes.push("Read-only: set by the server.".into());
    }
    if f.write_only {
        notes.push("Write-only: never returned by the server.".into());
    }
    if !notes.is_empty() {
        if !text.trim().is_empty() {
            text.push_str("\n\n");
        }
        text.push_str(&notes.join(" "));
    }
    doc_attrs(Some(&text))
}

// ---------------------------------------------------------------------------------------------
// Enums
// ---------------------------------------------------------------------------------------------

fn render_enum(e: &Enum, ident: &Ident, head: TokenStream) -> Result<TokenStream> {
    match e.repr {
        EnumRepr::String => render_string_enum(e, ident, head),
        EnumRepr::Integer => render_integer_enum(e, ident, head),
    }
}

const UNKNOWN: &str = "Unknown";

fn render_string_enum(e: &Enum, ident: &Ident, head: TokenStream) -> Result<TokenStream> {
    let mut seen = HashSet::new();
    let values: Vec<(String, Option<&str>)> = e
        .values
        .iter()
        .map(|v| {
            let text = match &v.value {
                serde_json::Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            (text, v.description.as_deref())
        })
        .filter(|(text, _)| seen.insert(text.clone()))
        .collect();
    let idents = unique_idents(
        &values
            .iter()
            .map(|(v, _)| variant_ident(v))
            .collect::<Vec<_>>(),
        &[UNKNOWN],
    );
    let unknown = Ident::new(UNKNOWN, Span::call_site());
    let variants = values.iter().zip(&idents).map(|((wire, desc), id)| {
        let doc = variant_doc(wire, *desc);
        quote!(#doc #id,)
    });
    let as_str = values
        .iter()
        .zip(&idents)
        .map(|((wire, _), id)| quote!(Self::#id => #wire,));
    let from_str = if values.is_empty() {
        quote!(Self::#unknown(value.to_owned()))
    } else {
        let arms = values
            .iter()
            .zip(&idents)
            .map(|((wire, _), id)| quote!(#wire => Self::#id,));
        quote! {
            match value {
                #(#arms)*
                other => Self::#unknown(other.to_owned()),
            }
        }
    };
    Ok(quote! {
        #head
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        pub enum #ident {
            #(#variants)*
            /// A value this version of the API does not list, kept as it is on the wire.
            #unknown(String),
        }

        impl #ident {
            /// The value as on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    #(#as_str)*
                    Self::#unknown(value) => value,
                }
            }
        }

        impl From<&str> for #ident {
            fn from(value: &str) -> Self {
                #from_str
            }
        }

        crate::serde_helpers::string_enum!(#ident);
    })
}

fn render_integer_enum(e: &Enum, ident: &Ident, head: TokenStream) -> Result<TokenStream> {
    let mut seen = HashSet::new();
    let mut values: Vec<(i64, Option<&str>)> = Vec::new();
    for v in &e.values {
        let n = v
            .value
            .as_i64()
            .with_context(|| format!("integer enum value {} is not a 64-bit integer", v.value))?;
        if seen.insert(n) {
            values.push((n, v.description.as_deref()));
        }
    }
    let idents = unique_idents(
        &values
            .iter()
            .map(|(n, _)| {
                if *n < 0 {
                    variant_ident(&format!("Minus{}", n.unsigned_abs()))
                } else {
                    variant_ident(&format!("V{n}"))
                }
            })
            .collect::<Vec<_>>(),
        &[UNKNOWN],
    );
    let unknown = Ident::new(UNKNOWN, Span::call_site());
    let variants = values.iter().zip(&idents).map(|((n, desc), id)| {
        let doc = variant_doc(&n.to_string(), *desc);
        quote!(#doc #id,)
    });
    let to_value = values
        .iter()
        .zip(&idents)
        .map(|((n, _), id)| quote!(Self::#id => #n,));
    let from_value = if values.is_empty() {
        quote!(Self::#unknown(value))
    } else {
        let arms = values
            .iter()
            .zip(&idents)
            .map(|((n, _), id)| quote!(#n => Self::#id,));
        quote! {
            match value {
                #(#arms)*
                other => Self::#unknown(other),
            }
        }
    };
    Ok(quote! {
        #head
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum #ident {
            #(#variants)*
            /// A value this version of the API does not list, kept as it is on the wire.
            #unknown(i64),
        }

        impl #ident {
            /// The value as on the wire.
            pub fn value(&self) -> i64 {
                match *self {
                    #(#to_value)*
                    Self::#unknown(value) => value,
                }
            }
        }

        impl From<i64> for #ident {
            fn from(value: i64) -> Self {
                #from_value
            }
        }

        crate::serde_helpers::integer_enum!(#ident);
    })
}

/// The value's description, else the value itself in code style.
fn variant_doc(wire: &str, description: Option<&str>) -> TokenStream {
    match description.filter(|d| !d.trim().is_empty()) {
        Some(d) => doc_attrs(Some(d)),
        None if !wire.contains('`') && !wire.trim().is_empty() => {
            doc_attrs(Some(&format!("`{wire}`")))
        }
        None => TokenStream::new(),
    }
}

// ---------------------------------------------------------------------------------------------
// Unions
// ---------------------------------------------------------------------------------------------

struct VariantPlan<'a> {
    ident: Ident,
    ty: TokenStream,
    source: &'a TypeRef,
    /// Spec position.
    index: usize,
}

fn render_union(
    t: &TypeDef,
    u: &Union,
    ident: &Ident,
    head: TokenStream,
    ctx: &TypeCtx,
) -> Result<TokenStream> {
    let within = ctx.within(&t.name);
    let names: Vec<Ident> = u
        .variants
        .iter()
        .map(|v| Ident::new(&variant_name(v), Span::call_site()))
        .collect();
    let names = unique_idents(&names, &[]);
    let plans: Vec<VariantPlan> = u
        .variants
        .iter()
        .zip(names)
        .enumerate()
        .map(|(index, (v, id))| VariantPlan {
            ident: id,
            ty: type_tokens(v, &within),
            source: v,
            index,
        })
        .collect();

    let variants = plans.iter().map(|p| {
        let VariantPlan {
            ident, ty, source, ..
        } = p;
        let doc = named(source)
            .and_then(|n| ctx.type_def(n))
            .and_then(|d| {
                let title = d.title.as_deref().filter(|t| !repeats_name(t, &d.name));
                title.or(d.description.as_deref())
            })
            .map(|d| doc_attrs(Some(&first_sentence(d))))
            .unwrap_or_default();
        quote!(#doc #ident(#ty),)
    });

    // Discriminator: tag values per variant, in spec order, each tag once.
    let mut tags: Vec<Vec<&str>> = vec![Vec::new(); plans.len()];
    if let Some(d) = &u.discriminator {
        let mut seen = HashSet::new();
        for case in &d.mapping {
            let target = plans
                .iter()
                .position(|p| named(p.source) == Some(case.type_name.as_str()));
            if let Some(i) = target {
                if seen.insert(case.value.as_str()) {
                    tags[i].push(&case.value);
                }
            }
        }
    }

    // Serialize: the member as it is; a discriminated member that does not carry its tag as a
    // required field gets it added.
    let ser_arms = plans.iter().zip(&tags).map(|(p, tags)| {
        let id = &p.ident;
        let property = u.discriminator.as_ref().map(|d| d.property.as_str());
        match (property, tags.first()) {
            (Some(property), Some(tag)) if !carries_tag(p.source, property, ctx) => quote! {
                Self::#id(value) => crate::serde_helpers::serialize_tagged(value, #property, #tag, serializer),
            },
            _ => quote!(Self::#id(value) => ::serde::Serialize::serialize(value, serializer),),
        }
    });

    // Deserialize: a known tag decides; otherwise try members most specific first.
    let tag_dispatch = match &u.discriminator {
        Some(d) if tags.iter().any(|t| !t.is_empty()) => {
            let property = &d.property;
            let arms: Vec<(TokenStream, TokenStream)> = plans
                .iter()
                .zip(&tags)
                .filter(|(_, tags)| !tags.is_empty())
                .map(|(p, tags)| {
                    let VariantPlan { ident, ty, .. } = p;
                    (
                        quote!(#(#tags)|*),
                        quote! {
                            return <#ty as ::serde::Deserialize>::deserialize(&json)
                                .map(Self::#ident)
                                .map_err(<D::Error as ::serde::de::Error>::custom)
                        },
                    )
                })
                .collect();
            if arms.len() == 1 {
                let (pat, body) = &arms[0];
                quote! {
                    if let Some(#pat) = crate::serde_helpers::discriminator(&json, #property) {
                        #body;
                    }
                }
            } else {
                let arms = arms
                    .iter()
                    .map(|(pat, body)| quote!(Some(#pat) => { #body; }));
                quote! {
                    match crate::serde_helpers::discriminator(&json, #property) {
                        #(#arms)*
                        _ => {}
                    }
                }
            }
        }
        _ => TokenStream::new(),
    };
    let mut order: Vec<&VariantPlan> = plans.iter().collect();
    order.sort_by_key(|p| (try_order(p.source, ctx), p.index));
    // Best fit: every member that accepts the value is measured (`serde_helpers::Fit`: absent
    // required members, unlisted enum values, undeclared object members); an exact fit wins at
    // once, else the best one, the first tried among equals.
    let mut measured = false;
    let attempts: Vec<TokenStream> = order
        .iter()
        .map(|p| {
            let VariantPlan { ident, ty, .. } = p;
            let label = ident.to_string();
            // Required but nullable fields read absence as `null`: count the absent ones.
            let absent: Vec<&str> = resolve_struct(p.source, ctx)
                .map(|s| {
                    s.fields
                        .iter()
                        .filter(|f| {
                            !f.may_be_absent()
                                && (f.nullable || ctx.holds_null(&f.ty))
                                && !ctx.is_json_value(&f.ty)
                        })
                        .map(|f| f.name.as_str())
                        .collect()
                })
                .unwrap_or_default();
            let stray = may_stray(p.source, ctx, 0);
            if absent.is_empty() && !stray {
                return quote! {
                    match <#ty as ::serde::Deserialize>::deserialize(&json) {
                        Ok(value) => return Ok(Self::#ident(value)),
                        Err(error) => errors.push((#label, error)),
                    }
                };
            }
            measured = true;
            let count_absent = (!absent.is_empty()).then(|| {
                quote!(fit.absent += crate::serde_helpers::absent_members(&json, &[#(#absent),*]);)
            });
            let count_stray =
                stray.then(|| quote!(crate::serde_helpers::SchemaFit::add_fit(&value, &mut fit);));
            quote! {
                match <#ty as ::serde::Deserialize>::deserialize(&json) {
                    Ok(value) => {
                        let mut fit = crate::serde_helpers::Fit::default();
                        #count_absent
                        #count_stray
                        if fit.is_exact() {
                            return Ok(Self::#ident(value));
                        }
                        crate::serde_helpers::keep_better(&mut best, fit, Self::#ident(value));
                    }
                    Err(error) => errors.push((#label, error)),
                }
            }
        })
        .collect();
    let (best_decl, best_ret) = if measured {
        (
            quote!(let mut best: Option<(crate::serde_helpers::Fit, Self)> = None;),
            quote! {
                if let Some((_, value)) = best {
                    return Ok(value);
                }
            },
        )
    } else {
        (TokenStream::new(), TokenStream::new())
    };
    let fit_arms: Vec<TokenStream> = plans
        .iter()
        .map(|p| {
            let id = &p.ident;
            if may_stray(p.source, ctx, 0) {
                quote!(Self::#id(value) => crate::serde_helpers::SchemaFit::add_fit(value, fit),)
            } else {
                quote!(Self::#id(_) => {})
            }
        })
        .collect();
    let fit_impl = if plans.iter().any(|p| may_stray(p.source, ctx, 0)) {
        fit_impl(ident, vec![quote!(match self { #(#fit_arms)* })])
    } else {
        fit_impl(ident, Vec::new())
    };
    let name = t.name.as_str();
    Ok(quote! {
        #head
        #[derive(Debug, Clone, PartialEq)]
        pub enum #ident {
            #(#variants)*
        }

        impl ::serde::Serialize for #ident {
            fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
            where
                S: ::serde::Serializer,
            {
                match self {
                    #(#ser_arms)*
                }
            }
        }

        impl<'de> ::serde::Deserialize<'de> for #ident {
            fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
            where
                D: ::serde::Deserializer<'de>,
            {
                let json = <::serde_json::Value as ::serde::Deserialize>::deserialize(deserializer)?;
                #tag_dispatch
                let mut errors = Vec::new();
                #best_decl
                #(#attempts)*
                #best_ret
                Err(crate::serde_helpers::no_variant_matched(#name, &errors))
            }
        }

        #fit_impl
    })
}

fn named(ty: &TypeRef) -> Option<&str> {
    match ty {
        TypeRef::Named(n) => Some(n),
        TypeRef::Nullable(inner) => named(inner),
        _ => None,
    }
}

/// The member's struct declares the discriminator as a required, non-null field, so serializing
/// the member writes the tag.
fn carries_tag(ty: &TypeRef, property: &str, ctx: &TypeCtx) -> bool {
    if matches!(ty, TypeRef::Nullable(_)) {
        return false;
    }
    resolve_struct(ty, ctx).is_some_and(|s| {
        s.fields
            .iter()
            .any(|f| f.name == property && f.required && !f.nullable)
    })
}

/// A variant name for a union member.
fn variant_name(ty: &TypeRef) -> String {
    match ty {
        TypeRef::Named(n) => type_ident(n).to_string(),
        TypeRef::Primitive(p) => match p {
            Primitive::String => "String",
            Primitive::Uuid => "Uuid",
            Primitive::Byte => "Byte",
            Primitive::Date => "Date",
            Primitive::DateTime => "DateTime",
            Primitive::Binary => "Binary",
            Primitive::Integer | Primitive::Int64 => "I64",
            Primitive::Int32 => "I32",
            Primitive::Number | Primitive::Float | Primitive::Double => "F64",
            Primitive::Boolean => "Bool",
        }
        .to_string(),
        TypeRef::Array(item) => format!("{}List", variant_name(item)),
        TypeRef::Map(value) => format!("{}Map", variant_name(value)),
        TypeRef::Nullable(inner) => variant_name(inner),
        TypeRef::Any => "Value".to_string(),
    }
}

/// Try-order of an untagged union member: most specific first (it decides between members that
/// fit a value equally well). JSON kinds do not overlap, so the order only matters within one
/// kind: objects (structs with more required fields first, then unions, then maps), arrays,
/// integers (enums, `i32`, `i64`) before numbers, booleans, strings (enums, dates, then any
/// string), and free-form JSON last.
fn try_order(ty: &TypeRef, ctx: &TypeCtx) -> (u8, i64) {
    match resolve(ty, ctx) {
        TypeRef::Nullable(inner) => try_order(inner, ctx),
        TypeRef::Named(n) => match ctx.type_def(n).map(|t| &t.kind) {
            Some(TypeKind::Struct(s)) => (0, -required_count(s, ctx, 0)),
            Some(TypeKind::Union(_)) => (1, 0),
            Some(TypeKind::Enum(e)) if e.repr == EnumRepr::Integer => (4, 0),
            Some(TypeKind::Enum(_)) => (8, 0),
            // A newtype alias: like its target.
            Some(TypeKind::Alias(target)) => try_order(target, ctx),
            None => (12, 0),
        },
        TypeRef::Map(_) => (2, 0),
        TypeRef::Array(_) => (3, 0),
        TypeRef::Primitive(p) => match p {
            Primitive::Int32 => (5, 0),
            Primitive::Integer | Primitive::Int64 => (5, 1),
            Primitive::Number | Primitive::Float | Primitive::Double => (6, 0),
            Primitive::Boolean => (7, 0),
            Primitive::Date => (9, 0),
            Primitive::DateTime => (9, 1),
            Primitive::String | Primitive::Uuid | Primitive::Byte => (10, 0),
            Primitive::Binary => (11, 0),
        },
        TypeRef::Any => (12, 0),
    }
}

/// Required fields of a struct, counting those of flattened struct parts.
fn required_count(s: &Struct, ctx: &TypeCtx, depth: usize) -> i64 {
    let own = s.fields.iter().filter(|f| f.required).count() as i64;
    if depth > 8 {
        return own;
    }
    own + s
        .flatten
        .iter()
        .filter_map(|p| resolve_struct(p, ctx))
        .map(|p| required_count(p, ctx, depth + 1))
        .sum::<i64>()
}

fn first_sentence(text: &str) -> String {
    let para = text.trim().split("\n\n").next().unwrap_or_default();
    match para.find(". ") {
        Some(i) if i < 200 => para[..=i].to_string(),
        _ => para.to_string(),
    }
}

// ---------------------------------------------------------------------------------------------
// Webhooks
// ---------------------------------------------------------------------------------------------

/// The schema of a JSON body: the first JSON media type with a schema, else the first schema.
fn body_schema(content: &[MediaType]) -> Option<&TypeRef> {
    content
        .iter()
        .filter(|m| m.content_type.contains("json"))
        .chain(content.iter())
        .find_map(|m| m.schema.as_ref())
}

/// One alias of the `webhooks` module.
struct WebhookAlias<'a> {
    /// `<Trigger>Input` or `<Trigger>Output`.
    name: String,
    webhook: &'a Webhook,
    schema: &'a TypeRef,
    /// The subscriber's answer (status and description); `None` for the payload.
    answer: Option<&'a Response>,
}

/// The payload (request body) and, when the trigger expects one, the answer (first `2XX`
/// response with a body) of every webhook.
fn webhook_aliases(api: &Api) -> Vec<WebhookAlias<'_>> {
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
        if let Some(schema) = op
            .request_body
            .as_ref()
            .and_then(|b| body_schema(&b.content))
        {
            out.push(WebhookAlias {
                name: format!("{base}Input"),
                webhook: w,
                schema,
                answer: None,
            });
        }
        if let Some((response, schema)) = op
            .responses
            .iter()
            .filter(|r| r.status.starts_with('2'))
            .find_map(|r| body_schema(&r.content).map(|s| (r, s)))
        {
            out.push(WebhookAlias {
                name: format!("{base}Output"),
                webhook: w,
                schema,
                answer: Some(response),
            });
        }
    }
    out
}

fn render_webhooks(api: &Api, ctx: &TypeCtx) -> Result<TokenStream> {
    let items = webhook_aliases(api).into_iter().map(|a| {
        let op = &a.webhook.operation;
        let text = match a.answer {
            None => {
                let mut text = format!("Payload of the `{}` event trigger", a.webhook.name);
                if let Some(summary) = op.summary.as_deref().filter(|s| !s.trim().is_empty()) {
                    text.push_str(&format!(": {}", summary.trim()));
                }
                text.push('.');
                if let Some(d) = op.description.as_deref() {
                    text.push_str("\n\n");
                    text.push_str(d);
                }
                text
            }
            Some(response) => {
                let mut text = format!(
                    "What a subscriber answers to the `{}` event trigger (status {}).",
                    a.webhook.name, response.status
                );
                if let Some(d) = response.description.as_deref() {
                    text.push_str("\n\n");
                    text.push_str(d);
                }
                text
            }
        };
        let doc = doc_attrs(Some(&text));
        let deprecated = op.deprecated.then(|| quote!(#[deprecated]));
        let id = Ident::new(&a.name, Span::call_site());
        let ty = type_tokens(a.schema, ctx);
        quote! {
            #doc
            #deprecated
            pub type #id = #ty;
        }
    });
    Ok(quote!(#(#items)*))
}

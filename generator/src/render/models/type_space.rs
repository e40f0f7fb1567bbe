//! The models crate's type space: one plain-data [`TypeEntry`] per IR type with every decision
//! the emitters need (Rust names, kind, derives, members with their Rust types, boxing, `Option`
//! depth, serde attributes and fit measurement, union variants and their try-order), the file
//! each type lands in, the webhook aliases and the cargo features that compile each type. It is built once per version from the IR and the
//! [`ModelSettings`]; it holds no tokens (`Send + Sync`), so the emitters (`structs`, `enums`,
//! `unions`, `webhooks`) read it from any thread and decide nothing themselves.
//!
//! The rules it applies live in `analysis` (whole-API questions), `plan` (members and
//! variants), `files` (file grouping), [`crate::ir::Field::option_depth`] (how many `Option`s)
//! and [`crate::render::rust`] (IR type -> Rust type, boxing).

use std::collections::HashSet;

use anyhow::{Context, Result};
use rayon::prelude::*;

use super::analysis::{default_derivable, may_stray, validate};
use super::files::{model_files, ModelFile};
use super::plan::{plan_enum, plan_struct, plan_union};
use super::webhooks::{webhook_aliases, WebhookAlias};
use crate::ir::{Api, EnumRepr, Struct, TypeDef, TypeKind};
use crate::naming::type_ident;
use crate::render::docs::doc_lines;
use crate::render::features::{ModelFeatures, TypeGate};
use crate::render::rust::{rust_type, RustType, TypeCtx};
use crate::settings::ModelSettings;

/// Every type of one version's models crate, as plain data.
#[derive(Debug, Clone)]
pub struct TypeSpace {
    /// One per `Api::types` entry, in the same order.
    pub entries: Vec<TypeEntry>,
    /// The files of `src/models/`.
    pub files: Vec<ModelFile>,
    /// The aliases of `src/webhooks.rs`.
    pub webhooks: Vec<WebhookAlias>,
    /// Extra `[dependencies]` lines of the models crate's Cargo.toml (from type replacements).
    pub dependencies: Vec<String>,
    /// The crate's cargo features and which of them compile each type
    /// ([`crate::render::features`]).
    pub features: ModelFeatures,
}

impl TypeSpace {
    /// The features that compile a file of `src/models/` (those of any type in it).
    pub fn file_gate(&self, file: &ModelFile) -> TypeGate {
        let order = self.features.all();
        TypeGate::union(
            file.types
                .iter()
                .filter_map(|&i| self.features.gates.get(i)),
            &order,
        )
    }
}

/// One Rust item of the models crate.
#[derive(Debug, Clone, PartialEq)]
pub struct TypeEntry {
    /// The IR name (a union's error messages name it).
    pub ir_name: String,
    pub rust_name: String,
    /// Doc comment lines (title, description, allOf parents), each as `///` writes it.
    pub docs: Vec<String>,
    pub deprecated: bool,
    /// `#[derive(..)]` paths in order, settings' extras last; empty for a type alias.
    pub derives: Vec<String>,
    /// Extra outer attributes from the settings, written after the derives.
    pub attributes: Vec<String>,
    pub kind: EntryKind,
}

#[derive(Debug, Clone, PartialEq)]
pub enum EntryKind {
    Struct(StructEntry),
    StringEnum(Vec<EnumVariant<String>>),
    IntegerEnum(Vec<EnumVariant<i64>>),
    Union(UnionEntry),
    /// `pub type Name = target;` (an empty union is free-form JSON).
    Alias(RustType),
    /// An alias on a cycle of aliases, which Rust rejects: `pub struct Name(pub inner);`.
    Newtype {
        inner: RustType,
        may_stray: bool,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct StructEntry {
    /// Declared fields, flattened parts, then the additional-properties map (if any).
    pub members: Vec<MemberEntry>,
    /// Every member can be empty: `Default` is derived and `new()` without arguments is it.
    pub derives_default: bool,
    pub serde: StructSerde,
}

/// How a struct serializes and deserializes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StructSerde {
    /// serde's derives with the members' serde attributes: a struct with flattened parts, to
    /// which serde hands the members the struct does not declare.
    Derived,
    /// `serde_helpers::serde_struct!`: each field by its wire name and [`ReadKind`], the members
    /// the struct does not declare in its additional-properties or catch-all member (a struct
    /// without one skips them when reading); the members carry no serde attributes.
    Members,
}

/// The kinds of `serde_helpers::member`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadKind {
    /// Absent is an error (unless the type reads absence as `None`, like serde's derive).
    Required,
    /// `Option<T>`: absent and `null` are `None`.
    Optional,
    /// `Option<Option<T>>`: absent is `None`, `null` is `Some(None)`.
    Nullable,
}

impl ReadKind {
    /// The module of `serde_helpers::member` that reads this kind.
    pub fn helper(self) -> &'static str {
        match self {
            Self::Required => "required",
            Self::Optional => "optional",
            Self::Nullable => "nullable",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct MemberEntry {
    pub rust_name: String,
    /// The member's full type, `Option`s and `Box` included.
    pub rust_type: RustType,
    pub role: MemberRole,
    pub serde: SerdeAttrs,
    pub docs: Vec<String>,
    pub deprecated: bool,
    /// How `new()` sets the member.
    pub init: MemberInit,
    /// The chainable setter of an optional field.
    pub setter: Option<Setter>,
    /// How `SchemaFit::add_fit` measures the member.
    pub fit: FitPlan,
}

#[derive(Debug, Clone, PartialEq)]
pub enum MemberRole {
    /// A declared property; `option_depth` is [`crate::ir::Field::option_depth`], `read` how
    /// absence and `null` read.
    Field {
        wire_name: String,
        option_depth: u8,
        read: ReadKind,
    },
    /// A flattened allOf part; with `deserializer`, it takes only its own members.
    Part {
        deserializer: Option<PartDeserializer>,
    },
    /// Typed additional properties.
    AdditionalProperties,
    /// The catch-all map of undeclared members.
    CatchAll,
}

/// A private associated function that deserializes a flattened part from its own members.
#[derive(Debug, Clone, PartialEq)]
pub struct PartDeserializer {
    /// `deserialize_<member>`.
    pub function: String,
    /// The wire names the part declares, sorted.
    pub members: Vec<String>,
    /// For a nullable part: the part's type without the `Option` (it is `None` when none of its
    /// members is there).
    pub optional_inner: Option<RustType>,
}

/// The member's `#[serde(..)]` arguments, written in this order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SerdeAttrs {
    pub rename: Option<String>,
    pub flatten: bool,
    pub default: bool,
    pub skip_serializing_if: Option<String>,
    pub deserialize_with: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MemberInit {
    /// A `new()` argument of type `impl Into<into>` (required fields and flattened parts):
    /// `&str` for a `String` or an enum, `T` for a `Box<T>` or an `Option<T>`.
    Argument { into: RustType },
    /// An expression: `None`, `::indexmap::IndexMap::new()`.
    Value(String),
}

/// `fn <name>(self, value: impl Into<value_type>) -> Self`, which stores the converted value as
/// its [`SetterKind`] says; for a field whose value may be `null`, also a setter of an explicit
/// `null`. Absent (`None`) stays what `new()` gives. Emitted through the models template's
/// `serde_helpers::setters!`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Setter {
    /// The method's name ([`crate::naming::setter_idents`]; `r#type` for a keyword).
    pub name: String,
    pub value_type: RustType,
    pub kind: SetterKind,
}

/// What a setter stores, and the name of the setter of an explicit `null` where there is one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SetterKind {
    /// `Option<T>`: `Some(value)`.
    Optional,
    /// `Option<Option<T>>` (optional and nullable): `Some(Some(value))`; `null` stores
    /// `Some(None)`.
    Nullable { null: String },
    /// `Option<Value>` for free-form JSON the schema calls nullable: `Some(value)`; `null`
    /// stores `Some(Value::Null)`.
    NullableJson { null: String },
}

impl SetterKind {
    /// The kind's name in `setters!`.
    pub fn macro_kind(&self) -> &'static str {
        match self {
            SetterKind::Optional => "optional",
            SetterKind::Nullable { .. } => "nullable",
            SetterKind::NullableJson { .. } => "nullable_json",
        }
    }

    /// The name of the setter of an explicit `null`.
    pub fn null_setter(&self) -> Option<&str> {
        match self {
            SetterKind::Optional => None,
            SetterKind::Nullable { null } | SetterKind::NullableJson { null } => Some(null),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FitPlan {
    /// The value cannot stray from its schema.
    None,
    /// The value's own fit.
    Value,
    /// The fit of each value of a typed additional-properties map (its keys are declared).
    Values,
    /// Every member of the catch-all map is undeclared.
    Count,
}

#[derive(Debug, Clone, PartialEq)]
pub struct EnumVariant<V> {
    pub rust_name: String,
    /// The wire value.
    pub value: V,
    pub docs: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct UnionEntry {
    /// In spec order.
    pub variants: Vec<UnionVariant>,
    /// The discriminator property, when a tag decides the variant.
    pub discriminator: Option<String>,
    /// Indices into `variants`: the order an untagged value tries them, most specific first.
    pub try_order: Vec<usize>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct UnionVariant {
    pub rust_name: String,
    pub rust_type: RustType,
    pub docs: Vec<String>,
    /// The discriminator values that pick this variant, in spec order, each once.
    pub tags: Vec<String>,
    /// The tag serializing adds (the member does not carry it as a required field).
    pub adds_tag: Option<String>,
    /// Required but nullable members, whose absence counts against the fit.
    pub absent_members: Vec<String>,
    /// The value can stray from its schema (it has a fit to measure).
    pub may_stray: bool,
}

impl TypeSpace {
    /// Plans every type of `api` (checking the IR contract and the settings first).
    pub fn build(api: &Api, settings: &ModelSettings) -> Result<TypeSpace> {
        validate(api)?;
        settings.validate()?;
        let ctx = TypeCtx::with_settings(api, "crate", settings)?;
        let defaults = default_derivable(&ctx);
        let entries = (api.types.par_iter())
            .map(|t| {
                plan_type(t, &ctx, &defaults, settings)
                    .with_context(|| format!("type {} ({})", t.name, t.origin.pointer))
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(TypeSpace {
            entries,
            files: model_files(api),
            webhooks: webhook_aliases(api, &ctx),
            dependencies: settings.dependency_lines(),
            features: ModelFeatures::build(api)?,
        })
    }
}

fn plan_type(
    t: &TypeDef,
    ctx: &TypeCtx,
    defaults: &HashSet<String>,
    settings: &ModelSettings,
) -> Result<TypeEntry> {
    let rust_name = type_ident(&t.name).to_string();
    let mut docs = type_docs(t);
    if let TypeKind::Struct(s) = &t.kind {
        docs.extend(all_of_docs(s, ctx, docs.is_empty()));
    }
    const SERDE: [&str; 2] = ["::serde::Serialize", "::serde::Deserialize"];
    let (derives, kind): (Vec<&str>, EntryKind) = match &t.kind {
        TypeKind::Struct(s) => {
            let derives_default = defaults.contains(&t.name);
            let entry = plan_struct(t, s, &rust_name, ctx, derives_default);
            let mut derives = vec!["Debug", "Clone", "PartialEq"];
            derives.extend(derives_default.then_some("Default"));
            if entry.serde == StructSerde::Derived {
                derives.extend(SERDE);
            }
            (derives, EntryKind::Struct(entry))
        }
        TypeKind::Enum(e) => match e.repr {
            EnumRepr::String => (
                vec!["Debug", "Clone", "PartialEq", "Eq", "Hash"],
                EntryKind::StringEnum(plan_enum(e, |v| Ok(enum_text(v)))?),
            ),
            EnumRepr::Integer => (
                vec!["Debug", "Clone", "Copy", "PartialEq", "Eq", "Hash"],
                EntryKind::IntegerEnum(plan_enum(e, |v| {
                    v.as_i64()
                        .with_context(|| format!("integer enum value {v} is not a 64-bit integer"))
                })?),
            ),
        },
        TypeKind::Union(u) if u.variants.is_empty() => (
            Vec::new(),
            EntryKind::Alias(rust_type(&crate::ir::TypeRef::Any, ctx)),
        ),
        TypeKind::Union(u) => (
            vec!["Debug", "Clone", "PartialEq"],
            EntryKind::Union(plan_union(t, u, ctx)),
        ),
        TypeKind::Alias(target) if ctx.is_newtype_alias(&t.name) => {
            let mut derives = vec!["Debug", "Clone", "PartialEq"];
            derives.extend(SERDE);
            let inner = rust_type(target, &ctx.within(&t.name));
            let may_stray = may_stray(target, ctx, 0);
            (derives, EntryKind::Newtype { inner, may_stray })
        }
        TypeKind::Alias(target) => (Vec::new(), EntryKind::Alias(rust_type(target, ctx))),
    };
    let mut derives: Vec<String> = derives.into_iter().map(str::to_string).collect();
    if !derives.is_empty() {
        for extra in settings.derives_for(&rust_name) {
            if !derives.contains(&extra) {
                derives.push(extra);
            }
        }
    }
    Ok(TypeEntry {
        ir_name: t.name.clone(),
        attributes: settings.attributes_for(&rust_name),
        rust_name,
        docs,
        deprecated: t.deprecated,
        derives,
        kind,
    })
}

/// A string enum value's wire text.
fn enum_text(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Title (unless it only repeats the name) and description.
fn type_docs(t: &TypeDef) -> Vec<String> {
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
        return Vec::new();
    }
    doc_lines(Some(&parts.join("\n\n")))
}

/// The title only spells (a prefix of) the type's name (`Access Profile` for `AccessProfile`).
pub(super) fn repeats_name(title: &str, name: &str) -> bool {
    let squash = |s: &str| {
        s.chars()
            .filter(char::is_ascii_alphanumeric)
            .collect::<String>()
            .to_ascii_lowercase()
    };
    squash(name).starts_with(&squash(title))
}

/// "Includes the fields of [`A`](crate::A)." for allOf parents that exist.
fn all_of_docs(s: &Struct, ctx: &TypeCtx, first: bool) -> Vec<String> {
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
        return Vec::new();
    }
    let line = format!(" Includes the fields of {}.", parents.join(", "));
    if first {
        vec![line]
    } else {
        vec![String::new(), line]
    }
}

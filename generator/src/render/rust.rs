//! The mapping from IR types to Rust types, and the member names of a model struct, used by both
//! crate renderers (identifiers themselves come from [`crate::naming`], doc comments from
//! [`super::docs`]):
//!
//! - [`struct_field_idents`]: the field names of a model struct;
//! - [`TypeCtx`] (what the mapping needs to know about the whole [`Api`]) and [`type_tokens`]
//!   (an IR [`TypeRef`] as a Rust type).
//!
//! # Type mapping
//!
//! | IR | Rust |
//! |---|---|
//! | `Named(T)` | `<models>::T`; `Box<..>` where a direct cycle needs it; `Option<..>` for a nullable enum |
//! | `Array(T)` | `Vec<T>` |
//! | `OneOrMany(T)` | `<models>::primitives::OneOrMany<T>` (a list read from an array or one item) |
//! | `Map(T)` | `indexmap::IndexMap<String, T>` (keeps the wire order of keys) |
//! | `Nullable(T)` | `Option<T>` (nothing added when `T` already holds `null`) |
//! | `Any` | `serde_json::Value` |
//! | `String`, `Uuid`, `Byte` | `String` |
//! | `Date`, `DateTime` | `<models>::primitives::{Date, DateTime}` (the wire text, kept exactly) |
//! | `Binary` | `Vec<u8>` |
//! | `Integer`, `Int64` / `Int32` | `i64` / `i32` |
//! | `Number`, `Float`, `Double` | `f64` |
//! | `Boolean` | `bool` |
//!
//! Why these choices is explained at the top of [`super::models`].
//!
//! `<models>` is the path the caller gives [`TypeCtx::new`]: `crate` inside the models crate,
//! the models crate's name inside the client. Outside the models crate, `serde_json` and
//! `indexmap` are named through the models crate's re-exports (`<models>::serde_json`,
//! `<models>::indexmap`), so the client needs no direct dependency on them.

use std::collections::HashMap;
use std::sync::Arc;

use anyhow::{Context, Result};
use proc_macro2::{Ident, TokenStream};
use quote::quote;

use crate::ir::{Api, Field, Primitive, Struct, TypeDef, TypeKind, TypeRef};
use crate::naming::{field_ident, type_ident, unique_idents};
use crate::settings::ModelSettings;

/// The Rust field names of a struct's fields, flattened parts and additional-properties map, as
/// the models crate declares them (the client uses them to reach into model structs).
#[derive(Debug, Clone)]
pub struct StructFieldIdents<'s> {
    /// The declared fields in spec order, each wire name once (the first wins; the IR never
    /// repeats one), with their Rust names.
    pub fields: Vec<(&'s Field, Ident)>,
    /// One per `Struct::flatten` part: the snake_case part type name, else `flattened`.
    pub flatten: Vec<Ident>,
    /// The flattened map of members the struct does not declare: `additional_properties`
    /// (suffixed if a field already has that name). It holds `Struct::additional_properties`
    /// when the schema types them, else it is the catch-all `CatchAll<Value>` map that
    /// keeps undeclared members for writing a value back whole. The name is always reserved
    /// (it comes last, so it never changes another member's name); the models renderer leaves
    /// the catch-all out of a struct whose flattened part collects undeclared members itself.
    pub additional_properties: Ident,
}

/// Names every member of a struct ([`field_ident`], then [`unique_idents`] over fields,
/// flattened parts and the additional-properties map, in that order).
pub fn struct_field_idents(s: &Struct) -> StructFieldIdents<'_> {
    let mut seen = std::collections::HashSet::new();
    let fields: Vec<&Field> = s.fields.iter().filter(|f| seen.insert(&f.name)).collect();
    let mut names: Vec<Ident> = fields.iter().map(|f| field_ident(&f.name)).collect();
    names.extend(s.flatten.iter().map(|p| match p {
        TypeRef::Named(n) => field_ident(n),
        TypeRef::Nullable(inner) => match inner.as_ref() {
            TypeRef::Named(n) => field_ident(n),
            _ => field_ident("flattened"),
        },
        _ => field_ident("flattened"),
    }));
    names.push(field_ident("additional_properties"));
    let mut names = unique_idents(&names, &[]).into_iter();
    let fields = fields.into_iter().zip(names.by_ref()).collect();
    let flatten = names.by_ref().take(s.flatten.len()).collect();
    StructFieldIdents {
        fields,
        flatten,
        additional_properties: names
            .next()
            .unwrap_or_else(|| field_ident("additional_properties")),
    }
}

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

/// What [`type_tokens`] needs to know about the whole API: where named types live, which
/// references must be boxed, which named types already hold `null`.
///
/// Build it once per [`Api`] with [`TypeCtx::new`] (the analysis is shared by every copy) and
/// narrow it with [`TypeCtx::within`] while rendering the fields or variants of one type. It is
/// `Send + Sync`, so types can be rendered in parallel.
#[derive(Debug, Clone)]
pub struct TypeCtx<'a> {
    api: &'a Api,
    index: Arc<Index>,
    /// `crate`, or the path of the models crate (`sailpoint_v2025_models`).
    models_path: String,
    /// The type whose fields/variants are being rendered (decides boxing).
    current: Option<usize>,
    /// Primitives mapped to another Rust type than the default (empty unless configured).
    replacements: Arc<HashMap<Primitive, String>>,
}

#[derive(Debug)]
struct Index {
    by_name: HashMap<String, usize>,
    /// Strongly connected component of each type in the graph of direct (by-value) references.
    scc: Vec<usize>,
    /// Aliases that sit on a cycle made of aliases only; Rust rejects recursive type aliases, so
    /// these are rendered as newtype structs.
    newtype_alias: Vec<bool>,
}

impl<'a> TypeCtx<'a> {
    /// Analyses `api` (recursion, nullability). `models_path` is how Rust code at the use site
    /// names the models crate: `crate` inside it, else its library name (e.g.
    /// `sailpoint_v2025_models` or `::sailpoint_v2025_models`).
    pub fn new(api: &'a Api, models_path: &str) -> Result<TypeCtx<'a>> {
        syn::parse_str::<syn::Path>(models_path)
            .with_context(|| format!("{models_path:?} is not a Rust path"))?;
        let by_name: HashMap<String, usize> = api
            .types
            .iter()
            .enumerate()
            .map(|(i, t)| (t.name.clone(), i))
            .collect();
        let n = api.types.len();
        let resolve = |name: &str| by_name.get(name).copied();

        let mut direct: Vec<Vec<usize>> = vec![Vec::new(); n];
        let mut alias_edges: Vec<Vec<usize>> = vec![Vec::new(); n];
        for (i, t) in api.types.iter().enumerate() {
            let mut refs = Vec::new();
            match &t.kind {
                TypeKind::Struct(s) => {
                    for f in &s.fields {
                        direct_refs(&f.ty, &mut refs);
                    }
                    for p in &s.flatten {
                        direct_refs(p, &mut refs);
                    }
                }
                TypeKind::Union(u) => {
                    for v in &u.variants {
                        direct_refs(v, &mut refs);
                    }
                }
                TypeKind::Alias(target) => {
                    direct_refs(target, &mut refs);
                    let mut all = Vec::new();
                    all_refs(target, &mut all);
                    alias_edges[i] = all
                        .iter()
                        .filter_map(|r| resolve(r))
                        .filter(|&j| matches!(api.types[j].kind, TypeKind::Alias(_)))
                        .collect();
                }
                TypeKind::Enum(_) => {}
            }
            direct[i] = refs.iter().filter_map(|r| resolve(r)).collect();
        }
        let scc = strongly_connected(&direct);
        let alias_scc = strongly_connected(&alias_edges);
        let mut sizes: HashMap<usize, usize> = HashMap::new();
        for &c in &alias_scc {
            *sizes.entry(c).or_default() += 1;
        }
        let newtype_alias = (0..n)
            .map(|i| {
                matches!(api.types[i].kind, TypeKind::Alias(_))
                    && (sizes[&alias_scc[i]] > 1 || alias_edges[i].contains(&i))
            })
            .collect();
        Ok(TypeCtx {
            api,
            index: Arc::new(Index {
                by_name,
                scc,
                newtype_alias,
            }),
            models_path: models_path.to_string(),
            current: None,
            replacements: Arc::default(),
        })
    }

    /// The same context while rendering the fields or variants of `type_name`: references that
    /// close a cycle of by-value containment back to it are boxed.
    pub fn within(&self, type_name: &str) -> TypeCtx<'a> {
        TypeCtx {
            current: self.index.by_name.get(type_name).copied(),
            ..self.clone()
        }
    }

    pub fn api(&self) -> &'a Api {
        self.api
    }

    /// The named type, if the API has it.
    pub fn type_def(&self, name: &str) -> Option<&'a TypeDef> {
        self.index.by_name.get(name).map(|&i| &self.api.types[i])
    }

    /// The alias is on a cycle of aliases (e.g. `A = Vec<A>`), which Rust rejects: the models
    /// crate renders it as a newtype struct instead of `pub type`.
    pub fn is_newtype_alias(&self, name: &str) -> bool {
        self.index
            .by_name
            .get(name)
            .is_some_and(|&i| self.index.newtype_alias[i])
    }

    /// The Rust type of `ty` can already hold JSON `null`: `Nullable`, `Any` (`Value::Null`), a
    /// nullable enum (rendered `Option<E>`), a union with such a member, or an alias of one of
    /// these.
    pub fn holds_null(&self, ty: &TypeRef) -> bool {
        self.holds_null_depth(ty, 0)
    }

    fn holds_null_depth(&self, ty: &TypeRef, depth: usize) -> bool {
        match ty {
            TypeRef::Nullable(_) | TypeRef::Any => true,
            TypeRef::Named(n) => match self.type_def(n).map(|t| &t.kind) {
                Some(TypeKind::Enum(e)) => e.nullable,
                // A union with a member that takes `null`.
                Some(TypeKind::Union(u)) if depth < 64 => u
                    .variants
                    .iter()
                    .any(|v| self.holds_null_depth(v, depth + 1)),
                Some(TypeKind::Alias(target)) if !self.is_newtype_alias(n) && depth < 64 => {
                    self.holds_null_depth(target, depth + 1)
                }
                _ => false,
            },
            _ => false,
        }
    }

    /// `ty` is free-form JSON (`Any`, or an alias of it): `null` is `Value::Null`, not `None`.
    pub fn is_json_value(&self, ty: &TypeRef) -> bool {
        let mut ty = ty;
        for _ in 0..64 {
            match ty {
                TypeRef::Any => return true,
                TypeRef::Named(n) if !self.is_newtype_alias(n) => match self.type_def(n) {
                    Some(TypeDef {
                        kind: TypeKind::Alias(target),
                        ..
                    }) => ty = target,
                    _ => return false,
                },
                _ => return false,
            }
        }
        false
    }

    /// Path tokens of the models crate.
    pub fn models_path(&self) -> TokenStream {
        // Checked to parse in `new`.
        self.models_path.parse().unwrap_or_default()
    }

    /// Path to a crate the models crate depends on (`serde_json`, `indexmap`): the crate itself
    /// inside the models crate, the re-export elsewhere.
    fn dep(&self, name: &str) -> String {
        if self.models_path == "crate" {
            format!("::{name}")
        } else {
            format!("{}::{name}", self.models_path)
        }
    }

    /// The type mapping under the generation settings, with named types under `models_path`:
    /// the models crate (`crate`) and the client (`models`) both spell types through it, so a
    /// type replacement reaches both.
    pub fn with_settings(
        api: &'a Api,
        models_path: &str,
        settings: &ModelSettings,
    ) -> Result<TypeCtx<'a>> {
        Ok(TypeCtx::new(api, models_path)?.with_replacements(settings.replacements()?))
    }

    /// The same context with primitives mapped to other Rust types (the type replacements, see
    /// [`crate::settings`]); each value must parse as a Rust type.
    pub fn with_replacements(mut self, replacements: HashMap<Primitive, String>) -> TypeCtx<'a> {
        self.replacements = Arc::new(replacements);
        self
    }

    fn needs_box(&self, target: &str) -> bool {
        match (self.current, self.index.by_name.get(target)) {
            (Some(c), Some(&t)) => self.index.scc[c] == self.index.scc[t],
            _ => false,
        }
    }
}

/// Named types referenced by value (not behind `Vec`/map).
fn direct_refs<'t>(ty: &'t TypeRef, out: &mut Vec<&'t str>) {
    match ty {
        TypeRef::Named(n) => out.push(n),
        TypeRef::Nullable(t) => direct_refs(t, out),
        TypeRef::Array(_)
        | TypeRef::OneOrMany(_)
        | TypeRef::Map(_)
        | TypeRef::Primitive(_)
        | TypeRef::Any => {}
    }
}

/// The type references a type's definition holds: fields, flattened parts, typed additional
/// properties, union members, an alias target.
pub(crate) fn member_types(kind: &TypeKind) -> Vec<&TypeRef> {
    match kind {
        TypeKind::Struct(s) => s
            .fields
            .iter()
            .map(|f| &f.ty)
            .chain(&s.flatten)
            .chain(&s.additional_properties)
            .collect(),
        TypeKind::Union(u) => u.variants.iter().collect(),
        TypeKind::Alias(target) => vec![target],
        TypeKind::Enum(_) => Vec::new(),
    }
}

/// Every named type referenced anywhere in `ty`.
pub(crate) fn all_refs<'t>(ty: &'t TypeRef, out: &mut Vec<&'t str>) {
    match ty {
        TypeRef::Named(n) => out.push(n),
        TypeRef::Nullable(t) | TypeRef::Array(t) | TypeRef::OneOrMany(t) | TypeRef::Map(t) => {
            all_refs(t, out)
        }
        TypeRef::Primitive(_) | TypeRef::Any => {}
    }
}

/// Tarjan's algorithm, iterative: the component id of every node.
fn strongly_connected(edges: &[Vec<usize>]) -> Vec<usize> {
    const UNSEEN: usize = usize::MAX;
    let n = edges.len();
    let mut index = vec![UNSEEN; n];
    let mut low = vec![0; n];
    let mut on_stack = vec![false; n];
    let mut stack = Vec::new();
    let mut comp = vec![UNSEEN; n];
    let mut next_index = 0;
    let mut next_comp = 0;
    for root in 0..n {
        if index[root] != UNSEEN {
            continue;
        }
        // (node, next edge to look at)
        let mut work = vec![(root, 0usize)];
        index[root] = next_index;
        low[root] = next_index;
        next_index += 1;
        stack.push(root);
        on_stack[root] = true;
        while let Some(&mut (v, ref mut e)) = work.last_mut() {
            if let Some(&w) = edges[v].get(*e) {
                *e += 1;
                if index[w] == UNSEEN {
                    index[w] = next_index;
                    low[w] = next_index;
                    next_index += 1;
                    stack.push(w);
                    on_stack[w] = true;
                    work.push((w, 0));
                } else if on_stack[w] {
                    low[v] = low[v].min(index[w]);
                }
                continue;
            }
            work.pop();
            if let Some(&(parent, _)) = work.last() {
                low[parent] = low[parent].min(low[v]);
            }
            if low[v] == index[v] {
                while let Some(w) = stack.pop() {
                    on_stack[w] = false;
                    comp[w] = next_comp;
                    if w == v {
                        break;
                    }
                }
                next_comp += 1;
            }
        }
    }
    comp
}

/// A Rust type as plain data (`Send + Sync`, no tokens): what [`rust_type`] maps an IR type
/// reference to. [`RustType::to_tokens`] writes it as code; `Display` as text.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RustType {
    /// A path, generic arguments included when it has any: `i64`, `crate::Pet`,
    /// `::serde_json::Value`, or a configured replacement such as `uuid::Uuid`.
    Path(String),
    Vec(Box<RustType>),
    /// `<models>::primitives::OneOrMany<item>`: a list that also reads a single item;
    /// `models` is the path of the models crate at the use site.
    OneOrMany {
        models: String,
        item: Box<RustType>,
    },
    /// `<indexmap>::IndexMap<String, value>`; `indexmap` is the path of the `indexmap` crate at
    /// the use site.
    Map {
        indexmap: String,
        value: Box<RustType>,
    },
    Option(Box<RustType>),
    /// A by-value reference that closes a cycle.
    Box(Box<RustType>),
}

impl RustType {
    /// The type as tokens. A path that does not lex (only a configured replacement could be
    /// one, and settings are checked when the type space is built) yields no tokens.
    pub fn to_tokens(&self) -> TokenStream {
        match self {
            RustType::Path(path) => path.parse().unwrap_or_default(),
            RustType::Vec(item) => {
                let item = item.to_tokens();
                quote!(Vec<#item>)
            }
            RustType::OneOrMany { models, item } => {
                let models: TokenStream = models.parse().unwrap_or_default();
                let item = item.to_tokens();
                quote!(#models::primitives::OneOrMany<#item>)
            }
            RustType::Map { indexmap, value } => {
                let indexmap: TokenStream = indexmap.parse().unwrap_or_default();
                let value = value.to_tokens();
                quote!(#indexmap::IndexMap<String, #value>)
            }
            RustType::Option(inner) => {
                let inner = inner.to_tokens();
                quote!(Option<#inner>)
            }
            RustType::Box(inner) => {
                let inner = inner.to_tokens();
                quote!(Box<#inner>)
            }
        }
    }

    /// `Option<self>`.
    pub fn optional(self) -> RustType {
        RustType::Option(Box::new(self))
    }
}

impl std::fmt::Display for RustType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RustType::Path(path) => f.write_str(path),
            RustType::Vec(item) => write!(f, "Vec<{item}>"),
            RustType::OneOrMany { models, item } => {
                write!(f, "{models}::primitives::OneOrMany<{item}>")
            }
            RustType::Map { indexmap, value } => write!(f, "{indexmap}::IndexMap<String, {value}>"),
            RustType::Option(inner) => write!(f, "Option<{inner}>"),
            RustType::Box(inner) => write!(f, "Box<{inner}>"),
        }
    }
}

/// The Rust type for an IR type reference (see the table at the top of this module).
///
/// `Named` references that close a by-value cycle back to the type given to
/// [`TypeCtx::within`] are boxed; references behind `Vec` or a map never are. A reference to a
/// nullable enum is `Option<E>`.
pub fn type_tokens(ty: &TypeRef, ctx: &TypeCtx) -> TokenStream {
    rust_type(ty, ctx).to_tokens()
}

/// [`type_tokens`] as plain data.
pub fn rust_type(ty: &TypeRef, ctx: &TypeCtx) -> RustType {
    map_type(ty, ctx, true)
}

/// The type of a struct's `additional_properties` whose values are `value`:
/// `<models>::primitives::CatchAll<value>` (a map that also holds what tolerant
/// decoding keeps of the declared members).
pub fn additional_properties_type(value: &TypeRef, ctx: &TypeCtx) -> RustType {
    let value = map_type(value, ctx, false);
    RustType::Path(format!(
        "{}::primitives::CatchAll<{value}>",
        ctx.models_path
    ))
}

fn map_type(ty: &TypeRef, ctx: &TypeCtx, direct: bool) -> RustType {
    match ty {
        TypeRef::Named(n) => {
            let mut t = RustType::Path(format!("{}::{}", ctx.models_path, type_ident(n)));
            if direct && ctx.needs_box(n) {
                t = RustType::Box(Box::new(t));
            }
            if matches!(ctx.type_def(n).map(|d| &d.kind), Some(TypeKind::Enum(e)) if e.nullable) {
                t = t.optional();
            }
            t
        }
        TypeRef::Primitive(p) => primitive_type(*p, ctx),
        TypeRef::Array(item) => RustType::Vec(Box::new(map_type(item, ctx, false))),
        TypeRef::OneOrMany(item) => RustType::OneOrMany {
            models: ctx.models_path.clone(),
            item: Box::new(map_type(item, ctx, false)),
        },
        TypeRef::Map(value) => RustType::Map {
            indexmap: ctx.dep("indexmap"),
            value: Box::new(map_type(value, ctx, false)),
        },
        TypeRef::Nullable(inner) => {
            let t = map_type(inner, ctx, direct);
            if ctx.holds_null(inner) {
                t
            } else {
                t.optional()
            }
        }
        TypeRef::Any => RustType::Path(format!("{}::Value", ctx.dep("serde_json"))),
    }
}

fn primitive_type(p: Primitive, ctx: &TypeCtx) -> RustType {
    if let Some(replacement) = ctx.replacements.get(&p) {
        return RustType::Path(replacement.clone());
    }
    let path = match p {
        Primitive::String | Primitive::Uuid | Primitive::Byte => "String".to_string(),
        Primitive::Date => format!("{}::primitives::Date", ctx.models_path),
        Primitive::DateTime => format!("{}::primitives::DateTime", ctx.models_path),
        Primitive::Binary => return RustType::Vec(Box::new(RustType::Path("u8".into()))),
        Primitive::Integer | Primitive::Int64 => "i64".to_string(),
        Primitive::Int32 => "i32".to_string(),
        Primitive::Number | Primitive::Float | Primitive::Double => "f64".to_string(),
        Primitive::Boolean => "bool".to_string(),
    };
    RustType::Path(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(id: Ident) -> String {
        id.to_string()
    }

    #[test]
    fn strongly_connected_components() {
        // 0 -> 1 -> 2 -> 0, 3 -> 3, 4 -> 0
        let edges = vec![vec![1], vec![2], vec![0], vec![3], vec![0]];
        let c = strongly_connected(&edges);
        assert_eq!(c[0], c[1]);
        assert_eq!(c[1], c[2]);
        assert_ne!(c[3], c[0]);
        assert_ne!(c[4], c[0]);
        assert_ne!(c[4], c[3]);
    }

    #[test]
    fn struct_members_reserve_the_catch_all_name_last() {
        let field = |name: &str| Field {
            name: name.into(),
            ty: TypeRef::Any,
            required: false,
            nullable: false,
            description: None,
            deprecated: false,
            read_only: false,
            write_only: false,
            default: None,
            example: None,
        };
        let plain = Struct {
            fields: vec![field("id")],
            flatten: vec![],
            all_of: vec![],
            additional_properties: None,
        };
        let names = struct_field_idents(&plain);
        assert_eq!(s(names.additional_properties), "additional_properties");
        let clash = Struct {
            fields: vec![
                field("additionalProperties"),
                field("additional_properties2"),
            ],
            flatten: vec![TypeRef::Named("AdditionalProperties".into())],
            ..plain
        };
        let names = struct_field_idents(&clash);
        let fields: Vec<String> = names.fields.iter().map(|(_, id)| s(id.clone())).collect();
        assert_eq!(fields, ["additional_properties", "additional_properties2"]);
        assert_eq!(s(names.flatten[0].clone()), "additional_properties3");
        assert_eq!(s(names.additional_properties), "additional_properties4");
    }
}

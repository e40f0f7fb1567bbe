//! Whole-API questions the type space asks while it plans one type: the IR contract
//! ([`validate`]), what a reference finally means through aliases, which structs can derive
//! `Default`, which values can stray from their schema, which members a flattened part takes,
//! and the try-order of untagged union members.

use std::collections::{BTreeSet, HashMap, HashSet};

use anyhow::{bail, Result};

use crate::ir::{Api, EnumRepr, Field, Primitive, Struct, TypeDef, TypeKind, TypeRef};
use crate::naming::type_ident;
use crate::render::rust::{all_refs, member_types, TypeCtx};

/// The IR contract the renderer relies on: names resolve, and map to distinct identifiers.
pub(super) fn validate(api: &Api) -> Result<()> {
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
        all_refs(ty, &mut refs);
        match refs.into_iter().find(|r| !names.contains(r)) {
            Some(missing) => {
                bail!("{owner} references type {missing:?}, which the API does not define")
            }
            None => Ok(()),
        }
    };
    for t in &api.types {
        let owner = format!("type {}", t.name);
        for ty in member_types(&t.kind) {
            check(&owner, ty)?;
        }
    }
    for w in &api.webhooks {
        let owner = format!("webhook {}", w.name);
        let op = &w.operation;
        let bodies = op.request_body.iter().flat_map(|b| &b.content);
        for m in bodies.chain(op.responses.iter().flat_map(|r| &r.content)) {
            if let Some(s) = &m.schema {
                check(&owner, s)?;
            }
        }
    }
    Ok(())
}

/// Follows aliases (not newtype ones) to the type a reference finally means.
pub(super) fn resolve<'a>(ty: &'a TypeRef, ctx: &TypeCtx<'a>) -> &'a TypeRef {
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
pub(super) fn resolve_struct<'a>(ty: &'a TypeRef, ctx: &TypeCtx<'a>) -> Option<&'a Struct> {
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
pub(super) fn default_derivable(ctx: &TypeCtx) -> HashSet<String> {
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
    matches!(
        resolve(&f.ty, ctx),
        TypeRef::Array(_) | TypeRef::OneOrMany(_) | TypeRef::Map(_)
    )
}

/// Whether a value of `ty` can hold more than its schema describes (an unlisted enum value, an
/// undeclared object member), so that `SchemaFit::add_fit` has something to measure.
pub(super) fn may_stray(ty: &TypeRef, ctx: &TypeCtx, depth: usize) -> bool {
    match ty {
        TypeRef::Primitive(_) => false,
        TypeRef::Map(_) | TypeRef::Any => true,
        TypeRef::Array(inner) | TypeRef::OneOrMany(inner) | TypeRef::Nullable(inner) => {
            may_stray(inner, ctx, depth)
        }
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
pub(super) fn declared_members(
    ty: &TypeRef,
    ctx: &TypeCtx,
    depth: usize,
) -> Option<BTreeSet<String>> {
    if depth > 16 {
        return None;
    }
    match resolve(ty, ctx) {
        TypeRef::Nullable(inner) => declared_members(inner, ctx, depth + 1),
        TypeRef::Map(_) | TypeRef::Any => None,
        TypeRef::Primitive(_) | TypeRef::Array(_) | TypeRef::OneOrMany(_) => Some(BTreeSet::new()),
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

/// The type name a union member refers to, through `Nullable`.
pub(super) fn named(ty: &TypeRef) -> Option<&str> {
    match ty {
        TypeRef::Named(n) => Some(n),
        TypeRef::Nullable(inner) => named(inner),
        _ => None,
    }
}

/// The member's struct declares the discriminator as a required, non-null field, so serializing
/// the member writes the tag.
pub(super) fn carries_tag(ty: &TypeRef, property: &str, ctx: &TypeCtx) -> bool {
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
pub(super) fn variant_name(ty: &TypeRef) -> String {
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
        TypeRef::Array(item) | TypeRef::OneOrMany(item) => format!("{}List", variant_name(item)),
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
pub(super) fn try_order(ty: &TypeRef, ctx: &TypeCtx) -> (u8, i64) {
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
        TypeRef::Array(_) | TypeRef::OneOrMany(_) => (3, 0),
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

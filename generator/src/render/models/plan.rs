//! The members of a struct, the variants of an enum and of a union, as type space entries.

use std::collections::HashSet;

use anyhow::Result;
use proc_macro2::Ident;

use super::analysis::{
    carries_tag, declared_members, may_stray, named, resolve_struct, try_order, variant_name,
};
use super::type_space::{
    repeats_name, EnumVariant, FitPlan, MemberEntry, MemberInit, MemberRole, PartDeserializer,
    ReadKind, SerdeAttrs, Setter, SetterKind, StructEntry, StructSerde, UnionEntry, UnionVariant,
};
use crate::ir::{Enum, Field, Primitive, Struct, TypeDef, TypeRef, Union};
use crate::naming::{setter_idents, unique_idents, unraw, variant_ident};
use crate::render::docs::doc_lines;
use crate::render::rust::{
    additional_properties_type, rust_type, struct_field_idents, RustType, TypeCtx,
};

/// The variant every enum has for values the spec does not list.
pub(super) const UNKNOWN: &str = "Unknown";

const NEW_CATCH_ALL: &str = "crate::primitives::CatchAll::new()";

pub(super) fn plan_struct(
    t: &TypeDef,
    s: &Struct,
    rust_name: &str,
    ctx: &TypeCtx,
    derives_default: bool,
) -> StructEntry {
    let within = ctx.within(&t.name);
    let names = struct_field_idents(s);
    let (mut members, shapes): (Vec<MemberEntry>, Vec<Option<SetterShape>>) = (names.fields.iter())
        .map(|(f, id)| plan_field(f, id, &within))
        .unzip();
    // Serde hands every flattened field the members the struct does not declare. A part whose
    // member names are known takes just those (so that they do not also land in the catch-all
    // map); a part that accepts any member (a map, free-form JSON) gets all of them, and then it
    // is the one that keeps undeclared members: the struct has no catch-all of its own.
    let mut open_part = false;
    for (p, id) in s.flatten.iter().zip(&names.flatten) {
        let deserializer = declared_members(p, ctx, 0).map(|members| PartDeserializer {
            function: format!("deserialize_{}", unraw(id)),
            members: members.into_iter().collect(),
            optional_inner: match p {
                TypeRef::Nullable(inner) if !ctx.holds_null(inner) => {
                    Some(rust_type(inner, &within))
                }
                _ => None,
            },
        });
        open_part |= deserializer.is_none();
        let deserialize_with =
            (deserializer.as_ref()).map(|d| format!("{rust_name}::{}", d.function));
        let rust_type = rust_type(p, &within);
        members.push(MemberEntry {
            rust_name: id.to_string(),
            init: MemberInit::Argument {
                into: rust_type.clone(),
            },
            setter: None,
            rust_type,
            role: MemberRole::Part { deserializer },
            serde: SerdeAttrs {
                flatten: true,
                deserialize_with,
                ..SerdeAttrs::default()
            },
            docs: vec![" Flattened: its fields sit next to the others on the wire.".into()],
            deprecated: false,
            fit: fit_of(p, ctx),
        });
    }
    let flatten = SerdeAttrs {
        flatten: true,
        ..SerdeAttrs::default()
    };
    let extra = names.additional_properties.to_string();
    match &s.additional_properties {
        Some(ap) => members.push(MemberEntry {
            rust_name: extra,
            rust_type: additional_properties_type(ap, &within),
            role: MemberRole::AdditionalProperties,
            serde: flatten,
            docs: vec![" Properties not declared above, by name, in wire order.".into()],
            deprecated: false,
            init: MemberInit::Value(NEW_CATCH_ALL.into()),
            setter: None,
            fit: match fit_of(ap, ctx) {
                FitPlan::None => FitPlan::None,
                _ => FitPlan::Values,
            },
        }),
        None if !open_part => members.push(MemberEntry {
            rust_name: extra,
            rust_type: additional_properties_type(&TypeRef::Any, &within),
            role: MemberRole::CatchAll,
            serde: flatten,
            docs: vec![
                " Members the schema does not declare, by name, in wire order: kept so that a value"
                    .into(),
                " read from the API is written back whole.".into(),
            ],
            deprecated: false,
            init: MemberInit::Value(NEW_CATCH_ALL.into()),
            setter: None,
            fit: FitPlan::Count,
        }),
        None => {}
    }
    name_setters(&mut members, shapes);
    let serde = plan_serde(&mut members);
    StructEntry {
        members,
        derives_default,
        serde,
    }
}

/// A struct without flattened parts reads and writes its members with `serde_struct!` (by each
/// field's [`ReadKind`]), so its members drop the serde attributes the derives would need.
fn plan_serde(members: &mut [MemberEntry]) -> StructSerde {
    if (members.iter()).any(|m| matches!(m.role, MemberRole::Part { .. })) {
        return StructSerde::Derived;
    }
    for m in members.iter_mut() {
        m.serde = SerdeAttrs::default();
    }
    StructSerde::Members
}

fn fit_of(ty: &TypeRef, ctx: &TypeCtx) -> FitPlan {
    if may_stray(ty, ctx, 0) {
        FitPlan::Value
    } else {
        FitPlan::None
    }
}

/// What an optional field's setter takes and stores, before it is named.
struct SetterShape {
    value_type: RustType,
    /// The setter's kind from the name of its null setter, when the value may be `null`.
    nullable: Option<fn(String) -> SetterKind>,
}

/// `value` is the field's type without the `Option` of absence: `Option<T>` takes `T` and has a
/// null setter (`Some(None)`); so does nullable free-form JSON (`Some(Value::Null)`); other
/// types are taken as they are.
fn setter_shape(f: &Field, value: &RustType, ctx: &TypeCtx) -> SetterShape {
    match value {
        RustType::Option(inner) => SetterShape {
            value_type: (**inner).clone(),
            nullable: Some(|null| SetterKind::Nullable { null }),
        },
        _ => SetterShape {
            value_type: value.clone(),
            nullable: (f.nullable && ctx.is_json_value(&f.ty))
                .then_some(|null| SetterKind::NullableJson { null }),
        },
    }
}

/// Names the setters of the fields that have a shape (`shapes` is one per declared field, in
/// member order), beside the struct's other associated functions.
fn name_setters(members: &mut [MemberEntry], shapes: Vec<Option<SetterShape>>) {
    let taken: Vec<String> = (members.iter())
        .filter_map(|m| match &m.role {
            MemberRole::Part {
                deserializer: Some(d),
            } => Some(d.function.clone()),
            _ => None,
        })
        .collect();
    let wanted: Vec<(usize, (&str, bool))> = (shapes.iter().enumerate())
        .filter_map(|(i, shape)| {
            let shape = shape.as_ref()?;
            Some((i, (members[i].rust_name.as_str(), shape.nullable.is_some())))
        })
        .collect();
    let fields: Vec<(&str, bool)> = wanted.iter().map(|(_, w)| *w).collect();
    let names = setter_idents(&fields, &taken);
    let indices: Vec<usize> = wanted.iter().map(|(i, _)| *i).collect();
    let mut shapes = shapes;
    for (i, (name, null_name)) in indices.into_iter().zip(names) {
        let Some(shape) = shapes[i].take() else {
            continue;
        };
        let kind = match (shape.nullable, null_name) {
            (Some(kind), Some(null)) => kind(null.to_string()),
            _ => SetterKind::Optional,
        };
        members[i].setter = Some(Setter {
            name: name.to_string(),
            value_type: shape.value_type,
            kind,
        });
    }
}

fn plan_field(f: &Field, ident: &Ident, ctx: &TypeCtx) -> (MemberEntry, Option<SetterShape>) {
    let holds_null = ctx.holds_null(&f.ty);
    let option_depth = f.option_depth(holds_null);
    let mut rust_type = rust_type(&f.ty, ctx);
    if f.null_wrapped(holds_null) {
        rust_type = rust_type.optional();
    }
    let mut shape = None;
    let rename = (unraw(ident) != f.name).then(|| f.name.clone());
    let mut serde = SerdeAttrs {
        rename,
        ..SerdeAttrs::default()
    };
    let (init, read) = if f.may_be_absent() {
        // Optional (or read-only): absent is `None`. When the value itself can be null,
        // `deserialize_some` keeps an explicit null apart from absence.
        shape = Some(setter_shape(f, &rust_type, ctx));
        rust_type = rust_type.optional();
        let nullable = f.nullable || holds_null;
        serde.default = true;
        serde.skip_serializing_if = Some("Option::is_none".into());
        serde.deserialize_with = nullable.then(|| "crate::serde_helpers::deserialize_some".into());
        let read = match nullable {
            true => ReadKind::Nullable,
            false => ReadKind::Optional,
        };
        (MemberInit::Value("None".into()), read)
    } else {
        let into = rust_type.clone();
        (MemberInit::Argument { into }, ReadKind::Required)
    };
    let entry = MemberEntry {
        rust_name: ident.to_string(),
        rust_type,
        role: MemberRole::Field {
            wire_name: f.name.clone(),
            option_depth,
            read,
        },
        serde,
        docs: field_docs(f),
        deprecated: f.deprecated,
        init,
        setter: None,
        fit: fit_of(&f.ty, ctx),
    };
    (entry, shape)
}

fn field_docs(f: &Field) -> Vec<String> {
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
    doc_lines(Some(&text))
}

/// A wire value of an enum: how its variant is named and documented.
pub(super) trait EnumValueName: Clone + Eq + std::hash::Hash {
    fn variant_base(&self) -> Ident;
    fn wire_text(&self) -> String;
}

impl EnumValueName for String {
    fn variant_base(&self) -> Ident {
        variant_ident(self)
    }
    fn wire_text(&self) -> String {
        self.clone()
    }
}

impl EnumValueName for i64 {
    fn variant_base(&self) -> Ident {
        if *self < 0 {
            variant_ident(&format!("Minus{}", self.unsigned_abs()))
        } else {
            variant_ident(&format!("V{self}"))
        }
    }
    fn wire_text(&self) -> String {
        self.to_string()
    }
}

/// One variant per distinct value (the first wins), named uniquely beside [`UNKNOWN`].
pub(super) fn plan_enum<V: EnumValueName>(
    e: &Enum,
    value_of: impl Fn(&serde_json::Value) -> Result<V>,
) -> Result<Vec<EnumVariant<V>>> {
    let mut seen = HashSet::new();
    let mut values: Vec<(V, Option<&str>)> = Vec::new();
    for v in &e.values {
        let value = value_of(&v.value)?;
        if seen.insert(value.clone()) {
            values.push((value, v.description.as_deref()));
        }
    }
    let bases: Vec<Ident> = values.iter().map(|(v, _)| v.variant_base()).collect();
    let names = unique_idents(&bases, &[UNKNOWN]);
    Ok(values
        .into_iter()
        .zip(names)
        .map(|((value, description), id)| EnumVariant {
            docs: variant_docs(&value.wire_text(), description),
            rust_name: id.to_string(),
            value,
        })
        .collect())
}

/// The value's description, else the value itself in code style.
fn variant_docs(wire: &str, description: Option<&str>) -> Vec<String> {
    match description.filter(|d| !d.trim().is_empty()) {
        Some(d) => doc_lines(Some(d)),
        None if !wire.contains('`') && !wire.trim().is_empty() => {
            doc_lines(Some(&format!("`{wire}`")))
        }
        None => Vec::new(),
    }
}

pub(super) fn plan_union(t: &TypeDef, u: &Union, ctx: &TypeCtx) -> UnionEntry {
    let within = ctx.within(&t.name);
    let bases: Vec<Ident> = (u.variants.iter())
        .map(|v| Ident::new(&variant_name(v), proc_macro2::Span::call_site()))
        .collect();
    let names = unique_idents(&bases, &[]);
    // Discriminator: tag values per variant, in spec order, each tag once.
    let mut tags: Vec<Vec<String>> = vec![Vec::new(); u.variants.len()];
    if let Some(d) = &u.discriminator {
        let mut seen = HashSet::new();
        for case in &d.mapping {
            let target = (u.variants.iter()).position(|v| named(v) == Some(&case.type_name));
            if let Some(i) = target {
                if seen.insert(case.value.as_str()) {
                    tags[i].push(case.value.clone());
                }
            }
        }
    }
    let property = u.discriminator.as_ref().map(|d| d.property.as_str());
    let variants = (u.variants.iter().zip(names).zip(tags))
        .map(|((v, id), tags)| UnionVariant {
            rust_name: id.to_string(),
            rust_type: rust_type(v, &within),
            docs: union_variant_docs(v, ctx),
            adds_tag: match (property, tags.first()) {
                (Some(property), Some(tag)) if !carries_tag(v, property, ctx) => Some(tag.clone()),
                _ => None,
            },
            tags,
            absent_members: absent_members(v, ctx),
            may_stray: may_stray(v, ctx, 0),
        })
        .collect();
    let mut order: Vec<usize> = (0..u.variants.len()).collect();
    order.sort_by_key(|&i| (try_order(&u.variants[i], ctx), i));
    UnionEntry {
        variants,
        discriminator: property.map(str::to_string),
        try_order: order,
    }
}

/// The first sentence of the member type's title (unless it repeats the name) or description.
fn union_variant_docs(v: &TypeRef, ctx: &TypeCtx) -> Vec<String> {
    named(v)
        .and_then(|n| ctx.type_def(n))
        .and_then(|d| {
            let title = d.title.as_deref().filter(|t| !repeats_name(t, &d.name));
            title.or(d.description.as_deref())
        })
        .map(|d| doc_lines(Some(&first_sentence(d))))
        .unwrap_or_default()
}

/// Required but nullable fields read absence as `null`: the ones a fit counts when absent.
fn absent_members(v: &TypeRef, ctx: &TypeCtx) -> Vec<String> {
    resolve_struct(v, ctx)
        .map(|s| {
            s.fields
                .iter()
                .filter(|f| {
                    !f.may_be_absent()
                        && (f.nullable || ctx.holds_null(&f.ty))
                        && !ctx.is_json_value(&f.ty)
                })
                .map(|f| f.name.clone())
                .collect()
        })
        .unwrap_or_default()
}

fn first_sentence(text: &str) -> String {
    let para = text.trim().split("\n\n").next().unwrap_or_default();
    match para.find(". ") {
        Some(i) if i < 200 => para[..=i].to_string(),
        _ => para.to_string(),
    }
}

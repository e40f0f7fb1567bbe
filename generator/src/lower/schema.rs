//! Schemas -> [`TypeRef`]s and [`TypeDef`]s.
//!
//! Every schema node is visited through [`Lowerer::schema`], keyed by where it lives after `$ref`
//! chains are followed, so a file referenced from many places becomes one type and recursion
//! stops at the memo. Types get *provisional* names (`\u{1}<id>`) while lowering; [`super::names`]
//! picks the final ones once every candidate is known.

use serde_json::{Map, Value};

use super::{openapi31, recovery, Lowerer, NameHint, Parent};
use crate::diag::{Category, Severity};
use crate::ir::*;
use crate::resolve::Loc;

/// What a schema lowered to, before it is wrapped for its use site.
pub(super) struct Lowered {
    pub ty: TypeRef,
    /// The schema allows `null` (`nullable: true`, or `null` listed in its enum).
    pub nullable: bool,
}

impl<'s> Lowerer<'s> {
    /// Lowers the schema at `loc`; inline object/enum/union types are named `parent + suffix`.
    /// The result is non-null; nullability is returned apart.
    pub(super) fn schema(&mut self, loc: &Loc, parent: &Parent, suffix: &str) -> Lowered {
        let any = Lowered {
            ty: TypeRef::Any,
            nullable: false,
        };
        if self.openapi_31 {
            self.check_ref_siblings(loc);
        }
        let Some((target, node)) = self.resolver.deref(loc, &mut self.diags) else {
            self.value_fallback(loc, "its `$ref` cannot be followed");
            return any;
        };
        if let Some(&id) = self.memo.get(&target) {
            return Lowered {
                ty: TypeRef::Named(provisional(id)),
                nullable: self.pending[id].nullable,
            };
        }
        let Some(obj) = node.as_object() else {
            if node != &Value::Bool(true) {
                self.misuse(
                    &target,
                    "a schema must be a mapping",
                    "treated as free-form JSON",
                );
                self.value_fallback(&target, "the schema is not a mapping");
            }
            return any;
        };
        let nullable = self.nullable(&target, obj);
        let kind = self.classify(&target, obj);
        let hint = self.hint(&target, obj, parent, suffix);
        let ty = match kind {
            Shape::Named => {
                let id = self.reserve(&target, hint, nullable);
                let def = self.named_kind(id, &target, obj);
                self.pending[id].kind = Some(def);
                TypeRef::Named(provisional(id))
            }
            Shape::Plain => {
                let ty = self.plain(&target, obj, parent, suffix);
                if self.is_component(&target) {
                    let id = self.reserve(&target, hint, nullable);
                    self.pending[id].kind = Some(TypeKind::Alias(ty));
                    TypeRef::Named(provisional(id))
                } else {
                    ty
                }
            }
            Shape::Forward(part, extra_nullable) => {
                // `allOf: [X]` with nothing else (often just a description): it is X.
                let inner = self.schema(&part, parent, suffix);
                return Lowered {
                    ty: inner.ty,
                    nullable: nullable || extra_nullable || inner.nullable,
                };
            }
        };
        Lowered { ty, nullable }
    }

    /// [`Self::schema`] for places without a field: nullability folds into the type.
    pub(super) fn schema_ref(&mut self, loc: &Loc, parent: &Parent, suffix: &str) -> TypeRef {
        let l = self.schema(loc, parent, suffix);
        wrap_nullable(l.ty, l.nullable)
    }

    fn nullable(&mut self, at: &Loc, obj: &Map<String, Value>) -> bool {
        let mut nullable = match obj.get("nullable") {
            None => false,
            Some(Value::Bool(b)) => *b,
            Some(_) => {
                self.misuse(
                    &at.child("nullable"),
                    "`nullable` is not a boolean",
                    "ignored",
                );
                false
            }
        };
        if self.openapi_31 && openapi31::lists_null(obj) {
            nullable = true;
        }
        if let Some(Value::Array(values)) = obj.get("enum") {
            if values.iter().any(Value::is_null) {
                if !nullable {
                    self.diags.report(
                        Severity::Info,
                        Category::KeywordMisuse,
                        at.file.clone(),
                        format!("{}/enum", at.pointer),
                        "`null` is listed in `enum` without `nullable: true`",
                        Some("the type is nullable".into()),
                    );
                }
                nullable = true;
            }
        }
        nullable
    }

    fn classify(&mut self, at: &Loc, obj: &Map<String, Value>) -> Shape {
        let has = |k: &str| obj.contains_key(k);
        if has("enum") && !matches!(self.type_keyword(at, obj).as_deref(), Some("boolean")) {
            let values = obj.get("enum").and_then(Value::as_array);
            if values.is_some_and(|v| v.iter().any(|x| !x.is_null())) {
                return Shape::Named;
            }
        }
        if has("oneOf") || has("anyOf") {
            return Shape::Named;
        }
        if let Some(parts) = obj.get("allOf").and_then(Value::as_array) {
            let structural = [
                "properties",
                "additionalProperties",
                "oneOf",
                "anyOf",
                "enum",
            ];
            if !structural.iter().any(|k| has(k)) {
                if let Some(part) = self.forwarded_part(at, parts.len()) {
                    return part;
                }
            }
            return Shape::Named;
        }
        if has("properties") {
            return Shape::Named;
        }
        Shape::Plain
    }

    /// An allOf that only annotates one schema (`[X, {nullable: true}]`, `[X, {description}]`,
    /// or primitives restating X's type) is X, not a new struct.
    fn forwarded_part(&mut self, at: &Loc, count: usize) -> Option<Shape> {
        let mut objects = Vec::new();
        let mut others = Vec::new();
        let mut nullable = false;
        for i in 0..count {
            let loc = at.child("allOf").child(&i.to_string());
            let (target, node) = self
                .resolver
                .deref(&loc, &mut crate::diag::Diagnostics::new())?;
            let obj = node.as_object()?;
            nullable |= obj
                .get("nullable")
                .and_then(Value::as_bool)
                .unwrap_or(false);
            let object_like = [
                "properties",
                "allOf",
                "oneOf",
                "anyOf",
                "additionalProperties",
            ]
            .iter()
            .any(|k| obj.contains_key(*k));
            let structural = object_like
                || ["type", "enum", "items"]
                    .iter()
                    .any(|k| obj.contains_key(*k));
            if object_like {
                objects.push(target);
            } else if structural {
                others.push(target);
            }
        }
        let part = match (objects.len(), others.len()) {
            (1, _) => objects.remove(0),
            (0, n) if n > 0 => others.remove(0),
            _ => return None,
        };
        Some(Shape::Forward(part, nullable))
    }

    /// The `type` keyword, repaired: `type: date-time` -> string, a list -> its first non-null.
    pub(super) fn type_keyword(&mut self, at: &Loc, obj: &Map<String, Value>) -> Option<String> {
        let Some(ty) = obj.get("type") else {
            return self
                .openapi_31
                .then(|| openapi31::const_type(obj))
                .flatten();
        };
        match ty {
            Value::String(t) => match t.as_str() {
                "string" | "integer" | "number" | "boolean" | "object" | "array" => Some(t.clone()),
                "date-time" | "date" | "uuid" => {
                    self.misuse(
                        &at.child("type"),
                        &format!("`type: {t}` is a format, not a type"),
                        &format!("read as `type: string, format: {t}`"),
                    );
                    Some("string".into())
                }
                other => {
                    self.misuse(
                        &at.child("type"),
                        &format!("unknown type {other:?}"),
                        "treated as free-form JSON",
                    );
                    None
                }
            },
            Value::Array(list) if self.openapi_31 => self.type_list(at, list),
            Value::Array(list) => {
                let first = list.iter().filter_map(Value::as_str).find(|t| *t != "null");
                self.misuse(
                    &at.child("type"),
                    "`type` is a list (OpenAPI 3.1 style)",
                    &format!("read as {first:?}"),
                );
                first.map(str::to_string)
            }
            _ => {
                self.misuse(&at.child("type"), "`type` is not a string", "ignored");
                None
            }
        }
    }

    fn hint(
        &mut self,
        at: &Loc,
        obj: &Map<String, Value>,
        parent: &Parent,
        suffix: &str,
    ) -> NameHint {
        let component = self.components.get(at).cloned();
        let title = obj.get("title").and_then(Value::as_str).map(str::to_string);
        let file_stem = at.pointer.is_empty().then(|| file_stem(&at.file));
        let reusable = match parent {
            Parent::Reusable(r) => super::names::reusable_candidates(r, at, suffix),
            _ => Vec::new(),
        };
        NameHint {
            component,
            title,
            file_stem,
            reusable,
            parent: parent.clone(),
            suffix: suffix.to_string(),
        }
    }

    fn is_component(&self, at: &Loc) -> bool {
        self.components.contains_key(at)
    }

    /// Primitives, arrays, maps and free-form values.
    fn plain(
        &mut self,
        at: &Loc,
        obj: &Map<String, Value>,
        parent: &Parent,
        suffix: &str,
    ) -> TypeRef {
        let ty = self.type_keyword(at, obj);
        let format = obj
            .get("format")
            .and_then(Value::as_str)
            .map(str::to_ascii_lowercase);
        match ty.as_deref() {
            Some("string") => TypeRef::Primitive(match format.as_deref() {
                Some("date") => Primitive::Date,
                Some("date-time") => Primitive::DateTime,
                Some("uuid") => Primitive::Uuid,
                Some("binary") => Primitive::Binary,
                Some("byte") => Primitive::Byte,
                None if self.openapi_31 && obj.get("contentEncoding") == Some(&"base64".into()) => {
                    Primitive::Byte
                }
                _ => Primitive::String,
            }),
            Some("integer") => TypeRef::Primitive(match format.as_deref() {
                Some("int32") => Primitive::Int32,
                Some("int64") => Primitive::Int64,
                _ => Primitive::Integer,
            }),
            Some("number") => TypeRef::Primitive(match format.as_deref() {
                Some("float") => Primitive::Float,
                Some("double") => Primitive::Double,
                Some("int32") => Primitive::Int32,
                Some("int64") => Primitive::Int64,
                _ => Primitive::Number,
            }),
            Some("boolean") => TypeRef::Primitive(Primitive::Boolean),
            Some("array") => match obj.get("items") {
                Some(_) => {
                    let item =
                        self.schema_ref(&at.child("items"), parent, &format!("{suffix}Item"));
                    TypeRef::Array(Box::new(item))
                }
                None if self.openapi_31 && obj.contains_key("prefixItems") => {
                    self.unsupported(
                        &at.child("prefixItems"),
                        "a tuple (`prefixItems`) is not supported",
                        "items are free-form JSON",
                    );
                    self.value_fallback(
                        &at.child("prefixItems"),
                        "a tuple (`prefixItems`): its items are free-form JSON",
                    );
                    TypeRef::Array(Box::new(TypeRef::Any))
                }
                None => {
                    self.misuse(
                        at,
                        "`type: array` without `items`",
                        "items are free-form JSON",
                    );
                    TypeRef::Array(Box::new(TypeRef::Any))
                }
            },
            Some("object") | None => {
                if obj.contains_key("items") {
                    if let Some(list) = self.misplaced_items(at, obj, ty.is_some(), parent, suffix)
                    {
                        return list;
                    }
                }
                if ty.is_none()
                    && obj.contains_key("nullable")
                    && !obj.contains_key("additionalProperties")
                {
                    self.diags.report(
                        Severity::Info,
                        Category::KeywordMisuse,
                        at.file.clone(),
                        format!("{}/nullable", at.pointer),
                        "`nullable` without `type`",
                        Some("the value is free-form JSON".into()),
                    );
                }
                match obj.get("additionalProperties") {
                    Some(Value::Object(_)) => {
                        let v = self.schema_ref(
                            &at.child("additionalProperties"),
                            parent,
                            &format!("{suffix}Value"),
                        );
                        TypeRef::Map(Box::new(v))
                    }
                    _ => {
                        if let Some(reason) = recovery::untyped_reason(obj) {
                            self.value_fallback(at, &reason);
                        }
                        TypeRef::Any
                    }
                }
            }
            Some(other) => {
                self.value_fallback(at, &format!("unknown type {other:?}"));
                TypeRef::Any
            }
        }
    }

    /// Struct, enum or union of a reserved type.
    fn named_kind(&mut self, id: usize, at: &Loc, obj: &Map<String, Value>) -> TypeKind {
        let me = Parent::Type(id);
        if obj.contains_key("enum") && !obj.contains_key("properties") {
            if let Some(e) = self.enumeration(at, obj) {
                return TypeKind::Enum(e);
            }
        }
        for (key, mode) in [("oneOf", UnionMode::OneOf), ("anyOf", UnionMode::AnyOf)] {
            if let Some(list) = obj.get(key) {
                if !obj.contains_key("properties") && !obj.contains_key("allOf") {
                    return TypeKind::Union(self.union(at, key, list, mode, &me));
                }
            }
        }
        let mut s = Struct {
            fields: Vec::new(),
            flatten: Vec::new(),
            all_of: Vec::new(),
            additional_properties: None,
        };
        let mut required = Vec::new();
        self.object_into(at, obj, &me, &mut s, &mut required, 0);
        for f in &mut s.fields {
            if required.contains(&f.name) {
                f.required = true;
            }
        }
        TypeKind::Struct(s)
    }

    /// Collects the fields of an object schema (and of its allOf parts) into `s`.
    fn object_into(
        &mut self,
        at: &Loc,
        obj: &Map<String, Value>,
        me: &Parent,
        s: &mut Struct,
        required: &mut Vec<String>,
        depth: usize,
    ) {
        match obj.get("required") {
            None => {}
            Some(Value::Array(list)) => {
                required.extend(list.iter().filter_map(Value::as_str).map(str::to_string))
            }
            Some(_) => self.misuse(&at.child("required"), "`required` is not a list", "ignored"),
        }
        if let Some(parts) = obj.get("allOf") {
            match parts.as_array() {
                Some(parts) => {
                    for i in 0..parts.len() {
                        self.all_of_part(
                            &at.child("allOf").child(&i.to_string()),
                            me,
                            s,
                            required,
                            depth,
                        );
                    }
                }
                None => self.misuse(&at.child("allOf"), "`allOf` is not a list", "ignored"),
            }
        }
        for (key, mode) in [("oneOf", UnionMode::OneOf), ("anyOf", UnionMode::AnyOf)] {
            if let Some(list) = obj.get(key) {
                // Properties next to a union: the union is serialized flattened beside them.
                let u = self.union(at, key, list, mode, me);
                let hint = NameHint::inline(me.clone(), "Variants");
                let id = self.reserve(&at.child(key), hint, false);
                self.pending[id].kind = Some(TypeKind::Union(u));
                s.flatten.push(TypeRef::Named(provisional(id)));
            }
        }
        match obj.get("properties") {
            None => {}
            Some(Value::Object(props)) => {
                let props_at = at.child("properties");
                for name in props.keys() {
                    let field = self.field(&props_at.child(name), name, me);
                    match s.fields.iter_mut().find(|f| f.name == *name) {
                        Some(existing) => *existing = field,
                        None => s.fields.push(field),
                    }
                }
            }
            Some(_) => self.misuse(
                &at.child("properties"),
                "`properties` is not a mapping",
                "ignored",
            ),
        }
        match obj.get("additionalProperties") {
            Some(Value::Object(_))
                if obj.contains_key("properties") || depth > 0 || obj.contains_key("allOf") =>
            {
                let v =
                    self.schema_ref(&at.child("additionalProperties"), me, "AdditionalProperty");
                s.additional_properties = Some(v);
            }
            Some(Value::Object(_)) | Some(Value::Bool(_)) | None => {}
            Some(_) => self.misuse(
                &at.child("additionalProperties"),
                "`additionalProperties` is neither a boolean nor a schema",
                "ignored",
            ),
        }
    }

    fn all_of_part(
        &mut self,
        loc: &Loc,
        me: &Parent,
        s: &mut Struct,
        required: &mut Vec<String>,
        depth: usize,
    ) {
        let Some((target, node)) = self.resolver.deref(loc, &mut self.diags) else {
            return;
        };
        let Some(obj) = node.as_object() else {
            self.misuse(&target, "an allOf part must be a mapping", "ignored");
            return;
        };
        if depth > 32 {
            self.diags.report(
                Severity::Error,
                Category::Unsupported,
                target.file.clone(),
                target.pointer.clone(),
                "allOf nests more than 32 levels (a cycle through allOf?)",
                Some("the deeper parts are ignored".into()),
            );
            return;
        }
        let objectish = obj.contains_key("properties") || obj.contains_key("allOf");
        if objectish && !obj.contains_key("oneOf") && !obj.contains_key("anyOf") {
            if target != *loc || self.components.contains_key(&target) {
                // A named parent: register it (it is a type of its own) and note the merge.
                let parent = self.schema(&target, me, "Base");
                if let TypeRef::Named(n) = parent.ty {
                    if !s.all_of.contains(&n) {
                        s.all_of.push(n);
                    }
                }
            }
            self.object_into(&target, obj, me, s, required, depth + 1);
            return;
        }
        let part = self.schema(&target, me, &format!("AllOf{}", s.flatten.len() + 1));
        match &part.ty {
            TypeRef::Named(n) if !matches!(self.kind_of(n), Some(TypeKind::Alias(_))) => {
                s.flatten.push(part.ty.clone());
            }
            TypeRef::Any | TypeRef::Map(_) => {
                // `type: object` without properties next to other parts adds nothing.
                if let TypeRef::Map(v) = part.ty {
                    s.additional_properties.get_or_insert(*v);
                }
            }
            _ => self.diags.report(
                Severity::Warning,
                Category::Unsupported,
                target.file.clone(),
                target.pointer.clone(),
                "an allOf part that is not an object cannot be merged into an object",
                Some("the part is ignored".into()),
            ),
        }
    }

    fn kind_of(&self, provisional_name: &str) -> Option<&TypeKind> {
        let id = parse_provisional(provisional_name)?;
        self.pending.get(id)?.kind.as_ref()
    }

    fn field(&mut self, loc: &Loc, name: &str, me: &Parent) -> Field {
        let node = self.resolver.get(loc);
        let raw = node.and_then(Value::as_object);
        let get = |k: &str| raw.and_then(|o| o.get(k));
        let lowered = self.schema(loc, me, &heck::AsUpperCamelCase(name).to_string());
        // Keywords next to a `$ref` are ignored by OpenAPI 3.0, but where they sit on the target
        // (or on an allOf wrapper), they describe this field.
        let target = match node {
            Some(v) if v.get("$ref").is_none() => Some(v),
            _ => (self.resolver)
                .deref(loc, &mut crate::diag::Diagnostics::new())
                .map(|(_, v)| v),
        };
        let tget = |k: &str| get(k).or_else(|| target.and_then(|t| t.get(k)));
        let flag = |k: &str| tget(k).and_then(Value::as_bool).unwrap_or(false);
        let description = get("description")
            .and_then(Value::as_str)
            .map(str::to_string)
            .or_else(|| match &lowered.ty {
                TypeRef::Named(_) => None,
                _ => target
                    .and_then(|t| t.get("description"))
                    .and_then(Value::as_str)
                    .map(str::to_string),
            });
        Field {
            name: name.to_string(),
            ty: lowered.ty,
            required: false,
            nullable: lowered.nullable || flag("nullable"),
            description,
            deprecated: flag("deprecated"),
            read_only: flag("readOnly"),
            write_only: flag("writeOnly"),
            default: tget("default").cloned(),
            example: tget("example").cloned().or_else(|| {
                let examples = raw.or_else(|| target.and_then(Value::as_object));
                self.openapi_31
                    .then(|| openapi31::first_example(examples))
                    .flatten()
            }),
        }
    }

    fn enumeration(&mut self, at: &Loc, obj: &Map<String, Value>) -> Option<Enum> {
        let list = obj.get("enum").and_then(Value::as_array)?;
        let integer = matches!(obj.get("type").and_then(Value::as_str), Some("integer"))
            && list.iter().all(|v| v.is_null() || v.is_i64() || v.is_u64());
        let descriptions = obj
            .get("x-enum-descriptions")
            .or_else(|| obj.get("x-enumDescriptions"));
        let mut values: Vec<EnumValue> = Vec::new();
        for (i, v) in list.iter().enumerate() {
            let value = match v {
                Value::Null => continue,
                Value::String(_) if !integer => v.clone(),
                Value::Number(_) if integer => v.clone(),
                Value::Number(n) => Value::String(n.to_string()),
                Value::Bool(b) => Value::String(b.to_string()),
                other => {
                    self.misuse(
                        &at.child("enum").child(&i.to_string()),
                        &format!("enum value {other} is not a scalar"),
                        "skipped",
                    );
                    continue;
                }
            };
            if values.iter().any(|e| e.value == value) {
                continue;
            }
            let description = match descriptions {
                Some(Value::Array(d)) => d.get(i).and_then(Value::as_str),
                Some(Value::Object(d)) => v.as_str().and_then(|k| d.get(k)).and_then(Value::as_str),
                _ => None,
            }
            .map(str::to_string);
            values.push(EnumValue { value, description });
        }
        if values.is_empty() {
            return None;
        }
        Some(Enum {
            repr: if integer {
                EnumRepr::Integer
            } else {
                EnumRepr::String
            },
            values,
            nullable: self.nullable(at, obj),
        })
    }

    fn union(&mut self, at: &Loc, key: &str, list: &Value, mode: UnionMode, me: &Parent) -> Union {
        let mut variants = Vec::new();
        match list.as_array() {
            Some(items) => {
                for i in 0..items.len() {
                    let v = self.schema_ref(
                        &at.child(key).child(&i.to_string()),
                        me,
                        &format!("Variant{}", i + 1),
                    );
                    if !variants.contains(&v) {
                        variants.push(v);
                    }
                }
            }
            None => self.misuse(
                &at.child(key),
                &format!("`{key}` is not a list"),
                "the union has no variants",
            ),
        }
        if variants.is_empty() {
            // Rendered as free-form JSON: nothing says what the value is.
            self.value_fallback(&at.child(key), &format!("`{key}` without members"));
        }
        let discriminator = self.discriminator(at, &variants);
        Union {
            mode,
            variants,
            discriminator,
        }
    }

    fn discriminator(&mut self, at: &Loc, variants: &[TypeRef]) -> Option<Discriminator> {
        let node = self.resolver.get(at)?.get("discriminator")?;
        let Some(property) = node.get("propertyName").and_then(Value::as_str) else {
            self.misuse(
                &at.child("discriminator"),
                "a discriminator without `propertyName`",
                "ignored",
            );
            return None;
        };
        let mut mapping = Vec::new();
        if let Some(map) = node.get("mapping").and_then(Value::as_object) {
            let map_at = at.child("discriminator").child("mapping");
            for (value, target) in map {
                let Some(r) = target.as_str() else { continue };
                let here = map_at.child(value);
                let Some(loc) = self.resolver.target(&here, r, &mut self.diags) else {
                    continue;
                };
                let ty = self.schema(&loc, &Parent::Type(usize::MAX), value).ty;
                match ty {
                    TypeRef::Named(n) => mapping.push(DiscriminatorCase {
                        value: value.clone(),
                        type_name: n,
                    }),
                    _ => self.misuse(
                        &here,
                        "a discriminator mapping that names no object type",
                        "ignored",
                    ),
                }
            }
        } else {
            for v in variants {
                if let TypeRef::Named(n) = v {
                    // The OpenAPI default: the schema's own name; filled in by `names`.
                    mapping.push(DiscriminatorCase {
                        value: n.clone(),
                        type_name: n.clone(),
                    });
                }
            }
        }
        Some(Discriminator {
            property: property.to_string(),
            mapping,
        })
    }

    pub(super) fn misuse(&mut self, at: &Loc, message: &str, recovery: &str) {
        self.diags.report(
            Severity::Warning,
            Category::KeywordMisuse,
            at.file.clone(),
            at.pointer.clone(),
            message.to_string(),
            Some(recovery.to_string()),
        );
    }
}

enum Shape {
    /// Struct, enum or union: always a named type.
    Named,
    /// Primitive, array, map or free-form: inline unless it is a component.
    Plain,
    /// An allOf that only annotates one part: lower the part instead (nullable when a part
    /// says so).
    Forward(Loc, bool),
}

pub(super) fn wrap_nullable(ty: TypeRef, nullable: bool) -> TypeRef {
    if nullable && !matches!(ty, TypeRef::Any | TypeRef::Nullable(_)) {
        TypeRef::Nullable(Box::new(ty))
    } else {
        ty
    }
}

/// The name a type carries until [`super::names`] gives it its final one.
pub(super) fn provisional(id: usize) -> String {
    format!("\u{1}{id}")
}

pub(super) fn parse_provisional(name: &str) -> Option<usize> {
    name.strip_prefix('\u{1}')?.parse().ok()
}

pub(super) fn file_stem(file: &str) -> String {
    let name = file.rsplit('/').next().unwrap_or(file);
    name.split('.').next().unwrap_or(name).to_string()
}

//! A quick structural check of the spec's own examples against the lowered types: the JSON kind
//! (string, number, boolean, object, array) and enum membership. Mismatches are
//! `example-mismatch` warnings: the spec contradicts itself, the generator keeps going.
//!
//! This is a lint at generation time, not the judge: `cargo xtask examples` validates every
//! example with an independent JSON Schema validator and round-trips it through the generated
//! types.

use std::collections::HashMap;

use serde_json::Value;

use crate::diag::{Category, Diagnostics, Severity};
use crate::ir::*;
use crate::resolve::escape;

pub(super) fn check(api: &Api, diags: &mut Diagnostics) {
    let types: HashMap<&str, &TypeDef> = api.types.iter().map(|t| (t.name.as_str(), t)).collect();
    let c = Checker { types: &types };
    for t in &api.types {
        if let Some(ex) = &t.example {
            if let Some(why) = c.mismatch(&TypeRef::Named(t.name.clone()), ex, 0) {
                report(diags, &t.origin, "/example", &t.name, &why);
            }
        }
        if let TypeKind::Struct(s) = &t.kind {
            for f in &s.fields {
                let Some(ex) = &f.example else { continue };
                if ex.is_null() && f.nullable {
                    continue;
                }
                // An inline type carries the same example; it is checked (and reported) there.
                if let TypeRef::Named(n) = &f.ty {
                    if types.get(n.as_str()).and_then(|t| t.example.as_ref()) == Some(ex) {
                        continue;
                    }
                }
                if let Some(why) = c.mismatch(&f.ty, ex, 0) {
                    let at = format!("/properties/{}/example", escape(&f.name));
                    report(
                        diags,
                        &t.origin,
                        &at,
                        &format!("{}.{}", t.name, f.name),
                        &why,
                    );
                }
            }
        }
    }
}

fn report(diags: &mut Diagnostics, origin: &Origin, suffix: &str, what: &str, why: &str) {
    diags.report(
        Severity::Warning,
        Category::ExampleMismatch,
        origin.file.clone(),
        format!("{}{suffix}", origin.pointer),
        format!("the example of {what} does not match its schema: {why}"),
        Some("kept as documentation; the generated type follows the schema".into()),
    );
}

struct Checker<'a> {
    types: &'a HashMap<&'a str, &'a TypeDef>,
}

impl Checker<'_> {
    /// Why `v` cannot be a value of `ty`, if it cannot.
    fn mismatch(&self, ty: &TypeRef, v: &Value, depth: usize) -> Option<String> {
        if depth > 16 {
            return None;
        }
        let kind = |v: &Value| match v {
            Value::Null => "null",
            Value::Bool(_) => "a boolean",
            Value::Number(_) => "a number",
            Value::String(_) => "a string",
            Value::Array(_) => "an array",
            Value::Object(_) => "an object",
        };
        let want = |expected: &str| Some(format!("expected {expected}, found {}", kind(v)));
        match ty {
            TypeRef::Any => None,
            TypeRef::Nullable(inner) => (!v.is_null())
                .then(|| self.mismatch(inner, v, depth + 1))
                .flatten(),
            TypeRef::Array(item) => match v {
                Value::Array(items) => items.iter().find_map(|i| self.mismatch(item, i, depth + 1)),
                _ => want("an array"),
            },
            TypeRef::OneOrMany(item) => match v {
                Value::Array(items) => items.iter().find_map(|i| self.mismatch(item, i, depth + 1)),
                single => self.mismatch(item, single, depth + 1),
            },
            TypeRef::Map(value) => match v {
                Value::Object(m) => m.values().find_map(|i| self.mismatch(value, i, depth + 1)),
                _ => want("an object"),
            },
            TypeRef::Primitive(p) => match (p, v) {
                (Primitive::Boolean, Value::Bool(_)) => None,
                (Primitive::Boolean, _) => want("a boolean"),
                (Primitive::Integer | Primitive::Int32 | Primitive::Int64, Value::Number(n)) => {
                    (!(n.is_i64() || n.is_u64())).then(|| format!("expected an integer, found {n}"))
                }
                (Primitive::Integer | Primitive::Int32 | Primitive::Int64, _) => want("an integer"),
                (Primitive::Number | Primitive::Float | Primitive::Double, Value::Number(_)) => {
                    None
                }
                (Primitive::Number | Primitive::Float | Primitive::Double, _) => want("a number"),
                (_, Value::String(_)) => None,
                (_, _) => want("a string"),
            },
            TypeRef::Named(n) => {
                let t = self.types.get(n.as_str())?;
                match &t.kind {
                    TypeKind::Alias(a) => self.mismatch(a, v, depth + 1),
                    TypeKind::Enum(e) => {
                        if v.is_null() && e.nullable {
                            return None;
                        }
                        match (e.repr, v) {
                            (EnumRepr::String, Value::String(_))
                            | (EnumRepr::Integer, Value::Number(_)) => {
                                (!e.values.iter().any(|x| x.value == *v))
                                    .then(|| format!("{v} is not one of the enum values"))
                            }
                            (EnumRepr::String, _) => want("a string"),
                            (EnumRepr::Integer, _) => want("an integer"),
                        }
                    }
                    TypeKind::Struct(s) => match v {
                        Value::Object(m) => s.fields.iter().find_map(|f| {
                            let x = m.get(&f.name)?;
                            if x.is_null() && f.nullable {
                                return None;
                            }
                            self.mismatch(&f.ty, x, depth + 1)
                                .map(|why| format!("{}: {why}", f.name))
                        }),
                        _ => want("an object"),
                    },
                    TypeKind::Union(u) => {
                        let all: Vec<String> = u
                            .variants
                            .iter()
                            .filter_map(|var| self.mismatch(var, v, depth + 1))
                            .collect();
                        (all.len() == u.variants.len() && !all.is_empty())
                            .then(|| format!("matches none of the {} variants", all.len()))
                    }
                }
            }
        }
    }
}

//! A first guess at why a round trip failed, from the IR type and the differences, so that a
//! report of many failures reads as a few causes. It classifies; it never excuses: every failure
//! stays a failure.

use std::collections::HashMap;

use generator::ir::{Api, TypeDef, TypeKind, TypeRef};
use generator::resolve::unescape;

use super::compare::{Change, Difference};

/// Cause classes (stable names, used in the JSON report).
/// A member the example has and no schema on its path declares was dropped (the generated
/// structs ignore unknown members).
pub const UNDECLARED: &str = "undeclared-property-dropped";
/// An untagged union deserialized into a variant that lacks members another variant declares.
pub const UNION_VARIANT: &str = "union-variant-drops-members";
pub const MISSING_FIELD: &str = "required-field-absent";
pub const INTEGER_RANGE: &str = "integer-out-of-range";
pub const DESERIALIZE: &str = "deserialize-error";
pub const CHANGED: &str = "value-changed";
pub const OTHER: &str = "other";

pub struct Classifier<'a> {
    types: HashMap<&'a str, &'a TypeDef>,
}

/// What the IR says about one dropped member.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Dropped {
    /// No type on the path declares it.
    Undeclared,
    /// A union variant declares it, but not the variant(s) the value came back as.
    OtherVariant,
    Unknown,
}

impl<'a> Classifier<'a> {
    pub fn new(api: &'a Api) -> Self {
        Classifier {
            types: api.types.iter().map(|t| (t.name.as_str(), t)).collect(),
        }
    }

    /// The class of a failed round trip: the harness's error, or the differences.
    pub fn classify(
        &self,
        ty: &TypeRef,
        error: Option<&str>,
        diffs: &[Difference],
    ) -> &'static str {
        if let Some(e) = error {
            return if !e.starts_with("deserialize:") {
                OTHER
            } else if e.contains("missing field") {
                MISSING_FIELD
            } else if e.contains("invalid value: integer") {
                INTEGER_RANGE
            } else {
                DESERIALIZE
            };
        }
        let mut all_undeclared = !diffs.is_empty();
        for d in diffs {
            let dropped = match &d.kind {
                Change::Missing(_) => self.dropped(ty, &d.pointer),
                _ => Dropped::Unknown,
            };
            match dropped {
                Dropped::Undeclared => {}
                Dropped::OtherVariant => all_undeclared = false,
                Dropped::Unknown => return CHANGED,
            }
        }
        if all_undeclared {
            UNDECLARED
        } else {
            UNION_VARIANT
        }
    }

    /// Why the member at `pointer` (of a value of `ty`) was dropped.
    fn dropped(&self, ty: &TypeRef, pointer: &str) -> Dropped {
        let segs: Vec<String> = pointer.split('/').skip(1).map(unescape).collect();
        let Some((member, parent)) = segs.split_last() else {
            return Dropped::Unknown;
        };
        let mut found = Vec::new();
        self.navigate(ty, parent, &mut found, 0);
        let mut leaves = Vec::new();
        for t in &found {
            self.leaves(t, &mut leaves, 0);
        }
        if leaves.is_empty() {
            return Dropped::Unknown;
        }
        let declares: Vec<Option<bool>> = leaves
            .iter()
            .map(|l| self.has_member(l, member, 0))
            .collect();
        if declares.iter().all(|d| *d == Some(false)) {
            return Dropped::Undeclared;
        }
        // Declared by some variant and still dropped: the value came back as another one (a
        // declared member of the chosen variant would have been kept).
        if declares.contains(&Some(true)) && declares.contains(&Some(false)) {
            Dropped::OtherVariant
        } else {
            Dropped::Unknown
        }
    }

    /// The member at `pointer` is declared by none of the object types the IR gives its parent
    /// (and none of them takes extra members).
    #[cfg(test)]
    pub fn undeclared(&self, ty: &TypeRef, pointer: &str) -> bool {
        self.dropped(ty, pointer) == Dropped::Undeclared
    }

    /// The types the value at `segs` (below a value of `ty`) may have.
    fn navigate(&self, ty: &TypeRef, segs: &[String], out: &mut Vec<TypeRef>, depth: usize) {
        if depth > 64 {
            return;
        }
        let Some((seg, rest)) = segs.split_first() else {
            out.push(ty.clone());
            return;
        };
        match ty {
            TypeRef::Nullable(inner) => self.navigate(inner, segs, out, depth + 1),
            TypeRef::Array(item) if seg.parse::<usize>().is_ok() => {
                self.navigate(item, rest, out, depth + 1)
            }
            TypeRef::OneOrMany(item) if seg.parse::<usize>().is_ok() => {
                self.navigate(item, rest, out, depth + 1)
            }
            // The single-item shape: the item itself.
            TypeRef::OneOrMany(item) => self.navigate(item, segs, out, depth + 1),
            TypeRef::Map(value) => self.navigate(value, rest, out, depth + 1),
            TypeRef::Named(n) => match self.types.get(n.as_str()).map(|t| &t.kind) {
                Some(TypeKind::Alias(target)) => self.navigate(target, segs, out, depth + 1),
                Some(TypeKind::Union(u)) => {
                    for v in &u.variants {
                        self.navigate(v, segs, out, depth + 1);
                    }
                }
                Some(TypeKind::Struct(s)) => {
                    if let Some(f) = s.fields.iter().find(|f| f.name == *seg) {
                        self.navigate(&f.ty, rest, out, depth + 1);
                    } else if let Some(extra) = &s.additional_properties {
                        self.navigate(extra, rest, out, depth + 1);
                    } else {
                        for part in &s.flatten {
                            self.navigate(part, segs, out, depth + 1);
                        }
                    }
                }
                _ => {}
            },
            _ => {}
        }
    }

    /// `ty` with nullability, aliases and unions taken apart.
    fn leaves(&self, ty: &TypeRef, out: &mut Vec<TypeRef>, depth: usize) {
        if depth > 64 {
            return;
        }
        match ty {
            TypeRef::Nullable(inner) => self.leaves(inner, out, depth + 1),
            TypeRef::Named(n) => match self.types.get(n.as_str()).map(|t| &t.kind) {
                Some(TypeKind::Alias(target)) => self.leaves(target, out, depth + 1),
                Some(TypeKind::Union(u)) => {
                    for v in &u.variants {
                        self.leaves(v, out, depth + 1);
                    }
                }
                _ => out.push(ty.clone()),
            },
            _ => out.push(ty.clone()),
        }
    }

    /// Whether an object of type `ty` keeps a member `name`: `None` when it cannot be told.
    fn has_member(&self, ty: &TypeRef, name: &str, depth: usize) -> Option<bool> {
        if depth > 64 {
            return None;
        }
        match ty {
            TypeRef::Nullable(inner) => self.has_member(inner, name, depth + 1),
            TypeRef::Map(_) | TypeRef::Any => Some(true),
            TypeRef::Named(n) => match &self.types.get(n.as_str())?.kind {
                TypeKind::Alias(target) => self.has_member(target, name, depth + 1),
                TypeKind::Struct(s) => {
                    if s.fields.iter().any(|f| f.name == name) || s.additional_properties.is_some()
                    {
                        return Some(true);
                    }
                    let mut answer = Some(false);
                    for part in &s.flatten {
                        match self.has_member(part, name, depth + 1) {
                            Some(true) => return Some(true),
                            None => answer = None,
                            Some(false) => {}
                        }
                    }
                    answer
                }
                TypeKind::Union(u) => {
                    let answers: Vec<Option<bool>> = u
                        .variants
                        .iter()
                        .map(|v| self.has_member(v, name, depth + 1))
                        .collect();
                    if answers.contains(&Some(true)) {
                        Some(true)
                    } else if answers.iter().all(|a| *a == Some(false)) && !answers.is_empty() {
                        Some(false)
                    } else {
                        None
                    }
                }
                TypeKind::Enum(_) => None,
            },
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use generator::ir::*;
    use serde_json::json;

    fn field(name: &str, ty: TypeRef) -> Field {
        Field {
            name: name.into(),
            ty,
            required: false,
            nullable: false,
            description: None,
            deprecated: false,
            read_only: false,
            write_only: false,
            default: None,
            example: None,
        }
    }

    fn def(name: &str, kind: TypeKind) -> TypeDef {
        TypeDef {
            name: name.into(),
            origin: Origin {
                file: "a.yaml".into(),
                pointer: String::new(),
            },
            name_source: NameSource::Component,
            title: None,
            description: None,
            deprecated: false,
            example: None,
            kind,
        }
    }

    fn api(types: Vec<TypeDef>) -> Api {
        Api {
            name: "t".into(),
            title: String::new(),
            version: String::new(),
            description: None,
            servers: vec![],
            security: vec![],
            security_schemes: Default::default(),
            tags: vec![],
            types,
            operations: vec![],
            webhooks: vec![],
            value_fallbacks: vec![],
        }
    }

    fn strukt(fields: Vec<Field>, extra: Option<TypeRef>) -> TypeKind {
        TypeKind::Struct(Struct {
            fields,
            flatten: vec![],
            all_of: vec![],
            additional_properties: extra,
        })
    }

    #[test]
    fn undeclared_members_are_told_apart() {
        let named = |n: &str| TypeRef::Named(n.into());
        let a = api(vec![
            def(
                "Outer",
                strukt(
                    vec![
                        field("items", TypeRef::Array(Box::new(named("Inner")))),
                        field("free", TypeRef::Any),
                    ],
                    None,
                ),
            ),
            def(
                "Inner",
                strukt(
                    vec![field("id", TypeRef::Primitive(Primitive::String))],
                    None,
                ),
            ),
            def("Open", strukt(vec![], Some(TypeRef::Any))),
        ]);
        let c = Classifier::new(&a);
        let outer = named("Outer");
        assert!(c.undeclared(&outer, "/extra"));
        assert!(c.undeclared(&outer, "/items/0/extra"));
        assert!(!c.undeclared(&outer, "/items/0/id"));
        assert!(!c.undeclared(&outer, "/free/x"));
        assert!(!c.undeclared(&named("Open"), "/x"));
        let missing = |p: &str| Difference {
            pointer: p.into(),
            kind: Change::Missing(json!(1)),
        };
        assert_eq!(c.classify(&outer, None, &[missing("/extra")]), UNDECLARED);
        assert_eq!(c.classify(&outer, None, &[missing("/items/0/id")]), CHANGED);
        assert_eq!(
            c.classify(&outer, Some("deserialize: missing field `id`"), &[]),
            MISSING_FIELD
        );
        assert_eq!(
            c.classify(
                &outer,
                Some("deserialize: invalid value: integer `5000000000`, expected i32"),
                &[]
            ),
            INTEGER_RANGE
        );
    }

    #[test]
    fn a_union_variant_that_drops_members_is_told_apart() {
        let named = |n: &str| TypeRef::Named(n.into());
        let s = |n: &str| field(n, TypeRef::Primitive(Primitive::String));
        let a = api(vec![
            def("A", strukt(vec![s("a"), s("common")], None)),
            def("B", strukt(vec![s("b"), s("common")], None)),
            def(
                "U",
                TypeKind::Union(Union {
                    mode: UnionMode::AnyOf,
                    variants: vec![named("A"), named("B")],
                    discriminator: None,
                }),
            ),
        ]);
        let c = Classifier::new(&a);
        let missing = |p: &str| Difference {
            pointer: p.into(),
            kind: Change::Missing(json!("x")),
        };
        let list = TypeRef::Array(Box::new(named("U")));
        // `b` is B's: the value came back as A.
        assert_eq!(c.classify(&list, None, &[missing("/0/b")]), UNION_VARIANT);
        // `zzz` is nobody's.
        assert_eq!(c.classify(&list, None, &[missing("/0/zzz")]), UNDECLARED);
    }
}

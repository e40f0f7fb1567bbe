//! Generation settings of the models crate, in the spirit of prost-build's `Config`: extra
//! derives and attributes on types chosen by name pattern, Rust types that replace a format's
//! default mapping (with the dependency they need), and type renames.
//!
//! They come from the `[models]` table of `specs/sdk.toml` (every version) and from the
//! [`crate::pipeline::Generator`] builder. The default (no settings) changes nothing. The type
//! space (`render::models::type_space`) reads derives, attributes and replacements; renames are
//! applied to the IR before rendering ([`ModelSettings::rename_types`]), so that the client,
//! which names model types too, agrees with the models crate.
//!
//! A pattern is a type's Rust name where `*` matches any run of characters (`*` alone matches
//! every type). Settings only add what they name: a derive must compile for every type it
//! matches (`Eq` or `Hash` do not for a struct with an `f64` or `serde_json::Value` field).

use std::collections::{BTreeMap, HashMap};

use anyhow::{bail, Context, Result};
use serde::{Deserialize, Serialize};

use crate::config::glob_match;
use crate::ir::{Api, Operation, Primitive, TypeKind, TypeRef};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModelSettings {
    /// Extra `#[derive(..)]` paths for the structs, enums, unions and newtypes a pattern matches
    /// (type aliases take none).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub derives: Vec<TypeRule>,
    /// Extra outer attributes (`#[serde(deny_unknown_fields)]`) for every type a pattern
    /// matches, written after the derives.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attributes: Vec<TypeRule>,
    /// Formats mapped to another Rust type than the default.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub type_replacements: Vec<TypeReplacement>,
    /// IR type name -> new name.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub renames: BTreeMap<String, String>,
}

/// What to add to the types a pattern matches.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TypeRule {
    /// A Rust type name, `*` matching any run of characters.
    pub types: String,
    /// Derive paths (`Hash`, `Eq`) or attributes (`#[non_exhaustive]`).
    pub add: Vec<String>,
}

/// One format mapped to a Rust type.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TypeReplacement {
    /// The format (`date-time`, `date`, `uuid`, `byte`, `binary`, `int32`, `int64`, `float`,
    /// `double`) or an unformatted type (`string`, `integer`, `number`, `boolean`).
    pub format: String,
    /// The Rust type, e.g. `uuid::Uuid` or `time::OffsetDateTime`.
    pub rust_type: String,
    /// The crate the type comes from, added to the models crate's `[dependencies]`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dependency: Option<Dependency>,
}

/// A dependency of the models crate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dependency {
    pub name: String,
    pub version: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub features: Vec<String>,
}

impl ModelSettings {
    pub fn is_empty(&self) -> bool {
        *self == ModelSettings::default()
    }

    /// Checks what the settings will write into code: derive paths and replacement types
    /// parse, attributes are outer attributes, formats are known, dependency names are crate
    /// names.
    pub fn validate(&self) -> Result<()> {
        for rule in &self.derives {
            for path in &rule.add {
                syn::parse_str::<syn::Path>(path)
                    .with_context(|| format!("derive {path:?} is not a Rust path"))?;
            }
        }
        for rule in &self.attributes {
            for attr in &rule.add {
                let parsed = syn::parse::Parser::parse_str(syn::Attribute::parse_outer, attr);
                if !matches!(parsed.as_deref(), Ok([_])) {
                    bail!("attribute {attr:?} is not one outer attribute (`#[...]`)");
                }
            }
        }
        self.replacements()?;
        for dep in self
            .type_replacements
            .iter()
            .filter_map(|r| r.dependency.as_ref())
        {
            let valid = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
            if dep.name.is_empty() || !dep.name.chars().all(valid) {
                bail!("dependency name {:?} is not a crate name", dep.name);
            }
        }
        Ok(())
    }

    /// The derives to add to the type with this Rust name, in settings order, each once.
    pub fn derives_for(&self, rust_name: &str) -> Vec<String> {
        matching(&self.derives, rust_name)
    }

    /// The attributes to add to the type with this Rust name, in settings order, each once.
    pub fn attributes_for(&self, rust_name: &str) -> Vec<String> {
        matching(&self.attributes, rust_name)
    }

    /// The primitives mapped to another Rust type (a later entry for a format wins).
    pub fn replacements(&self) -> Result<HashMap<Primitive, String>> {
        let mut out = HashMap::new();
        for r in &self.type_replacements {
            let primitive = format_primitive(&r.format)?;
            syn::parse_str::<syn::Type>(&r.rust_type).with_context(|| {
                format!(
                    "replacement {:?} for {:?} is not a Rust type",
                    r.rust_type, r.format
                )
            })?;
            out.insert(primitive, r.rust_type.clone());
        }
        Ok(out)
    }

    /// `name = { version = "..", features = [..] }` lines for the models crate's Cargo.toml,
    /// sorted by name, each crate once.
    pub fn dependency_lines(&self) -> Vec<String> {
        let quote = |s: &str| toml::Value::String(s.to_string()).to_string();
        let deps: BTreeMap<&str, &Dependency> = (self.type_replacements.iter())
            .filter_map(|r| r.dependency.as_ref())
            .map(|d| (d.name.as_str(), d))
            .collect();
        deps.into_values()
            .map(|d| {
                let mut line = format!("{} = {{ version = {}", d.name, quote(&d.version));
                if !d.features.is_empty() {
                    let features: Vec<String> = d.features.iter().map(|f| quote(f)).collect();
                    line.push_str(&format!(", features = [{}]", features.join(", ")));
                }
                line.push_str(" }");
                line
            })
            .collect()
    }

    /// Renames types (`renames`: IR name -> new name) everywhere the IR names them, keeping
    /// `Api::types` sorted by name. A rename of a type the API does not have is an error.
    pub fn rename_types(&self, api: &mut Api) -> Result<()> {
        if self.renames.is_empty() {
            return Ok(());
        }
        for from in self.renames.keys() {
            if !api.types.iter().any(|t| &t.name == from) {
                bail!("rename: the API has no type {from:?}");
            }
        }
        let rename = |name: &mut String| {
            if let Some(to) = self.renames.get(name.as_str()) {
                name.clone_from(to);
            }
        };
        for t in &mut api.types {
            rename(&mut t.name);
            match &mut t.kind {
                TypeKind::Struct(s) => {
                    s.fields
                        .iter_mut()
                        .for_each(|f| rename_refs(&mut f.ty, &rename));
                    s.flatten.iter_mut().for_each(|p| rename_refs(p, &rename));
                    s.additional_properties
                        .iter_mut()
                        .for_each(|p| rename_refs(p, &rename));
                    s.all_of.iter_mut().for_each(rename);
                }
                TypeKind::Union(u) => {
                    u.variants.iter_mut().for_each(|v| rename_refs(v, &rename));
                    for case in u.discriminator.iter_mut().flat_map(|d| &mut d.mapping) {
                        rename(&mut case.type_name);
                    }
                }
                TypeKind::Alias(target) => rename_refs(target, &rename),
                TypeKind::Enum(_) => {}
            }
        }
        api.types.sort_by(|a, b| a.name.cmp(&b.name));
        let operations = api.operations.iter_mut();
        for op in operations.chain(api.webhooks.iter_mut().map(|w| &mut w.operation)) {
            rename_operation(op, &rename);
        }
        Ok(())
    }
}

fn matching(rules: &[TypeRule], rust_name: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for rule in rules.iter().filter(|r| glob_match(&r.types, rust_name)) {
        for item in &rule.add {
            if !out.contains(item) {
                out.push(item.clone());
            }
        }
    }
    out
}

/// The IR primitive of a format, spelled as OpenAPI does (`date-time`) or as the IR does
/// (`date_time`).
fn format_primitive(format: &str) -> Result<Primitive> {
    let name = format.trim().to_ascii_lowercase().replace('-', "_");
    serde_json::from_value(serde_json::Value::String(name))
        .map_err(|_| anyhow::anyhow!("type replacement: unknown format {format:?}"))
}

fn rename_refs(ty: &mut TypeRef, rename: &impl Fn(&mut String)) {
    match ty {
        TypeRef::Named(n) => rename(n),
        TypeRef::Array(t) | TypeRef::OneOrMany(t) | TypeRef::Map(t) | TypeRef::Nullable(t) => {
            rename_refs(t, rename)
        }
        TypeRef::Primitive(_) | TypeRef::Any => {}
    }
}

fn rename_operation(op: &mut Operation, rename: &impl Fn(&mut String)) {
    for p in &mut op.parameters {
        rename_refs(&mut p.ty, rename);
    }
    let bodies = op.request_body.iter_mut().flat_map(|b| &mut b.content);
    let mut schemas: Vec<&mut TypeRef> = bodies.filter_map(|m| m.schema.as_mut()).collect();
    for r in &mut op.responses {
        schemas.extend(r.content.iter_mut().filter_map(|m| m.schema.as_mut()));
        schemas.extend(r.headers.iter_mut().map(|h| &mut h.ty));
    }
    for ty in schemas {
        rename_refs(ty, rename);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_are_read_as_openapi_or_ir_spells_them() {
        assert_eq!(format_primitive("date-time").unwrap(), Primitive::DateTime);
        assert_eq!(format_primitive("uuid").unwrap(), Primitive::Uuid);
        assert_eq!(format_primitive("int32").unwrap(), Primitive::Int32);
        assert!(format_primitive("email").is_err());
    }

    #[test]
    fn rules_match_by_pattern_in_order_each_once() {
        let settings = ModelSettings {
            derives: vec![
                TypeRule {
                    types: "Account*".into(),
                    add: vec!["Hash".into(), "Eq".into()],
                },
                TypeRule {
                    types: "*".into(),
                    add: vec!["Eq".into()],
                },
            ],
            ..ModelSettings::default()
        };
        assert_eq!(settings.derives_for("AccountV2"), ["Hash", "Eq"]);
        assert_eq!(settings.derives_for("Pet"), ["Eq"]);
    }

    #[test]
    fn bad_settings_are_errors() {
        let bad_derive = ModelSettings {
            derives: vec![TypeRule {
                types: "*".into(),
                add: vec!["not a path".into()],
            }],
            ..ModelSettings::default()
        };
        assert!(bad_derive.validate().is_err());
        let bad_attribute = ModelSettings {
            attributes: vec![TypeRule {
                types: "*".into(),
                add: vec!["non_exhaustive".into()],
            }],
            ..ModelSettings::default()
        };
        assert!(bad_attribute.validate().is_err());
    }
}

//! What OpenAPI 3.1 (JSON Schema 2020-12) adds to the schema lowering.
//!
//! Read only when the root says `openapi: 3.1.x`, so a 3.0 spec lowers exactly as before:
//!
//! - `type: [string, "null"]` is a nullable string; a list of several non-null types is
//!   free-form JSON (an `unsupported` warning);
//! - `const` without `type` has the type of its value (the value itself is not checked);
//! - a schema's `examples` list gives a field its example when there is no `example`;
//! - `contentEncoding: base64` on a string is `format: byte`;
//! - keywords next to a `$ref`: annotations (`description`, `deprecated`, `readOnly`, ...)
//!   describe the field as before; anything else is not merged into the target (`unsupported`,
//!   the target is used as it is);
//! - `prefixItems` (tuples): the items are free-form JSON (`unsupported`);
//! - a `jsonSchemaDialect` other than the OpenAPI base dialect: schemas are still read with it
//!   (`unsupported`).
//!
//! `$defs`, `dependentRequired`, `contentMediaType`, `pathItems` in components, `info.summary`
//! and `license.identifier` need nothing here: `$defs` and `pathItems` are reached through
//! `$ref`s, and the others do not change a type.

use serde_json::{Map, Value};

use super::Lowerer;
use crate::diag::{Category, Severity};
use crate::resolve::Loc;

/// The dialect OpenAPI 3.1 schemas use unless `jsonSchemaDialect` says otherwise.
const BASE_DIALECT: &str = "https://spec.openapis.org/oas/3.1/dialect/base";

/// Keywords next to a `$ref` that only describe the use site.
const ANNOTATIONS: [&str; 11] = [
    "$ref",
    "$comment",
    "description",
    "title",
    "summary",
    "deprecated",
    "readOnly",
    "writeOnly",
    "example",
    "examples",
    "default",
];

/// Whether the root document is OpenAPI 3.1.
pub(super) fn is_openapi_31(root: &Value) -> bool {
    root.get("openapi")
        .map(crate::load::scalar_text)
        .is_some_and(|v| v.starts_with("3.1"))
}

/// `type` lists `null`.
pub(super) fn lists_null(obj: &Map<String, Value>) -> bool {
    matches!(obj.get("type"), Some(Value::Array(list)) if list.iter().any(|t| t == "null"))
}

/// The type a `const` value has, for a schema without `type`.
pub(super) fn const_type(obj: &Map<String, Value>) -> Option<String> {
    let name = match obj.get("const")? {
        Value::String(_) => "string",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_f64() => "number",
        Value::Number(_) => "integer",
        Value::Array(_) => "array",
        Value::Object(_) | Value::Null => return None,
    };
    Some(name.to_string())
}

/// The first value of a schema's `examples` list.
pub(super) fn first_example(obj: Option<&Map<String, Value>>) -> Option<Value> {
    obj?.get("examples")?.as_array()?.first().cloned()
}

impl Lowerer<'_> {
    /// `type: [...]`: the one non-null type; several are free-form JSON.
    pub(super) fn type_list(&mut self, at: &Loc, list: &[Value]) -> Option<String> {
        let types: Vec<&str> = (list.iter())
            .filter_map(Value::as_str)
            .filter(|t| *t != "null")
            .collect();
        match types.as_slice() {
            [one] => Some(one.to_string()),
            [] => None,
            several => {
                self.unsupported(
                    &at.child("type"),
                    &format!(
                        "a value of several types ({}) is not supported",
                        several.join(", ")
                    ),
                    "the value is free-form JSON",
                );
                None
            }
        }
    }

    /// Reports keywords next to a `$ref` that would change the referenced schema.
    pub(super) fn check_ref_siblings(&mut self, at: &Loc) {
        let Some(obj) = self.resolver.get(at).and_then(Value::as_object) else {
            return;
        };
        if !obj.contains_key("$ref") {
            return;
        }
        let merged: Vec<&str> = (obj.keys())
            .map(String::as_str)
            .filter(|k| !ANNOTATIONS.contains(k) && !k.starts_with("x-"))
            .collect();
        if !merged.is_empty() {
            self.unsupported(
                at,
                &format!(
                    "keywords next to `$ref` that change the schema ({}) are not merged",
                    merged.join(", ")
                ),
                "the referenced schema is used as it is, without them",
            );
        }
    }

    /// A `jsonSchemaDialect` other than OpenAPI's base dialect.
    pub(super) fn check_dialect(&mut self, root: &Loc) {
        let at = root.child("jsonSchemaDialect");
        let Some(dialect) = self.resolver.get(&at) else {
            return;
        };
        if dialect.as_str() != Some(BASE_DIALECT) {
            self.unsupported(
                &at,
                &format!("schema dialect {dialect} is not supported"),
                &format!("schemas are read as the OpenAPI base dialect ({BASE_DIALECT})"),
            );
        }
    }

    pub(super) fn unsupported(&mut self, at: &Loc, message: &str, recovery: &str) {
        self.diags.report(
            Severity::Warning,
            Category::Unsupported,
            at.file.clone(),
            at.pointer.clone(),
            message.to_string(),
            Some(recovery.to_string()),
        );
    }
}

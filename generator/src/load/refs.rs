//! Which `$ref`s in a document are references, and which are data.
//!
//! A `$ref` is a reference exactly where a Reference Object or a JSON Schema `$ref` may stand;
//! everywhere else it is literal data and is not followed:
//!
//! - the values of `example`, `default`, `enum`, `const` and an Example Object's `value`; a
//!   value that is nothing but a `$ref` is the exception: its authors mean a file of example
//!   data, and Prism and json-schema-ref-parser follow it, so that file is loaded (and vendored);
//! - a schema's `examples` list (OpenAPI 3.1), which holds example values, not Example Objects;
//! - vendor extensions (`x-...`), whose contents OpenAPI does not define; `x-webhooks` is the
//!   exception, read as 3.1's `webhooks` (path items) by the lowering.
//!
//! Keys directly under a map of named things (`properties`, `responses`, `$defs`, `content`,
//! ...) are names, not keywords: a property called `example` or a `default` response is walked
//! like any other.

use serde_json::Value;

use crate::pointer::escape;

/// Keys whose value holds literal data.
const DATA_KEYS: [&str; 5] = ["example", "default", "enum", "const", "value"];

/// Keys whose value is a map from names to objects (schemas, responses, media types, ...).
const NAME_MAPS: [&str; 20] = [
    "properties",
    "patternProperties",
    "$defs",
    "definitions",
    "dependentSchemas",
    "paths",
    "webhooks",
    "x-webhooks",
    "schemas",
    "responses",
    "parameters",
    "requestBodies",
    "headers",
    "securitySchemes",
    "links",
    "callbacks",
    "pathItems",
    "content",
    "encoding",
    "examples",
];

/// What a JSON object stands for while the document is walked.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Context {
    /// An OpenAPI object or a schema: its keys are keywords.
    Keywords,
    /// A map of named things: its keys are names, its values objects with keywords.
    Names,
}

/// The target of a value that is exactly `{"$ref": "..."}`.
pub fn lone_ref(v: &Value) -> Option<&str> {
    match v {
        Value::Object(map) if map.len() == 1 => map.get("$ref")?.as_str(),
        _ => None,
    }
}

/// Every `$ref` that is a reference in a document, with the pointer of the object holding it.
pub fn collect_refs(v: &Value, pointer: &mut String, out: &mut Vec<(String, String)>) {
    walk(v, Context::Keywords, pointer, out);
}

fn walk(v: &Value, context: Context, pointer: &mut String, out: &mut Vec<(String, String)>) {
    match v {
        Value::Object(map) => {
            if let Some(Value::String(r)) = map.get("$ref") {
                out.push((pointer.clone(), r.clone()));
            }
            for (key, child) in map {
                let Some(child_context) = child_context(context, key, child) else {
                    let example_file = DATA_KEYS.contains(&key.as_str()).then(|| lone_ref(child));
                    if let Some(r) = example_file.flatten() {
                        out.push((format!("{pointer}/{}", escape(key)), r.to_string()));
                    }
                    continue;
                };
                let len = pointer.len();
                pointer.push('/');
                pointer.push_str(&escape(key));
                walk(child, child_context, pointer, out);
                pointer.truncate(len);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                let len = pointer.len();
                pointer.push('/');
                pointer.push_str(&i.to_string());
                walk(child, Context::Keywords, pointer, out);
                pointer.truncate(len);
            }
        }
        _ => {}
    }
}

/// How the value under `key` is read, or `None` when it is data.
fn child_context(context: Context, key: &str, child: &Value) -> Option<Context> {
    if context == Context::Names {
        return Some(Context::Keywords);
    }
    let is_extension = key.starts_with("x-") && key != "x-webhooks";
    let is_example_list = key == "examples" && child.is_array();
    if is_extension || is_example_list || DATA_KEYS.contains(&key) {
        return None;
    }
    match NAME_MAPS.contains(&key) && child.is_object() {
        true => Some(Context::Names),
        false => Some(Context::Keywords),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refs(doc: &Value) -> Vec<(String, String)> {
        let mut out = Vec::new();
        collect_refs(doc, &mut String::new(), &mut out);
        out.sort();
        out
    }

    #[test]
    fn refs_inside_data_are_data_except_a_whole_example_ref() {
        let doc = serde_json::json!({
            "schema": {"$ref": "s.yaml"},
            "example": {"$ref": "examples/e.yaml"},
            "examples": {"one": {"$ref": "examples/named.yaml"}},
            "properties": {
                "p": {"example": {"$ref": "data.yaml", "note": "a payload with a $ref key"}},
                "q": {"default": {"nested": {"$ref": "d.yaml"}}},
                "r": {"const": {"$ref": "c.yaml", "x": 1}, "examples": [{"$ref": "e.yaml"}]}
            },
            "x-data": {"$ref": "https://example.com/x.json"},
            "x-webhooks": {"hook": {"$ref": "hook.yaml"}}
        });
        let targets = refs(&doc);
        let targets: Vec<_> = targets
            .iter()
            .map(|(p, r)| (p.as_str(), r.as_str()))
            .collect();
        assert_eq!(
            targets,
            [
                ("/example", "examples/e.yaml"),
                ("/examples/one", "examples/named.yaml"),
                ("/schema", "s.yaml"),
                ("/x-webhooks/hook", "hook.yaml"),
            ]
        );
    }

    #[test]
    fn names_that_are_keywords_elsewhere_are_walked() {
        let doc = serde_json::json!({
            "responses": {"default": {"content": {"application/json": {
                "schema": {"$ref": "err.yaml"},
                "examples": {"e": {"value": {"$ref": "not-a-ref.yaml", "id": 1}}}
            }}}},
            "properties": {"example": {"$ref": "prop.yaml"}, "enum": {"items": {"$ref": "i.yaml"}}}
        });
        let targets: Vec<String> = refs(&doc).into_iter().map(|(_, r)| r).collect();
        assert_eq!(targets, ["i.yaml", "prop.yaml", "err.yaml"]);
    }
}

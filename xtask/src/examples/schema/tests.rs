use std::collections::BTreeMap;

use generator::diag::Diagnostics;
use generator::load::{load, Spec};
use generator::resolve::{Loc, Resolver};
use serde_json::{json, Value};

use super::*;

/// The definitions map of a standalone document keyed by spec location (for tests).
pub fn definitions_by_loc(judge: &Judge, doc: &Value) -> BTreeMap<String, Value> {
    let mut out = BTreeMap::new();
    if let Some(defs) = doc.get("definitions").and_then(Value::as_object) {
        for (k, v) in defs {
            let id: usize = k[1..].parse().unwrap_or(usize::MAX);
            if let Some(loc) = judge.def_loc(id) {
                out.insert(format!("{}#{}", loc.file, loc.pointer), v.clone());
            }
        }
    }
    out
}

/// Loads a root (`root.yaml`) and extra files from text.
fn spec(files: &[(&str, &str)]) -> (tempfile::TempDir, Spec) {
    let dir = tempfile::tempdir().expect("temp dir");
    for (name, text) in files {
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, text).expect("write");
    }
    let mut diags = Diagnostics::new();
    let spec = load(dir.path(), "root.yaml", &mut diags).expect("loads");
    (dir, spec)
}

const HEAD: &str = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n";

fn root(components: &str) -> String {
    format!("{HEAD}components:\n  schemas:\n{components}")
}

fn schema_loc(name: &str) -> Loc {
    Loc::new("root.yaml", format!("/components/schemas/{name}"))
}

/// The translated document of a root component, with definitions keyed by spec location.
fn translated(spec: &Spec, name: &str, context: Context) -> (Value, BTreeMap<String, Value>) {
    let mut judge = Judge::new(Resolver::new(spec));
    let doc = judge
        .translator
        .standalone(&schema_loc(name), context)
        .expect("translates");
    let defs = definitions_by_loc(&judge, &doc);
    (doc, defs)
}

#[test]
fn nullable_allows_null() {
    let text = root(
        "    S: {type: string, nullable: true, maxLength: 3}\n\
         \x20   E: {type: string, enum: [a, b], nullable: true}\n\
         \x20   R:\n      $ref: '#/components/schemas/E'\n\
         \x20   P:\n      type: object\n      properties:\n        s: {$ref: '#/components/schemas/N', nullable: true}\n\
         \x20   N: {type: string}\n",
    );
    let (_d, spec) = spec(&[("root.yaml", &text)]);
    let (_, defs) = translated(&spec, "S", Context::Response);
    assert_eq!(
        defs["root.yaml#/components/schemas/S"],
        json!({"type": ["string", "null"], "maxLength": 3})
    );
    let (_, defs) = translated(&spec, "E", Context::Response);
    assert_eq!(
        defs["root.yaml#/components/schemas/E"],
        json!({"anyOf": [{"type": "null"}, {"type": "string", "enum": ["a", "b"]}]})
    );
    let mut judge = Judge::new(Resolver::new(&spec));
    let c = Context::Response;
    assert!(judge.check(&schema_loc("S"), c, &json!(null)).is_ok());
    assert!(judge.check(&schema_loc("S"), c, &json!("abcd")).is_err());
    assert!(judge.check(&schema_loc("E"), c, &json!(null)).is_ok());
    assert!(judge.check(&schema_loc("E"), c, &json!("c")).is_err());
    // Through a ref to a nullable schema, and a `nullable` beside a `$ref`.
    assert!(judge.check(&schema_loc("R"), c, &json!(null)).is_ok());
    assert!(judge
        .check(&schema_loc("P"), c, &json!({"s": null}))
        .is_ok());
    assert!(judge.check(&schema_loc("P"), c, &json!({"s": 1})).is_err());
    // Not nullable: null is rejected.
    assert!(judge.check(&schema_loc("N"), c, &json!(null)).is_err());
}

#[test]
fn recursion_becomes_local_definitions() {
    let text = root(
        "    Node:\n      type: object\n      required: [name]\n      properties:\n\
         \x20       name: {type: string}\n\
         \x20       children:\n          type: array\n          items:\n            $ref: '#/components/schemas/Node'\n",
    );
    let (_d, spec) = spec(&[("root.yaml", &text)]);
    let (doc, defs) = translated(&spec, "Node", Context::Response);
    assert_eq!(defs.len(), 1);
    let node = &defs["root.yaml#/components/schemas/Node"];
    let item_ref = &node["properties"]["children"]["items"]["$ref"];
    assert_eq!(doc["allOf"][0]["$ref"], *item_ref);
    let mut judge = Judge::new(Resolver::new(&spec));
    let ok = json!({"name": "a", "children": [{"name": "b", "children": [{"name": "c"}]}]});
    let bad = json!({"name": "a", "children": [{"name": "b", "children": [{"nom": "c"}]}]});
    assert!(judge
        .check(&schema_loc("Node"), Context::Response, &ok)
        .is_ok());
    let err = judge
        .check(&schema_loc("Node"), Context::Response, &bad)
        .expect_err("invalid deep down");
    assert!(err.contains("/children/0/children/0"), "{err}");
}

#[test]
fn refs_across_files_and_root_relative_refs() {
    let text = format!(
        "{HEAD}components:\n  schemas:\n    Pet:\n      $ref: './schemas/Pet.yaml'\n    Id: {{type: string, minLength: 2}}\n"
    );
    let pet = "type: object\nproperties:\n  name:\n    $ref: '../common.yaml#/Name'\n  id:\n    $ref: '#/components/schemas/Id'\n";
    let common = "Name: {type: string, maxLength: 5}\n";
    let (_d, spec) = spec(&[
        ("root.yaml", &text),
        ("schemas/Pet.yaml", pet),
        ("common.yaml", common),
    ]);
    let mut judge = Judge::new(Resolver::new(&spec));
    let c = Context::Response;
    let pet_loc = schema_loc("Pet");
    assert!(judge
        .check(&pet_loc, c, &json!({"name": "Rex", "id": "ab"}))
        .is_ok());
    assert!(judge
        .check(&pet_loc, c, &json!({"name": "Rexxxxx"}))
        .is_err());
    // `#/components/schemas/Id` inside schemas/Pet.yaml names the root.
    assert!(judge.check(&pet_loc, c, &json!({"id": "a"})).is_err());
    let doc = judge
        .translator
        .standalone(&pet_loc, c)
        .expect("translates");
    let defs = definitions_by_loc(&judge, &doc);
    let keys: Vec<&str> = defs.keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        [
            "common.yaml#/Name",
            "root.yaml#/components/schemas/Id",
            // The component itself is a `$ref` to the file.
            "root.yaml#/components/schemas/Pet",
            "schemas/Pet.yaml#"
        ]
    );
}

#[test]
fn openapi_keywords_are_dropped_and_formats_are_annotations() {
    let text = root(
        "    T:\n      type: object\n      title: T\n      description: d\n      example: {a: 1}\n\
         \x20     xml: {name: t}\n      x-extra: 1\n      discriminator: {propertyName: kind}\n\
         \x20     externalDocs: {url: 'https://x'}\n      deprecated: true\n      required: []\n\
         \x20     properties:\n        x-name: {type: string, readOnly: true, default: a, format: date-time}\n",
    );
    let (_d, spec) = spec(&[("root.yaml", &text)]);
    let (_, defs) = translated(&spec, "T", Context::Response);
    assert_eq!(
        defs["root.yaml#/components/schemas/T"],
        json!({"type": "object", "properties": {"x-name": {"type": "string", "format": "date-time"}}})
    );
    let mut judge = Judge::new(Resolver::new(&spec));
    // Not a date-time, but formats are not asserted.
    assert!(judge
        .check(
            &schema_loc("T"),
            Context::Response,
            &json!({"x-name": "2020-09-07T42:14:00Z"})
        )
        .is_ok());
}

#[test]
fn read_only_and_write_only_follow_the_context() {
    let text = root(
        "    U:\n      type: object\n      required: [id, password, name]\n      properties:\n\
         \x20       id: {type: string, readOnly: true}\n\
         \x20       password: {$ref: '#/components/schemas/Secret'}\n\
         \x20       name: {type: string}\n\
         \x20   Secret: {type: string, writeOnly: true}\n",
    );
    let (_d, spec) = spec(&[("root.yaml", &text)]);
    let mut judge = Judge::new(Resolver::new(&spec));
    let u = schema_loc("U");
    let request = json!({"password": "p", "name": "n"});
    let response = json!({"id": "1", "name": "n"});
    assert!(judge.check(&u, Context::Request, &request).is_ok());
    assert!(judge.check(&u, Context::Response, &request).is_err());
    assert!(judge.check(&u, Context::Response, &response).is_ok());
    assert!(judge.check(&u, Context::Request, &response).is_err());
    assert!(judge.check(&u, Context::Either, &request).is_ok());
    assert!(judge.check(&u, Context::Either, &response).is_ok());
    let err = judge
        .check(&u, Context::Either, &json!({"id": "1"}))
        .expect_err("name is always required");
    assert!(err.contains("\"name\" is a required property"), "{err}");
}

#[test]
fn untranslatable_schemas_are_located_errors() {
    let text = root(
        "    D: {type: date-time}\n    M: {$ref: './missing.yaml'}\n    W: {type: string, maxLength: many}\n",
    );
    let (_d, spec) = spec(&[("root.yaml", &text)]);
    let mut judge = Judge::new(Resolver::new(&spec));
    let c = Context::Response;
    let err = judge
        .check(&schema_loc("D"), c, &json!("x"))
        .expect_err("bad type");
    assert!(
        err.contains("root.yaml#/components/schemas/D/type: `type: \"date-time\"`"),
        "{err}"
    );
    let err = judge
        .check(&schema_loc("M"), c, &json!("x"))
        .expect_err("missing file");
    assert!(err.contains("root.yaml#/components/schemas/M"), "{err}");
    let err = judge
        .check(&schema_loc("W"), c, &json!("x"))
        .expect_err("bad keyword");
    assert!(
        err.contains("`maxLength` is not a non-negative integer"),
        "{err}"
    );
}

#[test]
fn one_of_is_exclusive() {
    let text = root(
        "    O:\n      oneOf:\n        - {type: object, properties: {a: {type: string}}}\n\
         \x20       - {type: object, properties: {b: {type: string}}}\n",
    );
    let (_d, spec) = spec(&[("root.yaml", &text)]);
    let mut judge = Judge::new(Resolver::new(&spec));
    // Both branches accept it: JSON Schema's oneOf rejects it, as OpenAPI 3.0 says.
    assert!(judge
        .check(&schema_loc("O"), Context::Response, &json!({"a": "x"}))
        .is_err());
    assert!(judge
        .check(&schema_loc("O"), Context::Response, &json!({"a": 1}))
        .is_ok());
}

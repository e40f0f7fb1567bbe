//! Every example of one version, from the IR plus the loaded spec, each once (by the location of
//! the example), with the schema location that judges it and the IR type it round-trips through.

use std::collections::{HashMap, HashSet};

use generator::diag::Diagnostics;
use generator::ir::{Api, Operation, Origin, Primitive, TypeDef, TypeKind, TypeRef};
use generator::load::Spec;
use generator::lower::parameter_schema;
use generator::resolve::{Loc, Resolver};
use serde::Serialize;
use serde_json::Value;

use super::schema::Context;

/// Where an example comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    /// A named schema's own `example`.
    Schema,
    /// A property's `example` (on the property, or on the schema it refers to).
    Property,
    /// `example`/`examples` of a request body media type.
    Request,
    /// `example`/`examples` of a response media type.
    Response,
    /// `example`/`examples` of a parameter, or its schema's `example`.
    Parameter,
}

impl Source {
    /// The side of an exchange the example is on.
    pub fn context(self) -> Context {
        match self {
            Source::Schema | Source::Property => Context::Either,
            Source::Request | Source::Parameter => Context::Request,
            Source::Response => Context::Response,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Source::Schema => "schema",
            Source::Property => "property",
            Source::Request => "request",
            Source::Response => "response",
            Source::Parameter => "parameter",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Example {
    pub source: Source,
    /// What the example belongs to, for people: `AccessProfile`, `AccessProfile.name`,
    /// `createAccessProfile request application/json "example"`, `listAccounts parameter limit`.
    pub subject: String,
    /// Where the example sits.
    pub at: Loc,
    /// The schema that judges it.
    pub schema: Loc,
    /// The type it round-trips through; `None` with [`Example::skip`] set when there is none.
    pub ty: Option<TypeRef>,
    /// Why the example is validated but not round-tripped.
    pub skip: Option<String>,
    pub value: Value,
    /// A property's example: its struct and the member's wire name. When the schema rejects
    /// the example, tolerant decoding reads it where a server would send it, as that member of
    /// the struct ([`Example::in_context`]).
    pub member_of: Option<(TypeRef, String)>,
}

impl Example {
    /// The type and the JSON that tolerant decoding reads for this example when its schema
    /// rejects it: a property's value as the one member of its struct, any other example as it
    /// is.
    pub fn in_context(&self) -> Option<(TypeRef, Value)> {
        match &self.member_of {
            Some((parent, wire)) => {
                let object = serde_json::Map::from_iter([(wire.clone(), self.value.clone())]);
                Some((parent.clone(), Value::Object(object)))
            }
            None => Some((self.ty.clone()?, self.value.clone())),
        }
    }
}

/// Collects the examples of `api` (lowered from `spec`), in a deterministic order: schema and
/// property examples by type name, then operations and webhooks by id.
pub fn collect(spec: &Spec, api: &Api) -> Vec<Example> {
    let mut c = Collector {
        resolver: Resolver::new(spec),
        types: api.types.iter().map(|t| (t.name.as_str(), t)).collect(),
        seen: HashSet::new(),
        out: Vec::new(),
    };
    // A schema's own example first (a property that refers to the schema finds the same one),
    // then properties declared by the type itself, then those it inherits through allOf.
    for t in &api.types {
        c.schema_example(t);
    }
    for inherited in [false, true] {
        for t in &api.types {
            c.property_examples(t, inherited);
        }
    }
    let ops: Vec<&Operation> = api
        .operations
        .iter()
        .chain(api.webhooks.iter().map(|w| &w.operation))
        .collect();
    for op in &ops {
        c.media_examples(op);
    }
    for op in &ops {
        c.parameter_examples(op);
    }
    for e in &mut c.out {
        if e.skip.is_none() {
            if let Some(ty) = &e.ty {
                if let Some(why) = not_json(ty, &c.types) {
                    e.skip = Some(why);
                }
            }
        }
    }
    c.out
}

struct Collector<'s, 'a> {
    resolver: Resolver<'s>,
    types: HashMap<&'a str, &'a TypeDef>,
    /// Example locations already collected.
    seen: HashSet<Loc>,
    out: Vec<Example>,
}

impl<'s, 'a> Collector<'s, 'a> {
    fn push(&mut self, e: Example) {
        if self.seen.insert(e.at.clone()) {
            self.out.push(e);
        }
    }

    fn schema_example(&mut self, t: &TypeDef) {
        let at = Loc::from(&t.origin);
        let node = self.resolver.get(&at);
        if let Some(value) = node.and_then(|n| n.get("example")) {
            let nullable = node
                .and_then(|n| n.get("nullable"))
                .and_then(Value::as_bool)
                .unwrap_or(false);
            let named = TypeRef::Named(t.name.clone());
            let ty = if nullable {
                TypeRef::Nullable(Box::new(named))
            } else {
                named
            };
            self.push(Example {
                source: Source::Schema,
                subject: t.name.clone(),
                at: at.child("example"),
                schema: at.clone(),
                ty: Some(ty),
                skip: None,
                value: value.clone(),
                member_of: None,
            });
        }
    }

    /// Examples of the struct's fields declared in its own `properties` (`inherited == false`)
    /// or in its allOf parts (`true`).
    fn property_examples(&mut self, t: &TypeDef, inherited: bool) {
        let at = Loc::from(&t.origin);
        let TypeKind::Struct(s) = &t.kind else {
            return;
        };
        for f in &s.fields {
            if f.example.is_none() {
                continue;
            }
            let Some((prop, depth)) = self.find_property(&at, &f.name, 0) else {
                continue;
            };
            if (depth > 0) != inherited {
                continue;
            }
            // The example on the property itself, else on the schema it refers to (the same
            // rule as the lowering).
            let raw = self.resolver.get(&prop);
            let (example_at, value) = match raw.and_then(|r| r.get("example")) {
                Some(v) => (prop.child("example"), v),
                None => {
                    let Some((target, node)) = self.resolver.deref(&prop, &mut Diagnostics::new())
                    else {
                        continue;
                    };
                    let Some(v) = node.get("example") else {
                        continue;
                    };
                    (target.child("example"), v)
                }
            };
            let ty = if f.nullable {
                TypeRef::Nullable(Box::new(f.ty.clone()))
            } else {
                f.ty.clone()
            };
            self.push(Example {
                source: Source::Property,
                subject: format!("{}.{}", t.name, f.name),
                at: example_at,
                schema: prop,
                ty: Some(ty),
                skip: None,
                value: value.clone(),
                member_of: Some((TypeRef::Named(t.name.clone()), f.name.clone())),
            });
        }
    }

    /// The location of property `name` of the object schema at `at`: its own `properties`, else
    /// the last allOf part that has it (a later part replaces an earlier one, as in the IR);
    /// with the allOf depth where it was found.
    fn find_property(&self, at: &Loc, name: &str, depth: usize) -> Option<(Loc, usize)> {
        if depth > 32 {
            return None;
        }
        let (at, node) = self.resolver.deref(at, &mut Diagnostics::new())?;
        let own = at.child("properties").child(name);
        if node.get("properties").and_then(|p| p.get(name)).is_some() {
            return Some((own, depth));
        }
        let parts = node.get("allOf").and_then(Value::as_array)?;
        (0..parts.len()).rev().find_map(|i| {
            self.find_property(&at.child("allOf").child(&i.to_string()), name, depth + 1)
        })
    }

    fn media_examples(&mut self, op: &Operation) {
        let bodies = op.request_body.iter().flat_map(|b| {
            b.content
                .iter()
                .map(|m| (Source::Request, "request".to_string(), m))
        });
        let responses = op.responses.iter().flat_map(|r| {
            r.content
                .iter()
                .map(move |m| (Source::Response, format!("response {}", r.status), m))
        });
        let all: Vec<_> = bodies.chain(responses).collect();
        for (source, what, mt) in all {
            let media = Loc::from(&mt.origin);
            for ex in &mt.examples {
                let at = Loc::from(&ex.origin);
                let subject = format!("{} {what} {} {:?}", op.id, mt.content_type, ex.name);
                let (ty, skip) = match &mt.schema {
                    Some(ty) => (Some(ty.clone()), None),
                    None => (None, Some("the media type has no schema".to_string())),
                };
                if ty.is_none() {
                    // Nothing judges it and nothing types it: not an example of anything.
                    continue;
                }
                self.push(Example {
                    source,
                    subject,
                    at,
                    schema: media.child("schema"),
                    ty,
                    skip,
                    value: ex.value.clone(),
                    member_of: None,
                });
            }
        }
    }

    /// Examples of the operation's parameters and of its experimental header (which the client
    /// sends itself: validated, not round-tripped), read at each one's origin.
    fn parameter_examples(&mut self, op: &Operation) {
        for p in &op.parameters {
            self.parameter(op, &p.name, &p.origin, Ok(&p.ty));
        }
        if let Some(header) = &op.experimental {
            let skip = "the client sends the experimental header itself".to_string();
            self.parameter(op, &header.name, &header.origin, Err(skip));
        }
    }

    /// The examples of the parameter object at `origin`: its `example`, its `examples`, and its
    /// schema's own `example`; each round-trips through `ty`, or is skipped for the reason given.
    fn parameter(
        &mut self,
        op: &Operation,
        name: &str,
        origin: &Origin,
        ty: Result<&TypeRef, String>,
    ) {
        let loc = Loc::from(origin);
        let Some(schema) = parameter_schema(&self.resolver, &loc) else {
            return;
        };
        let Some(obj) = self.resolver.get(&loc).and_then(Value::as_object) else {
            return;
        };
        let (ty, skip) = match ty {
            Ok(ty) => (Some(ty.clone()), None),
            Err(why) => (None, Some(why)),
        };
        let subject = format!("{} parameter {name}", op.id);
        let mut found: Vec<(Loc, Value)> = Vec::new();
        if let Some(v) = obj.get("example") {
            found.push((loc.child("example"), v.clone()));
        }
        if let Some(map) = obj.get("examples").and_then(Value::as_object) {
            for (key, e) in map {
                let e_at = loc.child("examples").child(key);
                if let Some(v) = self.example_value(&e_at, e) {
                    found.push((e_at, v));
                }
            }
        }
        // The schema's own example (when the schema is a named type, it is already collected
        // there; the location makes it the same example).
        if let Some((s_at, s)) = self.resolver.deref(&schema, &mut Diagnostics::new()) {
            if let Some(v) = s.get("example") {
                found.push((s_at.child("example"), v.clone()));
            }
        }
        for (example_at, value) in found {
            self.push(Example {
                source: Source::Parameter,
                subject: subject.clone(),
                at: example_at,
                schema: schema.clone(),
                ty: ty.clone(),
                skip: skip.clone(),
                value,
                member_of: None,
            });
        }
    }

    /// The value of an Example object, or of the one its `$ref` names.
    fn example_value(&self, at: &Loc, e: &Value) -> Option<Value> {
        if let Some(r) = e.get("$ref").and_then(Value::as_str) {
            let loc = self.resolver.target(at, r, &mut Diagnostics::new())?;
            return self.resolver.get(&loc)?.get("value").cloned();
        }
        e.get("value").cloned()
    }
}

/// Why values of `ty` are not JSON (so a round trip through serde_json means nothing), if so.
fn not_json(ty: &TypeRef, types: &HashMap<&str, &TypeDef>) -> Option<String> {
    let mut ty = ty;
    for _ in 0..64 {
        match ty {
            TypeRef::Primitive(Primitive::Binary) => {
                return Some("a `format: binary` payload is bytes, not JSON".into())
            }
            TypeRef::Nullable(inner) => ty = inner,
            TypeRef::Named(n) => match types.get(n.as_str()).map(|t| &t.kind) {
                Some(TypeKind::Alias(target)) => ty = target,
                _ => return None,
            },
            _ => return None,
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The lowering of SailPoint's specs, whose experimental header the root below uses.
    fn sailpoint_header() -> generator::lower::LowerOptions {
        generator::lower::LowerOptions::with_experimental_header("X-SailPoint-Experimental")
    }

    const ROOT: &str = r#"
openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /pets/{id}:
    parameters:
      - {name: id, in: path, required: true, schema: {type: string}, example: p1}
    get:
      operationId: getPet
      parameters:
        - name: limit
          in: query
          schema: {type: integer, example: 5}
          examples:
            small: {value: 1}
            shared: {$ref: '#/components/examples/Ten'}
        - {name: X-SailPoint-Experimental, in: header, required: true, schema: {type: string}, example: 'true'}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: './pet.yaml'}
              example: {name: Rex}
              examples:
                other: {$ref: '#/components/examples/Pet'}
    put:
      operationId: putPet
      requestBody:
        content:
          application/octet-stream:
            schema: {type: string, format: binary}
            example: bytes
      responses:
        '204': {description: done}
components:
  schemas:
    Pet: {$ref: './pet.yaml'}
    Dog:
      allOf:
        - $ref: './pet.yaml'
        - type: object
          properties:
            bark: {type: boolean, example: true}
  examples:
    Ten: {value: 10}
    Pet: {value: {name: Max, tag: {label: x}}}
"#;

    const PET: &str = r#"
type: object
example: {name: Whole}
properties:
  name: {type: string, example: Rex}
  tag: {$ref: '#/components/schemas/Tag'}
  nick: {$ref: './nick.yaml', example: Nicky}
"#;

    #[test]
    fn collects_every_example_once_with_its_schema_and_type() {
        let dir = tempfile::tempdir().expect("temp dir");
        let root = ROOT.replace(
            "  examples:\n    Ten",
            "    Tag: {type: object, nullable: true, properties: {label: {type: string}}, example: {label: t}}\n  examples:\n    Ten",
        );
        for (name, text) in [
            ("root.yaml", root.as_str()),
            ("pet.yaml", PET),
            ("nick.yaml", "{type: string, example: Nick}"),
        ] {
            std::fs::write(dir.path().join(name), text).expect("write");
        }
        let mut diags = Diagnostics::new();
        let spec = generator::load::load(dir.path(), "root.yaml", &mut diags).expect("loads");
        let api = generator::lower::lower(&spec, "t", &sailpoint_header(), &mut diags);
        let examples = collect(&spec, &api);
        let got: Vec<(Source, String, String, String, Option<String>)> = examples
            .iter()
            .map(|e| {
                (
                    e.source,
                    format!("{}#{}", e.at.file, e.at.pointer),
                    format!("{}#{}", e.schema.file, e.schema.pointer),
                    e.value.to_string(),
                    e.skip.clone(),
                )
            })
            .collect();
        let s = |x: &str| x.to_string();
        let expected = vec![
            // Schemas' own examples first: Tag's is Tag's, not Pet.tag's.
            (Source::Schema, s("pet.yaml#/example"), s("pet.yaml#"), s(r#"{"name":"Whole"}"#), None),
            (Source::Schema, s("root.yaml#/components/schemas/Tag/example"), s("root.yaml#/components/schemas/Tag"), s(r#"{"label":"t"}"#), None),
            // Then properties where they are declared (Pet, not Dog that inherits them); the
            // nick example sits beside a `$ref`.
            (Source::Property, s("pet.yaml#/properties/name/example"), s("pet.yaml#/properties/name"), s(r#""Rex""#), None),
            (Source::Property, s("pet.yaml#/properties/nick/example"), s("pet.yaml#/properties/nick"), s(r#""Nicky""#), None),
            // Then properties found through allOf.
            (Source::Property, s("root.yaml#/components/schemas/Dog/allOf/1/properties/bark/example"),
             s("root.yaml#/components/schemas/Dog/allOf/1/properties/bark"), s("true"), None),
            (Source::Response, s("root.yaml#/paths/~1pets~1{id}/get/responses/200/content/application~1json/example"),
             s("root.yaml#/paths/~1pets~1{id}/get/responses/200/content/application~1json/schema"), s(r#"{"name":"Rex"}"#), None),
            (Source::Response, s("root.yaml#/paths/~1pets~1{id}/get/responses/200/content/application~1json/examples/other"),
             s("root.yaml#/paths/~1pets~1{id}/get/responses/200/content/application~1json/schema"), s(r#"{"name":"Max","tag":{"label":"x"}}"#), None),
            (Source::Request, s("root.yaml#/paths/~1pets~1{id}/put/requestBody/content/application~1octet-stream/example"),
             s("root.yaml#/paths/~1pets~1{id}/put/requestBody/content/application~1octet-stream/schema"), s(r#""bytes""#),
             Some(s("a `format: binary` payload is bytes, not JSON"))),
            (Source::Parameter, s("root.yaml#/paths/~1pets~1{id}/parameters/0/example"), s("root.yaml#/paths/~1pets~1{id}/parameters/0/schema"), s(r#""p1""#), None),
            (Source::Parameter, s("root.yaml#/paths/~1pets~1{id}/get/parameters/0/examples/small"), s("root.yaml#/paths/~1pets~1{id}/get/parameters/0/schema"), s("1"), None),
            (Source::Parameter, s("root.yaml#/paths/~1pets~1{id}/get/parameters/0/examples/shared"), s("root.yaml#/paths/~1pets~1{id}/get/parameters/0/schema"), s("10"), None),
            (Source::Parameter, s("root.yaml#/paths/~1pets~1{id}/get/parameters/0/schema/example"), s("root.yaml#/paths/~1pets~1{id}/get/parameters/0/schema"), s("5"), None),
            (Source::Parameter, s("root.yaml#/paths/~1pets~1{id}/get/parameters/1/example"), s("root.yaml#/paths/~1pets~1{id}/get/parameters/1/schema"), s(r#""true""#),
             Some(s("the client sends the experimental header itself"))),
        ];
        assert_eq!(got, expected);
        let subjects: Vec<&str> = examples
            .iter()
            .take(5)
            .map(|e| e.subject.as_str())
            .collect();
        assert_eq!(subjects, ["Pet", "Tag", "Pet.name", "Pet.nick", "Dog.bark"]);
        // Types: a nullable schema's own example goes through `Option`.
        let tag = examples
            .iter()
            .find(|e| e.at.pointer.ends_with("Tag/example"))
            .expect("tag");
        assert!(
            matches!(&tag.ty, Some(TypeRef::Nullable(inner)) if **inner == TypeRef::Named("Tag".into()))
        );
        let limit = examples
            .iter()
            .find(|e| e.at.pointer.ends_with("small"))
            .expect("limit");
        assert!(matches!(
            limit.ty,
            Some(TypeRef::Primitive(Primitive::Integer))
        ));
    }

    /// Parameters come from the IR's merge, read at their origins: a path-item parameter given
    /// by `$ref`, an operation given by `$ref` to another file (whose own `trace` replaces the
    /// path item's), and a `$ref` to a shared parameter.
    #[test]
    fn parameter_examples_follow_the_ir_through_refs() {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::create_dir(dir.path().join("operations")).expect("mkdir");
        for (name, text) in [
            (
                "root.yaml",
                "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /notes/{noteId}:\n    parameters:\n      - $ref: './parameters.yaml#/NoteId'\n      - {name: trace, in: header, schema: {type: string}, example: from-item}\n    get:\n      $ref: './operations/get-note.yaml'\n",
            ),
            (
                "operations/get-note.yaml",
                "operationId: getNote\nparameters:\n  - {name: trace, in: header, schema: {type: string}, example: from-operation}\n  - $ref: '../parameters.yaml#/Limit'\nresponses:\n  '200':\n    description: ok\n    content:\n      application/json:\n        schema: {type: string}\n        example: n1\n",
            ),
            (
                "parameters.yaml",
                "NoteId: {name: noteId, in: path, required: true, schema: {type: integer}, example: 7}\nLimit:\n  name: limit\n  in: query\n  schema: {type: integer, example: 5}\n  examples:\n    few: {value: 2}\n",
            ),
        ] {
            std::fs::write(dir.path().join(name), text).expect("write");
        }
        let mut diags = Diagnostics::new();
        let spec = generator::load::load(dir.path(), "root.yaml", &mut diags).expect("loads");
        let api = generator::lower::lower(&spec, "t", &sailpoint_header(), &mut diags);
        let got: Vec<(Source, String, String, String, String)> = collect(&spec, &api)
            .iter()
            .map(|e| {
                (
                    e.source,
                    e.subject.clone(),
                    format!("{}#{}", e.at.file, e.at.pointer),
                    format!("{}#{}", e.schema.file, e.schema.pointer),
                    e.value.to_string(),
                )
            })
            .collect();
        let s = |x: &str| x.to_string();
        let op = "operations/get-note.yaml#";
        let expected = vec![
            (
                Source::Response,
                s(r#"getNote response 200 application/json "example""#),
                format!("{op}/responses/200/content/application~1json/example"),
                format!("{op}/responses/200/content/application~1json/schema"),
                s(r#""n1""#),
            ),
            (
                Source::Parameter,
                s("getNote parameter noteId"),
                s("parameters.yaml#/NoteId/example"),
                s("parameters.yaml#/NoteId/schema"),
                s("7"),
            ),
            (
                Source::Parameter,
                s("getNote parameter trace"),
                format!("{op}/parameters/0/example"),
                format!("{op}/parameters/0/schema"),
                s(r#""from-operation""#),
            ),
            (
                Source::Parameter,
                s("getNote parameter limit"),
                s("parameters.yaml#/Limit/examples/few"),
                s("parameters.yaml#/Limit/schema"),
                s("2"),
            ),
            (
                Source::Parameter,
                s("getNote parameter limit"),
                s("parameters.yaml#/Limit/schema/example"),
                s("parameters.yaml#/Limit/schema"),
                s("5"),
            ),
        ];
        assert_eq!(got, expected);
    }
}

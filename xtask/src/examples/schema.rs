//! OpenAPI 3.0 schema -> standalone JSON Schema (draft 4), and validation with the independent
//! `jsonschema` crate.
//!
//! Every schema location a `$ref` reaches (relative files, JSON pointers, root-relative
//! `#/components/...` inside external files, all through [`Resolver`]) becomes one entry of
//! `definitions`, named `d<N>`, and the ref a local `#/definitions/d<N>`: recursion needs nothing
//! special. A document is assembled per example from the closure of what its schema reaches.
//!
//! OpenAPI-isms are translated:
//! - `nullable: true` allows `null` (`type: [T, "null"]` where there is a plain `type`, else
//!   `anyOf: [{type: null}, <schema>]`); a `nullable: true` next to a `$ref` counts too (the
//!   generator honours it, and so does every tool we know);
//! - only draft-4 validation keywords are kept: `example`, `discriminator`, `xml`, `x-*`,
//!   `readOnly`, `writeOnly`, `deprecated`, `default`, `title`, `description`, `externalDocs`
//!   are dropped; `format` stays as an annotation (formats are not asserted);
//! - an empty `required` list is dropped (draft 4 requires at least one entry; OpenAPI tools
//!   accept it and it means nothing);
//! - `readOnly`/`writeOnly`: "a required readOnly property is required in responses only" (and
//!   writeOnly in requests only), so every location is translated for a [`Context`]: in a
//!   request, required properties that are `readOnly` are dropped from `required`; in a
//!   response, the `writeOnly` ones. Schema- and property-level examples belong to neither: they
//!   are valid when they are valid in one of the two ([`Judge::check`]).
//!
//! What is not translatable (a `type` that names no JSON type, a keyword of the wrong kind, an
//! unresolved `$ref`) is recorded as a schema error at its spec location: examples judged by such
//! a schema are spec defects.

use std::collections::{BTreeSet, HashMap};

use generator::diag::Diagnostics;
use generator::resolve::{Loc, Resolver};
use serde_json::{json, Map, Value};

/// JSON types draft 4 knows.
const JSON_TYPES: [&str; 7] = [
    "array", "boolean", "integer", "null", "number", "object", "string",
];

/// Keywords whose value is copied as it is (after a kind check).
const SCALAR_KEYWORDS: [(&str, Kind); 14] = [
    ("enum", Kind::NonEmptyArray),
    ("format", Kind::String),
    ("multipleOf", Kind::PositiveNumber),
    ("maximum", Kind::Number),
    ("exclusiveMaximum", Kind::Bool),
    ("minimum", Kind::Number),
    ("exclusiveMinimum", Kind::Bool),
    ("maxLength", Kind::Count),
    ("minLength", Kind::Count),
    ("pattern", Kind::String),
    ("maxItems", Kind::Count),
    ("minItems", Kind::Count),
    ("uniqueItems", Kind::Bool),
    ("maxProperties", Kind::Count),
];

#[derive(Clone, Copy)]
enum Kind {
    NonEmptyArray,
    String,
    Number,
    PositiveNumber,
    Bool,
    Count,
}

impl Kind {
    fn accepts(self, v: &Value) -> bool {
        match self {
            Kind::NonEmptyArray => v.as_array().is_some_and(|a| !a.is_empty()),
            Kind::String => v.is_string(),
            Kind::Number => v.is_number(),
            Kind::PositiveNumber => v.as_f64().is_some_and(|n| n > 0.0),
            Kind::Bool => v.is_boolean(),
            Kind::Count => v.as_u64().is_some(),
        }
    }

    fn describe(self) -> &'static str {
        match self {
            Kind::NonEmptyArray => "a non-empty list",
            Kind::String => "a string",
            Kind::Number => "a number",
            Kind::PositiveNumber => "a number greater than 0",
            Kind::Bool => "a boolean",
            Kind::Count => "a non-negative integer",
        }
    }
}

/// Which side of an exchange a value is on (decides `readOnly`/`writeOnly` + `required`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Context {
    Request,
    Response,
    /// A schema's or property's own example: valid as a request or as a response value.
    Either,
}

/// One translated schema location.
#[derive(Debug, Clone)]
struct Def {
    loc: Loc,
    context: Context,
    schema: Value,
    /// Definitions this one refers to.
    deps: BTreeSet<usize>,
    /// Untranslatable spots, `file#pointer: message`.
    errors: Vec<String>,
}

/// Translates schema locations of one loaded spec, memoized by location.
pub struct Translator<'s> {
    resolver: Resolver<'s>,
    ids: HashMap<(Loc, Context), usize>,
    defs: Vec<Def>,
    /// Definitions named but not translated yet (a worklist, so that long chains of refs do not
    /// recurse).
    todo: Vec<usize>,
}

/// A standalone JSON Schema for one spec location, or why there is none.
pub type Standalone = Result<Value, String>;

impl<'s> Translator<'s> {
    pub fn new(resolver: Resolver<'s>) -> Self {
        Translator {
            resolver,
            ids: HashMap::new(),
            defs: Vec::new(),
            todo: Vec::new(),
        }
    }

    /// The standalone draft-4 document for the schema at `loc` (which may itself be a `$ref`,
    /// possibly with a `nullable` beside it). `Err` lists the spots of the spec that cannot be
    /// translated.
    /// `context` is `Request` or `Response` (`Either` is read as `Response`).
    pub fn standalone(&mut self, loc: &Loc, context: Context) -> Standalone {
        let root = self.def(loc, context);
        while let Some(id) = self.todo.pop() {
            self.translate(id);
        }
        let mut closure = BTreeSet::new();
        let mut todo = vec![root];
        while let Some(id) = todo.pop() {
            if closure.insert(id) {
                todo.extend(self.defs[id].deps.iter().copied());
            }
        }
        let mut errors: Vec<&str> = closure
            .iter()
            .flat_map(|&id| self.defs[id].errors.iter().map(String::as_str))
            .collect();
        errors.sort_unstable();
        errors.dedup();
        if !errors.is_empty() {
            return Err(format!(
                "the schema cannot be translated: {}",
                errors.join("; ")
            ));
        }
        let mut definitions = Map::new();
        for id in closure {
            definitions.insert(format!("d{id}"), self.defs[id].schema.clone());
        }
        Ok(json!({
            "definitions": Value::Object(definitions),
            "allOf": [{ "$ref": format!("#/definitions/d{root}") }],
        }))
    }

    /// The definition id of the schema at `loc` (translated later, from the worklist).
    fn def(&mut self, loc: &Loc, context: Context) -> usize {
        let key = (loc.clone(), context);
        if let Some(&id) = self.ids.get(&key) {
            return id;
        }
        let id = self.defs.len();
        self.ids.insert(key, id);
        self.defs.push(Def {
            loc: loc.clone(),
            context,
            schema: Value::Null,
            deps: BTreeSet::new(),
            errors: Vec::new(),
        });
        self.todo.push(id);
        id
    }

    fn translate(&mut self, id: usize) {
        let loc = self.defs[id].loc.clone();
        let context = self.defs[id].context;
        let loc = &loc;
        let mut cx = Cx {
            context,
            deps: BTreeSet::new(),
            errors: Vec::new(),
        };
        let schema = match self.resolver.get(loc) {
            Some(node) => self.node(loc, node, &mut cx, 0),
            None => {
                cx.error(loc, "no schema at this location");
                json!({})
            }
        };
        let d = &mut self.defs[id];
        d.schema = schema;
        d.deps = cx.deps;
        d.errors = cx.errors;
    }

    fn node(&mut self, at: &Loc, node: &Value, cx: &mut Cx, depth: usize) -> Value {
        if depth > 64 {
            cx.error(at, "the schema nests more than 64 levels inline");
            return json!({});
        }
        let obj = match node {
            Value::Object(o) => o,
            // JSON Schema allows `true`/`false` only from draft 6 on; OpenAPI never.
            Value::Bool(true) => return json!({}),
            _ => {
                cx.error(at, "a schema must be a mapping");
                return json!({});
            }
        };
        let nullable = match obj.get("nullable") {
            None | Some(Value::Bool(false)) => false,
            Some(Value::Bool(true)) => true,
            Some(_) => {
                cx.error(&at.child("nullable"), "`nullable` is not a boolean");
                false
            }
        };
        if let Some(r) = obj.get("$ref") {
            let Some(r) = r.as_str() else {
                cx.error(&at.child("$ref"), "`$ref` is not a string");
                return json!({});
            };
            let mut diags = Diagnostics::new();
            let target = self
                .resolver
                .target(at, r, &mut diags)
                .and_then(|t| self.resolver.deref(&t, &mut diags).map(|(l, _)| l));
            let Some(target) = target else {
                let why = diags
                    .iter()
                    .next()
                    .map(|d| d.message.clone())
                    .unwrap_or_else(|| format!("$ref {r:?} cannot be resolved"));
                cx.error(at, &why);
                return json!({});
            };
            let id = self.def(&target, cx.context);
            cx.deps.insert(id);
            let reference = json!({ "$ref": format!("#/definitions/d{id}") });
            return if nullable {
                json!({ "anyOf": [{ "type": "null" }, reference] })
            } else {
                reference
            };
        }

        let mut out = Map::new();
        for (key, value) in obj {
            let here = at.child(key);
            match key.as_str() {
                "type" => match value {
                    Value::String(t) if JSON_TYPES.contains(&t.as_str()) && t != "null" => {
                        out.insert(key.clone(), value.clone());
                    }
                    Value::Array(list)
                        if !list.is_empty()
                            && list
                                .iter()
                                .all(|t| t.as_str().is_some_and(|t| JSON_TYPES.contains(&t))) =>
                    {
                        // OpenAPI 3.1 style; draft 4 has the same meaning.
                        out.insert(key.clone(), value.clone());
                    }
                    other => cx.error(&here, &format!("`type: {other}` is not a JSON type")),
                },
                "properties" | "patternProperties" => match value {
                    Value::Object(props) => {
                        let mut m = Map::new();
                        for (name, schema) in props {
                            let s = self.node(&here.child(name), schema, cx, depth + 1);
                            m.insert(name.clone(), s);
                        }
                        out.insert(key.clone(), Value::Object(m));
                    }
                    _ => cx.error(&here, &format!("`{key}` is not a mapping")),
                },
                "items" => match value {
                    Value::Object(_) => {
                        let s = self.node(&here, value, cx, depth + 1);
                        out.insert(key.clone(), s);
                    }
                    Value::Array(list) => {
                        let items = list
                            .iter()
                            .enumerate()
                            .map(|(i, s)| self.node(&here.child(&i.to_string()), s, cx, depth + 1))
                            .collect();
                        out.insert(key.clone(), Value::Array(items));
                    }
                    _ => cx.error(&here, "`items` is not a schema"),
                },
                "additionalProperties" | "additionalItems" => match value {
                    Value::Bool(_) => {
                        out.insert(key.clone(), value.clone());
                    }
                    Value::Object(_) => {
                        let s = self.node(&here, value, cx, depth + 1);
                        out.insert(key.clone(), s);
                    }
                    _ => cx.error(&here, &format!("`{key}` is neither a boolean nor a schema")),
                },
                "not" => {
                    let s = self.node(&here, value, cx, depth + 1);
                    out.insert(key.clone(), s);
                }
                "allOf" | "anyOf" | "oneOf" => match value {
                    Value::Array(list) if !list.is_empty() => {
                        let parts = list
                            .iter()
                            .enumerate()
                            .map(|(i, s)| self.node(&here.child(&i.to_string()), s, cx, depth + 1))
                            .collect();
                        out.insert(key.clone(), Value::Array(parts));
                    }
                    _ => cx.error(&here, &format!("`{key}` is not a non-empty list")),
                },
                "dependencies" => match value {
                    Value::Object(deps) => {
                        let mut m = Map::new();
                        for (name, dep) in deps {
                            let d = match dep {
                                Value::Array(_) => dep.clone(),
                                _ => self.node(&here.child(name), dep, cx, depth + 1),
                            };
                            m.insert(name.clone(), d);
                        }
                        out.insert(key.clone(), Value::Object(m));
                    }
                    _ => cx.error(&here, "`dependencies` is not a mapping"),
                },
                "required" => match value {
                    Value::Array(list) if list.iter().all(Value::is_string) => {
                        let mut names: Vec<&Value> = Vec::new();
                        for n in list {
                            let name = n.as_str().unwrap_or_default();
                            if !names.contains(&n) && !self.one_sided(at, name, cx.context) {
                                names.push(n);
                            }
                        }
                        if !names.is_empty() {
                            out.insert(key.clone(), json!(names));
                        }
                    }
                    _ => cx.error(&here, "`required` is not a list of names"),
                },
                "minProperties" => {
                    if Kind::Count.accepts(value) {
                        out.insert(key.clone(), value.clone());
                    } else {
                        cx.error(&here, "`minProperties` is not a non-negative integer");
                    }
                }
                _ => {
                    if let Some((_, kind)) = SCALAR_KEYWORDS.iter().find(|(k, _)| k == key) {
                        if kind.accepts(value) {
                            out.insert(key.clone(), value.clone());
                        } else {
                            cx.error(&here, &format!("`{key}` is not {}", kind.describe()));
                        }
                    }
                    // Anything else is an annotation, an OpenAPI-ism or an extension: dropped.
                }
            }
        }
        // OpenAPI defines `int32`/`int64` as signed 32/64-bit integers: a value outside the range
        // does not match the schema (JSON Schema formats are only annotations, so say it with
        // bounds).
        if obj.get("type").and_then(Value::as_str) == Some("integer") {
            let range = match obj.get("format").and_then(Value::as_str) {
                Some("int32") => Some((i64::from(i32::MIN), i64::from(i32::MAX))),
                Some("int64") => Some((i64::MIN, i64::MAX)),
                _ => None,
            };
            if let Some((min, max)) = range {
                out.entry("minimum").or_insert(json!(min));
                out.entry("maximum").or_insert(json!(max));
            }
        }
        if nullable {
            allow_null(out)
        } else {
            Value::Object(out)
        }
    }
}

impl Translator<'_> {
    /// The property `name` of the object schema at `at` is `readOnly` and `context` is a
    /// request, or `writeOnly` and `context` a response.
    fn one_sided(&self, at: &Loc, name: &str, context: Context) -> bool {
        let flag = match context {
            Context::Request => "readOnly",
            Context::Response | Context::Either => "writeOnly",
        };
        let Some(prop) = self.property(at, name, 0) else {
            return false;
        };
        let set = |v: Option<&Value>| v.and_then(|n| n.get(flag)).and_then(Value::as_bool);
        // On the property itself, else on the schema it refers to.
        let own = set(self.resolver.get(&prop));
        let target = || {
            let (_, node) = self.resolver.deref(&prop, &mut Diagnostics::new())?;
            set(Some(node))
        };
        own.or_else(target).unwrap_or(false)
    }

    /// Where property `name` of the object schema at `at` is declared: its own `properties`,
    /// else its allOf parts (last first).
    fn property(&self, at: &Loc, name: &str, depth: usize) -> Option<Loc> {
        if depth > 16 {
            return None;
        }
        let (at, node) = self.resolver.deref(at, &mut Diagnostics::new())?;
        if node.get("properties").and_then(|p| p.get(name)).is_some() {
            return Some(at.child("properties").child(name));
        }
        let parts = node.get("allOf").and_then(Value::as_array)?;
        (0..parts.len())
            .rev()
            .find_map(|i| self.property(&at.child("allOf").child(&i.to_string()), name, depth + 1))
    }
}

/// `nullable: true` on a translated schema.
fn allow_null(mut schema: Map<String, Value>) -> Value {
    let composite = ["allOf", "anyOf", "oneOf", "not", "enum"]
        .iter()
        .any(|k| schema.contains_key(*k));
    match schema.get("type").cloned() {
        Some(Value::String(t)) if !composite => {
            schema.insert("type".into(), json!([t, "null"]));
            Value::Object(schema)
        }
        Some(Value::Array(mut list)) if !composite => {
            if !list.iter().any(|t| t == "null") {
                list.push(json!("null"));
            }
            schema.insert("type".into(), Value::Array(list));
            Value::Object(schema)
        }
        // No type at all and nothing else: already allows null.
        None if schema.is_empty() => Value::Object(schema),
        _ => json!({ "anyOf": [{ "type": "null" }, Value::Object(schema)] }),
    }
}

struct Cx {
    context: Context,
    deps: BTreeSet<usize>,
    errors: Vec<String>,
}

impl Cx {
    fn error(&mut self, at: &Loc, message: &str) {
        self.errors
            .push(format!("{}#{}: {message}", at.file, at.pointer));
    }
}

/// Compiled validators, memoized by schema location.
pub struct Judge<'s> {
    translator: Translator<'s>,
    validators: HashMap<(Loc, Context), Result<jsonschema::Validator, String>>,
    /// Assert `format` (see [`compile_asserting_formats`]) instead of reading it as an
    /// annotation.
    formats: bool,
}

impl<'s> Judge<'s> {
    pub fn new(resolver: Resolver<'s>) -> Self {
        Judge {
            translator: Translator::new(resolver),
            validators: HashMap::new(),
            formats: false,
        }
    }

    /// A judge that also asserts formats, as a validating server (Prism) does: for values this
    /// project builds and sends, not for judging the spec's examples.
    pub fn asserting_formats(resolver: Resolver<'s>) -> Self {
        Judge {
            formats: true,
            ..Judge::new(resolver)
        }
    }

    /// `Ok(())` when `value` is valid against the schema at `loc`; else the first error (or why
    /// the schema cannot judge anything).
    /// With [`Context::Either`], valid as a response or as a request; the error is the
    /// response's.
    pub fn check(&mut self, loc: &Loc, context: Context, value: &Value) -> Result<(), String> {
        match context {
            Context::Either => self
                .check_one(loc, Context::Response, value)
                .or_else(|e| self.check_one(loc, Context::Request, value).map_err(|_| e)),
            c => self.check_one(loc, c, value),
        }
    }

    fn check_one(&mut self, loc: &Loc, context: Context, value: &Value) -> Result<(), String> {
        let key = (loc.clone(), context);
        if !self.validators.contains_key(&key) {
            let v = self.translator.standalone(loc, context).and_then(|doc| {
                if self.formats {
                    compile_asserting_formats(&doc)
                } else {
                    compile(&doc)
                }
            });
            self.validators.insert(key.clone(), v);
        }
        match &self.validators[&key] {
            Err(e) => Err(e.clone()),
            Ok(v) => first_error(v, value),
        }
    }

    /// The spec location of a definition (for tests and messages).
    #[cfg(test)]
    pub fn def_loc(&self, id: usize) -> Option<&Loc> {
        self.translator.defs.get(id).map(|d| &d.loc)
    }
}

/// Compiles a standalone document as draft 4, formats as annotations.
pub fn compile(doc: &Value) -> Result<jsonschema::Validator, String> {
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft4)
        .should_validate_formats(false)
        .build(doc)
        .map_err(|e| {
            format!(
                "the translated schema does not compile: {}",
                short(&e.to_string())
            )
        })
}

/// Compiles a standalone document as draft 4 asserting the formats draft 4 knows, plus `uuid`
/// (canonical 8-4-4-4-12 hex, which OpenAPI tools assert whatever the draft).
pub fn compile_asserting_formats(doc: &Value) -> Result<jsonschema::Validator, String> {
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft4)
        .should_validate_formats(true)
        .with_format("uuid", is_uuid)
        .build(doc)
        .map_err(|e| {
            format!(
                "the translated schema does not compile: {}",
                short(&e.to_string())
            )
        })
}

/// A canonical UUID: five groups of 8, 4, 4, 4 and 12 hex digits.
pub fn is_uuid(s: &str) -> bool {
    let groups: Vec<&str> = s.split('-').collect();
    groups.iter().map(|g| g.len()).eq([8, 4, 4, 4, 12])
        && groups
            .iter()
            .all(|g| g.chars().all(|c| c.is_ascii_hexdigit()))
}

/// The validator's first error, with the path into the example.
pub fn first_error(v: &jsonschema::Validator, value: &Value) -> Result<(), String> {
    match v.iter_errors(value).next() {
        None => Ok(()),
        Some(e) => Err(short(&describe(&e, 0))),
    }
}

/// An error as `at <path>: <message>`. The `anyOf` that stands for `nullable` is looked
/// through; other `anyOf`/`oneOf` errors say what each branch objected to (validators otherwise
/// quote the whole instance and nothing else).
fn describe(e: &jsonschema::ValidationError, depth: usize) -> String {
    use jsonschema::error::ValidationErrorKind as K;
    let path = e.instance_path().to_string();
    let at = if path.is_empty() {
        "(root)".to_string()
    } else {
        path
    };
    let branches = |context: &Vec<Vec<jsonschema::ValidationError<'static>>>| {
        context
            .iter()
            .enumerate()
            .filter_map(|(i, errs)| {
                let first = errs.first()?;
                let text = if depth < 2 {
                    describe(first, depth + 1)
                } else {
                    message(first)
                };
                Some(format!("#{} {}", i + 1, short_to(&text, 120)))
            })
            .collect::<Vec<_>>()
            .join("; ")
    };
    match e.kind() {
        K::AnyOf { context } if context.len() == 2 && is_null_branch(&context[0]) => {
            match context[1].first() {
                Some(inner) => describe(inner, depth),
                None => format!("at {at}: {}", message(e)),
            }
        }
        K::AnyOf { context } => format!(
            "at {at}: matches none of the {} anyOf branches: {}",
            context.len(),
            branches(context)
        ),
        K::OneOfNotValid { context } => format!(
            "at {at}: matches none of the {} oneOf branches: {}",
            context.len(),
            branches(context)
        ),
        K::OneOfMultipleValid { context } => {
            let valid: Vec<String> = context
                .iter()
                .enumerate()
                .filter(|(_, errs)| errs.is_empty())
                .map(|(i, _)| format!("#{}", i + 1))
                .collect();
            let which = if valid.is_empty() {
                String::new()
            } else {
                format!(" ({})", valid.join(", "))
            };
            format!(
                "at {at}: matches more than one of the {} oneOf branches{which}, and oneOf allows exactly one",
                context.len()
            )
        }
        _ => format!("at {at}: {}", message(e)),
    }
}

/// The validator's message with the quoted instance shortened (it comes first, and can be a
/// whole response body).
fn message(e: &jsonschema::ValidationError) -> String {
    let text = e.to_string();
    let instance = e.instance().to_string();
    match text.strip_prefix(&instance) {
        Some(rest) if instance.chars().count() > 80 => format!("{}{rest}", short_to(&instance, 80)),
        _ => text,
    }
}

/// The errors of the `{type: null}` branch of a translated `nullable`.
fn is_null_branch(errs: &[jsonschema::ValidationError]) -> bool {
    matches!(errs, [one] if one.to_string().ends_with("is not of type \"null\""))
}

/// Cuts long messages (validators quote whole instances).
pub fn short(s: &str) -> String {
    short_to(s, 500)
}

fn short_to(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let cut: String = s.chars().take(max).collect();
    format!("{cut}…")
}

/// The definitions map of a standalone document keyed by spec location (for tests).
#[cfg(test)]
pub fn definitions_by_loc(judge: &Judge, doc: &Value) -> std::collections::BTreeMap<String, Value> {
    let mut out = std::collections::BTreeMap::new();
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

#[cfg(test)]
mod tests {
    use super::*;
    use generator::load::{load, Spec};

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

    use std::collections::BTreeMap;

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
}

//! OpenAPI 3.0 schema locations -> draft-4 definitions (the rules in the [module
//! documentation](super)), memoized by location and side.

use std::collections::{BTreeSet, HashMap};

use generator::diag::Diagnostics;
use generator::resolve::{Loc, Resolver};
use serde_json::{json, Map, Value};

use super::Context;

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

    /// The spec location of a definition (for tests).
    #[cfg(test)]
    pub fn def_loc(&self, id: usize) -> Option<&Loc> {
        self.defs.get(id).map(|d| &d.loc)
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
        let mut cx = Translation {
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

    fn node(&mut self, at: &Loc, node: &Value, cx: &mut Translation, depth: usize) -> Value {
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
            return self.reference(at, r, nullable, cx);
        }
        let mut out = Map::new();
        for (key, value) in obj {
            self.keyword(at, key, value, &mut out, cx, depth);
        }
        integer_bounds(obj, &mut out);
        if nullable {
            allow_null(out)
        } else {
            Value::Object(out)
        }
    }

    /// A `$ref` (with a `nullable: true` beside it, when there is one): a reference to the
    /// definition of its target.
    fn reference(&mut self, at: &Loc, r: &Value, nullable: bool, cx: &mut Translation) -> Value {
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
        if nullable {
            json!({ "anyOf": [{ "type": "null" }, reference] })
        } else {
            reference
        }
    }

    /// Translates one keyword of the schema at `at` into `out`, or records why it cannot be.
    fn keyword(
        &mut self,
        at: &Loc,
        key: &str,
        value: &Value,
        out: &mut Map<String, Value>,
        cx: &mut Translation,
        depth: usize,
    ) {
        let here = at.child(key);
        if self.subschemas(&here, key, value, out, cx, depth) {
            return;
        }
        match key {
            "type" => match value {
                Value::String(t) if JSON_TYPES.contains(&t.as_str()) && t != "null" => {
                    out.insert(key.to_owned(), value.clone());
                }
                Value::Array(list)
                    if !list.is_empty()
                        && list
                            .iter()
                            .all(|t| t.as_str().is_some_and(|t| JSON_TYPES.contains(&t))) =>
                {
                    // OpenAPI 3.1 style; draft 4 has the same meaning.
                    out.insert(key.to_owned(), value.clone());
                }
                other => cx.error(&here, &format!("`type: {other}` is not a JSON type")),
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
                        out.insert(key.to_owned(), json!(names));
                    }
                }
                _ => cx.error(&here, "`required` is not a list of names"),
            },
            "minProperties" => {
                if Kind::Count.accepts(value) {
                    out.insert(key.to_owned(), value.clone());
                } else {
                    cx.error(&here, "`minProperties` is not a non-negative integer");
                }
            }
            _ => {
                if let Some((_, kind)) = SCALAR_KEYWORDS.iter().find(|(k, _)| *k == key) {
                    if kind.accepts(value) {
                        out.insert(key.to_owned(), value.clone());
                    } else {
                        cx.error(&here, &format!("`{key}` is not {}", kind.describe()));
                    }
                }
                // Anything else is an annotation, an OpenAPI-ism or an extension: dropped.
            }
        }
    }

    /// Translates a keyword whose value holds schemas (found at `here`) into `out`; `false` when
    /// `key` is not such a keyword.
    fn subschemas(
        &mut self,
        here: &Loc,
        key: &str,
        value: &Value,
        out: &mut Map<String, Value>,
        cx: &mut Translation,
        depth: usize,
    ) -> bool {
        match key {
            "properties" | "patternProperties" => match value {
                Value::Object(props) => {
                    let mut m = Map::new();
                    for (name, schema) in props {
                        let s = self.node(&here.child(name), schema, cx, depth + 1);
                        m.insert(name.clone(), s);
                    }
                    out.insert(key.to_owned(), Value::Object(m));
                }
                _ => cx.error(here, &format!("`{key}` is not a mapping")),
            },
            "items" => match value {
                Value::Object(_) => {
                    let s = self.node(here, value, cx, depth + 1);
                    out.insert(key.to_owned(), s);
                }
                Value::Array(list) => {
                    let items = list
                        .iter()
                        .enumerate()
                        .map(|(i, s)| self.node(&here.child(&i.to_string()), s, cx, depth + 1))
                        .collect();
                    out.insert(key.to_owned(), Value::Array(items));
                }
                _ => cx.error(here, "`items` is not a schema"),
            },
            "additionalProperties" | "additionalItems" => match value {
                Value::Bool(_) => {
                    out.insert(key.to_owned(), value.clone());
                }
                Value::Object(_) => {
                    let s = self.node(here, value, cx, depth + 1);
                    out.insert(key.to_owned(), s);
                }
                _ => cx.error(here, &format!("`{key}` is neither a boolean nor a schema")),
            },
            "not" => {
                let s = self.node(here, value, cx, depth + 1);
                out.insert(key.to_owned(), s);
            }
            "allOf" | "anyOf" | "oneOf" => match value {
                Value::Array(list) if !list.is_empty() => {
                    let parts = list
                        .iter()
                        .enumerate()
                        .map(|(i, s)| self.node(&here.child(&i.to_string()), s, cx, depth + 1))
                        .collect();
                    out.insert(key.to_owned(), Value::Array(parts));
                }
                _ => cx.error(here, &format!("`{key}` is not a non-empty list")),
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
                    out.insert(key.to_owned(), Value::Object(m));
                }
                _ => cx.error(here, "`dependencies` is not a mapping"),
            },
            _ => return false,
        }
        true
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

/// OpenAPI defines `int32`/`int64` as signed 32/64-bit integers: a value outside the range does
/// not match the schema (JSON Schema formats are only annotations, so say it with bounds).
fn integer_bounds(schema: &Map<String, Value>, out: &mut Map<String, Value>) {
    if schema.get("type").and_then(Value::as_str) == Some("integer") {
        let range = match schema.get("format").and_then(Value::as_str) {
            Some("int32") => Some((i64::from(i32::MIN), i64::from(i32::MAX))),
            Some("int64") => Some((i64::MIN, i64::MAX)),
            _ => None,
        };
        if let Some((min, max)) = range {
            out.entry("minimum").or_insert(json!(min));
            out.entry("maximum").or_insert(json!(max));
        }
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

/// The state of translating one definition: its side, what it refers to, what cannot be
/// translated.
struct Translation {
    context: Context,
    deps: BTreeSet<usize>,
    errors: Vec<String>,
}

impl Translation {
    fn error(&mut self, at: &Loc, message: &str) {
        self.errors
            .push(format!("{}#{}: {message}", at.file, at.pointer));
    }
}

//! Argument values for every operation, built from the spec: an example the spec gives (when it
//! validates against its own schema), else a minimal value synthesized from the schema.
//!
//! Synthesis walks the raw OpenAPI schema through the [`Resolver`] (`$ref`, `allOf`, `oneOf`,
//! `anyOf`, `enum`, formats, bounds) and fills only what is required: required properties (not
//! `readOnly` ones in a request), one item per array. At every level a schema-level `example`
//! or `default` that validates is preferred, because patterns and formats are easier to satisfy
//! with the spec's own values than with invented ones. Every value is finally judged with the
//! independent validator ([`Judge`]); the caller reports the ones that do not validate.

use generator::diag::Diagnostics;
use generator::resolve::{Loc, Resolver};
use serde_json::{json, Map, Value};

use crate::examples::schema::{Context, Judge};

/// Deeper than this, a value is left out (an optional member) or `null`.
const MAX_DEPTH: usize = 12;

pub struct Synth<'s, 'j> {
    resolver: Resolver<'s>,
    judge: &'j mut Judge<'s>,
    context: Context,
}

impl<'s, 'j> Synth<'s, 'j> {
    pub fn new(resolver: Resolver<'s>, judge: &'j mut Judge<'s>, context: Context) -> Self {
        Synth {
            resolver,
            judge,
            context,
        }
    }

    /// The first of `examples` that validates against the schema at `schema`, else a
    /// synthesized value. The second field says where the value came from.
    /// A value with nothing but optional members (an empty object) gets all its members, and a
    /// free-form one a member: a required body or parameter should carry something.
    pub fn pick(&mut self, schema: &Loc, examples: &[Value]) -> (Value, &'static str) {
        for e in examples {
            if self.valid(schema, e) {
                return (e.clone(), "spec example");
            }
        }
        let mut v = self.value(schema, 0);
        if v.as_object().is_some_and(Map::is_empty) {
            v = self.value_with(schema, 0, true);
        }
        if v.as_object().is_some_and(Map::is_empty) {
            // A free-form object: one member, so that a form or multipart body is not empty.
            let mut one = v.clone();
            one["value"] = json!("x");
            if self.valid(schema, &one) {
                v = one;
            }
        }
        (v, "synthesized")
    }

    fn valid(&mut self, loc: &Loc, v: &Value) -> bool {
        self.judge.check(loc, self.context, v).is_ok()
    }

    /// A value for the schema at `loc` (which may be a `$ref`).
    pub fn value(&mut self, loc: &Loc, depth: usize) -> Value {
        self.value_with(loc, depth, false)
    }

    /// With `full`, an object gets all its (writable) members, not only the required ones: the
    /// second try for a `oneOf` branch whose minimal value also matches another branch.
    fn value_with(&mut self, loc: &Loc, depth: usize, full: bool) -> Value {
        if depth > MAX_DEPTH {
            return Value::Null;
        }
        let Some((at, node)) = self.resolver.deref(loc, &mut Diagnostics::new()) else {
            return json!({});
        };
        let Some(obj) = node.as_object() else {
            return json!({});
        };
        for key in ["example", "default"] {
            if let Some(v) = obj.get(key) {
                if !v.is_null() && self.valid(&at, v) {
                    return v.clone();
                }
            }
        }
        if let Some(first) = obj
            .get("enum")
            .and_then(Value::as_array)
            .and_then(|e| e.iter().find(|v| !v.is_null()))
        {
            return first.clone();
        }
        // OpenAPI 3.1: `const`, and the first valid value of an `examples` list.
        if let Some(v) = obj.get("const") {
            return v.clone();
        }
        let listed = obj.get("examples").and_then(Value::as_array);
        if let Some(v) = listed.and_then(|l| l.iter().find(|v| self.valid(&at, v))) {
            return v.clone();
        }
        if let Some(all) = obj.get("allOf").and_then(Value::as_array) {
            let mut merged = Map::new();
            let mut other = None;
            for i in 0..all.len() {
                match self.value_with(&at.child("allOf").child(&i.to_string()), depth + 1, full) {
                    Value::Object(m) => merged.extend(m),
                    v => other = Some(v),
                }
            }
            // Members declared next to `allOf` count too.
            if let Value::Object(m) = self.object(&at, obj, depth, full, false) {
                merged.extend(m);
            }
            return match other {
                Some(v) if merged.is_empty() => v,
                _ => Value::Object(merged),
            };
        }
        for key in ["oneOf", "anyOf"] {
            if let Some(branches) = obj.get(key).and_then(Value::as_array) {
                let mut first = None;
                for full in [false, true] {
                    for i in 0..branches.len() {
                        let branch = at.child(key).child(&i.to_string());
                        let mut v = self.value_with(&branch, depth + 1, full);
                        self.discriminate(&at, obj, i, &mut v);
                        if self.valid(&at, &v) {
                            return v;
                        }
                        first.get_or_insert(v);
                    }
                }
                return first.unwrap_or(Value::Null);
            }
        }
        // A 3.1 type list stands for its first non-null type.
        let ty = match obj.get("type") {
            Some(Value::Array(list)) => (list.iter())
                .filter_map(Value::as_str)
                .find(|t| *t != "null"),
            other => other.and_then(Value::as_str),
        };
        match ty {
            Some("object") | None if obj.contains_key("properties") || ty.is_some() => {
                self.object(&at, obj, depth, full, true)
            }
            Some("array") => {
                let max = obj.get("maxItems").and_then(Value::as_u64);
                let min = obj.get("minItems").and_then(Value::as_u64).unwrap_or(1);
                let n = min.max(1).min(max.unwrap_or(u64::MAX));
                let item = self.value(&at.child("items"), depth + 1);
                Value::Array((0..n).map(|_| item.clone()).collect())
            }
            Some("string") => string(obj),
            Some("integer") => number(obj, true),
            Some("number") => number(obj, false),
            Some("boolean") => Value::Bool(true),
            _ => json!({}),
        }
    }

    /// The required members of an object schema (all of them with `full`); `readOnly` ones are
    /// left out of requests, `writeOnly` ones out of responses. A required member the schema
    /// does not declare is `"x"` when `undeclared` (members of an `allOf` come from its
    /// branches instead).
    fn object(
        &mut self,
        at: &Loc,
        obj: &Map<String, Value>,
        depth: usize,
        full: bool,
        undeclared: bool,
    ) -> Value {
        let mut out = Map::new();
        let props = obj.get("properties").and_then(Value::as_object);
        let mut names: Vec<&str> = obj
            .get("required")
            .and_then(Value::as_array)
            .map(|r| r.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        if full {
            for k in props.into_iter().flat_map(|p| p.keys()) {
                if !names.contains(&k.as_str()) {
                    names.push(k);
                }
            }
        }
        for name in names {
            let prop_at = at.child("properties").child(name);
            let Some(prop) = props.and_then(|p| p.get(name)) else {
                if undeclared {
                    out.insert(name.to_string(), json!("x"));
                }
                continue;
            };
            let prop = self
                .resolver
                .deref(&prop_at, &mut Diagnostics::new())
                .map(|(_, v)| v)
                .unwrap_or(prop);
            let flag = |k: &str| prop.get(k).and_then(Value::as_bool).unwrap_or(false);
            let skip = match self.context {
                Context::Request => flag("readOnly"),
                Context::Response => flag("writeOnly"),
                Context::Either => false,
            };
            if !skip {
                out.insert(name.to_string(), self.value(&prop_at, depth + 1));
            }
        }
        Value::Object(out)
    }

    /// Sets the discriminator property of branch `i` to the value that selects it.
    fn discriminate(&self, at: &Loc, obj: &Map<String, Value>, i: usize, v: &mut Value) {
        let Some(d) = obj.get("discriminator") else {
            return;
        };
        let Some(prop) = d.get("propertyName").and_then(Value::as_str) else {
            return;
        };
        let Some(Value::Object(m)) = Some(v) else {
            return;
        };
        let branch_ref = obj
            .get("oneOf")
            .or_else(|| obj.get("anyOf"))
            .and_then(|b| b.get(i))
            .and_then(|b| b.get("$ref"))
            .and_then(Value::as_str);
        let Some(branch_ref) = branch_ref else {
            return;
        };
        let target = self
            .resolver
            .target(at, branch_ref, &mut Diagnostics::new());
        let mapped = d.get("mapping").and_then(Value::as_object).and_then(|map| {
            map.iter().find_map(|(k, r)| {
                let r = r.as_str()?;
                let t = self.resolver.target(at, r, &mut Diagnostics::new());
                (r == branch_ref || (t.is_some() && t == target)).then(|| k.clone())
            })
        });
        // Without a mapping, the default value is the schema's name (the file stem or the
        // last pointer segment).
        let name = mapped.unwrap_or_else(|| {
            let tail = branch_ref.rsplit(['/', '#']).next().unwrap_or(branch_ref);
            tail.trim_end_matches(".yaml")
                .trim_end_matches(".yml")
                .to_string()
        });
        m.insert(prop.to_string(), Value::String(name));
    }
}

fn string(obj: &Map<String, Value>) -> Value {
    let format = obj.get("format").and_then(Value::as_str).unwrap_or("");
    let base = match format.to_ascii_lowercase().as_str() {
        "date-time" => "2024-01-01T00:00:00Z",
        "date" => "2024-01-01",
        "uuid" => "2c918083-5d2e-4168-815d-32f890ca1581",
        "email" => "user@example.com",
        "uri" | "url" => "https://example.com",
        "ipv4" => "127.0.0.1",
        _ => "x",
    };
    if let Some(m) = obj
        .get("pattern")
        .and_then(Value::as_str)
        .and_then(matching)
    {
        return Value::String(m);
    }
    let mut s = base.to_string();
    let min = obj.get("minLength").and_then(Value::as_u64).unwrap_or(0) as usize;
    while s.chars().count() < min {
        s.push('x');
    }
    if let Some(max) = obj.get("maxLength").and_then(Value::as_u64) {
        s = s.chars().take(max.max(1) as usize).collect();
    }
    Value::String(s)
}

/// A string matching `pattern` (ECMA-262 syntax, read as Rust regex syntax, which agrees on
/// what the specs use), generated with a fixed seed; `None` when the pattern has constructs the
/// generator does not support (lookaround, backreferences).
fn matching(pattern: &str) -> Option<String> {
    use rand::SeedableRng;
    // The generator has no anchors; an anchored pattern is generated from its inside.
    let inner = pattern.strip_prefix('^').unwrap_or(pattern);
    let inner = match inner.strip_suffix('$') {
        Some(i) if !i.ends_with('\\') => i,
        _ => inner,
    };
    let generator = rand_regex::Regex::compile(inner, 8).ok()?;
    let mut rng = rand::rngs::StdRng::seed_from_u64(7);
    Some(rand::RngExt::sample::<String, _>(&mut rng, &generator))
}

fn number(obj: &Map<String, Value>, integer: bool) -> Value {
    let min = obj.get("minimum").and_then(Value::as_f64);
    let max = obj.get("maximum").and_then(Value::as_f64);
    let excl_min = obj
        .get("exclusiveMinimum")
        .and_then(Value::as_bool)
        .unwrap_or(false);
    let mut v = match min {
        Some(m) if excl_min => m + 1.0,
        Some(m) => m,
        None => 1.0,
    };
    if let Some(m) = max {
        if v > m {
            v = m;
        }
    }
    if integer {
        json!(v.ceil() as i64)
    } else {
        json!(v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_follow_format_and_length() {
        let o = |v: Value| v.as_object().cloned().unwrap();
        assert_eq!(
            string(&o(json!({"format": "date-time"}))),
            json!("2024-01-01T00:00:00Z")
        );
        assert_eq!(string(&o(json!({"minLength": 3}))), json!("xxx"));
        assert_eq!(
            number(&o(json!({"minimum": 5, "maximum": 9})), true),
            json!(5)
        );
        assert_eq!(number(&o(json!({"maximum": 0})), true), json!(0));
        assert_eq!(string(&o(json!({"pattern": "^\\{\\}$"}))), json!("{}"));
        let uuid = string(&o(json!({"format": "uuid"})));
        assert!(crate::examples::schema::is_uuid(uuid.as_str().unwrap()));
        assert!(!crate::examples::schema::is_uuid(
            "2c9180835d2e5168015d32f890ca1581"
        ));
    }
}

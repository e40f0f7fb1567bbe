//! The call of each operation: its arguments (spec examples that validate, else synthesized
//! values) and the harness function that makes it.

use std::collections::BTreeMap;

use anyhow::{Context, Result};
use generator::ir::{Api, Primitive, TypeKind, TypeRef};
use generator::lower::parameter_schema;
use generator::render::client::{ArgSource, BodyKind, CallArg, CallSurface};
use generator::resolve::{Loc, Resolver};
use serde_json::Value;

use super::spec_schemas::body_schema_loc;
use super::synth;
use crate::examples::schema::{Context as Side, Judge};

/// One prepared call.
pub struct Case {
    pub op: usize,
    /// Rust source of the call's function.
    pub code: String,
    /// Arguments that do not validate against their own schema (name: error).
    pub invalid_args: Vec<String>,
}

/// Builds the arguments of one operation and the Rust function calling it.
pub fn prepare<'s>(
    spec: &'s generator::load::Spec,
    api: &Api,
    judge: &mut Judge<'s>,
    index: usize,
    s: &CallSurface,
    sources: &mut BTreeMap<&'static str, usize>,
) -> Result<Case> {
    let op_index = api
        .operations
        .iter()
        .position(|o| o.id == s.operation)
        .with_context(|| format!("operation {} is not in the IR", s.operation))?;
    let op = &api.operations[op_index];
    let resolver = Resolver::new(spec);
    let mut lines = Vec::new();
    let mut names = Vec::new();
    let mut setters = Vec::new();
    let mut invalid_args = Vec::new();
    // Required arguments always; optional ones (builder setters) when the spec gives an example
    // that validates, so that every parameter style the spec exemplifies is exercised.
    let all = s.args.iter().map(|a| (a, false));
    let all = all.chain(s.setters.iter().map(|a| (a, true)));
    for (k, (a, optional)) in all.enumerate() {
        let var = format!("a{k}");
        let (mut value, schema, wire) = match &a.source {
            ArgSource::Parameter { index } => {
                let p = &op.parameters[*index];
                let schema = parameter_schema(&resolver, &Loc::from(&p.origin));
                let examples: Vec<Value> = p.example.iter().cloned().collect();
                (examples, schema, None)
            }
            ArgSource::Body { content_type, kind } => {
                let media = op
                    .request_body
                    .as_ref()
                    .and_then(|b| b.content.iter().find(|m| &m.content_type == content_type));
                let examples = media
                    .map(|m| m.examples.iter().map(|e| e.value.clone()).collect())
                    .unwrap_or_default();
                (
                    examples,
                    body_schema_loc(&resolver, op, content_type),
                    Some((*kind, media.and_then(|m| m.schema.clone()))),
                )
            }
        };
        if optional {
            let usable = schema.as_ref().and_then(|schema| {
                value
                    .iter()
                    .find(|v| judge.check(schema, Side::Request, v).is_ok())
            });
            let Some(v) = usable else {
                continue;
            };
            *sources.entry("optional, spec example").or_default() += 1;
            value = vec![v.clone()];
        }
        let value = match &schema {
            Some(_) if optional => value.into_iter().next().unwrap_or_default(),
            Some(schema) => {
                let mut synth = synth::Synth::new(Resolver::new(spec), judge, Side::Request);
                let (v, source) = synth.pick(schema, &value);
                *sources.entry(source).or_default() += 1;
                if let Err(e) = judge.check(schema, Side::Request, &v) {
                    invalid_args.push(format!("{}: {e}", a.ident));
                }
                v
            }
            None => {
                *sources.entry("no schema").or_default() += 1;
                value
                    .into_iter()
                    .next()
                    .unwrap_or(Value::String("x".into()))
            }
        };
        lines.push(argument_line(api, a, &var, wire, value));
        if optional {
            setters.push(format!(".{}({var})", a.ident));
        } else {
            names.push(var);
        }
    }
    let code = format!(
        "async fn op_{index}(c: &sdk::Client) -> Result<Outcome, Outcome> {{\n    // {} {} ({})\n    {}\n    done(c.{}().{}({}){}.send_with_response().await)\n}}\n",
        op.method.to_uppercase(),
        op.path,
        op.id,
        lines.join("\n    "),
        s.accessor,
        s.method,
        names.join(", "),
        setters.concat()
    );
    Ok(Case {
        op: op_index,
        code,
        invalid_args,
    })
}

/// The harness line binding argument `a` to `value` in variable `var` (`wire`: how a body is
/// sent, and its schema's type).
fn argument_line(
    api: &Api,
    a: &CallArg,
    var: &str,
    wire: Option<(BodyKind, Option<TypeRef>)>,
    value: Value,
) -> String {
    match wire {
        Some((BodyKind::Bytes, _)) => format!(
            "let {var}: runtime::bytes::Bytes = runtime::bytes::Bytes::from(String::into_bytes(arg(\"{}\", {:?})?));",
            a.ident,
            text_json(&value)
        ),
        Some((BodyKind::Text, _)) => format!(
            "let {var}: String = arg(\"{}\", {:?})?;",
            a.ident,
            text_json(&value)
        ),
        Some((BodyKind::Multipart | BodyKind::Form, Some(ty))) => format!(
            "let {var}: {} = arg(\"{}\", {:?})?;",
            a.rust_type,
            a.ident,
            binary_as_bytes(api, &ty, value).to_string()
        ),
        _ => format!(
            "let {var}: {} = arg(\"{}\", {:?})?;",
            a.rust_type,
            a.ident,
            value.to_string()
        ),
    }
}

/// A text or bytes body's value as the JSON string the harness reads.
fn text_json(v: &Value) -> String {
    match v {
        Value::String(s) => Value::String(s.clone()).to_string(),
        other => Value::String(other.to_string()).to_string(),
    }
}

/// A multipart/form value with its binary members (strings in the schema's JSON, `Vec<u8>` in
/// Rust) as byte arrays.
fn binary_as_bytes(api: &Api, ty: &TypeRef, mut value: Value) -> Value {
    let TypeRef::Named(name) = ty else {
        return value;
    };
    let Some(TypeKind::Struct(s)) = api.types.iter().find(|t| &t.name == name).map(|t| &t.kind)
    else {
        return value;
    };
    let Some(obj) = value.as_object_mut() else {
        return value;
    };
    for f in &s.fields {
        let mut t = &f.ty;
        while let TypeRef::Nullable(inner) = t {
            t = inner;
        }
        if matches!(t, TypeRef::Primitive(Primitive::Binary)) {
            if let Some(Value::String(text)) = obj.get(&f.name) {
                let bytes: Vec<Value> = text.bytes().map(Value::from).collect();
                obj.insert(f.name.clone(), Value::Array(bytes));
            }
        }
    }
    value
}

/// The harness functions of all calls and the `match` arms that run them by index.
pub fn cases_code(cases: &[Case]) -> (String, String) {
    let mut ops = String::new();
    let mut arms = String::new();
    for (i, c) in cases.iter().enumerate() {
        ops.push_str(&c.code);
        ops.push('\n');
        arms.push_str(&format!("        {i} => op_{i}(c).await,\n"));
    }
    (ops, arms)
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn text_and_binary_values_become_what_the_rust_types_read() {
        assert_eq!(text_json(&json!("a\"b")), r#""a\"b""#);
        assert_eq!(text_json(&json!({"a": 1})), r#""{\"a\":1}""#);
    }
}

//! Parameters -> [`Parameter`]s: the path item's and the operation's merged, the required
//! header named by [`super::LowerOptions::experimental_header`] (SailPoint's
//! `X-SailPoint-Experimental`) turned into [`Operation::experimental`], and the path template
//! made to agree with the path parameters (reported as `path-param-mismatch`).

use heck::ToUpperCamelCase;
use serde_json::Value;

use super::operations::referenced_from;
use super::{names, Lowerer, Parent, ReusableKind};
use crate::diag::{Category, Severity};
use crate::ir::*;
use crate::load::scalar_text as value_text;
use crate::resolve::{Loc, Resolver};

impl Lowerer<'_> {
    /// The parameters of the operation at `at` in the path item at `item_at`, and the
    /// experimental header when one of them is that header.
    pub(super) fn parameters(
        &mut self,
        item_at: &Loc,
        at: &Loc,
        prefix: &Parent,
    ) -> (Vec<Parameter>, Option<ExperimentalHeader>) {
        // The path item's, then the operation's (which override by name and place).
        let mut params: Vec<Parameter> = Vec::new();
        let mut experimental = None;
        for list_at in [item_at.child("parameters"), at.child("parameters")] {
            let Some(list) = self.resolver.get(&list_at) else {
                continue;
            };
            let Some(list) = list.as_array() else {
                self.misuse(&list_at, "`parameters` is not a list", "ignored");
                continue;
            };
            for i in 0..list.len() {
                let Some((p, exp)) = self.parameter(&list_at.child(&i.to_string()), prefix) else {
                    continue;
                };
                if exp.is_some() {
                    experimental = exp;
                    continue;
                }
                match params
                    .iter_mut()
                    .find(|q| q.location == p.location && q.name.eq_ignore_ascii_case(&p.name))
                {
                    Some(q) => *q = p,
                    None => params.push(p),
                }
            }
        }
        (params, experimental)
    }

    /// One parameter, or the experimental marker it stands for.
    fn parameter(
        &mut self,
        at: &Loc,
        prefix: &Parent,
    ) -> Option<(Parameter, Option<ExperimentalHeader>)> {
        let (loc, node) = self.resolver.deref(at, &mut self.diags)?;
        let obj = node.as_object()?;
        let (origin, referenced_from) = (loc.origin(), referenced_from(at, &loc));
        let Some(name) = obj.get("name").and_then(Value::as_str) else {
            self.misuse(&loc, "a parameter without `name`", "skipped");
            return None;
        };
        let location = match obj.get("in").and_then(Value::as_str) {
            Some("path") => ParamLocation::Path,
            Some("query") => ParamLocation::Query,
            Some("header") => ParamLocation::Header,
            Some("cookie") => ParamLocation::Cookie,
            other => {
                self.misuse(
                    &loc.child("in"),
                    &format!("parameter location {other:?} is not valid"),
                    "skipped",
                );
                return None;
            }
        };
        let required = obj
            .get("required")
            .and_then(Value::as_bool)
            .unwrap_or(false);
        let schema_at = parameter_schema(&self.resolver, &loc);
        // A reusable parameter names its schema after itself, not after this operation.
        let (parent, suffix) = names::container_parent(
            &loc,
            referenced_from.is_some(),
            ReusableKind::Parameter,
            prefix,
            name.to_upper_camel_case(),
        );
        let ty = match &schema_at {
            Some(s) => self.schema(s, &parent, &suffix).ty,
            None => TypeRef::Primitive(Primitive::String),
        };
        let schema = schema_at
            .as_ref()
            .and_then(|s| self.resolver.deref(s, &mut crate::diag::Diagnostics::new()));
        let schema_get = |k: &str| schema.as_ref().and_then(|(_, v)| v.get(k)).cloned();
        let example = obj
            .get("example")
            .map(|v| self.example_data(&loc.child("example"), v))
            .or_else(|| {
                obj.get("examples")
                    .and_then(Value::as_object)
                    .and_then(|m| m.values().next())
                    .and_then(|e| self.example_value(&loc, e))
            });
        if location == ParamLocation::Header && required && self.is_experimental_header(name) {
            let value = schema_get("default")
                .or_else(|| example.clone())
                .or_else(|| schema_get("example"))
                .map(|v| value_text(&v))
                .unwrap_or_else(|| "true".into());
            return Some((
                placeholder(),
                Some(ExperimentalHeader {
                    name: name.to_string(),
                    value,
                    origin,
                    referenced_from,
                }),
            ));
        }
        let style = obj
            .get("style")
            .and_then(Value::as_str)
            .map(str::to_string)
            .unwrap_or_else(|| {
                match location {
                    ParamLocation::Query | ParamLocation::Cookie => "form",
                    ParamLocation::Path | ParamLocation::Header => "simple",
                }
                .to_string()
            });
        let explode = obj
            .get("explode")
            .and_then(Value::as_bool)
            .unwrap_or(style == "form");
        Some((
            Parameter {
                name: name.to_string(),
                location,
                required: required || location == ParamLocation::Path,
                deprecated: obj
                    .get("deprecated")
                    .and_then(Value::as_bool)
                    .unwrap_or(false),
                description: obj
                    .get("description")
                    .and_then(Value::as_str)
                    .map(str::to_string),
                ty,
                style,
                explode,
                default: schema_get("default"),
                maximum: schema_get("maximum"),
                example,
                origin,
                referenced_from,
            },
            None,
        ))
    }

    /// Whether `name` is the configured experimental header (compared without case).
    fn is_experimental_header(&self, name: &str) -> bool {
        (self.options.experimental_header.as_deref()).is_some_and(|h| name.eq_ignore_ascii_case(h))
    }

    /// Makes the path template and the path parameters agree.
    pub(super) fn repair_path(
        &mut self,
        at: &Loc,
        path: &str,
        method: &str,
        params: &mut Vec<Parameter>,
    ) -> String {
        let names = template_names(path);
        let declared: Vec<String> = params
            .iter()
            .filter(|p| p.location == ParamLocation::Path)
            .map(|p| p.name.clone())
            .collect();
        if names == declared
            || (names.len() == declared.len() && names.iter().all(|n| declared.contains(n)))
        {
            return path.to_string();
        }
        let what = format!(
            "{} {path}: the template names {{{}}} but the operation declares path parameters [{}]",
            method.to_uppercase(),
            names.join("}, {"),
            declared.join(", ")
        );
        let report = |diags: &mut crate::diag::Diagnostics, recovery: String| {
            diags.report(
                Severity::Warning,
                Category::PathParamMismatch,
                at.file.clone(),
                format!("{}/parameters", at.pointer),
                what.clone(),
                Some(recovery),
            )
        };
        if names.len() == declared.len() {
            // Same count: match by position, and let the template use the declared names.
            let mut fixed = path.to_string();
            for (t, d) in names.iter().zip(&declared) {
                fixed = fixed.replacen(&format!("{{{t}}}"), &format!("{{{d}}}"), 1);
            }
            report(
                &mut self.diags,
                format!("matched by position: the path is {fixed}"),
            );
            return fixed;
        }
        // Different counts: declare what the template needs, drop what it does not name.
        let template_at = Loc::new(self.resolver.spec.root.clone(), "")
            .child("paths")
            .child(path);
        let mut notes = Vec::new();
        params.retain(|p| {
            let keep = p.location != ParamLocation::Path || names.contains(&p.name);
            if !keep {
                notes.push(format!(
                    "dropped undeclared-in-template parameter {:?}",
                    p.name
                ));
            }
            keep
        });
        for n in &names {
            if !params
                .iter()
                .any(|p| p.location == ParamLocation::Path && p.name == *n)
            {
                notes.push(format!("added string parameter {n:?}"));
                params.push(Parameter {
                    name: n.clone(),
                    location: ParamLocation::Path,
                    required: true,
                    deprecated: false,
                    description: None,
                    ty: TypeRef::Primitive(Primitive::String),
                    style: "simple".into(),
                    explode: false,
                    default: None,
                    maximum: None,
                    example: None,
                    origin: template_at.origin(),
                    referenced_from: None,
                });
            }
        }
        report(&mut self.diags, notes.join("; "));
        path.to_string()
    }
}

/// `{name}`s of a path template, in order.
pub(crate) fn template_names(path: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = path;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}') else {
            break;
        };
        out.push(rest[open + 1..open + close].to_string());
        rest = &rest[open + close + 1..];
    }
    out
}

fn placeholder() -> Parameter {
    Parameter {
        name: String::new(),
        location: ParamLocation::Header,
        required: true,
        deprecated: false,
        description: None,
        ty: TypeRef::Any,
        style: String::new(),
        explode: false,
        default: None,
        maximum: None,
        example: None,
        origin: Origin::default(),
        referenced_from: None,
    }
}

/// The schema of the parameter object at `param` (after `$ref`s, e.g. a
/// [`Parameter::origin`]): its `schema`, else the schema of its first `content` entry; `None`
/// when it has neither (or `param` is no object).
pub fn parameter_schema(resolver: &Resolver, param: &Loc) -> Option<Loc> {
    let node = resolver.get(param)?.as_object()?;
    if node.contains_key("schema") {
        return Some(param.child("schema"));
    }
    node.get("content")
        .and_then(Value::as_object)
        .and_then(|c| c.keys().next())
        .map(|ct| param.child("content").child(ct).child("schema"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn template_names_in_order() {
        assert_eq!(template_names("/a/{x}/b/{y}"), vec!["x", "y"]);
    }
}

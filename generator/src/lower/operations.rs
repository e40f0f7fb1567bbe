//! Paths and webhooks -> [`Operation`]s, each object with its origin (see [`Origin`]).
//!
//! Repairs, each reported: a missing operationId (derived from method and path), a duplicate
//! operationId (later ones renamed); parameters and the path template are [`super::parameters`]'
//! work.

use std::collections::{BTreeMap, HashSet};

use heck::{ToLowerCamelCase, ToUpperCamelCase};
use serde_json::Value;

use super::{names, Lowerer, Parent, ReusableKind};
use crate::diag::{Category, Severity};
use crate::ir::*;
use crate::resolve::Loc;

const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

impl<'s> Lowerer<'s> {
    pub(super) fn operations(&mut self, root: &Loc) -> Vec<Operation> {
        let paths_at = root.child("paths");
        let Some(Value::Object(paths)) = self.resolver.get(&paths_at) else {
            return Vec::new();
        };
        let mut ops = Vec::new();
        let mut ids = HashSet::new();
        for path in paths.keys() {
            let item_at = paths_at.child(path);
            let Some((item_loc, item)) = self.resolver.deref(&item_at, &mut self.diags) else {
                continue;
            };
            let Some(item) = item.as_object() else {
                self.misuse(&item_loc, "a path item must be a mapping", "skipped");
                continue;
            };
            for method in item.keys().filter(|k| METHODS.contains(&k.as_str())) {
                let op_at = item_loc.child(method);
                if let Some(mut op) = self.operation(&item_loc, &op_at, path, method) {
                    self.dedupe_id(&mut op, &mut ids);
                    ops.push(op);
                }
            }
        }
        ops
    }

    /// Webhooks: OpenAPI 3.1's top-level `webhooks`, then the `x-webhooks` extension that 3.0
    /// specs use for the same thing.
    pub(super) fn webhooks(&mut self, root: &Loc) -> Vec<Webhook> {
        let mut out = Vec::new();
        let mut ids = HashSet::new();
        for key in ["webhooks", "x-webhooks"] {
            let at = root.child(key);
            if let Some(Value::Object(hooks)) = self.resolver.get(&at) {
                self.webhooks_in(&at, hooks, &mut ids, &mut out);
            }
        }
        out
    }

    fn webhooks_in(
        &mut self,
        at: &Loc,
        hooks: &'s serde_json::Map<String, Value>,
        ids: &mut HashSet<String>,
        out: &mut Vec<Webhook>,
    ) {
        for name in hooks.keys() {
            let Some((item_loc, item)) = self.resolver.deref(&at.child(name), &mut self.diags)
            else {
                continue;
            };
            let Some(method) = item
                .as_object()
                .and_then(|m| m.keys().find(|k| METHODS.contains(&k.as_str())).cloned())
            else {
                self.misuse(&item_loc, "a webhook without an operation", "skipped");
                continue;
            };
            let op_at = item_loc.child(&method);
            if let Some(mut op) = self.operation(&item_loc, &op_at, "", &method) {
                if op.id_derived {
                    op.id = name.to_lower_camel_case();
                }
                self.dedupe_id(&mut op, ids);
                out.push(Webhook {
                    name: name.clone(),
                    operation: op,
                });
            }
        }
    }

    fn dedupe_id(&mut self, op: &mut Operation, ids: &mut HashSet<String>) {
        if ids.insert(op.id.to_ascii_lowercase()) {
            return;
        }
        let base = op.id.clone();
        let mut n = 2;
        while !ids.insert(format!("{base}{n}").to_ascii_lowercase()) {
            n += 1;
        }
        op.id = format!("{base}{n}");
        self.diags.report(
            Severity::Warning,
            Category::DuplicateOperationId,
            op.origin.file.clone(),
            format!("{}/operationId", op.origin.pointer),
            format!("operationId {base:?} is already used by another operation"),
            Some(format!("this one is named {:?}", op.id)),
        );
    }

    /// The node at `at`, following a `$ref` where OpenAPI allows no Reference Object but
    /// bundlers and linters accept one (`get: {$ref: ./op.yaml}`, a `content` map, a media
    /// type): reported, then followed as any other ref would be.
    fn follow_nonstandard(&mut self, at: &Loc, what: &str) -> Option<(Loc, &'s Value)> {
        let node = self.resolver.get(at)?;
        let Some(reference) = node.get("$ref").and_then(Value::as_str) else {
            return Some((at.clone(), node));
        };
        let followed = self.resolver.deref(at, &mut self.diags);
        let recovery = match &followed {
            Some((to, _)) => format!("followed to {}#{}", to.file, to.pointer),
            None => "it does not resolve; skipped".to_string(),
        };
        self.diags.report(
            Severity::Warning,
            Category::NonStandardRef,
            at.file.clone(),
            at.pointer.clone(),
            format!(
                "$ref {reference:?} stands for {what}, where OpenAPI allows no Reference Object"
            ),
            Some(recovery),
        );
        followed
    }

    fn operation(
        &mut self,
        item_at: &Loc,
        at: &Loc,
        path: &str,
        method: &str,
    ) -> Option<Operation> {
        let (target, node) = self.follow_nonstandard(at, "an operation")?;
        let referenced_from = referenced_from(at, &target);
        let at = &target;
        let Some(obj) = node.as_object() else {
            self.misuse(at, "an operation must be a mapping", "skipped");
            return None;
        };
        let s = |k: &str| obj.get(k).and_then(Value::as_str).map(str::to_string);
        let (id, id_derived) = match s("operationId") {
            Some(id) if !id.trim().is_empty() => (id, false),
            _ => {
                let id = derive_id(method, path);
                self.diags.report(
                    Severity::Warning,
                    Category::MissingOperationId,
                    at.file.clone(),
                    at.pointer.clone(),
                    format!("{} {path} has no operationId", method.to_uppercase()),
                    Some(format!("named {id:?} from method and path")),
                );
                (id, true)
            }
        };
        let prefix = Parent::Name(id.to_upper_camel_case());

        let (mut params, experimental) = self.parameters(item_at, at, &prefix);
        let raw_path = path;
        let path = self.repair_path(at, path, method, &mut params);

        let request_body = match obj.get("requestBody") {
            Some(_) => self.request_body(&at.child("requestBody"), &prefix),
            None => None,
        };
        let responses = self.responses(&at.child("responses"), &prefix);
        let tags = obj
            .get("tags")
            .and_then(Value::as_array)
            .map(|t| {
                t.iter()
                    .filter_map(Value::as_str)
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default();
        Some(Operation {
            id,
            id_derived,
            method: method.to_string(),
            path,
            tags,
            summary: s("summary"),
            description: s("description"),
            deprecated: obj
                .get("deprecated")
                .and_then(Value::as_bool)
                .unwrap_or(false),
            parameters: params,
            request_body,
            responses,
            security: security_list(obj.get("security")),
            experimental,
            origin: at.origin(),
            referenced_from,
            raw_path: raw_path.to_string(),
        })
    }

    /// The value of an Example object (or a `$ref` to one).
    /// An `example` value; one that is only a `$ref` stands for the data in the file it names
    /// (as the loader and Prism read it), kept as written when that target is missing.
    pub(super) fn example_data(&self, at: &Loc, v: &Value) -> Value {
        crate::load::lone_ref(v)
            .and_then(|r| {
                let loc = self
                    .resolver
                    .target(at, r, &mut crate::diag::Diagnostics::new())?;
                self.resolver.get(&loc).cloned()
            })
            .unwrap_or_else(|| v.clone())
    }

    pub(super) fn example_value(&self, at: &Loc, e: &Value) -> Option<Value> {
        if let Some(r) = e.get("$ref").and_then(Value::as_str) {
            let loc = self
                .resolver
                .target(at, r, &mut crate::diag::Diagnostics::new())?;
            return self.resolver.get(&loc)?.get("value").cloned();
        }
        e.get("value").cloned()
    }

    fn request_body(&mut self, at: &Loc, prefix: &Parent) -> Option<RequestBody> {
        let (loc, node) = self.resolver.deref(at, &mut self.diags)?;
        let obj = node.as_object()?;
        // A reusable body names its schemas after itself, not after this operation.
        let (parent, suffix) = names::container_parent(
            &loc,
            *at != loc,
            ReusableKind::RequestBody,
            prefix,
            "Request".to_string(),
        );
        Some(RequestBody {
            origin: loc.origin(),
            referenced_from: referenced_from(at, &loc),
            required: obj
                .get("required")
                .and_then(Value::as_bool)
                .unwrap_or(false),
            description: obj
                .get("description")
                .and_then(Value::as_str)
                .map(str::to_string),
            content: self.content(&loc, &parent, &suffix),
        })
    }

    fn content(&mut self, at: &Loc, prefix: &Parent, suffix: &str) -> Vec<MediaType> {
        let Some((content_at, Value::Object(map))) =
            self.follow_nonstandard(&at.child("content"), "a content map")
        else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for (i, ct) in map.keys().enumerate() {
            let named_at = content_at.child(ct);
            let Some((mt_at, Value::Object(mt))) =
                self.follow_nonstandard(&named_at, "a media type")
            else {
                continue;
            };
            // A second content type with an inline schema of its own is named after it.
            let subtype = ct.rsplit('/').next().unwrap_or(ct).to_upper_camel_case();
            let suffix = if i == 0 {
                suffix.to_string()
            } else {
                format!("{suffix}{subtype}")
            };
            let suffix = suffix.as_str();
            let schema = mt
                .contains_key("schema")
                .then(|| self.schema_ref(&mt_at.child("schema"), prefix, suffix));
            let mut examples = Vec::new();
            if let Some(v) = mt.get("example") {
                examples.push(NamedExample {
                    name: "example".into(),
                    value: self.example_data(&mt_at.child("example"), v),
                    origin: mt_at.child("example").origin(),
                });
            }
            if let Some(map) = mt.get("examples").and_then(Value::as_object) {
                for (name, e) in map {
                    let e_at = mt_at.child("examples").child(name);
                    if let Some(value) = self.example_value(&e_at, e) {
                        examples.push(NamedExample {
                            name: name.clone(),
                            value,
                            origin: e_at.origin(),
                        });
                    }
                }
            }
            let encoding: BTreeMap<String, String> = mt
                .get("encoding")
                .and_then(Value::as_object)
                .map(|m| {
                    m.iter()
                        .filter_map(|(k, v)| {
                            Some((k.clone(), v.get("contentType")?.as_str()?.to_string()))
                        })
                        .collect()
                })
                .unwrap_or_default();
            out.push(MediaType {
                content_type: ct.clone(),
                schema,
                examples,
                encoding,
                origin: mt_at.origin(),
                referenced_from: referenced_from(&named_at, &mt_at),
            });
        }
        out.sort_by(|a, b| a.content_type.cmp(&b.content_type));
        out
    }

    fn responses(&mut self, at: &Loc, prefix: &Parent) -> Vec<Response> {
        let Some(Value::Object(map)) = self.resolver.get(at) else {
            return Vec::new();
        };
        let is_status = |k: &str| k == "default" || crate::http_status::is_status_key(k);
        // `responses: {content: ...}`: a response object written without its status code.
        if !map.keys().any(|k| is_status(k))
            && (map.contains_key("content") || map.contains_key("description"))
        {
            self.misuse(
                at,
                "`responses` holds a response object instead of status codes",
                "read as the `200` response",
            );
            let loc = at.clone();
            return vec![self.response(&loc, None, map, "200", "Response", prefix)];
        }
        let first_success = map.keys().find(|s| s.starts_with('2')).cloned();
        let mut out = Vec::new();
        for status in map.keys() {
            if !is_status(status) {
                if !status.starts_with("x-") {
                    self.misuse(
                        &at.child(status),
                        &format!("{status:?} is not a status code"),
                        "ignored",
                    );
                }
                continue;
            }
            let status_at = at.child(status);
            let Some((loc, node)) = self.resolver.deref(&status_at, &mut self.diags) else {
                continue;
            };
            let Some(obj) = node.as_object() else {
                continue;
            };
            let suffix = if Some(status) == first_success.as_ref() {
                "Response".to_string()
            } else {
                format!("Response{}", status.to_upper_camel_case())
            };
            let from = referenced_from(&status_at, &loc);
            // A reusable response names its schemas after itself, not after this operation.
            let (parent, suffix) = names::container_parent(
                &loc,
                from.is_some(),
                ReusableKind::Response,
                prefix,
                suffix,
            );
            out.push(self.response(&loc, from, obj, status, &suffix, &parent));
        }
        out.sort_by(|a, b| a.status.cmp(&b.status));
        out
    }

    fn response(
        &mut self,
        loc: &Loc,
        referenced_from: Option<Origin>,
        obj: &serde_json::Map<String, Value>,
        status: &str,
        suffix: &str,
        prefix: &Parent,
    ) -> Response {
        let content = self.content(loc, prefix, suffix);
        let mut headers = Vec::new();
        if let Some(h) = obj.get("headers").and_then(Value::as_object) {
            for name in h.keys() {
                let h_at = loc.child("headers").child(name);
                let Some((h_loc, h_node)) = self.resolver.deref(&h_at, &mut self.diags) else {
                    continue;
                };
                let ty = if h_node.get("schema").is_some() {
                    self.schema_ref(&h_loc.child("schema"), prefix, &name.to_upper_camel_case())
                } else {
                    TypeRef::Primitive(Primitive::String)
                };
                headers.push(ResponseHeader {
                    name: name.clone(),
                    description: h_node
                        .get("description")
                        .and_then(Value::as_str)
                        .map(str::to_string),
                    required: h_node
                        .get("required")
                        .and_then(Value::as_bool)
                        .unwrap_or(false),
                    ty,
                });
            }
        }
        headers.sort_by(|a, b| a.name.cmp(&b.name));
        Response {
            status: status.to_string(),
            description: obj
                .get("description")
                .and_then(Value::as_str)
                .map(str::to_string),
            content,
            headers,
            origin: loc.origin(),
            referenced_from,
        }
    }
}

/// `security:` as a list of requirements; `None` when absent or malformed.
pub(super) fn security_list(v: Option<&Value>) -> Option<Vec<SecurityRequirement>> {
    let list = v?.as_array()?;
    Some(
        list.iter()
            .filter_map(Value::as_object)
            .map(|req| {
                req.iter()
                    .map(|(k, scopes)| {
                        let scopes = scopes
                            .as_array()
                            .map(|s| {
                                s.iter()
                                    .filter_map(Value::as_str)
                                    .map(str::to_string)
                                    .collect()
                            })
                            .unwrap_or_default();
                        (k.clone(), scopes)
                    })
                    .collect()
            })
            .collect(),
    )
}

/// `get /sources/{id}/schemas` -> `getSourcesIdSchemas`.
fn derive_id(method: &str, path: &str) -> String {
    let words: Vec<String> = path
        .split('/')
        .filter(|s| !s.is_empty())
        .map(|s| {
            s.trim_matches(|c| c == '{' || c == '}')
                .to_upper_camel_case()
        })
        .collect();
    format!("{method}{}", words.concat()).to_lower_camel_case()
}

/// Where a `$ref` at `at` led: the referencing location when the object lives elsewhere.
pub(super) fn referenced_from(at: &Loc, target: &Loc) -> Option<Origin> {
    (at != target).then(|| at.origin())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn derives_ids() {
        assert_eq!(
            derive_id("get", "/sources/{id}/schemas"),
            "getSourcesIdSchemas"
        );
    }
}

//! The comparison itself: walks both IRs and pushes classified [`Change`]s. This module holds
//! the walk's state, the API-level and list-level matching and the helpers; `operations.rs`
//! compares a matched pair of operations (parameters, bodies, responses), `types.rs` a matched
//! pair of types (structs, enums, unions).
//!
//! Every classification decision lives here, next to the rule table in the module docs of
//! [`crate::diff`]; keep the two in step.

mod operations;
mod types;

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use super::{type_display, Change, ChangeKind as K, Impact, Scope};
use crate::ir::{
    Api, Enum, Field, MediaType, Operation, ParamLocation, Parameter, RequestBody, Response,
    Struct, TypeDef, TypeKind, TypeRef, Union,
};

pub(super) fn compare(old: &Api, new: &Api) -> Vec<Change> {
    let old_types: BTreeMap<&str, &TypeDef> =
        old.types.iter().map(|t| (t.name.as_str(), t)).collect();
    let new_types: BTreeMap<&str, &TypeDef> =
        new.types.iter().map(|t| (t.name.as_str(), t)).collect();
    let renames = type_renames(&old_types, &new_types);
    let inputs = input_types(new, &new_types);
    let mut comparison = Comparison {
        renames,
        inputs,
        out: Vec::new(),
        docs: BTreeMap::new(),
    };
    comparison.api(old, new);
    comparison.types(&old_types, &new_types);
    comparison.operations(old, new);
    comparison.webhooks(old, new);
    comparison.flush_docs();
    comparison.out
}

struct Comparison {
    /// Old type name -> new type name, for types renamed (same origin).
    renames: BTreeMap<String, String>,
    /// Types of the new API that users build (see the module docs).
    inputs: BTreeSet<String>,
    out: Vec<Change>,
    /// Documentation-only parts changed, per (scope, subject).
    docs: BTreeMap<(Scope, String), BTreeSet<String>>,
}

/// One change before it is pushed; `Comparison::push` fills in `breaking`.
struct Pending<'a> {
    kind: K,
    impact: Impact,
    scope: Scope,
    subject: &'a str,
    member: Option<String>,
    old: Option<String>,
    new: Option<String>,
    note: Option<String>,
}

impl<'a> Pending<'a> {
    fn new(kind: K, impact: Impact, scope: Scope, subject: &'a str) -> Self {
        Pending {
            kind,
            impact,
            scope,
            subject,
            member: None,
            old: None,
            new: None,
            note: None,
        }
    }
    fn member(mut self, m: impl Into<String>) -> Self {
        self.member = Some(m.into());
        self
    }
    fn old_new(mut self, old: impl Into<String>, new: impl Into<String>) -> Self {
        self.old = Some(old.into());
        self.new = Some(new.into());
        self
    }
    fn note(mut self, n: impl Into<String>) -> Self {
        self.note = Some(n.into());
        self
    }
}

fn breaking_if(b: bool, otherwise: Impact) -> Impact {
    if b {
        Impact::Breaking
    } else {
        otherwise
    }
}

impl Comparison {
    fn push(&mut self, c: Pending<'_>) {
        self.out.push(Change {
            kind: c.kind,
            impact: c.impact,
            breaking: c.impact == Impact::Breaking,
            scope: c.scope,
            subject: c.subject.to_owned(),
            member: c.member,
            old: c.old,
            new: c.new,
            note: c.note,
        });
    }

    fn doc(&mut self, scope: Scope, subject: &str, part: impl Into<String>) {
        self.docs
            .entry((scope, subject.to_owned()))
            .or_default()
            .insert(part.into());
    }

    fn doc_if<T: PartialEq>(&mut self, old: &T, new: &T, scope: Scope, subject: &str, part: &str) {
        if old != new {
            self.doc(scope, subject, part);
        }
    }

    fn flush_docs(&mut self) {
        for ((scope, subject), parts) in std::mem::take(&mut self.docs) {
            let parts: Vec<String> = parts.into_iter().collect();
            self.push(
                Pending::new(K::Documentation, Impact::Documentation, scope, &subject)
                    .note(parts.join(", ")),
            );
        }
    }

    /// The old type reference with renamed types under their new names.
    fn canon(&self, t: &TypeRef) -> TypeRef {
        match t {
            TypeRef::Named(n) => TypeRef::Named(self.renames.get(n).unwrap_or(n).clone()),
            TypeRef::Array(i) => TypeRef::Array(Box::new(self.canon(i))),
            TypeRef::OneOrMany(i) => TypeRef::OneOrMany(Box::new(self.canon(i))),
            TypeRef::Map(i) => TypeRef::Map(Box::new(self.canon(i))),
            TypeRef::Nullable(i) => TypeRef::Nullable(Box::new(self.canon(i))),
            TypeRef::Primitive(_) | TypeRef::Any => t.clone(),
        }
    }

    fn same_type(&self, old: &TypeRef, new: &TypeRef) -> bool {
        self.canon(old) == *new
    }

    fn same_schema(&self, old: &Option<TypeRef>, new: &Option<TypeRef>) -> bool {
        match (old, new) {
            (Some(o), Some(n)) => self.same_type(o, n),
            (None, None) => true,
            _ => false,
        }
    }

    // -----------------------------------------------------------------------------------------
    // API level
    // -----------------------------------------------------------------------------------------

    fn api(&mut self, old: &Api, new: &Api) {
        let s = new.name.as_str();
        if old.servers != new.servers {
            let urls = |a: &Api| {
                a.servers
                    .iter()
                    .map(|s| s.url.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            self.push(
                Pending::new(K::ServersChanged, Impact::Compatible, Scope::Api, s)
                    .old_new(urls(old), urls(new)),
            );
        }
        if old.security_schemes != new.security_schemes {
            let names = |a: &Api| {
                a.security_schemes
                    .keys()
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            self.push(
                Pending::new(K::SecurityChanged, Impact::Compatible, Scope::Api, s)
                    .member("security schemes")
                    .old_new(names(old), names(new)),
            );
        }
        if old.security != new.security {
            self.push(
                Pending::new(K::SecurityChanged, Impact::Compatible, Scope::Api, s)
                    .member("root security")
                    .old_new(
                        security_display(&old.security),
                        security_display(&new.security),
                    ),
            );
        }
        self.doc_if(&old.title, &new.title, Scope::Api, s, "title");
        self.doc_if(
            &old.description,
            &new.description,
            Scope::Api,
            s,
            "description",
        );
        let tag_docs = |a: &Api| -> BTreeMap<String, Option<String>> {
            a.tags
                .iter()
                .map(|t| (t.name.clone(), t.description.clone()))
                .collect()
        };
        let (ot, nt) = (tag_docs(old), tag_docs(new));
        for (name, d) in &nt {
            if ot.get(name).is_some_and(|o| o != d) {
                self.doc(Scope::Api, s, format!("tag `{name}`"));
            }
        }
    }

    // -----------------------------------------------------------------------------------------
    // Operations and webhooks
    // -----------------------------------------------------------------------------------------

    fn operations(&mut self, old: &Api, new: &Api) {
        let old_ops: BTreeMap<&str, &Operation> =
            old.operations.iter().map(|o| (o.id.as_str(), o)).collect();
        let new_ops: BTreeMap<&str, &Operation> =
            new.operations.iter().map(|o| (o.id.as_str(), o)).collect();

        let added: Vec<&Operation> = new_ops
            .iter()
            .filter(|(id, _)| !old_ops.contains_key(*id))
            .map(|(_, o)| *o)
            .collect();
        let mut added_by_route: BTreeMap<(String, String), &Operation> =
            added.iter().map(|o| (route(o), *o)).collect();

        for (id, o) in &old_ops {
            match new_ops.get(id) {
                Some(n) => self.operation(Scope::Operation, id, o, n),
                None => match added_by_route.remove(&route(o)) {
                    Some(n) => {
                        self.push(
                            Pending::new(
                                K::OperationRenamed,
                                Impact::Breaking,
                                Scope::Operation,
                                &n.id,
                            )
                            .old_new(&o.id, &n.id)
                            .note(endpoint(n)),
                        );
                        self.operation(Scope::Operation, &n.id, o, n);
                    }
                    None => self.push(
                        Pending::new(K::OperationRemoved, Impact::Breaking, Scope::Operation, id)
                            .note(endpoint(o)),
                    ),
                },
            }
        }
        for n in added_by_route.values() {
            let mut note = endpoint(n);
            if n.experimental.is_some() {
                note.push_str(", experimental");
            }
            if n.deprecated {
                note.push_str(", deprecated");
            }
            self.push(
                Pending::new(K::OperationAdded, Impact::Addition, Scope::Operation, &n.id)
                    .note(note),
            );
        }
    }

    fn webhooks(&mut self, old: &Api, new: &Api) {
        let old_hooks: BTreeMap<&str, &Operation> = old
            .webhooks
            .iter()
            .map(|w| (w.name.as_str(), &w.operation))
            .collect();
        let new_hooks: BTreeMap<&str, &Operation> = new
            .webhooks
            .iter()
            .map(|w| (w.name.as_str(), &w.operation))
            .collect();
        for (name, o) in &old_hooks {
            match new_hooks.get(name) {
                Some(n) => self.operation(Scope::Webhook, name, o, n),
                None => self.push(Pending::new(
                    K::WebhookRemoved,
                    Impact::Breaking,
                    Scope::Webhook,
                    name,
                )),
            }
        }
        for name in new_hooks.keys().filter(|n| !old_hooks.contains_key(*n)) {
            self.push(Pending::new(
                K::WebhookAdded,
                Impact::Addition,
                Scope::Webhook,
                name,
            ));
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/// Types that disappear while another appears with the same origin: old name -> new name.
/// Only one-to-one matches count.
fn type_renames(
    old: &BTreeMap<&str, &TypeDef>,
    new: &BTreeMap<&str, &TypeDef>,
) -> BTreeMap<String, String> {
    let mut removed_by_origin: BTreeMap<&crate::ir::Origin, Vec<&str>> = BTreeMap::new();
    for (name, t) in old.iter().filter(|(n, _)| !new.contains_key(*n)) {
        removed_by_origin.entry(&t.origin).or_default().push(name);
    }
    let mut added_by_origin: BTreeMap<&crate::ir::Origin, Vec<&str>> = BTreeMap::new();
    for (name, t) in new.iter().filter(|(n, _)| !old.contains_key(*n)) {
        added_by_origin.entry(&t.origin).or_default().push(name);
    }
    removed_by_origin
        .iter()
        .filter_map(|(origin, olds)| {
            match (&olds[..], added_by_origin.get(origin).map(|v| &v[..])) {
                ([o], Some([n])) => Some(((*o).to_owned(), (*n).to_owned())),
                _ => None,
            }
        })
        .collect()
}

/// Named types reachable from what users send (parameters, request bodies, answers to
/// request-response webhooks), plus types nothing reaches at all.
fn input_types(api: &Api, types: &BTreeMap<&str, &TypeDef>) -> BTreeSet<String> {
    let mut input_roots: Vec<&TypeRef> = Vec::new();
    let mut output_roots: Vec<&TypeRef> = Vec::new();
    for o in &api.operations {
        input_roots.extend(o.parameters.iter().map(|p| &p.ty));
        if let Some(b) = &o.request_body {
            input_roots.extend(schemas(&b.content));
        }
        for r in &o.responses {
            output_roots.extend(schemas(&r.content));
        }
    }
    for w in &api.webhooks {
        let o = &w.operation;
        // ISC sends the payload (the user reads it) and reads the answer (the user builds it).
        output_roots.extend(o.parameters.iter().map(|p| &p.ty));
        if let Some(b) = &o.request_body {
            output_roots.extend(schemas(&b.content));
        }
        for r in &o.responses {
            input_roots.extend(schemas(&r.content));
        }
    }
    let inputs = reachable(&input_roots, types);
    let outputs = reachable(&output_roots, types);
    types
        .keys()
        .filter(|n| inputs.contains(**n) || !outputs.contains(**n))
        .map(|n| (*n).to_owned())
        .collect()
}

fn schemas(c: &[MediaType]) -> impl Iterator<Item = &TypeRef> {
    c.iter().filter_map(|m| m.schema.as_ref())
}

fn reachable<'a>(
    roots: &[&'a TypeRef],
    types: &BTreeMap<&'a str, &'a TypeDef>,
) -> BTreeSet<&'a str> {
    let mut seen: BTreeSet<&'a str> = BTreeSet::new();
    let mut stack: Vec<&'a TypeRef> = roots.to_vec();
    while let Some(t) = stack.pop() {
        match t {
            TypeRef::Named(n) => {
                let Some((name, def)) = types.get_key_value(n.as_str()) else {
                    continue;
                };
                if !seen.insert(name) {
                    continue;
                }
                match &def.kind {
                    TypeKind::Struct(s) => {
                        stack.extend(s.fields.iter().map(|f| &f.ty));
                        stack.extend(s.flatten.iter());
                        stack.extend(s.additional_properties.iter());
                    }
                    TypeKind::Enum(_) => {}
                    TypeKind::Union(u) => stack.extend(u.variants.iter()),
                    TypeKind::Alias(a) => stack.push(a),
                }
            }
            TypeRef::Array(i) | TypeRef::OneOrMany(i) | TypeRef::Map(i) | TypeRef::Nullable(i) => {
                stack.push(i)
            }
            TypeRef::Primitive(_) | TypeRef::Any => {}
        }
    }
    seen
}

/// Method and path with path parameter names erased: what identifies an endpoint.
fn route(o: &Operation) -> (String, String) {
    let mut path = String::with_capacity(o.path.len());
    let mut in_param = false;
    for ch in o.path.chars() {
        match ch {
            '{' => {
                in_param = true;
                path.push('{');
            }
            '}' => {
                in_param = false;
                path.push('}');
            }
            _ if in_param => {}
            _ => path.push(ch),
        }
    }
    (o.method.to_ascii_lowercase(), path)
}

fn endpoint(o: &Operation) -> String {
    format!("{} {}", o.method.to_ascii_uppercase(), o.path)
}

fn is_success(status: &str) -> bool {
    status.starts_with('2')
}

fn has_success_body(o: &Operation) -> bool {
    o.responses
        .iter()
        .any(|r| is_success(&r.status) && !r.content.is_empty())
}

fn required_word(r: bool) -> &'static str {
    if r {
        "required"
    } else {
        "optional"
    }
}

fn nullable_word(n: bool) -> &'static str {
    if n {
        "nullable"
    } else {
        "not nullable"
    }
}

fn field_shape(f: &Field) -> String {
    let mut s = format!("{}, {}", required_word(f.required), type_display(&f.ty));
    if f.nullable {
        s.push_str(", nullable");
    }
    s
}

fn kind_name(k: &TypeKind) -> &'static str {
    match k {
        TypeKind::Struct(_) => "struct",
        TypeKind::Enum(_) => "enum",
        TypeKind::Union(_) => "union",
        TypeKind::Alias(_) => "alias",
    }
}

fn kind_display(k: &TypeKind) -> String {
    match k {
        TypeKind::Alias(t) => format!("alias of {}", type_display(t)),
        _ => kind_name(k).to_owned(),
    }
}

fn schema_display(s: &Option<TypeRef>) -> String {
    s.as_ref()
        .map_or_else(|| "no schema".to_owned(), type_display)
}

fn content_display(c: &[MediaType]) -> String {
    if c.is_empty() {
        return "no content".to_owned();
    }
    c.iter()
        .map(|m| format!("{} {}", m.content_type, schema_display(&m.schema)))
        .collect::<Vec<_>>()
        .join(", ")
}

fn enum_value_display(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn value_display(v: &Option<Value>) -> String {
    v.as_ref()
        .map_or_else(|| "none".to_owned(), Value::to_string)
}

fn security_display(reqs: &[crate::ir::SecurityRequirement]) -> String {
    if reqs.is_empty() {
        return "none".to_owned();
    }
    reqs.iter()
        .map(|r| {
            if r.is_empty() {
                return "anonymous".to_owned();
            }
            r.iter()
                .map(|(k, scopes)| {
                    if scopes.is_empty() {
                        k.clone()
                    } else {
                        format!("{k}({})", scopes.join(" "))
                    }
                })
                .collect::<Vec<_>>()
                .join(" + ")
        })
        .collect::<Vec<_>>()
        .join(" | ")
}

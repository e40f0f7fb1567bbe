//! The comparison itself: walks both IRs and pushes classified [`Change`]s.
//!
//! Every classification decision lives here, next to the rule table in the module docs of
//! [`crate::diff`]; keep the two in step.

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
    let mut cx = Cx {
        renames,
        inputs,
        out: Vec::new(),
        docs: BTreeMap::new(),
    };
    cx.api(old, new);
    cx.types(&old_types, &new_types);
    cx.operations(old, new);
    cx.webhooks(old, new);
    cx.flush_docs();
    cx.out
}

struct Cx {
    /// Old type name -> new type name, for types renamed (same origin).
    renames: BTreeMap<String, String>,
    /// Types of the new API that users build (see the module docs).
    inputs: BTreeSet<String>,
    out: Vec<Change>,
    /// Documentation-only parts changed, per (scope, subject).
    docs: BTreeMap<(Scope, String), BTreeSet<String>>,
}

/// One change before it is pushed; `Cx::push` fills in `breaking`.
struct C<'a> {
    kind: K,
    impact: Impact,
    scope: Scope,
    subject: &'a str,
    member: Option<String>,
    old: Option<String>,
    new: Option<String>,
    note: Option<String>,
}

impl<'a> C<'a> {
    fn new(kind: K, impact: Impact, scope: Scope, subject: &'a str) -> Self {
        C {
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

impl Cx {
    fn push(&mut self, c: C<'_>) {
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
                C::new(K::Documentation, Impact::Documentation, scope, &subject)
                    .note(parts.join(", ")),
            );
        }
    }

    /// The old type reference with renamed types under their new names.
    fn canon(&self, t: &TypeRef) -> TypeRef {
        match t {
            TypeRef::Named(n) => TypeRef::Named(self.renames.get(n).unwrap_or(n).clone()),
            TypeRef::Array(i) => TypeRef::Array(Box::new(self.canon(i))),
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
                C::new(K::ServersChanged, Impact::Compatible, Scope::Api, s)
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
                C::new(K::SecurityChanged, Impact::Compatible, Scope::Api, s)
                    .member("security schemes")
                    .old_new(names(old), names(new)),
            );
        }
        if old.security != new.security {
            self.push(
                C::new(K::SecurityChanged, Impact::Compatible, Scope::Api, s)
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
                            C::new(
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
                        C::new(K::OperationRemoved, Impact::Breaking, Scope::Operation, id)
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
                C::new(K::OperationAdded, Impact::Addition, Scope::Operation, &n.id).note(note),
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
                None => self.push(C::new(
                    K::WebhookRemoved,
                    Impact::Breaking,
                    Scope::Webhook,
                    name,
                )),
            }
        }
        for name in new_hooks.keys().filter(|n| !old_hooks.contains_key(*n)) {
            self.push(C::new(
                K::WebhookAdded,
                Impact::Addition,
                Scope::Webhook,
                name,
            ));
        }
    }

    /// Compares a matched pair of operations (or webhook operations), reporting under `s`: the
    /// new operation id, or the webhook's name.
    fn operation(&mut self, scope: Scope, s: &str, o: &Operation, n: &Operation) {
        if scope == Scope::Operation && route(o) != route(n) {
            self.push(
                C::new(K::OperationMoved, Impact::Compatible, scope, s)
                    .old_new(endpoint(o), endpoint(n)),
            );
        }
        self.operation_common(scope, s, o, n);
    }

    fn operation_common(&mut self, scope: Scope, s: &str, o: &Operation, n: &Operation) {
        match (o.deprecated, n.deprecated) {
            (false, true) => self.push(C::new(K::Deprecated, Impact::Deprecation, scope, s)),
            (true, false) => self.push(C::new(K::Undeprecated, Impact::Deprecation, scope, s)),
            _ => {}
        }
        match (&o.experimental, &n.experimental) {
            (None, Some(h)) => self.push(
                C::new(K::BecameExperimental, Impact::Compatible, scope, s)
                    .note(format!("{}: {}", h.name, h.value)),
            ),
            (Some(_), None) => self.push(C::new(
                K::NoLongerExperimental,
                Impact::Compatible,
                scope,
                s,
            )),
            (Some(a), Some(b)) if (&a.name, &a.value) != (&b.name, &b.value) => self.push(
                C::new(K::ExperimentalHeaderChanged, Impact::Compatible, scope, s).old_new(
                    format!("{}: {}", a.name, a.value),
                    format!("{}: {}", b.name, b.value),
                ),
            ),
            _ => {}
        }
        if o.tags != n.tags {
            self.push(
                C::new(K::TagsChanged, Impact::Compatible, scope, s)
                    .old_new(o.tags.join(", "), n.tags.join(", ")),
            );
        }
        if o.security != n.security {
            let show = |x: &Option<Vec<_>>| match x {
                None => "root".to_owned(),
                Some(v) => security_display(v),
            };
            self.push(
                C::new(K::SecurityChanged, Impact::Compatible, scope, s)
                    .old_new(show(&o.security), show(&n.security)),
            );
        }
        self.doc_if(&o.summary, &n.summary, scope, s, "summary");
        self.doc_if(&o.description, &n.description, scope, s, "description");
        self.parameters(scope, s, &o.parameters, &n.parameters);
        self.request_body(scope, s, o.request_body.as_ref(), n.request_body.as_ref());
        self.responses(scope, s, o, n);
    }

    fn parameters(&mut self, scope: Scope, s: &str, old: &[Parameter], new: &[Parameter]) {
        let key = |p: &Parameter| {
            let name = if p.location == ParamLocation::Header {
                p.name.to_ascii_lowercase()
            } else {
                p.name.clone()
            };
            (p.location, name)
        };
        let mut unmatched_new: Vec<&Parameter> = Vec::new();
        let old_by_key: BTreeMap<_, &Parameter> = old.iter().map(|p| (key(p), p)).collect();
        let new_keys: BTreeSet<_> = new.iter().map(key).collect();
        let mut unmatched_old: Vec<&Parameter> =
            old.iter().filter(|p| !new_keys.contains(&key(p))).collect();
        let mut pairs: Vec<(&Parameter, &Parameter)> = Vec::new();
        for p in new {
            match old_by_key.get(&key(p)) {
                Some(o) => pairs.push((o, p)),
                None => unmatched_new.push(p),
            }
        }
        // Same name, other location: one parameter that moved.
        unmatched_new.retain(|p| {
            match unmatched_old
                .iter()
                .position(|o| o.name.eq_ignore_ascii_case(&p.name))
            {
                Some(i) => {
                    pairs.push((unmatched_old.remove(i), p));
                    false
                }
                None => true,
            }
        });
        for o in unmatched_old {
            self.push(
                C::new(K::ParameterRemoved, Impact::Breaking, scope, s)
                    .member(&o.name)
                    .note(o.location.as_str()),
            );
        }
        for p in unmatched_new {
            let (impact, req) = if p.required {
                (Impact::Breaking, "required")
            } else {
                (Impact::Addition, "optional")
            };
            self.push(
                C::new(K::ParameterAdded, impact, scope, s)
                    .member(&p.name)
                    .note(format!(
                        "{}, {req}, {}",
                        p.location.as_str(),
                        type_display(&p.ty)
                    )),
            );
        }
        for (o, n) in pairs {
            self.parameter(scope, s, o, n);
        }
    }

    fn parameter(&mut self, scope: Scope, s: &str, o: &Parameter, n: &Parameter) {
        let member = n.name.as_str();
        let loc = n.location.as_str();
        if o.location != n.location {
            self.push(
                C::new(K::ParameterLocationChanged, Impact::Compatible, scope, s)
                    .member(member)
                    .old_new(o.location.as_str(), loc),
            );
        }
        if o.required != n.required {
            self.push(
                C::new(K::ParameterRequiredChanged, Impact::Breaking, scope, s)
                    .member(member)
                    .old_new(required_word(o.required), required_word(n.required))
                    .note(loc),
            );
        }
        if !self.same_type(&o.ty, &n.ty) {
            self.push(
                C::new(K::ParameterTypeChanged, Impact::Breaking, scope, s)
                    .member(member)
                    .old_new(type_display(&o.ty), type_display(&n.ty))
                    .note(loc),
            );
        }
        match (o.deprecated, n.deprecated) {
            (false, true) => self.push(
                C::new(K::Deprecated, Impact::Deprecation, scope, s)
                    .member(member)
                    .note(format!("{loc} parameter")),
            ),
            (true, false) => self.push(
                C::new(K::Undeprecated, Impact::Deprecation, scope, s)
                    .member(member)
                    .note(format!("{loc} parameter")),
            ),
            _ => {}
        }
        if (&o.style, o.explode) != (&n.style, n.explode) {
            let show = |p: &Parameter| format!("style {}, explode {}", p.style, p.explode);
            self.push(
                C::new(K::SerializationChanged, Impact::Compatible, scope, s)
                    .member(member)
                    .old_new(show(o), show(n))
                    .note(loc),
            );
        }
        if o.default != n.default {
            self.push(
                C::new(K::DefaultChanged, Impact::Compatible, scope, s)
                    .member(member)
                    .old_new(value_display(&o.default), value_display(&n.default))
                    .note(format!("{loc} parameter")),
            );
        }
        if o.description != n.description || o.example != n.example {
            self.doc(scope, s, format!("parameter `{member}`"));
        }
    }

    fn request_body(
        &mut self,
        scope: Scope,
        s: &str,
        o: Option<&RequestBody>,
        n: Option<&RequestBody>,
    ) {
        match (o, n) {
            (None, None) => {}
            (None, Some(n)) => {
                let (impact, req) = if n.required {
                    (Impact::Breaking, "required")
                } else {
                    (Impact::Addition, "optional")
                };
                self.push(
                    C::new(K::RequestBodyAdded, impact, scope, s)
                        .note(format!("{req}, {}", content_display(&n.content))),
                );
            }
            (Some(o), None) => self.push(
                C::new(K::RequestBodyRemoved, Impact::Breaking, scope, s)
                    .note(content_display(&o.content)),
            ),
            (Some(o), Some(n)) => {
                if o.required != n.required {
                    self.push(
                        C::new(K::RequestBodyRequiredChanged, Impact::Breaking, scope, s)
                            .old_new(required_word(o.required), required_word(n.required)),
                    );
                }
                self.doc_if(&o.description, &n.description, scope, s, "request body");
                self.content(scope, s, None, &o.content, &n.content);
            }
        }
    }

    fn responses(&mut self, scope: Scope, s: &str, o: &Operation, n: &Operation) {
        let old: BTreeMap<&str, &Response> =
            o.responses.iter().map(|r| (r.status.as_str(), r)).collect();
        let new: BTreeMap<&str, &Response> =
            n.responses.iter().map(|r| (r.status.as_str(), r)).collect();
        let had_success_body = has_success_body(o);
        for (status, r) in &old {
            match new.get(status) {
                None => {
                    let success = is_success(status) && !r.content.is_empty();
                    self.push(
                        C::new(
                            K::ResponseRemoved,
                            breaking_if(success, Impact::Compatible),
                            scope,
                            s,
                        )
                        .member(*status)
                        .note(if success {
                            "success response: the return type changes".to_owned()
                        } else {
                            content_display(&r.content)
                        }),
                    );
                }
                Some(nr) => {
                    self.doc_if(
                        &r.description,
                        &nr.description,
                        scope,
                        s,
                        &format!("response {status}"),
                    );
                    self.content(scope, s, Some(status), &r.content, &nr.content);
                }
            }
        }
        for (status, r) in new.iter().filter(|(st, _)| !old.contains_key(*st)) {
            let now_returns = is_success(status) && !r.content.is_empty() && !had_success_body;
            self.push(
                C::new(
                    K::ResponseAdded,
                    breaking_if(now_returns, Impact::Addition),
                    scope,
                    s,
                )
                .member(*status)
                .note(if now_returns {
                    format!(
                        "the operation returned no body before: {}",
                        content_display(&r.content)
                    )
                } else {
                    content_display(&r.content)
                }),
            );
        }
    }

    /// Content of a request body (`status` None) or a response.
    fn content(
        &mut self,
        scope: Scope,
        s: &str,
        status: Option<&str>,
        old: &[MediaType],
        new: &[MediaType],
    ) {
        let (removed_kind, added_kind, schema_kind) = match status {
            None => (
                K::RequestContentTypeRemoved,
                K::RequestContentTypeAdded,
                K::RequestSchemaChanged,
            ),
            Some(_) => (
                K::ResponseContentTypeRemoved,
                K::ResponseContentTypeAdded,
                K::ResponseSchemaChanged,
            ),
        };
        // Requests: every change the caller must follow breaks. Responses: only the success
        // responses shape the return type.
        let breaks = status.is_none_or(is_success);
        let member = |ct: &str| match status {
            None => ct.to_owned(),
            Some(st) => format!("{st} {ct}"),
        };
        let old_by: BTreeMap<&str, &MediaType> =
            old.iter().map(|m| (m.content_type.as_str(), m)).collect();
        let new_by: BTreeMap<&str, &MediaType> =
            new.iter().map(|m| (m.content_type.as_str(), m)).collect();
        for (ct, om) in &old_by {
            let Some(nm) = new_by.get(ct) else {
                self.push(
                    C::new(
                        removed_kind,
                        breaking_if(breaks, Impact::Compatible),
                        scope,
                        s,
                    )
                    .member(member(ct))
                    .note(schema_display(&om.schema)),
                );
                continue;
            };
            if !self.same_schema(&om.schema, &nm.schema) {
                self.push(
                    C::new(
                        schema_kind,
                        breaking_if(breaks, Impact::Compatible),
                        scope,
                        s,
                    )
                    .member(member(ct))
                    .old_new(schema_display(&om.schema), schema_display(&nm.schema)),
                );
            }
            if om.encoding != nm.encoding {
                let show = |m: &MediaType| {
                    m.encoding
                        .iter()
                        .map(|(k, v)| format!("{k}: {v}"))
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                self.push(
                    C::new(K::SerializationChanged, Impact::Compatible, scope, s)
                        .member(member(ct))
                        .old_new(show(om), show(nm))
                        .note("multipart encoding"),
                );
            }
            let examples = |m: &MediaType| {
                m.examples
                    .iter()
                    .map(|e| (e.name.clone(), e.value.clone()))
                    .collect::<Vec<_>>()
            };
            if examples(om) != examples(nm) {
                let part = match status {
                    None => "request example".to_owned(),
                    Some(st) => format!("response {st} example"),
                };
                self.doc(scope, s, part);
            }
        }
        for (ct, nm) in new_by.iter().filter(|(ct, _)| !old_by.contains_key(*ct)) {
            self.push(
                C::new(added_kind, Impact::Addition, scope, s)
                    .member(member(ct))
                    .note(schema_display(&nm.schema)),
            );
        }
    }

    // -----------------------------------------------------------------------------------------
    // Types
    // -----------------------------------------------------------------------------------------

    fn types(&mut self, old: &BTreeMap<&str, &TypeDef>, new: &BTreeMap<&str, &TypeDef>) {
        let renamed_to: BTreeSet<String> = self.renames.values().cloned().collect();
        for (name, o) in old {
            if let Some(n) = new.get(name) {
                self.type_def(o, n);
            } else if let Some(new_name) = self.renames.get(*name).cloned() {
                let n = new[new_name.as_str()];
                self.push(
                    C::new(K::TypeRenamed, Impact::Breaking, Scope::Type, &new_name)
                        .old_new(*name, &new_name)
                        .note(format!("{}#{}", n.origin.file, n.origin.pointer)),
                );
                self.type_def(o, n);
            } else {
                self.push(
                    C::new(K::TypeRemoved, Impact::Breaking, Scope::Type, name)
                        .note(kind_name(&o.kind)),
                );
            }
        }
        for (name, n) in new {
            if !old.contains_key(name) && !renamed_to.contains(*name) {
                self.push(
                    C::new(K::TypeAdded, Impact::Addition, Scope::Type, name)
                        .note(kind_name(&n.kind)),
                );
            }
        }
    }

    fn type_def(&mut self, o: &TypeDef, n: &TypeDef) {
        let s = n.name.as_str();
        match (o.deprecated, n.deprecated) {
            (false, true) => self.push(C::new(K::Deprecated, Impact::Deprecation, Scope::Type, s)),
            (true, false) => {
                self.push(C::new(K::Undeprecated, Impact::Deprecation, Scope::Type, s))
            }
            _ => {}
        }
        self.doc_if(&o.title, &n.title, Scope::Type, s, "title");
        self.doc_if(
            &o.description,
            &n.description,
            Scope::Type,
            s,
            "description",
        );
        self.doc_if(&o.example, &n.example, Scope::Type, s, "example");
        match (&o.kind, &n.kind) {
            (TypeKind::Struct(a), TypeKind::Struct(b)) => self.structure(s, a, b),
            (TypeKind::Enum(a), TypeKind::Enum(b)) => self.enumeration(s, a, b),
            (TypeKind::Union(a), TypeKind::Union(b)) => self.union(s, a, b),
            (TypeKind::Alias(a), TypeKind::Alias(b)) => {
                if !self.same_type(a, b) {
                    self.push(
                        C::new(K::AliasTargetChanged, Impact::Breaking, Scope::Type, s)
                            .old_new(type_display(a), type_display(b)),
                    );
                }
            }
            (a, b) => self.push(
                C::new(K::TypeKindChanged, Impact::Breaking, Scope::Type, s)
                    .old_new(kind_display(a), kind_display(b)),
            ),
        }
    }

    fn structure(&mut self, s: &str, o: &Struct, n: &Struct) {
        let input = self.inputs.contains(s);
        let old: BTreeMap<&str, &Field> = o.fields.iter().map(|f| (f.name.as_str(), f)).collect();
        let new_names: BTreeSet<&str> = n.fields.iter().map(|f| f.name.as_str()).collect();
        for f in o
            .fields
            .iter()
            .filter(|f| !new_names.contains(f.name.as_str()))
        {
            self.push(
                C::new(K::FieldRemoved, Impact::Breaking, Scope::Type, s)
                    .member(&f.name)
                    .note(field_shape(f)),
            );
        }
        for f in &n.fields {
            match old.get(f.name.as_str()) {
                Some(of) => self.field(s, input, of, f),
                None => {
                    let breaks = f.required && input;
                    let mut note = field_shape(f);
                    if breaks {
                        note.push_str("; required in an input type");
                    }
                    self.push(
                        C::new(
                            K::FieldAdded,
                            breaking_if(breaks, Impact::Addition),
                            Scope::Type,
                            s,
                        )
                        .member(&f.name)
                        .note(note),
                    );
                }
            }
        }
        let old_flat: BTreeSet<TypeRef> = o.flatten.iter().map(|t| self.canon(t)).collect();
        let new_flat: BTreeSet<TypeRef> = n.flatten.iter().cloned().collect();
        for t in old_flat.difference(&new_flat) {
            self.push(
                C::new(K::FlattenedPartRemoved, Impact::Breaking, Scope::Type, s)
                    .member(type_display(t)),
            );
        }
        for t in new_flat.difference(&old_flat) {
            self.push(
                C::new(
                    K::FlattenedPartAdded,
                    breaking_if(input, Impact::Addition),
                    Scope::Type,
                    s,
                )
                .member(type_display(t))
                .note(if input { "input type" } else { "output type" }),
            );
        }
        match (&o.additional_properties, &n.additional_properties) {
            (None, Some(b)) => self.push(
                C::new(
                    K::AdditionalPropertiesChanged,
                    Impact::Addition,
                    Scope::Type,
                    s,
                )
                .old_new("none", type_display(b)),
            ),
            (Some(a), None) => self.push(
                C::new(
                    K::AdditionalPropertiesChanged,
                    Impact::Breaking,
                    Scope::Type,
                    s,
                )
                .old_new(type_display(a), "none"),
            ),
            (Some(a), Some(b)) if !self.same_type(a, b) => self.push(
                C::new(
                    K::AdditionalPropertiesChanged,
                    Impact::Breaking,
                    Scope::Type,
                    s,
                )
                .old_new(type_display(a), type_display(b)),
            ),
            _ => {}
        }
    }

    fn field(&mut self, s: &str, input: bool, o: &Field, n: &Field) {
        let m = n.name.as_str();
        if !self.same_type(&o.ty, &n.ty) {
            self.push(
                C::new(K::FieldTypeChanged, Impact::Breaking, Scope::Type, s)
                    .member(m)
                    .old_new(type_display(&o.ty), type_display(&n.ty)),
            );
        }
        // How many `Option`s wrap the field's type in the models crate (the rule is
        // `ir::Field::option_depth`; of the types that hold `null` themselves, only free-form
        // JSON is known without the whole API).
        // Attribute a change of that wrapping to required-ness first (with the old
        // nullability), then to nullability.
        let depth = |required: bool, nullable: bool, f: &Field| {
            Field {
                required,
                nullable,
                ..f.clone()
            }
            .option_depth(f.ty == TypeRef::Any)
        };
        if o.required != n.required {
            let rewrapped = depth(o.required, o.nullable, o) != depth(n.required, o.nullable, n);
            // `new()` takes the required fields, except read-only ones (requests omit them).
            let argument_changes = input && !(o.read_only && n.read_only);
            let impact = breaking_if(rewrapped || argument_changes, Impact::Compatible);
            let why = match (rewrapped, argument_changes) {
                (true, _) => "the field's `Option` wrapping changes",
                (false, true) => "input type: constructor arguments change",
                (false, false) => "same Rust type and constructor either way",
            };
            self.push(
                C::new(K::FieldRequiredChanged, impact, Scope::Type, s)
                    .member(m)
                    .old_new(required_word(o.required), required_word(n.required))
                    .note(why),
            );
        }
        if o.nullable != n.nullable {
            let rewrapped = depth(n.required, o.nullable, n) != depth(n.required, n.nullable, n);
            self.push(
                C::new(
                    K::FieldNullabilityChanged,
                    breaking_if(rewrapped, Impact::Compatible),
                    Scope::Type,
                    s,
                )
                .member(m)
                .old_new(nullable_word(o.nullable), nullable_word(n.nullable))
                .note(if rewrapped {
                    "the field's `Option` wrapping changes (`T` / `Option<T>` / `Option<Option<T>>`)"
                } else {
                    "same Rust type either way"
                }),
            );
        }
        match (o.deprecated, n.deprecated) {
            (false, true) => self.push(
                C::new(K::Deprecated, Impact::Deprecation, Scope::Type, s)
                    .member(m)
                    .note("field"),
            ),
            (true, false) => self.push(
                C::new(K::Undeprecated, Impact::Deprecation, Scope::Type, s)
                    .member(m)
                    .note("field"),
            ),
            _ => {}
        }
        if (o.read_only, o.write_only) != (n.read_only, n.write_only) {
            let show = |f: &Field| match (f.read_only, f.write_only) {
                (true, true) => "read-only, write-only",
                (true, false) => "read-only",
                (false, true) => "write-only",
                (false, false) => "read-write",
            };
            self.push(
                C::new(K::FieldAccessChanged, Impact::Compatible, Scope::Type, s)
                    .member(m)
                    .old_new(show(o), show(n)),
            );
        }
        if o.default != n.default {
            self.push(
                C::new(K::DefaultChanged, Impact::Compatible, Scope::Type, s)
                    .member(m)
                    .old_new(value_display(&o.default), value_display(&n.default))
                    .note("field"),
            );
        }
        if o.description != n.description || o.example != n.example {
            self.doc(Scope::Type, s, format!("field `{m}`"));
        }
    }

    fn enumeration(&mut self, s: &str, o: &Enum, n: &Enum) {
        if o.repr != n.repr {
            let show = |e: &Enum| format!("{:?}", e.repr).to_lowercase();
            self.push(
                C::new(K::EnumReprChanged, Impact::Breaking, Scope::Type, s)
                    .old_new(show(o), show(n)),
            );
        }
        if o.nullable != n.nullable {
            self.push(
                C::new(K::EnumNullabilityChanged, Impact::Breaking, Scope::Type, s)
                    .old_new(nullable_word(o.nullable), nullable_word(n.nullable)),
            );
        }
        for ov in &o.values {
            match n.values.iter().find(|nv| nv.value == ov.value) {
                None => self.push(
                    C::new(K::EnumValueRemoved, Impact::Breaking, Scope::Type, s)
                        .member(enum_value_display(&ov.value)),
                ),
                Some(nv) if nv.description != ov.description => {
                    self.doc(
                        Scope::Type,
                        s,
                        format!("value `{}`", enum_value_display(&nv.value)),
                    );
                }
                Some(_) => {}
            }
        }
        for nv in n
            .values
            .iter()
            .filter(|nv| !o.values.iter().any(|ov| ov.value == nv.value))
        {
            self.push(
                C::new(K::EnumValueAdded, Impact::Addition, Scope::Type, s)
                    .member(enum_value_display(&nv.value)),
            );
        }
    }

    fn union(&mut self, s: &str, o: &Union, n: &Union) {
        if o.mode != n.mode {
            let show = |u: &Union| match u.mode {
                crate::ir::UnionMode::OneOf => "oneOf",
                crate::ir::UnionMode::AnyOf => "anyOf",
            };
            self.push(
                C::new(K::UnionModeChanged, Impact::Compatible, Scope::Type, s)
                    .old_new(show(o), show(n)),
            );
        }
        let old_vars: Vec<TypeRef> = o.variants.iter().map(|t| self.canon(t)).collect();
        for t in old_vars.iter().filter(|t| !n.variants.contains(t)) {
            self.push(
                C::new(K::UnionVariantRemoved, Impact::Breaking, Scope::Type, s)
                    .member(type_display(t)),
            );
        }
        let added: Vec<&TypeRef> = n
            .variants
            .iter()
            .filter(|t| !old_vars.contains(t))
            .collect();
        for t in &added {
            self.push(
                C::new(K::UnionVariantAdded, Impact::Breaking, Scope::Type, s)
                    .member(type_display(t))
                    .note("exhaustive matches break"),
            );
        }
        match (&o.discriminator, &n.discriminator) {
            (None, None) => {}
            (None, Some(d)) => self.push(
                C::new(K::DiscriminatorChanged, Impact::Breaking, Scope::Type, s)
                    .old_new("none", format!("property `{}`", d.property)),
            ),
            (Some(d), None) => self.push(
                C::new(K::DiscriminatorChanged, Impact::Breaking, Scope::Type, s)
                    .old_new(format!("property `{}`", d.property), "none"),
            ),
            (Some(od), Some(nd)) => {
                if od.property != nd.property {
                    self.push(
                        C::new(K::DiscriminatorChanged, Impact::Breaking, Scope::Type, s).old_new(
                            format!("property `{}`", od.property),
                            format!("property `{}`", nd.property),
                        ),
                    );
                }
                let old_map: BTreeMap<&str, String> = od
                    .mapping
                    .iter()
                    .map(|c| {
                        (
                            c.value.as_str(),
                            self.renames
                                .get(&c.type_name)
                                .unwrap_or(&c.type_name)
                                .clone(),
                        )
                    })
                    .collect();
                let new_map: BTreeMap<&str, &str> = nd
                    .mapping
                    .iter()
                    .map(|c| (c.value.as_str(), c.type_name.as_str()))
                    .collect();
                let removed_vars: BTreeSet<String> = old_vars
                    .iter()
                    .filter(|t| !n.variants.contains(t))
                    .map(type_display)
                    .collect();
                let added_vars: BTreeSet<String> = added.iter().map(|t| type_display(t)).collect();
                for (tag, ty) in &old_map {
                    match new_map.get(tag) {
                        // The variant's own removal already says it.
                        None if removed_vars.contains(ty) => {}
                        None => self.push(
                            C::new(K::DiscriminatorChanged, Impact::Breaking, Scope::Type, s)
                                .member(*tag)
                                .note("discriminator tag")
                                .old_new(ty.as_str(), "none"),
                        ),
                        Some(nt) if *nt != ty => self.push(
                            C::new(K::DiscriminatorChanged, Impact::Breaking, Scope::Type, s)
                                .member(*tag)
                                .note("discriminator tag")
                                .old_new(ty.as_str(), *nt),
                        ),
                        Some(_) => {}
                    }
                }
                for (tag, ty) in new_map.iter().filter(|(t, _)| !old_map.contains_key(*t)) {
                    if !added_vars.contains(*ty) {
                        self.push(
                            C::new(K::DiscriminatorChanged, Impact::Addition, Scope::Type, s)
                                .member(*tag)
                                .note("discriminator tag")
                                .old_new("none", *ty),
                        );
                    }
                }
            }
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
            TypeRef::Array(i) | TypeRef::Map(i) | TypeRef::Nullable(i) => stack.push(i),
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

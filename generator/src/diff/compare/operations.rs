//! Compares a matched pair of operations (or webhook operations): route, common parts,
//! parameters, request body, responses and their content.

use super::*;

impl Comparison {
    /// Compares a matched pair of operations (or webhook operations), reporting under `s`: the
    /// new operation id, or the webhook's name.
    pub(super) fn operation(&mut self, scope: Scope, s: &str, o: &Operation, n: &Operation) {
        if scope == Scope::Operation && route(o) != route(n) {
            self.push(
                Pending::new(K::OperationMoved, Impact::Compatible, scope, s)
                    .old_new(endpoint(o), endpoint(n)),
            );
        }
        self.operation_common(scope, s, o, n);
    }

    fn operation_common(&mut self, scope: Scope, s: &str, o: &Operation, n: &Operation) {
        match (o.deprecated, n.deprecated) {
            (false, true) => self.push(Pending::new(K::Deprecated, Impact::Deprecation, scope, s)),
            (true, false) => {
                self.push(Pending::new(K::Undeprecated, Impact::Deprecation, scope, s))
            }
            _ => {}
        }
        match (&o.experimental, &n.experimental) {
            (None, Some(h)) => self.push(
                // Callers that have not consented to experimental operations lose it.
                Pending::new(K::BecameExperimental, Impact::Breaking, scope, s)
                    .note(format!("{}: {}", h.name, h.value)),
            ),
            (Some(_), None) => self.push(Pending::new(
                K::NoLongerExperimental,
                Impact::Compatible,
                scope,
                s,
            )),
            (Some(a), Some(b)) if (&a.name, &a.value) != (&b.name, &b.value) => self.push(
                Pending::new(K::ExperimentalHeaderChanged, Impact::Compatible, scope, s).old_new(
                    format!("{}: {}", a.name, a.value),
                    format!("{}: {}", b.name, b.value),
                ),
            ),
            _ => {}
        }
        if o.tags != n.tags {
            self.push(
                Pending::new(K::TagsChanged, Impact::Compatible, scope, s)
                    .old_new(o.tags.join(", "), n.tags.join(", ")),
            );
        }
        if o.security != n.security {
            let show = |x: &Option<Vec<_>>| match x {
                None => "root".to_owned(),
                Some(v) => security_display(v),
            };
            self.push(
                Pending::new(K::SecurityChanged, Impact::Compatible, scope, s)
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
                Pending::new(K::ParameterRemoved, Impact::Breaking, scope, s)
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
                Pending::new(K::ParameterAdded, impact, scope, s)
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
                Pending::new(K::ParameterLocationChanged, Impact::Compatible, scope, s)
                    .member(member)
                    .old_new(o.location.as_str(), loc),
            );
        }
        if o.required != n.required {
            self.push(
                Pending::new(K::ParameterRequiredChanged, Impact::Breaking, scope, s)
                    .member(member)
                    .old_new(required_word(o.required), required_word(n.required))
                    .note(loc),
            );
        }
        if !self.same_type(&o.ty, &n.ty) {
            self.push(
                Pending::new(K::ParameterTypeChanged, Impact::Breaking, scope, s)
                    .member(member)
                    .old_new(type_display(&o.ty), type_display(&n.ty))
                    .note(loc),
            );
        }
        match (o.deprecated, n.deprecated) {
            (false, true) => self.push(
                Pending::new(K::Deprecated, Impact::Deprecation, scope, s)
                    .member(member)
                    .note(format!("{loc} parameter")),
            ),
            (true, false) => self.push(
                Pending::new(K::Undeprecated, Impact::Deprecation, scope, s)
                    .member(member)
                    .note(format!("{loc} parameter")),
            ),
            _ => {}
        }
        if (&o.style, o.explode) != (&n.style, n.explode) {
            let show = |p: &Parameter| format!("style {}, explode {}", p.style, p.explode);
            self.push(
                Pending::new(K::SerializationChanged, Impact::Compatible, scope, s)
                    .member(member)
                    .old_new(show(o), show(n))
                    .note(loc),
            );
        }
        if o.default != n.default {
            self.push(
                Pending::new(K::DefaultChanged, Impact::Compatible, scope, s)
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
                    Pending::new(K::RequestBodyAdded, impact, scope, s)
                        .note(format!("{req}, {}", content_display(&n.content))),
                );
            }
            (Some(o), None) => self.push(
                Pending::new(K::RequestBodyRemoved, Impact::Breaking, scope, s)
                    .note(content_display(&o.content)),
            ),
            (Some(o), Some(n)) => {
                if o.required != n.required {
                    self.push(
                        Pending::new(K::RequestBodyRequiredChanged, Impact::Breaking, scope, s)
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
                        Pending::new(
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
                Pending::new(
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
                    Pending::new(
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
                    Pending::new(
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
                    Pending::new(K::SerializationChanged, Impact::Compatible, scope, s)
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
                Pending::new(added_kind, Impact::Addition, scope, s)
                    .member(member(ct))
                    .note(schema_display(&nm.schema)),
            );
        }
    }
}

//! Compares the types of two IRs and a matched pair of types: structs (fields), enums
//! (values) and unions (variants).

use super::*;

impl Comparison {
    pub(super) fn types(&mut self, old: &BTreeMap<&str, &TypeDef>, new: &BTreeMap<&str, &TypeDef>) {
        let renamed_to: BTreeSet<String> = self.renames.values().cloned().collect();
        for (name, o) in old {
            if let Some(n) = new.get(name) {
                self.type_def(o, n);
            } else if let Some(new_name) = self.renames.get(*name).cloned() {
                let n = new[new_name.as_str()];
                self.push(
                    Pending::new(K::TypeRenamed, Impact::Breaking, Scope::Type, &new_name)
                        .old_new(*name, &new_name)
                        .note(format!("{}#{}", n.origin.file, n.origin.pointer)),
                );
                self.type_def(o, n);
            } else {
                self.push(
                    Pending::new(K::TypeRemoved, Impact::Breaking, Scope::Type, name)
                        .note(kind_name(&o.kind)),
                );
            }
        }
        for (name, n) in new {
            if !old.contains_key(name) && !renamed_to.contains(*name) {
                self.push(
                    Pending::new(K::TypeAdded, Impact::Addition, Scope::Type, name)
                        .note(kind_name(&n.kind)),
                );
            }
        }
    }

    fn type_def(&mut self, o: &TypeDef, n: &TypeDef) {
        let s = n.name.as_str();
        match (o.deprecated, n.deprecated) {
            (false, true) => self.push(Pending::new(
                K::Deprecated,
                Impact::Deprecation,
                Scope::Type,
                s,
            )),
            (true, false) => self.push(Pending::new(
                K::Undeprecated,
                Impact::Deprecation,
                Scope::Type,
                s,
            )),
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
                        Pending::new(K::AliasTargetChanged, Impact::Breaking, Scope::Type, s)
                            .old_new(type_display(a), type_display(b)),
                    );
                }
            }
            (a, b) => self.push(
                Pending::new(K::TypeKindChanged, Impact::Breaking, Scope::Type, s)
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
                Pending::new(K::FieldRemoved, Impact::Breaking, Scope::Type, s)
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
                        Pending::new(
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
                Pending::new(K::FlattenedPartRemoved, Impact::Breaking, Scope::Type, s)
                    .member(type_display(t)),
            );
        }
        for t in new_flat.difference(&old_flat) {
            self.push(
                Pending::new(
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
                Pending::new(
                    K::AdditionalPropertiesChanged,
                    Impact::Addition,
                    Scope::Type,
                    s,
                )
                .old_new("none", type_display(b)),
            ),
            (Some(a), None) => self.push(
                Pending::new(
                    K::AdditionalPropertiesChanged,
                    Impact::Breaking,
                    Scope::Type,
                    s,
                )
                .old_new(type_display(a), "none"),
            ),
            (Some(a), Some(b)) if !self.same_type(a, b) => self.push(
                Pending::new(
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
                Pending::new(K::FieldTypeChanged, Impact::Breaking, Scope::Type, s)
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
                Pending::new(K::FieldRequiredChanged, impact, Scope::Type, s)
                    .member(m)
                    .old_new(required_word(o.required), required_word(n.required))
                    .note(why),
            );
        }
        if o.nullable != n.nullable {
            let rewrapped = depth(n.required, o.nullable, n) != depth(n.required, n.nullable, n);
            self.push(
                Pending::new(
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
                Pending::new(K::Deprecated, Impact::Deprecation, Scope::Type, s)
                    .member(m)
                    .note("field"),
            ),
            (true, false) => self.push(
                Pending::new(K::Undeprecated, Impact::Deprecation, Scope::Type, s)
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
                Pending::new(K::FieldAccessChanged, Impact::Compatible, Scope::Type, s)
                    .member(m)
                    .old_new(show(o), show(n)),
            );
        }
        if o.default != n.default {
            self.push(
                Pending::new(K::DefaultChanged, Impact::Compatible, Scope::Type, s)
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
                Pending::new(K::EnumReprChanged, Impact::Breaking, Scope::Type, s)
                    .old_new(show(o), show(n)),
            );
        }
        if o.nullable != n.nullable {
            self.push(
                Pending::new(K::EnumNullabilityChanged, Impact::Breaking, Scope::Type, s)
                    .old_new(nullable_word(o.nullable), nullable_word(n.nullable)),
            );
        }
        for ov in &o.values {
            match n.values.iter().find(|nv| nv.value == ov.value) {
                None => self.push(
                    Pending::new(K::EnumValueRemoved, Impact::Breaking, Scope::Type, s)
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
                Pending::new(K::EnumValueAdded, Impact::Addition, Scope::Type, s)
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
                Pending::new(K::UnionModeChanged, Impact::Compatible, Scope::Type, s)
                    .old_new(show(o), show(n)),
            );
        }
        let old_vars: Vec<TypeRef> = o.variants.iter().map(|t| self.canon(t)).collect();
        for t in old_vars.iter().filter(|t| !n.variants.contains(t)) {
            self.push(
                Pending::new(K::UnionVariantRemoved, Impact::Breaking, Scope::Type, s)
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
                Pending::new(K::UnionVariantAdded, Impact::Breaking, Scope::Type, s)
                    .member(type_display(t))
                    .note("exhaustive matches break"),
            );
        }
        match (&o.discriminator, &n.discriminator) {
            (None, None) => {}
            (None, Some(d)) => self.push(
                Pending::new(K::DiscriminatorChanged, Impact::Breaking, Scope::Type, s)
                    .old_new("none", format!("property `{}`", d.property)),
            ),
            (Some(d), None) => self.push(
                Pending::new(K::DiscriminatorChanged, Impact::Breaking, Scope::Type, s)
                    .old_new(format!("property `{}`", d.property), "none"),
            ),
            (Some(od), Some(nd)) => {
                if od.property != nd.property {
                    self.push(
                        Pending::new(K::DiscriminatorChanged, Impact::Breaking, Scope::Type, s)
                            .old_new(
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
                            Pending::new(K::DiscriminatorChanged, Impact::Breaking, Scope::Type, s)
                                .member(*tag)
                                .note("discriminator tag")
                                .old_new(ty.as_str(), "none"),
                        ),
                        Some(nt) if *nt != ty => self.push(
                            Pending::new(K::DiscriminatorChanged, Impact::Breaking, Scope::Type, s)
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
                            Pending::new(K::DiscriminatorChanged, Impact::Addition, Scope::Type, s)
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

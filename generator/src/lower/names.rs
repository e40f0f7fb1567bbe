//! Final type names.
//!
//! Candidates, in order of preference: the root component key, the schema's `title`, the file
//! stem (when the schema is a whole file), and for inline schemas the parent's final name plus a
//! suffix saying where the schema sits (`AccessRequestRequestedItem`, `ListAccountsResponse`).
//!
//! Named schemas are served first, most authoritative first (component, title, file), then those
//! in the root's home folder, then by location, so the same spec always gives the same names and
//! a schema keeps its name when an unrelated one appears. A schema whose candidates are all taken
//! gets the name of its version folder appended (`AccessProfileV3`), then a number; each such
//! rename is a `name-collision` diagnostic. Names never clash with Rust's prelude or std types.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde_json::Value;

use super::schema::{parse_provisional, provisional};
use super::{Lowerer, NameHint, Parent, Pending};
use crate::diag::{Category, Severity};
use crate::ir::*;
use crate::naming::{first_free_numbered, is_reserved_type_name, type_name_candidate};
use crate::resolve::Loc;

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Rank {
    Component,
    Title,
    File,
}

impl<'s> Lowerer<'s> {
    /// Reserves a type for the schema at `loc` (before its children are lowered).
    pub(super) fn reserve(&mut self, loc: &Loc, hint: NameHint, nullable: bool) -> usize {
        let id = self.pending.len();
        self.pending.push(Pending {
            loc: loc.clone(),
            hint,
            nullable,
            kind: None,
        });
        self.memo.insert(loc.clone(), id);
        id
    }
}

/// Picks the final names and builds the type definitions. Returns them sorted by name, with the
/// provisional -> final name map for [`apply`].
pub(super) fn finish(l: &mut Lowerer) -> (Vec<TypeDef>, HashMap<String, String>) {
    let home = home_folder(l);
    let n = l.pending.len();
    let mut names: Vec<Option<String>> = vec![None; n];
    let mut sources: Vec<NameSource> = vec![NameSource::Inline; n];
    let mut taken: HashMap<String, usize> = HashMap::new();

    let mut named: Vec<(Rank, bool, &Loc, usize, Vec<String>)> = Vec::new();
    for (id, p) in l.pending.iter().enumerate() {
        let h = &p.hint;
        let stem = h
            .file_stem
            .as_deref()
            .map(type_name_candidate)
            .filter(|s| !s.is_empty());
        let (rank, mut cands) = if let Some(c) = &h.component {
            (Rank::Component, vec![type_name_candidate(c)])
        } else if let Some(t) = h
            .title
            .as_deref()
            .map(type_name_candidate)
            .filter(|t| !t.is_empty())
        {
            (Rank::Title, vec![t])
        } else if let Some(s) = stem.clone() {
            (Rank::File, vec![s])
        } else {
            continue;
        };
        if let Some(s) = stem {
            if !cands.contains(&s) {
                cands.push(s);
            }
        }
        let away = !p.loc.file.starts_with(&home);
        named.push((rank, away, &p.loc, id, cands));
    }
    named.sort_by(|a, b| (a.0, a.1, a.2).cmp(&(b.0, b.1, b.2)));

    let mut collisions = Vec::new();
    for (rank, _, loc, id, cands) in &named {
        let free = |c: &String, taken: &HashMap<String, usize>| {
            !taken.contains_key(&c.to_lowercase()) && !is_reserved_type_name(c)
        };
        let chosen = match cands.iter().find(|c| free(c, &taken)) {
            Some(c) => c.clone(),
            None => {
                let primary = &cands[0];
                let tagged = if is_reserved_type_name(primary) {
                    format!("{primary}Model")
                } else {
                    format!("{primary}{}", folder_tag(&loc.file))
                };
                let name = if free(&tagged, &taken) {
                    tagged
                } else {
                    numbered(primary, &taken)
                };
                collisions.push((*id, cands.clone(), name.clone()));
                name
            }
        };
        taken.insert(chosen.to_lowercase(), *id);
        sources[*id] = match rank {
            Rank::Component => NameSource::Component,
            Rank::Title if Some(&chosen) == cands.first() => NameSource::Title,
            Rank::Title => NameSource::File,
            Rank::File => NameSource::File,
        };
        names[*id] = Some(chosen);
    }
    for id in 0..n {
        inline_name(l, id, &mut names, &mut taken, &mut collisions);
    }

    for (id, cands, name) in collisions {
        let loc = &l.pending[id].loc;
        let holders: Vec<String> = cands
            .iter()
            .filter_map(|c| taken.get(&c.to_lowercase()))
            .filter(|h| **h != id)
            .map(|h| format!("{}#{}", l.pending[*h].loc.file, l.pending[*h].loc.pointer))
            .collect();
        let why = if cands.iter().any(|c| is_reserved_type_name(c)) && holders.is_empty() {
            "is a Rust prelude/std name".to_string()
        } else {
            format!("is taken by {}", holders.join(", "))
        };
        l.diags.report(
            Severity::Info,
            Category::NameCollision,
            loc.file.clone(),
            loc.pointer.clone(),
            format!("the type name {:?} {why}", cands[0]),
            Some(format!("named {name:?}")),
        );
    }

    let rename: HashMap<String, String> = names
        .iter()
        .enumerate()
        .map(|(id, n)| (provisional(id), n.clone().expect("every type named")))
        .collect();
    let mut types = Vec::with_capacity(n);
    for (id, p) in l.pending.iter_mut().enumerate() {
        let node = l.resolver.get(&p.loc).and_then(Value::as_object);
        let get = |k: &str| node.and_then(|o| o.get(k));
        let kind = p.kind.take().unwrap_or(TypeKind::Alias(TypeRef::Any));
        types.push(TypeDef {
            name: rename[&provisional(id)].clone(),
            origin: p.loc.origin(),
            name_source: sources[id],
            title: get("title").and_then(Value::as_str).map(str::to_string),
            description: get("description")
                .and_then(Value::as_str)
                .map(str::to_string),
            deprecated: get("deprecated").and_then(Value::as_bool).unwrap_or(false),
            example: get("example").cloned(),
            kind,
        });
    }
    (types, rename)
}

fn inline_name(
    l: &Lowerer,
    id: usize,
    names: &mut Vec<Option<String>>,
    taken: &mut HashMap<String, usize>,
    collisions: &mut Vec<(usize, Vec<String>, String)>,
) -> String {
    if let Some(n) = &names[id] {
        return n.clone();
    }
    // Mark as in progress so that a malformed parent chain cannot recurse forever.
    names[id] = Some(String::new());
    let h = &l.pending[id].hint;
    let prefix = match &h.parent {
        Parent::Type(p) if *p < names.len() && *p != id => {
            inline_name(l, *p, names, taken, collisions)
        }
        Parent::Type(_) => String::new(),
        Parent::Name(n) => n.clone(),
    };
    let mut want = type_name_candidate(&format!("{prefix}{}", type_name_candidate(&h.suffix)));
    if want.is_empty() {
        want = "Type".into();
    }
    let name = if !taken.contains_key(&want.to_lowercase()) && !is_reserved_type_name(&want) {
        want
    } else {
        let n = numbered(&want, taken);
        collisions.push((id, vec![want], n.clone()));
        n
    };
    taken.insert(name.to_lowercase(), id);
    names[id] = Some(name.clone());
    name
}

/// Rewrites every provisional name in `api` to its final name.
pub(super) fn apply(api: &mut Api, rename: &HashMap<String, String>) {
    let fix = |n: &mut String| {
        if parse_provisional(n).is_some() {
            if let Some(f) = rename.get(n.as_str()) {
                *n = f.clone();
            }
        }
    };
    for t in &mut api.types {
        match &mut t.kind {
            TypeKind::Struct(s) => {
                for f in &mut s.fields {
                    walk(&mut f.ty, &fix);
                }
                for f in &mut s.flatten {
                    walk(f, &fix);
                }
                s.all_of.iter_mut().for_each(fix);
                if let Some(a) = &mut s.additional_properties {
                    walk(a, &fix);
                }
            }
            TypeKind::Enum(_) => {}
            TypeKind::Union(u) => {
                for v in &mut u.variants {
                    walk(v, &fix);
                }
                if let Some(d) = &mut u.discriminator {
                    for c in &mut d.mapping {
                        fix(&mut c.value);
                        fix(&mut c.type_name);
                    }
                }
            }
            TypeKind::Alias(a) => walk(a, &fix),
        }
    }
    api.types.sort_by(|a, b| a.name.cmp(&b.name));
    for op in api
        .operations
        .iter_mut()
        .chain(api.webhooks.iter_mut().map(|w| &mut w.operation))
    {
        for p in &mut op.parameters {
            walk(&mut p.ty, &fix);
        }
        if let Some(b) = &mut op.request_body {
            for m in &mut b.content {
                if let Some(s) = &mut m.schema {
                    walk(s, &fix);
                }
            }
        }
        for r in &mut op.responses {
            for m in &mut r.content {
                if let Some(s) = &mut m.schema {
                    walk(s, &fix);
                }
            }
            for h in &mut r.headers {
                walk(&mut h.ty, &fix);
            }
        }
    }
}

fn walk(t: &mut TypeRef, fix: &impl Fn(&mut String)) {
    match t {
        TypeRef::Named(n) => fix(n),
        TypeRef::Array(i) | TypeRef::OneOrMany(i) | TypeRef::Map(i) | TypeRef::Nullable(i) => {
            walk(i, fix)
        }
        TypeRef::Primitive(_) | TypeRef::Any => {}
    }
}

/// `base2`, `base3`, ...: the first whose lowercase is not taken.
fn numbered(base: &str, taken: &HashMap<String, usize>) -> String {
    first_free_numbered(base, |c| taken.contains_key(&c.to_lowercase()))
}

/// `idn/v3/schemas/X.yaml` -> `V3`: the folder under the root's directory.
fn folder_tag(file: &str) -> String {
    let parts: Vec<&str> = file.split('/').collect();
    let folder = if parts.len() > 2 { parts[1] } else { parts[0] };
    type_name_candidate(folder)
}

/// The folder (relative to the root's directory) that most type locations sit in.
fn home_folder(l: &Lowerer) -> String {
    let root_dir = l
        .resolver
        .spec
        .root
        .rsplit_once('/')
        .map(|(d, _)| format!("{d}/"))
        .unwrap_or_default();
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for p in &l.pending {
        if let Some(rest) = p.loc.file.strip_prefix(&root_dir) {
            if let Some((folder, _)) = rest.split_once('/') {
                *counts.entry(format!("{root_dir}{folder}/")).or_default() += 1;
            }
        }
    }
    let unique: HashSet<_> = counts.keys().collect();
    if unique.is_empty() {
        return root_dir;
    }
    counts
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
        .map(|(f, _)| f)
        .unwrap_or(root_dir)
}

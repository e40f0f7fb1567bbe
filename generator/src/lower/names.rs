//! Final type names.
//!
//! Candidates, in order of preference: the root component key, the schema's `title` (unless it
//! is a sentence), the file stem (when the schema is a whole file), the name of the reusable
//! response, parameter or request body the schema is written in (its component key or file stem,
//! a bare status as the status's name: `Unauthorized`), and for inline schemas the parent's final
//! name plus a suffix saying where the schema sits (`AccessRequestRequestedItem`,
//! `ListAccountsResponse`).
//!
//! Named schemas are served first, most authoritative first (component, title, file, reusable
//! container), then those
//! in the root's home folder, then by location, so the same spec always gives the same names and
//! a schema keeps its name when an unrelated one appears. A schema whose candidates are all taken
//! gets the name of its version folder appended (`AccessProfileV3`), then a number; each such
//! rename is a `name-collision` diagnostic. Names never clash with Rust's prelude or std types.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde_json::Value;

use super::schema::{parse_provisional, provisional};
use super::{Lowerer, NameHint, Parent, Pending, Reusable, ReusableKind};
use crate::diag::{Category, Severity};
use crate::http_status::{is_status_key, status_name};
use crate::ir::*;
use crate::naming::{
    first_free_numbered, is_reserved_type_name, is_sentence_title, type_name_candidate,
};
use crate::resolve::Loc;

/// How authoritative a name is, most first: the schema's own names (its component key, its
/// title, its file), then the name of the reusable response, parameter or request body it is
/// written in. The container's name comes last because it says where the schema is used, not
/// what it is: a schema with a name of its own keeps it when a container of the same name
/// appears, and the container's schema takes the fallback (`UnauthorizedResponse`).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Rank {
    Component,
    Title,
    File,
    Reusable,
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

/// The reusable object at `at` (a response, parameter or request body reached by `$ref`) as the
/// parent of the schemas inside it: named by the last segment of its JSON pointer (the component
/// key) or, for a whole file, the file stem; a response named by a bare status takes the
/// status's name (`401` -> `Unauthorized`, `4XX` -> `ClientError4xx`). `None` when nothing
/// usable remains.
fn reusable_parent(at: &Loc, kind: ReusableKind) -> Option<Parent> {
    let raw = match at.pointer.rsplit_once('/') {
        Some((_, last)) => crate::pointer::unescape(last),
        None => super::schema::file_stem(&at.file),
    };
    let name = match kind == ReusableKind::Response && is_status_key(&raw) {
        true => status_name(&raw),
        false => type_name_candidate(&raw),
    };
    (!name.is_empty()).then(|| {
        Parent::Reusable(Reusable {
            name,
            kind,
            at: at.clone(),
        })
    })
}

/// The parent and suffix that name the schemas written inside a response, parameter or request
/// body at `at`: the object itself, without a suffix, when it is reusable (`referenced`, reached
/// by `$ref`, and nameable); else the operation's `prefix` with the operation-relative `suffix`.
pub(super) fn container_parent(
    at: &Loc,
    referenced: bool,
    kind: ReusableKind,
    prefix: &Parent,
    suffix: String,
) -> (Parent, String) {
    match referenced.then(|| reusable_parent(at, kind)).flatten() {
        Some(reusable) => (reusable, String::new()),
        None => (prefix.clone(), suffix),
    }
}

/// The names a schema at `schema_at` takes from the reusable object `r`: its name plus the
/// schema's suffix (a second media type, a header), then that with the object's kind appended.
/// None when the schema is not written inside `r` (a `$ref` out of it names its own target).
pub(super) fn reusable_candidates(r: &Reusable, schema_at: &Loc, suffix: &str) -> Vec<String> {
    let inside = schema_at.file == r.at.file
        && (r.at.pointer.is_empty()
            || schema_at.pointer == r.at.pointer
            || schema_at.pointer.starts_with(&format!("{}/", r.at.pointer)));
    let name = type_name_candidate(&format!("{}{}", r.name, type_name_candidate(suffix)));
    if !inside || name.is_empty() {
        return Vec::new();
    }
    let word = match r.kind {
        ReusableKind::Response => "Response",
        ReusableKind::Parameter => "Parameter",
        ReusableKind::RequestBody => "Request",
    };
    match name.ends_with(word) {
        true => vec![name],
        false => vec![name.clone(), format!("{name}{word}")],
    }
}

/// Names chosen so far: per pending id its name and source, every name taken (lowercase) with
/// its holder, and the collisions to report.
struct Naming {
    names: Vec<Option<String>>,
    sources: Vec<NameSource>,
    taken: HashMap<String, usize>,
    collisions: Vec<(usize, Vec<String>, String)>,
}

impl Naming {
    fn is_free(&self, name: &str) -> bool {
        !self.taken.contains_key(&name.to_lowercase()) && !is_reserved_type_name(name)
    }
}

/// Picks the final names and builds the type definitions. Returns them sorted by name, with the
/// provisional -> final name map for [`apply`].
pub(super) fn finish(l: &mut Lowerer) -> (Vec<TypeDef>, HashMap<String, String>) {
    let n = l.pending.len();
    let mut naming = Naming {
        names: vec![None; n],
        sources: vec![NameSource::Inline; n],
        taken: HashMap::new(),
        collisions: Vec::new(),
    };
    name_named(l, &mut naming);
    for id in 0..n {
        inline_name(l, id, &mut naming);
    }
    report_collisions(l, &naming);
    type_defs(l, naming)
}

/// A schema's name candidates from its own names or its container's, preferred first, with the
/// rank they are served at; `None` for a schema named after its position ([`inline_name`]).
/// A title that is a sentence ([`is_sentence_title`]) is not a candidate.
fn candidates(h: &NameHint) -> Option<(Rank, Vec<String>)> {
    let usable = |s: &str| Some(type_name_candidate(s)).filter(|c| !c.is_empty());
    let stem = h.file_stem.as_deref().and_then(usable);
    let title = (h.title.as_deref())
        .filter(|t| !is_sentence_title(t))
        .and_then(usable);
    let (rank, mut cands) = if let Some(c) = &h.component {
        (Rank::Component, vec![type_name_candidate(c)])
    } else if let Some(t) = title {
        (Rank::Title, vec![t])
    } else if let Some(s) = stem.clone() {
        (Rank::File, vec![s])
    } else if !h.reusable.is_empty() {
        (Rank::Reusable, h.reusable.clone())
    } else {
        return None;
    };
    if let Some(s) = stem {
        if !cands.contains(&s) {
            cands.push(s);
        }
    }
    Some((rank, cands))
}

/// Names every schema that has candidates of its own, most authoritative rank first, then
/// those in the root's home folder, then by location. A schema whose candidates are all taken
/// gets its folder's name appended (`Model` for a reserved name), else a number.
fn name_named(l: &Lowerer, naming: &mut Naming) {
    let home = home_folder(l);
    let mut named: Vec<(Rank, bool, &Loc, usize, Vec<String>)> = (l.pending.iter().enumerate())
        .filter_map(|(id, p)| {
            let (rank, cands) = candidates(&p.hint)?;
            Some((rank, !p.loc.file.starts_with(&home), &p.loc, id, cands))
        })
        .collect();
    named.sort_by(|a, b| (a.0, a.1, a.2).cmp(&(b.0, b.1, b.2)));

    for (rank, _, loc, id, cands) in named {
        let chosen = match cands.iter().find(|c| naming.is_free(c)) {
            Some(c) => c.clone(),
            None => {
                let primary = &cands[0];
                let tagged = if is_reserved_type_name(primary) {
                    format!("{primary}Model")
                } else {
                    format!("{primary}{}", folder_tag(&loc.file))
                };
                let name = if naming.is_free(&tagged) {
                    tagged
                } else {
                    numbered(primary, &naming.taken)
                };
                naming.collisions.push((id, cands.clone(), name.clone()));
                name
            }
        };
        naming.taken.insert(chosen.to_lowercase(), id);
        naming.sources[id] = match rank {
            Rank::Component => NameSource::Component,
            Rank::Title if Some(&chosen) == cands.first() => NameSource::Title,
            Rank::Title => NameSource::File,
            Rank::File => NameSource::File,
            Rank::Reusable => NameSource::Reusable,
        };
        naming.names[id] = Some(chosen);
    }
}

/// One `name-collision` diagnostic per schema that did not get its first candidate.
fn report_collisions(l: &mut Lowerer, naming: &Naming) {
    for (id, cands, name) in &naming.collisions {
        let loc = &l.pending[*id].loc;
        let holders: Vec<String> = cands
            .iter()
            .filter_map(|c| naming.taken.get(&c.to_lowercase()))
            .filter(|h| **h != *id)
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
}

/// The type definitions under their final names, with the provisional -> final name map.
fn type_defs(l: &mut Lowerer, naming: Naming) -> (Vec<TypeDef>, HashMap<String, String>) {
    let rename: HashMap<String, String> = (naming.names.into_iter().enumerate())
        .map(|(id, n)| (provisional(id), n.unwrap_or_default()))
        .collect();
    let mut types = Vec::with_capacity(rename.len());
    for (id, p) in l.pending.iter_mut().enumerate() {
        let node = l.resolver.get(&p.loc).and_then(Value::as_object);
        let get = |k: &str| node.and_then(|o| o.get(k));
        let kind = p.kind.take().unwrap_or(TypeKind::Alias(TypeRef::Any));
        types.push(TypeDef {
            name: rename[&provisional(id)].clone(),
            origin: p.loc.origin(),
            name_source: naming.sources[id],
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

/// The name of an inline schema: its parent's name plus its suffix, numbered when taken.
fn inline_name(l: &Lowerer, id: usize, naming: &mut Naming) -> String {
    if let Some(n) = &naming.names[id] {
        return n.clone();
    }
    // Mark as in progress so that a malformed parent chain cannot recurse forever.
    naming.names[id] = Some(String::new());
    let h = &l.pending[id].hint;
    let prefix = match &h.parent {
        Parent::Type(p) if *p < naming.names.len() && *p != id => inline_name(l, *p, naming),
        Parent::Type(_) => String::new(),
        Parent::Name(n) => n.clone(),
        Parent::Reusable(r) => r.name.clone(),
    };
    let mut want = type_name_candidate(&format!("{prefix}{}", type_name_candidate(&h.suffix)));
    if want.is_empty() {
        want = "Type".into();
    }
    let name = if naming.is_free(&want) {
        want
    } else {
        let n = numbered(&want, &naming.taken);
        naming.collisions.push((id, vec![want], n.clone()));
        n
    };
    naming.taken.insert(name.to_lowercase(), id);
    naming.names[id] = Some(name.clone());
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

//! Which file of `src/models/` each type lands in, and the files' module names.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::ir::{Api, NameSource, TypeKind};
use crate::naming::{module_ident, unique_idents, unraw};
use crate::render::rust::{all_refs, member_types};

/// One file of `src/models/`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModelFile {
    /// The module's name as Rust code writes it (`r#type` for a keyword).
    pub module: String,
    /// Path relative to the crate directory: `src/models/<module>.rs`.
    pub path: String,
    /// Indices into `Api::types` (and `TypeSpace::entries`): the type that names the file first,
    /// then the types declared with it in name order.
    pub types: Vec<usize>,
}

/// The files of `src/models/`, named after their first type (made unique).
pub(super) fn model_files(api: &Api) -> Vec<ModelFile> {
    let groups = file_groups(api);
    let modules = unique_idents(
        &groups
            .iter()
            .map(|g| module_ident(&api.types[g[0]].name))
            .collect::<Vec<_>>(),
        &[],
    );
    groups
        .into_iter()
        .zip(modules)
        .map(|(types, module)| ModelFile {
            path: format!("src/models/{}.rs", unraw(&module)),
            module: module.to_string(),
            types,
        })
        .collect()
}

/// The files of `src/models/`: indices into `api.types`, the type that names the file first, then
/// the types rendered into it in name order.
///
/// A type named after its position inside another schema ([`NameSource::Inline`]) that exactly
/// one other type uses (in a field, a flattened part, typed additional properties, a union
/// member or an alias target) is rendered into that type's file, and so on up the chain; every
/// other type has a file of its own. So a spec change to a type and its inline parts touches one
/// file, and the crate has a file per schema a user would name rather than per nested object or
/// enum. Types on a cycle of such uses (which nothing else uses) keep their own files. Where a
/// type is declared does not change its path: every type is re-exported at the crate root.
fn file_groups(api: &Api) -> Vec<Vec<usize>> {
    let index: HashMap<&str, usize> = api
        .types
        .iter()
        .enumerate()
        .map(|(i, t)| (t.name.as_str(), i))
        .collect();
    // The other types that use each type.
    let mut users: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); api.types.len()];
    for (j, t) in api.types.iter().enumerate() {
        let mut refs = Vec::new();
        for ty in member_types(&t.kind) {
            all_refs(ty, &mut refs);
        }
        match &t.kind {
            TypeKind::Struct(s) => refs.extend(s.all_of.iter().map(String::as_str)),
            TypeKind::Union(u) => {
                if let Some(d) = &u.discriminator {
                    refs.extend(d.mapping.iter().map(|c| c.type_name.as_str()));
                }
            }
            TypeKind::Alias(_) | TypeKind::Enum(_) => {}
        }
        for r in refs {
            if let Some(&i) = index.get(r) {
                if i != j {
                    users[i].insert(j);
                }
            }
        }
    }
    let parent: Vec<Option<usize>> = api
        .types
        .iter()
        .zip(&users)
        .map(|(t, users)| match (t.name_source, users.len()) {
            (NameSource::Inline, 1) => users.first().copied(),
            _ => None,
        })
        .collect();
    // The type whose file each type goes into: the end of its parent chain.
    let mut owner: Vec<Option<usize>> = vec![None; parent.len()];
    for start in 0..parent.len() {
        let mut path = Vec::new();
        let mut at = start;
        let root = loop {
            if let Some(o) = owner[at] {
                break o;
            }
            if let Some(k) = path.iter().position(|&p| p == at) {
                // A cycle of single users: each member keeps its own file; what leads into the
                // cycle goes into the file of the member it reaches.
                for &c in &path[k..] {
                    owner[c] = Some(c);
                }
                path.truncate(k);
                break at;
            }
            path.push(at);
            match parent[at] {
                Some(p) => at = p,
                None => break at,
            }
        };
        for c in path {
            owner[c] = Some(root);
        }
    }
    // Every type has an owner once the loop is done; `unwrap_or(i)` only keeps this panic-free.
    let owner: Vec<usize> = (owner.into_iter().enumerate())
        .map(|(i, o)| o.unwrap_or(i))
        .collect();
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, &o) in owner.iter().enumerate() {
        if o == i {
            groups.entry(i).or_default().insert(0, i);
        } else {
            groups.entry(o).or_default().push(i);
        }
    }
    groups.into_values().collect()
}

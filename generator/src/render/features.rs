//! The cargo features of one version's crates, as plain data: one feature per tag (the client's
//! module of the tag's operations, and in the models crate the types those operations reach)
//! and the models' extra features for the types no operation reaches.
//!
//! [`tag_groups`] groups the operations by tag and names each group's module and feature (the
//! client plan reads it); [`ModelFeatures::build`] decides, per type, which features compile it
//! (the models' type space holds the result, the emitters only write it out).
//!
//! # Which types a feature compiles (the reachability rule)
//!
//! An operation reaches the schema of every parameter, of every media type of its request body
//! and of every media type of every response (success and error alike: the client's error enums
//! and typed test doubles name them), and from each named type, every type it references:
//! struct fields, flattened parts, typed additional properties, union variants and the
//! discriminator's targets, alias targets, through arrays, `OneOrMany` lists, maps and
//! `Nullable`. A tag's feature compiles what its operations reach. A webhook's operation reaches
//! the same way; what webhooks reach belongs to [`WEBHOOK_FEATURE`] (with the `webhooks`
//! module). A type nothing reaches belongs to [`UNREFERENCED_FEATURE`], and so does every type
//! it references (those may also be reached by tags or webhooks: a type's gate always includes
//! the gates of the types that use it). A type every tag reaches has no gate: every useful selection compiles it, and so does every type it
//! references (they are reached by every tag too), so it needs no condition. The `allOf`
//! parents a struct's docs link to are not references (their members are merged in).
//!
//! The extra features' names have a hyphen: a tag's feature is a snake-case identifier, so they
//! cannot collide.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use anyhow::{bail, Result};
use proc_macro2::TokenStream;
use quote::quote;

use crate::ir::{Api, MediaType, Operation, TypeKind, TypeRef};
use crate::naming::{is_keyword, snake_or as snake, unique_name as unique};
use crate::render::rust::{all_refs, member_types};

/// The models feature of the types that only webhook payloads and answers reach (and of the
/// `webhooks` module).
pub const WEBHOOK_FEATURE: &str = "webhook-payloads";
/// The models feature of the schemas that no operation and no webhook reaches.
pub const UNREFERENCED_FEATURE: &str = "unreferenced-schemas";
/// The most features crates.io accepts in one crate.
pub const MAX_FEATURES: usize = 300;
/// Features each crate has besides the tags' and the extra ones: the models' `default` and
/// `chrono`, the client's `default` and `mock`.
const OWN_FEATURES: usize = 2;

/// Methods of the generated `Client` that tag accessors (named like the module) must not take.
const RESERVED_CLIENT: &[&str] = &[
    "new",
    "from_env",
    "from_configuration",
    "runtime",
    "clone",
    "fmt",
];

/// Feature names the generated crates use for something else: a tag module of that name gets
/// the feature `<module>-tag`.
const TAKEN_FEATURES: &[&str] = &["default", "mock", "chrono"];

/// The operations of one tag and the names of their module and feature.
#[derive(Debug, Clone)]
pub struct TagGroup<'a> {
    /// The tag as the spec spells it.
    pub tag: String,
    /// Module, file and (but for a taken name) feature name; never a raw identifier.
    pub module: String,
    pub feature: String,
    pub operations: Vec<&'a Operation>,
}

/// The operations grouped by first tag (`default` without one), in the order the API declares
/// its tags, then the undeclared tags in name order, with unique module and feature names.
pub fn tag_groups(api: &Api) -> Vec<TagGroup<'_>> {
    let mut by_tag: BTreeMap<String, Vec<&Operation>> = BTreeMap::new();
    for op in &api.operations {
        let tag = op.tags.first().cloned().unwrap_or_else(|| "default".into());
        by_tag.entry(tag).or_default().push(op);
    }
    let mut ordered = Vec::new();
    for t in &api.tags {
        if let Some(ops) = by_tag.remove(&t.name) {
            ordered.push((t.name.clone(), ops));
        }
    }
    ordered.extend(by_tag);
    let mut modules = BTreeSet::new();
    (ordered.into_iter())
        .map(|(tag, operations)| {
            // Module names double as file names and feature names: never raw identifiers.
            let module = unique(&mut modules, &snake(&tag, "tag"), |m| {
                RESERVED_CLIENT.contains(&m)
                    || is_keyword(m)
                    || m == "apis"
                    || m == "models"
                    || m == "runtime"
                    || m == "mock"
            });
            let feature = if TAKEN_FEATURES.contains(&module.as_str()) {
                format!("{module}-tag")
            } else {
                module.clone()
            };
            TagGroup {
                tag,
                module,
                feature,
                operations,
            }
        })
        .collect()
}

/// Which features compile a type (or another item that needs types: a shared error enum).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub enum TypeGate {
    /// Every tag reaches it: compiled whatever the features.
    Always,
    /// Compiled when any of these is on (tag features in tag order, then the extra ones).
    AnyOf(Vec<String>),
}

impl TypeGate {
    /// `#[cfg(feature = "..")]` or `#[cfg(any(feature = "..", ..))]`; nothing for
    /// [`TypeGate::Always`].
    pub fn cfg(&self) -> TokenStream {
        match self {
            TypeGate::Always => TokenStream::new(),
            TypeGate::AnyOf(features) => match features.as_slice() {
                [one] => quote!(#[cfg(feature = #one)]),
                several => quote!(#[cfg(any(#(feature = #several),*))]),
            },
        }
    }

    /// The gate of items that need all of `gates` (a file holding several types): `Always`
    /// when one of them is, else the union of the features in `order`.
    pub fn union<'g>(gates: impl IntoIterator<Item = &'g TypeGate>, order: &[String]) -> TypeGate {
        let mut wanted = BTreeSet::new();
        for gate in gates {
            match gate {
                TypeGate::Always => return TypeGate::Always,
                TypeGate::AnyOf(features) => wanted.extend(features.iter().map(String::as_str)),
            }
        }
        TypeGate::AnyOf(
            (order.iter())
                .filter(|f| wanted.contains(f.as_str()))
                .cloned()
                .collect(),
        )
    }
}

/// The models crate's features and the gate of each of its types.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModelFeatures {
    /// One per tag group, in the groups' order (the client's tag features).
    pub tags: Vec<String>,
    /// [`WEBHOOK_FEATURE`] and [`UNREFERENCED_FEATURE`].
    pub extra: Vec<String>,
    /// One per `Api::types` entry, in the same order.
    pub gates: Vec<TypeGate>,
}

impl ModelFeatures {
    /// Every feature, tags first: the order of `default` and of every gate.
    pub fn all(&self) -> Vec<String> {
        self.tags.iter().chain(&self.extra).cloned().collect()
    }

    /// The features of each type of `api` by the reachability rule (module docs). Fails when
    /// a crate would have more features than crates.io accepts.
    pub fn build(api: &Api) -> Result<ModelFeatures> {
        let groups = tag_groups(api);
        let total = groups.len() + 2 + OWN_FEATURES;
        if total > MAX_FEATURES {
            bail!(
                "{} tags: the models and client crates would have {total} cargo features \
                 (one per tag, `{WEBHOOK_FEATURE}`, `{UNREFERENCED_FEATURE}`, `default` and \
                 `chrono` or `mock`), more than the {MAX_FEATURES} crates.io accepts; merge \
                 tags in the spec or rename them to fewer names",
                groups.len()
            );
        }
        let graph = TypeGraph::new(api);
        let mut reached_by: Vec<Vec<usize>> = vec![Vec::new(); api.types.len()];
        for (g, group) in groups.iter().enumerate() {
            let roots = group.operations.iter().flat_map(|op| operation_roots(op));
            for t in graph.closure(roots) {
                reached_by[t].push(g);
            }
        }
        let webhooks = graph.closure(
            api.webhooks
                .iter()
                .flat_map(|w| operation_roots(&w.operation)),
        );
        let mut by_webhook = vec![false; api.types.len()];
        for t in webhooks {
            by_webhook[t] = true;
        }
        // The schemas nothing reaches, and what they use (which may be reached otherwise too).
        let unreached =
            (0..api.types.len()).filter(|&t| reached_by[t].is_empty() && !by_webhook[t]);
        let mut by_unreferenced = vec![false; api.types.len()];
        for t in graph.closure_of(unreached.collect()) {
            by_unreferenced[t] = true;
        }
        let tags: Vec<String> = groups.iter().map(|g| g.feature.clone()).collect();
        let gates = (0..api.types.len())
            .map(|t| {
                if !tags.is_empty() && reached_by[t].len() == tags.len() {
                    return TypeGate::Always;
                }
                let mut features: Vec<String> =
                    reached_by[t].iter().map(|&g| tags[g].clone()).collect();
                if by_webhook[t] {
                    features.push(WEBHOOK_FEATURE.to_string());
                }
                if by_unreferenced[t] {
                    features.push(UNREFERENCED_FEATURE.to_string());
                }
                TypeGate::AnyOf(features)
            })
            .collect();
        Ok(ModelFeatures {
            tags,
            extra: vec![
                WEBHOOK_FEATURE.to_string(),
                UNREFERENCED_FEATURE.to_string(),
            ],
            gates,
        })
    }
}

/// The schemas an operation names directly: parameters, every request body and response
/// media type.
fn operation_roots(op: &Operation) -> impl Iterator<Item = &TypeRef> {
    let bodies = op.request_body.iter().flat_map(|b| &b.content);
    let responses = op.responses.iter().flat_map(|r| &r.content);
    let media = bodies
        .chain(responses)
        .filter_map(|m: &MediaType| m.schema.as_ref());
    op.parameters.iter().map(|p| &p.ty).chain(media)
}

/// The named types each type references, by index into `Api::types`.
struct TypeGraph<'a> {
    index: HashMap<&'a str, usize>,
    edges: Vec<Vec<usize>>,
}

impl<'a> TypeGraph<'a> {
    fn new(api: &'a Api) -> TypeGraph<'a> {
        let index: HashMap<&str, usize> = (api.types.iter().enumerate())
            .map(|(i, t)| (t.name.as_str(), i))
            .collect();
        let edges = (api.types.iter())
            .map(|t| {
                let mut names = Vec::new();
                for ty in member_types(&t.kind) {
                    all_refs(ty, &mut names);
                }
                if let TypeKind::Union(u) = &t.kind {
                    let mapped = u.discriminator.iter().flat_map(|d| &d.mapping);
                    names.extend(mapped.map(|case| case.type_name.as_str()));
                }
                names.iter().filter_map(|n| index.get(n).copied()).collect()
            })
            .collect();
        TypeGraph { index, edges }
    }

    /// The types reachable from `roots`, each once, in index order.
    fn closure(&self, roots: impl IntoIterator<Item = &'a TypeRef>) -> Vec<usize> {
        let mut start = Vec::new();
        for root in roots {
            let mut names = Vec::new();
            all_refs(root, &mut names);
            start.extend(names.iter().filter_map(|n| self.index.get(n).copied()));
        }
        self.closure_of(start)
    }

    /// The types `start` holds and every type they reach, each once, in index order.
    fn closure_of(&self, mut stack: Vec<usize>) -> Vec<usize> {
        let mut seen = vec![false; self.edges.len()];
        while let Some(t) = stack.pop() {
            if !std::mem::replace(&mut seen[t], true) {
                stack.extend(self.edges[t].iter().copied().filter(|&u| !seen[u]));
            }
        }
        (0..seen.len()).filter(|&t| seen[t]).collect()
    }
}

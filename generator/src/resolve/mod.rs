//! Resolve: from a `$ref` string, written in some file, to the node it names.
//!
//! - `./x.yaml`, `../schemas/Y.yaml#/Foo` are relative to the file holding the ref and may cross
//!   version folders; the result is a path relative to the specs directory.
//! - `#/components/...` inside an external file means that file when the pointer exists there,
//!   and otherwise the root document (several upstream files rely on that); the fallback is
//!   reported as `root-relative-ref`.
//! - Chains of refs (`A -> B -> C`) are followed to the first node that is not a bare `$ref`;
//!   a chain that comes back to itself is an `unresolved-ref` error, not a loop.
//! - `https://...` names a document outside the specs directory: it is not fetched, and the
//!   use is an `external-ref` warning (free-form JSON where a schema stands).

use rustc_hash::FxHashMap;
use serde_json::Value;

use crate::diag::{Category, Diagnostics, Severity};
use crate::load::Spec;
use crate::pointer::{lookup as pointer, percent_decode};
use crate::relpath::{is_url, join};

/// Re-exported for callers that read pointers and paths through `resolve`.
pub use crate::pointer::{escape, lookup, unescape};
pub use crate::relpath::normalize;

/// A node's address: file relative to the specs dir, and JSON pointer in it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Loc {
    pub file: String,
    pub pointer: String,
}

impl Loc {
    pub fn new(file: impl Into<String>, pointer: impl Into<String>) -> Loc {
        Loc {
            file: file.into(),
            pointer: pointer.into(),
        }
    }

    /// The address of a child key or index.
    pub fn child(&self, key: &str) -> Loc {
        let mut pointer = String::with_capacity(self.pointer.len() + 1 + key.len());
        pointer.push_str(&self.pointer);
        pointer.push('/');
        match key.contains(['~', '/']) {
            true => pointer.push_str(&escape(key)),
            false => pointer.push_str(key),
        }
        Loc {
            file: self.file.clone(),
            pointer,
        }
    }

    pub fn origin(&self) -> crate::ir::Origin {
        crate::ir::Origin {
            file: self.file.clone(),
            pointer: self.pointer.clone(),
        }
    }
}

impl From<&crate::ir::Origin> for Loc {
    fn from(origin: &crate::ir::Origin) -> Loc {
        Loc::new(origin.file.clone(), origin.pointer.clone())
    }
}

/// Reads nodes of a loaded [`Spec`], following refs.
pub struct Resolver<'s> {
    pub spec: &'s Spec,
    /// The spec's files by path, hashed: the spec's own ordered map compares long paths that
    /// share their first dozens of bytes at every level, on every lookup.
    files: FxHashMap<&'s str, &'s Value>,
}

impl<'s> Resolver<'s> {
    pub fn new(spec: &'s Spec) -> Self {
        let files = (spec.files.iter())
            .map(|(path, f)| (path.as_str(), &f.value))
            .collect();
        Resolver { spec, files }
    }

    /// The node at `loc`, if its file loaded and the pointer exists.
    pub fn get(&self, loc: &Loc) -> Option<&'s Value> {
        pointer(self.file(&loc.file)?, &loc.pointer)
    }

    /// The parsed file at `path`, if it loaded.
    fn file(&self, path: &str) -> Option<&'s Value> {
        self.files.get(path).copied()
    }

    /// Where `reference` (found in the object at `at`) points. Reports and returns `None` when
    /// it cannot be resolved.
    pub fn target(&self, at: &Loc, reference: &str, diags: &mut Diagnostics) -> Option<Loc> {
        let (file_part, frag) = match reference.split_once('#') {
            Some((f, p)) => (f, p),
            None => (reference, ""),
        };
        let frag = percent_decode(frag);
        let unresolved = |diags: &mut Diagnostics, why: String| {
            diags.report(
                Severity::Error,
                Category::UnresolvedRef,
                at.file.clone(),
                at.pointer.clone(),
                format!("$ref {reference:?}: {why}"),
                Some("the schema is treated as free-form JSON".into()),
            );
            None
        };
        if file_part.is_empty() {
            let here = Loc::new(at.file.clone(), frag.clone());
            if self.get(&here).is_some() {
                return Some(here);
            }
            let root = Loc::new(self.spec.root.clone(), frag.clone());
            if at.file != self.spec.root && self.get(&root).is_some() {
                diags.report(
                    Severity::Info,
                    Category::RootRelativeRef,
                    at.file.clone(),
                    at.pointer.clone(),
                    format!("$ref {reference:?} does not exist in this file; it names the root document"),
                    Some(format!("resolved against {}", self.spec.root)),
                );
                return Some(root);
            }
            return unresolved(diags, format!("no node at #{frag} in {}", at.file));
        }
        if is_url(file_part) {
            diags.report(
                Severity::Warning,
                Category::ExternalRef,
                at.file.clone(),
                at.pointer.clone(),
                format!("$ref {reference:?} names a document outside the specs directory, which is not fetched"),
                Some("read as free-form JSON where a schema stands, left out elsewhere".into()),
            );
            return None;
        }
        let Some(file) = join(&at.file, file_part) else {
            return unresolved(diags, "the path leaves the specs directory".into());
        };
        if self.spec.broken.contains(&file) {
            return unresolved(diags, format!("{file} could not be parsed"));
        }
        let Some(doc) = self.file(&file) else {
            return unresolved(diags, format!("file {file} does not exist"));
        };
        if pointer(doc, &frag).is_none() {
            return unresolved(diags, format!("no node at #{frag} in {file}"));
        }
        Some(Loc::new(file, frag))
    }

    /// Follows `$ref` chains from `loc` to a node that is not a bare ref. Returns the final
    /// location and node, or `None` (reported) when a ref fails or the chain cycles.
    pub fn deref(&self, loc: &Loc, diags: &mut Diagnostics) -> Option<(Loc, &'s Value)> {
        let mut cur = loc.clone();
        let mut seen: Vec<Loc> = Vec::new();
        loop {
            let node = self.get(&cur)?;
            let Some(r) = node.get("$ref") else {
                return Some((cur, node));
            };
            let Some(r) = r.as_str() else {
                diags.report(
                    Severity::Warning,
                    Category::KeywordMisuse,
                    cur.file.clone(),
                    cur.pointer.clone(),
                    "`$ref` is not a string",
                    Some("the object is read as it is".into()),
                );
                return Some((cur, node));
            };
            if seen.contains(&cur) {
                let chain: Vec<String> = seen
                    .iter()
                    .map(|l| format!("{}#{}", l.file, l.pointer))
                    .collect();
                diags.report(
                    Severity::Error,
                    Category::UnresolvedRef,
                    cur.file.clone(),
                    cur.pointer.clone(),
                    format!("a cycle made only of $refs: {}", chain.join(" -> ")),
                    Some("the schema is treated as free-form JSON".into()),
                );
                return None;
            }
            seen.push(cur.clone());
            cur = self.target(&cur, r, diags)?;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn child_escapes_keys() {
        let at = Loc::new("f.yaml", "/paths");
        assert_eq!(at.child("/a/{id}").pointer, "/paths/~1a~1{id}");
        assert_eq!(at.child("x~y").child("z").pointer, "/paths/x~0y/z");
    }
}

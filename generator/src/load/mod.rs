//! Load: read a root document and every file it reaches through `$ref`, each exactly once.
//!
//! Files are parsed in parallel as they are found: the root first, then each file a parsed file's
//! refs name, in a task of its own as soon as that file is parsed (no waiting for a whole level
//! of the ref graph; the diagnostics are sorted afterwards, so the order of discovery does not
//! show). A file that cannot be read or parsed is an `error[parse]` diagnostic (the refs into it
//! then report as unresolved, nothing panics); only a broken *root* is [`Fatal`].
//!
//! Documents are kept as [`serde_json::Value`] (YAML 1.2 via `serde_yaml_ng`, mapping keys as
//! strings); the few files that diagnostics name are read again to locate them by line and
//! column afterwards ([`Spec::locate`]). openapiv3's typed structs are not used for the tree:
//! they drop the vendor extensions (`x-webhooks`, `x-enum-descriptions`) and the quirks (a
//! keyword of the wrong type) that the lowering must see and report, and they cannot represent a
//! file that holds a bare schema fragment.

mod locate;
mod locate_json;
mod refs;

pub use refs::{collect_refs, lone_ref};

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};

use serde_json::Value;

use crate::diag::{Category, Diagnostics, Severity};
use crate::relpath;

/// A failure that stops the whole version: the root itself is unusable.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}: {message}")]
pub struct Fatal {
    /// Relative to the specs directory.
    pub file: String,
    pub message: String,
}

/// One parsed file.
#[derive(Debug)]
pub struct SpecFile {
    pub value: Value,
}

/// A root document and every file it reaches.
#[derive(Debug)]
pub struct Spec {
    pub specs_dir: PathBuf,
    /// The root, relative to `specs_dir` with `/` separators.
    pub root: String,
    /// Every file that parsed, by relative path.
    pub files: BTreeMap<String, SpecFile>,
    /// Files that were named by a ref but could not be read or parsed (already reported).
    pub broken: BTreeSet<String>,
}

impl Spec {
    /// The relative paths of every reached file (root included), sorted.
    pub fn files(&self) -> impl Iterator<Item = &str> {
        self.files.keys().map(String::as_str)
    }

    pub fn root_value(&self) -> &Value {
        &self.files[&self.root].value
    }

    pub fn file(&self, rel: &str) -> Option<&Value> {
        self.files.get(rel).map(|f| &f.value)
    }

    /// Line and column (1-based) of the node at `pointer` in `file`, when it can be found.
    pub fn locate(&self, file: &str, pointer: &str) -> Option<(u32, u32)> {
        self.files.get(file)?;
        let text = std::fs::read_to_string(self.specs_dir.join(file)).ok()?;
        locate_text(&text, pointer)
    }

    /// Fills in line and column of every diagnostic that names a loaded file. The texts are
    /// read again here rather than kept: few files have diagnostics.
    pub fn locate_all(&self, diags: &mut Diagnostics) {
        let mut texts: std::collections::HashMap<String, Option<String>> = Default::default();
        for d in diags.iter_mut() {
            if d.line.is_none() {
                if !self.files.contains_key(&d.file) {
                    continue;
                }
                let text = texts
                    .entry(d.file.clone())
                    .or_insert_with(|| std::fs::read_to_string(self.specs_dir.join(&d.file)).ok());
                let Some(text) = text.as_deref() else {
                    continue;
                };
                // The nearest node that exists (a missing `parameters` list is reported at its
                // operation).
                let mut pointer = d.pointer.as_str();
                loop {
                    if let Some((l, c)) = locate_text(text, pointer) {
                        d.line = Some(l);
                        d.column = Some(c);
                        break;
                    }
                    match pointer.rsplit_once('/') {
                        Some((parent, _)) => pointer = parent,
                        None => break,
                    }
                }
            }
        }
    }
}

/// Line and column of `pointer` in a file's text, JSON or YAML.
fn locate_text(text: &str, pointer: &str) -> Option<(u32, u32)> {
    match locate_json::is_flow(text) {
        true => locate_json::locate(text, pointer),
        false => locate::locate(text, pointer),
    }
}

/// Loads `root` (relative to `specs_dir`) and every file it reaches.
pub fn load(specs_dir: &Path, root: &str, diags: &mut Diagnostics) -> Result<Spec, Fatal> {
    let root = relpath::normalize(root).ok_or_else(|| Fatal {
        file: root.to_string(),
        message: "the root path leaves the specs directory".into(),
    })?;
    let fatal = |message: String| Fatal {
        file: root.clone(),
        message,
    };
    let root_file = match parse_file(specs_dir, &root) {
        Ok(f) => f,
        Err(e) => return Err(fatal(e.message)),
    };
    check_version(&root_file.value).map_err(fatal)?;

    let found = Mutex::new(Found {
        files: BTreeMap::new(),
        broken: BTreeSet::new(),
        seen: HashSet::from([root.clone()]),
        diags: std::mem::replace(diags, Diagnostics::new()),
    });
    rayon::scope(|scope| visit(scope, specs_dir, &found, root.clone(), root_file));
    let found = found.into_inner().unwrap_or_else(PoisonError::into_inner);
    *diags = found.diags;
    Ok(Spec {
        specs_dir: specs_dir.to_path_buf(),
        root,
        files: found.files,
        broken: found.broken,
    })
}

/// What the parallel walk of [`load`] has found so far.
struct Found {
    files: BTreeMap<String, SpecFile>,
    broken: BTreeSet<String>,
    /// Every file already parsed or being parsed: each is parsed once.
    seen: HashSet<String>,
    diags: Diagnostics,
}

/// Records a parsed file and parses the files its refs name that nobody has claimed yet, each in
/// a task of its own.
fn visit<'s>(
    scope: &rayon::Scope<'s>,
    specs_dir: &'s Path,
    found: &'s Mutex<Found>,
    rel: String,
    file: SpecFile,
) {
    let mut refs = Vec::new();
    collect_refs(&file.value, &mut String::new(), &mut refs);
    let mut claimed = Vec::new();
    {
        let mut f = found.lock().unwrap_or_else(PoisonError::into_inner);
        for (pointer, r) in refs {
            // A URL is not fetched: the lowering reports it where it is used.
            let Some(target) =
                (r.split('#').next()).filter(|t| !t.is_empty() && !relpath::is_url(t))
            else {
                continue;
            };
            match relpath::join(&rel, target) {
                Some(t) => {
                    if f.seen.insert(t.clone()) {
                        claimed.push(t);
                    }
                }
                None => f.diags.report(
                    Severity::Error,
                    Category::UnresolvedRef,
                    rel.clone(),
                    pointer,
                    format!("$ref {r:?} leaves the specs directory"),
                    Some("the schema is treated as free-form JSON".into()),
                ),
            }
        }
        f.files.insert(rel, file);
    }
    for t in claimed {
        scope.spawn(move |scope| match parse_file(specs_dir, &t) {
            Ok(file) => visit(scope, specs_dir, found, t, file),
            Err(e) => {
                let mut f = found.lock().unwrap_or_else(PoisonError::into_inner);
                f.diags.push(crate::diag::Diagnostic {
                    severity: Severity::Error,
                    category: Category::Parse,
                    file: t.clone(),
                    pointer: String::new(),
                    line: e.line,
                    column: e.column,
                    message: e.message,
                    recovery: Some("refs into this file resolve to free-form JSON".into()),
                });
                f.broken.insert(t);
            }
        });
    }
}

fn check_version(root: &Value) -> Result<(), String> {
    if !root.is_object() {
        return Err("the root is not a YAML mapping (an OpenAPI document)".into());
    }
    if let Some(v) = root.get("swagger") {
        return Err(format!(
            "unsupported version: Swagger {} (this generator reads OpenAPI 3.0.x and 3.1.x; \
             convert the document first, e.g. `npx swagger2openapi swagger.yaml -o openapi.yaml`)",
            scalar_text(v)
        ));
    }
    match root.get("openapi") {
        None => {
            Err("unsupported version: no `openapi` field (expected OpenAPI 3.0.x or 3.1.x)".into())
        }
        Some(v) => {
            let text = scalar_text(v);
            if text.starts_with("3.0") || text.starts_with("3.1") {
                Ok(())
            } else {
                Err(format!(
                    "unsupported version: OpenAPI {text} (this generator reads OpenAPI 3.0.x and 3.1.x)"
                ))
            }
        }
    }
}

/// A scalar as text (versions and server variable defaults may be numbers in YAML).
pub(crate) fn scalar_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

#[derive(Debug)]
struct ParseError {
    message: String,
    line: Option<u32>,
    column: Option<u32>,
}

fn parse_file(specs_dir: &Path, rel: &str) -> Result<SpecFile, ParseError> {
    let err = |message: String| ParseError {
        message,
        line: None,
        column: None,
    };
    let path = specs_dir.join(rel);
    let bytes = std::fs::read(&path).map_err(|e| err(format!("cannot read the file: {e}")))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        err(format!("not UTF-8 text (invalid byte at offset {at})"))
    })?;
    if text.trim().is_empty() {
        return Err(err("the file is empty".into()));
    }
    let Strict(value) = serde_yaml_ng::from_str(&text).map_err(|e| {
        let loc = e.location();
        ParseError {
            message: format!("invalid YAML: {e}"),
            line: loc.as_ref().map(|l| l.line() as u32),
            column: loc.as_ref().map(|l| l.column() as u32),
        }
    })?;
    if value.is_null() {
        return Err(err("the file holds no document".into()));
    }
    Ok(SpecFile { value })
}

/// A JSON value deserialized from YAML that refuses duplicate mapping keys (serde_json's own
/// `Value` keeps the last one silently; YAML forbids them).
struct Strict(Value);

impl<'de> serde::Deserialize<'de> for Strict {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(StrictVisitor).map(Strict)
    }
}

struct StrictVisitor;

impl<'de> serde::de::Visitor<'de> for StrictVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a YAML value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(v.into())
    }
    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(v.into())
    }
    /// Integers beyond 64 bits (a 32-digit example id upstream) become the nearest double.
    fn visit_u128<E>(self, v: u128) -> Result<Value, E> {
        Ok(serde_json::Number::from_f64(v as f64)
            .map(Value::Number)
            .unwrap_or(Value::Null))
    }
    fn visit_i128<E>(self, v: i128) -> Result<Value, E> {
        Ok(serde_json::Number::from_f64(v as f64)
            .map(Value::Number)
            .unwrap_or(Value::Null))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(serde_json::Number::from_f64(v)
            .map(Value::Number)
            .unwrap_or(Value::Null))
    }
    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_string()))
    }
    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_some<D: serde::Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        d.deserialize_any(StrictVisitor)
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut out = Vec::new();
        while let Some(Strict(v)) = seq.next_element()? {
            out.push(v);
        }
        Ok(Value::Array(out))
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut out = serde_json::Map::new();
        while let Some(key) = map.next_key::<Strict>()? {
            let key = match key.0 {
                Value::String(s) => s,
                other => other.to_string(),
            };
            let Strict(value) = map.next_value()?;
            if out.contains_key(&key) {
                return Err(serde::de::Error::custom(format!(
                    "duplicate mapping key {key:?}"
                )));
            }
            out.insert(key, value);
        }
        Ok(Value::Object(out))
    }
}

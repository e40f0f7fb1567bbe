//! Diagnostics: every defect found in a spec, with where it is and what the generator did about it.
//!
//! Stages push into a [`Diagnostics`] sink; nothing panics on bad input. A diagnostic of severity
//! [`Severity::Error`] means the output would be wrong: `generate` refuses to write when any exist.

use serde::{Deserialize, Serialize};

/// How bad a defect is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The output cannot be trusted (e.g. an unresolvable `$ref`).
    Error,
    /// A spec defect the generator recovered from; the recovery is stated.
    Warning,
    /// Worth knowing, nothing was wrong (e.g. a derived name).
    Info,
}

/// What kind of defect. Serialized in kebab-case; these names are the keys of `stats --json`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    /// A file could not be read or parsed (invalid YAML, non-UTF-8, duplicate key, empty file).
    Parse,
    /// The root is not OpenAPI 3.0.x or 3.1.x (Swagger 2.0 among them).
    UnsupportedVersion,
    /// A `$ref` whose file or JSON pointer does not exist, or a cycle made only of `$ref`s.
    UnresolvedRef,
    /// A `#/...` ref inside an external file that only resolves against the root document.
    RootRelativeRef,
    /// A `$ref` where OpenAPI allows no Reference Object but bundlers accept one (an operation,
    /// a `content` map, a media type); it is followed.
    NonStandardRef,
    /// A `$ref` to a document by URL (`https://...`): nothing outside the specs directory is
    /// fetched, the node is read as free-form JSON.
    ExternalRef,
    /// A path template names a parameter the operation declares under another name (or not at all).
    PathParamMismatch,
    /// An operation without `operationId` (one is derived from method and path).
    MissingOperationId,
    /// Two operations with the same `operationId` (later ones are renamed).
    DuplicateOperationId,
    /// A keyword used against the spec: `type: object` with `items`, `nullable` without `type`,
    /// `null` inside `enum`, `type: date-time`, a keyword of the wrong JSON type, ...
    KeywordMisuse,
    /// An `example` that does not match its own schema.
    ExampleMismatch,
    /// Two different schemas wanted the same type name; one was renamed.
    NameCollision,
    /// A security requirement naming a scheme `components.securitySchemes` does not define.
    UndefinedSecurityScheme,
    /// A construct the generator does not support; the recovery is stated.
    Unsupported,
}

/// One located defect.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Diagnostic {
    pub severity: Severity,
    pub category: Category,
    /// File path relative to the specs directory, with `/` separators.
    pub file: String,
    /// JSON pointer inside `file` ("" is the whole document).
    pub pointer: String,
    /// 1-based line and column, where the parser could tell.
    pub line: Option<u32>,
    pub column: Option<u32>,
    pub message: String,
    /// What the generator did instead (None for errors it could not recover from).
    pub recovery: Option<String>,
}

impl std::fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        };
        let cat = serde_json::to_value(self.category).unwrap_or_default();
        write!(f, "{sev}[{}]: {}", cat.as_str().unwrap_or("?"), self.file)?;
        if let (Some(l), Some(c)) = (self.line, self.column) {
            write!(f, ":{l}:{c}")?;
        }
        if !self.pointer.is_empty() {
            write!(f, " #{}", self.pointer)?;
        }
        write!(f, ": {}", self.message)?;
        if let Some(r) = &self.recovery {
            write!(f, " (recovery: {r})")?;
        }
        Ok(())
    }
}

/// A sink for diagnostics. Sorted and deduplicated by [`Diagnostics::into_sorted`] so output is
/// deterministic whatever order parallel stages pushed in.
#[derive(Debug, Default, Clone)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn push(&mut self, d: Diagnostic) {
        self.items.push(d);
    }

    /// Shorthand used by the stages.
    #[allow(clippy::too_many_arguments)]
    pub fn report(
        &mut self,
        severity: Severity,
        category: Category,
        file: impl Into<String>,
        pointer: impl Into<String>,
        message: impl Into<String>,
        recovery: Option<String>,
    ) {
        self.push(Diagnostic {
            severity,
            category,
            file: file.into(),
            pointer: pointer.into(),
            line: None,
            column: None,
            message: message.into(),
            recovery,
        });
    }

    pub fn extend(&mut self, other: Diagnostics) {
        self.items.extend(other.items);
    }

    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.items.iter()
    }

    pub fn iter_mut(&mut self) -> impl Iterator<Item = &mut Diagnostic> {
        self.items.iter_mut()
    }

    pub fn has_errors(&self) -> bool {
        self.items.iter().any(|d| d.severity == Severity::Error)
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn into_sorted(mut self) -> Vec<Diagnostic> {
        self.items.sort();
        self.items.dedup();
        self.items
    }
}

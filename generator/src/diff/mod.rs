//! API change report: what changed between two IRs of the same version, and whether it breaks a
//! user of the generated Rust crates.
//!
//! [`diff_apis`] compares two [`ir::Api`] values (the old and the new lowering of one version, e.g.
//! `v2025` before and after a spec update) and returns an [`ApiChanges`]: a flat, sorted list of
//! [`Change`]s plus counts. The report is plain serde data (`serde_json::to_string(&changes)`) and
//! renders as a pull-request description with [`ApiChanges::to_markdown`]. [`semver_bump`] turns
//! it into the version bump the generated crates need.
//!
//! The report is deterministic: the same two IRs give byte-identical JSON and Markdown.
//!
//! # What is compared
//!
//! - **Operations**, matched by id. An operation that disappears while another with a new id
//!   appears on the same method and path (path parameter names ignored) is *renamed*, and the two
//!   are then compared like any matched pair. An operation whose method or path changes under the
//!   same id is *moved*.
//! - **Parameters**, matched by location and name (header names case-insensitively); an unmatched
//!   old and new parameter with the same name are one parameter whose *location* changed.
//! - **Request and response bodies**: presence, required-ness, content types, the schema of each
//!   content type. Responses are matched by status.
//! - **Types**, matched by name. A type that disappears while another appears with the same origin
//!   (file and JSON pointer) is *renamed*; references to the old name count as references to the
//!   new one everywhere else, so a rename is reported once, not at every field that uses it.
//!   Inside types: struct fields (added, removed, retyped, required-ness, nullability, read/write
//!   only, defaults, deprecation), flattened parts, additional properties, enum values and
//!   representation, union variants, mode and discriminator, alias targets.
//! - **Webhooks**, matched by name, compared like operations.
//! - **Deprecations** and **experimental markers** of operations, parameters, types and fields.
//! - **Documentation**: summaries, descriptions, titles and examples, one entry per operation or
//!   type listing the parts that changed.
//!
//! Not compared: origins and `referenced_from` of types, operations, parameters, bodies,
//! responses, media types and examples (moving a schema or an operation to another file is not
//! an API change), an operation's `raw_path` (its repaired `path` is compared), `allOf`
//! provenance (the merged fields are compared), response headers, and field order.
//!
//! # How the generated crates are assumed to look
//!
//! The classification follows how the generator maps the IR to Rust:
//!
//! - an operation is a method of the client; its **required parameters** (and a required request
//!   body) are **function arguments**, its **optional parameters** (and an optional body) are
//!   **builder methods**; an experimental operation (marked by the configured header) is sent,
//!   with that header, only when the caller consents (`Configuration::with_experimental`);
//! - a struct is a plain Rust struct with public fields; a field is `Option<T>` when it is optional
//!   or nullable, `Option<Option<T>>` when both (absent and `null` kept apart), `T` otherwise; a
//!   required read-only field is `Option<T>` (requests omit it); structs have a constructor taking the required fields and users
//!   are expected to build them with it (or `..Default::default()`), not with exhaustive literals;
//! - a string/integer enum is a Rust enum with a fallback variant for unknown values;
//! - a union (`oneOf`/`anyOf`) is a Rust enum with one variant per member and **no** fallback, so
//!   users match it exhaustively;
//! - an alias is a `pub type`;
//! - an operation's return type comes from its success (`2XX`) responses; error responses are
//!   surfaced through the runtime's error type (status and body), not a per-operation enum.
//!
//! Types are **inputs** when something the user sends reaches them (a parameter, a request body,
//! the answer of a request-response webhook) and **outputs** when something the user receives
//! reaches them (a response body, a webhook payload). A type no operation or webhook reaches is
//! treated as an input (conservative: users may build it).
//!
//! # Classification rules
//!
//! Every change has an [`Impact`]; only [`Impact::Breaking`] is breaking.
//!
//! | change | impact | why |
//! |---|---|---|
//! | operation added | addition | a new method |
//! | operation removed | **breaking** | the method disappears |
//! | operation renamed (same method and path, new id) | **breaking** | the method name changes |
//! | operation moved (same id, new method or path) | compatible | same method; the client sends the request elsewhere |
//! | operation tags changed | compatible | methods are not grouped by tag in a way users name |
//! | operation security changed | compatible | the runtime authenticates |
//! | operation becomes experimental | **breaking** | a caller without consent now gets `ExperimentalNotEnabled` |
//! | operation stops being experimental, header value changes | compatible | the client sends the header itself |
//! | deprecated / no longer deprecated (operation, parameter, type, field) | deprecation | `#[deprecated]` is a warning |
//! | required parameter added | **breaking** | a new function argument |
//! | optional parameter added | addition | a new builder method |
//! | parameter removed | **breaking** | its argument or builder method disappears |
//! | parameter optional ⇄ required | **breaking** | it moves between argument and builder method |
//! | parameter type changed | **breaking** | the argument's type changes |
//! | parameter location changed (same name) | compatible | same Rust signature; the client puts it elsewhere on the wire |
//! | parameter style/explode, multipart encoding changed | compatible | serialization only |
//! | default value changed (parameter or field) | compatible | the server applies it |
//! | request body added | **breaking** if required, else addition | a new argument / builder method |
//! | request body removed | **breaking** | its argument disappears |
//! | request body optional ⇄ required | **breaking** | it moves between argument and builder method |
//! | request content type added | addition | one more way to send |
//! | request content type removed | **breaking** | that way to send disappears |
//! | request schema changed | **breaking** | the argument's type changes |
//! | response added | addition; **breaking** when the operation had no success body and now has one | the return type changes from `()` |
//! | success response (`2XX`) removed, or its content type removed, or its schema changed | **breaking** | the return type changes |
//! | error response added / removed / changed | compatible | errors go through the runtime's error type |
//! | response content type added | addition | |
//! | type added | addition | a new item |
//! | type removed | **breaking** | the item disappears |
//! | type renamed (same origin, new name) | **breaking** | the item's name changes |
//! | type kind changed (struct, enum, union, alias) | **breaking** | a different kind of item |
//! | alias target changed | **breaking** | the alias means another type |
//! | field added, **required**, to an input type | **breaking** | the constructor gains an argument; callers must supply it |
//! | field added, optional (or to an output-only type) | addition | constructor and `Default` unaffected; readers see a new field |
//! | field removed | **breaking** | the field disappears |
//! | field type changed | **breaking** | the field's Rust type changes |
//! | field optional ⇄ required | **breaking** when `T` ⇄ `Option<T>` changes, or the type is an input (constructor arguments change); else compatible | |
//! | field nullability changed | **breaking** when the field's `Option` wrapping changes (`T` / `Option<T>` / `Option<Option<T>>`, see `ir::Field::option_depth`); else compatible | |
//! | field read-only / write-only changed | compatible | serialization only |
//! | flattened part added | **breaking** for an input type, else addition | like a required field |
//! | flattened part removed | **breaking** | fields disappear |
//! | additional properties added | addition | a new map field, empty by default |
//! | additional properties removed or retyped | **breaking** | the map field disappears or changes type |
//! | enum value added | addition | the fallback variant covered it before |
//! | enum value removed | **breaking** | the variant disappears |
//! | enum representation (string ⇄ integer) changed | **breaking** | |
//! | enum nullability changed | **breaking** | references change between `E` and `Option<E>` |
//! | union variant added | **breaking** | exhaustive matches stop compiling |
//! | union variant removed | **breaking** | the variant disappears |
//! | union mode (`oneOf` ⇄ `anyOf`) changed | compatible | same Rust enum |
//! | discriminator property changed, tag value removed or remapped | **breaking** | deserialization changes |
//! | discriminator tag value added for an existing variant | addition | |
//! | webhook added | addition | |
//! | webhook removed | **breaking** | its payload types' users lose it |
//! | servers, security schemes, root security changed | compatible | runtime configuration |
//! | summary, description, title, example changed | documentation | rustdoc only |
//!
//! # Semantic version bump
//!
//! [`semver_bump`] maps the highest impact to a [`Bump`]:
//!
//! | highest impact | bump |
//! |---|---|
//! | breaking | [`Bump::Major`] |
//! | addition, deprecation | [`Bump::Minor`] (semver: deprecating is a minor change) |
//! | compatible, documentation | [`Bump::Patch`] |
//! | no change | [`Bump::None`] |
//!
//! **Documentation-only changes count**: they change the generated crates' rustdoc, and shipping
//! that needs a release; [`Bump::Patch`] is the smallest bump that allows one. They never make a
//! report breaking, and the Markdown report collapses them.
//!
//! The generated crates are `0.x`: for them Cargo treats `0.y` as the major version, so the caller
//! maps [`Bump::Major`] to a minor bump (`0.3.1` → `0.4.0`) and [`Bump::Minor`] and
//! [`Bump::Patch`] to a patch bump (`0.3.1` → `0.3.2`). [`Bump::apply`] does exactly that.

mod compare;
/// How many `Option`s wrap a struct field in the models crate; shared with the client renderer.
mod markdown;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::ir::{self, TypeRef};

/// Everything that changed between two IRs of one API version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiChanges {
    /// Version name (`v2025`), from the new IR.
    pub name: String,
    /// `info.version` of the old and the new spec.
    pub old_version: String,
    pub new_version: String,
    /// At least one change is breaking.
    pub breaking: bool,
    /// The bump the generated crates need (see [`semver_bump`]).
    pub bump: Bump,
    pub counts: Counts,
    /// Breaking changes first, then by kind, scope, subject and member.
    pub changes: Vec<Change>,
}

/// Counts of an [`ApiChanges`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counts {
    pub total: usize,
    pub breaking: usize,
    pub non_breaking: usize,
    /// Only impacts that occur.
    pub by_impact: BTreeMap<Impact, usize>,
    /// Only kinds that occur.
    pub by_kind: BTreeMap<ChangeKind, KindCount>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct KindCount {
    pub breaking: usize,
    pub non_breaking: usize,
}

/// One change.
///
/// `subject` names what changed: an operation id ([`Scope::Operation`]), a webhook name, a type
/// name, or the version name ([`Scope::Api`]). `member` names the part of it: a parameter, field,
/// enum value, union variant, content type or response status. `old` and `new` are the values
/// before and after, when the change has them (types are written as in [`type_display`]).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Change {
    pub kind: ChangeKind,
    pub impact: Impact,
    /// `impact == Impact::Breaking`.
    pub breaking: bool,
    pub scope: Scope,
    pub subject: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub member: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub old: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new: Option<String>,
    /// Context for a reader: `GET /roles/{id}`, `query`, `required`, why it breaks, ...
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// What a change is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    Api,
    Operation,
    Webhook,
    Type,
}

/// How a change affects a user of the generated crates (see the module docs for the rules).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Impact {
    /// Code that compiled against the old crates may not compile, or may not behave the same.
    Breaking,
    /// Something new users can call or read.
    Addition,
    /// Something was (un)deprecated: a warning at most.
    Deprecation,
    /// Behaviour or wire format changes that need no change in user code.
    Compatible,
    /// Docs and examples only.
    Documentation,
}

impl Impact {
    pub fn bump(self) -> Bump {
        match self {
            Impact::Breaking => Bump::Major,
            Impact::Addition | Impact::Deprecation => Bump::Minor,
            Impact::Compatible | Impact::Documentation => Bump::Patch,
        }
    }
}

/// A semantic-version bump. Ordered: `None < Patch < Minor < Major`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Bump {
    None,
    Patch,
    Minor,
    Major,
}

impl Bump {
    /// Applies the bump to a `MAJOR.MINOR.PATCH` version, the Cargo way: for `0.y.z` a
    /// [`Bump::Major`] bumps `y` and any other bump bumps `z`; for `0.0.z` every bump bumps `z`.
    /// Pre-release and build suffixes are dropped. `None` if `version` is not `x.y.z`.
    pub fn apply(self, version: &str) -> Option<String> {
        let core = version.split(['-', '+']).next().unwrap_or(version);
        let parts: Vec<u64> = core
            .split('.')
            .map(|p| p.parse().ok())
            .collect::<Option<_>>()?;
        let [major, minor, patch] = parts[..] else {
            return None;
        };
        let (major, minor, patch) = match (self, major, minor) {
            (Bump::None, ..) => (major, minor, patch),
            (_, 0, 0) => (0, 0, patch + 1),
            (Bump::Major, 0, _) => (0, minor + 1, 0),
            (_, 0, _) => (0, minor, patch + 1),
            (Bump::Major, ..) => (major + 1, 0, 0),
            (Bump::Minor, ..) => (major, minor + 1, 0),
            (Bump::Patch, ..) => (major, minor, patch + 1),
        };
        Some(format!("{major}.{minor}.{patch}"))
    }
}

/// Kinds of change, in report order (the Markdown groups by kind in this order).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    OperationRemoved,
    OperationRenamed,
    OperationAdded,
    OperationMoved,
    WebhookRemoved,
    WebhookAdded,
    ParameterRemoved,
    ParameterAdded,
    ParameterRequiredChanged,
    ParameterTypeChanged,
    ParameterLocationChanged,
    RequestBodyRemoved,
    RequestBodyAdded,
    RequestBodyRequiredChanged,
    RequestContentTypeRemoved,
    RequestContentTypeAdded,
    RequestSchemaChanged,
    ResponseRemoved,
    ResponseAdded,
    ResponseContentTypeRemoved,
    ResponseContentTypeAdded,
    ResponseSchemaChanged,
    TypeRemoved,
    TypeRenamed,
    TypeAdded,
    TypeKindChanged,
    AliasTargetChanged,
    FieldRemoved,
    FieldAdded,
    FieldTypeChanged,
    FieldRequiredChanged,
    FieldNullabilityChanged,
    FieldAccessChanged,
    FlattenedPartRemoved,
    FlattenedPartAdded,
    AdditionalPropertiesChanged,
    EnumValueRemoved,
    EnumValueAdded,
    EnumReprChanged,
    EnumNullabilityChanged,
    UnionVariantRemoved,
    UnionVariantAdded,
    UnionModeChanged,
    DiscriminatorChanged,
    Deprecated,
    Undeprecated,
    BecameExperimental,
    NoLongerExperimental,
    ExperimentalHeaderChanged,
    DefaultChanged,
    SerializationChanged,
    TagsChanged,
    SecurityChanged,
    ServersChanged,
    Documentation,
}

impl ChangeKind {
    /// Heading of a group of changes of this kind in the Markdown report.
    pub fn title(self) -> &'static str {
        use ChangeKind::*;
        match self {
            OperationRemoved => "Operations removed",
            OperationRenamed => "Operations renamed",
            OperationAdded => "Operations added",
            OperationMoved => "Operations moved to another method or path",
            WebhookRemoved => "Webhooks removed",
            WebhookAdded => "Webhooks added",
            ParameterRemoved => "Parameters removed",
            ParameterAdded => "Parameters added",
            ParameterRequiredChanged => "Parameters changing required-ness",
            ParameterTypeChanged => "Parameters changing type",
            ParameterLocationChanged => "Parameters changing location",
            RequestBodyRemoved => "Request bodies removed",
            RequestBodyAdded => "Request bodies added",
            RequestBodyRequiredChanged => "Request bodies changing required-ness",
            RequestContentTypeRemoved => "Request content types removed",
            RequestContentTypeAdded => "Request content types added",
            RequestSchemaChanged => "Request schemas changed",
            ResponseRemoved => "Responses removed",
            ResponseAdded => "Responses added",
            ResponseContentTypeRemoved => "Response content types removed",
            ResponseContentTypeAdded => "Response content types added",
            ResponseSchemaChanged => "Response schemas changed",
            TypeRemoved => "Types removed",
            TypeRenamed => "Types renamed",
            TypeAdded => "Types added",
            TypeKindChanged => "Types changing kind",
            AliasTargetChanged => "Aliases changing target",
            FieldRemoved => "Fields removed",
            FieldAdded => "Fields added",
            FieldTypeChanged => "Fields changing type",
            FieldRequiredChanged => "Fields changing required-ness",
            FieldNullabilityChanged => "Fields changing nullability",
            FieldAccessChanged => "Fields changing read-only / write-only",
            FlattenedPartRemoved => "Flattened parts removed",
            FlattenedPartAdded => "Flattened parts added",
            AdditionalPropertiesChanged => "Additional properties changed",
            EnumValueRemoved => "Enum values removed",
            EnumValueAdded => "Enum values added",
            EnumReprChanged => "Enums changing representation",
            EnumNullabilityChanged => "Enums changing nullability",
            UnionVariantRemoved => "Union variants removed",
            UnionVariantAdded => "Union variants added",
            UnionModeChanged => "Unions changing mode",
            DiscriminatorChanged => "Discriminators changed",
            Deprecated => "Deprecated",
            Undeprecated => "No longer deprecated",
            BecameExperimental => "Operations becoming experimental",
            NoLongerExperimental => "Operations no longer experimental",
            ExperimentalHeaderChanged => "Experimental headers changed",
            DefaultChanged => "Default values changed",
            SerializationChanged => "Serialization changed",
            TagsChanged => "Operation tags changed",
            SecurityChanged => "Security changed",
            ServersChanged => "Servers changed",
            Documentation => "Documentation",
        }
    }
}

/// Compares two IRs of the same API version; see the module docs for what is compared and how
/// each change is classified.
pub fn diff_apis(old: &ir::Api, new: &ir::Api) -> ApiChanges {
    let mut changes = compare::compare(old, new);
    changes.sort_by(|a, b| {
        (
            !a.breaking,
            a.kind,
            a.scope,
            &a.subject,
            &a.member,
            &a.old,
            &a.new,
            &a.note,
        )
            .cmp(&(
                !b.breaking,
                b.kind,
                b.scope,
                &b.subject,
                &b.member,
                &b.old,
                &b.new,
                &b.note,
            ))
    });
    changes.dedup();
    let counts = Counts::of(&changes);
    let mut report = ApiChanges {
        name: new.name.clone(),
        old_version: old.version.clone(),
        new_version: new.version.clone(),
        breaking: counts.breaking > 0,
        bump: Bump::None,
        counts,
        changes,
    };
    report.bump = semver_bump(&report);
    report
}

/// The bump the generated crates need for these changes (see the module docs): the highest
/// [`Impact::bump`] over all changes, [`Bump::None`] when there are none.
pub fn semver_bump(changes: &ApiChanges) -> Bump {
    changes
        .changes
        .iter()
        .map(|c| c.impact.bump())
        .max()
        .unwrap_or(Bump::None)
}

impl Counts {
    fn of(changes: &[Change]) -> Counts {
        let mut counts = Counts::default();
        for c in changes {
            counts.total += 1;
            *counts.by_impact.entry(c.impact).or_default() += 1;
            let kind = counts.by_kind.entry(c.kind).or_default();
            if c.breaking {
                counts.breaking += 1;
                kind.breaking += 1;
            } else {
                counts.non_breaking += 1;
                kind.non_breaking += 1;
            }
        }
        counts
    }

    /// Changes of this kind, breaking or not.
    pub fn of_kind(&self, kind: ChangeKind) -> usize {
        self.by_kind
            .get(&kind)
            .map_or(0, |k| k.breaking + k.non_breaking)
    }
}

impl ApiChanges {
    /// No change at all.
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }

    /// The changes of one kind, in report order.
    pub fn of_kind(&self, kind: ChangeKind) -> impl Iterator<Item = &Change> {
        self.changes.iter().filter(move |c| c.kind == kind)
    }

    /// A pull-request description: a summary line with counts, then breaking changes, then the
    /// others, grouped by kind; documentation-only changes collapsed at the end. Non-breaking
    /// groups are cut after [`markdown::GROUP_LIMIT`] entries (the JSON report has them all);
    /// breaking changes are never cut.
    pub fn to_markdown(&self) -> String {
        markdown::render(self)
    }

    /// The summary line used at the top of [`ApiChanges::to_markdown`].
    pub fn summary_line(&self) -> String {
        markdown::summary_line(self)
    }
}

/// A [`TypeRef`] in the report's notation, close to the spec's: `Role`, `string`,
/// `string(date-time)`, `integer(int64)`, `array<Role>`, `map<string>`, `nullable<Role>`, `any`.
pub fn type_display(t: &TypeRef) -> String {
    use ir::Primitive as P;
    match t {
        TypeRef::Named(n) => n.clone(),
        TypeRef::Primitive(p) => match p {
            P::String => "string",
            P::Date => "string(date)",
            P::DateTime => "string(date-time)",
            P::Uuid => "string(uuid)",
            P::Binary => "string(binary)",
            P::Byte => "string(byte)",
            P::Integer => "integer",
            P::Int32 => "integer(int32)",
            P::Int64 => "integer(int64)",
            P::Number => "number",
            P::Float => "number(float)",
            P::Double => "number(double)",
            P::Boolean => "boolean",
        }
        .to_owned(),
        TypeRef::Array(i) => format!("array<{}>", type_display(i)),
        TypeRef::OneOrMany(i) => format!("array<{0}> or one {0}", type_display(i)),
        TypeRef::Map(v) => format!("map<{}>", type_display(v)),
        TypeRef::Nullable(i) => format!("nullable<{}>", type_display(i)),
        TypeRef::Any => "any".to_owned(),
    }
}

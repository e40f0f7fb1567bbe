//! The intermediate model (IR): what one API version *means*, independent of Rust syntax.
//!
//! `lower` builds it from a resolved spec; `render` turns it into crates; `xtask diff` compares two
//! of them. It is plain serializable data. Every collection has a deterministic order:
//! types by name, operations by id, webhooks by name, fields and variants in spec order.
//!
//! Names in the IR are already unique and stable:
//! - [`TypeDef::name`] is UpperCamelCase and unique case-insensitively within an [`Api`];
//! - [`Operation::id`] is unique within an [`Api`] (derived when the spec has none).
//!
//! Field, parameter and enum value names stay exactly as on the wire; turning them into Rust
//! identifiers (keywords, collisions) is the renderer's job.
//!
//! Reading an IR back (tests write IRs as YAML, `generator/tests/fixtures/diff/`), a missing list
//! or map is empty, a missing flag `false`, a missing `Option` `None` and a missing origin empty;
//! how the IR serializes does not depend on this.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// One API version (one root document).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Api {
    /// Version name from the config, e.g. `v2025`.
    pub name: String,
    pub title: String,
    /// `info.version`.
    pub version: String,
    pub description: Option<String>,
    #[serde(default)]
    pub servers: Vec<Server>,
    /// Root-level security requirements (apply where an operation states none).
    #[serde(default)]
    pub security: Vec<SecurityRequirement>,
    #[serde(default)]
    pub security_schemes: BTreeMap<String, SecurityScheme>,
    /// Tags in the order the root declares them, then undeclared ones used by operations, by name.
    #[serde(default)]
    pub tags: Vec<Tag>,
    /// Sorted by name.
    #[serde(default)]
    pub types: Vec<TypeDef>,
    /// Sorted by id.
    #[serde(default)]
    pub operations: Vec<Operation>,
    /// Event-trigger payloads from the root's `x-webhooks`, sorted by name.
    #[serde(default)]
    pub webhooks: Vec<Webhook>,
    /// Schemas that have structure but are read as free-form JSON ([`TypeRef::Any`]), sorted by
    /// origin: what `xtask stats` lists. Free-form schemas (`type: object` without properties,
    /// `additionalProperties: true`, no schema) are not among them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub value_fallbacks: Vec<ValueFallback>,
}

/// A schema with structure that the generator could not type: where it is and why.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct ValueFallback {
    /// The schema (after following `$ref`s, when they could be followed).
    pub origin: Origin,
    /// Why it is free-form JSON, as a phrase (`unknown type "file"`, ...).
    pub reason: String,
}

/// Where a spec node lives: file relative to the specs dir (`/` separators) and a JSON pointer.
///
/// Operations, parameters, request bodies, responses and media types carry the origin of their
/// object after `$ref`s are followed, plus `referenced_from`: where the spec names it through a
/// `$ref`, when it does. Tools read the spec at an origin (a parameter's schema, a media type's
/// examples) instead of walking the spec again. Origins are not part of the API: the change
/// report ignores them (a file move changes nothing for users).
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct Origin {
    pub file: String,
    pub pointer: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Server {
    /// May contain `{variable}` templates.
    pub url: String,
    pub description: Option<String>,
    #[serde(default)]
    pub variables: BTreeMap<String, ServerVariable>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServerVariable {
    pub default: String,
    pub description: Option<String>,
    #[serde(default)]
    pub enum_values: Vec<String>,
}

/// `{ scheme name: [scopes] }`; an empty map means "no auth" (anonymous allowed).
pub type SecurityRequirement = BTreeMap<String, Vec<String>>;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SecurityScheme {
    /// `oauth2`, `http`, `apiKey`, `openIdConnect`.
    pub kind: String,
    pub description: Option<String>,
    /// Token URLs of the OAuth2 flows, by flow name (`clientCredentials`, ...).
    #[serde(default)]
    pub token_urls: BTreeMap<String, String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tag {
    pub name: String,
    pub description: Option<String>,
}

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

/// A named type: something that becomes one Rust item.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TypeDef {
    /// UpperCamelCase, unique within the API (case-insensitively).
    pub name: String,
    /// Where the schema is defined (after following `$ref` chains).
    #[serde(default)]
    pub origin: Origin,
    /// How the name was chosen, for reports: `component`, `title`, `file`, `reusable` (the
    /// response, parameter or request body it is written in), `inline`.
    pub name_source: NameSource,
    pub title: Option<String>,
    pub description: Option<String>,
    #[serde(default)]
    pub deprecated: bool,
    /// The schema's own `example`, if any.
    pub example: Option<Value>,
    pub kind: TypeKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NameSource {
    Component,
    Title,
    File,
    Reusable,
    Inline,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TypeKind {
    /// An object with known properties (allOf already merged into it).
    Struct(Struct),
    /// A string or integer enumeration.
    Enum(Enum),
    /// oneOf / anyOf.
    Union(Union),
    /// A named schema that is not an object/enum/union (a primitive, array, map, or free-form):
    /// rendered as a type alias so that users can name it.
    Alias(TypeRef),
}

/// A reference to a type, as used by fields, parameters, bodies, items and variants.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TypeRef {
    /// A [`TypeDef`] of the same [`Api`], by name.
    Named(String),
    Primitive(Primitive),
    Array(Box<TypeRef>),
    /// An array the spec declares ambiguously (`type: object` with `items`): documented and
    /// written as an array of the items, read from an array or from a single item, since the
    /// spec allows both readings.
    OneOrMany(Box<TypeRef>),
    /// An object used as a map: `additionalProperties` with no `properties`; keys are strings.
    Map(Box<TypeRef>),
    /// A value that may be JSON `null`. Fields carry [`Field::nullable`] instead; this wrapper
    /// appears only where there is no field (array items, map values, aliases, variants, bodies).
    Nullable(Box<TypeRef>),
    /// Free-form JSON (no type, `type: object` without properties, or an unsupported construct).
    Any,
}

/// Scalars, with the format that decides the Rust type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Primitive {
    /// Any string format without a dedicated type (email, uri, password, ...).
    String,
    /// `format: date`
    Date,
    /// `format: date-time`
    DateTime,
    /// `format: uuid`
    Uuid,
    /// `format: binary` (raw bytes, e.g. a file upload or download).
    Binary,
    /// `format: byte` (base64 in JSON).
    Byte,
    /// `type: integer` with no format or an unknown one.
    Integer,
    Int32,
    Int64,
    /// `type: number` with no format or an unknown one.
    Number,
    Float,
    Double,
    Boolean,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Struct {
    /// Properties in spec order; for allOf, parts in order, a later duplicate replacing an
    /// earlier one in place.
    #[serde(default)]
    pub fields: Vec<Field>,
    /// allOf parts that could not be merged field-by-field (e.g. a union): serialized flattened.
    #[serde(default)]
    pub flatten: Vec<TypeRef>,
    /// Named types whose fields were merged in (allOf parents), for docs and change reports.
    #[serde(default)]
    pub all_of: Vec<String>,
    /// Typed `additionalProperties` next to declared properties (extra keys collected into a map).
    pub additional_properties: Option<TypeRef>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Field {
    /// Name on the wire, exactly as in the spec.
    pub name: String,
    /// The non-null type; nullability is [`Field::nullable`].
    pub ty: TypeRef,
    #[serde(default)]
    pub required: bool,
    /// The spec allows `null` here (`nullable: true`, or `null` in an enum).
    #[serde(default)]
    pub nullable: bool,
    pub description: Option<String>,
    #[serde(default)]
    pub deprecated: bool,
    #[serde(default)]
    pub read_only: bool,
    #[serde(default)]
    pub write_only: bool,
    pub default: Option<Value>,
    pub example: Option<Value>,
}

/// The `Option` rule: how a field's Rust type is wrapped in the models crate. The models
/// renderer, the client (multipart bodies reach into model structs) and the change report
/// (`Option` wrapping changes are breaking) all read it from here.
impl Field {
    /// The field may be left out of a value: it is optional, or it is read-only (OpenAPI 3.0: a
    /// required read-only property is required in responses only, so a request leaves it out).
    /// Such a field is `Option<..>`, `None` when absent.
    pub fn may_be_absent(&self) -> bool {
        !self.required || self.read_only
    }

    /// The value itself is `Option<..>` for `null`: the field is nullable and its type does not
    /// already hold `null` (free-form JSON, a nullable enum).
    pub fn null_wrapped(&self, value_holds_null: bool) -> bool {
        self.nullable && !value_holds_null
    }

    /// How many `Option`s wrap the field's type: required and not nullable `T` (0); optional,
    /// nullable, or required but read-only `Option<T>` (1); optional and nullable
    /// `Option<Option<T>>` (2), so that absent and `null` stay apart.
    pub fn option_depth(&self, value_holds_null: bool) -> u8 {
        u8::from(self.may_be_absent()) + u8::from(self.null_wrapped(value_holds_null))
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Enum {
    pub repr: EnumRepr,
    /// Values in spec order, without `null` (see [`Enum::nullable`]), deduplicated.
    #[serde(default)]
    pub values: Vec<EnumValue>,
    /// `null` was listed or `nullable: true` was set.
    #[serde(default)]
    pub nullable: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EnumRepr {
    String,
    Integer,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EnumValue {
    /// A JSON string or integer.
    pub value: Value,
    /// From `x-enum-descriptions` / `x-enumDescriptions` when present.
    pub description: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Union {
    pub mode: UnionMode,
    /// In spec order. Rendering decides the try-order for untagged unions.
    pub variants: Vec<TypeRef>,
    pub discriminator: Option<Discriminator>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UnionMode {
    OneOf,
    AnyOf,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Discriminator {
    pub property: String,
    /// Tag value -> type name, in spec order; when the spec gives no mapping, one entry per
    /// named variant with the variant's schema name as tag value (the OpenAPI default).
    pub mapping: Vec<DiscriminatorCase>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiscriminatorCase {
    pub value: String,
    pub type_name: String,
}

// ---------------------------------------------------------------------------------------------
// Operations
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Operation {
    /// operationId, unique within the API.
    pub id: String,
    /// The spec had no operationId; `id` was derived from method and path.
    #[serde(default)]
    pub id_derived: bool,
    /// Lowercase HTTP method: `get`, `post`, `put`, `patch`, `delete`, `head`, `options`.
    pub method: String,
    /// Path template relative to the server URL; `{names}` match the path parameters' names
    /// (repaired when the spec disagreed).
    pub path: String,
    #[serde(default)]
    pub tags: Vec<String>,
    pub summary: Option<String>,
    pub description: Option<String>,
    #[serde(default)]
    pub deprecated: bool,
    /// Path-item and operation parameters merged, in declaration order; excludes the
    /// experimental header (see [`Operation::experimental`]).
    #[serde(default)]
    pub parameters: Vec<Parameter>,
    pub request_body: Option<RequestBody>,
    /// Sorted by status (`"200"` < `"4XX"` < `"default"` in string order).
    #[serde(default)]
    pub responses: Vec<Response>,
    /// None: the root's security applies. Some(empty): no auth.
    pub security: Option<Vec<SecurityRequirement>>,
    /// The operation requires the configured experimental header
    /// ([`crate::lower::LowerOptions::experimental_header`]): the client sends it itself, only
    /// with the caller's consent.
    pub experimental: Option<ExperimentalHeader>,
    /// The operation object (after following a `$ref`).
    #[serde(default)]
    pub origin: Origin,
    /// Where the spec refers to it through `$ref` (the first reference of a chain), if it does.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub referenced_from: Option<Origin>,
    /// The `paths` key as the spec writes it, before [`Operation::path`]'s repairs; empty for a
    /// webhook.
    #[serde(default)]
    pub raw_path: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExperimentalHeader {
    /// Header name as the spec spells it.
    pub name: String,
    /// The value to send (the schema default or example; `true` when neither).
    pub value: String,
    /// The parameter object (after following `$ref`s).
    #[serde(default)]
    pub origin: Origin,
    /// Where the spec refers to it through `$ref` (the first reference of a chain), if it does.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub referenced_from: Option<Origin>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ParamLocation {
    Path,
    Query,
    Header,
    Cookie,
}

impl ParamLocation {
    /// The spec's `in` value: `path`, `query`, `header` or `cookie`.
    pub fn as_str(self) -> &'static str {
        match self {
            ParamLocation::Path => "path",
            ParamLocation::Query => "query",
            ParamLocation::Header => "header",
            ParamLocation::Cookie => "cookie",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Parameter {
    /// Name on the wire.
    pub name: String,
    pub location: ParamLocation,
    #[serde(default)]
    pub required: bool,
    #[serde(default)]
    pub deprecated: bool,
    pub description: Option<String>,
    pub ty: TypeRef,
    /// `form`, `simple`, `deepObject`, `spaceDelimited`, `pipeDelimited`, ... (defaults applied).
    pub style: String,
    /// Defaults applied (`true` for `form`, else `false`).
    #[serde(default)]
    pub explode: bool,
    pub default: Option<Value>,
    /// The schema's `maximum` (a list's page size is clamped to it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub maximum: Option<Value>,
    /// `example`, else the first of `examples`.
    pub example: Option<Value>,
    /// The parameter object (after following `$ref`s); for a path parameter the lowering added
    /// because the template names it and no parameter declares it, the root's path item key.
    #[serde(default)]
    pub origin: Origin,
    /// Where the spec refers to it through `$ref` (the first reference of a chain), if it does.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub referenced_from: Option<Origin>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RequestBody {
    #[serde(default)]
    pub required: bool,
    pub description: Option<String>,
    /// Sorted by content type.
    #[serde(default)]
    pub content: Vec<MediaType>,
    /// The request body object (after following `$ref`s).
    #[serde(default)]
    pub origin: Origin,
    /// Where the spec refers to it through `$ref` (the first reference of a chain), if it does.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub referenced_from: Option<Origin>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MediaType {
    /// e.g. `application/json`, `multipart/form-data`, `text/csv`.
    pub content_type: String,
    /// None when the spec gives no schema.
    pub schema: Option<TypeRef>,
    /// `example`, then every entry of `examples` (by name, in spec order).
    #[serde(default)]
    pub examples: Vec<NamedExample>,
    /// Per-property encodings of multipart/form bodies (property -> contentType), if given.
    #[serde(default)]
    pub encoding: BTreeMap<String, String>,
    /// The media type object (after following `$ref`s).
    #[serde(default)]
    pub origin: Origin,
    /// Where the spec refers to it through `$ref` (the first reference of a chain), if it does.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub referenced_from: Option<Origin>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NamedExample {
    /// `example` for the single `example` keyword, else the key in `examples`.
    pub name: String,
    pub value: Value,
    /// Where the example sits, for reports.
    #[serde(default)]
    pub origin: Origin,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Response {
    /// `"200"`, `"4XX"`, `"default"`.
    pub status: String,
    pub description: Option<String>,
    /// Sorted by content type.
    #[serde(default)]
    pub content: Vec<MediaType>,
    /// Sorted by name (e.g. `X-Total-Count`).
    #[serde(default)]
    pub headers: Vec<ResponseHeader>,
    /// The response object (after following `$ref`s).
    #[serde(default)]
    pub origin: Origin,
    /// Where the spec refers to it through `$ref` (the first reference of a chain), if it does.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub referenced_from: Option<Origin>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResponseHeader {
    pub name: String,
    pub description: Option<String>,
    #[serde(default)]
    pub required: bool,
    pub ty: TypeRef,
}

/// One event trigger from `x-webhooks`: what ISC sends to a subscriber and, for
/// request-response triggers, what the subscriber answers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Webhook {
    /// Key under `x-webhooks` (e.g. `AccessRequestSubmitted`).
    pub name: String,
    /// The trigger's operation (its request body is the payload ISC sends).
    pub operation: Operation,
}

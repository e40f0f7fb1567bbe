//! OpenAPI 3.0 schema -> standalone JSON Schema (draft 4), and validation with the independent
//! `jsonschema` crate.
//!
//! Every schema location a `$ref` reaches (relative files, JSON pointers, root-relative
//! `#/components/...` inside external files, all through [`Resolver`]) becomes one entry of
//! `definitions`, named `d<N>`, and the ref a local `#/definitions/d<N>`: recursion needs nothing
//! special. A document is assembled per example from the closure of what its schema reaches.
//!
//! OpenAPI-isms are translated:
//! - `nullable: true` allows `null` (`type: [T, "null"]` where there is a plain `type`, else
//!   `anyOf: [{type: null}, <schema>]`); a `nullable: true` next to a `$ref` counts too (the
//!   generator honours it, and so does every tool we know);
//! - only draft-4 validation keywords are kept: `example`, `discriminator`, `xml`, `x-*`,
//!   `readOnly`, `writeOnly`, `deprecated`, `default`, `title`, `description`, `externalDocs`
//!   are dropped; `format` stays as an annotation (formats are not asserted);
//! - an empty `required` list is dropped (draft 4 requires at least one entry; OpenAPI tools
//!   accept it and it means nothing);
//! - `readOnly`/`writeOnly`: "a required readOnly property is required in responses only" (and
//!   writeOnly in requests only), so every location is translated for a [`Context`]: in a
//!   request, required properties that are `readOnly` are dropped from `required`; in a
//!   response, the `writeOnly` ones. Schema- and property-level examples belong to neither: they
//!   are valid when they are valid in one of the two ([`Judge::check`]).
//!
//! What is not translatable (a `type` that names no JSON type, a keyword of the wrong kind, an
//! unresolved `$ref`) is recorded as a schema error at its spec location: examples judged by such
//! a schema are spec defects.

mod judge;
mod messages;
#[cfg(test)]
mod tests;
mod translate;

#[cfg(test)]
pub use judge::is_uuid;
pub use judge::Judge;
pub use messages::short;

/// Which side of an exchange a value is on (decides `readOnly`/`writeOnly` + `required`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Context {
    Request,
    Response,
    /// A schema's or property's own example: valid as a request or as a response value.
    Either,
}

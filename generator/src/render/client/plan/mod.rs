//! The client's plan: every decision about the generated client crate, as plain data, made once
//! per version before any token is written.
//!
//! [`ClientPlan::new`] reads the IR and the version's configuration and decides, per operation
//! ([`OperationPlan`]): the Rust names (method, builder, response enum, error enum, argument
//! and setter names), the Rust type of every argument, setter and body (as Rust source text, from
//! [`crate::render::rust`]'s mapping), the request steps (path template, query/header/cookie
//! parameters with their style, accept header, body encoding), the success shape
//! ([`responses`]), the error enum ([`errors`]; one shared by the operations whose error enums
//! are alike), paging ([`paging`]), retry safety and the rustdoc text. The emitters
//! (`operation`, `paging`, `lib_rs` beside this module), the template context and the
//! conformance harness's [`super::CallSurface`] read only this plan.
//!
//! It lives under `render`, not as a pipeline stage of its own, because it is Rust: identifiers
//! chosen with [`crate::naming`] and types spelled by the Rust type mapping. The IR stays free of
//! Rust. Every type here is `Send + Sync`, so one plan serves every rendering worker.

mod docs;
mod errors;
mod mock;
mod paging;
mod request;
mod responses;

use std::collections::{BTreeMap, BTreeSet};

use anyhow::{bail, Context, Result};
use serde::Serialize;

pub use errors::{
    ErrorPlan, ErrorVariant, SharedErrorPlan, OTHER_VARIANT, RUNTIME_VARIANTS,
    SHARED_ERRORS_MODULE, UNEXPECTED_VARIANT,
};
pub use mock::{answer_method, AnswerBody, MatcherKind, MockAnswer, MockMatcher, MockPlan};
pub use paging::{PageSize, PagingPlan};
pub use responses::{StatusPattern, SuccessPlan, SuccessShape, SuccessVariant};

use crate::config::VersionConfig;
use crate::ir::{
    Api, MediaType, Operation, ParamLocation, Parameter, Primitive, TypeDef, TypeKind, TypeRef,
};
use crate::naming::{
    crate_ident, field_ident, keyword_safe_ident, snake_or as snake, unique_name as unique, unraw,
    upper_camel_or as camel,
};
use crate::render::docs::doc_markdown;
use crate::render::features::{tag_groups, TagGroup};
use crate::render::media;
use crate::render::rust::{type_tokens, TypeCtx};
use crate::settings::ModelSettings;

/// Builder method names that parameters must not take.
const RESERVED_BUILDER: &[&str] = &[
    "send",
    "send_with_response",
    "send_raw",
    "stream",
    "stream_at_most",
    "paged",
    "search_after_stream",
    "with_timeout",
    "with_header",
    "with_retry",
    "retry_safe",
    "with_options",
    "request",
    "new",
    "client",
    "clone",
    "decode",
    "decode_error",
];

/// The client crate of one version.
#[derive(Debug, Clone, Serialize)]
pub struct ClientPlan {
    /// The version's name (`v2025`).
    pub version: String,
    /// The spec's title and version.
    pub title: String,
    pub api_version: String,
    /// Path of the version below the tenant's API base URL ([`base_path`]).
    pub base_path: String,
    /// Package names and their library names (`-` as `_`).
    pub client_crate: String,
    pub client_ident: String,
    pub models_crate: String,
    pub models_ident: String,
    pub runtime_crate: String,
    pub runtime_ident: String,
    pub crate_version: String,
    /// Every operation of the API (all of them are in some group).
    pub operation_count: usize,
    /// One module per tag, in the order the API declares its tags (undeclared ones after).
    pub groups: Vec<GroupPlan>,
    /// The error enums several operations share ([`errors::share`]), in
    /// [`SHARED_ERRORS_MODULE`].
    pub shared_errors: Vec<SharedErrorPlan>,
    /// Extra `[dependencies]` lines of the Cargo.toml (the type replacements' crates).
    pub dependencies: Vec<String>,
}

/// The operations of one tag: a module, a cargo feature and a `Client` accessor.
#[derive(Debug, Clone, Serialize)]
pub struct GroupPlan {
    /// The tag as the spec spells it.
    pub tag: String,
    pub description: Option<String>,
    /// Module, file and (but for `default`) feature name; never a raw identifier.
    pub module: String,
    pub feature: String,
    /// The `Client` method returning the group's API struct.
    pub accessor: String,
    /// `module` and `accessor` as Rust source.
    pub module_ident: String,
    pub accessor_ident: String,
    /// The API struct (`AccountsApi`).
    pub api_struct: String,
    pub operations: Vec<OperationPlan>,
}

/// One operation: a method on the group's API struct returning a request builder.
#[derive(Debug, Clone, Serialize)]
pub struct OperationPlan {
    /// The operation's id in the IR.
    pub id: String,
    pub http_method: HttpMethod,
    /// The method as the IR spells it (`get`).
    pub spec_method: String,
    /// The path template (`/accounts/{id}`).
    pub path: String,
    /// The API struct's method: its name and its Rust source (`r#type` for a keyword).
    pub method: String,
    pub method_ident: String,
    /// The request builder struct.
    pub builder: String,
    /// The builder's fields: the parameters in spec order, then the body. Required ones are the
    /// method's arguments, optional ones the builder's setters.
    pub members: Vec<MemberPlan>,
    /// The encoded path, part by part.
    pub path_parts: Vec<PathPart>,
    /// Path parameters the template does not use (still arguments; read so no field is dead).
    pub unused_path_members: Vec<usize>,
    /// What the request sets after the path, in order.
    pub steps: Vec<RequestStep>,
    /// Named by the version's `retry_safe_operations`: sent again after a transport error.
    pub retry_safe: bool,
    pub success: SuccessPlan,
    pub errors: ErrorPlan,
    pub paging: Option<PagingPlan>,
    pub deprecated: bool,
    /// The operation is experimental (the IR's [`Operation::experimental`]): sent only with the
    /// caller's consent, with its header ([`RequestStep::Experimental`]), and documented so.
    pub experimental: bool,
    /// Rustdoc of the method and of the builder (already escaped).
    pub doc: String,
    pub builder_doc: String,
    /// The body's models type, when it is a named type, and its wire field names (a struct).
    pub body_model: Option<String>,
    pub body_fields: Vec<String>,
    /// The models type of the JSON success body, when there is exactly one and it is named.
    pub success_model: Option<String>,
    /// The typed expectation of the crate's `mock` module.
    pub mock: MockPlan,
}

/// A builder field: an argument of the method when required, else a setter.
#[derive(Debug, Clone, Serialize)]
pub struct MemberPlan {
    /// The name (no raw prefix; what docs and templates show) and its Rust source.
    pub name: String,
    pub ident: String,
    pub source: MemberSource,
    pub required: bool,
    pub deprecated: bool,
    /// The field's Rust type, as Rust source with paths relative to the client crate root.
    pub rust_type: String,
    /// The argument or setter takes `impl Into<String>`.
    pub into_string: bool,
    /// Rustdoc (already escaped) of the setter; one line of it documents an argument.
    pub doc: String,
    /// For the docs examples, a required parameter's example as JSON text and, for a plain
    /// string, as a Rust string literal.
    pub example: Option<String>,
    pub example_literal: Option<String>,
}

/// Where a member's value goes.
#[derive(Debug, Clone, Serialize)]
pub enum MemberSource {
    /// `Operation::parameters[index]`.
    Parameter {
        index: usize,
        wire_name: String,
        location: ParamLocation,
    },
    Body(BodyPlan),
}

/// The request body.
#[derive(Debug, Clone, Serialize)]
pub struct BodyPlan {
    /// The media type it is sent as ([`media::pick_request`]).
    pub content_type: String,
    pub kind: BodyKind,
}

/// How the client encodes a request body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum BodyKind {
    Json,
    Multipart,
    Form,
    Text,
    Bytes,
}

/// An HTTP method the runtime sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum HttpMethod {
    Get,
    Put,
    Post,
    Delete,
    Patch,
    Head,
    Options,
    Trace,
}

impl HttpMethod {
    fn parse(word: &str) -> Result<HttpMethod> {
        Ok(match word.to_ascii_lowercase().as_str() {
            "get" => HttpMethod::Get,
            "put" => HttpMethod::Put,
            "post" => HttpMethod::Post,
            "delete" => HttpMethod::Delete,
            "patch" => HttpMethod::Patch,
            "head" => HttpMethod::Head,
            "options" => HttpMethod::Options,
            "trace" => HttpMethod::Trace,
            other => bail!("unsupported HTTP method {other:?}"),
        })
    }

    /// The constant's name in `http::Method` (`GET`).
    pub fn as_str(self) -> &'static str {
        match self {
            HttpMethod::Get => "GET",
            HttpMethod::Put => "PUT",
            HttpMethod::Post => "POST",
            HttpMethod::Delete => "DELETE",
            HttpMethod::Patch => "PATCH",
            HttpMethod::Head => "HEAD",
            HttpMethod::Options => "OPTIONS",
            HttpMethod::Trace => "TRACE",
        }
    }
}

/// A piece of the encoded path.
#[derive(Debug, Clone, Serialize)]
pub enum PathPart {
    Literal(String),
    /// A path parameter (`members[member]`), encoded, after `prefix` (`label`, `matrix` style).
    Parameter {
        member: usize,
        prefix: Option<String>,
        explode: bool,
    },
}

/// One step of building the request, after the path.
#[derive(Debug, Clone, Serialize)]
pub enum RequestStep {
    /// `members[member]` as a query parameter.
    Query {
        member: usize,
        wire_name: String,
        style: String,
        explode: bool,
    },
    Header {
        member: usize,
        wire_name: String,
    },
    Cookie {
        member: usize,
        wire_name: String,
    },
    /// The operation is experimental: the runtime refuses to send it without the caller's
    /// consent, and sends the header `name: value` with it.
    Experimental {
        /// The operation id the refusal names.
        operation: String,
        name: String,
        value: String,
    },
    /// The `Accept` header.
    Accept(String),
    /// `security: []` (or only anonymous alternatives): no `Authorization` header.
    WithoutAuth,
    /// The body, `members[member]`.
    Body {
        member: usize,
        encoding: BodyEncoding,
    },
}

/// How the body is put on the request.
#[derive(Debug, Clone, Serialize)]
pub enum BodyEncoding {
    /// `application/json`, which the runtime's JSON body sets by itself.
    Json,
    /// Another JSON media type.
    JsonAs(String),
    Form,
    /// Text or bytes, as they are, with this content type.
    Bytes(String),
    /// The struct's fields as form fields, but for the binary ones: file parts.
    Multipart(Vec<FilePart>),
}

/// A binary field of a multipart body struct, sent as a file part.
#[derive(Debug, Clone, Serialize)]
pub struct FilePart {
    pub wire_name: String,
    /// The models struct's field, as Rust source (named exactly as the models renderer names it).
    pub field: String,
    /// `Option` layers around it (0: required; 1: optional or nullable; 2: both).
    pub option_depth: u8,
    /// The part's content type from the media type's `encoding`.
    pub content_type: Option<String>,
}

impl MemberPlan {
    /// A parameter's wire name, index in `Operation::parameters` and location; `None` for the
    /// body.
    pub fn parameter(&self) -> Option<(&str, usize, ParamLocation)> {
        match &self.source {
            MemberSource::Parameter {
                index,
                wire_name,
                location,
            } => Some((wire_name, *index, *location)),
            MemberSource::Body(_) => None,
        }
    }
}

impl OperationPlan {
    /// The method's arguments: required members, in order.
    pub fn arguments(&self) -> impl Iterator<Item = &MemberPlan> {
        self.members.iter().filter(|m| m.required)
    }

    /// The builder's setters: optional members, in order.
    pub fn setters(&self) -> impl Iterator<Item = &MemberPlan> {
        self.members.iter().filter(|m| !m.required)
    }

    /// The body member and how it is sent.
    pub fn body(&self) -> Option<(&MemberPlan, &BodyPlan)> {
        self.members.iter().find_map(|m| match &m.source {
            MemberSource::Body(b) => Some((m, b)),
            MemberSource::Parameter { .. } => None,
        })
    }

    /// Has a `limit`/`offset` stream (a search-after search may also have one).
    pub fn offset_paged(&self) -> bool {
        match &self.paging {
            Some(PagingPlan::Offset { .. }) => true,
            Some(PagingPlan::SearchAfter { offset, .. }) => offset.is_some(),
            None => false,
        }
    }
}

impl ClientPlan {
    /// Plans the client crate of one version of `api` with the default generation settings.
    pub fn new(api: &Api, cfg: &VersionConfig, runtime_crate: &str) -> Result<ClientPlan> {
        ClientPlan::with_settings(api, cfg, runtime_crate, &ModelSettings::default())
    }

    /// Plans the client crate of one version of `api`; its types are spelled as the models
    /// crate's under `settings` (type replacements).
    pub fn with_settings(
        api: &Api,
        cfg: &VersionConfig,
        runtime_crate: &str,
        settings: &ModelSettings,
    ) -> Result<ClientPlan> {
        let planner = Planner {
            types: api.types.iter().map(|t| (t.name.as_str(), t)).collect(),
            ctx: TypeCtx::with_settings(api, "models", settings)?,
        };
        let mut groups = Vec::new();
        for TagGroup {
            tag,
            module,
            feature,
            operations: ops,
        } in tag_groups(api)
        {
            let description = (api.tags.iter())
                .find(|t| t.name == tag)
                .and_then(|t| t.description.clone());
            let mut items = BTreeSet::new();
            let api_struct = unique(&mut items, &format!("{}Api", camel(&tag, "Tag")), |_| false);
            let mut methods = BTreeSet::new();
            let mut operations = Vec::new();
            for op in ops {
                let names = OperationNames::new(op, &mut items, &mut methods, &api_struct);
                let plan = planner
                    .operation(op, names, cfg.is_retry_safe(&op.id))
                    .with_context(|| format!("tag {tag:?}: operation {}", op.id))?;
                operations.push(plan);
            }
            groups.push(GroupPlan {
                tag,
                description,
                module_ident: keyword_safe_ident(&module).to_string(),
                accessor_ident: keyword_safe_ident(&module).to_string(),
                accessor: module.clone(),
                feature,
                api_struct,
                module,
                operations,
            });
        }
        let shared_errors = errors::share(&mut groups);
        Ok(ClientPlan {
            version: cfg.name.clone(),
            title: api.title.clone(),
            api_version: api.version.clone(),
            base_path: base_path(api),
            client_crate: cfg.client_crate.clone(),
            client_ident: cfg.client_crate.replace('-', "_"),
            models_crate: cfg.models_crate.clone(),
            models_ident: crate_ident(&cfg.models_crate)?.to_string(),
            runtime_crate: runtime_crate.to_string(),
            runtime_ident: crate_ident(runtime_crate)?.to_string(),
            crate_version: cfg.crate_version.clone(),
            operation_count: api.operations.len(),
            groups,
            shared_errors,
            dependencies: settings.dependency_lines(),
        })
    }
}

/// The names of an operation's items, unique within the tag module.
struct OperationNames {
    method: String,
    builder: String,
    response_enum: String,
    error_enum: String,
    api_struct: String,
}

impl OperationNames {
    fn new(
        op: &Operation,
        items: &mut BTreeSet<String>,
        methods: &mut BTreeSet<String>,
        api_struct: &str,
    ) -> OperationNames {
        let method = unique(methods, &snake(&op.id, "operation"), |m| {
            m == "new" || m == "clone" || m == "fmt"
        });
        let camel_id = camel(&op.id, "Operation");
        let builder = unique(items, &camel_id, |_| false);
        let response_enum = unique(items, &format!("{camel_id}Response"), |_| false);
        let error_enum = unique(items, &format!("{camel_id}Error"), |_| false);
        OperationNames {
            method,
            builder,
            response_enum,
            error_enum,
            api_struct: api_struct.to_string(),
        }
    }
}

/// What planning needs to know about the whole API.
struct Planner<'a> {
    types: BTreeMap<&'a str, &'a TypeDef>,
    /// Type mapping shared with the models renderer; named types are `models::Name`.
    ctx: TypeCtx<'a>,
}

impl Planner<'_> {
    fn operation(
        &self,
        op: &Operation,
        names: OperationNames,
        retry_safe: bool,
    ) -> Result<OperationPlan> {
        let http_method = HttpMethod::parse(&op.method)?;
        let members = self.members(op);
        let path_parts = request::path_parts(op)?;
        let unused_path_members = (members.iter().enumerate())
            .filter(|(_, m)| match &m.source {
                MemberSource::Parameter {
                    location: ParamLocation::Path,
                    wire_name,
                    ..
                } => !op.path.contains(&format!("{{{wire_name}}}")),
                _ => false,
            })
            .map(|(i, _)| i)
            .collect();
        let responses = responses::plan(op, names.response_enum, names.error_enum, |t| {
            self.rust_type(t)
        });
        let paging = paging::plan(self, op, &members, responses.single_json.as_ref());
        let body_model = body_model(op);
        let body_fields = (body_model.as_deref())
            .and_then(|n| self.types.get(n))
            .map(|t| match &t.kind {
                TypeKind::Struct(s) => s.fields.iter().map(|f| f.name.clone()).collect(),
                _ => Vec::new(),
            })
            .unwrap_or_default();
        let success_model = match &responses.single_json {
            Some(TypeRef::Named(n)) => Some(n.clone()),
            _ => None,
        };
        let mut plan = OperationPlan {
            id: op.id.clone(),
            http_method,
            spec_method: op.method.clone(),
            path: op.path.clone(),
            method_ident: keyword_safe_ident(&names.method).to_string(),
            builder_doc: docs::builder_doc(op, &names.api_struct, &names.method),
            method: names.method,
            builder: names.builder,
            doc: docs::operation_doc(op, &members),
            steps: self.request_steps(op, &members, responses.accept),
            members,
            path_parts,
            unused_path_members,
            retry_safe,
            success: responses.success,
            errors: responses.errors,
            paging,
            deprecated: op.deprecated,
            experimental: op.experimental.is_some(),
            body_model,
            body_fields,
            success_model,
            mock: MockPlan::default(),
        };
        plan.mock = mock::plan(op, &plan, &self.types, |t| self.rust_type(t));
        Ok(plan)
    }

    /// The parameters in spec order, then the body.
    fn members(&self, op: &Operation) -> Vec<MemberPlan> {
        let mut used = BTreeSet::new();
        let mut members = Vec::new();
        for (index, p) in op.parameters.iter().enumerate() {
            let name = unique(&mut used, &unraw(&field_ident(&p.name)), |n| {
                RESERVED_BUILDER.contains(&n)
            });
            let (example, example_literal) = match p.required {
                true => (Some(docs::example_json(p)), docs::string_literal(p)),
                false => (None, None),
            };
            members.push(MemberPlan {
                ident: keyword_safe_ident(&name).to_string(),
                name,
                source: MemberSource::Parameter {
                    index,
                    wire_name: p.name.clone(),
                    location: p.location,
                },
                required: p.required,
                deprecated: p.deprecated,
                rust_type: self.rust_type(&p.ty),
                into_string: self.takes_into_string(p),
                doc: doc_markdown(&docs::param_doc(p)),
                example,
                example_literal,
            });
        }
        let Some(rb) = op.request_body.as_ref().filter(|rb| !rb.content.is_empty()) else {
            return members;
        };
        let media = media::pick_request(&rb.content);
        let kind = body_kind(media);
        let name = unique(&mut used, "body", |n| RESERVED_BUILDER.contains(&n));
        let describe = (rb.description.clone())
            .unwrap_or_else(|| format!("The request body (`{}`).", media.content_type));
        members.push(MemberPlan {
            ident: keyword_safe_ident(&name).to_string(),
            name,
            source: MemberSource::Body(BodyPlan {
                content_type: media.content_type.clone(),
                kind,
            }),
            required: rb.required,
            deprecated: false,
            rust_type: self.body_rust_type(kind, media.schema.as_ref()),
            into_string: kind == BodyKind::Text,
            doc: doc_markdown(&describe),
            example: None,
            example_literal: None,
        });
        members
    }

    /// A type as Rust source, with named types as `models::Name`.
    fn rust_type(&self, ty: &TypeRef) -> String {
        type_tokens(ty, &self.ctx).to_string()
    }

    fn body_rust_type(&self, kind: BodyKind, schema: Option<&TypeRef>) -> String {
        match (kind, schema) {
            (BodyKind::Text, _) => "String".into(),
            (BodyKind::Bytes, _) => "runtime :: bytes :: Bytes".into(),
            (_, Some(t)) => self.rust_type(t),
            (_, None) => "runtime :: serde_json :: Value".into(),
        }
    }

    /// Follows aliases to the type they stand for.
    fn resolve<'t>(&'t self, ty: &'t TypeRef) -> &'t TypeRef {
        let mut ty = ty;
        for _ in 0..32 {
            match ty {
                TypeRef::Named(n) => match self.types.get(n.as_str()).map(|t| &t.kind) {
                    Some(TypeKind::Alias(inner)) => ty = inner,
                    _ => return ty,
                },
                _ => return ty,
            }
        }
        ty
    }

    /// A plain string parameter spelled `String` (no type replacement): its argument and setter
    /// take `impl Into<String>`.
    fn takes_into_string(&self, p: &Parameter) -> bool {
        p.ty == TypeRef::Primitive(Primitive::String) && self.rust_type(&p.ty) == "String"
    }
}

/// The schema of the body as sent.
fn body_schema(op: &Operation) -> Option<&TypeRef> {
    let rb = op
        .request_body
        .as_ref()
        .filter(|rb| !rb.content.is_empty())?;
    media::pick_request(&rb.content).schema.as_ref()
}

/// The named models type of the body as sent.
fn body_model(op: &Operation) -> Option<String> {
    match body_schema(op) {
        Some(TypeRef::Named(n)) => Some(n.clone()),
        _ => None,
    }
}

fn body_kind(m: &MediaType) -> BodyKind {
    let ct = m.content_type.to_ascii_lowercase();
    if ct == media::MULTIPART {
        BodyKind::Multipart
    } else if ct == media::FORM {
        BodyKind::Form
    } else if m.schema.as_ref().is_some_and(is_binary) {
        BodyKind::Bytes
    } else if media::carries_json(&ct) {
        BodyKind::Json
    } else if ct.starts_with("text/") {
        BodyKind::Text
    } else {
        BodyKind::Bytes
    }
}

/// A binary value (`format: binary`), maybe nullable.
fn is_binary(t: &TypeRef) -> bool {
    match t {
        TypeRef::Primitive(Primitive::Binary) => true,
        TypeRef::Nullable(inner) => is_binary(inner),
        _ => false,
    }
}

/// The version path of the API (`/v2025`): the path part of the first server URL, with server
/// variables replaced by their defaults.
pub fn base_path(api: &Api) -> String {
    let Some(server) = api.servers.first() else {
        return String::new();
    };
    let mut url = server.url.clone();
    for (name, var) in &server.variables {
        url = url.replace(&format!("{{{name}}}"), &var.default);
    }
    let path = match url.find("://") {
        Some(i) => {
            let rest = &url[i + 3..];
            rest.find('/').map(|j| &rest[j..]).unwrap_or("")
        }
        None if url.starts_with('/') => url.as_str(),
        None => "",
    };
    path.trim_end_matches('/').to_string()
}

//! Client crate renderer: one async method per operation, grouped in a module per tag.
//!
//! For a version, [`render_client`] writes `Cargo.toml`, `README.md` (also the crate docs),
//! `src/lib.rs` (the `Client` entry point with one accessor per tag), `src/apis/mod.rs`
//! and `src/apis/<tag>.rs`, plus the examples under `templates/client/examples/` whose templates
//! render to something for this spec.
//!
//! Shape of the generated code, for an operation `listAccounts` tagged `Accounts`:
//!
//! ```text
//! client.accounts()                       // apis::accounts::AccountsApi (feature "accounts")
//!     .list_accounts()                    // required parameters and body are arguments
//!     .limit(50).filters("...")           // optional ones are builder methods
//!     .send().await?                      // typed success value, or runtime::Error
//! ```
//!
//! Builders also have `send_with_response` (status and headers kept), `send_raw` (an unread
//! response, e.g. to stream a download), and, for `limit`/`offset` lists, `stream` (every item,
//! pages fetched lazily); a search body with `searchAfter` gets `search_after_stream`.
//!
//! A builder's own impl holds what differs between operations: the setters, `request` (the HTTP
//! request), `decode` (the successful answer) and `decode_error` (an error status). The three
//! `send*` methods are the same for every operation and come from the runtime's
//! `send_methods!`, so the generator neither writes nor formats them ~800 times a version.
//!
//! Every item is built with `quote!` and formatted with prettyplease; the crate-level files come
//! from `templates/client/` and `templates/workspace/`, the runtime crate from
//! `templates/runtime/`.

use std::collections::{BTreeMap, BTreeSet};

use anyhow::{bail, Context, Result};
use proc_macro2::{Ident, Literal, TokenStream};
use quote::{format_ident, quote};
use serde::Serialize;

use super::docs::doc_markdown;
use super::media;
use super::rust::{type_tokens, TypeCtx};
use super::{format_file, Files, Templates};
use crate::config::{Config, CrateMetadata, VersionConfig};
use crate::ir::{
    Api, MediaType, Operation, ParamLocation, Parameter, Primitive, Response, TypeDef, TypeKind,
    TypeRef,
};
use crate::naming::{
    crate_ident, field_ident, is_keyword, keyword_safe_ident as ident, snake_or as snake,
    unique_name as unique, unraw, upper_camel_or as camel,
};

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

/// Methods of the generated `Client` that tag accessors must not take.
const RESERVED_CLIENT: &[&str] = &[
    "new",
    "from_env",
    "from_configuration",
    "runtime",
    "clone",
    "fmt",
];

// ---------------------------------------------------------------------------------------------
// Entry points
// ---------------------------------------------------------------------------------------------

/// Renders `src/apis/<tag>.rs` for each of the `count` tag groups, on every core (they are
/// most of the crate: building and formatting their token trees). Identifiers and token trees
/// cannot cross threads, so each worker builds its own plan (the same on every worker, as the
/// plan depends on nothing but its inputs) and takes the next group until
/// none is left; a worker stops at its first failure. The error returned is that of the first
/// failing group in plan order, whichever worker met it: every group before it was taken, so it
/// was rendered.
fn render_tag_modules(
    api: &Api,
    cfg: &VersionConfig,
    runtime_crate: &str,
    count: usize,
) -> Result<Vec<(String, String)>> {
    use rayon::prelude::*;
    use std::sync::atomic::{AtomicUsize, Ordering};
    let next = AtomicUsize::new(0);
    let workers = rayon::current_num_threads().clamp(1, count.max(1));
    let mut done: Vec<(usize, Result<(String, String)>)> = (0..workers)
        .into_par_iter()
        .flat_map_iter(|_| {
            let mut out = Vec::new();
            let plan = match Plan::new(api, cfg, runtime_crate) {
                Ok(plan) => plan,
                Err(e) => {
                    out.push((0, Err(e)));
                    return out;
                }
            };
            loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(group) = plan.groups.get(i) else {
                    break;
                };
                let file = render_group(&plan, group)
                    .with_context(|| format!("tag {:?}", group.tag))
                    .and_then(|tokens| {
                        format_file(tokens)
                            .with_context(|| format!("formatting tag {:?}", group.tag))
                    })
                    .map(|text| (format!("src/apis/{}.rs", group.module), text));
                let failed = file.is_err();
                out.push((i, file));
                if failed {
                    break;
                }
            }
            out
        })
        .collect();
    done.sort_by_key(|(i, _)| *i);
    done.into_iter().map(|(_, file)| file).collect()
}

/// Renders the client crate of one version; paths are relative to the crate directory.
pub fn render_client(
    api: &Api,
    cfg: &VersionConfig,
    runtime_crate: &str,
    meta: &CrateMetadata,
    templates: &Templates,
) -> Result<Files> {
    let plan = Plan::new(api, cfg, runtime_crate)?;
    let mut files: Files = render_tag_modules(api, cfg, runtime_crate, plan.groups.len())?
        .into_iter()
        .collect();
    files.insert(
        "src/apis/mod.rs".into(),
        format_file(render_apis_mod(&plan)).context("formatting src/apis/mod.rs")?,
    );
    files.insert(
        "src/lib.rs".into(),
        format_file(render_lib(&plan)).context("formatting src/lib.rs")?,
    );

    // Templates: Cargo.toml, README.md, examples. An example whose template renders to nothing
    // (the spec lacks what it shows) is left out; its first `// required-features:` line names
    // the features it needs.
    let mut ctx = plan.context(api, cfg, runtime_crate, meta);
    let mut rendered = Files::new();
    templates.render_group("client", "", &ctx, &mut rendered)?;
    let mut examples = Vec::new();
    for (path, text) in &rendered {
        if let Some(name) = path
            .strip_prefix("examples/")
            .and_then(|p| p.strip_suffix(".rs"))
        {
            if text.trim().is_empty() {
                continue;
            }
            let features = text
                .lines()
                .find_map(|l| l.trim().strip_prefix("// required-features:"))
                .map(|f| {
                    f.split(',')
                        .map(|s| s.trim().to_string())
                        .filter(|s| !s.is_empty())
                        .collect()
                })
                .unwrap_or_default();
            examples.push(ExampleCtx {
                name: name.to_string(),
                features,
            });
        }
    }
    ctx.examples = examples;
    let mut final_files = Files::new();
    templates.render_group("client", "", &ctx, &mut final_files)?;
    for (path, text) in final_files {
        if path.starts_with("examples/") && text.trim().is_empty() {
            continue;
        }
        files.insert(path, text);
    }
    for required in ["Cargo.toml", "README.md"] {
        if !files.contains_key(required) {
            bail!("templates/client/{required}.jinja is missing");
        }
    }
    Ok(files)
}

/// How one operation is called through a generated client crate, exactly as [`render_client`]
/// names and types it: for tools that drive every operation (`cargo xtask conformance`), so
/// that they never re-derive the renderer's choices.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallSurface {
    /// The operation's id in the IR.
    pub operation: String,
    /// The `Client` accessor of its tag (`access_requests`) and the cargo feature enabling it.
    pub accessor: String,
    pub feature: String,
    /// The method on the tag's API struct.
    pub method: String,
    /// Constructor arguments in order (required parameters, then a required body).
    pub args: Vec<CallArg>,
    /// Builder setters (optional parameters, an optional body).
    pub setters: Vec<CallArg>,
}

/// One value passed to a generated operation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallArg {
    /// The argument or setter name, as Rust source (may be a raw identifier).
    pub ident: String,
    /// An owned Rust type the argument accepts, with paths relative to the client crate root
    /// (`models::X`, `runtime::bytes::Bytes`, `String` for `impl Into<String>`).
    pub rust_type: String,
    pub source: ArgSource,
}

/// Where a [`CallArg`]'s value goes on the wire.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ArgSource {
    /// `Operation::parameters[index]`.
    Parameter { index: usize },
    /// The request body, sent as `content_type`.
    Body {
        content_type: String,
        kind: BodyKind,
    },
}

/// Every operation's [`CallSurface`], in the order the client renders them.
pub fn call_surfaces(
    api: &Api,
    cfg: &VersionConfig,
    runtime_crate: &str,
) -> Result<Vec<CallSurface>> {
    let plan = Plan::new(api, cfg, runtime_crate)?;
    let mut out = Vec::new();
    for g in &plan.groups {
        for o in &g.ops {
            let mut args = Vec::new();
            let mut setters = Vec::new();
            for pp in &o.params {
                let p = pp.p;
                let is_string = plan.takes_into_string(p);
                let arg = CallArg {
                    ident: ident(&pp.ident).to_string(),
                    rust_type: if is_string {
                        "String".into()
                    } else {
                        plan.ty(&p.ty).to_string()
                    },
                    source: ArgSource::Parameter {
                        index: o
                            .op
                            .parameters
                            .iter()
                            .position(|q| std::ptr::eq(q, p))
                            .context("a planned parameter is not the operation's")?,
                    },
                };
                if p.required {
                    args.push(arg)
                } else {
                    setters.push(arg)
                }
            }
            if let Some(b) = &o.body {
                let arg = CallArg {
                    ident: ident(&b.ident).to_string(),
                    rust_type: b.ty.to_string(),
                    source: ArgSource::Body {
                        content_type: b.media.content_type.clone(),
                        kind: b.kind,
                    },
                };
                if b.required {
                    args.push(arg)
                } else {
                    setters.push(arg)
                }
            }
            out.push(CallSurface {
                operation: o.op.id.clone(),
                accessor: ident(&g.accessor).to_string(),
                feature: g.feature.clone(),
                method: ident(&o.method).to_string(),
                args,
                setters,
            });
        }
    }
    Ok(out)
}

/// Renders the root of the generated workspace: `Cargo.toml`, `README.md` and the runtime crate
/// under `runtime/`.
pub fn render_workspace(
    config: &Config,
    versions: &[&VersionConfig],
    templates: &Templates,
) -> Result<Files> {
    let ctx = WorkspaceCtx {
        runtime_crate: config.runtime_crate.clone(),
        runtime_ident: config.runtime_crate.replace('-', "_"),
        meta: config.crate_metadata.clone(),
        versions: versions
            .iter()
            .map(|v| VersionCtx {
                name: v.name.clone(),
                models_crate: v.models_crate.clone(),
                client_crate: v.client_crate.clone(),
                crate_version: v.crate_version.clone(),
            })
            .collect(),
    };
    let mut files = Files::new();
    templates.render_group("workspace", "", &ctx, &mut files)?;
    templates.render_group("runtime", "runtime", &ctx, &mut files)?;
    for required in ["Cargo.toml", "runtime/Cargo.toml", "runtime/src/lib.rs"] {
        if !files.contains_key(required) {
            bail!("the workspace templates do not produce {required}");
        }
    }
    Ok(files)
}

// ---------------------------------------------------------------------------------------------
// Template contexts
// ---------------------------------------------------------------------------------------------

#[derive(Serialize)]
struct WorkspaceCtx {
    runtime_crate: String,
    runtime_ident: String,
    meta: CrateMetadata,
    versions: Vec<VersionCtx>,
}

#[derive(Serialize)]
struct VersionCtx {
    name: String,
    models_crate: String,
    client_crate: String,
    crate_version: String,
}

#[derive(Serialize)]
struct ClientCtx {
    version: String,
    title: String,
    api_version: String,
    base_path: String,
    client_crate: String,
    client_ident: String,
    models_crate: String,
    models_ident: String,
    runtime_crate: String,
    runtime_ident: String,
    crate_version: String,
    meta: CrateMetadata,
    operation_count: usize,
    tags: Vec<TagCtx>,
    /// By operation id: what an example needs to call it.
    ops: BTreeMap<String, OpCtx>,
    /// A GET operation without required parameters, for the quick start.
    quick_start: Option<OpCtx>,
    /// Filled by the second rendering pass.
    examples: Vec<ExampleCtx>,
}

#[derive(Serialize)]
struct TagCtx {
    name: String,
    module: String,
    feature: String,
    accessor: String,
    operations: usize,
}

#[derive(Serialize, Clone)]
struct OpCtx {
    id: String,
    accessor: String,
    method: String,
    feature: String,
    /// Rust names of the required arguments (parameters, then `body`).
    required_args: Vec<String>,
    /// The body is a required argument.
    body_required: bool,
    /// The body's models type, when it is a named type.
    body_type: Option<String>,
    /// Wire names of the body type's fields (empty unless a struct).
    body_fields: Vec<String>,
    /// Has a `limit`/`offset` stream.
    paginated: bool,
    /// Optional parameters: wire name -> builder method.
    optional_args: BTreeMap<String, String>,
    /// Required parameters in argument order, each with a JSON value to pass (the spec's
    /// example, else its default, else a placeholder of the right JSON kind).
    required_params: Vec<ArgCtx>,
    /// The models type of the JSON success body, when there is exactly one and it is named.
    success_type: Option<String>,
    /// The operation is deprecated (an example calling it allows the lint).
    deprecated: bool,
}

#[derive(Serialize, Clone)]
struct ArgCtx {
    wire: String,
    ident: String,
    /// JSON text.
    example: String,
    /// The example as a Rust string literal, for string arguments (`impl Into<String>`).
    literal: Option<String>,
}

#[derive(Serialize)]
struct ExampleCtx {
    name: String,
    features: Vec<String>,
}

// ---------------------------------------------------------------------------------------------
// Plan: names decided once for the whole crate
// ---------------------------------------------------------------------------------------------

struct Plan<'a> {
    types: BTreeMap<&'a str, &'a TypeDef>,
    /// Type mapping shared with the models renderer; named types are `models::Name`.
    ctx: TypeCtx<'a>,
    base_path: String,
    models_ident: Ident,
    runtime_ident: Ident,
    groups: Vec<Group<'a>>,
}

struct Group<'a> {
    tag: String,
    description: Option<String>,
    module: String,
    feature: String,
    accessor: String,
    api_struct: Ident,
    ops: Vec<OpPlan<'a>>,
}

struct OpPlan<'a> {
    op: &'a Operation,
    method: String,
    builder: Ident,
    response_enum: Ident,
    params: Vec<ParamPlan<'a>>,
    body: Option<BodyPlan>,
    /// Named by the version's `retry_safe_operations`: sent again after a transport error.
    retry_safe: bool,
}

struct ParamPlan<'a> {
    p: &'a Parameter,
    ident: String,
}

struct BodyPlan {
    ident: String,
    required: bool,
    media: MediaType,
    kind: BodyKind,
    /// Rust type of the argument/field.
    ty: TokenStream,
    /// Wire names, Rust field names and `Option` depth of binary fields (multipart).
    binary_fields: Vec<(String, String, u8)>,
}

/// How the client encodes a request body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyKind {
    Json,
    Multipart,
    Form,
    Text,
    Bytes,
}

impl<'a> Plan<'a> {
    fn new(api: &'a Api, cfg: &VersionConfig, runtime_crate: &str) -> Result<Plan<'a>> {
        let types: BTreeMap<&str, &TypeDef> =
            api.types.iter().map(|t| (t.name.as_str(), t)).collect();
        let ctx = TypeCtx::new(api, "models")?;
        let base_path = base_path(api);
        let models_ident = crate_ident(&cfg.models_crate)?;
        let runtime_ident = crate_ident(runtime_crate)?;

        // Group by first tag, in the order the API declares its tags.
        let mut by_tag: BTreeMap<String, Vec<&Operation>> = BTreeMap::new();
        for op in &api.operations {
            let tag = op.tags.first().cloned().unwrap_or_else(|| "default".into());
            by_tag.entry(tag).or_default().push(op);
        }
        let mut order: Vec<String> = api
            .tags
            .iter()
            .map(|t| t.name.clone())
            .filter(|t| by_tag.contains_key(t))
            .collect();
        for t in by_tag.keys() {
            if !order.contains(t) {
                order.push(t.clone());
            }
        }

        let mut modules = BTreeSet::new();
        let mut groups = Vec::new();
        for tag in order {
            let ops = by_tag.remove(&tag).unwrap_or_default();
            // Module names double as file names and feature names: never raw identifiers.
            let module = unique(&mut modules, &snake(&tag, "tag"), |m| {
                RESERVED_CLIENT.contains(&m)
                    || is_keyword(m)
                    || m == "apis"
                    || m == "models"
                    || m == "runtime"
            });
            let feature = if module == "default" {
                "default-tag".to_string()
            } else {
                module.clone()
            };
            let description = api
                .tags
                .iter()
                .find(|t| t.name == tag)
                .and_then(|t| t.description.clone());
            let mut items = BTreeSet::new();
            let api_struct = unique(&mut items, &format!("{}Api", camel(&tag, "Tag")), |_| false);
            let mut methods = BTreeSet::new();
            let mut op_plans = Vec::new();
            for op in ops {
                let mut plan = OpPlan::new(op, &types, &ctx, &mut items, &mut methods)
                    .with_context(|| format!("operation {}", op.id))?;
                plan.retry_safe = cfg.is_retry_safe(&op.id);
                op_plans.push(plan);
            }
            groups.push(Group {
                tag: tag.clone(),
                description,
                accessor: module.clone(),
                feature,
                api_struct: format_ident!("{}", api_struct),
                module,
                ops: op_plans,
            });
        }
        Ok(Plan {
            types,
            ctx,
            base_path,
            models_ident,
            runtime_ident,
            groups,
        })
    }

    fn context(
        &self,
        api: &Api,
        cfg: &VersionConfig,
        runtime_crate: &str,
        meta: &CrateMetadata,
    ) -> ClientCtx {
        let mut ops = BTreeMap::new();
        let mut quick_start: Option<OpCtx> = None;
        for g in &self.groups {
            for o in &g.ops {
                let body_type = o.body.as_ref().and_then(|b| match b.media.schema.as_ref() {
                    Some(TypeRef::Named(n)) => Some(n.clone()),
                    _ => None,
                });
                let body_fields = body_type
                    .as_deref()
                    .and_then(|n| self.types.get(n))
                    .map(|t| match &t.kind {
                        TypeKind::Struct(s) => s.fields.iter().map(|f| f.name.clone()).collect(),
                        _ => Vec::new(),
                    })
                    .unwrap_or_default();
                let mut required_args: Vec<String> = o
                    .params
                    .iter()
                    .filter(|p| p.p.required)
                    .map(|p| p.ident.clone())
                    .collect();
                if let Some(b) = o.body.as_ref().filter(|b| b.required) {
                    required_args.push(b.ident.clone());
                }
                let optional_args = o
                    .params
                    .iter()
                    .filter(|p| !p.p.required)
                    .map(|p| (p.p.name.clone(), p.ident.clone()))
                    .collect();
                let required_params = o
                    .params
                    .iter()
                    .filter(|p| p.p.required)
                    .map(|p| ArgCtx {
                        wire: p.p.name.clone(),
                        ident: p.ident.clone(),
                        example: example_json(p.p),
                        literal: string_literal(p.p),
                    })
                    .collect();
                let success_type = match success_kinds(o.op).as_slice() {
                    [(_, SuccessKind::Json(Some(TypeRef::Named(n))))] => Some(n.clone()),
                    _ => None,
                };
                let ctx = OpCtx {
                    deprecated: o.op.deprecated,
                    optional_args,
                    required_params,
                    success_type,
                    id: o.op.id.clone(),
                    accessor: g.accessor.clone(),
                    method: o.method.clone(),
                    feature: g.feature.clone(),
                    body_required: o.body.as_ref().is_some_and(|b| b.required),
                    required_args,
                    body_type,
                    body_fields,
                    paginated: self.pagination(o).is_some(),
                };
                let candidate = o.op.method == "get"
                    && ctx.required_args.is_empty()
                    && !o.op.deprecated
                    && o.op.experimental.is_none();
                let better = match &quick_start {
                    None => true,
                    Some(q) => ctx.paginated && !q.paginated,
                };
                if candidate && better {
                    quick_start = Some(ctx.clone());
                }
                ops.insert(o.op.id.clone(), ctx);
            }
        }
        ClientCtx {
            version: cfg.name.clone(),
            title: api.title.clone(),
            api_version: api.version.clone(),
            base_path: self.base_path.clone(),
            client_crate: cfg.client_crate.clone(),
            client_ident: cfg.client_crate.replace('-', "_"),
            models_crate: cfg.models_crate.clone(),
            models_ident: self.models_ident.to_string(),
            runtime_crate: runtime_crate.to_string(),
            runtime_ident: runtime_crate.replace('-', "_"),
            crate_version: cfg.crate_version.clone(),
            meta: meta.clone(),
            operation_count: api.operations.len(),
            tags: self
                .groups
                .iter()
                .map(|g| TagCtx {
                    name: g.tag.clone(),
                    module: g.module.clone(),
                    feature: g.feature.clone(),
                    accessor: g.accessor.clone(),
                    operations: g.ops.len(),
                })
                .collect(),
            ops,
            quick_start,
            examples: Vec::new(),
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

    /// `limit`/`offset` paging: (limit param, offset param, item type) when the operation has
    /// both as optional integer query parameters and its success value is a JSON array.
    #[allow(clippy::type_complexity)]
    fn pagination<'o, 'x>(
        &self,
        o: &'o OpPlan<'x>,
    ) -> Option<(&'o ParamPlan<'x>, &'o ParamPlan<'x>, TypeRef)> {
        let limit = self.paging_param(o, "limit")?;
        let offset = self.paging_param(o, "offset")?;
        let item = self.array_item(o)?;
        Some((limit, offset, item))
    }

    /// The optional integer query parameter `name` (`limit`, `offset`) of a paged operation.
    fn paging_param<'o, 'x>(&self, o: &'o OpPlan<'x>, name: &str) -> Option<&'o ParamPlan<'x>> {
        o.params.iter().find(|p| {
            p.p.name == name
                && p.p.location == ParamLocation::Query
                && !p.p.required
                && matches!(self.resolve(&p.p.ty), TypeRef::Primitive(prim) if is_integer(*prim))
        })
    }

    /// The item type of a single JSON-array success value.
    fn array_item(&self, o: &OpPlan<'_>) -> Option<TypeRef> {
        let success = success_kinds(o.op);
        let [(_, SuccessKind::Json(Some(ty)))] = success.as_slice() else {
            return None;
        };
        match self.resolve(ty) {
            TypeRef::Array(item) => Some((**item).clone()),
            _ => None,
        }
    }

    /// Search-after paging: the JSON body is a struct with `searchAfter` and `sort` fields, the
    /// success value is a JSON array, and there is an optional integer `limit` query parameter.
    fn search_after<'o, 'x>(&self, o: &'o OpPlan<'x>) -> Option<(&'o ParamPlan<'x>, TypeRef)> {
        let body = o.body.as_ref()?;
        if body.kind != BodyKind::Json {
            return None;
        }
        let TypeRef::Named(n) = body.media.schema.as_ref()? else {
            return None;
        };
        let TypeKind::Struct(s) = &self.types.get(n.as_str())?.kind else {
            return None;
        };
        let has = |f: &str| s.fields.iter().any(|x| x.name == f);
        if !has("searchAfter") || !has("sort") {
            return None;
        }
        let limit = self.paging_param(o, "limit")?;
        Some((limit, self.array_item(o)?))
    }

    fn ty(&self, t: &TypeRef) -> TokenStream {
        type_tokens(t, &self.ctx)
    }

    /// A plain string parameter: its argument and setter take `impl Into<String>`.
    fn takes_into_string(&self, p: &Parameter) -> bool {
        matches!(self.resolve(&p.ty), TypeRef::Primitive(Primitive::String))
            && matches!(p.ty, TypeRef::Primitive(_))
    }
}

impl<'a> OpPlan<'a> {
    fn new(
        op: &'a Operation,
        types: &BTreeMap<&str, &TypeDef>,
        ctx: &TypeCtx<'_>,
        items: &mut BTreeSet<String>,
        methods: &mut BTreeSet<String>,
    ) -> Result<OpPlan<'a>> {
        let method = unique(methods, &snake(&op.id, "operation"), |m| {
            m == "new" || m == "clone" || m == "fmt"
        });
        let camel_id = camel(&op.id, "Operation");
        let builder = unique(items, &camel_id, |_| false);
        let response_enum = unique(items, &format!("{camel_id}Response"), |_| false);

        let mut used = BTreeSet::new();
        let mut params = Vec::new();
        for p in &op.parameters {
            let ident = unique(&mut used, &unraw(&field_ident(&p.name)), |n| {
                RESERVED_BUILDER.contains(&n)
            });
            params.push(ParamPlan { p, ident });
        }
        let body = match &op.request_body {
            Some(rb) if !rb.content.is_empty() => {
                let media = media::pick_request(&rb.content).clone();
                let kind = body_kind(&media);
                let ident = unique(&mut used, "body", |n| RESERVED_BUILDER.contains(&n));
                let ty = body_rust_type(kind, media.schema.as_ref(), ctx);
                let mut binary_fields = Vec::new();
                if kind == BodyKind::Multipart {
                    if let Some(TypeRef::Named(n)) = &media.schema {
                        if let Some(TypeKind::Struct(s)) = types.get(n.as_str()).map(|t| &t.kind) {
                            binary_fields = multipart_binary_fields(s);
                        }
                    }
                }
                Some(BodyPlan {
                    ident,
                    required: rb.required,
                    media,
                    kind,
                    ty,
                    binary_fields,
                })
            }
            _ => None,
        };
        Ok(OpPlan {
            op,
            method,
            builder: format_ident!("{}", builder),
            response_enum: format_ident!("{}", response_enum),
            params,
            body,
            retry_safe: false,
        })
    }
}

// ---------------------------------------------------------------------------------------------
// lib.rs and apis/mod.rs
// ---------------------------------------------------------------------------------------------

fn render_lib(plan: &Plan<'_>) -> TokenStream {
    let models = &plan.models_ident;
    let runtime_crate = &plan.runtime_ident;
    let base_path = &plan.base_path;
    let accessors = plan.groups.iter().map(|g| {
        let feature = &g.feature;
        let module = ident(&g.module);
        let accessor = ident(&g.accessor);
        let api_struct = &g.api_struct;
        let doc = doc_attrs(&format!(
            "Operations tagged `{}` ({} operation{}).",
            g.tag.replace('`', "'"),
            g.ops.len(),
            if g.ops.len() == 1 { "" } else { "s" }
        ));
        quote! {
            #doc
            #[cfg(feature = #feature)]
            pub fn #accessor(&self) -> apis::#module::#api_struct {
                apis::#module::#api_struct::new(self.clone())
            }
        }
    });
    let title_doc = doc_attrs(&format!(
        "The API client: one accessor per tag. Requests go to `{{base URL}}{}`.",
        plan.base_path
    ));
    quote! {
        #![doc = include_str!("../README.md")]
        #![forbid(unsafe_code)]
        // Operations and models the spec deprecates stay usable from the generated code itself.
        #![allow(deprecated)]
        #![allow(
            clippy::too_many_arguments,
            clippy::large_enum_variant,
            clippy::unit_arg,
            clippy::let_unit_value,
            // Spec descriptions continue list items without indenting them; rustdoc renders
            // them fine.
            clippy::doc_lazy_continuation
        )]

        pub use #models as models;
        pub use #runtime_crate as runtime;

        pub mod apis;

        /// Path of this API version below the tenant's API base URL.
        pub const BASE_PATH: &str = #base_path;

        /// `User-Agent` product token of this crate.
        pub const PRODUCT: &str = concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION"));

        #title_doc
        ///
        /// Cloning is cheap; clones share the runtime client (connections and token).
        #[derive(Debug, Clone)]
        pub struct Client {
            runtime: runtime::Client,
        }

        impl Client {
            /// A client sending through `runtime`, which may also serve other API versions.
            pub fn new(runtime: runtime::Client) -> Self {
                Client { runtime }
            }

            /// A client configured from `SAIL_BASE_URL`, `SAIL_CLIENT_ID` and
            /// `SAIL_CLIENT_SECRET`, or `./config.json` (see
            /// [`runtime::Configuration::from_env`]).
            pub fn from_env() -> runtime::Result<Self> {
                Ok(Client::new(runtime::Client::from_env()?))
            }

            /// A client for an explicit configuration.
            pub fn from_configuration(config: runtime::Configuration) -> runtime::Result<Self> {
                Ok(Client::new(runtime::Client::new(config)?))
            }

            /// The runtime client (configuration, token).
            pub fn runtime(&self) -> &runtime::Client {
                &self.runtime
            }

            #(#accessors)*
        }
    }
}

fn render_apis_mod(plan: &Plan<'_>) -> TokenStream {
    let mods = plan.groups.iter().map(|g| {
        let feature = &g.feature;
        let module = ident(&g.module);
        let doc = doc_attrs(&format!("Operations tagged `{}`.", g.tag.replace('`', "'")));
        quote! {
            #doc
            #[cfg(feature = #feature)]
            pub mod #module;
        }
    });
    quote! {
        //! One module per tag, each behind the cargo feature of the same name.
        #(#mods)*
    }
}

// ---------------------------------------------------------------------------------------------
// One tag module
// ---------------------------------------------------------------------------------------------

fn render_group(plan: &Plan<'_>, g: &Group<'_>) -> Result<TokenStream> {
    let api_struct = &g.api_struct;
    let mut module_doc = format!("Operations tagged `{}`.", g.tag.replace('`', "'"));
    if let Some(d) = g.description.as_deref().filter(|d| !d.trim().is_empty()) {
        module_doc.push_str("\n\n");
        module_doc.push_str(d);
    }
    let module_doc = inner_doc_attrs(&module_doc);
    let struct_doc = doc_attrs(&format!(
        "Operations tagged `{}`; get it with the client's accessor.",
        g.tag.replace('`', "'")
    ));

    let mut methods = Vec::new();
    let mut items = Vec::new();
    for o in &g.ops {
        let (method, item) =
            render_operation(plan, o).with_context(|| format!("operation {}", o.op.id))?;
        methods.push(method);
        items.push(item);
    }
    Ok(quote! {
        #module_doc

        #[allow(unused_imports)]
        use crate::{models, runtime};

        #struct_doc
        #[derive(Debug, Clone)]
        pub struct #api_struct {
            client: crate::Client,
        }

        impl #api_struct {
            pub(crate) fn new(client: crate::Client) -> Self {
                #api_struct { client }
            }

            #(#methods)*
        }

        #(#items)*
    })
}

/// What a successful answer decodes as.
#[derive(Debug, Clone, PartialEq, Eq)]
enum SuccessKind {
    /// No body (`()`).
    Empty,
    /// JSON, with the schema's type (`serde_json::Value` when none).
    Json(Option<TypeRef>),
    /// Text (`String`).
    Text,
    /// Binary (`Bytes`).
    Bytes,
}

/// The documented success responses (2XX; `default` when there is none) and how they decode.
/// A JSON value for a required parameter in the docs examples.
fn example_json(p: &Parameter) -> String {
    let v = p
        .example
        .clone()
        .or_else(|| p.default.clone())
        .unwrap_or_else(|| match &p.ty {
            TypeRef::Primitive(
                Primitive::Integer
                | Primitive::Int32
                | Primitive::Int64
                | Primitive::Number
                | Primitive::Float
                | Primitive::Double,
            ) => serde_json::json!(1),
            TypeRef::Primitive(Primitive::Boolean) => serde_json::json!(true),
            _ => serde_json::json!(format!("<{}>", p.name)),
        });
    v.to_string()
}

/// The example of a plain string parameter as a Rust literal (JSON escapes other than `\u` are
/// Rust escapes too).
fn string_literal(p: &Parameter) -> Option<String> {
    if p.ty != TypeRef::Primitive(Primitive::String) {
        return None;
    }
    let text = example_json(p);
    (text.starts_with('"') && !text.contains("\\u")).then_some(text)
}

fn success_kinds(op: &Operation) -> Vec<(String, SuccessKind)> {
    let mut out: Vec<(String, SuccessKind)> = op
        .responses
        .iter()
        .filter(|r| r.status.starts_with('2'))
        .map(|r| (r.status.clone(), response_kind(r)))
        .collect();
    if out.is_empty() {
        if let Some(d) = op.responses.iter().find(|r| r.status == "default") {
            if !d.content.is_empty() {
                out.push(("default".into(), response_kind(d)));
            }
        }
    }
    out
}

fn response_kind(r: &Response) -> SuccessKind {
    let Some(m) = media::pick_response(&r.content) else {
        return SuccessKind::Empty;
    };
    media_kind(m)
}

fn media_kind(m: &MediaType) -> SuccessKind {
    let ct = m.content_type.to_ascii_lowercase();
    match &m.schema {
        Some(t) if is_binary(t) => SuccessKind::Bytes,
        _ if media::carries_json(&ct) => SuccessKind::Json(m.schema.clone()),
        _ if ct.starts_with("text/") => SuccessKind::Text,
        _ => SuccessKind::Bytes,
    }
}

fn render_operation(plan: &Plan<'_>, o: &OpPlan<'_>) -> Result<(TokenStream, TokenStream)> {
    let op = o.op;
    let builder = &o.builder;
    let method_ident = ident(&o.method);

    // --- success type
    let mut success = success_kinds(op);
    let mut distinct: Vec<SuccessKind> = Vec::new();
    for (_, k) in &success {
        if !distinct.contains(k) {
            distinct.push(k.clone());
        }
    }
    let success_ty_of = |k: &SuccessKind| -> TokenStream {
        match k {
            SuccessKind::Empty => quote!(()),
            SuccessKind::Json(Some(t)) => plan.ty(t),
            SuccessKind::Json(None) => quote!(runtime::serde_json::Value),
            SuccessKind::Text => quote!(String),
            SuccessKind::Bytes => quote!(runtime::bytes::Bytes),
        }
    };
    let decode_of = |k: &SuccessKind| -> TokenStream {
        match k {
            SuccessKind::Empty => quote!(resp.empty().await),
            SuccessKind::Json(_) => quote!(resp.json().await),
            SuccessKind::Text => quote!(resp.text().await),
            SuccessKind::Bytes => quote!(resp.bytes().await),
        }
    };
    let mut extra_items = Vec::new();
    let (success_ty, decode) = if distinct.len() <= 1 {
        let k = distinct.first().cloned().unwrap_or(SuccessKind::Empty);
        (success_ty_of(&k), decode_of(&k))
    } else {
        // Several 2XX with different bodies: an enum, one variant per status.
        let en = &o.response_enum;
        let mut variants = Vec::new();
        let mut arms = Vec::new();
        success.sort_by_key(|(s, _)| status_order(s));
        let mut used = BTreeSet::new();
        let names: Vec<Ident> = success
            .iter()
            .map(|(status, _)| {
                let v = unique(
                    &mut used,
                    &camel(&format!("Status{status}"), "Status"),
                    |_| false,
                );
                format_ident!("{}", v)
            })
            .collect();
        for ((status, k), v) in success.iter().zip(&names) {
            let doc = doc_attrs(&format!("HTTP {status}."));
            let decode = decode_of(k);
            // An unrecognised status (neither a code, `NXX` nor `default`) gets a variant but no
            // arm of its own: the fallback arm covers it.
            let pat = if status == "default" {
                Some(quote!(_))
            } else {
                status_pattern(status)
            };
            if *k == SuccessKind::Empty {
                variants.push(quote!(#doc #v));
                if let Some(pat) = pat {
                    arms.push(quote!(#pat => { #decode?; #en::#v }));
                }
            } else {
                let t = success_ty_of(k);
                variants.push(quote!(#doc #v(#t)));
                if let Some(pat) = pat {
                    arms.push(quote!(#pat => #en::#v(#decode?)));
                }
            }
        }
        // Undocumented 2XX statuses decode like the first documented one.
        let has_catch_all = success.iter().any(|(s, _)| s == "default");
        let first_arm = success
            .first()
            .zip(names.first())
            .map(|((_, k), v)| {
                let decode = decode_of(k);
                if *k == SuccessKind::Empty {
                    quote!(_ => { #decode?; #en::#v })
                } else {
                    quote!(_ => #en::#v(#decode?))
                }
            })
            .unwrap_or_default();
        let catch_all = if has_catch_all { quote!() } else { first_arm };
        let doc = doc_attrs(&format!(
            "The successful answers of [`{}`], by status.",
            builder
        ));
        extra_items.push(quote! {
            #doc
            #[derive(Debug, Clone)]
            pub enum #en {
                #(#variants,)*
            }
        });
        (
            quote!(#en),
            quote! {
                Ok(match resp.status().as_u16() {
                    #(#arms,)*
                    #catch_all
                })
            },
        )
    };

    // --- error decoding
    let mut error_groups: Vec<(TokenStream, Vec<&str>)> = Vec::new();
    let mut default_error = None;
    for r in &op.responses {
        if r.status.starts_with('2')
            || (r.status == "default" && success.iter().any(|(s, _)| s == "default"))
        {
            continue;
        }
        let Some(m) = media::pick_response(&r.content) else {
            continue;
        };
        let SuccessKind::Json(Some(t)) = media_kind(m) else {
            continue;
        };
        let ty = plan.ty(&t);
        if r.status == "default" {
            default_error = Some(ty);
            continue;
        }
        let key = ty.to_string();
        match error_groups.iter_mut().find(|(t, _)| t.to_string() == key) {
            Some((_, statuses)) => statuses.push(&r.status),
            None => error_groups.push((ty, vec![&r.status])),
        }
    }
    let mut exact_arms = Vec::new();
    let mut range_arms = Vec::new();
    for (ty, statuses) in &error_groups {
        let (exact, ranges): (Vec<&str>, Vec<&str>) = statuses
            .iter()
            .copied()
            .partition(|s| s.parse::<u16>().is_ok());
        let exact: Vec<TokenStream> = exact.iter().filter_map(|s| status_pattern(s)).collect();
        if !exact.is_empty() {
            exact_arms.push(quote!(#(#exact)|* => resp.error::<#ty>().await,));
        }
        let ranges: Vec<TokenStream> = ranges.iter().filter_map(|s| status_pattern(s)).collect();
        if !ranges.is_empty() {
            range_arms.push(quote!(#(#ranges)|* => resp.error::<#ty>().await,));
        }
    }
    let default_arm = match &default_error {
        Some(ty) => quote!(_ => resp.error::<#ty>().await,),
        None => quote!(_ => resp.error_untyped().await,),
    };
    let decode_error = if exact_arms.is_empty() && range_arms.is_empty() {
        match default_error {
            Some(ty) => quote!(resp.error::<#ty>().await),
            None => quote!(resp.error_untyped().await),
        }
    } else {
        quote! {
            match resp.status().as_u16() {
                #(#exact_arms)*
                #(#range_arms)*
                #default_arm
            }
        }
    };

    // --- builder fields, constructor arguments, setters
    let mut fields = Vec::new();
    let mut args = Vec::new();
    let mut inits = Vec::new();
    let mut setters = Vec::new();
    let mut arg_docs = Vec::new();
    for pp in &o.params {
        let p = pp.p;
        let id = ident(&pp.ident);
        let ty = plan.ty(&p.ty);
        let is_string = plan.takes_into_string(p);
        let describe = param_doc(p);
        if p.required {
            fields.push(quote!(#id: #ty));
            if is_string {
                args.push(quote!(#id: impl Into<String>));
                inits.push(quote!(#id: #id.into()));
            } else {
                args.push(quote!(#id: #ty));
                inits.push(quote!(#id));
            }
            arg_docs.push(format!(
                "- `{}`: {}",
                pp.ident,
                one_line(&doc_markdown(&describe))
            ));
        } else {
            fields.push(quote!(#id: Option<#ty>));
            inits.push(quote!(#id: None));
            let doc = doc_attrs(&describe);
            let deprecated = p.deprecated.then(|| quote!(#[deprecated]));
            if is_string {
                setters.push(quote! {
                    #doc
                    #deprecated
                    pub fn #id(mut self, value: impl Into<String>) -> Self {
                        self.#id = Some(value.into());
                        self
                    }
                });
            } else {
                setters.push(quote! {
                    #doc
                    #deprecated
                    pub fn #id(mut self, value: #ty) -> Self {
                        self.#id = Some(value);
                        self
                    }
                });
            }
        }
    }
    if let Some(b) = &o.body {
        let id = ident(&b.ident);
        let ty = &b.ty;
        let is_string = b.kind == BodyKind::Text;
        let describe = op
            .request_body
            .as_ref()
            .and_then(|r| r.description.clone())
            .unwrap_or_else(|| format!("The request body (`{}`).", b.media.content_type));
        if b.required {
            fields.push(quote!(#id: #ty));
            if is_string {
                args.push(quote!(#id: impl Into<String>));
                inits.push(quote!(#id: #id.into()));
            } else {
                args.push(quote!(#id: #ty));
                inits.push(quote!(#id));
            }
            arg_docs.push(format!(
                "- `{}`: {}",
                b.ident,
                one_line(&doc_markdown(&describe))
            ));
        } else {
            fields.push(quote!(#id: Option<#ty>));
            inits.push(quote!(#id: None));
            let doc = doc_attrs(&describe);
            let (arg_ty, conv) = if is_string {
                (quote!(impl Into<String>), quote!(value.into()))
            } else {
                (quote!(#ty), quote!(value))
            };
            setters.push(quote! {
                #doc
                pub fn #id(mut self, value: #arg_ty) -> Self {
                    self.#id = Some(#conv);
                    self
                }
            });
        }
    }

    // --- request building
    let http_method = http_method(&op.method)?;
    let path_expr = path_expr(op, &o.params)?;
    // A path parameter the template does not use (the lowering repairs such specs) is still an
    // argument; it is read here so that the builder has no dead field.
    let unused_path: Vec<Ident> = o
        .params
        .iter()
        .filter(|p| {
            p.p.location == ParamLocation::Path && !op.path.contains(&format!("{{{}}}", p.p.name))
        })
        .map(|p| ident(&p.ident))
        .collect();
    let mut steps = Vec::new();
    for pp in &o.params {
        let p = pp.p;
        let id = ident(&pp.ident);
        let name = &p.name;
        let step = match p.location {
            ParamLocation::Path => continue,
            ParamLocation::Query => {
                let style = if p.style.is_empty() {
                    "form"
                } else {
                    p.style.as_str()
                };
                let explode = p.explode;
                quote!(req = req.query(#name, v, #style, #explode)?;)
            }
            ParamLocation::Header => quote!(req = req.header_param(#name, v)?;),
            ParamLocation::Cookie => quote!(req = req.cookie(#name, v)?;),
        };
        if p.required {
            steps.push(quote! { { let v = &self.#id; #step } });
        } else {
            steps.push(quote! { if let Some(v) = &self.#id { #step } });
        }
    }
    if let Some(h) = &op.experimental {
        let (n, v) = (&h.name, &h.value);
        steps.push(quote!(req = req.header(#n, #v)?;));
    }
    let accept = accept_header(op);
    if !accept.is_empty() {
        steps.push(quote!(req = req.accept(#accept)?;));
    }
    // `security: []` (or only anonymous alternatives): no Authorization header.
    if op
        .security
        .as_ref()
        .is_some_and(|s| s.iter().all(|r| r.is_empty()))
    {
        steps.push(quote!(req = req.without_auth();));
    }
    if let Some(b) = &o.body {
        let id = ident(&b.ident);
        let set = body_step(b);
        if b.required {
            steps.push(quote! { { let body = &self.#id; #set } });
        } else {
            steps.push(quote! { if let Some(body) = &self.#id { #set } });
        }
    }

    // --- docs: summary, description, the HTTP line, the arguments
    let mut sections = Vec::new();
    match op.summary.as_deref().filter(|s| !s.trim().is_empty()) {
        Some(s) => sections.push(doc_markdown(s)),
        None => sections.push(format!(
            "`{} {}`",
            op.method.to_uppercase(),
            op.path.replace('`', "'")
        )),
    }
    if let Some(d) = op.description.as_deref().filter(|d| !d.trim().is_empty()) {
        if Some(d.trim()) != op.summary.as_deref().map(str::trim) {
            sections.push(doc_markdown(d));
        }
    }
    let mut http_line = format!(
        "`{} {}` (operation `{}`).",
        op.method.to_uppercase(),
        op.path.replace('`', "'"),
        op.id.replace('`', "'")
    );
    if op.experimental.is_some() {
        http_line.push_str(" Experimental: the client sends the experimental header itself.");
    }
    sections.push(http_line);
    if !arg_docs.is_empty() {
        sections.push(format!("Arguments:\n\n{}", arg_docs.join("\n")));
    }
    let method_doc = doc_attrs_raw(&sections.join("\n\n"));
    let deprecated = op.deprecated.then(|| quote!(#[deprecated]));
    let builder_doc = doc_attrs_raw(&format!(
        "Request builder of [`{}::{}`]: set optional parameters, then `.send().await`.",
        o_api_struct_name(plan, o),
        unraw_str(&o.method)
    ));

    let paging = paging_methods(plan, o);

    let retry_safe = o.retry_safe.then(|| quote!(req = req.retry_safe();));
    let arg_idents: Vec<TokenStream> = inits.clone();
    let method = quote! {
        #method_doc
        #deprecated
        pub fn #method_ident(&self, #(#args),*) -> #builder {
            #builder {
                client: self.client.clone(),
                #(#arg_idents),*
            }
        }
    };
    let item = quote! {
        #builder_doc
        #[derive(Debug, Clone)]
        #[must_use = "a request does nothing until `.send().await`"]
        pub struct #builder {
            client: crate::Client,
            #(#fields),*
        }

        impl #builder {
            #(#setters)*

            fn request(&self) -> runtime::Result<runtime::Request> {
                let path = #path_expr;
                #(let _ = &self.#unused_path;)*
                #[allow(unused_mut)]
                let mut req = runtime::Request::new(#http_method, crate::BASE_PATH, path)
                    .product(crate::PRODUCT);
                #(#steps)*
                #retry_safe
                Ok(req)
            }

            async fn decode(resp: runtime::Response) -> runtime::Result<#success_ty> {
                #decode
            }

            async fn decode_error(resp: runtime::Response) -> runtime::Error {
                #decode_error
            }

            #(#paging)*
        }

        runtime::send_methods!(#builder, #success_ty);

        #(#extra_items)*
    };
    Ok((method, item))
}

fn o_api_struct_name(plan: &Plan<'_>, o: &OpPlan<'_>) -> String {
    plan.groups
        .iter()
        .find(|g| g.ops.iter().any(|x| x.op.id == o.op.id))
        .map(|g| g.api_struct.to_string())
        .unwrap_or_default()
}

fn unraw_str(name: &str) -> &str {
    name.strip_prefix("r#").unwrap_or(name)
}

/// The paging methods of a list or search builder: one `stream()` (search-after paging when the
/// body supports it, else limit/offset) and `stream_at_most(n)` with the caller's item cap.
fn paging_methods(plan: &Plan<'_>, o: &OpPlan<'_>) -> Vec<TokenStream> {
    let offset_paging = plan.pagination(o);
    let search_after = plan.search_after(o).zip(o.body.as_ref());
    let is_search = search_after.is_some();
    let (stream_doc, item_ty, body) = if let Some(((limit, item), b)) = search_after {
        let lim = ident(&limit.ident);
        let body_id = ident(&b.ident);
        let assign = if b.required {
            quote!(page.#body_id = body;)
        } else {
            quote!(page.#body_id = Some(body);)
        };
        // A caller's offset would skip that many results on every page.
        let reset_offset = offset_paging.as_ref().map(|(_, off, _)| {
            let off = ident(&off.ident);
            quote!(page.#off = None;)
        });
        let paging = paging_value(limit.p, &lim, None);
        let body = quote! {
            let paging = #paging;
            let body = runtime::encode::to_value(&self.#body_id).unwrap_or_default();
            runtime::pagination::search_after_stream_with(body, paging, move |body, limit| {
                let mut page = self.clone();
                async move {
                    let body = runtime::serde_json::from_value(body).map_err(|e| {
                        runtime::Error::InvalidRequest(format!("search body: {e}"))
                    })?;
                    #assign
                    #reset_offset
                    page.#lim = Some(runtime::pagination::cast(limit)?);
                    page.send().await
                }
            })
        };
        let doc = "Every result of the search, fetching pages lazily like the official SDKs' \
            search paginator: each page is requested with `searchAfter` set to the sort values of \
            the previous page's last result (sorted by `id` when the search has no sort); \
            `offset` is not sent. The page size (`limit`) is clamped to the documented maximum.";
        (doc, plan.ty(&item), body)
    } else if let Some((limit, offset, item)) = offset_paging {
        let lim = ident(&limit.ident);
        let off = ident(&offset.ident);
        let paging = paging_value(limit.p, &lim, Some(&off));
        let body = quote! {
            let paging = #paging;
            runtime::pagination::offset_stream_with(paging, move |offset, limit| {
                let mut page = self.clone();
                async move {
                    page.#off = Some(runtime::pagination::cast(offset)?);
                    page.#lim = Some(runtime::pagination::cast(limit)?);
                    let r = page.send_with_response().await?;
                    let total = r.total_count();
                    Ok(runtime::Page { items: r.data, total })
                }
            })
        };
        let doc = "Every item of the list, fetching pages lazily (`limit` items per page, clamped \
            to the documented maximum, from `offset`). The stream ends after a short page, at \
            `X-Total-Count` when the request asks for the total, or when the server answers that \
            the offset after a full last page is invalid.";
        (doc, plan.ty(&item), body)
    } else {
        return Vec::new();
    };
    let stream_doc = doc_attrs_raw(stream_doc);
    let mut methods = vec![quote! {
        #stream_doc
        pub fn stream(self) -> runtime::BoxStream<'static, runtime::Result<#item_ty>> {
            self.paged(None)
        }

        /// Like [`Self::stream`], ending after at most `max_items` items (the last page asks
        /// only for what is still wanted); the page size stays `limit`.
        pub fn stream_at_most(
            self,
            max_items: u64,
        ) -> runtime::BoxStream<'static, runtime::Result<#item_ty>> {
            self.paged(Some(max_items))
        }

        fn paged(
            self,
            max_items: Option<u64>,
        ) -> runtime::BoxStream<'static, runtime::Result<#item_ty>> {
            #body
        }
    }];
    if is_search {
        methods.push(quote! {
            /// The name [`Self::stream`] had before it became this search's only paging method.
            #[deprecated(note = "use `stream`, which pages with `searchAfter`")]
            pub fn search_after_stream(
                self,
            ) -> runtime::BoxStream<'static, runtime::Result<#item_ty>> {
                self.stream()
            }
        });
    }
    methods
}

/// The `runtime::pagination::Paging` of a builder: page size from its `limit` (else the
/// parameter's default), clamped to the parameter's `maximum`; start from its `offset`.
fn paging_value(limit: &Parameter, lim: &Ident, offset: Option<&Ident>) -> TokenStream {
    let default = page_default(limit);
    let maximum = match limit.maximum.as_ref().and_then(|v| v.as_u64()) {
        Some(max) => quote!(Some(#max)),
        None => quote!(None),
    };
    let start = offset
        .map(|off| quote!(.start(self.#off.and_then(|v| u64::try_from(v).ok()).unwrap_or(0))));
    quote! {
        runtime::pagination::Paging::new(
            self.#lim.and_then(|v| u64::try_from(v).ok()).unwrap_or(#default),
        )
        #start
        .max_page_size(#maximum)
        .max_items(max_items)
    }
}

fn page_default(limit: &Parameter) -> u64 {
    limit
        .default
        .as_ref()
        .and_then(|v| v.as_u64())
        .filter(|v| *v > 0)
        .unwrap_or(250)
}

fn param_doc(p: &Parameter) -> String {
    let mut s = p
        .description
        .clone()
        .filter(|d| !d.trim().is_empty())
        .unwrap_or_else(|| format!("The `{}` {} parameter.", p.name, p.location.as_str()));
    if let Some(d) = &p.default {
        s.push_str(&format!(
            "\n\nDefault: `{}`.",
            d.to_string().replace('`', "'")
        ));
    }
    if let Some(e) = &p.example {
        let text = e.to_string();
        if text.len() <= 200 && !text.contains('\n') {
            s.push_str(&format!("\n\nExample: `{}`.", text.replace('`', "'")));
        }
    }
    s
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn http_method(m: &str) -> Result<TokenStream> {
    Ok(match m.to_ascii_lowercase().as_str() {
        "get" => quote!(runtime::Method::GET),
        "put" => quote!(runtime::Method::PUT),
        "post" => quote!(runtime::Method::POST),
        "delete" => quote!(runtime::Method::DELETE),
        "patch" => quote!(runtime::Method::PATCH),
        "head" => quote!(runtime::Method::HEAD),
        "options" => quote!(runtime::Method::OPTIONS),
        "trace" => quote!(runtime::Method::TRACE),
        other => bail!("unsupported HTTP method {other:?}"),
    })
}

/// The expression building the encoded path: literal parts and encoded parameters, concatenated.
fn path_expr(op: &Operation, params: &[ParamPlan<'_>]) -> Result<TokenStream> {
    let mut parts = Vec::new();
    let mut rest = op.path.as_str();
    while let Some(open) = rest.find('{') {
        let literal = &rest[..open];
        if !literal.is_empty() {
            parts.push(quote!(#literal));
        }
        let after = &rest[open + 1..];
        let close = after
            .find('}')
            .with_context(|| format!("path {:?} has an unclosed `{{`", op.path))?;
        let name = &after[..close];
        let pp = params
            .iter()
            .find(|p| p.p.location == ParamLocation::Path && p.p.name == name)
            .with_context(|| {
                format!(
                    "path {:?} uses {{{name}}} but no path parameter has that name",
                    op.path
                )
            })?;
        let id = ident(&pp.ident);
        let explode = pp.p.explode;
        let encoded = if pp.p.required {
            quote!(runtime::encode::path_param(&self.#id, #explode)?)
        } else {
            // A path parameter is always required; an optional one is sent when set.
            quote!(match &self.#id { Some(v) => runtime::encode::path_param(v, #explode)?, None => String::new() })
        };
        let prefix = match pp.p.style.as_str() {
            "label" => Some(".".to_string()),
            "matrix" => Some(format!(";{}=", pp.p.name)),
            _ => None,
        };
        if let Some(prefix) = prefix {
            parts.push(quote!(#prefix));
        }
        parts.push(quote!(&#encoded));
        rest = &after[close + 1..];
    }
    if !rest.is_empty() {
        parts.push(quote!(#rest));
    }
    match parts.len() {
        0 => Ok(quote!(String::new())),
        1 if !op.path.contains('{') => Ok(quote!(#(#parts)*.to_string())),
        _ => Ok(quote!([#(#parts),*].concat())),
    }
}

fn body_step(b: &BodyPlan) -> TokenStream {
    let ct = &b.media.content_type;
    match b.kind {
        BodyKind::Json => {
            if media::is_plain_json(ct) {
                quote!(req = req.json(body)?;)
            } else {
                quote!(req = req.json_as(#ct, body)?;)
            }
        }
        BodyKind::Form => quote!(req = req.form(body)?;),
        BodyKind::Text => quote!(req = req.bytes(#ct, body.clone());),
        BodyKind::Bytes => quote!(req = req.bytes(#ct, body.clone());),
        BodyKind::Multipart => {
            let skip: Vec<&str> = b.binary_fields.iter().map(|(w, _, _)| w.as_str()).collect();
            let mut parts = Vec::new();
            for (wire, field, depth) in &b.binary_fields {
                let f = ident(field);
                let part_ct = b
                    .media
                    .encoding
                    .get(wire)
                    .and_then(|c| media::part_content_type(c));
                let ct = match part_ct {
                    Some(c) => quote!(Some(#c)),
                    None => quote!(None),
                };
                parts.push(match depth {
                    0 => quote!(form = form.file(#wire, body.#f.clone(), None, #ct);),
                    1 => quote! {
                        if let Some(v) = &body.#f {
                            form = form.file(#wire, v.clone(), None, #ct);
                        }
                    },
                    _ => quote! {
                        if let Some(Some(v)) = &body.#f {
                            form = form.file(#wire, v.clone(), None, #ct);
                        }
                    },
                });
            }
            quote! {
                #[allow(unused_mut)]
                let mut form = runtime::Multipart::new().fields(body, &[#(#skip),*])?;
                #(#parts)*
                req = req.multipart(form);
            }
        }
    }
}

fn accept_header(op: &Operation) -> String {
    let mut types: Vec<String> = Vec::new();
    for r in &op.responses {
        if !r.status.starts_with('2') {
            continue;
        }
        if let Some(m) = media::pick_response(&r.content) {
            if !types.contains(&m.content_type) {
                types.push(m.content_type.clone());
            }
        }
    }
    if types.is_empty() {
        return String::new();
    }
    if !types.iter().any(|t| t == media::JSON || t == media::ANY) {
        types.push(media::JSON.into());
    }
    types.join(", ")
}

/// Status pattern: `200`, or `400..=499` for `4XX`; `None` for anything else (`default` is
/// handled by the callers).
fn status_pattern(s: &str) -> Option<TokenStream> {
    if let Ok(n) = s.parse::<u16>() {
        let lit = Literal::u16_unsuffixed(n);
        return Some(quote!(#lit));
    }
    let up = s.to_ascii_uppercase();
    if up.len() == 3 && up.ends_with("XX") {
        if let Some(d) = up.chars().next().and_then(|c| c.to_digit(10)) {
            let lo = Literal::u16_unsuffixed((d * 100) as u16);
            let hi = Literal::u16_unsuffixed((d * 100 + 99) as u16);
            return Some(quote!(#lo..=#hi));
        }
    }
    None
}

fn status_order(s: &str) -> (u8, String) {
    if s.parse::<u16>().is_ok() {
        (0, s.to_string())
    } else if s == "default" {
        (2, s.to_string())
    } else {
        (1, s.to_string())
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

fn body_rust_type(kind: BodyKind, schema: Option<&TypeRef>, ctx: &TypeCtx<'_>) -> TokenStream {
    match kind {
        BodyKind::Text => quote!(String),
        BodyKind::Bytes => quote!(runtime::bytes::Bytes),
        BodyKind::Json | BodyKind::Form | BodyKind::Multipart => match schema {
            Some(t) => type_tokens(t, ctx),
            None => quote!(runtime::serde_json::Value),
        },
    }
}

/// The binary fields of a multipart body struct: wire name, Rust field name (chosen exactly as
/// the models renderer chooses it) and how many `Option` layers wrap it (0: required; 1:
/// optional or nullable; 2: optional and nullable).
fn multipart_binary_fields(s: &crate::ir::Struct) -> Vec<(String, String, u8)> {
    super::rust::struct_field_idents(s)
        .fields
        .into_iter()
        .filter(|(f, _)| is_binary(&f.ty))
        .map(|(f, id)| {
            // Wrapped exactly like the models crate wraps the field (a binary value never
            // holds `null` itself).
            let depth = f.option_depth(false);
            (f.name.clone(), unraw(&id), depth)
        })
        .collect()
}

fn is_binary(t: &TypeRef) -> bool {
    match t {
        TypeRef::Primitive(Primitive::Binary) => true,
        TypeRef::Nullable(inner) => is_binary(inner),
        _ => false,
    }
}

fn is_integer(p: Primitive) -> bool {
    matches!(p, Primitive::Integer | Primitive::Int32 | Primitive::Int64)
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

// ---------------------------------------------------------------------------------------------
// Docs
// ---------------------------------------------------------------------------------------------

/// `#[doc = "..."]` lines for a spec text, escaped for rustdoc.
fn doc_attrs(text: &str) -> TokenStream {
    doc_attrs_raw(&doc_markdown(text))
}

fn inner_doc_attrs(text: &str) -> TokenStream {
    let lines = doc_markdown(text);
    let lines = lines.lines().map(|l| format!(" {l}"));
    quote!(#(#![doc = #lines])*)
}

/// `#[doc]` lines for text that is already rustdoc-safe.
fn doc_attrs_raw(text: &str) -> TokenStream {
    let lines = text.lines().map(|l| {
        if l.is_empty() {
            String::new()
        } else {
            format!(" {l}")
        }
    });
    quote!(#(#[doc = #lines])*)
}

//! Lower: from a loaded [`Spec`] to the [`ir::Api`](crate::ir::Api) of one version.
//!
//! - [`schema`]: schemas -> types (structs, enums, unions, aliases), memoized by location;
//! - [`operations`]: paths, bodies, responses, webhooks, with the spec's defects (missing or
//!   duplicate operationIds) repaired and reported;
//! - [`parameters`]: parameters merged (path item, then operation), path-template mismatches
//!   repaired and reported;
//! - [`names`]: the final, unique type names, once every candidate is known.
//!
//! Lowering never fails on a defect in the spec: it reports a [`Diagnostic`] with the recovery
//! it took and goes on. Loading is not its work: [`crate::pipeline::build_api`] loads, lowers
//! and locates.

mod examples;
mod names;
mod openapi31;
mod operations;
mod parameters;
mod recovery;
mod schema;

pub use parameters::parameter_schema;

use rustc_hash::FxHashMap;
use serde_json::Value;

use crate::diag::{Category, Diagnostics, Severity};
use crate::ir::{self, Api, TypeKind};
use crate::load::{scalar_text as value_text, Spec};
use crate::resolve::{Loc, Resolver};

/// What the project configures about lowering (from `specs/sdk.toml`:
/// [`crate::config::Config::lower_options`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LowerOptions {
    /// The name (compared without case) of the required header parameter that marks an
    /// operation as experimental: such a header becomes [`ir::Operation::experimental`] instead
    /// of a parameter. `None`: no operation is experimental.
    pub experimental_header: Option<String>,
}

impl LowerOptions {
    /// Options whose experimental header is `name`.
    pub fn with_experimental_header(name: impl Into<String>) -> Self {
        LowerOptions {
            experimental_header: Some(name.into()),
        }
    }
}

/// Lowers a loaded spec.
pub fn lower(spec: &Spec, name: &str, options: &LowerOptions, diags: &mut Diagnostics) -> Api {
    let mut l = Lowerer {
        options: options.clone(),
        resolver: Resolver::new(spec),
        diags: std::mem::take(diags),
        memo: FxHashMap::default(),
        pending: Vec::new(),
        components: FxHashMap::default(),
        openapi_31: openapi31::is_openapi_31(spec.root_value()),
        value_fallbacks: Vec::new(),
    };
    let api = l.api(name);
    *diags = l.diags;
    api
}

/// How a type wants to be named; [`names`] turns hints into unique names.
#[derive(Debug, Clone)]
pub(crate) struct NameHint {
    /// Key under the root's `components/schemas` that names this schema.
    pub component: Option<String>,
    pub title: Option<String>,
    /// Set when the schema is a whole file.
    pub file_stem: Option<String>,
    /// For a schema written inside a reusable response, parameter or request body: the names
    /// it takes from there, preferred first ([`names::reusable_candidates`]).
    pub reusable: Vec<String>,
    /// For inline schemas: the name is the parent's plus `suffix`.
    pub parent: Parent,
    pub suffix: String,
}

impl NameHint {
    pub fn inline(parent: Parent, suffix: &str) -> NameHint {
        NameHint {
            component: None,
            title: None,
            file_stem: None,
            reusable: Vec::new(),
            parent,
            suffix: suffix.to_string(),
        }
    }
}

/// What an inline schema is named after.
#[derive(Debug, Clone)]
pub(crate) enum Parent {
    /// Another type (by pending id).
    Type(usize),
    /// A fixed prefix: an operation or webhook name in UpperCamelCase.
    Name(String),
    /// A reusable response, parameter or request body (a component, or a file reached by
    /// `$ref`): the schemas written inside it are named after it, not after the operation that
    /// happens to reach it first.
    Reusable(Reusable),
}

/// A reusable object that names the schemas written inside it ([`Parent::Reusable`]).
#[derive(Debug, Clone)]
pub(crate) struct Reusable {
    /// Its name in UpperCamelCase: the component key or file stem, a bare status as the status's
    /// name (`401` -> `Unauthorized`).
    pub name: String,
    /// What it is, appended when the name is taken (`UnauthorizedResponse`).
    pub kind: ReusableKind,
    /// Where it is (after `$ref`s are followed).
    pub at: Loc,
}

/// The kinds of reusable objects that hold schemas.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ReusableKind {
    Response,
    Parameter,
    RequestBody,
}

/// A type being built.
pub(crate) struct Pending {
    pub loc: Loc,
    pub hint: NameHint,
    pub nullable: bool,
    /// Filled in once lowered (a reserved type is `None` while its children are visited).
    pub kind: Option<TypeKind>,
}

pub(crate) struct Lowerer<'s> {
    pub options: LowerOptions,
    pub resolver: Resolver<'s>,
    pub diags: Diagnostics,
    /// Type location -> pending id.
    pub memo: FxHashMap<Loc, usize>,
    pub pending: Vec<Pending>,
    /// Schema location (after refs) -> the root component key naming it (first in spec order).
    pub components: FxHashMap<Loc, String>,
    /// The root is OpenAPI 3.1: JSON Schema 2020-12 keywords are read ([`openapi31`]).
    pub openapi_31: bool,
    /// Schemas with structure read as free-form JSON, and why (see [`ir::Api::value_fallbacks`]).
    pub value_fallbacks: Vec<ir::ValueFallback>,
}

impl<'s> Lowerer<'s> {
    fn api(&mut self, name: &str) -> Api {
        let spec = self.resolver.spec;
        let root = spec.root_value();
        let root_loc = Loc::new(spec.root.clone(), "");
        let info = root.get("info");
        let text = |v: Option<&Value>, k: &str| {
            v.and_then(|v| v.get(k))
                .and_then(Value::as_str)
                .map(str::to_string)
        };

        // Component keys name their targets; collect them before anything is lowered.
        let schemas_at = root_loc.child("components").child("schemas");
        let keys: Vec<String> = match self.resolver.get(&schemas_at) {
            Some(Value::Object(m)) => m.keys().cloned().collect(),
            _ => Vec::new(),
        };
        for key in &keys {
            let at = schemas_at.child(key);
            if let Some((target, _)) = self.resolver.deref(&at, &mut Diagnostics::new()) {
                self.components.entry(target).or_insert_with(|| key.clone());
            }
        }
        for key in &keys {
            let at = schemas_at.child(key);
            self.schema(&at, &Parent::Name(String::new()), key);
        }

        if self.openapi_31 {
            self.check_dialect(&root_loc);
        }
        let operations = self.operations(&root_loc);
        let webhooks = self.webhooks(&root_loc);
        let (types, rename) = names::finish(self);
        let mut api = Api {
            name: name.to_string(),
            title: text(info, "title").unwrap_or_default(),
            version: text(info, "version").unwrap_or_default(),
            description: text(info, "description"),
            servers: servers(root),
            security: operations::security_list(root.get("security")).unwrap_or_default(),
            security_schemes: security_schemes(root),
            tags: Vec::new(),
            types,
            operations,
            webhooks,
            value_fallbacks: Vec::new(),
        };
        self.check_security(&api);
        names::apply(&mut api, &rename);
        api.tags = tags(root, &api.operations);
        api.operations.sort_by(|a, b| a.id.cmp(&b.id));
        api.webhooks.sort_by(|a, b| a.name.cmp(&b.name));
        examples::check(&api, &mut self.diags);
        let mut fallbacks = std::mem::take(&mut self.value_fallbacks);
        fallbacks.sort();
        fallbacks.dedup();
        api.value_fallbacks = fallbacks;
        api
    }
}

impl Lowerer<'_> {
    /// Reports security requirements (the root's and each operation's) that name a scheme the
    /// root does not define: no credential can satisfy them, and a validating server rejects
    /// every call. The client sends its token as for any other requirement.
    fn check_security(&mut self, api: &Api) {
        let root = self.resolver.spec.root.clone();
        let mut at: Vec<(String, String, &ir::SecurityRequirement)> = api
            .security
            .iter()
            .map(|r| (root.clone(), "/security".to_string(), r))
            .collect();
        for op in &api.operations {
            for r in op.security.iter().flatten() {
                at.push((
                    op.origin.file.clone(),
                    format!("{}/security", op.origin.pointer),
                    r,
                ));
            }
        }
        for (file, pointer, req) in at {
            for name in req.keys() {
                if !api.security_schemes.contains_key(name) {
                    self.diags.report(
                        Severity::Warning,
                        Category::UndefinedSecurityScheme,
                        file.clone(),
                        pointer.clone(),
                        format!(
                            "security scheme {name:?} is not defined in components.securitySchemes"
                        ),
                        Some("the client sends its access token as for any other scheme".into()),
                    );
                }
            }
        }
    }
}

fn servers(root: &Value) -> Vec<ir::Server> {
    let Some(list) = root.get("servers").and_then(Value::as_array) else {
        return Vec::new();
    };
    list.iter()
        .filter_map(|s| {
            let url = s.get("url")?.as_str()?.to_string();
            let variables = s
                .get("variables")
                .and_then(Value::as_object)
                .map(|vars| {
                    vars.iter()
                        .map(|(k, v)| {
                            let var = ir::ServerVariable {
                                default: v.get("default").map(value_text).unwrap_or_default(),
                                description: v
                                    .get("description")
                                    .and_then(Value::as_str)
                                    .map(str::to_string),
                                enum_values: v
                                    .get("enum")
                                    .and_then(Value::as_array)
                                    .map(|e| e.iter().map(value_text).collect())
                                    .unwrap_or_default(),
                            };
                            (k.clone(), var)
                        })
                        .collect()
                })
                .unwrap_or_default();
            Some(ir::Server {
                url,
                description: s
                    .get("description")
                    .and_then(Value::as_str)
                    .map(str::to_string),
                variables,
            })
        })
        .collect()
}

fn security_schemes(root: &Value) -> std::collections::BTreeMap<String, ir::SecurityScheme> {
    let Some(map) = root
        .pointer("/components/securitySchemes")
        .and_then(Value::as_object)
    else {
        return Default::default();
    };
    map.iter()
        .map(|(name, s)| {
            let token_urls = s
                .get("flows")
                .and_then(Value::as_object)
                .map(|flows| {
                    flows
                        .iter()
                        .filter_map(|(flow, f)| {
                            Some((flow.clone(), f.get("tokenUrl")?.as_str()?.to_string()))
                        })
                        .collect()
                })
                .unwrap_or_default();
            let scheme = ir::SecurityScheme {
                kind: s
                    .get("type")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_string(),
                description: s
                    .get("description")
                    .and_then(Value::as_str)
                    .map(str::to_string),
                token_urls,
            };
            (name.clone(), scheme)
        })
        .collect()
}

fn tags(root: &Value, ops: &[ir::Operation]) -> Vec<ir::Tag> {
    let mut tags: Vec<ir::Tag> = root
        .get("tags")
        .and_then(Value::as_array)
        .map(|list| {
            list.iter()
                .filter_map(|t| {
                    Some(ir::Tag {
                        name: t.get("name")?.as_str()?.to_string(),
                        description: t
                            .get("description")
                            .and_then(Value::as_str)
                            .map(str::to_string),
                    })
                })
                .collect()
        })
        .unwrap_or_default();
    let mut extra: Vec<&String> = ops
        .iter()
        .flat_map(|o| &o.tags)
        .filter(|t| !tags.iter().any(|d| d.name == **t))
        .collect();
    extra.sort();
    extra.dedup();
    tags.extend(extra.into_iter().map(|name| ir::Tag {
        name: name.clone(),
        description: None,
    }));
    tags
}

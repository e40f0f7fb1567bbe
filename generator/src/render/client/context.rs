//! The context of `templates/client/` (Cargo.toml, README.md, examples), from the plan, and
//! the rendering of that template group.

use std::collections::BTreeMap;

use anyhow::Result;
use serde::Serialize;

use super::plan::{ClientPlan, GroupPlan, OperationPlan};
use super::{Files, Templates};
use crate::config::CrateMetadata;

/// Renders `templates/client/` into `files`, every template once. The examples come first:
/// one whose template renders to nothing (the spec lacks what it shows) is left out, and the
/// others, with the features named on their first `// required-features:` line, are listed in
/// the context of the remaining templates (`Cargo.toml`, `README.md`). Example templates see
/// an empty list.
pub(super) fn render_templates(
    plan: &ClientPlan,
    meta: &CrateMetadata,
    templates: &Templates,
    files: &mut Files,
) -> Result<()> {
    let is_example = |path: &str| path.starts_with("examples/");
    let mut ctx = client_context(plan, meta);
    let mut rendered = Files::new();
    templates.render_group_where("client", "", &ctx, is_example, &mut rendered)?;
    for (path, text) in rendered {
        if text.trim().is_empty() {
            continue;
        }
        if let Some(name) = path
            .strip_prefix("examples/")
            .and_then(|p| p.strip_suffix(".rs"))
        {
            ctx.examples.push(ExampleCtx {
                name: name.to_string(),
                features: required_features(&text),
            });
        }
        files.insert(path, text);
    }
    templates.render_group_where("client", "", &ctx, |path| !is_example(path), files)
}

/// The features an example's first `// required-features:` line names.
fn required_features(text: &str) -> Vec<String> {
    text.lines()
        .find_map(|l| l.trim().strip_prefix("// required-features:"))
        .map(|f| {
            f.split(',')
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
                .collect()
        })
        .unwrap_or_default()
}

fn client_context(plan: &ClientPlan, meta: &CrateMetadata) -> ClientCtx {
    let mut ops = BTreeMap::new();
    let mut quick_start: Option<OpCtx> = None;
    for g in &plan.groups {
        for o in &g.operations {
            let ctx = op_context(g, o);
            let candidate = o.spec_method == "get"
                && ctx.required_args.is_empty()
                && !o.deprecated
                && !o.experimental;
            let better = match &quick_start {
                None => true,
                Some(q) => ctx.paginated && !q.paginated,
            };
            if candidate && better {
                quick_start = Some(ctx.clone());
            }
            ops.insert(o.id.clone(), ctx);
        }
    }
    ClientCtx {
        version: plan.version.clone(),
        title: plan.title.clone(),
        api_version: plan.api_version.clone(),
        base_path: plan.base_path.clone(),
        client_crate: plan.client_crate.clone(),
        client_ident: plan.client_ident.clone(),
        models_crate: plan.models_crate.clone(),
        models_ident: plan.models_ident.clone(),
        runtime_crate: plan.runtime_crate.clone(),
        runtime_ident: plan.runtime_ident.clone(),
        crate_version: plan.crate_version.clone(),
        meta: meta.clone(),
        operation_count: plan.operation_count,
        tags: (plan.groups.iter())
            .map(|g| TagCtx {
                name: g.tag.clone(),
                module: g.module.clone(),
                feature: g.feature.clone(),
                accessor: g.accessor.clone(),
                operations: g.operations.len(),
            })
            .collect(),
        ops,
        quick_start,
        examples: Vec::new(),
    }
}

fn op_context(g: &GroupPlan, o: &OperationPlan) -> OpCtx {
    let required_params = (o.arguments())
        .filter_map(|m| {
            let (wire, _, _) = m.parameter()?;
            Some(ArgCtx {
                wire: wire.to_string(),
                ident: m.name.clone(),
                example: m.example.clone().unwrap_or_default(),
                literal: m.example_literal.clone(),
            })
        })
        .collect();
    let optional_args = (o.setters())
        .filter_map(|m| Some((m.parameter()?.0.to_string(), m.name.clone())))
        .collect();
    OpCtx {
        id: o.id.clone(),
        accessor: g.accessor.clone(),
        method: o.method.clone(),
        feature: g.feature.clone(),
        required_args: o.arguments().map(|m| m.name.clone()).collect(),
        body_required: o.body().is_some_and(|(m, _)| m.required),
        body_type: o.body_model.clone(),
        body_fields: o.body_fields.clone(),
        paginated: o.offset_paged(),
        optional_args,
        required_params,
        success_type: o.success_model.clone(),
        deprecated: o.deprecated,
        module: g.module.clone(),
        error_enum: o.errors.enum_name.clone(),
        error_variants: (o.errors.variants.iter())
            .map(|v| ErrorVariantCtx {
                status: v.status.clone(),
                variant: v.variant.clone(),
                typed: v.model.is_some(),
            })
            .collect(),
    }
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
    /// The tag module (`apis::<module>`) holding the builder and the error enum.
    module: String,
    /// The operation's error enum.
    error_enum: String,
    /// Its documented statuses.
    error_variants: Vec<ErrorVariantCtx>,
}

#[derive(Serialize, Clone)]
struct ErrorVariantCtx {
    status: String,
    variant: String,
    /// Holds a decoded model (`TypedApiError`), else the bare answer.
    typed: bool,
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

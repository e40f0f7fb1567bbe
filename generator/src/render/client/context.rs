//! The context of `templates/client/` (Cargo.toml, README.md, examples), from the plan, and
//! the rendering of that template group.

use std::collections::BTreeMap;

use anyhow::Result;
use serde::Serialize;

use super::plan::{
    AnswerBody, ClientPlan, GroupPlan, MatcherKind, OperationPlan, SuccessPlan, SuccessShape,
};
use super::samples::ModelSamples;
use super::{Files, Templates};
use crate::config::CrateMetadata;
use crate::render::models::type_space::TypeSpace;

/// Renders `templates/client/` into `files`, every template once. The examples come first:
/// one whose template renders to nothing (the spec lacks what it shows) is left out, and the
/// others, with the features named on their first `// required-features:` line, are listed in
/// the context of the remaining templates (`Cargo.toml`, `README.md`). Example templates see
/// an empty list.
pub(super) fn render_templates(
    plan: &ClientPlan,
    space: &TypeSpace,
    meta: &CrateMetadata,
    templates: &Templates,
    files: &mut Files,
) -> Result<()> {
    let is_example = |path: &str| path.starts_with("examples/");
    let samples = ModelSamples::new(space);
    let mut ctx = client_context(plan, meta, Some(&samples));
    ctx.models = minijinja::Value::from_object(samples);
    ctx.model_extra_features = space.features.extra.clone();
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
    // A file whose template renders to nothing (`tests/mock.rs` without a fitting operation)
    // is left out.
    let mut rest = Files::new();
    templates.render_group_where("client", "", &ctx, |path| !is_example(path), &mut rest)?;
    files.extend(rest.into_iter().filter(|(_, text)| !text.trim().is_empty()));
    Ok(())
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

fn client_context(
    plan: &ClientPlan,
    meta: &CrateMetadata,
    samples: Option<&ModelSamples>,
) -> ClientCtx {
    let mut ops = BTreeMap::new();
    let mut quick_start: Option<OpCtx> = None;
    for g in &plan.groups {
        for o in &g.operations {
            let ctx = op_context(g, o, samples);
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
        package_metadata: meta.package_lines(&plan.client_crate),
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
        mock_test: mock_test(plan),
        examples: Vec::new(),
        dependencies: plan.dependencies.clone(),
        models: minijinja::Value::from(()),
        model_extra_features: Vec::new(),
    }
}

/// The operation the crate's mock test and README call: the first GET (not deprecated nor
/// experimental) that decodes one JSON model with a sample value, whose required arguments are
/// strings the expectation matches; one with a path parameter first.
fn mock_test(plan: &ClientPlan) -> Option<MockTestCtx> {
    let mut first = None;
    for g in &plan.groups {
        for o in &g.operations {
            let Some(ctx) = mock_test_candidate(g, o) else {
                continue;
            };
            if ctx.has_path_param {
                return Some(ctx);
            }
            first.get_or_insert(ctx);
        }
    }
    first
}

fn mock_test_candidate(g: &GroupPlan, o: &OperationPlan) -> Option<MockTestCtx> {
    let single_json = matches!(&o.success, SuccessPlan::Single(SuccessShape::Json(_)));
    if o.spec_method != "get" || o.deprecated || o.experimental || !single_json {
        return None;
    }
    let sample = o.mock.sample.clone()?;
    let respond = (o.mock.answers.iter())
        .find(|a| {
            a.code.is_some_and(|c| (200..300).contains(&c)) && matches!(a.body, AnswerBody::Json(_))
        })?
        .method
        .clone();
    let mut args = Vec::new();
    for (i, m) in o.members.iter().enumerate().filter(|(_, m)| m.required) {
        let matcher = o.mock.matchers.iter().find(|x| x.member == i)?;
        if !m.into_string || matches!(matcher.kind, MatcherKind::JsonBody) {
            return None;
        }
        args.push(MockArgCtx {
            matcher: matcher.ident.clone(),
            value: format!("mock-{}", m.name.replace('_', "-")),
            path: matches!(matcher.kind, MatcherKind::Path { .. }),
        });
    }
    Some(MockTestCtx {
        feature: g.feature.clone(),
        accessor: g.accessor_ident.clone(),
        module: g.module_ident.clone(),
        method: o.method_ident.clone(),
        has_path_param: args.iter().any(|a| a.path),
        args,
        respond,
        sample,
    })
}

fn op_context(g: &GroupPlan, o: &OperationPlan, samples: Option<&ModelSamples>) -> OpCtx {
    let required_params =
        (o.arguments())
            .filter_map(|m| {
                let (wire, _, _) = m.parameter()?;
                let example = m.example.clone().unwrap_or_default();
                // `rust_type` is token text (`models :: Name`).
                let rust_type: String = m.rust_type.split_whitespace().collect();
                let typed = (rust_type.strip_prefix("models::")).zip(samples).and_then(
                    |(name, samples)| samples.build(name, &serde_json::from_str(&example).ok()?),
                );
                Some(ArgCtx {
                    wire: wire.to_string(),
                    ident: m.name.clone(),
                    example,
                    literal: m.example_literal.clone(),
                    typed,
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
    /// The manifest's optional `[package]` lines ([`CrateMetadata::package_lines`]).
    package_metadata: Vec<String>,
    operation_count: usize,
    tags: Vec<TagCtx>,
    /// By operation id: what an example needs to call it.
    ops: BTreeMap<String, OpCtx>,
    /// A GET operation without required parameters, for the quick start.
    quick_start: Option<OpCtx>,
    /// The operation of the mock test and the README's "Testing without a tenant".
    mock_test: Option<MockTestCtx>,
    /// Filled by the second rendering pass.
    examples: Vec<ExampleCtx>,
    /// Extra `[dependencies]` lines (type replacements' crates), usually none.
    dependencies: Vec<String>,
    /// The models crate's features besides the tags' (webhook payloads, unreferenced schemas),
    /// which the client forwards.
    model_extra_features: Vec<String>,
    /// `models.build(type, sample)`: the Rust expression that builds a sample value with the
    /// models' constructors and setters (see `samples`).
    models: minijinja::Value,
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
    /// The example as a Rust expression of the argument's models type (an enum variant, a
    /// struct built with its constructor and setters), when it has one and the example fits it.
    typed: Option<String>,
}

#[derive(Serialize)]
struct MockTestCtx {
    feature: String,
    /// Rust source of the `Client` accessor, the tag's `mock` module and the operation's method
    /// (also its `mock` function).
    accessor: String,
    module: String,
    method: String,
    /// Required arguments in order: the matcher of each, and the string passed to both.
    args: Vec<MockArgCtx>,
    has_path_param: bool,
    /// The answer method of the JSON success.
    respond: String,
    /// JSON text of the success value answered.
    sample: String,
}

#[derive(Serialize)]
struct MockArgCtx {
    matcher: String,
    value: String,
    path: bool,
}

#[derive(Serialize)]
struct ExampleCtx {
    name: String,
    features: Vec<String>,
}

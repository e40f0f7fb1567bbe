//! `cargo xtask stats`: figures per vendored root. Besides counts and diagnostics by category,
//! it says where typing stops: the operations whose success value is free-form JSON (read from
//! the client plan) and every schema with structure that the lowering reads as free-form JSON,
//! with its reason and place (read from the IR's `value_fallbacks`; nothing walks the spec
//! again). Free-form schemas by design (`type: object` without properties,
//! `additionalProperties: true`) are in neither list's reasons.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;
use generator::ir::Api;
use generator::render::client::plan::{SuccessPlan, SuccessShape};
use generator::render::client::ClientPlan;

use crate::generate::{by_category, by_category_text};
use crate::GenOpts;

pub(crate) fn run(json: bool, specs: Option<PathBuf>) -> Result<ExitCode> {
    let opts = GenOpts {
        templates: None,
        specs,
        versions: vec![],
    };
    let g = opts.generator()?;
    let config = g.config();
    let all: Vec<_> = config.versions.iter().collect();
    let lowered = g.lower_all(&all)?;
    let mut versions = Vec::new();
    for l in &lowered {
        let plan =
            ClientPlan::with_settings(&l.api, &l.config, &config.runtime_crate, &config.models)?;
        let value_success = value_success_operations(&plan);
        let experimental = l
            .api
            .operations
            .iter()
            .filter(|o| o.experimental.is_some())
            .count();
        let deprecated = l.api.operations.iter().filter(|o| o.deprecated).count();
        versions.push(serde_json::json!({
            "name": l.config.name,
            "root": l.config.root,
            "operations": l.api.operations.len(),
            "types": l.api.types.len(),
            "webhooks": l.api.webhooks.len(),
            "experimental_operations": experimental,
            "deprecated_operations": deprecated,
            "diagnostics": by_category(&l.diagnostics),
            "value_success_operations": value_success,
            "value_fallbacks": l.api.value_fallbacks,
            "lower_ms": (l.elapsed.as_secs_f64() * 1e4).round() / 10.0,
        }));
    }
    if json {
        let all = serde_json::json!({ "versions": versions });
        println!("{}", serde_json::to_string_pretty(&all)?);
        return Ok(ExitCode::SUCCESS);
    }
    for (v, l) in versions.iter().zip(&lowered) {
        let name = v["name"].as_str().unwrap_or_default();
        println!(
            "{name:>6}: {} operations, {} types, {} webhooks, diagnostics: {}",
            v["operations"],
            v["types"],
            v["webhooks"],
            by_category_text(&l.diagnostics)
        );
        let value_success = v["value_success_operations"].as_array().map_or(0, Vec::len);
        println!("        operations whose success value is serde_json::Value: {value_success}");
        print!("{}", fallback_text(&l.api));
    }
    Ok(ExitCode::SUCCESS)
}

/// The ids of the operations whose success value is free-form JSON (one shape for every
/// success status, a JSON `serde_json::Value`), in plan order.
pub(crate) fn value_success_operations(plan: &ClientPlan) -> Vec<String> {
    let operations = plan.groups.iter().flat_map(|g| &g.operations);
    operations
        .filter(|op| match &op.success {
            SuccessPlan::Single(SuccessShape::Json(ty)) => {
                ty.replace(' ', "").ends_with("serde_json::Value")
            }
            _ => false,
        })
        .map(|op| op.id.clone())
        .collect()
}

/// The schemas with structure read as free-form JSON: a count, then one line each.
pub(crate) fn fallback_text(api: &Api) -> String {
    let mut text = format!(
        "        schemas with structure read as serde_json::Value: {}\n",
        api.value_fallbacks.len()
    );
    for f in &api.value_fallbacks {
        text.push_str(&format!(
            "          {}#{}: {}\n",
            f.origin.file, f.origin.pointer, f.reason
        ));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn defects() -> Api {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("../generator/tests/fixtures/lower/defects");
        let (api, _) =
            generator::pipeline::build_api(&dir, "api.yaml", "defects", &Default::default())
                .expect("the fixture lowers");
        api
    }

    #[test]
    fn fallbacks_are_listed_with_reason_and_place_and_free_form_objects_are_not() {
        let text = fallback_text(&defects());
        assert!(text.contains("read as serde_json::Value: 4\n"), "{text}");
        assert!(
            text.contains("schemas/Thing.yaml#/properties/upload: unknown type \"file\""),
            "{text}"
        );
        assert!(
            text.contains("schemas/Thing.yaml#/properties/garbled: the schema is not a mapping"),
            "{text}"
        );
        // Free-form by design, or typed by the recovery of misplaced `items`.
        for typed in [
            "/properties/free",
            "/properties/anything",
            "/properties/members",
        ] {
            assert!(!text.contains(typed), "{typed} listed:\n{text}");
        }
    }

    #[test]
    fn a_response_declared_as_an_object_with_items_is_not_free_form() {
        let api = defects();
        let cfg: generator::config::VersionConfig = toml::from_str(
            "name = \"defects\"\nroot = \"api.yaml\"\nmodels_crate = \"defects-models\"\n\
             client_crate = \"defects\"\ncrate_version = \"0.1.0\"\n",
        )
        .expect("a version config");
        let plan = ClientPlan::new(&api, &cfg, "runtime").expect("the fixture plans");
        assert_eq!(value_success_operations(&plan), Vec::<String>::new());
        let op = (plan.groups.iter().flat_map(|g| &g.operations))
            .find(|op| op.id == "getOtherAb")
            .expect("the operation with `type: object` + `items`");
        let SuccessPlan::Single(SuccessShape::Json(ty)) = &op.success else {
            panic!("a JSON success: {:?}", op.success);
        };
        assert_eq!(ty.replace(' ', ""), "models::primitives::OneOrMany<String>");
    }
}

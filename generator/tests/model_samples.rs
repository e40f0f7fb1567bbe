//! The example templates' `models.build(type, sample)` on the fixture IR
//! (`fixtures/models/api.yaml`): the Rust expression that builds a sample with constructors,
//! setters and enum variants (the fixture crate that `models_compile.rs` builds has these types).

mod models_fixture;

use generator::render::client::samples::ModelSamples;
use generator::render::models::type_space::TypeSpace;
use generator::settings::ModelSettings;
use models_fixture::fixture_api;
use serde_json::json;

fn samples() -> ModelSamples {
    let space =
        TypeSpace::build(&fixture_api(), &ModelSettings::default()).expect("the fixture plans");
    ModelSamples::new(&space)
}

#[test]
fn a_sample_is_built_with_constructor_setters_and_variants() {
    let built = samples().build(
        "Pet",
        &json!({
            "id": "1",
            "name": null,
            "type": "dog",
            "extra": 1,
            "nickname": null,
            "tag": "good",
            "color": "red",
            "shade": "teal",
            "count": 3,
            "weight": 2,
            "labels": ["a"],
            "scores": {"math": 1},
            "birthday": "2020-01-01",
            "notDeclared": true
        }),
    );
    assert_eq!(
        built.as_deref(),
        Some(
            "models::Pet::new(\"1\", None, models::PetKind::Dog, 1_i64)\n        \
             .tag(\"good\")\n        \
             .nickname_null()\n        \
             .birthday(\"2020-01-01\")\n        \
             .count(3_i64)\n        \
             .weight(2.0_f64)\n        \
             .labels(vec![\"a\".to_string()])\n        \
             .scores(models::indexmap::IndexMap::from([(\"math\".to_string(), 1_i32)]))\n        \
             .color(models::Color::Red)\n        \
             .shade(models::Shade::from(\"teal\"))"
        )
    );
}

#[test]
fn nested_and_boxed_values_are_built_exactly() {
    let built = samples().build(
        "Node",
        &json!({"name": "child", "parent": {"name": "root"}, "children": [{"name": "leaf"}]}),
    );
    assert_eq!(
        built.as_deref(),
        Some(
            "models::Node::new(\"child\")\n        \
             .parent(models::Node::new(\"root\"))\n        \
             .children(vec![models::Node::new(\"leaf\")])"
        )
    );
}

#[test]
fn a_sample_that_does_not_fit_builds_nothing() {
    let samples = samples();
    // A required member is missing.
    assert_eq!(
        samples.build("Node", &json!({"parent": {"name": "root"}})),
        None
    );
    // A free-form JSON object would need `json!`.
    assert_eq!(
        samples.build(
            "Pet",
            &json!({"id": "1", "name": null, "type": "dog", "extra": {}})
        ),
        None
    );
    assert_eq!(samples.build("NoSuchType", &json!({})), None);
}

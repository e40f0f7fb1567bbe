//! The models crate's cargo features on a small spec (`fixtures/features/api.yaml`): which
//! types each tag's feature compiles (everything its operations reach, transitively), the extra
//! features of webhook payloads and unreferenced schemas, what the manifests and `models.rs`
//! say, and the crates.io limit on the number of features.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use generator::config::{CrateMetadata, VersionConfig};
use generator::ir::{Api, TypeKind, TypeRef};
use generator::lower::LowerOptions;
use generator::pipeline::build_api;
use generator::render::client::render_client;
use generator::render::features::{tag_groups, ModelFeatures, TypeGate, MAX_FEATURES};
use generator::render::models::render_models;
use generator::render::Templates;

fn fixture_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/features")
}

fn api() -> Api {
    let (api, _) =
        build_api(&fixture_dir(), "api.yaml", "shop", &LowerOptions::default()).expect("loads");
    api
}

fn version() -> VersionConfig {
    VersionConfig {
        name: "shop".into(),
        root: "api.yaml".into(),
        generate: true,
        models_crate: "shop-models".into(),
        client_crate: "shop-client".into(),
        crate_version: "0.1.0".into(),
        retry_safe_operations: Vec::new(),
        experimental_header: None,
    }
}

fn templates() -> Templates {
    Templates::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../templates")).unwrap()
}

fn orders() -> TypeGate {
    any_of(&["orders"])
}

fn any_of(features: &[&str]) -> TypeGate {
    TypeGate::AnyOf(features.iter().map(|f| f.to_string()).collect())
}

#[test]
fn each_tag_compiles_exactly_the_types_its_operations_reach() {
    let api = api();
    let features = ModelFeatures::build(&api).unwrap();
    assert_eq!(features.tags, ["orders", "users"]);
    assert_eq!(features.extra, ["webhook-payloads", "unreferenced-schemas"]);
    let gates: BTreeMap<&str, TypeGate> = (api.types.iter())
        .map(|t| t.name.as_str())
        .zip(features.gates.iter().cloned())
        .collect();
    let expected = BTreeMap::from([
        // The success body, through a list of nested structs, a map that refers back to its
        // own type, and a union's variants.
        ("Order", orders()),
        ("OrderLine", orders()),
        ("Product", orders()),
        ("Payment", orders()),
        ("Card", orders()),
        ("Voucher", orders()),
        // An error response's body (the error enum's variant) and the struct inside it.
        ("OrderMissing", orders()),
        ("Detail", orders()),
        // A query parameter's enum, also a field of the listed items and of a schema nothing
        // reaches (whose feature must compile what it uses).
        ("User", any_of(&["users"])),
        ("Role", any_of(&["users", "unreferenced-schemas"])),
        // Every tag reaches the shared error body: no gate.
        ("Problem", TypeGate::Always),
        // Only a webhook reaches these (and the unreferenced schema uses one).
        (
            "Shipment",
            any_of(&["webhook-payloads", "unreferenced-schemas"]),
        ),
        (
            "ShipmentCarrier",
            any_of(&["webhook-payloads", "unreferenced-schemas"]),
        ),
        // Nothing reaches it.
        ("Leftover", any_of(&["unreferenced-schemas"])),
    ]);
    assert_eq!(gates, expected);
    every_gate_covers_its_users(&api, &features);
}

/// Whatever compiles a type also compiles every type it references.
fn every_gate_covers_its_users(api: &Api, features: &ModelFeatures) {
    let gate = |name: &str| {
        let i = api.types.iter().position(|t| t.name == name).unwrap();
        &features.gates[i]
    };
    for (t, user_gate) in api.types.iter().zip(&features.gates) {
        let mut used = Vec::new();
        if let TypeKind::Struct(s) = &t.kind {
            used.extend(s.fields.iter().map(|f| &f.ty));
        }
        if let TypeKind::Union(u) = &t.kind {
            used.extend(&u.variants);
        }
        for name in used.iter().filter_map(|ty| named(ty)) {
            match (user_gate, gate(name)) {
                (_, TypeGate::Always) => {}
                (TypeGate::AnyOf(user), TypeGate::AnyOf(used)) => {
                    assert!(
                        user.iter().all(|f| used.contains(f)),
                        "{} uses {name}",
                        t.name
                    )
                }
                (TypeGate::Always, _) => panic!("{} has no gate but {name} has one", t.name),
            }
        }
    }
}

fn named(ty: &TypeRef) -> Option<&str> {
    match ty {
        TypeRef::Named(n) => Some(n),
        TypeRef::Array(t) | TypeRef::Map(t) | TypeRef::OneOrMany(t) | TypeRef::Nullable(t) => {
            named(t)
        }
        TypeRef::Primitive(_) | TypeRef::Any => None,
    }
}

#[test]
fn the_manifests_and_the_module_list_name_the_features() {
    let api = api();
    let meta = CrateMetadata::default();
    let models = render_models(&api, &version(), &meta, &templates()).unwrap();
    let manifest = &models["Cargo.toml"];
    let features =
        &manifest[manifest.find("[features]").unwrap()..manifest.find("[dependencies]").unwrap()];
    insta::assert_snapshot!("models_features_toml", features);
    insta::assert_snapshot!("models_features_models_rs", models["src/models.rs"]);
    assert!(
        models["src/lib.rs"].contains("#[cfg(feature = \"webhook-payloads\")]\npub mod webhooks;")
    );

    let client = render_client(&api, &version(), "sailpoint-runtime", &meta, &templates()).unwrap();
    let manifest = &client["Cargo.toml"];
    assert!(
        manifest.contains(r#"orders = ["shop-models/orders"]"#),
        "{manifest}"
    );
    assert!(manifest.contains(r#"webhook-payloads = ["shop-models/webhook-payloads"]"#));
    // The models' own `default` too: a crate that names the models directly and one that reaches
    // them through the client resolve the same features (the models compile once).
    assert!(manifest.contains(
        r#"default = ["orders", "users", "webhook-payloads", "unreferenced-schemas", "shop-models/default"]"#
    ));
    assert!(manifest.contains(r#"path = "../models", default-features = false }"#));
}

#[test]
fn a_tag_named_like_a_crate_feature_gets_another_feature_name() {
    let mut api = api();
    let mut op = api.operations[0].clone();
    op.id = "chronoThing".into();
    op.tags = vec!["Chrono".into()];
    api.operations.push(op);
    let groups = tag_groups(&api);
    let names: Vec<(&str, &str)> = (groups.iter())
        .map(|g| (g.module.as_str(), g.feature.as_str()))
        .collect();
    assert_eq!(
        names,
        [
            ("orders", "orders"),
            ("users", "users"),
            ("chrono", "chrono-tag")
        ]
    );
}

#[test]
fn more_features_than_crates_io_accepts_fail_generation() {
    let mut api = api();
    let template = api.operations[0].clone();
    // With the two extra features, `default` and `chrono`/`mock`: one over the limit.
    let tags = MAX_FEATURES - 4 + 1;
    api.operations = (0..tags)
        .map(|i| {
            let mut op = template.clone();
            op.id = format!("op{i}");
            op.tags = vec![format!("Tag {i}")];
            op
        })
        .collect();
    let err = ModelFeatures::build(&api).unwrap_err().to_string();
    assert!(
        err.contains("301 cargo features") && err.contains("300"),
        "{err}"
    );
    api.operations.pop();
    assert!(ModelFeatures::build(&api).is_ok());
}

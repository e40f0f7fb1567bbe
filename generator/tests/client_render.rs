//! The client renderer on the small fixture API (`fixtures/client/api.yaml`): snapshots of every
//! generated file.

#[path = "fixtures/client/api.rs"]
mod fixture;

use std::path::Path;

use generator::config::{Config, CrateMetadata, VersionConfig};
use generator::render::client::{base_path, render_client, render_workspace};
use generator::render::Templates;

fn templates() -> Templates {
    Templates::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../templates")).unwrap()
}

fn version() -> VersionConfig {
    VersionConfig {
        name: "fixture".into(),
        root: "fixture.yaml".into(),
        generate: true,
        models_crate: "fixture-models".into(),
        client_crate: "fixture-client".into(),
        crate_version: "0.1.0".into(),
        retry_safe_operations: vec!["search*".into()],
        experimental_header: None,
    }
}

fn meta() -> CrateMetadata {
    CrateMetadata {
        repository: "https://github.com/example/sailpoint-rust-sdk".into(),
        license: "MIT".into(),
        rust_version: "1.85".into(),
        ..Default::default()
    }
}

#[test]
fn renders_the_fixture_client() {
    let api = fixture::api();
    let files =
        render_client(&api, &version(), "sailpoint-runtime", &meta(), &templates()).unwrap();
    let names: Vec<&str> = files.keys().map(String::as_str).collect();
    assert_eq!(
        names,
        [
            "Cargo.toml",
            "README.md",
            // Its access request items are free-form JSON: the example, which builds typed
            // models, is left out (see `the_example_builds_typed_models`).
            "src/apis/access_requests.rs",
            "src/apis/default.rs",
            "src/apis/forms.rs",
            "src/apis/items.rs",
            "src/apis/mod.rs",
            "src/apis/search.rs",
            // The error enum of the operations without documented error statuses.
            "src/errors.rs",
            "src/lib.rs",
            "src/mock/access_requests.rs",
            "src/mock/default.rs",
            "src/mock/forms.rs",
            "src/mock/items.rs",
            "src/mock/mod.rs",
            "src/mock/search.rs",
            "tests/mock.rs",
        ]
    );
    for (name, text) in &files {
        insta::assert_snapshot!(format!("client_{}", name.replace('/', "__")), text);
    }
}

/// The fixture with typed access request items, which the example's sample fits.
fn typed_api() -> generator::ir::Api {
    use generator::ir::{TypeKind, TypeRef};
    let mut api = fixture::api();
    for t in &mut api.types {
        if let (true, TypeKind::Struct(s)) = (t.name == "AccessRequest", &mut t.kind) {
            for f in s.fields.iter_mut().filter(|f| f.name == "requestedItems") {
                f.ty = TypeRef::Array(Box::new(TypeRef::Named("Item".into())));
            }
        }
    }
    api
}

#[test]
fn the_example_builds_typed_models() {
    let files = render_client(
        &typed_api(),
        &version(),
        "sailpoint-runtime",
        &meta(),
        &templates(),
    )
    .unwrap();
    let example = &files["examples/create_access_request.rs"];
    assert!(!example.contains("json!"), "{example}");
    assert!(!example.contains("from_value"), "{example}");
    insta::assert_snapshot!("client_examples__create_access_request.rs", example);
    assert!(files["Cargo.toml"].contains("name = \"fixture_create_access_request\""));
}

#[test]
fn examples_need_their_operations() {
    let mut api = typed_api();
    api.operations.retain(|o| o.id != "createAccessRequest");
    let files =
        render_client(&api, &version(), "sailpoint-runtime", &meta(), &templates()).unwrap();
    assert!(!files.keys().any(|k| k.starts_with("examples/")));
    assert!(!files["Cargo.toml"].contains("[[example]]"));
}

#[test]
fn odd_input_is_an_error_not_a_panic() {
    let mut api = fixture::api();
    let op = api
        .operations
        .iter_mut()
        .find(|o| o.id == "getItem")
        .unwrap();
    op.path = "/items/{nope}".into();
    let err =
        render_client(&api, &version(), "sailpoint-runtime", &meta(), &templates()).unwrap_err();
    assert!(format!("{err:#}").contains("nope"), "{err:#}");

    let mut api = fixture::api();
    api.operations[0].method = "brew".into();
    assert!(render_client(&api, &version(), "sailpoint-runtime", &meta(), &templates()).is_err());

    // No servers, no tags, weird names: still renders.
    let mut api = fixture::api();
    api.servers.clear();
    for o in &mut api.operations {
        o.tags = vec!["%%% weird / tag".into()];
        o.id = format!("{}-{}", o.id, "!!");
    }
    let files =
        render_client(&api, &version(), "sailpoint-runtime", &meta(), &templates()).unwrap();
    assert!(
        files.contains_key("src/apis/weird_tag.rs"),
        "{:?}",
        files.keys()
    );

    // Tags that are keywords or clash with the client's own names get distinct modules.
    let mut api = fixture::api();
    for (o, tag) in api
        .operations
        .iter_mut()
        .zip(["type", "self", "runtime", "new", "Type"])
    {
        o.tags = vec![tag.into()];
    }
    let files =
        render_client(&api, &version(), "sailpoint-runtime", &meta(), &templates()).unwrap();
    for m in ["type_", "self_", "runtime_", "new_", "type_2"] {
        assert!(
            files.contains_key(&format!("src/apis/{m}.rs")),
            "{m}: {:?}",
            files.keys()
        );
        assert!(files["src/apis/mod.rs"].contains(&format!("pub mod {m};")));
    }
}

#[test]
fn an_api_without_operations_renders() {
    let mut api = fixture::api();
    api.operations.clear();
    api.tags.clear();
    let files =
        render_client(&api, &version(), "sailpoint-runtime", &meta(), &templates()).unwrap();
    assert!(
        files["Cargo.toml"].contains(
            r#"default = ["webhook-payloads", "unreferenced-schemas", "fixture-models/default"]"#
        ),
        "{}",
        files["Cargo.toml"]
    );
    assert!(files.contains_key("src/lib.rs"));
}

#[test]
fn an_unused_path_parameter_is_still_read() {
    let mut api = fixture::api();
    let op = api
        .operations
        .iter_mut()
        .find(|o| o.id == "getItem")
        .unwrap();
    op.path = "/items".into();
    let files =
        render_client(&api, &version(), "sailpoint-runtime", &meta(), &templates()).unwrap();
    assert!(files["src/apis/items.rs"].contains("let _ = &self.id;"));
}

#[test]
fn base_path_comes_from_the_first_server() {
    let mut api = fixture::api();
    assert_eq!(base_path(&api), "/v9");
    api.servers[0].url = "https://{apiUrl}/beta/".into();
    assert_eq!(base_path(&api), "/beta");
    api.servers[0].url = "/relative".into();
    assert_eq!(base_path(&api), "/relative");
    api.servers[0].url = "https://host.example".into();
    assert_eq!(base_path(&api), "");
}

#[test]
fn renders_the_workspace_root() {
    let config = Config {
        schema: 1,
        runtime_crate: "sailpoint-runtime".into(),
        crate_metadata: meta(),
        models: Default::default(),
        experimental_header: None,
        versions: vec![version()],
    };
    let v = version();
    let files = render_workspace(&config, &[&v], &templates()).unwrap();
    insta::assert_snapshot!("workspace_cargo_toml", files["Cargo.toml"]);
    assert!(files["README.md"].contains("fixture-client"));
    let runtime_toml = &files["runtime/Cargo.toml"];
    assert!(runtime_toml.contains("name = \"sailpoint-runtime\""));
    assert!(runtime_toml.contains("rust-version = \"1.85\""));
    assert!(runtime_toml.contains("license = \"MIT\""));
    assert!(files.contains_key("runtime/src/lib.rs"));
    assert!(files.contains_key("runtime/tests/http.rs"));
    assert!(!files.keys().any(|k| k.ends_with(".jinja")));
}

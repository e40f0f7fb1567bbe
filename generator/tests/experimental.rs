//! Experimental operations: which header marks one is configuration (`experimental_header` in
//! `sdk.toml`, or the `Generator` builder), never a vendor's name built into the generator; the
//! plan records the decision (a consent-checked request step, rustdoc) and the emitted code
//! asks the runtime for consent.

use std::path::{Path, PathBuf};

use generator::config::{Config, CrateMetadata, VersionConfig};
use generator::ir::{Api, ParamLocation};
use generator::lower::LowerOptions;
use generator::pipeline::{build_api, Generator};
use generator::render::client::plan::{ClientPlan, OperationPlan, RequestStep};
use generator::render::client::render_client;
use generator::render::Templates;

fn fixture_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/experimental")
}

fn lower(options: &LowerOptions) -> Api {
    let (api, _) = build_api(&fixture_dir(), "api.yaml", "acme", options).expect("loads");
    api
}

fn acme() -> LowerOptions {
    // Compared without case.
    LowerOptions::with_experimental_header("x-acme-preview")
}

fn version() -> VersionConfig {
    VersionConfig {
        name: "acme".into(),
        root: "api.yaml".into(),
        generate: true,
        models_crate: "acme-models".into(),
        client_crate: "acme-client".into(),
        crate_version: "0.1.0".into(),
        retry_safe_operations: Vec::new(),
        experimental_header: None,
    }
}

fn plan_of(api: &Api, id: &str) -> OperationPlan {
    let plan = ClientPlan::new(api, &version(), "sailpoint-runtime").unwrap();
    (plan.groups.into_iter())
        .flat_map(|g| g.operations)
        .find(|o| o.id == id)
        .unwrap()
}

fn experimental_steps(o: &OperationPlan) -> Vec<&RequestStep> {
    (o.steps.iter())
        .filter(|s| matches!(s, RequestStep::Experimental { .. }))
        .collect()
}

#[test]
fn without_a_configured_header_nothing_is_experimental() {
    let api = lower(&LowerOptions::default());
    assert!(api.operations.iter().all(|o| o.experimental.is_none()));
    // The header is an ordinary required parameter: an argument of the method.
    let widgets = api
        .operations
        .iter()
        .find(|o| o.id == "listWidgets")
        .unwrap();
    assert!(widgets
        .parameters
        .iter()
        .any(|p| p.name == "X-Acme-Preview" && p.location == ParamLocation::Header && p.required));
    let o = plan_of(&api, "listWidgets");
    assert!(!o.experimental);
    assert!(experimental_steps(&o).is_empty());
    assert!(!o.doc.contains("Experimental") && !o.builder_doc.contains("Experimental"));
}

#[test]
fn the_configured_header_marks_its_operations_only() {
    let api = lower(&acme());
    let widgets = api
        .operations
        .iter()
        .find(|o| o.id == "listWidgets")
        .unwrap();
    let header = widgets
        .experimental
        .as_ref()
        .expect("listWidgets is experimental");
    assert_eq!(
        (header.name.as_str(), header.value.as_str()),
        ("X-Acme-Preview", "on")
    );
    assert!(widgets
        .parameters
        .iter()
        .all(|p| p.name != "X-Acme-Preview"));
    // Another vendor's marker is an ordinary header here.
    let gadgets = api
        .operations
        .iter()
        .find(|o| o.id == "listGadgets")
        .unwrap();
    assert!(gadgets.experimental.is_none());
    assert!(gadgets
        .parameters
        .iter()
        .any(|p| p.name == "X-SailPoint-Experimental"));
}

#[test]
fn the_plan_asks_for_consent_and_documents_it() {
    let api = lower(&acme());
    let o = plan_of(&api, "listWidgets");
    assert!(o.experimental);
    match experimental_steps(&o).as_slice() {
        [RequestStep::Experimental {
            operation,
            name,
            value,
        }] => assert_eq!(
            (operation.as_str(), name.as_str(), value.as_str()),
            ("listWidgets", "X-Acme-Preview", "on")
        ),
        other => panic!("one experimental step expected: {other:?}"),
    }
    for doc in [&o.doc, &o.builder_doc] {
        assert!(doc.contains("**Experimental**"), "{doc}");
        assert!(
            doc.contains("[`runtime::Configuration::with_experimental`]`(true)`"),
            "{doc}"
        );
        assert!(
            doc.contains("[`runtime::Error::ExperimentalNotEnabled`]"),
            "{doc}"
        );
    }
    let stable = plan_of(&api, "listGadgets");
    assert!(!stable.experimental && experimental_steps(&stable).is_empty());
    assert!(!stable.doc.contains("**Experimental**"));
}

#[test]
fn the_emitted_request_asks_the_runtime_for_consent() {
    let api = lower(&acme());
    let templates =
        Templates::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../templates")).unwrap();
    let files = render_client(
        &api,
        &version(),
        "sailpoint-runtime",
        &CrateMetadata::default(),
        &templates,
    )
    .unwrap();
    let code = &files["src/apis/default.rs"];
    let compact: String = code.split_whitespace().collect();
    assert!(
        compact.contains(r#"req=req.experimental("listWidgets","X-Acme-Preview","on",)?;"#)
            || compact.contains(r#"req=req.experimental("listWidgets","X-Acme-Preview","on")?;"#),
        "{code}"
    );
    assert_eq!(code.matches(".experimental(").count(), 1, "{code}");
    // The method's and the builder's rustdoc.
    assert_eq!(code.matches("/// **Experimental**").count(), 2, "{code}");
}

#[test]
fn sdk_toml_names_the_header_per_version_or_for_all() {
    let text = r#"
schema = 1
runtime_crate = "rt"
experimental_header = "X-Vendor-Experimental"

[[version]]
name = "a"
root = "a.yaml"
models_crate = "a-models"
client_crate = "a"
crate_version = "0.1.0"

[[version]]
name = "b"
root = "b.yaml"
models_crate = "b-models"
client_crate = "b"
crate_version = "0.1.0"
experimental_header = "X-B-Preview"
"#;
    let config = Config::from_toml(text, Path::new("sdk.toml")).unwrap();
    let header = |c: &Config, name: &str| {
        c.lower_options(c.version(name).unwrap())
            .experimental_header
    };
    assert_eq!(
        header(&config, "a").as_deref(),
        Some("X-Vendor-Experimental")
    );
    assert_eq!(header(&config, "b").as_deref(), Some("X-B-Preview"));
    // The builder overrides both; `None` turns the rule off.
    let off = Generator::new(config.clone(), "specs").experimental_header(None);
    assert_eq!(header(off.config(), "a"), None);
    assert_eq!(header(off.config(), "b"), None);
    let acme = Generator::new(config, "specs").experimental_header(Some("X-Acme-Preview"));
    assert_eq!(
        header(acme.config(), "b").as_deref(),
        Some("X-Acme-Preview")
    );
    // Nothing configured: nothing is experimental.
    let bare = Config::from_toml(
        &text.replace("experimental_header = \"X-Vendor-Experimental\"\n", ""),
        Path::new("sdk.toml"),
    )
    .unwrap();
    assert_eq!(header(&bare, "a"), None);
}

#[test]
fn the_project_configures_sailpoints_header() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../specs/sdk.toml");
    let config = Config::read(&path).unwrap();
    for v in &config.versions {
        assert_eq!(
            config.lower_options(v).experimental_header.as_deref(),
            Some("X-SailPoint-Experimental"),
            "{}",
            v.name
        );
    }
}

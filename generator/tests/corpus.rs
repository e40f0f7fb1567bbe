//! The public corpus (`tests/fixtures/corpus/`, see its README): specs from outside SailPoint,
//! each lowered without errors, generated in memory and snapshotted (IR as YAML, diagnostics one
//! line each), plus the behaviour each one is there to prove. `cargo xtask corpus` builds the
//! generated workspaces.

use std::path::PathBuf;

use generator::config::{Config, CrateMetadata, VersionConfig, CONFIG_SCHEMA};
use generator::diag::{Category, Diagnostic, Severity};
use generator::ir::{Api, ParamLocation, Primitive, TypeKind, TypeRef};
use generator::pipeline::{build_api, Generator};

/// Every corpus root as `roots.txt` lists it: (version name, root relative to the corpus).
fn specs() -> Vec<(String, String)> {
    let manifest = std::fs::read_to_string(corpus("roots.txt")).expect("roots.txt");
    let roots: Vec<(String, String)> = (manifest.lines())
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| {
            let mut words = l.split_whitespace();
            let name = words.next().expect("a name");
            let root = words.next().expect("`name root`");
            (name.to_string(), root.to_string())
        })
        .collect();
    assert!(roots.len() >= 10, "the corpus lists its roots");
    roots
}

fn corpus(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/corpus")
        .join(path)
}

fn lowered(name: &str) -> (Api, Vec<Diagnostic>) {
    let (_, root) = specs()
        .into_iter()
        .find(|s| s.0 == name)
        .expect("a corpus spec");
    build_api(&corpus(""), &root, name, &Default::default())
        .unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn lines(diags: &[Diagnostic]) -> String {
    diags.iter().map(|d| format!("{d}\n")).collect()
}

fn field<'a>(api: &'a Api, ty: &str, name: &str) -> &'a generator::ir::Field {
    let def = api.types.iter().find(|t| t.name == ty);
    let Some(TypeKind::Struct(s)) = def.map(|t| &t.kind) else {
        panic!(
            "no struct {ty}; types: {:?}",
            api.types.iter().map(|t| &t.name).collect::<Vec<_>>()
        );
    };
    s.fields
        .iter()
        .find(|f| f.name == name)
        .unwrap_or_else(|| panic!("no field {ty}.{name}"))
}

#[test]
fn every_corpus_spec_lowers_without_errors_and_matches_its_snapshot() {
    for (name, _) in specs() {
        let name = name.as_str();
        let (api, diags) = lowered(name);
        let errors: Vec<_> = diags
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .collect();
        assert!(errors.is_empty(), "{name}: {errors:#?}");
        assert!(!api.operations.is_empty(), "{name} has operations");
        insta::assert_yaml_snapshot!(format!("corpus_{name}_ir"), api);
        insta::assert_snapshot!(format!("corpus_{name}_diagnostics"), lines(&diags));
    }
}

#[test]
fn every_corpus_spec_generates_a_workspace() {
    for (name, root) in specs() {
        let crate_name = name.replace('_', "-");
        let config = Config {
            schema: CONFIG_SCHEMA,
            runtime_crate: "sailpoint-runtime".into(),
            crate_metadata: CrateMetadata {
                license: "MIT".into(),
                rust_version: "1.85".into(),
                ..Default::default()
            },
            models: Default::default(),
            experimental_header: None,
            versions: vec![VersionConfig {
                name: name.clone(),
                root,
                generate: true,
                models_crate: format!("{crate_name}-models"),
                client_crate: crate_name.clone(),
                crate_version: "0.1.0".into(),
                retry_safe_operations: Vec::new(),
                experimental_header: None,
            }],
        };
        let templates = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../templates");
        let generation = Generator::new(config, corpus(""))
            .templates(templates)
            .generate()
            .unwrap_or_else(|e| panic!("{name}: {e:#}"));
        let client = format!("{name}/client/src/lib.rs");
        assert!(
            generation.files.keys().any(|p| *p == client),
            "{name}: no {client}"
        );
    }
}

#[test]
fn operation_refs_across_files_give_parameters_bodies_and_types() {
    let (api, diags) = lowered("multi_file");
    let op = |id: &str| {
        api.operations
            .iter()
            .find(|o| o.id == id)
            .unwrap_or_else(|| panic!("{id}"))
    };
    let list = op("listNotes");
    assert!(!list.id_derived);
    assert_eq!(list.summary.as_deref(), Some("Lists notes, newest first"));
    let names: Vec<_> = list
        .parameters
        .iter()
        .map(|p| (p.name.as_str(), p.location))
        .collect();
    assert_eq!(
        names,
        [
            ("tag", ParamLocation::Query),
            ("limit", ParamLocation::Query)
        ]
    );
    let ok = &list
        .responses
        .iter()
        .find(|r| r.status == "200")
        .unwrap()
        .content[0];
    assert_eq!(
        ok.schema,
        Some(TypeRef::Array(Box::new(TypeRef::Named("Note".into()))))
    );

    let create = op("createNote");
    let body = create.request_body.as_ref().expect("createNote has a body");
    assert!(body.required);
    assert_eq!(
        body.content[0].schema,
        Some(TypeRef::Named("NewNote".into()))
    );

    // A media type given as a $ref, and a path-level parameter from a third file.
    let get = op("getNote");
    assert_eq!(get.parameters[0].ty, TypeRef::Primitive(Primitive::Int64));
    let ok = &get
        .responses
        .iter()
        .find(|r| r.status == "200")
        .unwrap()
        .content[0];
    assert_eq!(ok.schema, Some(TypeRef::Named("Note".into())));
    // A content map given as a $ref.
    let failure = op("deleteNote")
        .responses
        .iter()
        .find(|r| r.status == "default")
        .unwrap();
    assert_eq!(
        failure.content[0].schema,
        Some(TypeRef::Named("Error".into()))
    );

    let warned: Vec<_> = diags
        .iter()
        .filter(|d| d.category == Category::NonStandardRef)
        .collect();
    assert_eq!(warned.len(), 5, "{warned:#?}");
    for d in warned {
        assert_eq!(d.severity, Severity::Warning);
        assert!(d.line.is_some_and(|l| l > 1), "located: {d}");
        assert!(
            d.recovery
                .as_deref()
                .is_some_and(|r| r.starts_with("followed to ")),
            "{d}"
        );
    }
}

#[test]
fn refs_inside_example_and_default_data_stay_data() {
    let (api, diags) = lowered("example_refs");
    let op = api
        .operations
        .iter()
        .find(|o| o.id == "getDocument")
        .unwrap();
    let media = &op.responses[0].content[0];
    let extends = media.examples.iter().find(|e| e.name == "extends").unwrap();
    assert_eq!(
        extends.value["$ref"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    let doc = api.types.iter().find(|t| t.name == "Document").unwrap();
    assert_eq!(doc.example.as_ref().unwrap()["title"], "Example");
    assert!(field(&api, "Document", "$ref").ty == TypeRef::Primitive(Primitive::String));
    // The one reference that leaves the specs directory is a located warning, and its
    // schema is free-form JSON.
    let external: Vec<_> = diags
        .iter()
        .filter(|d| d.category == Category::ExternalRef)
        .collect();
    assert_eq!(external.len(), 1, "{diags:#?}");
    assert_eq!(external[0].severity, Severity::Warning);
    assert!(external[0].line.is_some_and(|l| l > 1));
    let remote = api.operations.iter().find(|o| o.id == "getRemote").unwrap();
    assert_eq!(remote.responses[0].content[0].schema, Some(TypeRef::Any));
}

#[test]
fn json_diagnostics_have_line_and_column() {
    let (_, diags) = lowered("json");
    let missing = diags
        .iter()
        .find(|d| d.category == Category::MissingOperationId)
        .unwrap();
    assert_eq!(
        (missing.line, missing.column),
        (Some(20), Some(7)),
        "{missing}"
    );
}

#[test]
fn openapi_31_constructs_lower() {
    let (api, diags) = lowered("openapi31");
    let subtitle = field(&api, "Book", "subtitle");
    assert!(subtitle.nullable);
    assert_eq!(subtitle.ty, TypeRef::Primitive(Primitive::String));
    assert_eq!(
        field(&api, "Book", "kind").ty,
        TypeRef::Primitive(Primitive::String)
    );
    assert_eq!(field(&api, "Book", "title").example, Some("Dune".into()));
    assert_eq!(
        field(&api, "Book", "cover").ty,
        TypeRef::Primitive(Primitive::Byte)
    );
    assert_eq!(
        field(&api, "Book", "isbn").description.as_deref(),
        Some("The ISBN-13 of this edition")
    );
    assert!(field(&api, "Book", "author").read_only);
    assert_eq!(field(&api, "Book", "rating").ty, TypeRef::Any);
    assert_eq!(
        field(&api, "Book", "shelfPosition").ty,
        TypeRef::Array(Box::new(TypeRef::Any))
    );
    let limit = &api
        .operations
        .iter()
        .find(|o| o.id == "listBooks")
        .unwrap()
        .parameters[0];
    // An optional query parameter: `null` and absent are one and the same.
    assert_eq!(limit.ty, TypeRef::Primitive(Primitive::Integer));
    assert_eq!(api.webhooks.len(), 1);
    assert_eq!(api.webhooks[0].operation.id, "bookReturned");
    let unsupported: Vec<_> = (diags.iter())
        .filter(|d| d.category == Category::Unsupported)
        .map(|d| d.pointer.as_str())
        .collect();
    assert_eq!(
        unsupported,
        [
            "/components/schemas/Book/properties/rating/type",
            "/components/schemas/Book/properties/shelfPosition/prefixItems",
            "/components/schemas/Loan/properties/lender",
        ]
    );
}

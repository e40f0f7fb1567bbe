//! Small fixture specs, one per theme, lowered and snapshotted: the IR (as YAML) and the
//! diagnostics (one line each). `constructs/` covers every construct the IR models; `defects/`
//! covers every defect the lowering repairs or reports.

use std::path::PathBuf;

fn fixture(name: &str) -> (generator::ir::Api, Vec<generator::diag::Diagnostic>) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/lower")
        .join(name);
    // `constructs/` marks an operation experimental with SailPoint's header.
    let options =
        generator::lower::LowerOptions::with_experimental_header("X-SailPoint-Experimental");
    generator::pipeline::build_api(&dir, "api.yaml", name, &options)
        .expect("the fixture root loads")
}

fn lines(diags: &[generator::diag::Diagnostic]) -> String {
    diags.iter().map(|d| format!("{d}\n")).collect()
}

#[test]
fn constructs() {
    let (api, diags) = fixture("constructs");
    insta::assert_yaml_snapshot!("constructs_ir", api);
    insta::assert_snapshot!("constructs_diagnostics", lines(&diags));
}

#[test]
fn defects() {
    let (api, diags) = fixture("defects");
    insta::assert_yaml_snapshot!("defects_ir", api);
    insta::assert_snapshot!("defects_diagnostics", lines(&diags));
}

/// Schemas written inside reusable responses, parameters and request bodies are named after
/// those (component key or file stem, a bare status as its reason phrase), never after the
/// operation that reaches them first; a sentence title names nothing.
#[test]
fn reusable_objects_name_their_schemas() {
    let (api, diags) = fixture("reusable");
    let name_at = |file: &str, pointer: &str| {
        let t = api
            .types
            .iter()
            .find(|t| t.origin.file == file && t.origin.pointer == pointer);
        t.map(|t| t.name.as_str())
            .unwrap_or_else(|| panic!("no type at {file}#{pointer}"))
    };
    let json = "/content/application~1json/schema";
    assert_eq!(name_at("responses/401.yaml", json), "Unauthorized");
    assert_eq!(
        name_at("responses/401.yaml", &format!("{json}/properties/cause")),
        "UnauthorizedCause"
    );
    // The component `TooManyRequests` outranks the response's schema, which tries its kind.
    assert_eq!(
        name_at("api.yaml", "/components/schemas/TooManyRequests"),
        "TooManyRequests"
    );
    assert_eq!(
        name_at("responses/429.yaml", json),
        "TooManyRequestsResponse"
    );
    assert_eq!(
        name_at("responses/429.yaml", "/headers/X-Rate-Scope/schema"),
        "TooManyRequestsXRateScope"
    );
    assert_eq!(
        name_at("responses/4XX.yaml", "/content/application~1xml/schema"),
        "ClientError4xxXml"
    );
    assert_eq!(
        name_at("api.yaml", &format!("/components/responses/Conflict{json}")),
        "Conflict"
    );
    assert_eq!(
        name_at(
            "api.yaml",
            &format!("/components/requestBodies/NewPet{json}")
        ),
        "NewPet"
    );
    assert_eq!(
        name_at("parameters/sort-order.yaml", "/schema"),
        "SortOrder"
    );
    assert_eq!(
        name_at("api.yaml", "/components/parameters/Shape/schema"),
        "Shape"
    );
    // Not reusable: named after its operation.
    assert_eq!(
        name_at(
            "api.yaml",
            &format!("/paths/~1pets/post/responses/500{json}")
        ),
        "CreatePetResponse500"
    );
    // `Error is the standard error response type.` is a sentence: the file stem names it.
    assert_eq!(name_at("schemas/Error.yaml", ""), "Error");
    for t in &api.types {
        assert!(
            !t.name.starts_with("ListPets"),
            "{} is named after an operation",
            t.name
        );
    }
    insta::assert_yaml_snapshot!("reusable_ir", api);
    insta::assert_snapshot!("reusable_diagnostics", lines(&diags));
}

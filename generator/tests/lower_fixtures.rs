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

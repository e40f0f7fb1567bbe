//! The vendored ISC specs lower with the expected figures and the documented defects reported.

use std::collections::BTreeMap;
use std::path::PathBuf;

use generator::diag::{Category, Diagnostic, Severity};
use generator::ir::Api;

fn specs_dir() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../specs");
    std::env::var_os("SPECS_DIR")
        .map(PathBuf::from)
        .unwrap_or(dir)
}

fn lower(version: &str) -> (Api, Vec<Diagnostic>) {
    let root = format!("idn/sailpoint-api.{version}.yaml");
    generator::pipeline::build_api(&specs_dir(), &root, version).expect("root loads")
}

fn count(diags: &[Diagnostic], c: Category) -> usize {
    diags.iter().filter(|d| d.category == c).count()
}

#[test]
fn figures_per_version() {
    for (version, ops, hooks) in [
        ("beta", 559, 23),
        ("v2024", 716, 23),
        ("v2025", 812, 29),
        ("v3", 358, 0),
    ] {
        let (api, diags) = lower(version);
        let errors: Vec<String> = diags
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .map(|d| d.to_string())
            .collect();
        assert!(errors.is_empty(), "{version}: {errors:#?}");
        assert_eq!(api.operations.len(), ops, "{version} operations");
        assert_eq!(api.webhooks.len(), hooks, "{version} webhooks");
        let mut by: BTreeMap<String, usize> = BTreeMap::new();
        for d in &diags {
            *by.entry(format!("{:?}/{:?}", d.severity, d.category))
                .or_default() += 1;
        }
        eprintln!(
            "{version}: {} types, {} ops; {by:?}",
            api.types.len(),
            api.operations.len()
        );
        // Every diagnostic names a file.
        assert!(diags.iter().all(|d| !d.file.is_empty()));
    }
}

#[test]
fn v2025_defects_are_reported() {
    let (api, diags) = lower("v2025");
    assert_eq!(count(&diags, Category::PathParamMismatch), 27);
    assert_eq!(count(&diags, Category::MissingOperationId), 5);
    assert_eq!(api.operations.iter().filter(|o| o.id_derived).count(), 5);
    // Every path template names exactly the declared path parameters.
    for op in &api.operations {
        let mut declared: Vec<&str> = op
            .parameters
            .iter()
            .filter(|p| p.location == generator::ir::ParamLocation::Path)
            .map(|p| p.name.as_str())
            .collect();
        let mut named: Vec<&str> = op
            .path
            .split('{')
            .skip(1)
            .filter_map(|s| s.split('}').next())
            .collect();
        declared.sort();
        named.sort();
        assert_eq!(declared, named, "{} {}", op.id, op.path);
    }
    // The object-with-items quirk is reported where it is.
    assert!(diags.iter().any(|d| d.category == Category::KeywordMisuse
        && d.file
            .ends_with("v2025/paths/access-request-identity-metrics.yaml")
        && d.line.is_some()));
}

#[test]
fn names_are_unique_and_refs_resolve() {
    for version in ["beta", "v2024", "v2025"] {
        let (api, _) = lower(version);
        let mut seen = std::collections::HashSet::new();
        for t in &api.types {
            assert!(
                seen.insert(t.name.to_lowercase()),
                "{version}: duplicate type {}",
                t.name
            );
            assert!(
                t.name.chars().next().unwrap().is_ascii_uppercase(),
                "{}",
                t.name
            );
        }
        let json = serde_json::to_string(&api).unwrap();
        assert!(
            !json.contains("\\u0001"),
            "{version}: a provisional name leaked"
        );
    }
}

#[test]
fn lowering_is_deterministic() {
    let a = serde_json::to_string(&lower("beta").0).unwrap();
    let b = serde_json::to_string(&lower("beta").0).unwrap();
    assert_eq!(a, b);
}

//! The vendored ISC specs lower with the expected figures and the documented defects reported.

use std::collections::BTreeSet;

use generator::diag::{Category, Diagnostic, Severity};

use crate::vendored::{lower_fresh, lowered, lowered_all, specs_dir};

fn count(diags: &[Diagnostic], c: Category) -> usize {
    diags.iter().filter(|d| d.category == c).count()
}

/// Floors every configured version clears: far below any real version, far above what a loader
/// that stopped early or a root that lost its paths would leave.
const MIN_OPERATIONS: usize = 100;
const MIN_TYPES: usize = 200;

#[test]
fn figures_per_version() {
    for lowered in lowered_all() {
        let (name, api, diags) = (&lowered.config.name, &lowered.api, &lowered.diagnostics);
        let errors: Vec<String> = diags
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .map(|d| d.to_string())
            .collect();
        assert!(errors.is_empty(), "{name}: {errors:#?}");
        assert!(
            api.operations.len() >= MIN_OPERATIONS,
            "{name}: {} operations",
            api.operations.len()
        );
        assert!(
            api.types.len() >= MIN_TYPES,
            "{name}: {} types",
            api.types.len()
        );
        // Every diagnostic names a vendored file.
        for d in diags {
            assert!(
                specs_dir().join(&d.file).is_file(),
                "{name}: {d} names no vendored file"
            );
        }
        // Operations: unique ids, absolute paths, at least one response each.
        let mut ids = BTreeSet::new();
        for op in &api.operations {
            assert!(
                ids.insert(op.id.as_str()),
                "{name}: operation id {} repeats",
                op.id
            );
            assert!(
                op.path.starts_with('/'),
                "{name}: {} has path {:?}",
                op.id,
                op.path
            );
            assert!(
                !op.responses.is_empty(),
                "{name}: {} has no response",
                op.id
            );
        }
        // Webhook names are unique.
        let hooks: BTreeSet<&str> = api.webhooks.iter().map(|w| w.name.as_str()).collect();
        assert_eq!(
            hooks.len(),
            api.webhooks.len(),
            "{name}: a webhook name repeats"
        );
    }
}

#[test]
fn v2025_defects_are_reported() {
    let (api, diags) = (&lowered("v2025").api, &lowered("v2025").diagnostics);
    assert_eq!(count(diags, Category::PathParamMismatch), 27);
    assert_eq!(count(diags, Category::MissingOperationId), 5);
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
        let api = &lowered(version).api;
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
        let json = serde_json::to_string(api).unwrap();
        assert!(
            !json.contains("\\u0001"),
            "{version}: a provisional name leaked"
        );
    }
}

/// A second, independent lowering gives the IR every other test here shares.
#[test]
fn lowering_is_deterministic() {
    let shared = lowered("beta");
    let a = serde_json::to_string(&shared.api).unwrap();
    let b = serde_json::to_string(&lower_fresh(shared.config).0).unwrap();
    assert_eq!(a, b);
}

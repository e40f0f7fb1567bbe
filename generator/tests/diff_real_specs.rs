//! The change report over a real upstream change: SailPoint's api-specs at f7ac9f0 (2026-05-19)
//! -> 81ef79d (2026-08-22), about three months of commits (see `snapshot_dir`). Snapshots of the
//! v2025 Markdown and JSON summary, plus concrete facts checked against the spec files.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use generator::diag::Severity;
use generator::diff::{diff_apis, semver_bump, ApiChanges, Bump, Change, ChangeKind, Impact};
use generator::ir::Api;

/// The two snapshots. `current` is the vendored `specs/` (upstream 81ef79d, 2026-08-22);
/// `previous` (upstream f7ac9f0, 2026-05-19) is rebuilt from it plus
/// `tests/fixtures/spec-update/previous-overlay/`, which holds exactly the files of the older
/// snapshot that its roots reach and that differ from `specs/` (173 files, under 1 MB), so the
/// test needs nothing outside the repository. `SAILPOINT_DIFF_SPECS=<dir with previous/ and
/// current/>` compares two other full snapshots instead.
fn snapshot_dir(which: &str) -> PathBuf {
    if let Some(dir) = std::env::var_os("SAILPOINT_DIFF_SPECS") {
        return PathBuf::from(dir).join(which);
    }
    let generator = Path::new(env!("CARGO_MANIFEST_DIR"));
    let specs = generator.join("../specs");
    if which == "current" {
        return specs;
    }
    static PREVIOUS: std::sync::OnceLock<tempfile::TempDir> = std::sync::OnceLock::new();
    PREVIOUS
        .get_or_init(|| {
            let dir = tempfile::tempdir().expect("temp dir");
            copy_tree(&specs.join("idn"), &dir.path().join("idn"));
            let overlay = generator.join("tests/fixtures/spec-update/previous-overlay/idn");
            copy_tree(&overlay, &dir.path().join("idn"));
            dir
        })
        .path()
        .to_path_buf()
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create dir");
    for e in std::fs::read_dir(from).unwrap_or_else(|e| panic!("{}: {e}", from.display())) {
        let e = e.expect("dir entry");
        let target = to.join(e.file_name());
        if e.file_type().expect("file type").is_dir() {
            copy_tree(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), &target).expect("copy");
        }
    }
}

/// The project's lowering of `version` (its experimental header), from `specs/sdk.toml`.
fn options(version: &str) -> generator::lower::LowerOptions {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../specs/sdk.toml");
    let config = generator::config::Config::read(&path).expect("specs/sdk.toml");
    let v = config.version(version).expect("a configured version");
    config.lower_options(v)
}

fn lower(which: &str, version: &str) -> Api {
    let dir = snapshot_dir(which);
    let root = format!("idn/sailpoint-api.{version}.yaml");
    let (api, diagnostics) =
        generator::pipeline::build_api(&dir, &root, version, &options(version))
            .unwrap_or_else(|e| panic!("lowering {version} from {}: {e}", dir.display()));
    let errors: Vec<String> = diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| d.to_string())
        .collect();
    assert!(
        errors.is_empty(),
        "{version} ({which}) has error diagnostics:\n{}",
        errors.join("\n")
    );
    api
}

fn report(version: &str) -> ApiChanges {
    let (old, new) = std::thread::scope(|s| {
        let old = s.spawn(|| lower("previous", version));
        let new = s.spawn(|| lower("current", version));
        (old.join().unwrap(), new.join().unwrap())
    });
    diff_apis(&old, &new)
}

fn v2025() -> &'static ApiChanges {
    static REPORT: OnceLock<ApiChanges> = OnceLock::new();
    REPORT.get_or_init(|| report("v2025"))
}

fn find<'a>(
    r: &'a ApiChanges,
    kind: ChangeKind,
    subject: &str,
    member: Option<&str>,
) -> &'a Change {
    r.changes
        .iter()
        .find(|c| c.kind == kind && c.subject == subject && c.member.as_deref() == member)
        .unwrap_or_else(|| {
            let same_subject: Vec<_> = r.changes.iter().filter(|c| c.subject == subject).collect();
            panic!("no {kind:?} of {subject} {member:?}; changes of {subject}: {same_subject:#?}")
        })
}

#[test]
fn v2025_markdown_snapshot() {
    insta::with_settings!({snapshot_path => "diff_snapshots", prepend_module_to_snapshot => false}, {
        insta::assert_snapshot!("v2025_markdown", v2025().to_markdown());
    });
}

#[test]
fn v2025_json_summary_snapshot() {
    let r = v2025();
    let summary = serde_json::json!({
        "name": r.name,
        "old_version": r.old_version,
        "new_version": r.new_version,
        "breaking": r.breaking,
        "bump": r.bump,
        "counts": r.counts,
    });
    insta::with_settings!({snapshot_path => "diff_snapshots", prepend_module_to_snapshot => false}, {
        insta::assert_json_snapshot!("v2025_summary", summary);
    });
}

#[test]
fn role_criteria_operation_gains_values_without_breaking() {
    let r = v2025();
    for value in [
        "DOES_NOT_CONTAIN",
        "GREATER_THAN",
        "LESS_THAN",
        "GREATER_THAN_EQUALS",
        "LESS_THAN_EQUALS",
    ] {
        let c = find(
            r,
            ChangeKind::EnumValueAdded,
            "RoleCriteriaOperation",
            Some(value),
        );
        assert_eq!(c.impact, Impact::Addition);
        assert!(!c.breaking);
    }
    assert!(
        !r.changes
            .iter()
            .any(|c| c.subject == "RoleCriteriaOperation" && c.breaking),
        "nothing was removed from RoleCriteriaOperation"
    );
}

#[test]
fn machine_account_subtype_operations_become_deprecated() {
    // paths/source-machine-account-subtype{,s,-id}.yaml gain `deprecated: true`.
    let r = v2025();
    for id in [
        "getMachineAccountSubtypeById",
        "getMachineAccountSubtypeByTechnicalName",
        "listMachineAccountSubtypes",
        "createMachineAccountSubtype",
        "patchMachineAccountSubtype",
        "deleteMachineAccountSubtype",
    ] {
        let c = find(r, ChangeKind::Deprecated, id, None);
        assert_eq!(c.impact, Impact::Deprecation);
        assert!(!c.breaking);
    }
}

#[test]
fn auth_profile_operations_stop_being_experimental() {
    // paths/auth-profile{,s}.yaml drop their X-SailPoint-Experimental header parameter.
    let r = v2025();
    for id in [
        "getProfileConfig",
        "patchProfileConfig",
        "getProfileConfigList",
    ] {
        let c = find(r, ChangeKind::NoLongerExperimental, id, None);
        assert_eq!(c.impact, Impact::Compatible);
    }
    // ... and the header is not reported as a removed parameter: the client sends it itself.
    assert!(!r
        .changes
        .iter()
        .any(|c| c.kind == ChangeKind::ParameterRemoved
            && c.member
                .as_deref()
                .is_some_and(|m| m.eq_ignore_ascii_case("X-SailPoint-Experimental"))));
}

#[test]
fn new_optional_request_fields_do_not_break() {
    // schemas/ApprovalApproveRequest.yaml gains `overrideApproverID`; AccessRequestItem gains
    // the sunrise date `startDate`. Both are sent by callers, both optional.
    let r = v2025();
    let c = find(
        r,
        ChangeKind::FieldAdded,
        "ApprovalApproveRequest",
        Some("overrideApproverID"),
    );
    assert_eq!(c.impact, Impact::Addition);
    let c = find(
        r,
        ChangeKind::FieldAdded,
        "AccessRequestItem",
        Some("startDate"),
    );
    assert_eq!(c.impact, Impact::Addition);
    assert_eq!(c.note.as_deref(), Some("optional, string(date-time)"));
}

#[test]
fn escalation_chain_tier_removal_is_breaking() {
    // schemas/ApprovalConfig.yaml drops `tier` from the items of escalationChain and serialChain.
    let r = v2025();
    let removed: Vec<&Change> = r
        .changes
        .iter()
        .filter(|c| c.kind == ChangeKind::FieldRemoved && c.member.as_deref() == Some("tier"))
        .collect();
    assert!(
        removed.len() >= 2,
        "expected `tier` removed from both chains: {removed:#?}"
    );
    assert!(removed
        .iter()
        .all(|c| c.breaking && c.subject.starts_with("ApprovalConfig")));
    assert!(r.breaking);
    assert_eq!(semver_bump(r), Bump::Major);
}

#[test]
fn workflow_execution_history_gains_optional_paging() {
    // paths/workflows/workflow-execution-history.yaml gains limit and offset.
    let r = v2025();
    for p in ["limit", "offset"] {
        let c = find(
            r,
            ChangeKind::ParameterAdded,
            "getWorkflowExecutionHistory",
            Some(p),
        );
        assert_eq!(c.impact, Impact::Addition, "{c:#?}");
    }
}

#[test]
fn the_report_is_deterministic() {
    let again = report("v2025");
    assert_eq!(
        serde_json::to_string(&again).unwrap(),
        serde_json::to_string(v2025()).unwrap()
    );
}

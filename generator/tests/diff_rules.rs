//! The classification rules of `generator::diff`, one test per rule. Each case's old and new API
//! are data: `tests/fixtures/diff/{file}.yaml` (overlays on `base.yaml`, see [`ir_fixture`]).

mod ir_fixture;

use std::collections::BTreeMap;

use generator::diff::{
    diff_apis, semver_bump, ApiChanges, Bump, Change, ChangeKind as Kind, Impact, Scope,
};
use serde_json::{json, Value};
use Impact::{Addition, Breaking, Compatible, Deprecation};

/// The report of case `file/case` (`tests/fixtures/diff/{file}.yaml`, case `case`).
#[track_caller]
fn changes(file_case: &str) -> ApiChanges {
    let (old, new) = ir_fixture::old_and_new(file_case);
    diff_apis(&old, &new)
}

/// The only change of the report, which must have this kind and impact.
#[track_caller]
fn single(r: &ApiChanges, kind: Kind, impact: Impact) -> Change {
    let relevant: Vec<&Change> = r
        .changes
        .iter()
        .filter(|c| c.kind != Kind::Documentation)
        .collect();
    assert_eq!(relevant.len(), 1, "expected one change, got {relevant:#?}");
    let c = relevant[0].clone();
    assert_eq!((c.kind, c.impact), (kind, impact), "{c:#?}");
    assert_eq!(c.breaking, impact == Breaking);
    c
}

/// The only change of case `file/case`, which must have this kind and impact.
#[track_caller]
fn single_change(file_case: &str, kind: Kind, impact: Impact) -> Change {
    single(&changes(file_case), kind, impact)
}

fn kinds(r: &ApiChanges) -> Vec<(Kind, Impact)> {
    r.changes.iter().map(|c| (c.kind, c.impact)).collect()
}

fn old_new(c: &Change) -> (Option<&str>, Option<&str>) {
    (c.old.as_deref(), c.new.as_deref())
}

/// Every value under an `origin` key, in document order.
fn origins(value: &Value, out: &mut Vec<Value>) {
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                if key == "origin" {
                    out.push(v.clone());
                } else {
                    origins(v, out);
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| origins(v, out)),
        _ => {}
    }
}

// ---------------------------------------------------------------------------------------------
// Whole reports
// ---------------------------------------------------------------------------------------------

#[test]
fn identical_apis_have_no_changes() {
    let r = changes("reports/identical");
    assert!(r.is_empty());
    assert!(!r.breaking);
    assert_eq!(semver_bump(&r), Bump::None);
    assert_eq!(r.bump, Bump::None);
    assert!(
        r.to_markdown().contains("No API changes"),
        "{}",
        r.to_markdown()
    );
}

#[test]
fn moved_origins_are_no_change() {
    let (old, new) = ir_fixture::old_and_new("reports/moved_origins");
    // The fixture moves every origin there is.
    let [mut before, mut after] = [vec![], vec![]];
    origins(&serde_json::to_value(&old).unwrap(), &mut before);
    origins(&serde_json::to_value(&new).unwrap(), &mut after);
    assert_eq!(before.len(), after.len());
    assert!(before.iter().zip(&after).all(|(o, n)| o != n), "{after:#?}");
    let r = diff_apis(&old, &new);
    assert!(r.is_empty(), "{r:#?}");
}

#[test]
fn report_is_deterministic_and_round_trips_through_json() {
    let (a, b) = (changes("reports/mixed"), changes("reports/mixed"));
    let ja = serde_json::to_string_pretty(&a).unwrap();
    assert_eq!(ja, serde_json::to_string_pretty(&b).unwrap());
    assert_eq!(a.to_markdown(), b.to_markdown());
    let back: ApiChanges = serde_json::from_str(&ja).unwrap();
    assert_eq!(back, a);
    // Breaking first.
    let first_non_breaking = a.changes.iter().position(|c| !c.breaking).unwrap();
    assert!(a.changes[first_non_breaking..].iter().all(|c| !c.breaking));
    assert!(a.changes[..first_non_breaking].iter().all(|c| c.breaking));
    // The JSON names things in snake_case.
    let v: Value = serde_json::from_str(&ja).unwrap();
    assert_eq!(v["breaking"], json!(true));
    assert_eq!(v["bump"], json!("major"));
    let by_kind = &v["counts"]["by_kind"];
    assert_eq!(by_kind["operation_removed"]["breaking"], json!(1));
    assert_eq!(by_kind["enum_value_added"]["non_breaking"], json!(1));
}

#[test]
fn counts_add_up() {
    let r = changes("reports/counted");
    assert_eq!(r.counts.total, r.changes.len());
    assert_eq!(r.counts.breaking + r.counts.non_breaking, r.counts.total);
    assert_eq!(r.counts.breaking, 1);
    assert_eq!(r.counts.by_impact[&Addition], 1);
    assert_eq!(r.counts.by_impact[&Deprecation], 1);
    assert_eq!(r.counts.of_kind(Kind::OperationRemoved), 1);
}

// ---------------------------------------------------------------------------------------------
// Operations
// ---------------------------------------------------------------------------------------------

#[test]
fn operation_added_is_an_addition() {
    let r = changes("operations/added");
    let c = single(&r, Kind::OperationAdded, Addition);
    assert_eq!(c.subject, "getRoleStats");
    assert_eq!(c.note.as_deref(), Some("GET /roles/stats"));
    assert_eq!(semver_bump(&r), Bump::Minor);
}

#[test]
fn operation_removed_is_breaking() {
    let r = changes("operations/removed");
    let c = single(&r, Kind::OperationRemoved, Breaking);
    assert_eq!(c.subject, "deleteRole");
    assert!(r.breaking);
    assert_eq!(semver_bump(&r), Bump::Major);
}

#[test]
fn same_method_and_path_with_a_new_id_is_a_rename() {
    let r = changes("operations/renamed");
    assert!(r.of_kind(Kind::OperationAdded).next().is_none(), "{r:#?}");
    assert!(r.of_kind(Kind::OperationRemoved).next().is_none(), "{r:#?}");
    let renamed: Vec<_> = r.of_kind(Kind::OperationRenamed).collect();
    assert_eq!(renamed.len(), 1);
    assert!(renamed[0].breaking);
    assert_eq!(old_new(renamed[0]), (Some("getRole"), Some("getRoleById")));
    // The renamed pair is compared like any other, under the new id.
    let added: Vec<_> = r.of_kind(Kind::ParameterAdded).collect();
    assert!(added.iter().any(|c| c.subject == "getRoleById"
        && c.member.as_deref() == Some("expand")
        && !c.breaking));
    assert!(r.to_markdown().contains("`getRole` → `getRoleById`"));
}

#[test]
fn operation_moved_under_the_same_id_is_compatible() {
    let r = changes("operations/moved");
    let c = single(&r, Kind::OperationMoved, Compatible);
    assert_eq!(old_new(&c), (Some("GET /roles"), Some("GET /role-list")));
    assert_eq!(semver_bump(&r), Bump::Patch);
}

#[test]
fn deprecation_is_not_breaking() {
    let r = changes("operations/deprecated");
    let c = single(&r, Kind::Deprecated, Deprecation);
    assert_eq!(c.subject, "listRoles");
    assert!(!r.breaking);
    assert_eq!(semver_bump(&r), Bump::Minor);
    single_change("operations/undeprecated", Kind::Undeprecated, Deprecation);
}

#[test]
fn becoming_experimental_breaks_other_experimental_changes_do_not() {
    let r = changes("operations/became_experimental");
    // A caller without consent (`with_experimental`) can no longer call it.
    single(&r, Kind::BecameExperimental, Breaking);
    assert_eq!(semver_bump(&r), Bump::Major);
    for (case, kind) in [
        ("no_longer_experimental", Kind::NoLongerExperimental),
        (
            "experimental_header_changed",
            Kind::ExperimentalHeaderChanged,
        ),
    ] {
        single_change(&format!("operations/{case}"), kind, Compatible);
    }
}

#[test]
fn tags_and_security_changes_are_compatible() {
    single_change("operations/tags_changed", Kind::TagsChanged, Compatible);
    let c = single_change(
        "operations/made_anonymous",
        Kind::SecurityChanged,
        Compatible,
    );
    assert_eq!(c.new.as_deref(), Some("anonymous"));
}

// ---------------------------------------------------------------------------------------------
// Parameters
// ---------------------------------------------------------------------------------------------

#[test]
fn required_parameter_added_is_breaking_optional_is_not() {
    let c = single_change("parameters/required_added", Kind::ParameterAdded, Breaking);
    assert_eq!(c.member.as_deref(), Some("X-Tenant"));
    single_change("parameters/optional_added", Kind::ParameterAdded, Addition);
}

#[test]
fn parameter_removed_is_breaking() {
    let c = single_change("parameters/removed", Kind::ParameterRemoved, Breaking);
    assert_eq!(c.member.as_deref(), Some("filters"));
    assert_eq!(c.note.as_deref(), Some("query"));
}

#[test]
fn parameter_required_ness_changes_are_breaking_both_ways() {
    let kind = Kind::ParameterRequiredChanged;
    let c = single_change("parameters/made_required", kind, Breaking);
    assert_eq!(old_new(&c), (Some("optional"), Some("required")));
    single_change("parameters/made_optional", kind, Breaking);
}

#[test]
fn parameter_type_change_is_breaking() {
    let c = single_change("parameters/retyped", Kind::ParameterTypeChanged, Breaking);
    assert_eq!(
        old_new(&c),
        (Some("integer(int32)"), Some("integer(int64)"))
    );
}

#[test]
fn parameter_location_change_is_one_compatible_change() {
    let r = changes("parameters/moved_to_a_header");
    let kinds = kinds(&r);
    assert!(
        kinds.contains(&(Kind::ParameterLocationChanged, Compatible)),
        "{kinds:?}"
    );
    assert!(!r.breaking, "{r:#?}");
    assert!(r.of_kind(Kind::ParameterAdded).next().is_none());
    assert!(r.of_kind(Kind::ParameterRemoved).next().is_none());
}

#[test]
fn parameter_deprecation_and_docs_are_not_breaking() {
    let r = changes("parameters/deprecated_and_described");
    assert_eq!(
        kinds(&r),
        vec![
            (Kind::Deprecated, Deprecation),
            (Kind::Documentation, Impact::Documentation)
        ]
    );
    assert_eq!(r.changes[1].note.as_deref(), Some("parameter `filters`"));
}

// ---------------------------------------------------------------------------------------------
// Bodies
// ---------------------------------------------------------------------------------------------

#[test]
fn request_body_added_breaks_only_when_required() {
    let kind = Kind::RequestBodyAdded;
    single_change("bodies/required_body_added", kind, Breaking);
    single_change("bodies/optional_body_added", kind, Addition);
}

#[test]
fn request_body_removed_or_required_ness_changed_is_breaking() {
    single_change("bodies/body_removed", Kind::RequestBodyRemoved, Breaking);
    let kind = Kind::RequestBodyRequiredChanged;
    single_change("bodies/body_made_optional", kind, Breaking);
}

#[test]
fn request_content_types_and_schema() {
    let kind = Kind::RequestContentTypeAdded;
    let c = single_change("bodies/content_type_added", kind, Addition);
    assert_eq!(c.member.as_deref(), Some("application/json-patch+json"));
    assert_eq!(
        kinds(&changes("bodies/content_type_replaced")),
        vec![
            (Kind::RequestContentTypeRemoved, Breaking),
            (Kind::RequestContentTypeAdded, Addition)
        ]
    );
    let kind = Kind::RequestSchemaChanged;
    let c = single_change("bodies/request_schema_changed", kind, Breaking);
    assert_eq!(old_new(&c), (Some("RoleInput"), Some("Role")));
}

#[test]
fn success_response_changes_break_error_response_changes_do_not() {
    let kind = Kind::ResponseSchemaChanged;
    let c = single_change("bodies/success_schema_changed", kind, Breaking);
    assert_eq!(c.member.as_deref(), Some("200 application/json"));
    assert_eq!(c.old.as_deref(), Some("array<Role>"));
    for (case, kind, impact) in [
        ("error_schema_changed", kind, Compatible),
        ("error_response_removed", Kind::ResponseRemoved, Compatible),
        (
            "response_content_type_added",
            Kind::ResponseContentTypeAdded,
            Addition,
        ),
        ("error_response_added", Kind::ResponseAdded, Addition),
    ] {
        single_change(&format!("bodies/{case}"), kind, impact);
    }
}

#[test]
fn a_first_success_body_changes_the_return_type() {
    let kind = Kind::ResponseAdded;
    single_change("bodies/first_success_body_added", kind, Breaking);
    assert_eq!(
        kinds(&changes("bodies/success_body_dropped")),
        vec![
            (Kind::ResponseRemoved, Breaking),
            (Kind::ResponseAdded, Addition)
        ]
    );
}

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

#[test]
fn type_added_and_removed() {
    let c = single_change("types/added", Kind::TypeAdded, Addition);
    assert_eq!(c.note.as_deref(), Some("struct"));
    single_change("types/removed", Kind::TypeRemoved, Breaking);
}

#[test]
fn type_renamed_with_the_same_origin_is_one_breaking_change() {
    let r = changes("types/renamed");
    let renamed: Vec<_> = r.of_kind(Kind::TypeRenamed).collect();
    assert_eq!(renamed.len(), 1, "{r:#?}");
    assert_eq!(renamed[0].old.as_deref(), Some("ErrorResponse"));
    assert!(renamed[0].breaking);
    // References under the new name are not reported as schema changes.
    assert!(
        r.of_kind(Kind::ResponseSchemaChanged).next().is_none(),
        "{r:#?}"
    );
    assert!(r.of_kind(Kind::TypeAdded).next().is_none());
    assert!(r.of_kind(Kind::TypeRemoved).next().is_none());
}

#[test]
fn type_kind_and_alias_target_changes_are_breaking() {
    let kind = Kind::TypeKindChanged;
    let c = single_change("types/struct_became_alias", kind, Breaking);
    assert_eq!(c.new.as_deref(), Some("alias of any"));
    let kind = Kind::AliasTargetChanged;
    let c = single_change("types/alias_target_changed", kind, Breaking);
    assert_eq!(c.new.as_deref(), Some("array<string(uuid)>"));
}

#[test]
fn type_deprecation_is_not_breaking() {
    single_change("types/deprecated", Kind::Deprecated, Deprecation);
}

// ---------------------------------------------------------------------------------------------
// Fields
// ---------------------------------------------------------------------------------------------

#[test]
fn new_optional_field_is_not_breaking() {
    let c = single_change("fields/optional_added", Kind::FieldAdded, Addition);
    assert_eq!(
        (c.subject.as_str(), c.member.as_deref()),
        ("RoleInput", Some("startDate"))
    );
}

#[test]
fn new_required_field_breaks_input_types_only() {
    let kind = Kind::FieldAdded;
    let c = single_change("fields/required_added_to_an_input", kind, Breaking);
    assert!(c.note.unwrap().contains("required in an input type"));
    single_change("fields/required_added_to_an_output", kind, Addition);
    let r = changes("fields/required_added_to_a_reached_input");
    assert!(r
        .changes
        .iter()
        .any(|c| c.subject == "ErrorResponse" && c.kind == kind && c.breaking));
    single_change("fields/required_added_to_an_orphan", kind, Breaking);
}

#[test]
fn webhook_answers_are_inputs_and_payloads_outputs() {
    let r = changes("fields/required_added_to_webhook_payload_and_answer");
    let by_subject: BTreeMap<&str, bool> = r
        .changes
        .iter()
        .map(|c| (c.subject.as_str(), c.breaking))
        .collect();
    assert_eq!(
        by_subject,
        BTreeMap::from([("Answer", true), ("Payload", false)])
    );
}

#[test]
fn removed_and_retyped_fields_are_breaking() {
    let c = single_change("fields/removed", Kind::FieldRemoved, Breaking);
    assert_eq!(c.member.as_deref(), Some("name"));
    let r = changes("fields/retyped");
    let c = single(&r, Kind::FieldTypeChanged, Breaking);
    assert_eq!(old_new(&c), (Some("string"), Some("string(uuid)")));
    assert!(r
        .to_markdown()
        .contains("`Role` `id`: `string` → `string(uuid)`"));
}

#[test]
fn field_required_ness_changes() {
    let kind = Kind::FieldRequiredChanged;
    let c = single_change("fields/made_optional", kind, Breaking);
    assert_eq!(old_new(&c), (Some("required"), Some("optional")));
    for (case, impact) in [
        ("read_only_made_optional", Compatible),
        ("nullable_made_optional", Breaking),
        ("nullable_input_made_optional", Breaking),
        ("input_made_required", Breaking),
    ] {
        single_change(&format!("fields/{case}"), kind, impact);
    }
}

#[test]
fn field_nullability_breaks_when_the_option_wrapping_changes() {
    let kind = Kind::FieldNullabilityChanged;
    let c = single_change("fields/required_made_nullable", kind, Breaking);
    assert_eq!(c.new.as_deref(), Some("nullable"));
    single_change("fields/optional_made_nullable", kind, Breaking);
    single_change("fields/free_form_made_nullable", kind, Compatible);
}

#[test]
fn field_details_that_do_not_break() {
    let r = changes("fields/details");
    assert_eq!(
        kinds(&r),
        vec![
            (Kind::FieldAccessChanged, Compatible),
            (Kind::Deprecated, Deprecation),
            (Kind::DefaultChanged, Compatible),
            (Kind::Documentation, Impact::Documentation),
        ]
    );
    assert!(!r.breaking);
}

#[test]
fn flattened_parts_and_additional_properties() {
    let r = changes("fields/flattened_part_added");
    let by_subject: BTreeMap<&str, Impact> = r
        .of_kind(Kind::FlattenedPartAdded)
        .map(|c| (c.subject.as_str(), c.impact))
        .collect();
    assert_eq!(
        by_subject,
        BTreeMap::from([("Role", Addition), ("RoleInput", Breaking)])
    );
    let r = changes("fields/flattened_part_removed");
    assert!(r.of_kind(Kind::FlattenedPartRemoved).all(|c| c.breaking));
    assert_eq!(r.changes.len(), 2, "one per struct: {r:#?}");
    let r = changes("fields/additional_properties_added");
    let added = (Kind::AdditionalPropertiesChanged, Addition);
    assert!(r.changes.iter().all(|c| (c.kind, c.impact) == added));
    assert_eq!(r.changes.len(), 2, "one per struct: {r:#?}");
    let r = changes("fields/additional_properties_retyped");
    assert!(r.changes.iter().all(|c| c.breaking));
    assert_eq!(r.changes.len(), 2);
}

// ---------------------------------------------------------------------------------------------
// Enums and unions
// ---------------------------------------------------------------------------------------------

#[test]
fn new_enum_value_is_not_breaking() {
    let r = changes("enums_and_unions/values_added");
    assert_eq!(kinds(&r), vec![(Kind::EnumValueAdded, Addition); 2]);
    assert_eq!(semver_bump(&r), Bump::Minor);
    // One line per enum in the Markdown.
    let md = r.to_markdown();
    assert!(
        md.contains("- `RoleCriteriaOperation`: `DOES_NOT_CONTAIN`, `GREATER_THAN`"),
        "{md}"
    );
}

#[test]
fn removed_enum_value_is_breaking() {
    let kind = Kind::EnumValueRemoved;
    let c = single_change("enums_and_unions/value_removed", kind, Breaking);
    assert_eq!(c.member.as_deref(), Some("EQUALS"));
}

#[test]
fn enum_reordering_is_no_change_and_descriptions_are_docs() {
    let r = changes("enums_and_unions/reordered");
    assert!(r.is_empty(), "{r:#?}");
    assert_eq!(
        kinds(&changes("enums_and_unions/described_and_made_nullable")),
        vec![
            (Kind::EnumNullabilityChanged, Breaking),
            (Kind::Documentation, Impact::Documentation)
        ]
    );
}

#[test]
fn integer_enum_values_and_repr() {
    let kind = Kind::EnumValueAdded;
    let c = single_change("enums_and_unions/integer_value_added", kind, Addition);
    assert_eq!(c.member.as_deref(), Some("3"));
    let kind = Kind::EnumReprChanged;
    single_change("enums_and_unions/integer_became_string", kind, Breaking);
}

#[test]
fn union_variants_added_or_removed_are_breaking() {
    let kind = Kind::UnionVariantAdded;
    let c = single_change("enums_and_unions/union_variant_added", kind, Breaking);
    assert_eq!(c.member.as_deref(), Some("RoleInput"));
    let kind = Kind::UnionVariantRemoved;
    let c = single_change("enums_and_unions/union_variant_removed", kind, Breaking);
    assert_eq!(c.member.as_deref(), Some("string"));
    assert!(changes("enums_and_unions/union_variants_reordered").is_empty());
}

#[test]
fn discriminator_changes() {
    for (case, kind, impact) in [
        (
            "discriminator_property_renamed",
            Kind::DiscriminatorChanged,
            Breaking,
        ),
        ("union_became_any_of", Kind::UnionModeChanged, Compatible),
        ("tagged_variant_added", Kind::UnionVariantAdded, Breaking),
    ] {
        single_change(&format!("enums_and_unions/{case}"), kind, impact);
    }
    assert_eq!(
        kinds(&changes("enums_and_unions/tags_swapped")),
        vec![(Kind::DiscriminatorChanged, Breaking); 2]
    );
}

// ---------------------------------------------------------------------------------------------
// Webhooks, API level, documentation
// ---------------------------------------------------------------------------------------------

#[test]
fn webhooks_added_and_removed() {
    single_change(
        "webhooks_and_docs/webhook_added",
        Kind::WebhookAdded,
        Addition,
    );
    let c = single_change(
        "webhooks_and_docs/webhook_removed",
        Kind::WebhookRemoved,
        Breaking,
    );
    assert_eq!(c.subject, "A");
    let c = single_change(
        "webhooks_and_docs/webhook_deprecated",
        Kind::Deprecated,
        Deprecation,
    );
    assert_eq!((c.scope, c.subject.as_str()), (Scope::Webhook, "A"));
}

#[test]
fn servers_are_compatible() {
    let kind = Kind::ServersChanged;
    single_change("webhooks_and_docs/server_added", kind, Compatible);
}

#[test]
fn documentation_only_changes_are_a_patch_and_collapsed() {
    let r = changes("webhooks_and_docs/documentation_only");
    assert!(r.changes.iter().all(|c| c.impact == Impact::Documentation));
    // One entry per subject listing the parts.
    let notes: Vec<(&str, &str)> = r
        .changes
        .iter()
        .map(|c| (c.subject.as_str(), c.note.as_deref().unwrap()))
        .collect();
    assert_eq!(
        notes,
        vec![
            ("v2025", "description"),
            ("getRole", "description, summary"),
            ("Role", "description, field `id`"),
        ]
    );
    assert_eq!(semver_bump(&r), Bump::Patch);
    let md = r.to_markdown();
    assert!(
        md.contains("<details><summary>Documentation only (3)</summary>"),
        "{md}"
    );
    assert!(!md.contains("### Breaking"), "{md}");
}

#[test]
fn markdown_lists_breaking_changes_first_with_a_summary_line() {
    let md = changes("webhooks_and_docs/breaking_and_not").to_markdown();
    let summary = md.lines().nth(2).unwrap();
    assert_eq!(
        summary,
        "**1 breaking** and 3 non-breaking changes (spec v2025; operations: 1 added, 1 removed; \
         fields: 1 added; docs: 1 changed); suggested bump: **major**."
    );
    let breaking = md.find("### Breaking changes (1)").unwrap();
    let other = md.find("### Non-breaking changes (2)").unwrap();
    assert!(breaking < other);
    assert!(
        md.contains("**Operations removed (1)**\n- `deleteRole` (DELETE /roles/{id})\n"),
        "{md}"
    );
    assert!(
        md.contains("- `Role`: `startDate` (optional, string)"),
        "{md}"
    );
}

/// Many changes of one kind: the overlays are repetitive, so they are made here.
#[test]
fn markdown_cuts_long_non_breaking_groups_but_never_breaking_ones() {
    let gone: Vec<Value> = (0..60)
        .map(|i| {
            let name = format!("Gone{i:02}");
            let origin = json!({"file": format!("schemas/{name}.yaml")});
            json!({"name": name, "origin": origin, "name_source": "component", "kind": {"struct": {}}})
        })
        .collect();
    let removed: Vec<Value> = (0..60)
        .map(|i| json!({"name": format!("Gone{i:02}"), "$remove": true}))
        .collect();
    let added_operations: Vec<Value> = (0..60)
        .map(|i| json!({"id": format!("op{i:02}"), "method": "get", "path": format!("/x/{i}")}))
        .collect();
    let added_values: Vec<Value> = (0..100)
        .map(|i| json!({"value": format!("V{i:03}")}))
        .collect();
    let (old, new) = ir_fixture::from_overlays(
        &json!({"types": gone}),
        &json!({
            "types": removed.into_iter().chain([json!({
                "name": "RoleCriteriaOperation",
                "kind": {"enum": {"values": added_values}},
            })]).collect::<Vec<_>>(),
            "operations": added_operations,
        }),
    );
    let md = diff_apis(&old, &new).to_markdown();
    assert_eq!(
        md.matches("- `Gone").count(),
        60,
        "breaking changes are all listed"
    );
    assert!(md.contains("- … and 20 more (see the JSON report)"), "{md}");
    // Enum values added to one enum are one entry.
    assert!(md.contains("**Enum values added (100)**\n- `RoleCriteriaOperation`: `V000`, `V001`, "));
}

// ---------------------------------------------------------------------------------------------
// Bumps
// ---------------------------------------------------------------------------------------------

#[test]
fn bump_applies_the_cargo_way() {
    assert_eq!(Bump::Major.apply("0.3.1").as_deref(), Some("0.4.0"));
    assert_eq!(Bump::Minor.apply("0.3.1").as_deref(), Some("0.3.2"));
    assert_eq!(Bump::Patch.apply("0.3.1").as_deref(), Some("0.3.2"));
    assert_eq!(Bump::None.apply("0.3.1").as_deref(), Some("0.3.1"));
    assert_eq!(Bump::Major.apply("0.0.4").as_deref(), Some("0.0.5"));
    assert_eq!(Bump::Major.apply("1.2.3").as_deref(), Some("2.0.0"));
    assert_eq!(Bump::Minor.apply("1.2.3").as_deref(), Some("1.3.0"));
    assert_eq!(Bump::Patch.apply("1.2.3-beta.1").as_deref(), Some("1.2.4"));
    assert_eq!(Bump::Patch.apply("1.2"), None);
    assert_eq!(Bump::Patch.apply("one.two.three"), None);
    assert!(Bump::None < Bump::Patch && Bump::Patch < Bump::Minor && Bump::Minor < Bump::Major);
}

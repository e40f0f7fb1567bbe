//! The classification rules of `generator::diff`, one test per rule, on hand-built IRs.

use std::collections::BTreeMap;

use generator::diff::{diff_apis, semver_bump, ApiChanges, Bump, Change, ChangeKind, Impact};
use generator::ir::*;
use serde_json::json;

// ---------------------------------------------------------------------------------------------
// IR builders
// ---------------------------------------------------------------------------------------------

fn origin(file: &str) -> Origin {
    Origin {
        file: file.into(),
        pointer: String::new(),
    }
}

fn api(types: Vec<TypeDef>, operations: Vec<Operation>) -> Api {
    let mut types = types;
    types.sort_by(|a, b| a.name.cmp(&b.name));
    let mut operations = operations;
    operations.sort_by(|a, b| a.id.cmp(&b.id));
    Api {
        name: "v2025".into(),
        title: "Identity Security Cloud V2025 API".into(),
        version: "v2025".into(),
        description: None,
        servers: vec![],
        security: vec![],
        security_schemes: BTreeMap::new(),
        tags: vec![],
        types,
        operations,
        webhooks: vec![],
    }
}

fn named(n: &str) -> TypeRef {
    TypeRef::Named(n.into())
}

fn string() -> TypeRef {
    TypeRef::Primitive(Primitive::String)
}

fn int32() -> TypeRef {
    TypeRef::Primitive(Primitive::Int32)
}

fn op(id: &str, method: &str, path: &str) -> Operation {
    Operation {
        id: id.into(),
        id_derived: false,
        method: method.into(),
        path: path.into(),
        tags: vec!["Roles".into()],
        summary: Some(format!("{id} summary")),
        description: None,
        deprecated: false,
        parameters: vec![],
        request_body: None,
        responses: vec![response("200", Some(named("Role")))],
        security: None,
        experimental: None,
        origin: origin(&format!("paths/{id}.yaml")),
        referenced_from: None,
        raw_path: path.into(),
    }
}

fn param(name: &str, location: ParamLocation, required: bool, ty: TypeRef) -> Parameter {
    Parameter {
        name: name.into(),
        location,
        required,
        deprecated: false,
        description: None,
        ty,
        style: if location == ParamLocation::Query {
            "form".into()
        } else {
            "simple".into()
        },
        explode: location == ParamLocation::Query,
        default: None,
        maximum: None,
        example: None,
        origin: Default::default(),
        referenced_from: None,
    }
}

fn media(content_type: &str, schema: Option<TypeRef>) -> MediaType {
    MediaType {
        content_type: content_type.into(),
        schema,
        examples: vec![],
        encoding: BTreeMap::new(),
        origin: Default::default(),
        referenced_from: None,
    }
}

fn body(required: bool, schema: TypeRef) -> RequestBody {
    RequestBody {
        required,
        description: None,
        content: vec![media("application/json", Some(schema))],
        origin: Default::default(),
        referenced_from: None,
    }
}

fn response(status: &str, schema: Option<TypeRef>) -> Response {
    Response {
        status: status.into(),
        description: Some("ok".into()),
        content: schema
            .map(|s| vec![media("application/json", Some(s))])
            .unwrap_or_default(),
        headers: vec![],
        origin: Default::default(),
        referenced_from: None,
    }
}

fn typedef(name: &str, kind: TypeKind) -> TypeDef {
    TypeDef {
        name: name.into(),
        origin: origin(&format!("schemas/{name}.yaml")),
        name_source: NameSource::Component,
        title: None,
        description: None,
        deprecated: false,
        example: None,
        kind,
    }
}

fn field(name: &str, ty: TypeRef, required: bool) -> Field {
    Field {
        name: name.into(),
        ty,
        required,
        nullable: false,
        description: None,
        deprecated: false,
        read_only: false,
        write_only: false,
        default: None,
        example: None,
    }
}

fn strukt(name: &str, fields: Vec<Field>) -> TypeDef {
    typedef(
        name,
        TypeKind::Struct(Struct {
            fields,
            flatten: vec![],
            all_of: vec![],
            additional_properties: None,
        }),
    )
}

fn enumeration(name: &str, values: &[&str]) -> TypeDef {
    typedef(
        name,
        TypeKind::Enum(Enum {
            repr: EnumRepr::String,
            values: values
                .iter()
                .map(|v| EnumValue {
                    value: json!(v),
                    description: None,
                })
                .collect(),
            nullable: false,
        }),
    )
}

fn union(name: &str, variants: Vec<TypeRef>) -> TypeDef {
    typedef(
        name,
        TypeKind::Union(Union {
            mode: UnionMode::OneOf,
            variants,
            discriminator: None,
        }),
    )
}

/// A small API: `Role` is returned by `getRole`, `RoleInput` is sent to `createRole`,
/// `RoleCriteriaOperation` is used by both.
fn base() -> Api {
    let mut get = op("getRole", "get", "/roles/{id}");
    get.parameters = vec![param("id", ParamLocation::Path, true, string())];
    let mut create = op("createRole", "post", "/roles");
    create.request_body = Some(body(true, named("RoleInput")));
    create.responses = vec![
        response("201", Some(named("Role"))),
        response("400", Some(named("ErrorResponse"))),
    ];
    let mut list = op("listRoles", "get", "/roles");
    list.parameters = vec![
        param("limit", ParamLocation::Query, false, int32()),
        param("filters", ParamLocation::Query, false, string()),
    ];
    list.responses = vec![response(
        "200",
        Some(TypeRef::Array(Box::new(named("Role")))),
    )];
    let mut delete = op("deleteRole", "delete", "/roles/{id}");
    delete.parameters = vec![param("id", ParamLocation::Path, true, string())];
    delete.responses = vec![response("204", None)];
    api(
        vec![
            strukt(
                "Role",
                vec![
                    field("id", string(), true),
                    field("name", string(), true),
                    field("operation", named("RoleCriteriaOperation"), false),
                ],
            ),
            strukt(
                "RoleInput",
                vec![
                    field("name", string(), true),
                    field("operation", named("RoleCriteriaOperation"), false),
                ],
            ),
            strukt("ErrorResponse", vec![field("message", string(), false)]),
            enumeration(
                "RoleCriteriaOperation",
                &["EQUALS", "NOT_EQUALS", "CONTAINS"],
            ),
        ],
        vec![get, create, list, delete],
    )
}

fn changed(f: impl FnOnce(&mut Api)) -> ApiChanges {
    let old = base();
    let mut new = base();
    f(&mut new);
    diff_apis(&old, &new)
}

fn ty<'a>(api: &'a mut Api, name: &str) -> &'a mut TypeDef {
    api.types.iter_mut().find(|t| t.name == name).unwrap()
}

fn fields<'a>(api: &'a mut Api, name: &str) -> &'a mut Vec<Field> {
    match &mut ty(api, name).kind {
        TypeKind::Struct(s) => &mut s.fields,
        _ => panic!("{name} is not a struct"),
    }
}

fn operation<'a>(api: &'a mut Api, id: &str) -> &'a mut Operation {
    api.operations.iter_mut().find(|o| o.id == id).unwrap()
}

/// The only change of the report, which must have this kind and impact.
#[track_caller]
fn single(r: &ApiChanges, kind: ChangeKind, impact: Impact) -> Change {
    let relevant: Vec<&Change> = r
        .changes
        .iter()
        .filter(|c| c.kind != ChangeKind::Documentation)
        .collect();
    assert_eq!(relevant.len(), 1, "expected one change, got {relevant:#?}");
    let c = relevant[0].clone();
    assert_eq!((c.kind, c.impact), (kind, impact), "{c:#?}");
    assert_eq!(c.breaking, impact == Impact::Breaking);
    c
}

fn kinds(r: &ApiChanges) -> Vec<(ChangeKind, Impact)> {
    r.changes.iter().map(|c| (c.kind, c.impact)).collect()
}

// ---------------------------------------------------------------------------------------------
// Whole reports
// ---------------------------------------------------------------------------------------------

#[test]
fn identical_apis_have_no_changes() {
    let r = diff_apis(&base(), &base());
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

/// Every origin of the API moved to other files, operations and parameters now reached through
/// `$ref`, path templates written differently: nothing a user of the crates sees.
#[test]
fn moved_origins_are_no_change() {
    let moved = |file: &str| Origin {
        file: format!("moved/{file}.yaml"),
        pointer: "/elsewhere".into(),
    };
    let header = |a: &mut Api| {
        operation(a, "listRoles").experimental = Some(ExperimentalHeader {
            name: "X-SailPoint-Experimental".into(),
            value: "true".into(),
            origin: Default::default(),
            referenced_from: None,
        });
    };
    let mut old = base();
    header(&mut old);
    let mut new = base();
    header(&mut new);
    for t in &mut new.types {
        t.origin = moved(&t.name);
    }
    for op in &mut new.operations {
        op.origin = moved(&op.id);
        op.referenced_from = Some(moved("paths"));
        op.raw_path = format!("{}/", op.raw_path);
        if let Some(h) = &mut op.experimental {
            (h.origin, h.referenced_from) = (moved("header"), Some(moved("op")));
        }
        for p in &mut op.parameters {
            (p.origin, p.referenced_from) = (moved("param"), Some(moved("op")));
        }
        let bodies = op.request_body.iter_mut().map(|b| {
            (b.origin, b.referenced_from) = (moved("body"), Some(moved("op")));
            &mut b.content
        });
        let responses = op.responses.iter_mut().map(|r| {
            (r.origin, r.referenced_from) = (moved("response"), Some(moved("op")));
            &mut r.content
        });
        for content in bodies.chain(responses).collect::<Vec<_>>() {
            for m in content {
                (m.origin, m.referenced_from) = (moved("media"), Some(moved("content")));
            }
        }
    }
    let r = diff_apis(&old, &new);
    assert!(r.is_empty(), "{r:#?}");
}

#[test]
fn report_is_deterministic_and_round_trips_through_json() {
    let make = || {
        changed(|a| {
            a.operations.retain(|o| o.id != "deleteRole");
            fields(a, "Role").push(field("startDate", string(), false));
            if let TypeKind::Enum(e) = &mut ty(a, "RoleCriteriaOperation").kind {
                e.values.reverse();
                e.values.push(EnumValue {
                    value: json!("GREATER_THAN"),
                    description: None,
                });
            }
            operation(a, "getRole").description = Some("new words".into());
        })
    };
    let (a, b) = (make(), make());
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
    let v: serde_json::Value = serde_json::from_str(&ja).unwrap();
    assert_eq!(v["breaking"], json!(true));
    assert_eq!(v["bump"], json!("major"));
    assert_eq!(
        v["counts"]["by_kind"]["operation_removed"]["breaking"],
        json!(1)
    );
    assert_eq!(
        v["counts"]["by_kind"]["enum_value_added"]["non_breaking"],
        json!(1)
    );
}

#[test]
fn counts_add_up() {
    let r = changed(|a| {
        a.operations.retain(|o| o.id != "deleteRole");
        fields(a, "Role").push(field("startDate", string(), false));
        operation(a, "getRole").deprecated = true;
    });
    assert_eq!(r.counts.total, r.changes.len());
    assert_eq!(r.counts.breaking + r.counts.non_breaking, r.counts.total);
    assert_eq!(r.counts.breaking, 1);
    assert_eq!(r.counts.by_impact[&Impact::Addition], 1);
    assert_eq!(r.counts.by_impact[&Impact::Deprecation], 1);
    assert_eq!(r.counts.of_kind(ChangeKind::OperationRemoved), 1);
}

// ---------------------------------------------------------------------------------------------
// Operations
// ---------------------------------------------------------------------------------------------

#[test]
fn operation_added_is_an_addition() {
    let r = changed(|a| a.operations.push(op("getRoleStats", "get", "/roles/stats")));
    let c = single(&r, ChangeKind::OperationAdded, Impact::Addition);
    assert_eq!(c.subject, "getRoleStats");
    assert_eq!(c.note.as_deref(), Some("GET /roles/stats"));
    assert_eq!(semver_bump(&r), Bump::Minor);
}

#[test]
fn operation_removed_is_breaking() {
    let r = changed(|a| a.operations.retain(|o| o.id != "deleteRole"));
    let c = single(&r, ChangeKind::OperationRemoved, Impact::Breaking);
    assert_eq!(c.subject, "deleteRole");
    assert!(r.breaking);
    assert_eq!(semver_bump(&r), Bump::Major);
}

#[test]
fn same_method_and_path_with_a_new_id_is_a_rename() {
    let r = changed(|a| {
        let o = operation(a, "getRole");
        o.id = "getRoleById".into();
        // Path parameter names do not matter for the match.
        o.path = "/roles/{roleId}".into();
        o.parameters[0].name = "roleId".into();
        o.parameters
            .push(param("expand", ParamLocation::Query, false, string()));
    });
    assert!(
        r.of_kind(ChangeKind::OperationAdded).next().is_none(),
        "{r:#?}"
    );
    assert!(
        r.of_kind(ChangeKind::OperationRemoved).next().is_none(),
        "{r:#?}"
    );
    let renamed: Vec<_> = r.of_kind(ChangeKind::OperationRenamed).collect();
    assert_eq!(renamed.len(), 1);
    assert!(renamed[0].breaking);
    assert_eq!(renamed[0].old.as_deref(), Some("getRole"));
    assert_eq!(renamed[0].new.as_deref(), Some("getRoleById"));
    // The renamed pair is compared like any other, under the new id.
    let added: Vec<_> = r.of_kind(ChangeKind::ParameterAdded).collect();
    assert!(added.iter().any(|c| c.subject == "getRoleById"
        && c.member.as_deref() == Some("expand")
        && !c.breaking));
    assert!(r.to_markdown().contains("`getRole` → `getRoleById`"));
}

#[test]
fn operation_moved_under_the_same_id_is_compatible() {
    let r = changed(|a| operation(a, "listRoles").path = "/role-list".into());
    let c = single(&r, ChangeKind::OperationMoved, Impact::Compatible);
    assert_eq!(c.old.as_deref(), Some("GET /roles"));
    assert_eq!(c.new.as_deref(), Some("GET /role-list"));
    assert_eq!(semver_bump(&r), Bump::Patch);
}

#[test]
fn deprecation_is_not_breaking() {
    let r = changed(|a| operation(a, "listRoles").deprecated = true);
    let c = single(&r, ChangeKind::Deprecated, Impact::Deprecation);
    assert_eq!(c.subject, "listRoles");
    assert!(!r.breaking);
    assert_eq!(semver_bump(&r), Bump::Minor);

    let r = diff_apis(
        &{
            let mut a = base();
            operation(&mut a, "listRoles").deprecated = true;
            a
        },
        &base(),
    );
    single(&r, ChangeKind::Undeprecated, Impact::Deprecation);
}

#[test]
fn experimental_marker_changes_are_compatible() {
    let header = ExperimentalHeader {
        name: "X-SailPoint-Experimental".into(),
        value: "true".into(),
        origin: Default::default(),
        referenced_from: None,
    };
    let with_header = |value: &str| {
        let mut a = base();
        operation(&mut a, "listRoles").experimental = Some(ExperimentalHeader {
            value: value.into(),
            ..header.clone()
        });
        a
    };
    let r = diff_apis(&base(), &with_header("true"));
    single(&r, ChangeKind::BecameExperimental, Impact::Compatible);
    assert_eq!(semver_bump(&r), Bump::Patch);
    let r = diff_apis(&with_header("true"), &base());
    single(&r, ChangeKind::NoLongerExperimental, Impact::Compatible);
    let r = diff_apis(&with_header("true"), &with_header("false"));
    single(
        &r,
        ChangeKind::ExperimentalHeaderChanged,
        Impact::Compatible,
    );
}

#[test]
fn tags_and_security_changes_are_compatible() {
    let r = changed(|a| operation(a, "listRoles").tags = vec!["Role Admin".into()]);
    single(&r, ChangeKind::TagsChanged, Impact::Compatible);
    let r = changed(|a| operation(a, "listRoles").security = Some(vec![BTreeMap::new()]));
    let c = single(&r, ChangeKind::SecurityChanged, Impact::Compatible);
    assert_eq!(c.new.as_deref(), Some("anonymous"));
}

// ---------------------------------------------------------------------------------------------
// Parameters
// ---------------------------------------------------------------------------------------------

#[test]
fn required_parameter_added_is_breaking_optional_is_not() {
    let r = changed(|a| {
        operation(a, "listRoles").parameters.push(param(
            "X-Tenant",
            ParamLocation::Header,
            true,
            string(),
        ))
    });
    let c = single(&r, ChangeKind::ParameterAdded, Impact::Breaking);
    assert_eq!(c.member.as_deref(), Some("X-Tenant"));

    let r = changed(|a| {
        operation(a, "listRoles").parameters.push(param(
            "offset",
            ParamLocation::Query,
            false,
            int32(),
        ))
    });
    single(&r, ChangeKind::ParameterAdded, Impact::Addition);
}

#[test]
fn parameter_removed_is_breaking() {
    let r = changed(|a| {
        operation(a, "listRoles").parameters.remove(1);
    });
    let c = single(&r, ChangeKind::ParameterRemoved, Impact::Breaking);
    assert_eq!(c.member.as_deref(), Some("filters"));
    assert_eq!(c.note.as_deref(), Some("query"));
}

#[test]
fn parameter_required_ness_changes_are_breaking_both_ways() {
    let r = changed(|a| operation(a, "listRoles").parameters[0].required = true);
    let c = single(&r, ChangeKind::ParameterRequiredChanged, Impact::Breaking);
    assert_eq!(
        (c.old.as_deref(), c.new.as_deref()),
        (Some("optional"), Some("required"))
    );
    let r = diff_apis(
        &{
            let mut a = base();
            operation(&mut a, "listRoles").parameters[0].required = true;
            a
        },
        &base(),
    );
    single(&r, ChangeKind::ParameterRequiredChanged, Impact::Breaking);
}

#[test]
fn parameter_type_change_is_breaking() {
    let r = changed(|a| {
        operation(a, "listRoles").parameters[0].ty = TypeRef::Primitive(Primitive::Int64)
    });
    let c = single(&r, ChangeKind::ParameterTypeChanged, Impact::Breaking);
    assert_eq!(c.old.as_deref(), Some("integer(int32)"));
    assert_eq!(c.new.as_deref(), Some("integer(int64)"));
}

#[test]
fn parameter_location_change_is_one_compatible_change() {
    let r = changed(|a| operation(a, "listRoles").parameters[1].location = ParamLocation::Header);
    let kinds = kinds(&r);
    assert!(
        kinds.contains(&(ChangeKind::ParameterLocationChanged, Impact::Compatible)),
        "{kinds:?}"
    );
    assert!(!r.breaking, "{r:#?}");
    assert!(r.of_kind(ChangeKind::ParameterAdded).next().is_none());
    assert!(r.of_kind(ChangeKind::ParameterRemoved).next().is_none());
}

#[test]
fn parameter_deprecation_and_docs_are_not_breaking() {
    let r = changed(|a| {
        let p = &mut operation(a, "listRoles").parameters[1];
        p.deprecated = true;
        p.description = Some("Filter results.".into());
    });
    assert_eq!(
        kinds(&r),
        vec![
            (ChangeKind::Deprecated, Impact::Deprecation),
            (ChangeKind::Documentation, Impact::Documentation)
        ]
    );
    assert_eq!(r.changes[1].note.as_deref(), Some("parameter `filters`"));
}

// ---------------------------------------------------------------------------------------------
// Bodies
// ---------------------------------------------------------------------------------------------

#[test]
fn request_body_added_breaks_only_when_required() {
    let r = changed(|a| operation(a, "deleteRole").request_body = Some(body(true, string())));
    single(&r, ChangeKind::RequestBodyAdded, Impact::Breaking);
    let r = changed(|a| operation(a, "deleteRole").request_body = Some(body(false, string())));
    single(&r, ChangeKind::RequestBodyAdded, Impact::Addition);
}

#[test]
fn request_body_removed_or_required_ness_changed_is_breaking() {
    let r = changed(|a| operation(a, "createRole").request_body = None);
    single(&r, ChangeKind::RequestBodyRemoved, Impact::Breaking);
    let r = changed(|a| {
        operation(a, "createRole")
            .request_body
            .as_mut()
            .unwrap()
            .required = false
    });
    single(&r, ChangeKind::RequestBodyRequiredChanged, Impact::Breaking);
}

#[test]
fn request_content_types_and_schema() {
    let r = changed(|a| {
        let b = operation(a, "createRole").request_body.as_mut().unwrap();
        b.content.push(media(
            "application/json-patch+json",
            Some(named("RoleInput")),
        ));
    });
    let c = single(&r, ChangeKind::RequestContentTypeAdded, Impact::Addition);
    assert_eq!(c.member.as_deref(), Some("application/json-patch+json"));

    let r = changed(|a| {
        operation(a, "createRole")
            .request_body
            .as_mut()
            .unwrap()
            .content[0]
            .content_type = "multipart/form-data".into()
    });
    assert_eq!(
        kinds(&r),
        vec![
            (ChangeKind::RequestContentTypeRemoved, Impact::Breaking),
            (ChangeKind::RequestContentTypeAdded, Impact::Addition)
        ]
    );

    let r = changed(|a| {
        operation(a, "createRole")
            .request_body
            .as_mut()
            .unwrap()
            .content[0]
            .schema = Some(named("Role"))
    });
    let c = single(&r, ChangeKind::RequestSchemaChanged, Impact::Breaking);
    assert_eq!(
        (c.old.as_deref(), c.new.as_deref()),
        (Some("RoleInput"), Some("Role"))
    );
}

#[test]
fn success_response_changes_break_error_response_changes_do_not() {
    let r =
        changed(|a| operation(a, "listRoles").responses[0].content[0].schema = Some(named("Role")));
    let c = single(&r, ChangeKind::ResponseSchemaChanged, Impact::Breaking);
    assert_eq!(c.member.as_deref(), Some("200 application/json"));
    assert_eq!(c.old.as_deref(), Some("array<Role>"));

    let r = changed(|a| {
        operation(a, "createRole").responses[1].content[0].schema = Some(named("Role"))
    });
    single(&r, ChangeKind::ResponseSchemaChanged, Impact::Compatible);

    let r = changed(|a| operation(a, "createRole").responses.truncate(1));
    single(&r, ChangeKind::ResponseRemoved, Impact::Compatible);

    let r = changed(|a| {
        operation(a, "createRole").responses[0]
            .content
            .push(media("text/csv", Some(string())))
    });
    single(&r, ChangeKind::ResponseContentTypeAdded, Impact::Addition);

    let r = changed(|a| {
        operation(a, "createRole")
            .responses
            .push(response("429", Some(named("ErrorResponse"))))
    });
    single(&r, ChangeKind::ResponseAdded, Impact::Addition);
}

#[test]
fn a_first_success_body_changes_the_return_type() {
    let r = changed(|a| {
        operation(a, "deleteRole")
            .responses
            .push(response("200", Some(named("Role"))))
    });
    single(&r, ChangeKind::ResponseAdded, Impact::Breaking);
    let r = changed(|a| operation(a, "getRole").responses = vec![response("204", None)]);
    assert_eq!(
        kinds(&r),
        vec![
            (ChangeKind::ResponseRemoved, Impact::Breaking),
            (ChangeKind::ResponseAdded, Impact::Addition)
        ]
    );
}

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

#[test]
fn type_added_and_removed() {
    let r = changed(|a| a.types.push(strukt("RoleStats", vec![])));
    let c = single(&r, ChangeKind::TypeAdded, Impact::Addition);
    assert_eq!(c.note.as_deref(), Some("struct"));
    let r = changed(|a| a.types.retain(|t| t.name != "ErrorResponse"));
    single(&r, ChangeKind::TypeRemoved, Impact::Breaking);
}

#[test]
fn type_renamed_with_the_same_origin_is_one_breaking_change() {
    let r = changed(|a| {
        ty(a, "ErrorResponse").name = "ErrorResponseDto".into();
        operation(a, "createRole").responses[1].content[0].schema = Some(named("ErrorResponseDto"));
        fields(a, "Role").push(field("lastError", named("ErrorResponseDto"), false));
    });
    let renamed: Vec<_> = r.of_kind(ChangeKind::TypeRenamed).collect();
    assert_eq!(renamed.len(), 1, "{r:#?}");
    assert_eq!(renamed[0].old.as_deref(), Some("ErrorResponse"));
    assert!(renamed[0].breaking);
    // References under the new name are not reported as schema changes.
    assert!(
        r.of_kind(ChangeKind::ResponseSchemaChanged)
            .next()
            .is_none(),
        "{r:#?}"
    );
    assert!(r.of_kind(ChangeKind::TypeAdded).next().is_none());
    assert!(r.of_kind(ChangeKind::TypeRemoved).next().is_none());
}

#[test]
fn type_kind_and_alias_target_changes_are_breaking() {
    let r = changed(|a| ty(a, "ErrorResponse").kind = TypeKind::Alias(TypeRef::Any));
    let c = single(&r, ChangeKind::TypeKindChanged, Impact::Breaking);
    assert_eq!(c.new.as_deref(), Some("alias of any"));

    let alias = |t: TypeRef| {
        let mut a = base();
        a.types.push(typedef("Ids", TypeKind::Alias(t)));
        a
    };
    let r = diff_apis(
        &alias(TypeRef::Array(Box::new(string()))),
        &alias(TypeRef::Array(Box::new(TypeRef::Primitive(
            Primitive::Uuid,
        )))),
    );
    let c = single(&r, ChangeKind::AliasTargetChanged, Impact::Breaking);
    assert_eq!(c.new.as_deref(), Some("array<string(uuid)>"));
}

#[test]
fn type_deprecation_is_not_breaking() {
    let r = changed(|a| ty(a, "Role").deprecated = true);
    single(&r, ChangeKind::Deprecated, Impact::Deprecation);
}

// ---------------------------------------------------------------------------------------------
// Fields
// ---------------------------------------------------------------------------------------------

#[test]
fn new_optional_field_is_not_breaking() {
    let r = changed(|a| fields(a, "RoleInput").push(field("startDate", string(), false)));
    let c = single(&r, ChangeKind::FieldAdded, Impact::Addition);
    assert_eq!(
        (c.subject.as_str(), c.member.as_deref()),
        ("RoleInput", Some("startDate"))
    );
}

#[test]
fn new_required_field_breaks_input_types_only() {
    // RoleInput is a request body: callers must now supply the field.
    let r = changed(|a| fields(a, "RoleInput").push(field("owner", string(), true)));
    let c = single(&r, ChangeKind::FieldAdded, Impact::Breaking);
    assert!(c.note.unwrap().contains("required in an input type"));
    // Role is only ever received: a new required field is something more to read.
    let r = changed(|a| fields(a, "Role").push(field("owner", string(), true)));
    single(&r, ChangeKind::FieldAdded, Impact::Addition);
    // A type reached through another input type is an input too.
    let r = changed(|a| {
        fields(a, "RoleInput").push(field("error", named("ErrorResponse"), false));
        fields(a, "ErrorResponse").push(field("code", int32(), true));
    });
    assert!(r
        .changes
        .iter()
        .any(|c| c.subject == "ErrorResponse" && c.kind == ChangeKind::FieldAdded && c.breaking));
    // A type nothing reaches counts as an input (conservative).
    let orphan = |extra: bool| {
        let mut a = base();
        let mut fs = vec![field("id", string(), true)];
        if extra {
            fs.push(field("name", string(), true));
        }
        a.types.push(strukt("Orphan", fs));
        a
    };
    let r = diff_apis(&orphan(false), &orphan(true));
    single(&r, ChangeKind::FieldAdded, Impact::Breaking);
}

#[test]
fn webhook_answers_are_inputs_and_payloads_outputs() {
    let hook = |extra: bool| {
        let mut a = base();
        let mut o = op("accessRequestDynamicApprover", "post", "/");
        o.request_body = Some(body(true, named("Payload")));
        o.responses = vec![response("200", Some(named("Answer")))];
        a.webhooks.push(Webhook {
            name: "AccessRequestDynamicApprover".into(),
            operation: o,
        });
        let mut payload = vec![field("id", string(), true)];
        let mut answer = vec![field("id", string(), true)];
        if extra {
            payload.push(field("more", string(), true));
            answer.push(field("more", string(), true));
        }
        a.types.push(strukt("Payload", payload));
        a.types.push(strukt("Answer", answer));
        a.types.sort_by(|x, y| x.name.cmp(&y.name));
        a
    };
    let r = diff_apis(&hook(false), &hook(true));
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
    let r = changed(|a| fields(a, "Role").retain(|f| f.name != "name"));
    let c = single(&r, ChangeKind::FieldRemoved, Impact::Breaking);
    assert_eq!(c.member.as_deref(), Some("name"));

    let r = changed(|a| fields(a, "Role")[0].ty = TypeRef::Primitive(Primitive::Uuid));
    let c = single(&r, ChangeKind::FieldTypeChanged, Impact::Breaking);
    assert_eq!(
        (c.old.as_deref(), c.new.as_deref()),
        (Some("string"), Some("string(uuid)"))
    );
    assert!(r
        .to_markdown()
        .contains("`Role` `id`: `string` → `string(uuid)`"));
}

#[test]
fn field_required_ness_changes() {
    // Output type, non-nullable: `T` becomes `Option<T>`.
    let r = changed(|a| fields(a, "Role")[1].required = false);
    let c = single(&r, ChangeKind::FieldRequiredChanged, Impact::Breaking);
    assert_eq!(
        (c.old.as_deref(), c.new.as_deref()),
        (Some("required"), Some("optional"))
    );
    // Output type, read-only: `Option<T>` either way (read-only fields are absent from requests).
    let read_only = |required: bool| {
        let mut a = base();
        fields(&mut a, "Role")[1].read_only = true;
        fields(&mut a, "Role")[1].required = required;
        a
    };
    let r = diff_apis(&read_only(true), &read_only(false));
    single(&r, ChangeKind::FieldRequiredChanged, Impact::Compatible);
    // Output type, nullable: `Option<T>` becomes `Option<Option<T>>`.
    let nullable_name = |required: bool| {
        let mut a = base();
        fields(&mut a, "Role")[1].nullable = true;
        fields(&mut a, "Role")[1].required = required;
        a
    };
    let r = diff_apis(&nullable_name(true), &nullable_name(false));
    single(&r, ChangeKind::FieldRequiredChanged, Impact::Breaking);
    // Input type, nullable: the constructor's arguments change.
    let nullable_input = |required: bool| {
        let mut a = base();
        fields(&mut a, "RoleInput")[0].nullable = true;
        fields(&mut a, "RoleInput")[0].required = required;
        a
    };
    let r = diff_apis(&nullable_input(true), &nullable_input(false));
    single(&r, ChangeKind::FieldRequiredChanged, Impact::Breaking);
    // Newly required.
    let r = changed(|a| fields(a, "RoleInput")[1].required = true);
    single(&r, ChangeKind::FieldRequiredChanged, Impact::Breaking);
}

#[test]
fn field_nullability_breaks_when_the_option_wrapping_changes() {
    // Required: `T` becomes `Option<T>`.
    let r = changed(|a| fields(a, "Role")[1].nullable = true);
    let c = single(&r, ChangeKind::FieldNullabilityChanged, Impact::Breaking);
    assert_eq!(c.new.as_deref(), Some("nullable"));
    // Optional: `Option<T>` becomes `Option<Option<T>>` (absent and null kept apart).
    let r = changed(|a| fields(a, "Role")[2].nullable = true);
    single(&r, ChangeKind::FieldNullabilityChanged, Impact::Breaking);
    // Free-form JSON holds null itself: `Option<Value>` either way.
    let any = |nullable: bool| {
        let mut a = base();
        fields(&mut a, "Role")[2].ty = TypeRef::Any;
        fields(&mut a, "Role")[2].nullable = nullable;
        a
    };
    let r = diff_apis(&any(false), &any(true));
    single(&r, ChangeKind::FieldNullabilityChanged, Impact::Compatible);
}

#[test]
fn field_details_that_do_not_break() {
    let r = changed(|a| {
        let f = &mut fields(a, "Role")[2];
        f.deprecated = true;
        f.read_only = true;
        f.default = Some(json!("EQUALS"));
        f.description = Some("The operation.".into());
    });
    assert_eq!(
        kinds(&r),
        vec![
            (ChangeKind::FieldAccessChanged, Impact::Compatible),
            (ChangeKind::Deprecated, Impact::Deprecation),
            (ChangeKind::DefaultChanged, Impact::Compatible),
            (ChangeKind::Documentation, Impact::Documentation),
        ]
    );
    assert!(!r.breaking);
}

#[test]
fn flattened_parts_and_additional_properties() {
    let with = |flatten: Vec<TypeRef>, extra: Option<TypeRef>| {
        let mut a = base();
        for name in ["Role", "RoleInput"] {
            if let TypeKind::Struct(s) = &mut ty(&mut a, name).kind {
                s.flatten = flatten.clone();
                s.additional_properties = extra.clone();
            }
        }
        a
    };
    let r = diff_apis(
        &with(vec![], None),
        &with(vec![named("ErrorResponse")], None),
    );
    let by_subject: BTreeMap<&str, Impact> = r
        .of_kind(ChangeKind::FlattenedPartAdded)
        .map(|c| (c.subject.as_str(), c.impact))
        .collect();
    assert_eq!(
        by_subject,
        BTreeMap::from([("Role", Impact::Addition), ("RoleInput", Impact::Breaking)])
    );
    let r = diff_apis(
        &with(vec![named("ErrorResponse")], None),
        &with(vec![], None),
    );
    assert!(r
        .of_kind(ChangeKind::FlattenedPartRemoved)
        .all(|c| c.breaking));

    let r = diff_apis(&with(vec![], None), &with(vec![], Some(string())));
    assert!(
        r.changes
            .iter()
            .all(|c| (c.kind, c.impact)
                == (ChangeKind::AdditionalPropertiesChanged, Impact::Addition))
    );
    let r = diff_apis(&with(vec![], Some(string())), &with(vec![], Some(int32())));
    assert!(r.changes.iter().all(|c| c.breaking));
    assert_eq!(r.changes.len(), 2);
}

// ---------------------------------------------------------------------------------------------
// Enums and unions
// ---------------------------------------------------------------------------------------------

fn with_values(values: &[&str]) -> Api {
    let mut a = base();
    *ty(&mut a, "RoleCriteriaOperation") = enumeration("RoleCriteriaOperation", values);
    a
}

#[test]
fn new_enum_value_is_not_breaking() {
    let r = diff_apis(
        &with_values(&["EQUALS", "CONTAINS"]),
        &with_values(&["EQUALS", "CONTAINS", "DOES_NOT_CONTAIN", "GREATER_THAN"]),
    );
    assert_eq!(
        kinds(&r),
        vec![(ChangeKind::EnumValueAdded, Impact::Addition); 2]
    );
    assert_eq!(semver_bump(&r), Bump::Minor);
    // One line per enum in the Markdown.
    assert!(
        r.to_markdown()
            .contains("- `RoleCriteriaOperation`: `DOES_NOT_CONTAIN`, `GREATER_THAN`"),
        "{}",
        r.to_markdown()
    );
}

#[test]
fn removed_enum_value_is_breaking() {
    let r = diff_apis(
        &with_values(&["EQUALS", "CONTAINS"]),
        &with_values(&["CONTAINS"]),
    );
    let c = single(&r, ChangeKind::EnumValueRemoved, Impact::Breaking);
    assert_eq!(c.member.as_deref(), Some("EQUALS"));
}

#[test]
fn enum_reordering_is_no_change_and_descriptions_are_docs() {
    let r = diff_apis(
        &with_values(&["EQUALS", "CONTAINS"]),
        &with_values(&["CONTAINS", "EQUALS"]),
    );
    assert!(r.is_empty(), "{r:#?}");
    let mut new = with_values(&["EQUALS", "CONTAINS"]);
    if let TypeKind::Enum(e) = &mut ty(&mut new, "RoleCriteriaOperation").kind {
        e.values[0].description = Some("Equal".into());
        e.nullable = true;
    }
    let r = diff_apis(&with_values(&["EQUALS", "CONTAINS"]), &new);
    assert_eq!(
        kinds(&r),
        vec![
            (ChangeKind::EnumNullabilityChanged, Impact::Breaking),
            (ChangeKind::Documentation, Impact::Documentation)
        ]
    );
}

#[test]
fn integer_enum_values_and_repr() {
    let ints = |repr: EnumRepr, values: &[i64]| {
        let mut a = base();
        a.types.push(typedef(
            "Level",
            TypeKind::Enum(Enum {
                repr,
                values: values
                    .iter()
                    .map(|v| EnumValue {
                        value: json!(v),
                        description: None,
                    })
                    .collect(),
                nullable: false,
            }),
        ));
        a
    };
    let r = diff_apis(
        &ints(EnumRepr::Integer, &[1, 2]),
        &ints(EnumRepr::Integer, &[1, 2, 3]),
    );
    let c = single(&r, ChangeKind::EnumValueAdded, Impact::Addition);
    assert_eq!(c.member.as_deref(), Some("3"));
    let r = diff_apis(
        &ints(EnumRepr::Integer, &[1]),
        &ints(EnumRepr::String, &[1]),
    );
    single(&r, ChangeKind::EnumReprChanged, Impact::Breaking);
}

#[test]
fn union_variants_added_or_removed_are_breaking() {
    let with = |variants: Vec<TypeRef>| {
        let mut a = base();
        a.types.push(union("Criteria", variants));
        a
    };
    let r = diff_apis(
        &with(vec![named("Role")]),
        &with(vec![named("Role"), named("RoleInput")]),
    );
    let c = single(&r, ChangeKind::UnionVariantAdded, Impact::Breaking);
    assert_eq!(c.member.as_deref(), Some("RoleInput"));
    let r = diff_apis(
        &with(vec![named("Role"), string()]),
        &with(vec![named("Role")]),
    );
    let c = single(&r, ChangeKind::UnionVariantRemoved, Impact::Breaking);
    assert_eq!(c.member.as_deref(), Some("string"));
    // Order alone is not a change (rendering decides the try-order).
    let r = diff_apis(
        &with(vec![named("Role"), string()]),
        &with(vec![string(), named("Role")]),
    );
    assert!(r.is_empty());
}

#[test]
fn discriminator_changes() {
    let with = |property: &str, cases: &[(&str, &str)], mode: UnionMode| {
        let mut a = base();
        let mut u = union("Criteria", cases.iter().map(|(_, t)| named(t)).collect());
        if let TypeKind::Union(un) = &mut u.kind {
            un.mode = mode;
            un.discriminator = Some(Discriminator {
                property: property.into(),
                mapping: cases
                    .iter()
                    .map(|(v, t)| DiscriminatorCase {
                        value: (*v).into(),
                        type_name: (*t).into(),
                    })
                    .collect(),
            });
        }
        a.types.push(u);
        a
    };
    let one = [("role", "Role"), ("input", "RoleInput")];
    let r = diff_apis(
        &with("type", &one, UnionMode::OneOf),
        &with("kind", &one, UnionMode::OneOf),
    );
    single(&r, ChangeKind::DiscriminatorChanged, Impact::Breaking);
    let r = diff_apis(
        &with("type", &one, UnionMode::OneOf),
        &with("type", &one, UnionMode::AnyOf),
    );
    single(&r, ChangeKind::UnionModeChanged, Impact::Compatible);
    // A new tag for a new variant: only the variant is reported.
    let r = diff_apis(
        &with("type", &one[..1], UnionMode::OneOf),
        &with("type", &one, UnionMode::OneOf),
    );
    single(&r, ChangeKind::UnionVariantAdded, Impact::Breaking);
    // A tag pointing at another type.
    let r = diff_apis(
        &with("type", &one, UnionMode::OneOf),
        &with(
            "type",
            &[("role", "RoleInput"), ("input", "Role")],
            UnionMode::OneOf,
        ),
    );
    assert_eq!(
        kinds(&r),
        vec![(ChangeKind::DiscriminatorChanged, Impact::Breaking); 2]
    );
}

// ---------------------------------------------------------------------------------------------
// Webhooks, API level, documentation
// ---------------------------------------------------------------------------------------------

#[test]
fn webhooks_added_and_removed() {
    let with = |names: &[&str]| {
        let mut a = base();
        for n in names {
            a.webhooks.push(Webhook {
                name: (*n).into(),
                operation: op(n, "post", "/"),
            });
        }
        a
    };
    let r = diff_apis(&with(&["A"]), &with(&["A", "B"]));
    single(&r, ChangeKind::WebhookAdded, Impact::Addition);
    let r = diff_apis(&with(&["A", "B"]), &with(&["B"]));
    let c = single(&r, ChangeKind::WebhookRemoved, Impact::Breaking);
    assert_eq!(c.subject, "A");
    // Changes inside a webhook are reported under its name.
    let mut new = with(&["A"]);
    new.webhooks[0].operation.deprecated = true;
    let r = diff_apis(&with(&["A"]), &new);
    let c = single(&r, ChangeKind::Deprecated, Impact::Deprecation);
    assert_eq!(
        (c.scope, c.subject.as_str()),
        (generator::diff::Scope::Webhook, "A")
    );
}

#[test]
fn servers_are_compatible() {
    let r = changed(|a| {
        a.servers.push(Server {
            url: "https://{tenant}.api.identitynow.com/v2025".into(),
            description: None,
            variables: BTreeMap::new(),
        })
    });
    single(&r, ChangeKind::ServersChanged, Impact::Compatible);
}

#[test]
fn documentation_only_changes_are_a_patch_and_collapsed() {
    let r = changed(|a| {
        operation(a, "getRole").summary = Some("Get a role".into());
        operation(a, "getRole").description = Some("Returns a role.".into());
        ty(a, "Role").description = Some("A role.".into());
        fields(a, "Role")[0].example = Some(json!("2c91808a7813090a017814121e121518"));
        a.description = Some("The API.".into());
    });
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
    let r = changed(|a| {
        a.operations.retain(|o| o.id != "deleteRole");
        a.operations.push(op("getRoleStats", "get", "/roles/stats"));
        fields(a, "Role").push(field("startDate", string(), false));
        operation(a, "getRole").summary = Some("Get a role".into());
    });
    let md = r.to_markdown();
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

#[test]
fn markdown_cuts_long_non_breaking_groups_but_never_breaking_ones() {
    let many: Vec<String> = (0..100).map(|i| format!("V{i:03}")).collect();
    let mut refs = vec!["EQUALS", "NOT_EQUALS", "CONTAINS"];
    refs.extend(many.iter().map(String::as_str));
    let mut old = base();
    let mut new = base();
    for i in 0..60 {
        old.types.push(strukt(&format!("Gone{i:02}"), vec![]));
        new.operations
            .push(op(&format!("op{i:02}"), "get", &format!("/x/{i}")));
    }
    old.types.sort_by(|a, b| a.name.cmp(&b.name));
    *ty(&mut new, "RoleCriteriaOperation") = enumeration("RoleCriteriaOperation", &refs);
    let r = diff_apis(&old, &new);
    let md = r.to_markdown();
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

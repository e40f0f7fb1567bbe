//! The client plan on the small fixture API (`fixtures/client/api.yaml`): the decisions it
//! records, that it is plain data workers can share, and that the conformance harness's call
//! surfaces are a view of it.

#[path = "fixtures/client/api.rs"]
mod fixture;

use generator::config::VersionConfig;
use generator::ir::{MediaType, TypeRef};
use generator::render::client::plan::{
    BodyEncoding, ClientPlan, OperationPlan, PagingPlan, RequestStep, StatusPattern, SuccessPlan,
    SuccessShape, RUNTIME_VARIANTS,
};
use generator::render::client::{call_surfaces, ArgSource};
use generator::render::features::TypeGate;

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

fn plan() -> ClientPlan {
    ClientPlan::new(&fixture::api(), &version(), "sailpoint-runtime").unwrap()
}

fn operation<'p>(plan: &'p ClientPlan, id: &str) -> &'p OperationPlan {
    (plan.groups.iter())
        .flat_map(|g| &g.operations)
        .find(|o| o.id == id)
        .unwrap()
}

#[test]
fn the_plan_is_plain_data_every_worker_can_share() {
    fn shared<T: Send + Sync + 'static>(_: &T) {}
    let plan = plan();
    shared(&plan);
    let json = serde_json::to_value(&plan).unwrap();
    assert_eq!(json["models_ident"], "fixture_models");
    assert_eq!(json["base_path"], "/v9");
}

#[test]
fn names_members_and_request_steps() {
    let plan = plan();
    let list = operation(&plan, "listItems");
    assert_eq!(
        (list.method.as_str(), list.builder.as_str()),
        ("list_items", "ListItems")
    );
    // `type` is a keyword: named `type` in docs, `r#type` in Rust.
    let ty = list.members.iter().find(|m| m.name == "type").unwrap();
    assert_eq!(ty.ident, "r#type");
    assert!(ty.into_string && !ty.required);
    assert_eq!(list.arguments().count(), 0);
    let steps: Vec<String> = (list.steps.iter())
        .map(|s| match s {
            RequestStep::Query {
                wire_name,
                style,
                explode,
                ..
            } => {
                format!("query {wire_name} {style} {explode}")
            }
            RequestStep::Header { wire_name, .. } => format!("header {wire_name}"),
            RequestStep::Cookie { wire_name, .. } => format!("cookie {wire_name}"),
            RequestStep::Accept(a) => format!("accept {a}"),
            other => format!("{other:?}"),
        })
        .collect();
    assert!(
        steps.contains(&"query colors form false".to_string()),
        "{steps:?}"
    );
    assert!(
        steps.contains(&"query sel deepObject true".to_string()),
        "{steps:?}"
    );
    assert_eq!(
        steps[steps.len() - 3..],
        [
            "header X-Request-Tag",
            "cookie session",
            "accept application/json"
        ]
    );

    let patch = operation(&plan, "patchItem");
    let Some(RequestStep::Body {
        encoding: BodyEncoding::JsonAs(ct),
        ..
    }) = patch.steps.last()
    else {
        panic!("{:?}", patch.steps);
    };
    assert_eq!(ct, "application/json-patch+json");

    let upload = operation(&plan, "uploadItemFile");
    let Some(RequestStep::Body {
        encoding: BodyEncoding::Multipart(files),
        ..
    }) = upload.steps.last()
    else {
        panic!("{:?}", upload.steps);
    };
    assert_eq!(files.len(), 1);
    assert_eq!(
        (files[0].wire_name.as_str(), files[0].option_depth),
        ("file", 0)
    );
    assert_eq!(files[0].content_type.as_deref(), Some("text/csv"));
}

#[test]
fn answers_paging_and_retry_safety() {
    let plan = plan();
    let list = operation(&plan, "listItems");
    let Some(PagingPlan::Offset {
        limit,
        offset,
        page_size,
        item_type,
    }) = &list.paging
    else {
        panic!("{:?}", list.paging);
    };
    assert_eq!(list.members[*limit].name, "limit");
    assert_eq!(list.members[*offset].name, "offset");
    assert_eq!((page_size.default, page_size.maximum), (2, Some(2)));
    assert_eq!(item_type, "models :: Item");
    // One variant per status (400 and 429 share a type, each keeps its own variant); the 5XX
    // range comes after every exact code.
    assert_eq!(list.errors.enum_name, "ListItemsError");
    assert_eq!(
        error_variants(list),
        [
            (
                "BadRequest",
                StatusPattern::Code(400),
                Some("models :: ErrorResponse")
            ),
            (
                "TooManyRequests",
                StatusPattern::Code(429),
                Some("models :: ErrorResponse")
            ),
            (
                "ServerError5xx",
                StatusPattern::Range(500, 599),
                Some("models :: ErrorResponse")
            ),
        ]
    );
    assert!(!list.retry_safe);

    let search = operation(&plan, "searchPost");
    assert!(matches!(
        search.paging,
        Some(PagingPlan::SearchAfter {
            offset: None,
            body_required: true,
            ..
        })
    ));
    assert!(search.retry_safe, "named by retry_safe_operations");

    let create = operation(&plan, "createItem");
    let SuccessPlan::ByStatus {
        variants, fallback, ..
    } = &create.success
    else {
        panic!("{:?}", create.success);
    };
    let statuses: Vec<&str> = variants.iter().map(|v| v.status.as_str()).collect();
    assert_eq!(statuses[..3], ["201", "202", "2XX"]);
    assert_eq!(variants[1].shape, SuccessShape::Empty);
    assert_eq!(
        *fallback,
        Some(0),
        "no default: undocumented 2XX decode as the first"
    );

    let get = operation(&plan, "getItem");
    assert!(
        matches!(get.success, SuccessPlan::Single(SuccessShape::Json(ref t)) if t == "models :: Item")
    );
    assert_eq!(
        error_variants(get),
        [
            (
                "NotFound",
                StatusPattern::Code(404),
                Some("models :: ErrorResponse")
            ),
            (
                "Default",
                StatusPattern::Any,
                Some("models :: serde_json :: Value")
            ),
        ]
    );
    assert_eq!(
        get.errors.variants[0].doc, "HTTP 404: HTTP 404",
        "the status, then the first line of the description"
    );
    let patch = operation(&plan, "patchItem");
    assert!(
        patch.errors.variants.is_empty(),
        "no error response: only the runtime's variants"
    );
    assert_eq!(patch.errors.enum_name, "PatchItemError");
}

/// `(variant, pattern, model)` of each documented error status.
fn error_variants(o: &OperationPlan) -> Vec<(&str, StatusPattern, Option<&str>)> {
    (o.errors.variants.iter())
        .map(|v| (v.variant.as_str(), v.pattern, v.model.as_deref()))
        .collect()
}

#[test]
fn error_variants_follow_the_status_rules() {
    let mut api = fixture::api();
    let get = (api.operations.iter_mut())
        .find(|o| o.id == "getItem")
        .unwrap();
    let json = |name: &str| MediaType {
        content_type: "application/json".into(),
        schema: Some(TypeRef::Named(name.into())),
        examples: vec![],
        encoding: Default::default(),
        origin: Default::default(),
        referenced_from: None,
    };
    let mut extra = |status: &str, content: Vec<MediaType>| {
        let mut r = get.responses[0].clone();
        r.status = status.into();
        r.description = None;
        r.content = content;
        get.responses.push(r);
    };
    // Documented in spec order, matched exact codes first, then ranges, then `default`; a
    // second documentation of a range (other case) is dropped; a status without a JSON body
    // holds the bare answer; a code without a reason phrase is `Status{code}`.
    extra("4XX", vec![json("ErrorResponse")]);
    extra("4xx", vec![]);
    extra("499", vec![]);
    extra("409", vec![json("Item")]);
    let plan = ClientPlan::new(&api, &version(), "sailpoint-runtime").unwrap();
    let get = operation(&plan, "getItem");
    assert_eq!(
        error_variants(get),
        [
            (
                "NotFound",
                StatusPattern::Code(404),
                Some("models :: ErrorResponse")
            ),
            ("Conflict", StatusPattern::Code(409), Some("models :: Item")),
            ("Status499", StatusPattern::Code(499), None),
            (
                "ClientError4xx",
                StatusPattern::Range(400, 499),
                Some("models :: ErrorResponse")
            ),
            (
                "Default",
                StatusPattern::Any,
                Some("models :: serde_json :: Value")
            ),
        ]
    );
    assert_eq!(get.errors.variants[2].doc, "HTTP 499.");
    assert!(get.errors.variants[3]
        .doc
        .starts_with("HTTP 4XX (a status of the range"));
    for v in &get.errors.variants {
        assert!(!RUNTIME_VARIANTS.contains(&v.variant.as_str()));
    }
}

#[test]
fn alike_error_enums_are_shared() {
    // Operations without a documented error status share one enum; an operation has its own
    // exactly when no other has the same variants.
    let plan = plan();
    let operations: Vec<&OperationPlan> = plan.groups.iter().flat_map(|g| &g.operations).collect();
    let undocumented: Vec<&&OperationPlan> = (operations.iter())
        .filter(|o| o.errors.variants.is_empty())
        .collect();
    assert!(undocumented.len() > 1);
    for o in &undocumented {
        assert_eq!(
            o.errors.shared.as_deref(),
            Some("ErrorUndocumented"),
            "{}",
            o.id
        );
    }
    for o in &operations {
        let alike = (operations.iter())
            .filter(|p| error_variants(p) == error_variants(o))
            .count();
        assert_eq!(o.errors.shared.is_some(), alike > 1, "{}", o.id);
    }
    for shared in &plan.shared_errors {
        let users: Vec<_> = (plan.groups.iter())
            .filter(|g| (g.operations.iter()).any(|o| o.errors.shared == Some(shared.name.clone())))
            .collect();
        assert_eq!(
            shared.operations,
            (operations.iter())
                .filter(|o| o.errors.shared.as_deref() == Some(&shared.name))
                .count()
        );
        assert_eq!(
            shared.gate == TypeGate::Always,
            users.len() == plan.groups.len(),
            "ungated exactly when every tag's operations use it: {:?}",
            shared.gate
        );
    }
    assert_eq!(operation(&plan, "getItem").errors.shared, None);

    // Give getItem's error answers to two more operations, one in another tag, one
    // with another description of 404; and the same statuses with another 404 model to two
    // others.
    let mut api = fixture::api();
    let errors_of_get: Vec<_> = (api.operations.iter())
        .find(|o| o.id == "getItem")
        .unwrap()
        .responses
        .iter()
        .filter(|r| !r.status.starts_with('2'))
        .cloned()
        .collect();
    let mut give = |id: &str, edit: &dyn Fn(&mut generator::ir::Response)| {
        let op = api.operations.iter_mut().find(|o| o.id == id).unwrap();
        for r in &errors_of_get {
            let mut r = r.clone();
            edit(&mut r);
            op.responses.push(r);
        }
    };
    give("submitForm", &|_| {});
    give("getKind", &|r| {
        if r.status == "404" {
            r.description = Some("No such request".into());
        }
    });
    give("patchItem", &|r| {
        if r.status == "404" {
            r.content[0].schema = Some(TypeRef::Named("Item".into()));
        }
    });
    give("ping", &|r| {
        if r.status == "404" {
            r.content[0].schema = Some(TypeRef::Named("Item".into()));
        }
    });
    for id in ["exportItems", "downloadItem"] {
        give(id, &|r| {
            if r.status == "default" {
                r.content[0].schema = Some(TypeRef::Named("Item".into()));
            }
        });
    }
    let plan = ClientPlan::new(&api, &version(), "sailpoint-runtime").unwrap();
    let by_name = |name: &str| {
        (plan.shared_errors.iter())
            .find(|e| e.name == name)
            .unwrap_or_else(|| panic!("no {name} in {:#?}", plan.shared_errors))
    };
    let alike = ["getItem", "submitForm", "getKind"];
    for id in alike {
        assert_eq!(
            operation(&plan, id).errors.shared.as_deref(),
            Some("Error404_Default"),
            "{id}"
        );
    }
    let shared = by_name("Error404_Default");
    assert_eq!(shared.operations, 3);
    assert!(
        shared.variants[0]
            .doc
            .starts_with("HTTP 404. Operations describe it differently"),
        "{}",
        shared.variants[0].doc
    );
    assert_eq!(
        shared.variants[1].doc,
        operation(&plan, "getItem").errors.variants[1].doc
    );
    // Each operation keeps its own description.
    assert_eq!(
        operation(&plan, "getKind").errors.variants[0].doc,
        "HTTP 404: No such request"
    );
    // Same statuses, another model: another enum, the name made unique (`_2`, `_3`: equal
    // counts go in the order of first use).
    let other_model = operation(&plan, "patchItem").errors.shared.clone().unwrap();
    assert_eq!(
        operation(&plan, "ping").errors.shared.as_ref(),
        Some(&other_model)
    );
    assert_eq!(by_name(&other_model).operations, 2);
    let one_tag_name = operation(&plan, "exportItems")
        .errors
        .shared
        .clone()
        .unwrap();
    let mut names = [other_model.as_str(), one_tag_name.as_str()];
    names.sort();
    assert_eq!(names, ["Error404_Default_2", "Error404_Default_3"]);
    // Used by some tags only: compiled with any of theirs.
    let features_of = |ids: &[&str]| -> Vec<String> {
        (plan.groups.iter())
            .filter(|g| g.operations.iter().any(|o| ids.contains(&o.id.as_str())))
            .map(|g| g.feature.clone())
            .collect()
    };
    assert_eq!(shared.gate, TypeGate::AnyOf(features_of(&alike)));
    assert_eq!(features_of(&alike).len(), 2);
    let cfg = shared.gate.cfg().to_string();
    assert!(cfg.contains("cfg (any ("), "{cfg}");
    // Used by one tag: `cfg(feature = ..)` alone (clippy's `non_minimal_cfg` rejects a one-item
    // `any`).
    let one_tag = by_name(&one_tag_name);
    assert_eq!(one_tag.gate, TypeGate::AnyOf(vec!["items".into()]));
    assert_eq!(
        one_tag.gate.cfg().to_string(),
        r#"# [cfg (feature = "items")]"#
    );
}

#[test]
fn call_surfaces_are_a_view_of_the_plan() {
    let api = fixture::api();
    let plan = plan();
    let surfaces = call_surfaces(&api, &version(), "sailpoint-runtime").unwrap();
    assert_eq!(surfaces, plan.call_surfaces());
    let operations: Vec<&OperationPlan> = plan.groups.iter().flat_map(|g| &g.operations).collect();
    assert_eq!(surfaces.len(), operations.len());
    for (s, o) in surfaces.iter().zip(operations) {
        assert_eq!(s.operation, o.id);
        assert_eq!(s.method, o.method_ident);
        assert_eq!(s.args.len(), o.arguments().count());
        assert_eq!(s.setters.len(), o.setters().count());
    }
    let put = surfaces
        .iter()
        .find(|s| s.operation == "putItemContent")
        .unwrap();
    assert!(matches!(
        put.args.last().unwrap().source,
        ArgSource::Body { .. }
    ));
    assert_eq!(
        put.args.last().unwrap().rust_type,
        "runtime :: bytes :: Bytes"
    );
}

#[test]
fn a_malformed_fixture_names_its_file_line_and_column() {
    let text = "name: fixture\ntitle: T\nversion: '1'\ntypes:\n  - name: A\n    name_source: component\n    kind: {alias: {nameed: B}}\n";
    let error = fixture::ir_file::parse(std::path::Path::new("fixtures/broken.yaml"), text)
        .expect_err("`nameed` is not a type reference");
    for fragment in [
        "fixtures/broken.yaml",
        "types[0].kind",
        "nameed",
        "line 7 column",
    ] {
        assert!(
            error.contains(fragment),
            "{fragment:?} missing from {error}"
        );
    }
    assert!(fixture::ir_file::read(std::path::Path::new("no/such.yaml"))
        .expect_err("no such file")
        .contains("no/such.yaml"));
}

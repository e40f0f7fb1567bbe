//! The mapping rules of the models renderer on the fixture IR (`fixtures/models/api.yaml`):
//! targeted assertions per rule, and an insta snapshot of every rendered file.

mod models_fixture;

use generator::ir::*;
use generator::render::models::render_models;
use models_fixture::*;

fn file<'a>(files: &'a generator::render::Files, path: &str) -> &'a str {
    files.get(path).unwrap_or_else(|| {
        panic!(
            "{path} not rendered; have {:?}",
            files.keys().collect::<Vec<_>>()
        )
    })
}

/// Whitespace-insensitive containment (prettyplease decides the line breaks).
fn has(text: &str, needle: &str) -> bool {
    let squash = |s: &str| s.split_whitespace().collect::<String>();
    squash(text).contains(&squash(needle))
}

#[track_caller]
fn assert_has(text: &str, needle: &str) {
    assert!(has(text, needle), "expected {needle:?} in:\n{text}");
}

#[test]
fn snapshots_of_every_file() {
    let files = render_fixture();
    for (path, text) in &files {
        let name = path.replace(['/', '.'], "_");
        insta::assert_snapshot!(name, text);
    }
}

#[test]
fn crate_layout_and_metadata() {
    let files = render_fixture();
    let paths: Vec<&str> = files.keys().map(String::as_str).collect();
    for p in [
        "Cargo.toml",
        "README.md",
        "src/lib.rs",
        "src/models.rs",
        "src/primitives.rs",
        "src/serde_helpers.rs",
        "src/webhooks.rs",
        "src/models/pet.rs",
        "src/models/type_.rs",
        "src/models/models.rs",
    ] {
        assert!(paths.contains(&p), "{p} missing from {paths:?}");
    }
    let cargo = file(&files, "Cargo.toml");
    for needle in [
        "name = \"fixture-models\"",
        "version = \"0.1.0\"",
        "rust-version = \"1.85\"",
        "license = \"MIT\"",
        "repository = \"https://github.com/example/sailpoint-rust-sdk\"",
        "readme = \"README.md\"",
        "keywords = ",
        "description = ",
    ] {
        assert!(
            cargo.contains(needle),
            "{needle} missing from Cargo.toml:\n{cargo}"
        );
    }
    assert!(
        !cargo.contains("workspace"),
        "plain versions, no workspace inheritance"
    );
    // Every type is re-exported at the crate root (behind the feature of the schemas no
    // operation reaches: the fixture has no operations).
    let index = file(&files, "src/models.rs");
    let gate = r#"#[cfg(feature = "unreferenced-schemas")]"#;
    // `Pet` is a webhook's payload.
    let webhook = r#"#[cfg(feature = "webhook-payloads")]"#;
    assert_has(
        index,
        &format!("{webhook} mod pet; {webhook} pub use self::pet::Pet;"),
    );
    assert_has(
        index,
        &format!("{gate} mod type_; {gate} pub use self::type_::Type;"),
    );
    assert_has(file(&files, "src/lib.rs"), "pub use models::*;");
}

#[test]
fn output_is_deterministic() {
    assert_eq!(render_fixture(), render_fixture());
}

#[test]
fn struct_fields() {
    let files = render_fixture();
    let pet = file(&files, "src/models/pet.rs");
    // required -> T
    assert_has(pet, "pub id: String,");
    // required + nullable -> Option<T>, written as null (no skip)
    assert_has(pet, "pub name: Option<String>,");
    // optional -> Option<T> left out when None
    assert_has(pet, "pub tag: Option<String>,");
    // optional + nullable -> Option<Option<T>>, absent and null apart
    assert_has(pet, "pub nickname: Option<Option<String>>,");
    // serde through `serde_struct!`: each member by kind and wire name, the rest in the
    // catch-all; no serde attributes or derives are left on the struct
    assert_has(
        pet,
        "crate::serde_helpers::serde_struct!(Pet { id: required(\"id\"), name: required(\"name\"), tag: optional(\"tag\"), nickname: nullable(\"nickname\"), r#type: required(\"type\"),",
    );
    assert_has(pet, "..additional_properties });");
    assert!(!has(pet, "#[serde("), "{pet}");
    assert!(!has(pet, "::serde::Deserialize)]"), "{pet}");
    // keywords and odd names, with their wire names
    assert_has(pet, "pub r#type: crate::PetKind,");
    assert_has(pet, "self_: optional(\"self\"),");
    assert_has(pet, "pub self_: Option<String>");
    assert_has(pet, "_123abc: optional(\"123abc\"),");
    assert_has(pet, "pub _123abc: Option<i32>");
    assert_has(pet, "foo_bar: optional(\"fooBar\"),");
    assert_has(pet, "pub foo_bar: Option<String>");
    assert_has(pet, "foo_bar2: optional(\"foo_bar\"),");
    assert_has(pet, "pub foo_bar2: Option<String>");
    // primitives
    assert_has(pet, "pub created_at: Option<crate::primitives::DateTime>");
    assert_has(pet, "pub birthday: Option<crate::primitives::Date>");
    assert_has(pet, "pub count: Option<i64>");
    assert_has(pet, "pub size: Option<i64>");
    assert_has(pet, "pub weight: Option<f64>");
    assert_has(pet, "pub ratio: Option<f64>");
    assert_has(pet, "pub vaccinated: Option<bool>");
    assert_has(pet, "pub photo: Option<Vec<u8>>");
    assert_has(pet, "pub signature: Option<String>");
    assert_has(pet, "pub labels: Option<Vec<String>>");
    assert_has(pet, "pub scores: Option<::indexmap::IndexMap<String, i32>>");
    // free-form: required is Value; optional keeps null apart from absent
    assert_has(pet, "pub extra: ::serde_json::Value,");
    assert_has(pet, "pub meta: Option<::serde_json::Value>,");
    assert_has(pet, "meta: nullable(\"meta\"),");
    // nullable enum reference
    assert_has(pet, "pub shade: Option<Option<crate::Shade>>");
    // deprecated field
    assert_has(pet, "#[deprecated] pub legacy_code: Option<String>,");
    // constructor takes the required fields
    assert_has(
        pet,
        "pub fn new(id: impl Into<String>, name: impl Into<Option<String>>, r#type: impl Into<crate::PetKind>, extra: impl Into<::serde_json::Value>,) -> Self",
    );
    // optional fields have chainable setters of the plain value; nullable ones a null setter
    // (what each kind stores is the template's `setters!`, run by the fixture crate's tests)
    assert_has(
        pet,
        "crate::serde_helpers::setters!(Pet { tag: optional::<String>(tag),",
    );
    assert_has(
        pet,
        "nickname: nullable::<String>(nickname, nickname_null),",
    );
    assert_has(
        pet,
        "details: nullable_json::<::serde_json::Value>(details, details_null),",
    );
    assert_has(pet, "meta: optional::<::serde_json::Value>(meta),");
    assert!(
        !has(pet, "tag_null"),
        "a field that cannot be null has no null setter"
    );
    assert_has(
        pet,
        "#[deprecated] legacy_code: optional::<String>(legacy_code),",
    );
    // required fields are constructor arguments, not setters
    assert!(!has(pet, "id: optional::<"));
    // not every field can be empty: no Default
    assert!(!has(pet, "Default"));
    // no deny_unknown_fields anywhere
    assert!(files.values().all(|t| !t.contains("deny_unknown_fields")));
    // undeclared members are kept, after the declared fields, in an empty map by default
    assert_has(
        pet,
        "pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>, }",
    );
    assert_has(
        pet,
        "additional_properties: crate::primitives::CatchAll::new(),",
    );
    // the fit measures fields that can stray (enums, structs, maps, free-form), not scalars
    assert_has(
        pet,
        "impl crate::serde_helpers::SchemaFit for Pet { fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) { crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);",
    );
    assert!(!has(pet, "add_fit(&self.id, fit)"));
    assert_has(pet, "fit.undeclared += self.additional_properties.len();");
}

#[test]
fn required_read_only_fields_are_optional() {
    let files = render_fixture();
    let template = file(&files, "src/models/template.rs");
    assert_has(template, "pub fn new(name: impl Into<String>) -> Self");
    assert_has(
        template,
        "pub created: Option<crate::primitives::DateTime>,",
    );
    assert_has(template, "created: optional(\"created\"),");
    assert_has(
        template,
        "pub modified: Option<Option<crate::primitives::DateTime>>,",
    );
    assert_has(template, "modified: nullable(\"modified\"),");
    assert_has(template, "pub meta: Option<::serde_json::Value>,");
    assert_has(template, "meta: nullable(\"meta\"),");
    assert_has(template, "pub color: Option<crate::Color>,");
    assert_has(template, "`None` leaves it out of a request.");
}

#[test]
fn catch_all_name_never_collides() {
    let mut api = fixture_api();
    api.types = vec![strukt(
        "Clash",
        vec![
            field("additionalProperties", string()),
            field("additional_properties2", string()),
        ],
    )];
    api.webhooks.clear();
    let files = render_models(
        &api,
        &fixture_config(),
        &fixture_meta(),
        &models_templates(),
    )
    .expect("renders");
    let clash = file(&files, "src/models/clash.rs");
    assert_has(
        clash,
        "additional_properties: optional(\"additionalProperties\"),",
    );
    assert_has(clash, "pub additional_properties: Option<String>,");
    assert_has(clash, "pub additional_properties2: Option<String>,");
    assert_has(
        clash,
        "pub additional_properties3: crate::primitives::CatchAll<::serde_json::Value>,",
    );
    assert_has(clash, "..additional_properties3 });");
}

#[test]
fn docs_are_escaped() {
    let files = render_fixture();
    let pet = file(&files, "src/models/pet.rs");
    assert!(pet.contains(
        "/// See <https://example.com/pets> and [the guide](https://example.com/guide)."
    ));
    assert!(pet.contains("&lt;p&gt;"));
    assert!(pet.contains("\\[brackets\\]"));
    assert!(pet.contains("`code <b>`"));
    assert!(pet.contains("/// ```text"));
    assert!(pet.contains("/// An unbalanced \\` backtick."));
    assert!(!pet.contains("///     indented"));
    assert!(pet.contains("/// Format: `uuid`."));
    assert!(pet.contains("/// Read-only: set by the server."));
}

#[test]
fn default_only_where_every_field_can_be_empty() {
    let files = render_fixture();
    let all = file(&files, "src/models/all_optional.rs");
    assert_has(all, "#[derive(Debug, Clone, PartialEq, Default)]");
    assert_has(
        all,
        "pub fn new(list: impl Into<Vec<String>>, b: impl Into<Option<String>>) -> Self",
    );
    let empty = file(&files, "src/models/empty.rs");
    assert_has(empty, "PartialEq, Default)]");
    assert_has(empty, "pub fn new() -> Self");
    let dog = file(&files, "src/models/dog.rs");
    assert!(!has(dog, "Default"), "required name");
}

#[test]
fn enums_have_a_fallback() {
    let files = render_fixture();
    let kind = file(&files, "src/models/pet_kind.rs");
    assert_has(
        kind,
        "#[derive(Debug, Clone, PartialEq, Eq, Hash)] pub enum PetKind",
    );
    assert_has(kind, "/// A dog. Dog,");
    assert_has(kind, "Unknown2,");
    assert_has(kind, "Self_,");
    assert_has(kind, "InProgress,");
    assert_has(kind, "V1_0,");
    assert_has(kind, "V10,");
    assert_has(kind, "Empty,");
    assert_has(kind, "Unknown(String),");
    assert_has(kind, "\"UNKNOWN\" => Self::Unknown2,");
    assert_has(kind, "other => Self::Unknown(other.to_owned()),");
    assert!(!kind.contains("Default"), "no invented default");
    let prio = file(&files, "src/models/priority.rs");
    assert_has(prio, "/// Low. V1,");
    assert_has(prio, "Minus1,");
    assert_has(prio, "Unknown(i64),");
    assert_has(prio, "Self::Minus1 => -1i64,");
    // The part every integer enum shares comes from the template's macro.
    assert_has(prio, "crate::serde_helpers::integer_enum!(Priority);");
    let empty = file(&files, "src/models/empty_enum.rs");
    assert_has(empty, "Self::Unknown(value.to_owned())");
}

#[test]
fn recursion_is_boxed_only_where_needed() {
    let files = render_fixture();
    let node = file(&files, "src/models/node.rs");
    assert_has(node, "pub parent: Option<Box<crate::Node>>");
    assert_has(node, "pub children: Option<Vec<crate::Node>>");
    assert_has(node, "pub edge: Option<Box<crate::Edge>>");
    let edge = file(&files, "src/models/edge.rs");
    assert_has(edge, "pub to: Box<crate::Node>");
    // A cycle of aliases cannot be a type alias.
    let tree = file(&files, "src/models/tree.rs");
    assert_has(
        tree,
        "#[serde(transparent)] pub struct Tree(pub Vec<crate::Tree>);",
    );
    // Others are plain aliases.
    assert_has(
        file(&files, "src/models/names.rs"),
        "pub type Names = Vec<String>;",
    );
    assert_has(
        file(&files, "src/models/json.rs"),
        "pub type Json = ::serde_json::Value;",
    );
    assert_has(
        file(&files, "src/models/maybe_name.rs"),
        "pub type MaybeName = Option<String>;",
    );
}

#[test]
fn unions() {
    let files = render_fixture();
    let shape = file(&files, "src/models/shape.rs");
    // Declared in spec order, tried most specific first.
    assert_has(
        shape,
        "pub enum Shape { Basic(crate::Basic), Detailed(crate::Detailed), }",
    );
    // Each member is tried strictly (`try_variant`), also in the tolerant pass.
    let detailed = shape.find("try_variant::<crate::Detailed>").unwrap();
    let basic = shape.find("try_variant::<crate::Basic>").unwrap();
    assert!(detailed < basic, "more required fields first");

    let scalar = file(&files, "src/models/scalar.rs");
    let pos = |needle: &str| {
        scalar
            .find(needle)
            .unwrap_or_else(|| panic!("{needle} missing in {scalar}"))
    };
    let order = [
        "try_variant::<Option<crate::Basic>>",
        "try_variant::<Vec<String>>",
        "try_variant::<i64>",
        "try_variant::<f64>",
        "try_variant::<bool>",
        "try_variant::<crate::Color>",
        "try_variant::<String>",
        "try_variant::<::serde_json::Value>(&json)",
    ];
    for pair in order.windows(2) {
        assert!(
            pos(pair[0]) < pos(pair[1]),
            "{} before {}",
            pair[0],
            pair[1]
        );
    }

    let event = file(&files, "src/models/event.rs");
    assert_has(event, "Some(\"deleted\" | \"removed\") =>");
    // Renamed does not declare `kind`: serializing adds it.
    assert_has(
        event,
        "Self::Renamed(value) => { crate::serde_helpers::serialize_tagged(value, \"kind\", \"renamed\", serializer,) }",
    );
    assert_has(
        event,
        "Self::Created(value) => ::serde::Serialize::serialize(value, serializer)",
    );
    // Best fit: an exact fit returns at once, else the best one is kept.
    assert_has(
        shape,
        "if fit.is_exact() { return Ok(Self::Detailed(value)); } crate::serde_helpers::keep_better(&mut best, fit, Self::Detailed(value));",
    );
    assert_has(
        shape,
        "if let Some((_, value)) = best { return Ok(value); }",
    );
    // Scalars that cannot stray return at once.
    assert_has(scalar, "Ok(value) => return Ok(Self::I64(value)),");
    // Absent required-but-nullable members count against a member.
    let pick = file(&files, "src/models/pick.rs");
    assert_has(
        pick,
        "fit.absent += crate::serde_helpers::absent_members(&json, &[\"appRoleId\"]);",
    );
    // The union's fit is its member's.
    assert_has(
        shape,
        "impl crate::serde_helpers::SchemaFit for Shape { fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) { match self {",
    );
    // An enum's fit (a value in `Unknown` is unlisted) comes from the template's macro.
    assert_has(
        file(&files, "src/models/color.rs"),
        "crate::serde_helpers::string_enum!(Color);",
    );
    // One tagged member: `if let`, not a one-arm match.
    let setting = file(&files, "src/models/setting.rs");
    assert_has(
        setting,
        "if let Some(\"created\") = crate::serde_helpers::discriminator(&json, \"kind\")",
    );
}

#[test]
fn flatten_and_additional_properties() {
    let files = render_fixture();
    let dog = file(&files, "src/models/dog.rs");
    // A part with known member names takes just those.
    assert_has(
        dog,
        "#[serde(flatten, deserialize_with = \"Dog::deserialize_shape\")] pub shape: crate::Shape,",
    );
    assert_has(
        dog,
        "crate::serde_helpers::deserialize_part::<crate::Shape, D,>(deserializer, &[\"a\", \"b\"])",
    );
    assert_has(
        dog,
        "#[serde(flatten)] pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,",
    );
    assert_has(
        dog,
        "pub fn new(name: impl Into<String>, shape: impl Into<crate::Shape>) -> Self",
    );
    let labels = file(&files, "src/models/labels.rs");
    assert_has(
        labels,
        "#[serde(flatten, deserialize_with = \"Labels::deserialize_basic\")] pub basic: crate::Basic,",
    );
    assert_has(
        labels,
        "#[serde(flatten)] pub additional_properties: crate::primitives::CatchAll<String>,",
    );
    // typed additional properties: the keys are declared, only the values are measured
    assert!(!has(labels, "fit.undeclared"));
    // A part that takes members of any name keeps the undeclared ones: no catch-all.
    let open = file(&files, "src/models/open.rs");
    assert_has(open, "#[serde(flatten)] pub free_form: crate::FreeForm,");
    assert!(!has(open, "additional_properties"));
    // A nullable part is `None` when none of its members is there.
    let partial = file(&files, "src/models/partial.rs");
    assert_has(
        partial,
        "crate::serde_helpers::deserialize_optional_part::<crate::Renamed, D,>(deserializer, &[\"from\", \"to\"])",
    );
    assert_has(labels, "pub fn new(basic: impl Into<crate::Basic>) -> Self");
    assert_has(
        labels,
        "additional_properties: crate::primitives::CatchAll::new()",
    );
    assert_has(dog, "Includes the fields of [`Basic`](crate::Basic).");
    assert!(
        !dog.contains("NotAType"),
        "no link to a type that does not exist"
    );
}

#[test]
fn inline_types_live_in_their_parents_file() {
    let files = render_fixture();
    let paths: Vec<&str> = files.keys().map(String::as_str).collect();
    // Used by one other type: in that type's file, down the chain and through recursion.
    let order = file(&files, "src/models/order.rs");
    for item in [
        "pub struct Order {",
        "pub enum OrderStatus {",
        "pub struct OrderLine {",
        "pub struct OrderLineGift {",
    ] {
        assert_has(order, item);
    }
    for moved in ["order_status", "order_line", "order_line_gift"] {
        let path = format!("src/models/{moved}.rs");
        assert!(!paths.contains(&path.as_str()), "{path} rendered");
    }
    // The parent first, then the others by name.
    let at = |item: &str| order.find(item).unwrap();
    assert!(at("pub struct Order {") < at("pub struct OrderLine {"));
    assert!(at("pub struct OrderLine {") < at("pub struct OrderLineGift {"));
    assert!(at("pub struct OrderLineGift {") < at("pub enum OrderStatus {"));
    // Both structs flatten `Basic`: their part deserializers are associated, so they do not clash.
    assert_has(order, "deserialize_with = \"Order::deserialize_basic\"");
    assert_has(order, "deserialize_with = \"OrderLine::deserialize_basic\"");
    // Used by several types, or by none: a file of its own.
    assert!(paths.contains(&"src/models/pet_kind.rs"));
    assert!(paths.contains(&"src/models/order_receipt.rs"));
    // Still re-exported at the crate root.
    let index = file(&files, "src/models.rs");
    let gate = r#"#[cfg(feature = "unreferenced-schemas")]"#;
    assert_has(
        index,
        &format!(
            "{gate} mod order; {gate} pub use self::order::{{Order, OrderLine, OrderLineGift, \
             OrderStatus}}; {gate} mod order_receipt;"
        ),
    );
    let types = fixture_api().types;
    for t in &types {
        assert!(
            ["::{};", "{{},", ",{},", ",{}}"]
                .iter()
                .any(|form| has(index, &form.replace("{}", &t.name))),
            "{} not re-exported",
            t.name
        );
    }
    assert_eq!(
        paths
            .iter()
            .filter(|p| p.starts_with("src/models/"))
            .count(),
        types.len() - 3
    );
}

#[test]
fn deprecated_and_webhooks() {
    let files = render_fixture();
    assert_has(
        file(&files, "src/models/old_pet.rs"),
        "/// Legacy pet record. #[deprecated]",
    );
    assert_has(file(&files, "src/lib.rs"), "#![allow(deprecated)]");
    let hooks = file(&files, "src/webhooks.rs");
    assert_has(hooks, "pub type PetCreatedInput = crate::Pet;");
    assert!(!hooks.contains("PetCreatedOutput"));
    assert_has(hooks, "pub type PetReviewInput = crate::Pet;");
    assert_has(hooks, "pub type PetReviewOutput = crate::PetAck;");
    assert!(hooks.contains("<https://developer.sailpoint.com/docs>"));
}

#[test]
fn dangling_references_are_errors_not_panics() {
    let mut api = fixture_api();
    api.types
        .push(strukt("Zzz", vec![field("x", named("Missing"))]));
    let err = render_models(
        &api,
        &fixture_config(),
        &fixture_meta(),
        &models_templates(),
    )
    .unwrap_err();
    assert!(format!("{err:#}").contains("Missing"), "{err:#}");

    let mut api = fixture_api();
    api.types.push(strukt("String", vec![]));
    api.types.push(strukt("String_", vec![]));
    let err = render_models(
        &api,
        &fixture_config(),
        &fixture_meta(),
        &models_templates(),
    )
    .unwrap_err();
    assert!(format!("{err:#}").contains("String_"), "{err:#}");
}

#[test]
fn odd_input_does_not_panic() {
    // Non-integer values in an integer enum are an error; everything else renders.
    let mut api = fixture_api();
    api.types.push(typedef(
        "BadInts",
        TypeKind::Enum(Enum {
            repr: EnumRepr::Integer,
            values: vec![EnumValue {
                value: serde_json::json!("x"),
                description: None,
            }],
            nullable: false,
        }),
    ));
    assert!(render_models(
        &api,
        &fixture_config(),
        &fixture_meta(),
        &models_templates()
    )
    .is_err());

    let mut api = fixture_api();
    api.types.push(union("NoVariants", vec![], None));
    api.types
        .push(typedef("SelfLoop", TypeKind::Alias(named("SelfLoop"))));
    api.types.push(string_enum(
        "Weird",
        &[("é", None), ("***", None), ("a b", None), ("A_B", None)],
    ));
    api.types.push(strukt(
        "Odd",
        vec![
            field("", string()),
            field("é", string()),
            field("_", string()),
            field("r#x", string()),
        ],
    ));
    let files = render_models(
        &api,
        &fixture_config(),
        &fixture_meta(),
        &models_templates(),
    )
    .expect("odd input renders");
    assert_has(
        file(&files, "src/models/no_variants.rs"),
        "pub type NoVariants = ::serde_json::Value;",
    );
    assert_has(
        file(&files, "src/models/self_loop.rs"),
        "pub struct SelfLoop(pub Box<crate::SelfLoop>);",
    );
    assert_has(
        file(&files, "src/models/weird.rs"),
        "/// `***` AsteriskAsteriskAsterisk,",
    );
    assert_has(
        file(&files, "src/models/odd.rs"),
        "pub value: Option<String>",
    );
}

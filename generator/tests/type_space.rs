//! The models' type space on the fixture IR (`fixtures/models/api.yaml`): the decisions the
//! emitters read, asserted as plain data (no rendering).

mod models_fixture;

use generator::render::models::type_space::{
    EntryKind, FitPlan, MemberEntry, MemberInit, MemberRole, ReadKind, SerdeAttrs, Setter,
    SetterKind, StructEntry, StructSerde, TypeEntry, TypeSpace,
};
use generator::render::rust::RustType;
use generator::settings::ModelSettings;
use models_fixture::fixture_api;

fn space() -> TypeSpace {
    TypeSpace::build(&fixture_api(), &ModelSettings::default()).expect("fixture plans")
}

fn entry<'s>(space: &'s TypeSpace, name: &str) -> &'s TypeEntry {
    (space.entries.iter())
        .find(|e| e.rust_name == name)
        .unwrap_or_else(|| panic!("no entry {name}"))
}

fn strukt<'s>(space: &'s TypeSpace, name: &str) -> &'s StructEntry {
    match &entry(space, name).kind {
        EntryKind::Struct(s) => s,
        other => panic!("{name} is not a struct: {other:?}"),
    }
}

fn member<'s>(s: &'s StructEntry, name: &str) -> &'s MemberEntry {
    (s.members.iter())
        .find(|m| m.rust_name == name)
        .unwrap_or_else(|| panic!("no member {name}"))
}

#[test]
fn the_type_space_is_plain_shareable_data() {
    fn shareable<T: Send + Sync + Clone + 'static>() {}
    shareable::<TypeSpace>();
}

#[test]
fn one_entry_per_type_and_every_type_in_one_file() {
    let api = fixture_api();
    let space = space();
    assert_eq!(space.entries.len(), api.types.len());
    let mut placed: Vec<usize> = space.files.iter().flat_map(|f| f.types.clone()).collect();
    placed.sort_unstable();
    assert_eq!(placed, (0..api.types.len()).collect::<Vec<_>>());
    // Inline types used by one type go into its file, down the chain.
    let order = (space.files.iter())
        .find(|f| f.path == "src/models/order.rs")
        .expect("order.rs");
    let names: Vec<&str> = (order.types.iter())
        .map(|&i| space.entries[i].rust_name.as_str())
        .collect();
    assert_eq!(
        names,
        ["Order", "OrderLine", "OrderLineGift", "OrderStatus"]
    );
}

#[test]
fn struct_members_carry_option_depth_serde_and_constructor() {
    let space = space();
    let template = strukt(&space, "Template");
    let modified = member(template, "modified");
    // Required, read-only and nullable: absent and `null` stay apart.
    assert!(matches!(
        modified.role,
        MemberRole::Field {
            option_depth: 2,
            ..
        }
    ));
    assert_eq!(
        modified.rust_type.to_string(),
        "Option<Option<crate::primitives::DateTime>>"
    );
    // Read and written by `serde_struct!`: the member's kind is on the struct, not in serde
    // attributes.
    assert_eq!(modified.serde, SerdeAttrs::default());
    assert_eq!(
        template.serde,
        StructSerde::Members,
        "Template has no flattened part"
    );
    let read = |name: &str| match member(template, name).role {
        MemberRole::Field { read, .. } => Some(read),
        _ => None,
    };
    assert_eq!(read("modified"), Some(ReadKind::Nullable));
    assert_eq!(read("created"), Some(ReadKind::Optional));
    assert_eq!(read("name"), Some(ReadKind::Required));
    assert_eq!(
        member(template, "additional_properties").role,
        MemberRole::CatchAll
    );
    assert_eq!(modified.init, MemberInit::Value("None".into()));
    let name = member(template, "name");
    assert!(
        matches!(&name.init, MemberInit::Argument { into } if into.to_string() == "String"),
        "{:?}",
        name.init
    );
    assert!(name.setter.is_none(), "a required field has no setter");
    assert!(name.serde.rename.is_none());
    let catch_all = member(template, "additional_properties");
    assert_eq!(catch_all.role, MemberRole::CatchAll);
    assert_eq!(catch_all.fit, FitPlan::Count);
}

#[test]
fn only_structs_with_flattened_parts_derive_serde() {
    let space = space();
    let mut derived = 0;
    for entry in &space.entries {
        let EntryKind::Struct(s) = &entry.kind else {
            continue;
        };
        let has_part = (s.members.iter()).any(|m| matches!(m.role, MemberRole::Part { .. }));
        let derives_serde = entry.derives.iter().any(|d| d.contains("serde"));
        assert_eq!(
            has_part,
            s.serde == StructSerde::Derived,
            "{}",
            entry.rust_name
        );
        assert_eq!(
            has_part, derives_serde,
            "{}: {:?}",
            entry.rust_name, entry.derives
        );
        derived += usize::from(has_part);
    }
    assert!(derived > 0, "the fixture has structs with flattened parts");
}

#[test]
fn default_is_derived_only_when_every_member_can_be_empty() {
    let space = space();
    assert!(strukt(&space, "AllOptional").derives_default);
    assert!(entry(&space, "AllOptional")
        .derives
        .contains(&"Default".to_string()));
    assert!(!strukt(&space, "Template").derives_default);
}

#[test]
fn recursion_is_boxed_only_by_value() {
    let space = space();
    let node = strukt(&space, "Node");
    assert_eq!(
        member(node, "parent").rust_type.to_string(),
        "Option<Box<crate::Node>>"
    );
    let line = strukt(&space, "OrderLine");
    // A list of itself needs no box.
    assert_eq!(
        member(line, "parts").rust_type,
        RustType::Option(Box::new(RustType::Vec(Box::new(RustType::Path(
            "crate::OrderLine".into()
        )))))
    );
}

fn setter(s: &StructEntry, member_name: &str) -> Setter {
    (member(s, member_name).setter.clone()).unwrap_or_else(|| panic!("{member_name} has no setter"))
}

#[test]
fn optional_fields_have_setters_of_the_plain_value() {
    let space = space();
    let pet = strukt(&space, "Pet");
    // Optional: `Some(value)`, no null setter.
    let tag = setter(pet, "tag");
    assert_eq!(tag.name, "tag");
    assert_eq!(tag.value_type.to_string(), "String");
    assert_eq!(
        (tag.kind.macro_kind(), tag.kind.null_setter()),
        ("optional", None)
    );
    // Optional and nullable: `Some(Some(value))`, and `null` has its own setter.
    let nickname = setter(pet, "nickname");
    assert_eq!(nickname.value_type.to_string(), "String");
    assert_eq!(
        nickname.kind,
        SetterKind::Nullable {
            null: "nickname_null".into()
        }
    );
    // A nullable enum is `Option<Shade>` already: the setter takes the enum.
    let shade = setter(pet, "shade");
    assert_eq!(shade.value_type.to_string(), "crate::Shade");
    assert_eq!(shade.kind.macro_kind(), "nullable");
    // Free-form JSON that the schema does not call nullable: no null setter (`Value::Null` is
    // a value like any other).
    let meta = setter(pet, "meta");
    assert_eq!(meta.kind, SetterKind::Optional);
    // Free-form JSON the schema calls nullable: `Some(value)`, and a null setter that stores
    // `Some(Value::Null)`.
    assert_eq!(
        setter(pet, "details").kind,
        SetterKind::NullableJson {
            null: "details_null".into()
        }
    );
    // Keywords: the setter is the field's (raw) name; `self` is `self_` like the field.
    assert_eq!(setter(strukt(&space, "Type"), "r#type").name, "r#type");
    assert_eq!(setter(pet, "self_").name, "self_");
    // A read-only field can be set too (to build values in tests); a required one is a
    // constructor argument.
    assert_eq!(
        setter(pet, "created_at").value_type.to_string(),
        "crate::primitives::DateTime"
    );
    assert!(matches!(
        member(pet, "r#type").init,
        MemberInit::Argument { .. }
    ));
    // A boxed field takes what converts into the box (the value itself).
    let parent = setter(strukt(&space, "Node"), "parent");
    assert_eq!(parent.value_type.to_string(), "Box<crate::Node>");
    assert_eq!(parent.kind, SetterKind::Optional);
    // Maps of undeclared members have no setter.
    assert!(member(pet, "additional_properties").setter.is_none());
}

#[test]
fn unions_try_the_most_specific_member_first() {
    let space = space();
    let EntryKind::Union(shape) = &entry(&space, "Shape").kind else {
        panic!("Shape is a union");
    };
    let tried: Vec<&str> = (shape.try_order.iter())
        .map(|&i| shape.variants[i].rust_name.as_str())
        .collect();
    assert_eq!(tried, ["Detailed", "Basic"]);
    let EntryKind::Union(event) = &entry(&space, "Event").kind else {
        panic!("Event is a union");
    };
    assert_eq!(event.discriminator.as_deref(), Some("kind"));
    let deleted = &event.variants[1];
    assert_eq!(deleted.tags, ["deleted", "removed"]);
    // `Renamed` has no `kind` field: serializing adds the tag.
    assert_eq!(event.variants[2].adds_tag.as_deref(), Some("renamed"));
    assert_eq!(event.variants[0].adds_tag, None);
}

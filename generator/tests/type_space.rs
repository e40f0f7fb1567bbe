//! The models' type space on the hand-built IR of `models_fixture.rs`: the decisions the
//! emitters read, asserted as plain data (no rendering).

mod models_fixture;

use generator::render::models::type_space::{
    EntryKind, FitPlan, MemberEntry, MemberInit, MemberRole, StructEntry, TypeEntry, TypeSpace,
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
    assert_eq!(
        modified.serde.deserialize_with.as_deref(),
        Some("crate::serde_helpers::deserialize_some")
    );
    assert_eq!(modified.init, MemberInit::Value("None".into()));
    let name = member(template, "name");
    assert_eq!(name.init, MemberInit::Argument);
    assert!(name.serde.rename.is_none());
    let catch_all = member(template, "additional_properties");
    assert_eq!(catch_all.role, MemberRole::CatchAll);
    assert_eq!(catch_all.fit, FitPlan::Count);
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

//! A hand-built IR that exercises every mapping rule of the models renderer; shared by
//! `models_rules.rs` (snapshots) and `models_compile.rs` (builds the crate and round-trips JSON).
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use generator::config::{CrateMetadata, VersionConfig};
use generator::ir::*;
use generator::render::{Files, Templates};
use serde_json::{json, Value};

pub fn origin(name: &str) -> Origin {
    Origin {
        file: format!("schemas/{name}.yaml"),
        pointer: String::new(),
    }
}

pub fn named(n: &str) -> TypeRef {
    TypeRef::Named(n.into())
}

pub fn prim(p: Primitive) -> TypeRef {
    TypeRef::Primitive(p)
}

pub fn string() -> TypeRef {
    prim(Primitive::String)
}

pub fn array(t: TypeRef) -> TypeRef {
    TypeRef::Array(Box::new(t))
}

pub fn one_or_many(t: TypeRef) -> TypeRef {
    TypeRef::OneOrMany(Box::new(t))
}

pub fn map(t: TypeRef) -> TypeRef {
    TypeRef::Map(Box::new(t))
}

pub fn nullable(t: TypeRef) -> TypeRef {
    TypeRef::Nullable(Box::new(t))
}

pub fn field(name: &str, ty: TypeRef) -> Field {
    Field {
        name: name.into(),
        ty,
        required: false,
        nullable: false,
        description: None,
        deprecated: false,
        read_only: false,
        write_only: false,
        default: None,
        example: None,
    }
}

pub fn req(mut f: Field) -> Field {
    f.required = true;
    f
}

pub fn null(mut f: Field) -> Field {
    f.nullable = true;
    f
}

pub fn read_only(mut f: Field) -> Field {
    f.read_only = true;
    f
}

pub fn doc(mut f: Field, d: &str) -> Field {
    f.description = Some(d.into());
    f
}

pub fn typedef(name: &str, kind: TypeKind) -> TypeDef {
    TypeDef {
        name: name.into(),
        origin: origin(name),
        name_source: NameSource::Component,
        title: None,
        description: None,
        deprecated: false,
        example: None,
        kind,
    }
}

pub fn strukt(name: &str, fields: Vec<Field>) -> TypeDef {
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

pub fn string_enum(name: &str, values: &[(&str, Option<&str>)]) -> TypeDef {
    typedef(
        name,
        TypeKind::Enum(Enum {
            repr: EnumRepr::String,
            values: values
                .iter()
                .map(|(v, d)| EnumValue {
                    value: json!(v),
                    description: d.map(str::to_string),
                })
                .collect(),
            nullable: false,
        }),
    )
}

pub fn union(name: &str, variants: Vec<TypeRef>, discriminator: Option<Discriminator>) -> TypeDef {
    typedef(
        name,
        TypeKind::Union(Union {
            mode: UnionMode::OneOf,
            variants,
            discriminator,
        }),
    )
}

/// A type named after its position inside another schema.
pub fn inline(mut t: TypeDef) -> TypeDef {
    t.name_source = NameSource::Inline;
    t
}

fn with_doc(mut t: TypeDef, d: &str) -> TypeDef {
    t.description = Some(d.into());
    t
}

fn operation(id: &str, body: Option<TypeRef>, answer: Option<TypeRef>) -> Operation {
    let media = |schema: TypeRef| MediaType {
        content_type: "application/json".into(),
        schema: Some(schema),
        examples: vec![],
        encoding: BTreeMap::new(),
        origin: Default::default(),
        referenced_from: None,
    };
    Operation {
        id: id.into(),
        id_derived: false,
        method: "post".into(),
        path: String::new(),
        tags: vec!["Triggers".into()],
        summary: Some(format!("{id} summary")),
        description: Some(
            "Fires when it happens. See https://developer.sailpoint.com/docs.".into(),
        ),
        deprecated: false,
        parameters: vec![],
        request_body: body.map(|b| RequestBody {
            required: true,
            description: None,
            content: vec![media(b)],
            origin: Default::default(),
            referenced_from: None,
        }),
        responses: answer
            .map(|a| Response {
                status: "200".into(),
                description: Some("The subscriber's decision.".into()),
                content: vec![media(a)],
                headers: vec![],
                origin: Default::default(),
                referenced_from: None,
            })
            .into_iter()
            .collect(),
        security: None,
        experimental: None,
        origin: origin(id),
        referenced_from: None,
        raw_path: String::new(),
    }
}

/// Every rule of the renderer in one API.
pub fn fixture_api() -> Api {
    use Primitive::*;
    let mut types =
        vec![
        // Field mapping: required, optional, required+nullable, optional+nullable, names that
        // are keywords / collide / start with digits, every primitive, lists, maps, free-form.
        with_doc(
            strukt(
                "Pet",
                vec![
                    doc(req(field("id", prim(Uuid))), "The pet's id."),
                    req(null(field("name", string()))),
                    field("tag", string()),
                    doc(
                        null(field("nickname", string())),
                        "Optional and nullable: `null` clears it.",
                    ),
                    req(field("type", named("PetKind"))),
                    field("self", string()),
                    field("123abc", prim(Int32)),
                    field("fooBar", string()),
                    field("foo_bar", string()),
                    Field {
                        deprecated: true,
                        ..field("legacyCode", string())
                    },
                    Field {
                        read_only: true,
                        ..field("createdAt", prim(DateTime))
                    },
                    field("birthday", prim(Date)),
                    field("count", prim(Int64)),
                    field("size", prim(Integer)),
                    field("weight", prim(Number)),
                    field("ratio", prim(Float)),
                    field("vaccinated", prim(Boolean)),
                    field("photo", prim(Binary)),
                    field("signature", prim(Byte)),
                    field("labels", array(string())),
                    field("scores", map(prim(Int32))),
                    req(field("extra", TypeRef::Any)),
                    field("meta", TypeRef::Any),
                    null(field("color", named("Color"))),
                    field("priority", named("Priority")),
                    field("shade", named("Shade")),
                    // A union with a nullable member: `null` goes to that member.
                    field("scalar", named("Scalar")),
                ],
            ),
            "A pet.\n\nSee https://example.com/pets and [the guide](https://example.com/guide).\n\
             Tags like <p> and <br> and [brackets] are escaped; `code <b>` is not.\n\n\
             ```\nthis is not Rust { and would not compile\n```\n\n    indented, not a doctest\n\n\
             An unbalanced ` backtick.",
        ),
        // Named after its place in `Pet`, and used by three types: a file of its own.
        inline(string_enum(
            "PetKind",
            &[
                ("dog", Some("A dog.")),
                ("cat", None),
                ("UNKNOWN", Some("Collides with the fallback variant.")),
                ("Self", None),
                ("in-progress", None),
                ("1.0", None),
                ("10", None),
                ("", None),
            ],
        )),
        string_enum("Color", &[("red", None), ("green", None)]),
        typedef(
            "Priority",
            TypeKind::Enum(Enum {
                repr: EnumRepr::Integer,
                values: vec![
                    EnumValue {
                        value: json!(1),
                        description: Some("Low.".into()),
                    },
                    EnumValue {
                        value: json!(2),
                        description: None,
                    },
                    EnumValue {
                        value: json!(-1),
                        description: None,
                    },
                ],
                nullable: false,
            }),
        ),
        // A nullable enum: `Option<Shade>` wherever it is used.
        typedef(
            "Shade",
            TypeKind::Enum(Enum {
                repr: EnumRepr::String,
                values: vec![EnumValue {
                    value: json!("dark"),
                    description: None,
                }],
                nullable: true,
            }),
        ),
        string_enum("EmptyEnum", &[]),
        // Recursion: direct (boxed), through a list (not boxed), and mutual.
        strukt(
            "Node",
            vec![
                req(field("name", string())),
                field("parent", named("Node")),
                field("children", array(named("Node"))),
                field("edge", named("Edge")),
            ],
        ),
        strukt(
            "Edge",
            vec![req(field("to", named("Node"))), field("weight", prim(Double))],
        ),
        // An alias on a cycle of aliases: a newtype.
        typedef("Tree", TypeKind::Alias(array(named("Tree")))),
        typedef("Names", TypeKind::Alias(array(string()))),
        typedef("Json", TypeKind::Alias(TypeRef::Any)),
        typedef("MaybeName", TypeKind::Alias(nullable(string()))),
        // Untagged union of structs: `Detailed` has more required fields, so it is tried first.
        union("Shape", vec![named("Basic"), named("Detailed")], None),
        strukt("Basic", vec![req(field("a", prim(Int64)))]),
        strukt(
            "Detailed",
            vec![req(field("a", prim(Int64))), req(field("b", prim(Int64)))],
        ),
        // Untagged union of scalars.
        union(
            "Scalar",
            vec![
                TypeRef::Any,
                string(),
                prim(Number),
                prim(Integer),
                prim(Boolean),
                named("Color"),
                array(string()),
                nullable(named("Basic")),
            ],
            None,
        ),
        // A member whose only required field is nullable takes an object without it only when
        // no other member does.
        union("Pick", vec![named("Loose"), named("Account")], None),
        strukt("Loose", vec![req(null(field("appRoleId", string())))]),
        strukt(
            "Account",
            vec![field("id", string()), field("nativeIdentity", string())],
        ),
        // Two enums: a value goes to the enum that lists it.
        union("Choice", vec![named("Color"), named("PetKind")], None),
        // Discriminated: a struct carrying its tag, two tags for one type, a struct without the
        // tag field (the tag is added when serializing).
        union(
            "Event",
            vec![named("Created"), named("Deleted"), named("Renamed")],
            Some(Discriminator {
                property: "kind".into(),
                mapping: vec![
                    DiscriminatorCase {
                        value: "created".into(),
                        type_name: "Created".into(),
                    },
                    DiscriminatorCase {
                        value: "deleted".into(),
                        type_name: "Deleted".into(),
                    },
                    DiscriminatorCase {
                        value: "removed".into(),
                        type_name: "Deleted".into(),
                    },
                    DiscriminatorCase {
                        value: "renamed".into(),
                        type_name: "Renamed".into(),
                    },
                ],
            }),
        ),
        strukt(
            "Created",
            vec![req(field("kind", string())), req(field("id", string()))],
        ),
        strukt(
            "Deleted",
            vec![req(field("kind", string())), field("id", string())],
        ),
        strukt(
            "Renamed",
            vec![req(field("from", string())), req(field("to", string()))],
        ),
        // Discriminated with a single tagged member and a non-struct member.
        union(
            "Setting",
            vec![named("Created"), prim(Boolean)],
            Some(Discriminator {
                property: "kind".into(),
                mapping: vec![DiscriminatorCase {
                    value: "created".into(),
                    type_name: "Created".into(),
                }],
            }),
        ),
        // allOf merged into fields, and a flattened union part.
        typedef(
            "Dog",
            TypeKind::Struct(Struct {
                fields: vec![req(field("name", string())), field("breed", string())],
                flatten: vec![named("Shape")],
                all_of: vec!["Basic".into(), "NotAType".into()],
                additional_properties: None,
            }),
        ),
        // Typed additional properties next to declared ones, and a flattened struct part.
        typedef(
            "Labels",
            TypeKind::Struct(Struct {
                fields: vec![field("count", prim(Int32))],
                flatten: vec![named("Basic")],
                all_of: vec![],
                additional_properties: Some(string()),
            }),
        ),
        typedef(
            "FreeForm",
            TypeKind::Struct(Struct {
                fields: vec![field("known", prim(Boolean))],
                flatten: vec![],
                all_of: vec![],
                additional_properties: Some(TypeRef::Any),
            }),
        ),
        // Every field can be empty: derives Default; `new()` takes nothing.
        strukt(
            "AllOptional",
            vec![
                field("a", string()),
                req(field("list", array(string()))),
                req(null(field("b", string()))),
            ],
        ),
        strukt("Empty", vec![]),
        // Deprecated type, used by another type.
        TypeDef {
            deprecated: true,
            title: Some("Legacy pet record.".into()),
            ..strukt("OldPet", vec![req(field("id", string()))])
        },
        strukt("Owner", vec![field("pet", named("OldPet"))]),
        // Names that are keywords or clash with the module layout.
        strukt("Type", vec![field("type", string())]),
        strukt("Models", vec![field("models", string())]),
        // Webhook answer.
        strukt("PetAck", vec![req(field("approved", prim(Boolean)))]),
        // Required read-only fields are `Option`s, never constructor arguments: a request
        // leaves them out (nullable: `Option<Option<T>>`; free-form: `Option<Value>`).
        strukt(
            "Template",
            vec![
                req(field("name", string())),
                read_only(req(field("created", prim(DateTime)))),
                read_only(req(null(field("modified", prim(DateTime))))),
                read_only(req(field("meta", TypeRef::Any))),
                read_only(req(field("color", named("Color")))),
            ],
        ),
        // Best fit among untagged members that all accept a value. `AccessDoc` has more
        // required fields (tried first) but a `type` its enum does not list is an unlisted value,
        // and `stack` an undeclared member, so `EventDoc` wins.
        union("Document", vec![named("AccessDoc"), named("EventDoc")], None),
        strukt(
            "AccessDoc",
            vec![
                req(field("id", string())),
                req(field("name", string())),
                req(field("type", named("AccessType"))),
            ],
        ),
        strukt(
            "EventDoc",
            vec![
                req(field("id", string())),
                req(field("name", string())),
                field("type", named("EventType")),
                field("stack", string()),
            ],
        ),
        string_enum("AccessType", &[("ACCESS_PROFILE", None)]),
        string_enum("EventType", &[("PROVISIONING", None), ("AUTH", None)]),
        // All-optional anyOf members: the one that declares most of the input's members.
        typedef(
            "Arguments",
            TypeKind::Union(Union {
                mode: UnionMode::AnyOf,
                variants: vec![named("ArgsA"), named("ArgsB"), named("ArgsC")],
                discriminator: None,
            }),
        ),
        strukt("ArgsA", vec![field("a", string())]),
        strukt("ArgsB", vec![field("a", string()), field("b", array(string()))]),
        strukt("ArgsC", vec![field("c", string())]),
        // Free-form JSON declares no members: a struct that declares some of them wins.
        union("Loosely", vec![TypeRef::Any, named("ArgsB")], None),
        // An unlisted value deep inside a member counts too.
        union("Tagged", vec![named("TagsA"), named("TagsB")], None),
        strukt("TagsA", vec![req(field("tags", array(named("Color"))))]),
        strukt("TagsB", vec![req(field("tags", array(named("PetKind"))))]),
        // Two flattened struct parts: each takes its own members; the rest go to the catch-all.
        typedef(
            "Combo",
            TypeKind::Struct(Struct {
                fields: vec![field("label", string())],
                flatten: vec![named("Basic"), named("Renamed")],
                all_of: vec![],
                additional_properties: None,
            }),
        ),
        // A flattened part that takes any member (typed additional properties) keeps the
        // undeclared ones: no catch-all of its own.
        typedef(
            "Open",
            TypeKind::Struct(Struct {
                fields: vec![field("x", prim(Boolean))],
                flatten: vec![named("FreeForm")],
                all_of: vec![],
                additional_properties: None,
            }),
        ),
        // A nullable flattened part: `None` when none of its members is there.
        typedef(
            "Partial",
            TypeKind::Struct(Struct {
                fields: vec![req(field("name", string()))],
                flatten: vec![nullable(named("Renamed"))],
                all_of: vec![],
                additional_properties: None,
            }),
        ),
        // Types named after their position inside another schema. Used by one other type
        // only, they are rendered into its file, down a chain (`OrderLineGift` -> `OrderLine`
        // -> `Order`) and through recursion (`OrderLine` lists `OrderLine`s); both structs of
        // `order.rs` flatten `Basic`. An inline type that several types use (`PetKind`) or no
        // type uses (`OrderReceipt`) keeps a file of its own.
        typedef(
            "Order",
            TypeKind::Struct(Struct {
                fields: vec![
                    req(field("status", named("OrderStatus"))),
                    field("lines", array(named("OrderLine"))),
                ],
                flatten: vec![named("Basic")],
                all_of: vec![],
                additional_properties: None,
            }),
        ),
        inline(string_enum("OrderStatus", &[("open", None), ("shipped", None)])),
        inline(typedef(
            "OrderLine",
            TypeKind::Struct(Struct {
                fields: vec![
                    req(field("sku", string())),
                    field("gift", named("OrderLineGift")),
                    field("parts", array(named("OrderLine"))),
                ],
                flatten: vec![named("Basic")],
                all_of: vec![],
                additional_properties: None,
            }),
        )),
        inline(strukt("OrderLineGift", vec![field("note", string())])),
        inline(strukt("OrderReceipt", vec![field("total", prim(Number))])),
        // A list declared as `type: object` with `items`: an array or a single item on the wire.
        strukt(
            "Metrics",
            vec![
                req(field("entries", one_or_many(named("OrderReceipt")))),
                field("tags", one_or_many(string())),
            ],
        ),
        typedef("MetricsList", TypeKind::Alias(one_or_many(named("OrderReceipt")))),
    ];
    types.sort_by(|a, b| a.name.cmp(&b.name));
    Api {
        name: "v2025".into(),
        title: "Fixture API".into(),
        version: "1.0.0".into(),
        description: Some("A fixture. See https://example.com.".into()),
        servers: vec![],
        security: vec![],
        security_schemes: BTreeMap::new(),
        tags: vec![],
        types,
        operations: vec![],
        value_fallbacks: vec![],
        webhooks: vec![
            Webhook {
                name: "PetCreated".into(),
                operation: operation("petCreatedEvent", Some(named("Pet")), None),
            },
            Webhook {
                name: "PetReview".into(),
                operation: operation("petReviewEvent", Some(named("Pet")), Some(named("PetAck"))),
            },
        ],
    }
}

pub fn fixture_config() -> VersionConfig {
    VersionConfig {
        name: "v2025".into(),
        root: "idn/fixture.yaml".into(),
        generate: true,
        models_crate: "fixture-models".into(),
        client_crate: "fixture-client".into(),
        crate_version: "0.1.0".into(),
        retry_safe_operations: Vec::new(),
        experimental_header: None,
    }
}

pub fn fixture_meta() -> CrateMetadata {
    CrateMetadata {
        repository: "https://github.com/example/sailpoint-rust-sdk".into(),
        license: "MIT".into(),
        rust_version: "1.85".into(),
        ..Default::default()
    }
}

/// The repository's `templates/` directory.
pub fn templates_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../templates")
}

/// Only the `models` templates (copied to a temp dir), so that these tests do not depend on
/// the other groups.
pub fn models_templates() -> Templates {
    let tmp = tempfile::tempdir().expect("tempdir");
    copy_tree(&templates_dir().join("models"), &tmp.path().join("models"));
    Templates::load(tmp.path()).expect("templates/models loads")
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_tree(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).unwrap();
        }
    }
}

pub fn render_fixture() -> Files {
    generator::render::models::render_models(
        &fixture_api(),
        &fixture_config(),
        &fixture_meta(),
        &models_templates(),
    )
    .expect("fixture renders")
}

/// A JSON value's canonical text, for comparisons.
pub fn canon(v: &Value) -> String {
    serde_json::to_string(v).unwrap()
}

//! The IR that exercises every mapping rule of the models renderer, written as data in
//! `tests/fixtures/models/api.yaml` (what each part exercises is said there); shared by
//! `models_rules.rs` (snapshots), `models_compile.rs` (builds the crate and round-trips JSON),
//! `type_space.rs` and `model_samples.rs`. The constructors below build the small extra types
//! that single tests add to it.
#![allow(dead_code)]

#[path = "../ir_file/mod.rs"]
mod ir_file;

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

pub fn string() -> TypeRef {
    TypeRef::Primitive(Primitive::String)
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

/// Every rule of the renderer in one API: `tests/fixtures/models/api.yaml`.
pub fn fixture_api() -> Api {
    ir_file::load("models/api.yaml")
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
    let fail = |what: &str, path: &Path, e: std::io::Error| -> ! {
        panic!("cannot {what} {}: {e}", path.display())
    };
    std::fs::create_dir_all(to).unwrap_or_else(|e| fail("create", to, e));
    for entry in std::fs::read_dir(from).unwrap_or_else(|e| fail("list", from, e)) {
        let entry = entry.unwrap_or_else(|e| fail("list", from, e));
        let (source, target) = (entry.path(), to.join(entry.file_name()));
        if source.is_dir() {
            copy_tree(&source, &target);
        } else {
            std::fs::copy(&source, &target).unwrap_or_else(|e| fail("copy", &source, e));
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
    serde_json::to_string(v).expect("a JSON value serializes")
}

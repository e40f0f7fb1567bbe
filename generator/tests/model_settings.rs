//! Generation settings of the models crate (`[models]` in `sdk.toml`, or the `Generator`
//! builder) on a small fixture spec: one snapshot per setting. The default (no settings) output
//! is the one every other test and the freshness check see.

use std::path::Path;

use generator::config::{Config, CrateMetadata, VersionConfig, CONFIG_SCHEMA};
use generator::files::Files;
use generator::pipeline::Generator;
use generator::settings::{Dependency, ModelSettings, TypeReplacement};

fn config() -> Config {
    Config {
        schema: CONFIG_SCHEMA,
        runtime_crate: "sailpoint-runtime".into(),
        crate_metadata: CrateMetadata::default(),
        models: ModelSettings::default(),
        experimental_header: None,
        versions: vec![VersionConfig {
            name: "v1".into(),
            root: "settings/api.yaml".into(),
            generate: true,
            models_crate: "fixture-models".into(),
            client_crate: "fixture-client".into(),
            crate_version: "0.1.0".into(),
            retry_safe_operations: Vec::new(),
            experimental_header: None,
        }],
    }
}

fn generator(config: Config) -> Generator {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    Generator::new(config, root.join("tests/fixtures")).templates(root.join("../templates"))
}

fn generate(configure: impl FnOnce(Generator) -> Generator) -> Files {
    configure(generator(config()))
        .generate()
        .expect("fixture generates")
        .files
}

fn file<'f>(files: &'f Files, path: &str) -> &'f str {
    files
        .get(path)
        .unwrap_or_else(|| panic!("{path} is generated"))
}

#[test]
fn no_settings_change_nothing() {
    let plain = generate(|g| g);
    let empty = generate(|g| g.model_settings(ModelSettings::default()));
    assert_eq!(plain, empty);
    assert!(!file(&plain, "v1/models/src/models/account.rs").contains("Hash"));
}

#[test]
fn derives_by_pattern() {
    let files = generate(|g| g.derive("Account*", "Eq").derive("*", "Eq"));
    // A struct and an enum that match; the enum already derives `Eq` (not repeated).
    insta::assert_snapshot!(
        "derives_account",
        file(&files, "v1/models/src/models/account.rs")
    );
    insta::assert_snapshot!(
        "derives_account_status",
        file(&files, "v1/models/src/models/account_status.rs")
    );
}

#[test]
fn attributes_by_pattern() {
    let files = generate(|g| g.attribute("*Status", "#[non_exhaustive]"));
    insta::assert_snapshot!(
        "attributes_account_status",
        file(&files, "v1/models/src/models/account_status.rs")
    );
    assert!(!file(&files, "v1/models/src/models/account.rs").contains("non_exhaustive"));
}

#[test]
fn type_replacements_with_their_dependencies() {
    let files = generate(|g| {
        g.replace_type(TypeReplacement {
            format: "uuid".into(),
            rust_type: "uuid::Uuid".into(),
            dependency: Some(Dependency {
                name: "uuid".into(),
                version: "1".into(),
                features: vec!["serde".into()],
            }),
        })
        .replace_type(TypeReplacement {
            format: "date-time".into(),
            rust_type: "time::OffsetDateTime".into(),
            dependency: Some(Dependency {
                name: "time".into(),
                version: "0.3".into(),
                features: vec!["serde-well-known".into()],
            }),
        })
    });
    insta::assert_snapshot!(
        "replacements_account",
        file(&files, "v1/models/src/models/account.rs")
    );
    insta::assert_snapshot!(
        "replacements_cargo_toml",
        file(&files, "v1/models/Cargo.toml")
    );
}

/// The client spells types as the models do: a `date-time` query parameter (a setter) and a
/// request body of `date-time`s take the replacement, and the client's manifest names its crate.
#[test]
fn type_replacements_reach_the_client() {
    let files = generate(|g| {
        g.replace_type(TypeReplacement {
            format: "date-time".into(),
            rust_type: "time::OffsetDateTime".into(),
            dependency: Some(Dependency {
                name: "time".into(),
                version: "0.3".into(),
                features: vec!["serde-well-known".into()],
            }),
        })
    });
    let accounts = file(&files, "v1/client/src/apis/accounts.rs");
    insta::assert_snapshot!("replacements_client_accounts", accounts);
    assert!(!accounts.contains("primitives::DateTime"), "{accounts}");
    for spelled in [
        "created_after: Option<time::OffsetDateTime>",
        "body: Vec<time::OffsetDateTime>",
    ] {
        assert!(accounts.contains(spelled), "{spelled} in {accounts}");
    }
    let manifest = file(&files, "v1/client/Cargo.toml");
    insta::assert_snapshot!("replacements_client_cargo_toml", manifest);
    assert!(manifest.contains(r#"time = { version = "0.3", features = ["serde-well-known"] }"#));
    // Without settings, the client keeps the models' own date-time type.
    let plain = generate(|g| g);
    let accounts = file(&plain, "v1/client/src/apis/accounts.rs");
    assert!(
        accounts.contains("models::primitives::DateTime"),
        "{accounts}"
    );
    assert!(!file(&plain, "v1/client/Cargo.toml").contains("\ntime ="));
}

/// A replaced plain `string` is no longer taken as `impl Into<String>`.
#[test]
fn a_replaced_string_parameter_takes_the_replacement() {
    let plain = generate(|g| g);
    let accounts = file(&plain, "v1/client/src/apis/accounts.rs");
    assert!(accounts.contains("id: impl Into<String>"), "{accounts}");
    let files = generate(|g| {
        g.replace_type(TypeReplacement {
            format: "string".into(),
            rust_type: "compact_str::CompactString".into(),
            dependency: None,
        })
    });
    let accounts = file(&files, "v1/client/src/apis/accounts.rs");
    assert!(!accounts.contains("impl Into<String>"), "{accounts}");
    assert!(
        accounts.contains("id: compact_str::CompactString"),
        "{accounts}"
    );
}

#[test]
fn a_replacement_dependency_the_template_declares_is_an_error() {
    let duplicate = generator(config())
        .replace_type(TypeReplacement {
            format: "date-time".into(),
            rust_type: "serde_json::Value".into(),
            dependency: Some(Dependency {
                name: "serde_json".into(),
                version: "1".into(),
                features: vec![],
            }),
        })
        .generate();
    let message = format!("{:#}", duplicate.expect_err("duplicate dependency"));
    assert!(message.contains("Cargo.toml"), "{message}");
}

#[test]
fn renames_reach_models_and_client() {
    let files = generate(|g| g.rename_type("Account", "UserAccount"));
    insta::assert_snapshot!(
        "renames_user_account",
        file(&files, "v1/models/src/models/user_account.rs")
    );
    assert!(!files.contains_key("v1/models/src/models/account.rs"));
    let client: String = (files.iter())
        .filter(|(path, _)| path.starts_with("v1/client/src/"))
        .map(|(_, text)| text.as_str())
        .collect();
    assert!(
        client.contains("UserAccount"),
        "the client names the new type"
    );
    assert!(!client.contains("models::Account>"));
}

#[test]
fn a_rename_of_an_unknown_type_is_an_error() {
    let result = generator(config())
        .rename_type("NoSuchType", "Other")
        .generate();
    assert!(result.is_err());
}

#[test]
fn settings_read_from_sdk_toml() {
    let text = r##"
schema = 1
runtime_crate = "sailpoint-runtime"

[models]
renames = { Account = "UserAccount" }

[[models.derives]]
types = "Account*"
add = ["Eq"]

[[models.attributes]]
types = "*Status"
add = ["#[non_exhaustive]"]

[[models.type_replacements]]
format = "uuid"
rust_type = "uuid::Uuid"
dependency = { name = "uuid", version = "1", features = ["serde"] }

[[version]]
name = "v1"
root = "settings/api.yaml"
models_crate = "fixture-models"
client_crate = "fixture-client"
crate_version = "0.1.0"
"##;
    let config = Config::from_toml(text, "sdk.toml".as_ref()).unwrap();
    let settings = &config.models;
    assert_eq!(settings.derives_for("AccountStatus"), ["Eq"]);
    assert_eq!(
        settings.attributes_for("AccountStatus"),
        ["#[non_exhaustive]"]
    );
    assert_eq!(settings.renames["Account"], "UserAccount");
    assert_eq!(
        settings.dependency_lines(),
        [r#"uuid = { version = "1", features = ["serde"] }"#]
    );
    // The config's settings are the generator's defaults.
    let files = generator(config).generate().unwrap().files;
    let account = file(&files, "v1/models/src/models/user_account.rs");
    assert!(account.contains("pub id: uuid::Uuid"), "{account}");
}

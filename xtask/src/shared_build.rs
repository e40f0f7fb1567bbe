//! What every harness (examples round-trip, conformance) copies from the generated workspace it
//! exercises, so that its `cargo build` reuses what the workspace's own `cargo test` built.
//!
//! Cargo reuses a compiled crate only when the target directory, the profile, the features
//! unified over the whole build and, for a path crate, its path relative to the building
//! workspace's root are the same. A harness therefore builds into the generated workspace's
//! target directory ([`target_dir`]), with that workspace's profile tables ([`Shape::profile`]),
//! declares the features the suite's `cargo test` resolves: the client with its
//! [`TEST_FEATURES`] and every member's dev-dependencies, merged with the harness's own
//! dependencies ([`Shape::dependencies`]), and reaches the generated crates through links that
//! keep their relative paths ([`Mirror`]). The generated models and client crates then compile
//! once for the test step and both harnesses.

use std::path::{Path, PathBuf};

use anyhow::Result;
use generator::config::Config;

#[cfg(feature = "harness")]
pub(crate) use manifests::Shape;
#[cfg(feature = "harness")]
pub(crate) use mirror::{Mirror, MEMBERS_DIR};

#[cfg(feature = "harness")]
mod mirror;

/// The features of every generated client crate that `cargo xtask test` turns on for the
/// generated workspace's tests, and that each harness turns on too.
pub(crate) const TEST_FEATURES: &[&str] = &["mock"];

/// The features the generated workspace's tests build with, beyond the defaults
/// (`--features` text): the runtime's `mock` and every client's [`TEST_FEATURES`], so that the
/// mock server, its tests (`control`, `faults`, `mock`), the clients' typed expectations and
/// their `tests/mock.rs` and README doctest are linted, documented and run too. Not
/// `--all-features`: that would also build the runtime's `tracing` and the models' `chrono`.
/// Every cargo run over the generated workspace uses the same set, so none rebuilds what
/// another built.
pub(crate) fn test_features(repo: &Path) -> Result<String> {
    let config = Config::read(&repo.join("specs").join("sdk.toml"))?;
    let mut features = vec![format!("{}/mock", config.runtime_crate)];
    for v in config.versions.iter().filter(|v| v.generate) {
        for feature in TEST_FEATURES {
            features.push(format!("{}/{feature}", v.client_crate));
        }
    }
    Ok(features.join(","))
}

/// The target directory of the repository's generated workspace (`CARGO_TARGET_DIR` when set,
/// as cargo itself decides). Every harness, and the corpus, builds there.
pub(crate) fn target_dir(repo: &Path) -> PathBuf {
    match std::env::var_os("CARGO_TARGET_DIR")
        .or_else(|| std::env::var_os("CARGO_BUILD_TARGET_DIR"))
    {
        Some(dir) => PathBuf::from(dir),
        None => repo.join("generated").join("target"),
    }
}

/// What `cargo clippy -- <lint_args>` adds to cargo's environment: clippy-driver as the
/// workspace members' compiler wrapper, and the lint arguments for it. `None` when no
/// `cargo-clippy` is found.
///
/// A later cargo run over the same workspace with this environment (the suite's rustdoc step)
/// finds the members clippy checked fresh: cargo keys a member's compiled metadata by its
/// wrapper, so without it that run checks every generated crate again. The lints do not run a
/// second time. Should clippy ever change what it sets, the run only compiles more; the
/// `rustdoc_reuses_what_clippy_checked` test notices.
#[cfg(feature = "harness")]
pub(crate) fn clippy_environment(lint_args: &[&str]) -> Option<Vec<(String, String)>> {
    let driver = clippy_driver()?;
    // cargo-clippy's encoding: each argument followed by this separator.
    let args: String = lint_args
        .iter()
        .map(|a| format!("{a}__CLIPPY_HACKERY__"))
        .collect();
    Some(vec![
        (
            "RUSTC_WORKSPACE_WRAPPER".into(),
            driver.to_string_lossy().into_owned(),
        ),
        ("CLIPPY_ARGS".into(), args),
    ])
}

/// The clippy-driver `cargo clippy` runs: the one beside the toolchain's `cargo-clippy`
/// (rustup's proxies are resolved to the toolchain's binary, as rustup runs it).
#[cfg(feature = "harness")]
fn clippy_driver() -> Option<PathBuf> {
    let toolchain = std::process::Command::new("rustup")
        .args(["which", "cargo-clippy"])
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| PathBuf::from(String::from_utf8_lossy(&o.stdout).trim()));
    let cargo_clippy = toolchain.or_else(|| {
        let path = std::env::var_os("PATH")?;
        std::env::split_paths(&path)
            .map(|dir| dir.join("cargo-clippy"))
            .find(|p| p.is_file())
    })?;
    let driver = cargo_clippy.with_file_name("clippy-driver");
    driver.is_file().then_some(driver)
}

/// The manifests' side (only the build of xtask with the test tooling has harnesses).
#[cfg(feature = "harness")]
mod manifests {
    use std::path::Path;

    use anyhow::{bail, Context, Result};
    use toml::{Table, Value};

    use super::Mirror;

    /// The parts of a generated workspace's manifests a harness repeats.
    #[derive(Debug, Clone, PartialEq)]
    pub(crate) struct Shape {
        /// The `[profile.*]` tables of the workspace's `Cargo.toml`, as TOML text.
        pub profile: String,
        /// The `[workspace.*]` tables members inherit from (`package`, `dependencies`, `lints`),
        /// as TOML text: the generated crates are members of a mirrored harness workspace too.
        pub inherited: String,
        /// The workspace's `members` entries, as written.
        pub members: Vec<String>,
        /// Every member's `[dev-dependencies]`, merged by name (features united).
        dev_dependencies: Table,
    }

    impl Shape {
        /// Reads `<generated>/Cargo.toml` and the manifest of each member it lists.
        pub(crate) fn read(generated: &Path) -> Result<Shape> {
            let root = read_manifest(&generated.join("Cargo.toml"))?;
            let inherited = (root.get("workspace"))
                .and_then(|w| w.get("dependencies"))
                .and_then(Value::as_table)
                .cloned()
                .unwrap_or_default();
            let mut dev_dependencies = Table::new();
            let members = (root.get("workspace"))
                .and_then(|w| w.get("members"))
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default();
            for member in members.iter().filter_map(Value::as_str) {
                let dir = generated.join(member);
                let manifest = read_manifest(&dir.join("Cargo.toml"))?;
                let Some(deps) = manifest.get("dev-dependencies").and_then(Value::as_table) else {
                    continue;
                };
                for (name, spec) in deps {
                    let spec = absolute(normalize(name, spec, &inherited)?, &dir)?;
                    merge(&mut dev_dependencies, name, spec);
                }
            }
            let profile = match root.get("profile") {
                Some(p) => {
                    let mut t = Table::new();
                    t.insert("profile".into(), p.clone());
                    toml::to_string(&t).context("writing the profile tables")?
                }
                None => String::new(),
            };
            let mut tables = Table::new();
            for name in ["package", "dependencies", "lints"] {
                if let Some(t) = root.get("workspace").and_then(|w| w.get(name)) {
                    tables.insert(name.into(), t.clone());
                }
            }
            let inherited = match tables.is_empty() {
                true => String::new(),
                false => {
                    let mut t = Table::new();
                    t.insert("workspace".into(), Value::Table(tables));
                    toml::to_string(&t).context("writing the inherited workspace tables")?
                }
            };
            Ok(Shape {
                profile,
                inherited,
                members: (members.iter().filter_map(Value::as_str))
                    .map(str::to_string)
                    .collect(),
                dev_dependencies,
            })
        }

        /// `[dependencies]` lines: the harness's own (`own`, TOML text) merged with the workspace's
        /// dev-dependencies, their paths reached through `mirror`.
        pub(crate) fn dependencies(&self, own: &str, mirror: &Mirror) -> Result<String> {
            let own: Table = toml::from_str(own).context("the harness's own dependencies")?;
            let mut all = Table::new();
            for (name, spec) in own.iter().chain(&self.dev_dependencies) {
                let mut spec = normalize(name, spec, &Table::new())?;
                if let Some(Value::String(path)) = spec.get("path") {
                    let seen = mirror.path(Path::new(path)).display().to_string();
                    spec.insert("path".into(), spec_string(&seen));
                }
                merge(&mut all, name, spec);
            }
            Ok(all
                .iter()
                .map(|(name, spec)| format!("{} = {}\n", key(name), inline(spec)))
                .collect())
        }
    }

    fn read_manifest(path: &Path) -> Result<Table> {
        let text =
            std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
        toml::from_str(&text).with_context(|| format!("{}: not a valid manifest", path.display()))
    }

    /// A dependency as a table (`"1"` -> `{ version = "1" }`), `workspace = true` replaced by the
    /// workspace's entry (with the member's extra features).
    fn normalize(name: &str, spec: &Value, inherited: &Table) -> Result<Table> {
        let mut table = match spec {
            Value::String(version) => Table::from_iter([("version".into(), spec_string(version))]),
            Value::Table(t) => t.clone(),
            other => bail!("dependency `{name}`: unexpected {}", other.type_str()),
        };
        if table.remove("workspace").and_then(|v| v.as_bool()) == Some(true) {
            let Some(base) = inherited.get(name) else {
                bail!("dependency `{name}` inherits from the workspace, which does not declare it");
            };
            let mut merged = Table::new();
            merge(&mut merged, name, normalize(name, base, &Table::new())?);
            merge(&mut merged, name, table);
            table = match merged.remove(name) {
                Some(Value::Table(t)) => t,
                _ => Table::new(),
            };
        }
        Ok(table)
    }

    fn spec_string(s: &str) -> Value {
        Value::String(s.to_string())
    }

    /// A `path` made absolute against the member's directory (the harness lives elsewhere).
    fn absolute(mut spec: Table, dir: &Path) -> Result<Table> {
        if let Some(Value::String(path)) = spec.get("path") {
            let joined = dir.join(path);
            let resolved = (joined.canonicalize())
                .with_context(|| format!("resolving the dependency path {}", joined.display()))?;
            spec.insert("path".into(), spec_string(&resolved.display().to_string()));
        }
        Ok(spec)
    }

    /// Adds `spec` under `name`: features united, `default-features` kept on if either keeps it,
    /// other keys from the first declaration.
    fn merge(into: &mut Table, name: &str, spec: Table) {
        let Some(Value::Table(existing)) = into.get_mut(name) else {
            into.insert(name.to_string(), Value::Table(spec));
            return;
        };
        let defaults =
            |t: &Table| t.get("default-features").and_then(Value::as_bool) != Some(false);
        if defaults(existing) || defaults(&spec) {
            existing.remove("default-features");
        }
        let mut features: Vec<String> = [existing.get("features"), spec.get("features")]
            .into_iter()
            .flatten()
            .filter_map(Value::as_array)
            .flatten()
            .filter_map(Value::as_str)
            .map(str::to_string)
            .collect();
        features.sort();
        features.dedup();
        if !features.is_empty() {
            existing.insert(
                "features".into(),
                Value::Array(features.into_iter().map(Value::String).collect()),
            );
        }
        for (k, v) in spec {
            if k != "default-features" && k != "features" {
                existing.entry(k).or_insert(v);
            }
        }
    }

    /// A TOML key, quoted when it is not bare.
    fn key(name: &str) -> String {
        let bare = !name.is_empty()
            && (name.chars()).all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if bare {
            name.to_string()
        } else {
            spec_string(name).to_string()
        }
    }

    /// `{ k = v, ... }` on one line (dependency specs hold only strings, booleans and string arrays).
    fn inline(spec: &Value) -> String {
        match spec {
            Value::Table(t) => {
                let fields: Vec<String> = (t.iter())
                    .map(|(k, v)| format!("{} = {}", key(k), inline(v)))
                    .collect();
                format!("{{ {} }}", fields.join(", "))
            }
            other => other.to_string(),
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        fn write(dir: &Path, path: &str, text: &str) {
            let file = dir.join(path);
            std::fs::create_dir_all(file.parent().unwrap()).unwrap();
            std::fs::write(file, text).unwrap();
        }

        fn workspace() -> tempfile::TempDir {
            let dir = tempfile::tempdir().unwrap();
            write(
                dir.path(),
                "Cargo.toml",
                "[workspace]\nmembers = [\"runtime\", \"v1/client\"]\n\n[profile.dev]\ndebug = \"line-tables-only\"\n",
            );
            write(
                dir.path(),
                "runtime/Cargo.toml",
                "[package]\nname = \"rt\"\n[dev-dependencies]\nwiremock = \"0.6\"\ntokio = { version = \"1\", features = [\"time\", \"macros\"] }\nfutures-util = { version = \"0.3\", default-features = false, features = [\"std\"] }\n",
            );
            write(
                dir.path(),
                "v1/client/Cargo.toml",
                "[package]\nname = \"c\"\n[dev-dependencies]\ntokio = { version = \"1\", features = [\"rt-multi-thread\"] }\nrt = { path = \"../../runtime\" }\n",
            );
            dir
        }

        #[test]
        fn the_harness_repeats_the_workspace_profile_and_every_dev_dependency() {
            let dir = workspace();
            let shape = Shape::read(dir.path()).unwrap();
            let profile: Table = toml::from_str(&shape.profile).unwrap();
            assert_eq!(
                profile["profile"]["dev"]["debug"].as_str(),
                Some("line-tables-only")
            );
            let text = shape
                .dependencies(
                    "tokio = { version = \"1\", features = [\"net\"] }\nserde = \"1\"\n",
                    &Mirror::unlinked(dir.path()),
                )
                .unwrap();
            let deps: Table = toml::from_str(&text).expect("valid TOML");
            let features = |name: &str| -> Vec<&str> {
                (deps[name]["features"].as_array().unwrap().iter())
                    .filter_map(Value::as_str)
                    .collect()
            };
            assert_eq!(
                features("tokio"),
                ["macros", "net", "rt-multi-thread", "time"]
            );
            assert_eq!(deps["serde"]["version"].as_str(), Some("1"));
            assert_eq!(deps["wiremock"]["version"].as_str(), Some("0.6"));
            assert_eq!(
                deps["futures-util"]["default-features"].as_bool(),
                Some(false)
            );
            let runtime = dir.path().join("runtime").canonicalize().unwrap();
            assert_eq!(
                deps["rt"]["path"].as_str(),
                Some(runtime.display().to_string().as_str())
            );
        }

        #[test]
        fn default_features_stay_on_when_one_declaration_keeps_them() {
            let dir = workspace();
            let shape = Shape::read(dir.path()).unwrap();
            let text = (shape
                .dependencies("futures-util = \"0.3\"\n", &Mirror::unlinked(dir.path())))
            .unwrap();
            let deps: Table = toml::from_str(&text).unwrap();
            assert!(deps["futures-util"].get("default-features").is_none());
            assert_eq!(
                deps["futures-util"]["features"].as_array().unwrap().len(),
                1
            );
        }

        #[test]
        fn a_member_without_a_manifest_is_an_error_naming_it() {
            let dir = workspace();
            std::fs::remove_file(dir.path().join("v1/client/Cargo.toml")).unwrap();
            let err = format!("{:#}", Shape::read(dir.path()).unwrap_err());
            assert!(err.contains("v1/client/Cargo.toml"), "{err}");
        }
    }
}

#[cfg(all(test, feature = "harness"))]
mod tests {
    use std::path::Path;
    use std::process::Command;

    fn write(dir: &Path, path: &str, text: &str) {
        let path = dir.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    fn cargo(dir: &Path, args: &[&str], env: &[(String, String)]) -> String {
        let out = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
            .args(args)
            .current_dir(dir)
            .env("CARGO_TARGET_DIR", dir.join("target"))
            .env_remove("RUSTC_WORKSPACE_WRAPPER")
            .env_remove("CLIPPY_ARGS")
            .envs(env.iter().map(|(k, v)| (k, v)))
            .output()
            .expect("cargo runs");
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert!(out.status.success(), "cargo {args:?} failed:\n{stderr}");
        stderr
    }

    /// The suite's rustdoc step runs with `clippy_environment` after the clippy step: the
    /// member a documented crate depends on must be fresh, not checked a second time. Fails when
    /// `cargo clippy` sets another environment than the one repeated here.
    #[test]
    fn rustdoc_reuses_what_clippy_checked() {
        let Some(env) = super::clippy_environment(&["-D", "warnings"]) else {
            panic!("no clippy-driver found: install clippy (rustup component add clippy)");
        };
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        write(
            root,
            "Cargo.toml",
            "[workspace]\nresolver = \"2\"\nmembers = [\"a\", \"b\"]\n",
        );
        let package = |name: &str| {
            format!("[package]\nname = \"{name}\"\nversion = \"0.0.0\"\nedition = \"2021\"\n")
        };
        write(root, "a/Cargo.toml", &package("a"));
        write(
            root,
            "a/src/lib.rs",
            "//! a\n\n/// One.\npub fn one() -> u8 {\n    1\n}\n",
        );
        write(
            root,
            "b/Cargo.toml",
            &format!(
                "{}\n[dependencies]\na = {{ path = \"../a\" }}\n",
                package("b")
            ),
        );
        write(
            root,
            "b/src/lib.rs",
            "//! b\n\n/// Two.\npub fn two() -> u8 {\n    a::one() + 1\n}\n",
        );
        write(
            root,
            "b/examples/e.rs",
            "fn main() {\n    println!(\"{}\", b::two());\n}\n",
        );
        cargo(
            root,
            &[
                "clippy",
                "--workspace",
                "--all-targets",
                "--",
                "-D",
                "warnings",
            ],
            &[],
        );
        let doc_args = [
            "doc",
            "--workspace",
            "--no-deps",
            "--lib",
            "--examples",
            "-v",
        ];
        let doc = cargo(root, &doc_args, &env);
        assert!(doc.contains("Documenting b v0.0.0"), "{doc}");
        assert!(
            !doc.contains("Checking a v0.0.0"),
            "rustdoc checked `a` again instead of reusing clippy's check:\n{doc}"
        );
        // The control: without clippy's environment the same run does check `a` again.
        let doc = cargo(root, &doc_args, &[]);
        assert!(doc.contains("Checking a v0.0.0"), "{doc}");
    }
}

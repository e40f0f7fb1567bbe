//! The round-trip harness: a small binary crate per version, depending on the generated models
//! crate by path, that reads `index \t type id \t JSON` lines, deserializes each JSON text into the
//! Rust type with that id, serializes it back and prints `index \t ok \t JSON` or
//! `index \t err \t "message"`.
//!
//! The harnesses of all versions are members of one workspace (`target/examples-harness/`, the
//! harnesses under `harnesses/`, the generated crates reached through [`Mirror`]), built
//! in one `cargo build` into the generated workspace's target directory, with its profile and the
//! features its tests use (`shared_build`): the generated crates the suite's `cargo test` built
//! are reused, and the build is only the serde code each `roundtrip::<T>` instantiates.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};
use generator::config::VersionConfig;
use generator::ir::{Api, TypeRef};
use generator::render::rust::{type_tokens, TypeCtx};

use crate::shared_build::{self, Mirror, Shape, MEMBERS_DIR, TEST_FEATURES};

/// A built harness of one version.
pub struct Harness {
    pub binary: PathBuf,
}

/// Distinct Rust types (as token text) and, per input, the index of its type.
pub fn type_table(api: &Api, lib: &str, tys: &[&TypeRef]) -> Result<(Vec<String>, Vec<usize>)> {
    let ctx = TypeCtx::new(api, lib)?;
    let mut table: Vec<String> = Vec::new();
    let mut index = std::collections::HashMap::new();
    let ids = tys
        .iter()
        .map(|ty| {
            let text = type_tokens(ty, &ctx).to_string();
            *index.entry(text.clone()).or_insert_with(|| {
                table.push(text);
                table.len() - 1
            })
        })
        .collect();
    Ok((table, ids))
}

/// The harness's `src/main.rs`; `lib` and `client_lib` are the models and client crates'
/// library names.
pub fn main_rs(types: &[String], lib: &str, client_lib: &str) -> Result<String> {
    render_skeleton(
        "examples/harness_main.rs.jinja",
        include_str!("harness_main.rs.jinja"),
        &serde_json::json!({ "types": types, "lib": lib, "client_lib": client_lib }),
    )
}

/// The `Cargo.toml` of one version's harness, a member of the harness workspace
/// ([`workspace_toml`] holds the profile).
///
/// It depends on the version's client crate too, which it does not use: with the conformance
/// harness's dependencies (`harness_dependencies.toml.jinja`, merged with the generated
/// workspace's dev-dependencies by [`Shape`]) cargo resolves the same features for both harnesses
/// and the generated workspace's tests, and compiles the generated crates once.
pub fn cargo_toml(
    package: &str,
    models: &CrateDir,
    client: &CrateDir,
    shape: &Shape,
    mirror: &Mirror,
) -> Result<String> {
    let quoted = |s: String| toml::Value::String(s).to_string();
    render_skeleton(
        "examples/harness_Cargo.toml.jinja",
        include_str!("harness_Cargo.toml.jinja"),
        &serde_json::json!({
            "package": package,
            "name": quoted(models.name.clone()),
            "path": quoted(mirror.path(&models.dir).display().to_string()),
            "dependencies": shared_dependencies(client, shape, mirror)?,
        }),
    )
}

/// The `Cargo.toml` of a harness workspace (`cargo xtask <command>`'s): its packages (under
/// [`MEMBERS_DIR`], one per name in `members`), the generated workspace's profile and the tables
/// its members inherit (they are members here too, see [`Mirror`]).
pub(crate) fn workspace_toml(command: &str, members: &[&str], shape: &Shape) -> Result<String> {
    let members: Vec<String> = (members.iter())
        .map(|m| toml::Value::String(format!("{MEMBERS_DIR}/{m}")).to_string())
        .collect();
    render_skeleton(
        "examples/harness_workspace.toml.jinja",
        include_str!("harness_workspace.toml.jinja"),
        &serde_json::json!({
            "command": command,
            "members": members,
            "profile": shape.profile,
            "inherited": shape.inherited,
        }),
    )
}

/// The dependencies every harness declares: `harness_dependencies.toml.jinja` merged with the
/// generated workspace's dev-dependencies, reached through `mirror`.
pub(crate) fn shared_dependencies(
    client: &CrateDir,
    shape: &Shape,
    mirror: &Mirror,
) -> Result<String> {
    let quoted = |s: String| toml::Value::String(s).to_string();
    let own = render_skeleton(
        "examples/harness_dependencies.toml.jinja",
        include_str!("harness_dependencies.toml.jinja"),
        &serde_json::json!({
            "client_name": quoted(client.name.clone()),
            "client_path": quoted(client.dir.display().to_string()),
            "client_features": toml::Value::Array(
                (TEST_FEATURES.iter()).map(|f| toml::Value::String(f.to_string())).collect()
            ).to_string(),
        }),
    )?;
    shape.dependencies(&own, mirror)
}

/// A generated crate: its package name and its directory.
pub struct CrateDir {
    pub name: String,
    pub dir: PathBuf,
}

/// Renders a harness skeleton (a minijinja template kept beside the code that fills it and
/// compiled into xtask) with the generator's template engine.
pub(crate) fn render_skeleton(
    name: &str,
    source: &'static str,
    ctx: &serde_json::Value,
) -> Result<String> {
    let mut env = generator::render::template_environment();
    env.add_template(name, source)
        .with_context(|| format!("{name}: invalid template"))?;
    let template = env.get_template(name)?;
    template
        .render(ctx)
        .with_context(|| format!("rendering {name}"))
}

/// Writes (only what changed) every version's harness as a member of one workspace under
/// `target/examples-harness/harnesses/` and builds them in one `cargo build`: cargo compiles the harnesses
/// side by side (each is one long rustc run, instantiating serde for its types). Returns the
/// harnesses in the order of `versions` and the build's wall time.
pub fn build_all(
    repo: &Path,
    generated: &Path,
    versions: &[(&VersionConfig, &[String])],
) -> Result<(Vec<Harness>, Duration)> {
    let root = repo.join("target").join("examples-harness");
    let shape = Shape::read(generated)?;
    let mirror = Mirror::create(&root, generated, &shape.members)?;
    let mut members = Vec::new();
    let mut packages = Vec::new();
    for (v, types) in versions {
        let models = crate_dir(generated, v, "models", &v.models_crate)?;
        let client = crate_dir(generated, v, "client", &v.client_crate)?;
        let dir = root.join(MEMBERS_DIR).join(&v.name);
        let package = format!("examples-harness-{}", v.name.replace('_', "-"));
        std::fs::create_dir_all(dir.join("src"))
            .with_context(|| format!("creating {}", dir.display()))?;
        write_if_changed(
            &dir.join("Cargo.toml"),
            &cargo_toml(&package, &models, &client, &shape, &mirror)?,
        )?;
        let lib = v.models_crate.replace('-', "_");
        let client_lib = v.client_crate.replace('-', "_");
        write_if_changed(
            &dir.join("src/main.rs"),
            &main_rs(types, &lib, &client_lib)?,
        )?;
        members.push(v.name.as_str());
        packages.push(package);
    }
    write_if_changed(
        &root.join("Cargo.toml"),
        &workspace_toml("examples", &members, &shape)?,
    )?;
    let (target, compile) = cargo_build(repo, generated, &root, "the round-trip harness")?;
    let harnesses = (packages.into_iter())
        .map(|package| Harness {
            binary: target.join("debug").join(executable(&package)),
        })
        .collect();
    Ok((harnesses, compile))
}

fn executable(package: &str) -> String {
    if cfg!(windows) {
        format!("{package}.exe")
    } else {
        package.to_string()
    }
}

/// The generated `kind` crate (`models` or `client`) of `v`: an error naming the directory when
/// it is not there.
fn crate_dir(generated: &Path, v: &VersionConfig, kind: &str, name: &str) -> Result<CrateDir> {
    let dir = generated.join(&v.name).join(kind);
    if !dir.join("Cargo.toml").is_file() {
        bail!(
            "no {kind} crate at {} (run `cargo xtask generate`, or pass --generated DIR)",
            dir.display()
        );
    }
    let dir = (dir.canonicalize()).with_context(|| format!("resolving {}", dir.display()))?;
    Ok(CrateDir {
        name: name.to_string(),
        dir,
    })
}

/// Builds the harness workspace or package in `dir` (`cargo build --workspace`) into the
/// generated workspace's target directory (same profile, features and lockfile: the generated
/// crates compile once for its tests and every harness). The generated workspace's `Cargo.lock` is copied
/// in first, so the harness uses the same dependency versions. Returns the target directory and
/// the wall time; `what` names the harness in errors.
pub(crate) fn cargo_build(
    repo: &Path,
    generated: &Path,
    dir: &Path,
    what: &str,
) -> Result<(PathBuf, Duration)> {
    // Copied before every build, not only the first: cargo drops the entries a harness does not
    // use, and would otherwise resolve them afresh (newer versions, other artifacts) once the
    // harness needs them again.
    let lock = dir.join("Cargo.lock");
    let generated_lock = generated.join("Cargo.lock");
    if generated_lock.is_file() {
        std::fs::copy(&generated_lock, &lock)
            .with_context(|| format!("copying {}", generated_lock.display()))?;
    }
    let target = shared_build::target_dir(repo);
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let start = Instant::now();
    let output = Command::new(&cargo)
        .arg("build")
        .arg("--manifest-path")
        .arg(dir.join("Cargo.toml"))
        .arg("--workspace")
        .arg("--message-format=short")
        .env("CARGO_TARGET_DIR", &target)
        .env_remove("CARGO_BUILD_TARGET_DIR")
        .stdin(Stdio::null())
        .output()
        .with_context(|| format!("running {} build", cargo.to_string_lossy()))?;
    let elapsed = start.elapsed();
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        let errors: Vec<&str> = stderr
            .lines()
            .filter(|l| l.contains("error"))
            .take(40)
            .collect();
        let shown = if errors.is_empty() {
            stderr
                .lines()
                .rev()
                .take(40)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect()
        } else {
            errors
        };
        bail!(
            "{what} in {} does not build ({}):\n  {}",
            dir.display(),
            output.status,
            shown.join("\n  ")
        );
    }
    Ok((target, elapsed))
}

/// Writes `text` unless the file already holds it (keeps cargo's fingerprints).
pub(crate) fn write_if_changed(path: &Path, text: &str) -> Result<()> {
    if std::fs::read_to_string(path).ok().as_deref() == Some(text) {
        return Ok(());
    }
    std::fs::write(path, text).with_context(|| format!("writing {}", path.display()))
}

/// How the harness decodes a case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decoding {
    /// As serde does: an example the spec's schema accepts must decode so.
    Strict,
    /// The models' tolerant decoding, which keeps and lists members that do not fit: for
    /// examples the spec's own schema rejects.
    Tolerant,
}

impl Decoding {
    fn word(self) -> &'static str {
        match self {
            Decoding::Strict => "strict",
            Decoding::Tolerant => "tolerant",
        }
    }
}

/// One case for the harness: the type id, how to decode, the JSON text.
pub type Case = (usize, Decoding, String);

/// What the harness said about one case.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// The JSON text the type serialized back, and the pointers of the members tolerant
    /// decoding kept raw.
    Json {
        text: String,
        deviations: Vec<String>,
    },
    /// Deserialization or serialization failed (or panicked).
    Error(String),
}

/// Runs the harness over `cases`. A crash is blamed on the case it stopped at, and the rest run
/// in a fresh process.
pub fn run(h: &Harness, cases: &[Case]) -> Result<Vec<Outcome>> {
    let mut results: Vec<Option<Outcome>> = vec![None; cases.len()];
    let mut next = 0;
    while next < cases.len() {
        let status = run_from(h, cases, next, &mut results)?;
        match results[next..].iter().position(Option::is_none) {
            None => break,
            Some(gap) => {
                let at = next + gap;
                results[at] = Some(Outcome::Error(format!(
                    "the harness process died on this example ({status})"
                )));
                next = at + 1;
            }
        }
    }
    Ok(results
        .into_iter()
        .map(|r| r.unwrap_or_else(|| Outcome::Error("no result".into())))
        .collect())
}

fn run_from(
    h: &Harness,
    cases: &[Case],
    from: usize,
    results: &mut [Option<Outcome>],
) -> Result<String> {
    let mut child = Command::new(&h.binary)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .with_context(|| format!("starting {}", h.binary.display()))?;
    let mut stdin = child.stdin.take().context("harness stdin")?;
    let input: Vec<u8> = cases[from..]
        .iter()
        .enumerate()
        .flat_map(|(i, (ty, decoding, json))| {
            format!("{}\t{ty}\t{}\t{json}\n", from + i, decoding.word()).into_bytes()
        })
        .collect();
    let writer = std::thread::spawn(move || {
        // A crashed harness closes its stdin: the error is the crash, reported below.
        let _ = stdin.write_all(&input);
    });
    let stdout = child.stdout.take().context("harness stdout")?;
    for line in BufReader::new(stdout).lines() {
        let line = line.context("reading the harness output")?;
        let mut parts = line.splitn(3, '\t');
        let (Some(i), Some(kind), Some(rest)) = (parts.next(), parts.next(), parts.next()) else {
            continue;
        };
        let Some(slot) = i.parse::<usize>().ok().and_then(|i| results.get_mut(i)) else {
            continue;
        };
        *slot = Some(match kind {
            "ok" => {
                let (text, deviations) = rest.rsplit_once('\t').unwrap_or((rest, "[]"));
                Outcome::Json {
                    text: text.to_string(),
                    deviations: serde_json::from_str(deviations).unwrap_or_default(),
                }
            }
            _ => Outcome::Error(
                serde_json::from_str::<String>(rest).unwrap_or_else(|_| rest.to_string()),
            ),
        });
    }
    let _ = writer.join();
    let status = child.wait().context("waiting for the harness")?;
    Ok(status.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn main_rs_is_rust_with_one_arm_per_type() {
        let text = main_rs(&["m :: A".into(), "Vec < m :: B >".into()], "m", "c").unwrap();
        let file = syn::parse_file(&text).expect("the harness's main.rs parses as Rust");
        let functions: Vec<String> = (file.items.iter())
            .filter_map(|item| match item {
                syn::Item::Fn(f) => Some(f.sig.ident.to_string()),
                _ => None,
            })
            .collect();
        for needed in ["roundtrip", "case", "serve", "main"] {
            assert!(functions.iter().any(|f| f == needed), "no fn {needed}");
        }
        assert!(text.contains("        0 => roundtrip::<m :: A>(text, tolerant),\n"));
        assert!(text.contains("        1 => roundtrip::<Vec < m :: B >>(text, tolerant),\n"));
        assert!(text.contains(r#""{index}\tok\t{json}\t{}""#), "{text}");
        assert!(text.contains("m::decode::decode::<T>"));
        assert!(text.contains("extern crate c as _;"));
        assert!(text.ends_with("}\n"));
    }

    #[test]
    fn main_rs_without_types_still_parses() {
        let text = main_rs(&[], "m", "c").unwrap();
        syn::parse_file(&text).expect("parses");
        assert!(!text.contains("roundtrip::<"));
    }

    #[test]
    fn cargo_toml_quotes_paths() {
        let models = CrateDir {
            name: "sailpoint-v2025-models".into(),
            dir: PathBuf::from("/x/\"q\"/models"),
        };
        let client = CrateDir {
            name: "sailpoint-v2025".into(),
            dir: PathBuf::from("/x/client"),
        };
        let generated = Path::new(env!("CARGO_MANIFEST_DIR")).join("../generated");
        let shape = Shape::read(&generated).unwrap();
        let t = cargo_toml(
            "h",
            &models,
            &client,
            &shape,
            &Mirror::unlinked(Path::new("/y")),
        )
        .unwrap();
        let v: toml::Value = toml::from_str(&t).expect("valid TOML");
        assert_eq!(v["package"]["name"].as_str(), Some("h"));
        assert_eq!(
            v["dependencies"]["sailpoint-v2025-models"]["path"].as_str(),
            Some("/x/\"q\"/models")
        );
        assert!(v["dependencies"].get("serde_json").is_some());
        // A member of the harness workspace: the workspace holds the profile.
        assert!(v.get("workspace").is_none());
        assert!(v.get("profile").is_none());
    }
}

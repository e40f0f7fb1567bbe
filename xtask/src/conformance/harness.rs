//! The conformance harness: one generated binary crate per version in a small workspace under
//! `target/conformance-harness/harnesses/` (the generated crates reached through
//! [`crate::shared_build::Mirror`]), depending on the generated client crate by path, built in one
//! `cargo build` (dependencies compile once), then run against a mock server.
//!
//! The binary prints one JSON line per call (`case`, `outcome`, `exchanges`); see
//! `harness_main.rs.jinja` for its source. The crate's files are minijinja templates beside this
//! file (`harness_*.jinja`), rendered with the generator's template engine.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use anyhow::{bail, Context, Result};
use serde::Deserialize;

use crate::examples::harness::{
    cargo_build, render_skeleton, shared_dependencies, workspace_toml, write_if_changed, CrateDir,
};
use crate::shared_build::{Mirror, Shape, MEMBERS_DIR};

/// One version's harness crate.
pub struct Crate {
    pub version: String,
    pub client_crate: String,
    pub client_dir: PathBuf,
    pub main_rs: String,
}

/// The built workspace.
pub struct Built {
    target: PathBuf,
    /// Wall time of `cargo build`.
    pub seconds: f64,
}

impl Built {
    pub fn binary(&self, version: &str) -> PathBuf {
        self.target.join("debug").join(package(version))
    }
}

fn package(version: &str) -> String {
    format!("conformance-{}", version.replace('_', "-"))
}

/// `main.rs` of a harness calling `count` cases; `code` is (the `op_N` functions, the match arms).
///
/// The skeleton is compiled in and its rendering is tested (`main_rs_is_rust_with_every_value_
/// filled_in`): it cannot fail on any argument, only on an edit of the skeleton itself.
pub fn main_rs(client_crate: &str, code: &(String, String), count: usize) -> String {
    let rendered = render_skeleton(
        "conformance/harness_main.rs.jinja",
        include_str!("harness_main.rs.jinja"),
        &serde_json::json!({
            "client": client_crate.replace('-', "_"),
            "operations": code.0,
            "arms": code.1,
            "count": count,
        }),
    );
    rendered.unwrap_or_else(|e| panic!("the conformance harness skeleton does not render: {e:#}"))
}

fn cargo_toml(
    version: &str,
    client_crate: &str,
    client_dir: &Path,
    shape: &Shape,
    mirror: &Mirror,
) -> Result<String> {
    let client = CrateDir {
        name: client_crate.to_string(),
        dir: client_dir.to_path_buf(),
    };
    render_skeleton(
        "conformance/harness_Cargo.toml.jinja",
        include_str!("harness_Cargo.toml.jinja"),
        &serde_json::json!({
            "package": package(version),
            "dependencies": shared_dependencies(&client, shape, mirror)?,
        }),
    )
}

/// The harness workspace's `Cargo.toml`: one member per version directory.
/// Writes (only what changed) and builds every harness.
pub fn build(repo: &Path, generated: &Path, crates: &[Crate]) -> Result<Built> {
    let root = repo.join("target").join("conformance-harness");
    std::fs::create_dir_all(&root).with_context(|| format!("creating {}", root.display()))?;
    let shape = Shape::read(generated)?;
    let mirror = Mirror::create(&root, generated, &shape.members)?;
    let mut members = Vec::new();
    for c in crates {
        if !c.client_dir.join("Cargo.toml").is_file() {
            bail!(
                "no client crate at {} (run `cargo xtask generate`, or pass --generated DIR)",
                c.client_dir.display()
            );
        }
        let client_dir = c
            .client_dir
            .canonicalize()
            .with_context(|| format!("resolving {}", c.client_dir.display()))?;
        let dir = root.join(MEMBERS_DIR).join(&c.version);
        std::fs::create_dir_all(dir.join("src"))
            .with_context(|| format!("creating {}", dir.display()))?;
        write_if_changed(
            &dir.join("Cargo.toml"),
            &cargo_toml(&c.version, &c.client_crate, &client_dir, &shape, &mirror)?,
        )?;
        write_if_changed(&dir.join("src/main.rs"), &c.main_rs)?;
        members.push(c.version.as_str());
    }
    write_if_changed(
        &root.join("Cargo.toml"),
        &workspace_toml("conformance", &members, &shape)?,
    )?;
    let (target, elapsed) = cargo_build(repo, generated, &root, "the conformance harness")?;
    let seconds = (elapsed.as_secs_f64() * 10.0).round() / 10.0;
    Ok(Built { target, seconds })
}

/// What the client returned.
#[derive(Debug, Clone, Deserialize)]
pub struct Outcome {
    /// `ok`, `ok-deviations`, `api`, `decode`, `argument`, `error`.
    pub kind: String,
    pub message: String,
    #[allow(dead_code)]
    pub status: Option<u16>,
}

/// One request and answer as the proxy saw them.
#[derive(Debug, Clone, Deserialize)]
pub struct Exchange {
    #[allow(dead_code)]
    pub method: String,
    #[allow(dead_code)]
    pub target: String,
    pub request_content_type: Option<String>,
    pub request_body: String,
    pub status: u16,
    pub response_content_type: Option<String>,
    pub violations: Option<String>,
    pub response_body: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct CallResult {
    pub outcome: Outcome,
    pub exchanges: Vec<Exchange>,
}

impl CallResult {
    /// The (last) exchange of the call.
    pub fn exchange(&self) -> Option<&Exchange> {
        self.exchanges.last()
    }
}

#[derive(Deserialize)]
struct Line {
    case: usize,
    #[serde(flatten)]
    result: CallResult,
}

/// Runs the harness against `upstream`; a crash is blamed on the case it stopped at and the
/// rest run in a fresh process.
pub fn run(binary: &Path, upstream: &str, count: usize) -> Result<Vec<CallResult>> {
    let mut results: Vec<Option<CallResult>> = vec![None; count];
    let mut next = 0;
    while next < count {
        let mut cmd = Command::new(binary);
        cmd.arg(upstream)
            .arg(next.to_string())
            .env("NO_PROXY", "127.0.0.1,localhost")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        super::prism::die_with_parent(&mut cmd);
        let mut child = cmd
            .spawn()
            .with_context(|| format!("starting {}", binary.display()))?;
        let stdout = child.stdout.take().context("harness stdout")?;
        for line in BufReader::new(stdout).lines() {
            let line = line.context("reading the harness output")?;
            let parsed: Line = serde_json::from_str(&line)
                .with_context(|| format!("a harness line that is not a result: {line}"))?;
            if let Some(slot) = results.get_mut(parsed.case) {
                *slot = Some(parsed.result);
            }
        }
        let status = child.wait().context("waiting for the harness")?;
        let mut stderr = String::new();
        if let Some(mut e) = child.stderr.take() {
            use std::io::Read;
            let _ = e.read_to_string(&mut stderr);
        }
        match results[next..].iter().position(Option::is_none) {
            None => break,
            Some(gap) => {
                let at = next + gap;
                results[at] = Some(CallResult {
                    outcome: Outcome {
                        kind: "error".into(),
                        message: format!(
                            "the harness process died on this call ({status}): {}",
                            crate::examples::schema::short(stderr.trim())
                        ),
                        status: None,
                    },
                    exchanges: Vec::new(),
                });
                next = at + 1;
            }
        }
    }
    Ok(results
        .into_iter()
        .map(|r| {
            r.unwrap_or_else(|| CallResult {
                outcome: Outcome {
                    kind: "error".into(),
                    message: "the harness printed no result".into(),
                    status: None,
                },
                exchanges: Vec::new(),
            })
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn main_rs_is_rust_with_every_value_filled_in() {
        let code = (
            "async fn op_0(c: &sdk::Client) -> Result<Outcome, Outcome> { todo!() }\n".into(),
            "        0 => op_0(c).await,\n".into(),
        );
        let text = main_rs("sailpoint-v2025", &code, 1);
        let file = syn::parse_file(&text).expect("the harness's main.rs parses as Rust");
        let functions: Vec<String> = (file.items.iter())
            .filter_map(|item| match item {
                syn::Item::Fn(f) => Some(f.sig.ident.to_string()),
                _ => None,
            })
            .collect();
        for needed in ["op_0", "forward", "arg", "done", "main"] {
            assert!(functions.iter().any(|f| f == needed), "no fn {needed}");
        }
        assert!(text.contains("use sailpoint_v2025 as sdk;"));
        assert!(text.contains("        0 => op_0(c).await,\n        _ => Err("));
        assert!(text.contains("for i in first..1 {"));
        assert!(!text.contains("{{"), "a value is left unfilled");
    }

    /// The committed generated workspace, whose manifests the harnesses repeat.
    fn generated_dir() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../generated")
    }

    fn generated_shape() -> Shape {
        Shape::read(&generated_dir()).expect("the committed generated workspace reads")
    }

    #[test]
    fn cargo_toml_quotes_paths() {
        let t = cargo_toml(
            "v2025",
            "sailpoint-v2025",
            Path::new("/x/\"q\"/client"),
            &generated_shape(),
            &Mirror::unlinked(Path::new("/x")),
        )
        .unwrap();
        let v: toml::Value = toml::from_str(&t).expect("valid TOML");
        assert_eq!(
            v["dependencies"]["sailpoint-v2025"]["path"].as_str(),
            Some("/x/\"q\"/client")
        );
        assert_eq!(v["package"]["name"].as_str(), Some("conformance-v2025"));
        for dependency in ["tokio", "hyper", "hyper-util", "http-body-util", "serde"] {
            assert!(v["dependencies"].get(dependency).is_some(), "{dependency}");
        }
        // The client's test features and the generated workspace's dev-dependencies, so that
        // the harness reuses what the generated workspace's `cargo test` built.
        assert_eq!(
            v["dependencies"]["sailpoint-v2025"]["features"]
                .as_array()
                .map(Vec::len),
            Some(crate::shared_build::TEST_FEATURES.len())
        );
        assert!(v["dependencies"].get("wiremock").is_some());
    }

    /// The two harnesses must declare the same dependencies (the examples harness adds its models
    /// crate) and the same profile, or cargo resolves other features and compiles every generated
    /// crate a second time.
    #[test]
    fn both_harnesses_declare_the_same_dependencies_and_profile() {
        use crate::examples::harness::cargo_toml as examples_toml;
        let client_dir = Path::new("/g/v2025/client");
        let shape = generated_shape();
        let mirror = Mirror::unlinked(Path::new("/g"));
        let conformance: toml::Value = toml::from_str(
            &cargo_toml("v2025", "sailpoint-v2025", client_dir, &shape, &mirror).unwrap(),
        )
        .unwrap();
        let models = CrateDir {
            name: "sailpoint-v2025-models".into(),
            dir: PathBuf::from("/g/v2025/models"),
        };
        let client = CrateDir {
            name: "sailpoint-v2025".into(),
            dir: client_dir.to_path_buf(),
        };
        let examples: toml::Value =
            toml::from_str(&examples_toml("h", &models, &client, &shape, &mirror).unwrap())
                .unwrap();
        let mut examples_deps = examples["dependencies"].as_table().unwrap().clone();
        assert!(examples_deps.remove("sailpoint-v2025-models").is_some());
        assert_eq!(
            &examples_deps,
            conformance["dependencies"].as_table().unwrap()
        );
        // Both workspaces come from `workspace_toml`, which repeats the generated workspace's
        // profile.
        assert!(
            examples.get("profile").is_none(),
            "a member's profile is ignored"
        );
        let workspace: toml::Value =
            toml::from_str(&workspace_toml("examples", &["v2025"], &shape).unwrap()).unwrap();
        let generated: toml::Value =
            toml::from_str(&std::fs::read_to_string(generated_dir().join("Cargo.toml")).unwrap())
                .unwrap();
        assert_eq!(workspace["profile"], generated["profile"]);
    }

    #[test]
    fn workspace_toml_lists_every_version() {
        let t = workspace_toml("conformance", &["beta", "v\"3"], &generated_shape()).unwrap();
        let v: toml::Value = toml::from_str(&t).expect("valid TOML");
        let members: Vec<&str> = (v["workspace"]["members"].as_array().unwrap().iter())
            .filter_map(toml::Value::as_str)
            .collect();
        assert_eq!(members, ["harnesses/beta", "harnesses/v\"3"]);
        assert_eq!(v["workspace"]["resolver"].as_str(), Some("2"));
        assert!(v["profile"]["dev"].is_table());
    }
}

//! The renderers' output uses only template items that `templates/` defines.
//!
//! The models and client crates of every configured version and the runtime crate are rendered
//! in process; what the rendered files use from the templates' files (the runtime crate, the
//! models crate's `lib.rs`, `serde_helpers`, `primitives`) is derived from them with `syn` and
//! resolved against the templates' items (see `contract/mod.rs`). An edited template that drops
//! or renames an item the generated code needs fails here, not minutes later in a build of
//! `generated/`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use generator::render::client::render_workspace;
use generator::render::Files;

use crate::contract::{check, CrateSource, SourceFile};
use crate::vendored::{config, generated_versions, rendered_all, repo, templates};

/// Output paths of the files under `templates/<group>/` (the `.jinja` suffix dropped).
fn template_outputs(group: &str) -> BTreeSet<String> {
    fn walk(dir: &Path, rel: &str, out: &mut BTreeSet<String>) {
        for entry in std::fs::read_dir(dir).expect("templates directory reads") {
            let entry = entry.expect("templates directory entry");
            let name = entry.file_name().to_string_lossy().into_owned();
            let path = if rel.is_empty() {
                name.clone()
            } else {
                format!("{rel}/{name}")
            };
            if entry.file_type().expect("file type").is_dir() {
                walk(&entry.path(), &path, out);
            } else {
                out.insert(path.trim_end_matches(".jinja").to_string());
            }
        }
    }
    let mut out = BTreeSet::new();
    walk(&repo().join("templates").join(group), "", &mut out);
    out
}

/// One crate from rendered files; a file is the templates' when `group` has it.
fn crate_source(ident: &str, files: &Files, group: &str) -> CrateSource {
    let from_templates = template_outputs(group);
    let manifest = files.get("Cargo.toml").cloned().unwrap_or_default();
    let files = files
        .iter()
        .filter(|(path, _)| path.ends_with(".rs"))
        .map(|(path, text)| {
            let source = SourceFile {
                text: text.clone(),
                from_template: from_templates.contains(path),
            };
            (path.clone(), source)
        })
        .collect();
    CrateSource {
        ident: ident.replace('-', "_"),
        externs: dependencies(&manifest),
        files,
    }
}

/// The dependencies a manifest names, as paths spell them.
fn dependencies(manifest: &str) -> BTreeSet<String> {
    let table: toml::Table = toml::from_str(manifest).expect("rendered manifest is TOML");
    table
        .get("dependencies")
        .and_then(toml::Value::as_table)
        .map(|deps| deps.keys().map(|name| name.replace('-', "_")).collect())
        .unwrap_or_default()
}

/// The runtime crate and, for each configured version, its models and client crates.
fn rendered_workspace() -> Vec<CrateSource> {
    let config = config();
    let workspace =
        render_workspace(config, &generated_versions(), templates()).expect("workspace renders");
    let runtime: Files = workspace
        .iter()
        .filter_map(|(path, text)| Some((path.strip_prefix("runtime/")?.to_string(), text.clone())))
        .collect();
    let mut crates = vec![crate_source(&config.runtime_crate, &runtime, "runtime")];
    for rendered in rendered_all() {
        let version = rendered.lowered.config;
        crates.push(crate_source(
            &version.models_crate,
            &rendered.models,
            "models",
        ));
        crates.push(crate_source(
            &version.client_crate,
            &rendered.client,
            "client",
        ));
    }
    crates
}

#[test]
fn rendered_code_uses_only_what_the_templates_define() {
    let report = check(&rendered_workspace()).expect("every crate parses");
    assert!(
        report.violations.is_empty(),
        "{} uses of template items the templates do not define:\n{}",
        report.violations.len(),
        report.violations.join("\n")
    );
    // The check saw each kind of use: the contract it enforces is not empty. (Attribute paths,
    // serde's `deserialize_with`, are left only in structs with flattened parts, which a spec
    // may not have; the tiny crate below checks that kind.)
    for kind in ["path", "macro", "method", "trait member"] {
        assert!(
            report.used.get(kind).is_some_and(|used| !used.is_empty()),
            "no {kind} into the templates found; uses: {:#?}",
            report.used
        );
    }
}

// ---------------------------------------------------------------------------------------------
// The check itself, on a tiny template crate and a tiny rendered crate.
// ---------------------------------------------------------------------------------------------

const TEMPLATE_LIB: &str = r#"
#[macro_export]
macro_rules! send_methods { ($t:ident) => {}; }
pub mod helpers;
pub use request::Request;
mod request {
    pub type Result<T> = std::result::Result<T, String>;
    pub struct Request;
    impl Request {
        pub fn new() -> Self { Request }
        pub fn query(self, _name: &str) -> Result<Self> { Ok(self) }
        pub async fn send(self) -> Result<()> { Ok(()) }
    }
}
"#;

const TEMPLATE_HELPERS: &str = r#"
macro_rules! string_enum { ($t:ident) => {}; }
pub(crate) use string_enum;
pub fn deserialize_some() {}
pub trait Fit { fn fit(&self) -> u32; fn better(&self) -> bool { true } }
"#;

const RENDERED: &str = r#"
use crate::helpers::Fit;
crate::send_methods!(Thing);
crate::helpers::string_enum!(Kind);
#[derive(serde::Deserialize)]
pub struct Thing {
    #[serde(deserialize_with = "crate::helpers::deserialize_some")]
    field: Option<u32>,
}
impl Fit for Thing { fn fit(&self) -> u32 { 0 } }
async fn call() -> crate::request::Result<()> {
    let req = crate::Request::new().query("a")?;
    let again = req;
    again.query("b")?.send().await
}
"#;

/// A template crate (`lib.rs`, `helpers.rs`) and a rendered module `things` in it.
fn tiny_crate(lib: &str, helpers: &str, rendered: &str) -> Vec<CrateSource> {
    let file = |text: &str, from_template| SourceFile {
        text: text.to_string(),
        from_template,
    };
    let lib = format!("{lib}\nmod things;\n");
    let files = BTreeMap::from([
        ("src/lib.rs".to_string(), file(&lib, true)),
        ("src/helpers.rs".to_string(), file(helpers, true)),
        ("src/things.rs".to_string(), file(rendered, false)),
    ]);
    vec![CrateSource {
        ident: "tiny".into(),
        externs: BTreeSet::new(),
        files,
    }]
}

fn violations_after(from: &str, to: &str) -> Vec<String> {
    let renamed = |text: &str| text.replace(from, to);
    let crates = tiny_crate(&renamed(TEMPLATE_LIB), &renamed(TEMPLATE_HELPERS), RENDERED);
    check(&crates).expect("parses").violations
}

#[test]
fn the_tiny_pair_satisfies_the_contract() {
    let report = check(&tiny_crate(TEMPLATE_LIB, TEMPLATE_HELPERS, RENDERED)).expect("parses");
    assert_eq!(report.violations, Vec::<String>::new());
    let used = |kind: &str| report.used.get(kind).cloned().unwrap_or_default();
    assert!(
        used("macro").contains("tiny::send_methods"),
        "{:?}",
        report.used
    );
    assert!(used("macro").contains("tiny::helpers::string_enum"));
    assert!(used("attribute path").contains("tiny::helpers::deserialize_some"));
    assert!(used("trait member").contains("tiny::helpers::Fit::fit"));
    assert!(used("path").contains("tiny::request::Request::new"));
    for method in ["query", "send"] {
        assert!(used("method").contains(&format!("tiny::request::Request::{method}")));
    }
}

#[test]
fn a_renamed_template_item_is_a_violation() {
    for (from, to, expected) in [
        (
            "macro_rules! send_methods",
            "macro_rules! send_all",
            "send_methods",
        ),
        (
            "macro_rules! string_enum",
            "macro_rules! text_enum",
            "string_enum",
        ),
        (
            "fn deserialize_some",
            "fn deserialize_present",
            "deserialize_some",
        ),
        ("fn new()", "fn create()", "Request::new"),
        ("fn query(", "fn param(", "no method `query`"),
        ("async fn send(", "async fn go(", "no method `send`"),
        ("fn fit(", "fn score(", "declares no `fit`"),
        ("pub use request::Request;", "", "Request"),
    ] {
        let violations = violations_after(from, to);
        assert!(
            violations.iter().any(|v| v.contains(expected)),
            "renaming `{from}` to `{to}`: expected a violation naming {expected}, got {violations:#?}"
        );
    }
}

#[test]
fn a_template_item_used_as_the_wrong_kind_is_a_violation() {
    // A function where a macro is invoked.
    let violations = violations_after(
        "macro_rules! string_enum { ($t:ident) => {}; }\npub(crate) use string_enum;",
        "pub fn string_enum() {}",
    );
    assert!(
        violations
            .iter()
            .any(|v| v.contains("string_enum") && v.contains("not a macro")),
        "{violations:#?}"
    );
}

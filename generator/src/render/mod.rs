//! Render: from the IR to file contents. Nothing here touches the disk except reading templates.
//!
//! - [`rust`]: the mapping from [`crate::ir::TypeRef`] to Rust types and the member names of a
//!   model struct; [`docs`]: spec descriptions as rustdoc; both used by both crate renderers
//!   (identifiers come from [`crate::naming`]).
//! - [`models`]: the models crate of one version.
//! - [`client`]: the client crate of one version.
//! - the runtime crate and the generated workspace manifest come from `templates/` alone.
//!
//! Items are built with `quote!` and formatted with prettyplease; everything that is the same for
//! every spec lives in `templates/` and goes through [`Templates`].

pub mod client;
pub mod docs;
pub mod features;
pub mod media;
pub mod models;
pub mod rust;

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::{Context, Result};
use quote::ToTokens;

pub use crate::files::Files;

/// Formats a token stream that holds whole items (a file) with prettyplease.
///
/// prettyplease flows a macro's arguments like prose; an item macro whose arguments are a struct
/// literal (`m!(Name { a: x, ..rest });`) is written one member per line instead, so that adding
/// a member changes one line of the output.
pub fn format_file(tokens: proc_macro2::TokenStream) -> Result<String> {
    // No clone kept for the error message: parsing a shared stream deep-copies every token.
    // Every caller names the type or file it was formatting.
    let mut file: syn::File = syn::parse2(tokens)
        .map_err(|e| anyhow::anyhow!("generated tokens do not parse as a Rust file: {e}"))?;
    let mut literal_macros = Vec::new();
    for item in &mut file.items {
        let syn::Item::Macro(m) = item else { continue };
        let Ok(literal) = m.mac.parse_body::<syn::ExprStruct>() else {
            continue;
        };
        let placeholder = format!("__STRUCT_LITERAL_MACRO_{}__", literal_macros.len());
        literal_macros.push((
            placeholder.clone(),
            struct_literal_macro(&m.mac.path, &literal),
        ));
        let ident = syn::Ident::new(&placeholder, proc_macro2::Span::call_site());
        *item = syn::parse_quote!(const #ident: () = (););
    }
    let mut text = prettyplease::unparse(&file);
    for (placeholder, written) in literal_macros {
        text = text.replacen(&format!("const {placeholder}: () = ();"), &written, 1);
    }
    Ok(text)
}

/// `path!(Name {\n    #[attr]\n    member: value,\n    ..rest\n});`.
fn struct_literal_macro(path: &syn::Path, literal: &syn::ExprStruct) -> String {
    let mut out = format!("{}!({} {{\n", path_text(path), path_text(&literal.path));
    for field in &literal.fields {
        for attr in &field.attrs {
            out.push_str(&format!("    #[{}]\n", attr.meta.to_token_stream()));
        }
        let member = field.member.to_token_stream().to_string();
        out.push_str(&format!("    {member}: {},\n", expr_text(&field.expr)));
    }
    if let Some(rest) = &literal.rest {
        out.push_str(&format!("    ..{}\n", expr_text(rest)));
    }
    out.push_str("});");
    out
}

/// `a::b<C, D>` (`to_string` spaces out the `::` and the angle brackets).
fn path_text(path: &syn::Path) -> String {
    let text = path.to_token_stream().to_string().replace(' ', "");
    text.replace(',', ", ")
}

/// A call of a path with its arguments as `f(a, b)`, a path as `a::b`; anything else as
/// `to_string` writes it (valid Rust, only spaced out).
fn expr_text(expr: &syn::Expr) -> String {
    match expr {
        syn::Expr::Path(p) if p.qself.is_none() => path_text(&p.path),
        syn::Expr::Call(call) => {
            let args: Vec<String> = call.args.iter().map(expr_text).collect();
            format!("{}({})", expr_text(&call.func), args.join(", "))
        }
        other => other.to_token_stream().to_string(),
    }
}

/// The template engine every template of the project is rendered with (`templates/` here, the
/// harness skeletons of `xtask`): an undefined variable is an error, and a file's trailing
/// newline is kept.
pub fn template_environment() -> minijinja::Environment<'static> {
    let mut env = minijinja::Environment::new();
    env.set_undefined_behavior(minijinja::UndefinedBehavior::Strict);
    env.set_keep_trailing_newline(true);
    env
}

/// The editable templates under `templates/`.
///
/// Layout: `templates/<group>/...` where group is `runtime`, `models`, `client` or `workspace`.
/// A file whose name ends in `.jinja` is rendered with minijinja (the suffix is dropped in the
/// output path); any other file is copied as it is.
pub struct Templates {
    /// Relative path (`/` separators, `.jinja` kept) -> contents.
    sources: BTreeMap<String, String>,
    env: minijinja::Environment<'static>,
    /// From the runtime manifest template; `None` when the templates have no runtime crate.
    runtime_version: Option<String>,
}

impl Templates {
    /// Reads every file under `dir`.
    pub fn load(dir: &Path) -> Result<Templates> {
        let mut sources = BTreeMap::new();
        read_tree(dir, dir, &mut sources)
            .with_context(|| format!("reading templates from {}", dir.display()))?;
        if sources.is_empty() {
            anyhow::bail!("{}: no templates found", dir.display());
        }
        let mut env = template_environment();
        let runtime_version = read_runtime_version(&sources)
            .with_context(|| format!("reading templates from {}", dir.display()))?;
        if let Some(version) = &runtime_version {
            env.add_global(RUNTIME_VERSION_GLOBAL, version.clone());
        }
        for (name, text) in &sources {
            if name.ends_with(".jinja") {
                env.add_template_owned(name.clone(), text.clone())
                    .with_context(|| format!("{}/{name}: invalid template", dir.display()))?;
            }
        }
        Ok(Templates {
            sources,
            env,
            runtime_version,
        })
    }

    /// Renders one template (`group/path.jinja`) with a serializable context.
    pub fn render<S: serde::Serialize>(&self, name: &str, ctx: &S) -> Result<String> {
        let t = self
            .env
            .get_template(name)
            .with_context(|| format!("template {name} is missing"))?;
        t.render(ctx)
            .with_context(|| format!("rendering template {name}"))
    }

    /// Renders or copies every file of a group into `out` under `prefix`.
    pub fn render_group<S: serde::Serialize>(
        &self,
        group: &str,
        prefix: &str,
        ctx: &S,
        out: &mut Files,
    ) -> Result<()> {
        self.render_group_where(group, prefix, ctx, |_| true, out)
    }

    /// Renders or copies the files of a group whose output path (relative to the group, without
    /// `.jinja`) `select` accepts.
    pub fn render_group_where<S: serde::Serialize>(
        &self,
        group: &str,
        prefix: &str,
        ctx: &S,
        select: impl Fn(&str) -> bool,
        out: &mut Files,
    ) -> Result<()> {
        let dir = format!("{group}/");
        // Converted once for every template of the group, not once per template.
        let ctx = minijinja::Value::from_serialize(ctx);
        for (name, text) in self.sources.range(dir.clone()..) {
            let Some(rel) = name.strip_prefix(&dir) else {
                break;
            };
            let template = rel.strip_suffix(".jinja");
            if !select(template.unwrap_or(rel)) {
                continue;
            }
            let (rel, contents) = match template {
                Some(stripped) => (stripped, self.render(name, &ctx)?),
                None => (rel, text.clone()),
            };
            out.insert(join(prefix, rel), contents);
        }
        Ok(())
    }

    /// Version of the runtime crate: the `[package] version` its manifest template states, the
    /// only place it is written. Every template sees it as `{{ runtime_version }}` (the client
    /// manifests depend on it).
    pub fn runtime_version(&self) -> Result<&str> {
        self.runtime_version
            .as_deref()
            .with_context(|| format!("templates have no {RUNTIME_MANIFEST}"))
    }

    /// Raw text of a non-template file (e.g. a helper module included verbatim).
    pub fn raw(&self, name: &str) -> Result<&str> {
        self.sources
            .get(name)
            .map(String::as_str)
            .with_context(|| format!("template file {name} is missing"))
    }
}

/// The runtime crate's manifest template, which states the runtime version.
const RUNTIME_MANIFEST: &str = "runtime/Cargo.toml.jinja";
/// The template global that carries the runtime version.
const RUNTIME_VERSION_GLOBAL: &str = "runtime_version";

/// The `[package] version` of the runtime manifest template, `None` when the templates have no
/// runtime crate. The manifest is rendered with every variable empty first (the version must be
/// a literal, not a variable), then read as TOML.
fn read_runtime_version(sources: &BTreeMap<String, String>) -> Result<Option<String>> {
    let Some(text) = sources.get(RUNTIME_MANIFEST) else {
        return Ok(None);
    };
    let mut env = minijinja::Environment::new();
    env.set_undefined_behavior(minijinja::UndefinedBehavior::Chainable);
    let manifest = env
        .render_str(text, ())
        .with_context(|| format!("{RUNTIME_MANIFEST}: invalid template"))?;
    let table: toml::Table = toml::from_str(&manifest)
        .with_context(|| format!("{RUNTIME_MANIFEST}: not a TOML manifest"))?;
    let version = table
        .get("package")
        .and_then(|package| package.get("version"))
        .and_then(toml::Value::as_str)
        .filter(|version| !version.is_empty());
    match version {
        Some(version) => Ok(Some(version.to_string())),
        None => anyhow::bail!("{RUNTIME_MANIFEST}: [package] version must be a literal version"),
    }
}

/// Joins output path parts with `/`.
pub fn join(prefix: &str, rel: &str) -> String {
    if prefix.is_empty() {
        rel.to_string()
    } else {
        format!("{}/{rel}", prefix.trim_end_matches('/'))
    }
}

fn read_tree(root: &Path, dir: &Path, out: &mut BTreeMap<String, String>) -> Result<()> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)?.collect::<std::io::Result<_>>()?;
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let path = e.path();
        if e.file_type()?.is_dir() {
            read_tree(root, &path, out)?;
        } else {
            let rel = path
                .strip_prefix(root)
                .expect("walked under root")
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/");
            let text = std::fs::read_to_string(&path)
                .with_context(|| format!("{}: not UTF-8 text", path.display()))?;
            out.insert(rel, text);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn templates_with(files: &[(&str, &str)]) -> Result<Templates> {
        let dir = tempfile::tempdir()?;
        for (name, text) in files {
            let path = dir.path().join(name);
            std::fs::create_dir_all(path.parent().expect("file under dir"))?;
            std::fs::write(path, text)?;
        }
        Templates::load(dir.path())
    }

    #[test]
    fn runtime_version_comes_from_the_runtime_manifest() {
        let templates = templates_with(&[
            (
                RUNTIME_MANIFEST,
                "[package]\nname = \"{{ runtime_crate }}\"\nversion = \"1.2.3\"\n",
            ),
            (
                "client/Cargo.toml.jinja",
                "runtime = \"{{ runtime_version }}\"\n",
            ),
        ])
        .unwrap();
        assert_eq!(templates.runtime_version().unwrap(), "1.2.3");
        let mut files = Files::new();
        templates
            .render_group("client", "", &serde_json::json!({}), &mut files)
            .unwrap();
        assert_eq!(files["Cargo.toml"], "runtime = \"1.2.3\"\n");
    }

    #[test]
    fn runtime_version_must_be_a_literal() {
        let err = templates_with(&[(
            RUNTIME_MANIFEST,
            "[package]\nversion = \"{{ runtime_version }}\"\n",
        )])
        .err()
        .expect("a version from a variable is refused");
        assert!(format!("{err:#}").contains("must be a literal"), "{err:#}");
    }

    #[test]
    fn templates_without_a_runtime_have_no_runtime_version() {
        let templates = templates_with(&[("models/lib.rs", "")]).unwrap();
        assert!(templates.runtime_version().is_err());
    }
}

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
pub mod media;
pub mod models;
pub mod rust;

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::{Context, Result};

pub use crate::files::Files;

/// Formats a token stream that holds whole items (a file) with prettyplease.
pub fn format_file(tokens: proc_macro2::TokenStream) -> Result<String> {
    // No clone kept for the error message: parsing a shared stream deep-copies every token.
    // Every caller names the type or file it was formatting.
    let file: syn::File = syn::parse2(tokens)
        .map_err(|e| anyhow::anyhow!("generated tokens do not parse as a Rust file: {e}"))?;
    Ok(prettyplease::unparse(&file))
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
        let mut env = minijinja::Environment::new();
        env.set_undefined_behavior(minijinja::UndefinedBehavior::Strict);
        env.set_keep_trailing_newline(true);
        for (name, text) in &sources {
            if name.ends_with(".jinja") {
                env.add_template_owned(name.clone(), text.clone())
                    .with_context(|| format!("{}/{name}: invalid template", dir.display()))?;
            }
        }
        Ok(Templates { sources, env })
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

    /// Raw text of a non-template file (e.g. a helper module included verbatim).
    pub fn raw(&self, name: &str) -> Result<&str> {
        self.sources
            .get(name)
            .map(String::as_str)
            .with_context(|| format!("template file {name} is missing"))
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

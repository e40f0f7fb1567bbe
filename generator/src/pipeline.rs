//! The whole pipeline behind a small builder, in the spirit of prost-build:
//!
//! ```no_run
//! # fn main() -> anyhow::Result<()> {
//! use generator::{config::Config, pipeline::Generator};
//! let config = Config::read("specs/sdk.toml".as_ref())?;
//! let generation = Generator::new(config, "specs").templates("templates").generate()?;
//! generation.write("generated".as_ref())?;
//! # Ok(()) }
//! ```
//!
//! Versions go through the pipeline one after the other, each rendered while the next one is
//! lowered (lowering is single-threaded; rendering uses every core), and a version's IR is
//! dropped once it is rendered: a run holds at most two versions' IRs, never all of them. The
//! result does not depend on thread count.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use rayon::prelude::*;

use crate::config::{Config, VersionConfig};
use crate::diag::{Diagnostic, Diagnostics, Severity};
use crate::ir::Api;
use crate::load::{self, Fatal};
use crate::lower::LowerOptions;
use crate::render::{self, Files, Templates};
use crate::settings::{ModelSettings, TypeReplacement, TypeRule};
use crate::write::{self, WriteSummary};

/// Loads `root` from `specs_dir` and lowers it into the IR of version `name` under `options`
/// (the project's: [`Config::lower_options`]).
/// The diagnostics are sorted and located (line/column) where possible.
pub fn build_api(
    specs_dir: &Path,
    root: &str,
    name: &str,
    options: &LowerOptions,
) -> Result<(Api, Vec<Diagnostic>), Fatal> {
    let mut diags = Diagnostics::new();
    let spec = load::load(specs_dir, root, &mut diags)?;
    let api = crate::lower::lower(&spec, name, options, &mut diags);
    spec.locate_all(&mut diags);
    Ok((api, diags.into_sorted()))
}

/// Configures and runs a generation.
#[derive(Debug, Clone)]
pub struct Generator {
    config: Config,
    specs_dir: PathBuf,
    templates_dir: PathBuf,
    only: Option<Vec<String>>,
    /// The models crates' generation settings: the config's `[models]`, then the builder's.
    models: ModelSettings,
}

/// One lowered version.
#[derive(Debug, Clone)]
pub struct Lowered {
    pub config: VersionConfig,
    pub api: Api,
    /// Sorted, with line/column filled in where known.
    pub diagnostics: Vec<Diagnostic>,
    /// Load + resolve + lower.
    pub elapsed: Duration,
}

/// What a generation reports about one version (its IR is not kept).
#[derive(Debug, Clone)]
pub struct VersionSummary {
    pub config: VersionConfig,
    pub types: usize,
    pub operations: usize,
    pub webhooks: usize,
    /// Sorted, with line/column filled in where known.
    pub diagnostics: Vec<Diagnostic>,
    /// Load + resolve + lower.
    pub elapsed: Duration,
}

impl VersionSummary {
    fn of(l: Lowered) -> VersionSummary {
        VersionSummary {
            types: l.api.types.len(),
            operations: l.api.operations.len(),
            webhooks: l.api.webhooks.len(),
            config: l.config,
            diagnostics: l.diagnostics,
            elapsed: l.elapsed,
        }
    }
}

/// A finished in-memory generation: every file of the generated workspace.
#[derive(Debug, Clone)]
pub struct Generation {
    pub versions: Vec<VersionSummary>,
    /// Paths relative to the output directory.
    pub files: Files,
    /// Lowering, summed over versions (it overlaps with rendering).
    pub lower_time: Duration,
    /// Rendering, summed over versions.
    pub render_time: Duration,
    /// Output directories of the configured versions this run did not select (`only`): a
    /// write or a freshness check leaves them as they are instead of calling them stale.
    pub untouched: Vec<String>,
}

impl Generator {
    pub fn new(config: Config, specs_dir: impl Into<PathBuf>) -> Self {
        Generator {
            models: config.models.clone(),
            config,
            specs_dir: specs_dir.into(),
            templates_dir: PathBuf::from("templates"),
            only: None,
        }
    }

    /// Replaces the models crates' generation settings (by default the config's `[models]`).
    pub fn model_settings(mut self, settings: ModelSettings) -> Self {
        self.models = settings;
        self
    }

    /// Adds `#[derive(<derive>)]` to every struct, enum, union and newtype whose Rust name
    /// matches `types` (`*` matches any run of characters).
    pub fn derive(mut self, types: &str, derive: &str) -> Self {
        self.models.derives.push(TypeRule {
            types: types.into(),
            add: vec![derive.into()],
        });
        self
    }

    /// Adds an outer attribute (`#[non_exhaustive]`) to every type whose Rust name matches
    /// `types`.
    pub fn attribute(mut self, types: &str, attribute: &str) -> Self {
        self.models.attributes.push(TypeRule {
            types: types.into(),
            add: vec![attribute.into()],
        });
        self
    }

    /// Maps a format to another Rust type, adding the crate it needs to the models crate.
    pub fn replace_type(mut self, replacement: TypeReplacement) -> Self {
        self.models.type_replacements.push(replacement);
        self
    }

    /// Renames the type the IR calls `ir_name` (models and client alike).
    pub fn rename_type(mut self, ir_name: &str, new_name: &str) -> Self {
        (self.models.renames).insert(ir_name.into(), new_name.into());
        self
    }

    /// Names the header parameter that marks an operation as experimental, for every version
    /// (replacing `experimental_header` of `sdk.toml`, top-level and per version); `None`: no
    /// operation is experimental.
    pub fn experimental_header(mut self, header: Option<&str>) -> Self {
        self.config.experimental_header = header.map(str::to_string);
        for v in &mut self.config.versions {
            v.experimental_header = None;
        }
        self
    }

    /// Directory of the editable templates (default `templates`).
    pub fn templates(mut self, dir: impl Into<PathBuf>) -> Self {
        self.templates_dir = dir.into();
        self
    }

    /// Restricts the run to these version names (default: every version with `generate = true`).
    pub fn only(mut self, names: Vec<String>) -> Self {
        self.only = Some(names);
        self
    }

    pub fn config(&self) -> &Config {
        &self.config
    }

    /// The versions this run generates, in config order; unknown `only` names are an error.
    pub fn selected(&self) -> Result<Vec<&VersionConfig>> {
        self.config.select(self.only.as_deref().unwrap_or_default())
    }

    /// Loads, resolves and lowers one version.
    pub fn lower_version(&self, v: &VersionConfig) -> Result<Lowered> {
        let start = Instant::now();
        let options = self.config.lower_options(v);
        let (api, diagnostics) = build_api(&self.specs_dir, &v.root, &v.name, &options)
            .map_err(|e| anyhow::anyhow!("{}: {e}", v.name))?;
        Ok(Lowered {
            config: v.clone(),
            api,
            diagnostics,
            elapsed: start.elapsed(),
        })
    }

    /// Lowers the given versions in parallel, in order.
    pub fn lower_all(&self, versions: &[&VersionConfig]) -> Result<Vec<Lowered>> {
        versions.par_iter().map(|v| self.lower_version(v)).collect()
    }

    /// Runs load -> lower -> render for the selected versions, entirely in memory.
    /// Fails, writing nothing, if any version has an error diagnostic (every version is still
    /// lowered, so that the error lists them all).
    pub fn generate(&self) -> Result<Generation> {
        let templates = Templates::load(&self.templates_dir)?;
        let selected = self.selected()?;
        let mut files = Files::new();
        let mut versions = Vec::with_capacity(selected.len());
        let mut errors: Vec<String> = Vec::new();
        let (mut lower_time, mut render_time) = (Duration::ZERO, Duration::ZERO);
        let mut next = match selected.first() {
            Some(v) => Some(self.lower_version(v)?),
            None => None,
        };
        let mut i = 0;
        while let Some(current) = next.take() {
            lower_time += current.elapsed;
            errors.extend(
                current
                    .diagnostics
                    .iter()
                    .filter(|d| d.severity == Severity::Error)
                    .map(|d| d.to_string()),
            );
            // Nothing is rendered once a version has errors; the others are still lowered.
            let render_current = errors.is_empty();
            let (ahead, rendered) = rayon::join(
                || {
                    selected
                        .get(i + 1)
                        .map(|v| self.lower_version(v))
                        .transpose()
                },
                || -> Result<Option<(Files, Duration)>> {
                    if !render_current {
                        return Ok(None);
                    }
                    let start = Instant::now();
                    let rendered = self.render_version(&templates, &current)?;
                    Ok(Some((rendered, start.elapsed())))
                },
            );
            if let Some((mut rendered, elapsed)) = rendered? {
                files.append(&mut rendered);
                render_time += elapsed;
            }
            next = ahead?;
            versions.push(VersionSummary::of(current));
            i += 1;
        }
        if !errors.is_empty() {
            anyhow::bail!(
                "the specs have {} error(s); nothing was written:\n  {}",
                errors.len(),
                errors.join("\n  ")
            );
        }
        // The workspace belongs to the configuration, not to this run: it lists every version
        // generated by default (plus any other selected one) even when `only` picks a few, so
        // that regenerating one version leaves the others' crates in the workspace.
        let defaults = self.config.select(&[])?;
        let has =
            |list: &[&VersionConfig], v: &VersionConfig| list.iter().any(|x| x.name == v.name);
        let members: Vec<&VersionConfig> = (self.config.versions.iter())
            .filter(|v| has(&defaults, v) || has(&selected, v))
            .collect();
        let untouched = (defaults.iter())
            .filter(|v| !has(&selected, v))
            .map(|v| v.name.clone())
            .collect();
        let start = Instant::now();
        let mut all = render::client::render_workspace(&self.config, &members, &templates)?;
        all.append(&mut files);
        Ok(Generation {
            versions,
            files: all,
            lower_time,
            render_time: render_time + start.elapsed(),
            untouched,
        })
    }

    /// Renders `<name>/models` and `<name>/client` of one version.
    pub fn render_version(&self, templates: &Templates, l: &Lowered) -> Result<Files> {
        let meta = &self.config.crate_metadata;
        let runtime = &self.config.runtime_crate;
        let mut out = Files::new();
        // Renames change the IR itself, so that the client names the renamed types too.
        let renamed;
        let api = if self.models.renames.is_empty() {
            &l.api
        } else {
            let mut api = l.api.clone();
            self.models
                .rename_types(&mut api)
                .with_context(|| format!("{}: model settings", l.config.name))?;
            renamed = api;
            &renamed
        };
        // The models' type space, built once: the models crate is rendered from it, and the
        // client's example programs build model values with its constructors and setters.
        let space = render::models::type_space::TypeSpace::build(api, &self.models)
            .with_context(|| format!("rendering {} models", l.config.name))?;
        // Side by side, so that the sequential parts of one overlap the other's parallel work.
        let (models, client) = rayon::join(
            || {
                render::models::render_models_from(api, &space, &l.config, meta, templates)
                    .with_context(|| format!("rendering {} models", l.config.name))
            },
            || {
                render::client::render_client_from(
                    api,
                    &space,
                    &l.config,
                    runtime,
                    meta,
                    templates,
                    &self.models,
                )
                .with_context(|| format!("rendering {} client", l.config.name))
            },
        );
        let (models, client) = (models?, client?);
        for (prefix, files) in [("models", models), ("client", client)] {
            for (rel, text) in files {
                out.insert(format!("{}/{prefix}/{rel}", l.config.name), text);
            }
        }
        Ok(out)
    }
}

impl Generation {
    /// Writes the generation into `out_dir` as one transaction (see [`crate::write`]).
    pub fn write(&self, out_dir: &Path) -> Result<WriteSummary> {
        write::write_tree_keeping(out_dir, &self.files, &self.kept())
    }

    /// What is on disk but not ours to judge: [`write::KEPT`] and the untouched versions.
    pub fn kept(&self) -> Vec<&str> {
        let mut kept = write::KEPT.to_vec();
        kept.extend(self.untouched.iter().map(String::as_str));
        kept
    }
}

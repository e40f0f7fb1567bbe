//! The configured versions of the vendored specs, lowered and rendered once per test binary.
//!
//! Each accessor is called from test threads only, never from inside a rayon job: its first
//! caller lowers (or renders) every configured version in parallel while the other callers
//! wait, and a rayon worker that waited here could be the one its own initializer needs.

use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use generator::config::{Config, VersionConfig};
use generator::diag::Diagnostic;
use generator::ir::Api;
use generator::render::client::render_client;
use generator::render::models::render_models;
use generator::render::{Files, Templates};
use rayon::prelude::*;

/// The repository root.
pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The vendored specs: `specs/`, or `SPECS_DIR` when set.
pub fn specs_dir() -> PathBuf {
    std::env::var_os("SPECS_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo().join("specs"))
}

/// The specs' `sdk.toml`.
pub fn config() -> &'static Config {
    static CONFIG: LazyLock<Config> =
        LazyLock::new(|| Config::read(&specs_dir().join("sdk.toml")).expect("sdk.toml"));
    &CONFIG
}

/// The versions `sdk.toml` generates, in its order.
pub fn generated_versions() -> Vec<&'static VersionConfig> {
    config().versions.iter().filter(|v| v.generate).collect()
}

/// `templates/`.
pub fn templates() -> &'static Templates {
    static TEMPLATES: LazyLock<Templates> =
        LazyLock::new(|| Templates::load(&repo().join("templates")).expect("templates load"));
    &TEMPLATES
}

/// One version loaded and lowered under the project's options.
pub struct Lowered {
    pub config: &'static VersionConfig,
    pub api: Api,
    /// Sorted, with line/column filled in where known.
    pub diagnostics: Vec<Diagnostic>,
}

/// Loads and lowers `version` now, sharing nothing.
pub fn lower_fresh(version: &VersionConfig) -> (Api, Vec<Diagnostic>) {
    generator::pipeline::build_api(
        &specs_dir(),
        &version.root,
        &version.name,
        &config().lower_options(version),
    )
    .unwrap_or_else(|e| panic!("{}: {e}", version.name))
}

/// Every generated version, lowered once.
pub fn lowered_all() -> &'static [Lowered] {
    static LOWERED: LazyLock<Vec<Lowered>> = LazyLock::new(|| {
        let versions = generated_versions();
        assert!(!versions.is_empty(), "sdk.toml configures no version");
        versions
            .par_iter()
            .map(|&config| {
                let (api, diagnostics) = lower_fresh(config);
                Lowered {
                    config,
                    api,
                    diagnostics,
                }
            })
            .collect()
    });
    &LOWERED
}

/// The generated version `name`, lowered once.
pub fn lowered(name: &str) -> &'static Lowered {
    lowered_all()
        .iter()
        .find(|l| l.config.name == name)
        .unwrap_or_else(|| panic!("{name} is not a generated version of sdk.toml"))
}

/// One version's crates as the renderers write them.
pub struct Rendered {
    pub lowered: &'static Lowered,
    pub models: Files,
    pub client: Files,
}

/// Every generated version's models and client crates, rendered once.
pub fn rendered_all() -> &'static [Rendered] {
    static RENDERED: LazyLock<Vec<Rendered>> = LazyLock::new(|| {
        let lowered = lowered_all();
        let config = config();
        let (meta, templates) = (&config.crate_metadata, templates());
        lowered
            .par_iter()
            .map(|lowered| {
                let (api, version) = (&lowered.api, lowered.config);
                let models = render_models(api, version, meta, templates)
                    .unwrap_or_else(|e| panic!("{} models: {e:#}", version.name));
                let client = render_client(api, version, &config.runtime_crate, meta, templates)
                    .unwrap_or_else(|e| panic!("{} client: {e:#}", version.name));
                Rendered {
                    lowered,
                    models,
                    client,
                }
            })
            .collect()
    });
    &RENDERED
}

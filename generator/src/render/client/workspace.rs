//! The root of the generated workspace and the runtime crate: `templates/workspace/` and
//! `templates/runtime/`, the same for every spec.

use anyhow::{bail, Result};
use serde::Serialize;

use super::{Files, Templates};
use crate::config::{Config, CrateMetadata, VersionConfig};

/// Renders the root of the generated workspace: `Cargo.toml`, `README.md` and the runtime crate
/// under `runtime/`.
pub fn render_workspace(
    config: &Config,
    versions: &[&VersionConfig],
    templates: &Templates,
) -> Result<Files> {
    let ctx = WorkspaceCtx {
        runtime_crate: config.runtime_crate.clone(),
        runtime_ident: config.runtime_crate.replace('-', "_"),
        meta: config.crate_metadata.clone(),
        package_metadata: config.crate_metadata.package_lines(&config.runtime_crate),
        versions: versions
            .iter()
            .map(|v| VersionCtx {
                name: v.name.clone(),
                models_crate: v.models_crate.clone(),
                client_crate: v.client_crate.clone(),
                crate_version: v.crate_version.clone(),
            })
            .collect(),
    };
    let mut files = Files::new();
    templates.render_group("workspace", "", &ctx, &mut files)?;
    templates.render_group("runtime", "runtime", &ctx, &mut files)?;
    for required in ["Cargo.toml", "runtime/Cargo.toml", "runtime/src/lib.rs"] {
        if !files.contains_key(required) {
            bail!("the workspace templates do not produce {required}");
        }
    }
    Ok(files)
}

#[derive(Serialize)]
struct WorkspaceCtx {
    runtime_crate: String,
    runtime_ident: String,
    meta: CrateMetadata,
    /// The runtime manifest's optional `[package]` lines ([`CrateMetadata::package_lines`]).
    package_metadata: Vec<String>,
    versions: Vec<VersionCtx>,
}

#[derive(Serialize)]
struct VersionCtx {
    name: String,
    models_crate: String,
    client_crate: String,
    crate_version: String,
}

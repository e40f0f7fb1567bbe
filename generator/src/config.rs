//! The project configuration: which roots to read and which crates to write (`specs/sdk.toml`).

use std::path::Path;

use serde::{Deserialize, Serialize};

/// The only config schema this generator understands.
pub const CONFIG_SCHEMA: u32 = 1;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Must equal [`CONFIG_SCHEMA`].
    pub schema: u32,
    /// Crate name of the shared runtime (auth, retries, pagination).
    pub runtime_crate: String,
    /// Version of every generated crate until a spec update bumps it.
    #[serde(default)]
    pub crate_metadata: CrateMetadata,
    #[serde(rename = "version")]
    pub versions: Vec<VersionConfig>,
}

/// Package metadata copied into every generated Cargo.toml.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CrateMetadata {
    #[serde(default)]
    pub repository: String,
    #[serde(default)]
    pub license: String,
    #[serde(default)]
    pub rust_version: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VersionConfig {
    /// Short name: `v2025`. Also the folder under `generated/`.
    pub name: String,
    /// Root document, relative to the specs directory.
    pub root: String,
    /// Whether crates are generated (v3 is vendored and counted, but not generated).
    #[serde(default = "yes")]
    pub generate: bool,
    pub models_crate: String,
    pub client_crate: String,
    /// Current version of the generated crates (bumped by `update-specs`).
    pub crate_version: String,
}

fn yes() -> bool {
    true
}

impl Config {
    pub fn from_toml(text: &str, origin: &Path) -> anyhow::Result<Config> {
        let cfg: Config = toml::from_str(text)
            .map_err(|e| anyhow::anyhow!("{}: invalid config: {e}", origin.display()))?;
        if cfg.schema != CONFIG_SCHEMA {
            anyhow::bail!(
                "{}: config schema {} is not supported (expected {CONFIG_SCHEMA})",
                origin.display(),
                cfg.schema
            );
        }
        Ok(cfg)
    }

    pub fn read(path: &Path) -> anyhow::Result<Config> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| anyhow::anyhow!("{}: cannot read config: {e}", path.display()))?;
        Self::from_toml(&text, path)
    }

    pub fn version(&self, name: &str) -> Option<&VersionConfig> {
        self.versions.iter().find(|v| v.name == name)
    }

    /// The named versions in the order given (duplicates dropped); with no names, every version
    /// with `generate = true`. An unknown name is an error listing the configured ones.
    pub fn select(&self, names: &[String]) -> anyhow::Result<Vec<&VersionConfig>> {
        if names.is_empty() {
            return Ok(self.versions.iter().filter(|v| v.generate).collect());
        }
        let mut out: Vec<&VersionConfig> = Vec::new();
        for n in names {
            let v = self.version(n).ok_or_else(|| {
                let known: Vec<&str> = self.versions.iter().map(|v| v.name.as_str()).collect();
                anyhow::anyhow!("unknown version {n:?} (configured: {})", known.join(", "))
            })?;
            if !out.iter().any(|o| o.name == v.name) {
                out.push(v);
            }
        }
        Ok(out)
    }
}

//! The project configuration: which roots to read and which crates to write (`specs/sdk.toml`).

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::lower::LowerOptions;
use crate::settings::ModelSettings;

/// The only config schema this generator understands.
pub const CONFIG_SCHEMA: u32 = 1;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Must equal [`CONFIG_SCHEMA`].
    pub schema: u32,
    /// Crate name of the shared runtime (auth, retries, pagination).
    pub runtime_crate: String,
    /// Package metadata of every generated crate (`[crate_metadata]`).
    #[serde(default)]
    pub crate_metadata: CrateMetadata,
    /// Generation settings of every models crate (`[models]`; see [`crate::settings`]).
    #[serde(default, skip_serializing_if = "ModelSettings::is_empty")]
    pub models: ModelSettings,
    /// The header parameter that marks an operation as experimental (SailPoint's
    /// `X-SailPoint-Experimental`), for every version that does not name its own. Unset: no
    /// operation is experimental and such a header is an ordinary parameter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub experimental_header: Option<String>,
    #[serde(rename = "version")]
    pub versions: Vec<VersionConfig>,
}

/// Package metadata copied into every generated Cargo.toml (`[crate_metadata]`). A field left
/// empty is left out of the manifests, except `documentation`, which falls back to the crate's
/// docs.rs page ([`CrateMetadata::package_lines`]).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CrateMetadata {
    /// URL of the source repository (`repository`).
    #[serde(default)]
    pub repository: String,
    /// URL of the project's home page (`homepage`).
    #[serde(default)]
    pub homepage: String,
    /// URL of the documentation (`documentation`); when empty, each crate's docs.rs page
    /// (`https://docs.rs/<crate>`), where a published crate's documentation is built.
    #[serde(default)]
    pub documentation: String,
    /// SPDX license expression (`license`).
    #[serde(default)]
    pub license: String,
    /// Minimum supported Rust version (`rust-version`).
    #[serde(default)]
    pub rust_version: String,
}

impl CrateMetadata {
    /// The `[package]` lines of crate `crate_name`'s manifest for the fields that are set, as
    /// `key = "value"` with the value quoted and escaped for TOML, in a fixed order; the
    /// documentation falls back to the crate's docs.rs page. Every generated manifest writes
    /// these.
    pub fn package_lines(&self, crate_name: &str) -> Vec<String> {
        let docs_rs = format!("https://docs.rs/{crate_name}");
        let documentation = match self.documentation.trim() {
            "" => docs_rs.as_str(),
            set => set,
        };
        [
            ("rust-version", self.rust_version.as_str()),
            ("license", &self.license),
            ("repository", &self.repository),
            ("homepage", &self.homepage),
            ("documentation", documentation),
        ]
        .into_iter()
        .filter(|(_, value)| !value.trim().is_empty())
        .map(|(key, value)| format!("{key} = {}", toml::Value::String(value.trim().to_string())))
        .collect()
    }
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
    /// Operations that change nothing on the server although their method is not idempotent
    /// (a `POST` search or count), by operationId; `*` matches any run of characters. The
    /// client marks their requests retry-safe: sent again after a transport error, like a `GET`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub retry_safe_operations: Vec<String>,
    /// This version's experimental-operation header, over the top-level `experimental_header`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub experimental_header: Option<String>,
}

impl VersionConfig {
    /// Whether `retry_safe_operations` names this operationId.
    pub fn is_retry_safe(&self, operation_id: &str) -> bool {
        (self.retry_safe_operations.iter()).any(|pattern| glob_match(pattern, operation_id))
    }
}

/// `*` matches any run of characters (none included); everything else matches itself.
pub(crate) fn glob_match(pattern: &str, text: &str) -> bool {
    let mut parts = pattern.split('*');
    let first = parts.next().unwrap_or_default();
    let Some(mut rest) = text.strip_prefix(first) else {
        return false;
    };
    let parts: Vec<&str> = parts.collect();
    let Some((last, middle)) = parts.split_last() else {
        return rest.is_empty();
    };
    for part in middle {
        match rest.find(part) {
            Some(at) => rest = &rest[at + part.len()..],
            None => return false,
        }
    }
    rest.len() >= last.len() && rest.ends_with(last)
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

    /// How version `v` is lowered: its experimental header (the version's, else the
    /// top-level one).
    pub fn lower_options(&self, v: &VersionConfig) -> LowerOptions {
        LowerOptions {
            experimental_header: (v.experimental_header.clone())
                .or_else(|| self.experimental_header.clone()),
        }
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

#[cfg(test)]
mod tests {
    use super::glob_match;

    #[test]
    fn glob_patterns_match_operation_ids() {
        assert!(glob_match("searchPost", "searchPost"));
        assert!(!glob_match("searchPost", "searchPosts"));
        assert!(glob_match("search*", "searchCount"));
        assert!(glob_match("search*", "search"));
        assert!(!glob_match("search*", "postSearch"));
        assert!(glob_match("*Count", "searchCount"));
        assert!(!glob_match("*Count", "countAll"));
        assert!(glob_match("get*Info*", "getPasswordInfoNow"));
        assert!(!glob_match("a*a", "a"));
        assert!(glob_match("*", ""));
    }
}

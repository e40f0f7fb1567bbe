//! `cargo xtask conformance --spec ROOT...`: the Prism run for any roots, not only the
//! configured versions. The roots are generated into one workspace (`target/conformance-spec`),
//! one version each, with their deepest common directory as the specs directory.

use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use generator::config::{Config, VersionConfig};
use generator::pipeline::Generator;

use crate::corpus::{self, Root};

/// What a conformance run calls: the specs directory, the config, its versions and the
/// generated workspace holding each `<version>/client`.
pub struct Target {
    pub specs: PathBuf,
    pub config: Config,
    pub versions: Vec<VersionConfig>,
    pub generated: PathBuf,
}

/// Generates `roots` (paths to root documents) into `target/conformance-spec`.
pub fn generate(repo: &Path, roots: &[PathBuf]) -> Result<Target> {
    let absolute: Vec<PathBuf> = (roots.iter())
        .map(|r| {
            r.canonicalize()
                .with_context(|| format!("--spec {}", r.display()))
        })
        .collect::<Result<_>>()?;
    let specs = common_dir(&absolute);
    let mut listed: Vec<Root> = Vec::new();
    for path in &absolute {
        let rel = path.strip_prefix(&specs).unwrap_or(path);
        let rel = rel.to_string_lossy().replace('\\', "/");
        let name = version_name(&rel);
        if listed.iter().any(|r| r.name == name) {
            bail!("--spec {rel}: a second root named {name:?}");
        }
        listed.push(Root {
            name,
            root: rel,
            prism: true,
        });
    }
    let config = corpus::config(&listed);
    let generation = Generator::new(config.clone(), &specs)
        .templates(repo.join("templates"))
        .generate()?;
    let generated = repo.join("target/conformance-spec");
    if generated.exists() {
        std::fs::remove_dir_all(&generated)
            .with_context(|| format!("clearing {}", generated.display()))?;
    }
    generation.write(&generated)?;
    Ok(Target {
        specs,
        versions: config.versions.clone(),
        config,
        generated,
    })
}

/// The deepest directory holding every path.
fn common_dir(paths: &[PathBuf]) -> PathBuf {
    let mut dir = paths[0].parent().map(Path::to_path_buf).unwrap_or_default();
    while !paths.iter().all(|p| p.starts_with(&dir)) {
        if !dir.pop() {
            break;
        }
    }
    dir
}

/// A version name from a root's relative path: `oai/petstore.yaml` -> `oai_petstore`.
fn version_name(rel: &str) -> String {
    let stem = rel.rsplit_once('.').map_or(rel, |(s, _)| s);
    let mut name: String = (stem.chars())
        .map(|c| match c.is_ascii_alphanumeric() {
            true => c.to_ascii_lowercase(),
            false => '_',
        })
        .collect();
    if !name.starts_with(|c: char| c.is_ascii_lowercase()) {
        name.insert_str(0, "spec_");
    }
    name
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_common_dir() {
        assert_eq!(version_name("oai/petstore.yaml"), "oai_petstore");
        assert_eq!(
            version_name("multi-file/openapi.yaml"),
            "multi_file_openapi"
        );
        assert_eq!(version_name("3d.json"), "spec_3d");
        let dir = common_dir(&[
            PathBuf::from("/c/oai/petstore.yaml"),
            PathBuf::from("/c/json/openapi.json"),
        ]);
        assert_eq!(dir, PathBuf::from("/c"));
        let one = common_dir(&[PathBuf::from("/c/oai/petstore.yaml")]);
        assert_eq!(one, PathBuf::from("/c/oai"));
    }
}

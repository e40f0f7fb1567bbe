//! The generated crates as a harness workspace reaches them.
//!
//! Cargo derives a path package's artifact names and fingerprints from its path relative to the
//! root of the workspace that builds it. A harness workspace under `target/` that reached
//! `generated/runtime` as `../../generated/runtime` therefore compiled every generated crate a
//! second time, beside what the generated workspace's own `cargo test` had built in the same
//! target directory. The mirror gives each generated crate the relative path it has in the
//! generated workspace: every top-level directory of that workspace's members is linked into the
//! harness root (`runtime`, `v2025`, ...), the harness packages live under [`MEMBERS_DIR`], and
//! their path dependencies go through the links. The linked crates are path dependencies inside
//! the harness root, so they are members of the harness workspace too, built from the same
//! relative paths: cargo finds them fresh.
//!
//! Only where the platform has symbolic links (unix); elsewhere the harness reaches the generated
//! crates where they are, and they compile once more.

use std::collections::BTreeSet;
use std::path::{Component, Path, PathBuf};

use anyhow::{bail, Context, Result};

/// The directory of a harness workspace that holds its own packages.
pub(crate) const MEMBERS_DIR: &str = "harnesses";

/// Where a harness workspace reaches the generated workspace's crates.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Mirror {
    /// The generated workspace (canonical).
    generated: PathBuf,
    /// Where its crates are reached: the harness root, or `generated` itself without links.
    seen_at: PathBuf,
}

impl Mirror {
    /// Links the top-level directory of each of the generated workspace's `members` into
    /// `root` (created if missing). A link or directory already there under that name is replaced
    /// unless it is the right link.
    pub(crate) fn create(root: &Path, generated: &Path, members: &[String]) -> Result<Mirror> {
        let generated = (generated.canonicalize())
            .with_context(|| format!("resolving {}", generated.display()))?;
        std::fs::create_dir_all(root).with_context(|| format!("creating {}", root.display()))?;
        let root =
            (root.canonicalize()).with_context(|| format!("resolving {}", root.display()))?;
        let tops = top_dirs(members);
        if tops.contains(MEMBERS_DIR) {
            bail!(
                "the generated workspace has a member under `{MEMBERS_DIR}/`, the directory a harness \
                 workspace keeps its own packages in"
            );
        }
        if !cfg!(unix) {
            return Ok(Mirror::unlinked(&generated));
        }
        for top in &tops {
            link(&generated.join(top), &root.join(top))?;
        }
        Ok(Mirror {
            generated,
            seen_at: root,
        })
    }

    /// Reaches the crates of `generated` where they are (no links).
    pub(crate) fn unlinked(generated: &Path) -> Mirror {
        Mirror {
            generated: generated.to_path_buf(),
            seen_at: generated.to_path_buf(),
        }
    }

    /// `path` as the harness reaches it: through the links when it lies in the generated
    /// workspace, unchanged otherwise.
    pub(crate) fn path(&self, path: &Path) -> PathBuf {
        match path.strip_prefix(&self.generated) {
            Ok(relative) => self.seen_at.join(relative),
            Err(_) => path.to_path_buf(),
        }
    }
}

/// The first component of each member path (`v2025/models` -> `v2025`); members outside the
/// workspace directory (`../x`, absolute) are not mirrored.
fn top_dirs(members: &[String]) -> BTreeSet<String> {
    (members.iter())
        .filter_map(|m| match Path::new(m).components().next() {
            Some(Component::Normal(first)) => first.to_str().map(str::to_string),
            _ => None,
        })
        .collect()
}

#[cfg(unix)]
fn link(target: &Path, at: &Path) -> Result<()> {
    let replaced = |what: &str| format!("replacing the {what} at {}", at.display());
    match std::fs::symlink_metadata(at) {
        Ok(m) if m.file_type().is_symlink() => {
            if std::fs::read_link(at).ok().as_deref() == Some(target) {
                return Ok(());
            }
            std::fs::remove_file(at).with_context(|| replaced("link"))?;
        }
        // A harness package of the layout before the mirror (`<root>/<version>/`).
        Ok(m) if m.is_dir() => {
            std::fs::remove_dir_all(at).with_context(|| replaced("directory"))?
        }
        Ok(_) => std::fs::remove_file(at).with_context(|| replaced("file"))?,
        Err(_) => {}
    }
    std::os::unix::fs::symlink(target, at)
        .with_context(|| format!("linking {} to {}", at.display(), target.display()))
}

#[cfg(not(unix))]
fn link(_target: &Path, _at: &Path) -> Result<()> {
    Ok(())
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn members_are_reached_through_links_with_their_relative_paths() {
        let dir = tempfile::tempdir().unwrap();
        let generated = dir.path().join("generated");
        std::fs::create_dir_all(generated.join("v1/models")).unwrap();
        std::fs::create_dir_all(generated.join("runtime")).unwrap();
        let root = dir.path().join("target/h");
        // A harness package of the old layout where a link now goes.
        std::fs::create_dir_all(root.join("v1/src")).unwrap();
        let members = [
            "runtime".to_string(),
            "v1/models".to_string(),
            "../out".to_string(),
        ];
        let mirror = Mirror::create(&root, &generated, &members).unwrap();
        let root = root.canonicalize().unwrap();
        for top in ["runtime", "v1"] {
            let at = root.join(top);
            assert!(std::fs::symlink_metadata(&at)
                .unwrap()
                .file_type()
                .is_symlink());
            assert_eq!(
                std::fs::read_link(&at).unwrap(),
                generated.canonicalize().unwrap().join(top)
            );
        }
        let models = generated.canonicalize().unwrap().join("v1/models");
        assert_eq!(mirror.path(&models), root.join("v1/models"));
        assert_eq!(
            mirror.path(Path::new("/elsewhere")),
            Path::new("/elsewhere")
        );
        // Idempotent: the right links stay.
        Mirror::create(&root, &generated, &members).unwrap();
        assert!(root.join("v1/models").is_dir());
    }

    #[test]
    fn a_member_in_the_harness_packages_directory_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let generated = dir.path().join("generated");
        std::fs::create_dir_all(&generated).unwrap();
        let members = [format!("{MEMBERS_DIR}/x")];
        let err = Mirror::create(&dir.path().join("h"), &generated, &members).unwrap_err();
        assert!(format!("{err:#}").contains(MEMBERS_DIR), "{err:#}");
    }
}

/// The reason for the mirror, checked with cargo itself: a harness workspace that reaches a
/// workspace's member through the mirror reuses what that workspace built; reaching it at its
/// own path compiles it again.
#[cfg(all(test, unix))]
mod reuse {
    use std::path::Path;
    use std::process::Command;

    use super::*;

    fn write(dir: &Path, path: &str, text: &str) {
        let path = dir.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    fn build(dir: &Path, target: &Path) -> String {
        let out = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
            .args(["build", "--workspace", "--offline"])
            .current_dir(dir)
            .env("CARGO_TARGET_DIR", target)
            .env_remove("RUSTC_WORKSPACE_WRAPPER")
            .env_remove("CLIPPY_ARGS")
            .output()
            .expect("cargo runs");
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert!(
            out.status.success(),
            "cargo build in {} failed:\n{stderr}",
            dir.display()
        );
        stderr
    }

    /// A harness workspace at `root` whose one package depends on the generated member `lib/a`
    /// at `path`.
    fn harness(root: &Path, path: &Path) {
        write(
            root,
            "Cargo.toml",
            &format!("[workspace]\nresolver = \"2\"\nmembers = [\"{MEMBERS_DIR}/h\"]\n"),
        );
        write(
            root,
            &format!("{MEMBERS_DIR}/h/Cargo.toml"),
            &format!(
                "[package]\nname = \"h\"\nversion = \"0.0.0\"\nedition = \"2021\"\n\n\
                 [dependencies]\na = {{ path = {} }}\n",
                toml::Value::String(path.display().to_string())
            ),
        );
        write(
            root,
            &format!("{MEMBERS_DIR}/h/src/main.rs"),
            "fn main() {\n    println!(\"{}\", a::one());\n}\n",
        );
    }

    #[test]
    fn a_mirrored_member_is_reused_and_an_unmirrored_one_compiled_again() {
        let dir = tempfile::tempdir().unwrap();
        let generated = dir.path().join("generated");
        let target = dir.path().join("target");
        write(
            &generated,
            "Cargo.toml",
            "[workspace]\nresolver = \"2\"\nmembers = [\"lib/a\"]\n",
        );
        write(
            &generated,
            "lib/a/Cargo.toml",
            "[package]\nname = \"a\"\nversion = \"0.0.0\"\nedition = \"2021\"\n",
        );
        write(
            &generated,
            "lib/a/src/lib.rs",
            "pub fn one() -> u8 {\n    1\n}\n",
        );
        assert!(build(&generated, &target).contains("Compiling a v0.0.0"));

        let mirrored = dir.path().join("mirrored");
        let mirror = Mirror::create(&mirrored, &generated, &["lib/a".into()]).unwrap();
        let member = generated.canonicalize().unwrap().join("lib/a");
        harness(&mirrored, &mirror.path(&member));
        let log = build(&mirrored, &target);
        assert!(log.contains("Compiling h v0.0.0"), "{log}");
        assert!(
            !log.contains("Compiling a v0.0.0"),
            "the mirrored member compiled again:\n{log}"
        );

        // The control: the same harness reaching the member at its own path.
        let plain = dir.path().join("plain");
        harness(&plain, &member);
        let log = build(&plain, &target);
        assert!(log.contains("Compiling a v0.0.0"), "{log}");
    }
}

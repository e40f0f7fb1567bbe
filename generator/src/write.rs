//! Stage: write. Puts a rendered [`Files`] tree on disk as one transaction.
//!
//! 1. *Plan*: compare every rendered file with what is on disk; unchanged files are left alone
//!    (their mtime too, so cargo rebuilds nothing after a no-op run). Files on disk that the
//!    generator no longer produces are stale and will be removed, except [`KEPT`] entries that
//!    belong to cargo, not to the generator.
//! 2. *Stage*: every new or changed file is written into a staging directory next to the output.
//!    A failure here (disk full, permissions) leaves the output untouched.
//! 3. *Apply*: each target that will be replaced or removed is first moved into a backup
//!    directory, then each staged file is renamed into place. If any step fails, everything done
//!    so far is undone from the backup, so the output is byte for byte as before.

use std::collections::BTreeSet;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use crate::files::Files;

/// Top-level entries of the output directory that are never generated and never removed:
/// cargo's build directory and the lockfile of the generated workspace.
pub const KEPT: &[&str] = &["target", "Cargo.lock"];

/// What a write did (or would do, for a dry run).
#[derive(Debug, Default, Clone, PartialEq, Eq, serde::Serialize)]
pub struct WriteSummary {
    pub written: Vec<String>,
    pub unchanged: usize,
    pub removed: Vec<String>,
}

impl WriteSummary {
    /// Counts restricted to paths under `prefix` (e.g. `v2025/`), for per-version summaries.
    pub fn counts_under(&self, prefix: &str) -> (usize, usize) {
        let w = self
            .written
            .iter()
            .filter(|p| p.starts_with(prefix))
            .count();
        let r = self
            .removed
            .iter()
            .filter(|p| p.starts_with(prefix))
            .count();
        (w, r)
    }
}

/// The difference between a rendered tree and a directory.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Plan {
    /// Rendered files that are missing on disk or differ.
    pub changed: Vec<String>,
    /// Files on disk the generator does not produce (outside [`KEPT`]).
    pub stale: Vec<String>,
    pub unchanged: usize,
}

impl Plan {
    pub fn is_empty(&self) -> bool {
        self.changed.is_empty() && self.stale.is_empty()
    }
}

/// Compares `files` with the contents of `out_dir` (which may not exist yet).
pub fn plan(out_dir: &Path, files: &Files) -> Result<Plan> {
    plan_keeping(out_dir, files, KEPT)
}

/// Like [`plan`], with another list of top-level entries that are never stale.
pub fn plan_keeping(out_dir: &Path, files: &Files, keep: &[&str]) -> Result<Plan> {
    use rayon::prelude::*;
    // List what is there first, so that only existing files are opened (opening a missing file
    // costs as much as reading one on some filesystems), then compare them in parallel.
    let mut on_disk = BTreeSet::new();
    if out_dir.is_dir() {
        list_files(out_dir, out_dir, keep, &mut on_disk)?;
    }
    for rel in files.keys() {
        check_relative(rel, keep)?;
    }
    let same: Vec<bool> = files
        .par_iter()
        .map(|(rel, contents)| -> Result<bool> {
            if !on_disk.contains(rel) {
                return Ok(false);
            }
            match fs::read(out_dir.join(rel)) {
                Ok(bytes) => Ok(bytes == contents.as_bytes()),
                Err(e)
                    if matches!(
                        e.kind(),
                        io::ErrorKind::NotFound | io::ErrorKind::NotADirectory
                    ) =>
                {
                    Ok(false)
                }
                Err(e) => {
                    Err(e).with_context(|| format!("reading {}", out_dir.join(rel).display()))
                }
            }
        })
        .collect::<Result<_>>()?;
    let mut plan = Plan::default();
    for ((rel, _), same) in files.iter().zip(same) {
        if same {
            plan.unchanged += 1;
        } else {
            plan.changed.push(rel.clone());
        }
    }
    plan.stale = on_disk
        .into_iter()
        .filter(|p| !files.contains_key(p))
        .collect();
    Ok(plan)
}

/// Writes `files` into `out_dir` transactionally (see the module docs).
pub fn write_tree(out_dir: &Path, files: &Files) -> Result<WriteSummary> {
    write_tree_keeping(out_dir, files, KEPT)
}

/// Like [`write_tree`], with another list of top-level entries that are never removed.
pub fn write_tree_keeping(out_dir: &Path, files: &Files, keep: &[&str]) -> Result<WriteSummary> {
    let plan = plan_keeping(out_dir, files, keep)?;
    let summary = WriteSummary {
        written: plan.changed.clone(),
        unchanged: plan.unchanged,
        removed: plan.stale.clone(),
    };
    if plan.is_empty() {
        return Ok(summary);
    }
    let parent = out_dir
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    fs::create_dir_all(parent).with_context(|| format!("creating {}", parent.display()))?;
    let name = out_dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "out".into());
    let staging = tempfile_dir(parent, &format!(".{name}.staging"))?;
    if !out_dir.exists() {
        // A new output: stage the whole tree and move it into place with one rename.
        stage(staging.path(), files, &plan.changed)?;
        let staged = staging.keep();
        return match fs::rename(&staged, out_dir) {
            Ok(()) => Ok(summary),
            Err(e) => {
                let _ = fs::remove_dir_all(&staged);
                Err(e).with_context(|| format!("moving the staged tree to {}", out_dir.display()))
            }
        };
    }
    let backup = tempfile_dir(parent, &format!(".{name}.backup"))?;

    let result = stage(staging.path(), files, &plan.changed)
        .and_then(|()| apply(out_dir, staging.path(), backup.path(), &plan));
    // Both temporary directories are removed when dropped, whatever happened.
    result.map(|()| summary)
}

fn tempfile_dir(parent: &Path, prefix: &str) -> Result<tempfile::TempDir> {
    tempfile::Builder::new()
        .prefix(prefix)
        .tempdir_in(parent)
        .with_context(|| format!("creating a temporary directory in {}", parent.display()))
}

/// Writes the changed files into the staging directory, in parallel (file creation dominates a
/// full generation's wall time).
fn stage(staging: &Path, files: &Files, changed: &[String]) -> Result<()> {
    use rayon::prelude::*;
    let dirs: BTreeSet<&Path> = changed
        .iter()
        .filter_map(|rel| Path::new(rel.as_str()).parent())
        .collect();
    for dir in dirs {
        let dir = staging.join(dir);
        fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    }
    changed.par_iter().try_for_each(|rel| {
        let path = staging.join(rel);
        fs::write(&path, &files[rel]).with_context(|| format!("staging {}", path.display()))
    })
}

#[cfg(test)]
thread_local! {
    /// Fault injection for tests: fail the apply step with this index.
    static FAIL_AT: std::cell::Cell<Option<usize>> = const { std::cell::Cell::new(None) };
}

/// Records an applied step; under test, fails on purpose at the chosen step.
fn record(done: &mut Vec<Done>, step: Done) -> Result<()> {
    done.push(step);
    #[cfg(test)]
    if FAIL_AT.with(|f| f.get()) == Some(done.len() - 1) {
        anyhow::bail!("injected failure");
    }
    Ok(())
}

/// One undoable step of [`apply`].
enum Done {
    /// `target` was moved to `backup`.
    MovedAway { target: PathBuf, backup: PathBuf },
    /// A new file was renamed into `target`.
    Placed { target: PathBuf },
    /// A directory was created.
    CreatedDir { dir: PathBuf },
}

fn apply(out_dir: &Path, staging: &Path, backup: &Path, plan: &Plan) -> Result<()> {
    let mut done = Vec::new();
    let result = apply_steps(out_dir, staging, backup, plan, &mut done);
    if let Err(err) = result {
        rollback(done);
        return Err(err.context(format!(
            "writing {} failed; the previous contents were restored",
            out_dir.display()
        )));
    }
    remove_empty_dirs(out_dir, plan.stale.iter());
    Ok(())
}

fn apply_steps(
    out_dir: &Path,
    staging: &Path,
    backup: &Path,
    plan: &Plan,
    done: &mut Vec<Done>,
) -> Result<()> {
    // Move away everything that is replaced or removed.
    for rel in plan.changed.iter().chain(&plan.stale) {
        let target = out_dir.join(rel);
        if target.exists() {
            let saved = backup.join(rel);
            if let Some(dir) = saved.parent() {
                fs::create_dir_all(dir)?;
            }
            fs::rename(&target, &saved)
                .with_context(|| format!("moving {} aside", target.display()))?;
            record(
                done,
                Done::MovedAway {
                    target,
                    backup: saved,
                },
            )?;
        }
    }
    // Put the staged files in place.
    for rel in &plan.changed {
        let target = out_dir.join(rel);
        if let Some(dir) = target.parent() {
            create_dirs(dir, done)?;
        }
        fs::rename(staging.join(rel), &target)
            .with_context(|| format!("placing {}", target.display()))?;
        record(done, Done::Placed { target })?;
    }
    Ok(())
}

fn create_dirs(dir: &Path, done: &mut Vec<Done>) -> Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    if let Some(parent) = dir.parent() {
        create_dirs(parent, done)?;
    }
    fs::create_dir(dir).with_context(|| format!("creating {}", dir.display()))?;
    record(
        done,
        Done::CreatedDir {
            dir: dir.to_path_buf(),
        },
    )
}

fn rollback(done: Vec<Done>) {
    for step in done.into_iter().rev() {
        // Best effort: each undo is independent of the others.
        let _ = match step {
            Done::Placed { target } => fs::remove_file(target),
            Done::CreatedDir { dir } => fs::remove_dir(dir),
            Done::MovedAway { target, backup } => fs::rename(backup, target),
        };
    }
}

/// Removes directories that became empty because stale files were removed from them.
fn remove_empty_dirs<'a>(out_dir: &Path, removed: impl Iterator<Item = &'a String>) {
    let mut dirs: BTreeSet<PathBuf> = BTreeSet::new();
    for rel in removed {
        let mut p = Path::new(rel.as_str());
        while let Some(parent) = p.parent() {
            if parent.as_os_str().is_empty() {
                break;
            }
            dirs.insert(parent.to_path_buf());
            p = parent;
        }
    }
    // Deepest first; remove_dir fails harmlessly on a non-empty directory.
    for dir in dirs.iter().rev() {
        let _ = fs::remove_dir(out_dir.join(dir));
    }
}

fn list_files(root: &Path, dir: &Path, keep: &[&str], out: &mut BTreeSet<String>) -> Result<()> {
    let entries = fs::read_dir(dir).with_context(|| format!("listing {}", dir.display()))?;
    for entry in entries {
        let entry = entry?;
        let path = entry.path();
        let rel = rel_path(root, &path);
        if dir == root && keep.contains(&rel.as_str()) {
            continue;
        }
        if entry.file_type()?.is_dir() {
            list_files(root, &path, keep, out)?;
        } else {
            out.insert(rel);
        }
    }
    Ok(())
}

fn rel_path(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

/// A rendered path must stay inside the output directory.
fn check_relative(rel: &str, keep: &[&str]) -> Result<()> {
    let p = Path::new(rel);
    let ok = !rel.is_empty()
        && p.components()
            .all(|c| matches!(c, std::path::Component::Normal(_)))
        && !keep.contains(&rel.split('/').next().unwrap_or_default());
    if ok {
        Ok(())
    } else {
        anyhow::bail!("refusing to write {rel:?}: not a plain relative path inside the output")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files(entries: &[(&str, &str)]) -> Files {
        entries
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    fn snapshot(dir: &Path) -> Vec<(String, String)> {
        let mut set = BTreeSet::new();
        list_files(dir, dir, KEPT, &mut set).unwrap();
        set.into_iter()
            .map(|rel| {
                let text = fs::read_to_string(dir.join(&rel)).unwrap();
                (rel, text)
            })
            .collect()
    }

    #[test]
    fn writes_then_noop_keeps_mtime_and_removes_stale() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("generated");
        let first = files(&[("a/x.rs", "1"), ("a/y.rs", "2"), ("b/z.rs", "3")]);
        let s = write_tree(&out, &first).unwrap();
        assert_eq!(s.written.len(), 3);

        let mtime = fs::metadata(out.join("a/x.rs"))
            .unwrap()
            .modified()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(20));
        let s = write_tree(&out, &first).unwrap();
        assert!(s.written.is_empty() && s.removed.is_empty());
        assert_eq!(s.unchanged, 3);
        let again = fs::metadata(out.join("a/x.rs"))
            .unwrap()
            .modified()
            .unwrap();
        assert_eq!(mtime, again, "a no-op run must not touch files");

        // Cargo's files are kept; stale generator files go, with their empty directory.
        fs::create_dir_all(out.join("target/debug")).unwrap();
        fs::write(out.join("target/debug/keep"), "k").unwrap();
        fs::write(out.join("Cargo.lock"), "lock").unwrap();
        let second = files(&[("a/x.rs", "1 changed"), ("a/y.rs", "2")]);
        let s = write_tree(&out, &second).unwrap();
        assert_eq!(s.written, vec!["a/x.rs".to_string()]);
        assert_eq!(s.removed, vec!["b/z.rs".to_string()]);
        assert!(!out.join("b").exists());
        assert!(out.join("target/debug/keep").exists());
        assert!(out.join("Cargo.lock").exists());
        assert_eq!(
            snapshot(&out),
            vec![
                ("a/x.rs".into(), "1 changed".into()),
                ("a/y.rs".into(), "2".into())
            ]
        );
        // No staging or backup directories are left behind.
        let leftovers: Vec<_> = fs::read_dir(tmp.path()).unwrap().collect();
        assert_eq!(leftovers.len(), 1);
    }

    #[test]
    fn failure_while_staging_leaves_output_untouched() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("generated");
        write_tree(&out, &files(&[("a/x.rs", "old"), ("c.rs", "old c")])).unwrap();
        let before = snapshot(&out);
        // `a/x.rs` cannot be both a file and a directory: staging fails.
        let bad = files(&[
            ("a/x.rs", "new"),
            ("a/x.rs/inner", "boom"),
            ("c.rs", "new c"),
        ]);
        assert!(write_tree(&out, &bad).is_err());
        assert_eq!(snapshot(&out), before);
    }

    #[test]
    fn failure_at_any_apply_step_restores_everything() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("generated");
        let old = files(&[("a/x.rs", "old"), ("b/y.rs", "old y"), ("c.rs", "old c")]);
        write_tree(&out, &old).unwrap();
        let before = snapshot(&out);
        // Replaces one file, removes one, adds two (one in a new directory): 7 steps in all.
        let new = files(&[
            ("a/x.rs", "new"),
            ("c.rs", "old c"),
            ("d/e/f.rs", "f"),
            ("g.rs", "g"),
        ]);
        for step in 0..7 {
            FAIL_AT.with(|f| f.set(Some(step)));
            let err = write_tree(&out, &new).unwrap_err();
            FAIL_AT.with(|f| f.set(None));
            assert!(format!("{err:#}").contains("restored"), "{err:#}");
            assert_eq!(snapshot(&out), before, "after a failure at step {step}");
        }
        write_tree(&out, &new).unwrap();
        assert_eq!(snapshot(&out).len(), 4);
    }

    #[test]
    fn refuses_paths_outside_the_output() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("generated");
        for rel in ["../escape.rs", "/abs.rs", "target/x", ""] {
            assert!(write_tree(&out, &files(&[(rel, "x")])).is_err(), "{rel}");
        }
        assert!(!out.exists());
    }
}

//! Two generations with different thread counts, written into different directories, give the
//! same bytes; the output holds no absolute path of the machine that generated it.

use std::path::{Path, PathBuf};

use generator::config::Config;
use generator::pipeline::Generator;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn generate(threads: usize, out: &Path) -> generator::render::Files {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .unwrap();
    pool.install(|| {
        let config = Config::read(&repo().join("specs/sdk.toml")).unwrap();
        let g = Generator::new(config, repo().join("specs"))
            .templates(repo().join("templates"))
            .only(vec!["beta".into()])
            .generate()
            .unwrap();
        g.write(out).unwrap();
        g.files
    })
}

#[test]
fn same_bytes_whatever_the_threads_and_directory() {
    let tmp = tempfile::tempdir().unwrap();
    let (a, b) = (tmp.path().join("one"), tmp.path().join("two"));
    let one = generate(1, &a);
    let two = generate(4, &b);
    assert_eq!(one.len(), two.len());
    for (path, text) in &one {
        assert_eq!(
            Some(text),
            two.get(path),
            "{path} differs between thread counts"
        );
        let on_disk = std::fs::read_to_string(b.join(path)).unwrap();
        assert_eq!(&on_disk, text, "{path} on disk");
    }
    let repo = repo().canonicalize().unwrap();
    let home = repo.to_string_lossy();
    for (path, text) in &one {
        assert!(
            !text.contains(home.as_ref()),
            "{path} holds the absolute path {home}"
        );
        assert!(
            !text.contains(&*tmp.path().to_string_lossy()),
            "{path} holds the output path"
        );
    }
}

/// Regenerating one version (`only`) into an output that holds the others leaves their crates
/// on disk and in the workspace: nothing outside the selection is removed or unlisted.
#[test]
fn one_version_regenerated_keeps_the_others() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("generated");
    let other = out.join("v2025/models/src/lib.rs");
    std::fs::create_dir_all(other.parent().unwrap()).unwrap();
    std::fs::write(&other, "// another version's crate\n").unwrap();

    let config = Config::read(&repo().join("specs/sdk.toml")).unwrap();
    let g = Generator::new(config, repo().join("specs"))
        .templates(repo().join("templates"))
        .only(vec!["beta".into()])
        .generate()
        .unwrap();
    assert!(
        g.untouched.contains(&"v2025".to_string()),
        "{:?}",
        g.untouched
    );
    let summary = g.write(&out).unwrap();
    assert!(summary.removed.is_empty(), "removed: {:?}", summary.removed);
    assert_eq!(
        std::fs::read_to_string(&other).unwrap(),
        "// another version's crate\n"
    );
    let manifest = std::fs::read_to_string(out.join("Cargo.toml")).unwrap();
    for member in ["beta/models", "v2024/client", "v2025/models"] {
        assert!(
            manifest.contains(member),
            "{member} missing from:\n{manifest}"
        );
    }
    let plan = generator::write::plan_keeping(&out, &g.files, &g.kept()).unwrap();
    assert!(plan.is_empty(), "a fresh check would report {plan:?}");
}

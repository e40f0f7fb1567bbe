//! Two generations with different thread counts, written into different directories, give the
//! same bytes; the output holds no absolute path of the machine that generated it.

use std::path::PathBuf;
use std::sync::LazyLock;

use generator::config::Config;
use generator::pipeline::{Generation, Generator};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// A generation of `beta` alone (`only`) on a pool of `threads` threads.
fn generate_beta(threads: usize) -> Generation {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .unwrap();
    pool.install(|| {
        let config = Config::read(&repo().join("specs/sdk.toml")).unwrap();
        Generator::new(config, repo().join("specs"))
            .templates(repo().join("templates"))
            .only(vec!["beta".into()])
            .generate()
            .unwrap()
    })
}

/// The generation on four threads, made once: both tests read it (tests only read it from
/// their own threads, never from a rayon job, so its pool never waits on itself).
fn beta_on_four_threads() -> &'static Generation {
    static GENERATION: LazyLock<Generation> = LazyLock::new(|| generate_beta(4));
    &GENERATION
}

#[test]
fn same_bytes_whatever_the_threads_and_directory() {
    let tmp = tempfile::tempdir().unwrap();
    let (a, b) = (tmp.path().join("one"), tmp.path().join("two"));
    let one = generate_beta(1);
    one.write(&a).unwrap();
    let one = &one.files;
    let four = beta_on_four_threads();
    four.write(&b).unwrap();
    let two = &four.files;
    assert_eq!(one.len(), two.len());
    for (path, text) in one {
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
    for (path, text) in one {
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

    let g = beta_on_four_threads();
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

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

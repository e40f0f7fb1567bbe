//! Broken input, table-driven: every case must end in a fatal error or a diagnostic that names
//! the offending file (and pointer where one exists), never in a panic. The cases are data,
//! `fixtures/broken/cases.yaml`; its header says how a case reads.

use std::collections::BTreeMap;
use std::path::Path;

use generator::diag::{Category, Diagnostic, Severity};
use serde::Deserialize;

/// `fixtures/broken/cases.yaml`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Table {
    /// The minimal valid root that [`Contents::Root`] writes, with `{ref}` to replace.
    root: String,
    cases: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    /// Path (relative to the specs directory) -> contents.
    files: BTreeMap<String, Contents>,
    expect: Expect,
}

#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum Contents {
    /// The table's minimal root, its one response schema a `$ref` to this.
    Root(String),
    Text(String),
    /// Text in which `\xNN` is one byte and `\n` a newline.
    Bytes(String),
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
enum Expect {
    /// The run stops; the message contains every fragment (case aside).
    Fatal(Vec<String>),
    /// A diagnostic of this category and severity on a file whose path starts with `file`, at
    /// `pointer` when given.
    Diagnostic {
        category: Category,
        severity: Severity,
        file: String,
        #[serde(default)]
        pointer: Option<String>,
    },
}

fn table() -> Table {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/broken/cases.yaml");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    // Enum variants are one-key maps (`expect: {fatal: [...]}`), as in the IR fixtures.
    let yaml = serde_yaml_ng::Deserializer::from_str(&text);
    serde_yaml_ng::with::singleton_map_recursive::deserialize(yaml)
        .unwrap_or_else(|e| panic!("{} is not a table of cases: {e}", path.display()))
}

impl Contents {
    fn bytes(&self, root: &str) -> Result<Vec<u8>, String> {
        match self {
            Contents::Root(schema_ref) => Ok(root.replace("{ref}", schema_ref).into_bytes()),
            Contents::Text(text) => Ok(text.clone().into_bytes()),
            Contents::Bytes(escaped) => unescape(escaped),
        }
    }
}

/// `\xNN` as the byte `NN` (hex), `\n` as a newline, every other character as itself.
fn unescape(escaped: &str) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    let mut rest = escaped.as_bytes();
    while let Some((&first, tail)) = rest.split_first() {
        rest = match (first, tail) {
            (b'\\', [b'n', tail @ ..]) => {
                bytes.push(b'\n');
                tail
            }
            (b'\\', [b'x', hi, lo, tail @ ..]) => {
                let hex = std::str::from_utf8(&[*hi, *lo])
                    .map_err(|e| e.to_string())?
                    .to_owned();
                let byte = u8::from_str_radix(&hex, 16).map_err(|e| format!("\\x{hex}: {e}"))?;
                bytes.push(byte);
                tail
            }
            (b'\\', _) => return Err(format!("unknown escape in {escaped:?}")),
            _ => {
                bytes.push(first);
                tail
            }
        };
    }
    Ok(bytes)
}

fn check(case: &Case, root: &str) -> Result<(), String> {
    let dir = tempfile::tempdir().map_err(|e| format!("no temporary directory: {e}"))?;
    for (path, contents) in &case.files {
        let target = dir.path().join(path);
        let parent = target
            .parent()
            .expect("a file in the temporary directory has a parent");
        std::fs::create_dir_all(parent).map_err(|e| format!("cannot create {parent:?}: {e}"))?;
        std::fs::write(&target, contents.bytes(root)?)
            .map_err(|e| format!("cannot write {target:?}: {e}"))?;
    }
    let outcome = std::panic::catch_unwind(|| {
        generator::pipeline::build_api(dir.path(), "api.yaml", "t", &Default::default())
            .map_err(|e| e.to_string())
    })
    .map_err(|_| "panicked".to_string())?;
    match (&case.expect, outcome) {
        (Expect::Fatal(fragments), Err(msg)) => {
            for f in fragments {
                if !msg.to_lowercase().contains(&f.to_lowercase()) {
                    return Err(format!("fatal message {msg:?} lacks {f:?}"));
                }
            }
            Ok(())
        }
        (Expect::Fatal(_), Ok((_, diags))) => {
            Err(format!("expected a fatal error, got {diags:#?}"))
        }
        (Expect::Diagnostic { .. }, Err(msg)) => {
            Err(format!("expected a diagnostic, got fatal {msg}"))
        }
        (
            Expect::Diagnostic {
                category,
                severity,
                file,
                pointer,
            },
            Ok((_, diags)),
        ) => {
            let hit = |d: &&Diagnostic| {
                d.category == *category
                    && d.severity == *severity
                    && d.file.starts_with(file.as_str())
                    && pointer.as_ref().is_none_or(|p| d.pointer == *p)
            };
            if diags.iter().any(|d| d.file.is_empty()) {
                return Err(format!("a diagnostic names no file: {diags:#?}"));
            }
            match diags.iter().find(hit) {
                Some(_) => Ok(()),
                None => Err(format!(
                    "no {category:?}/{severity:?} diagnostic on {file} {pointer:?}; got:\n{}",
                    diags.iter().map(|d| format!("  {d}\n")).collect::<String>()
                )),
            }
        }
    }
}

#[test]
fn every_broken_spec_is_reported_with_its_file_and_never_panics() {
    let table = table();
    assert!(!table.cases.is_empty(), "cases.yaml lists no case");
    let failures: Vec<String> = (table.cases.iter())
        .filter_map(|c| {
            check(c, &table.root)
                .err()
                .map(|e| format!("{}: {e}", c.name))
        })
        .collect();
    assert!(failures.is_empty(), "\n{}", failures.join("\n\n"));
}

#[test]
fn case_names_are_unique() {
    let table = table();
    let mut names: Vec<&str> = table.cases.iter().map(|c| c.name.as_str()).collect();
    names.sort_unstable();
    let before = names.len();
    names.dedup();
    assert_eq!(before, names.len(), "two cases share a name");
}

#[test]
fn escaped_bytes_are_read_as_bytes() {
    assert_eq!(unescape(r"caf\xe9\xff\n").unwrap(), b"caf\xe9\xff\n");
    assert!(unescape(r"\q").is_err());
    assert!(unescape(r"\xzz").is_err());
}

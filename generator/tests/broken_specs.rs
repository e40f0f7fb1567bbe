//! Broken input, table-driven: every case must end in a fatal error or a diagnostic that names
//! the offending file (and pointer where one exists), never in a panic.

use generator::diag::{Category, Diagnostic, Severity};

/// A minimal valid root that references `./schemas/Thing.yaml` (replaced per case).
fn root_with(schema_ref: &str) -> String {
    format!(
        r#"openapi: 3.0.1
info: {{ title: T, version: "1" }}
paths:
  /things:
    get:
      operationId: listThings
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                $ref: '{schema_ref}'
"#
    )
}

const THING: &str = "type: object\nproperties:\n  id:\n    type: string\n";

enum Expect {
    /// The run stops; the message contains every fragment.
    Fatal(&'static [&'static str]),
    /// A diagnostic of this category and severity on this file, with a pointer when given.
    Diag {
        category: Category,
        severity: Severity,
        file: &'static str,
        pointer: Option<&'static str>,
    },
}

struct Case {
    name: &'static str,
    files: Vec<(&'static str, Vec<u8>)>,
    expect: Expect,
}

fn cases() -> Vec<Case> {
    let root = |r: &str| root_with(r).into_bytes();
    vec![
        Case {
            name: "referenced file missing",
            files: vec![("api.yaml", root("./schemas/Missing.yaml"))],
            expect: Expect::Diag {
                category: Category::UnresolvedRef,
                severity: Severity::Error,
                file: "api.yaml",
                pointer: Some("/paths/~1things/get/responses/200/content/application~1json/schema"),
            },
        },
        Case {
            name: "pointer that does not exist",
            files: vec![
                ("api.yaml", root("./schemas/Thing.yaml#/definitions/Nope")),
                ("schemas/Thing.yaml", THING.into()),
            ],
            expect: Expect::Diag {
                category: Category::UnresolvedRef,
                severity: Severity::Error,
                file: "api.yaml",
                pointer: None,
            },
        },
        Case {
            name: "cycle made only of refs",
            files: vec![
                ("api.yaml", root("./schemas/A.yaml")),
                ("schemas/A.yaml", b"$ref: ./B.yaml\n".to_vec()),
                ("schemas/B.yaml", b"$ref: ./A.yaml\n".to_vec()),
            ],
            expect: Expect::Diag {
                category: Category::UnresolvedRef,
                severity: Severity::Error,
                file: "schemas/",
                pointer: None,
            },
        },
        Case {
            name: "invalid YAML in a referenced file",
            files: vec![
                ("api.yaml", root("./schemas/Thing.yaml")),
                ("schemas/Thing.yaml", b"type: object\nproperties: [unclosed\n".to_vec()),
            ],
            expect: Expect::Diag {
                category: Category::Parse,
                severity: Severity::Error,
                file: "schemas/Thing.yaml",
                pointer: None,
            },
        },
        Case {
            name: "duplicate mapping keys",
            files: vec![
                ("api.yaml", root("./schemas/Thing.yaml")),
                (
                    "schemas/Thing.yaml",
                    b"type: object\nproperties:\n  id:\n    type: string\n  id:\n    type: integer\n"
                        .to_vec(),
                ),
            ],
            expect: Expect::Diag {
                category: Category::Parse,
                severity: Severity::Error,
                file: "schemas/Thing.yaml",
                pointer: None,
            },
        },
        Case {
            name: "keyword with the wrong type",
            files: vec![
                ("api.yaml", root("./schemas/Thing.yaml")),
                ("schemas/Thing.yaml", b"type: object\nproperties: 5\nrequired: true\n".to_vec()),
            ],
            expect: Expect::Diag {
                category: Category::KeywordMisuse,
                severity: Severity::Warning,
                file: "schemas/Thing.yaml",
                pointer: Some("/properties"),
            },
        },
        Case {
            name: "empty file",
            files: vec![
                ("api.yaml", root("./schemas/Thing.yaml")),
                ("schemas/Thing.yaml", Vec::new()),
            ],
            expect: Expect::Diag {
                category: Category::Parse,
                severity: Severity::Error,
                file: "schemas/Thing.yaml",
                pointer: None,
            },
        },
        Case {
            name: "non-UTF-8 bytes",
            files: vec![
                ("api.yaml", root("./schemas/Thing.yaml")),
                ("schemas/Thing.yaml", b"type: object\ndescription: caf\xe9\xff\n".to_vec()),
            ],
            expect: Expect::Diag {
                category: Category::Parse,
                severity: Severity::Error,
                file: "schemas/Thing.yaml",
                pointer: None,
            },
        },
        Case {
            name: "root is Swagger 2.0",
            files: vec![(
                "api.yaml",
                b"swagger: '2.0'\ninfo: { title: T, version: '1' }\npaths: {}\n".to_vec(),
            )],
            expect: Expect::Fatal(&["api.yaml", "unsupported", "swagger2openapi"]),
        },
        Case {
            name: "root is OpenAPI 4.0",
            files: vec![(
                "api.yaml",
                b"openapi: 4.0.0\ninfo: { title: T, version: '1' }\npaths: {}\n".to_vec(),
            )],
            expect: Expect::Fatal(&["api.yaml", "unsupported"]),
        },
        Case {
            name: "root is invalid YAML",
            files: vec![("api.yaml", b"openapi: 3.0.1\ninfo: [\n".to_vec())],
            expect: Expect::Fatal(&["api.yaml"]),
        },
        Case {
            name: "root is missing",
            files: vec![("other.yaml", b"{}".to_vec())],
            expect: Expect::Fatal(&["api.yaml"]),
        },
        Case {
            name: "root is empty",
            files: vec![("api.yaml", Vec::new())],
            expect: Expect::Fatal(&["api.yaml"]),
        },
    ]
}

fn check(case: &Case) -> Result<(), String> {
    let dir = tempfile::tempdir().unwrap();
    for (path, bytes) in &case.files {
        let p = dir.path().join(path);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, bytes).unwrap();
    }
    let outcome = std::panic::catch_unwind(|| {
        generator::pipeline::build_api(dir.path(), "api.yaml", "t", &Default::default())
            .map_err(|e| e.to_string())
    })
    .map_err(|_| "panicked".to_string())?;
    match (&case.expect, outcome) {
        (Expect::Fatal(fragments), Err(msg)) => {
            for f in *fragments {
                if !msg.to_lowercase().contains(&f.to_lowercase()) {
                    return Err(format!("fatal message {msg:?} lacks {f:?}"));
                }
            }
            Ok(())
        }
        (Expect::Fatal(_), Ok((_, diags))) => {
            Err(format!("expected a fatal error, got {diags:#?}"))
        }
        (Expect::Diag { .. }, Err(msg)) => Err(format!("expected a diagnostic, got fatal {msg}")),
        (
            Expect::Diag {
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
                    && d.file.starts_with(file)
                    && pointer.is_none_or(|p| d.pointer == p)
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
    let failures: Vec<String> = cases()
        .iter()
        .filter_map(|c| check(c).err().map(|e| format!("{}: {e}", c.name)))
        .collect();
    assert!(failures.is_empty(), "\n{}", failures.join("\n\n"));
}

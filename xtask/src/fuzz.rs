//! `cargo xtask fuzz`: mutates real spec files and runs load, lower and render on each mutant.
//!
//! A mutant passes when the generator neither panics nor produces an error that names no file:
//! it must either succeed, stop with a message naming a file, or report diagnostics that each
//! name a file. The run is bounded by time and reproducible from its seed.

use std::path::Path;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use generator::config::Config;
use generator::config::VersionConfig;
use generator::diag::Severity;
use generator::pipeline::Generator;
use generator::render::Templates;

/// A small deterministic PRNG (xorshift64*), so a seed reproduces a run exactly.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Scalars that break YAML or OpenAPI in interesting ways.
const TOKENS: &[&str] = &[
    "[",
    "{",
    "}",
    "~",
    "null",
    "5",
    "-1",
    "true",
    "''",
    "\"\\u0000\"",
    "&a x",
    "*a",
    "!!binary x",
    "$ref: ./nope.yaml",
    "$ref: '#/no/such/pointer'",
    "$ref: '#'",
    "type: date-time",
    "type: [string]",
    "enum: 5",
    "required: true",
    "properties: []",
    "items: 3",
    "allOf: {}",
    "oneOf: [5]",
    "nullable: maybe",
    "additionalProperties: 7",
    "discriminator: {}",
    "in: nowhere",
    "style: 9",
    "\u{feff}",
    "\t",
    "- - -",
    "? complex\n: key",
];

fn mutate(text: &str, rng: &mut Rng) -> String {
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    if lines.is_empty() {
        return TOKENS[rng.below(TOKENS.len())].to_owned();
    }
    let i = rng.below(lines.len());
    match rng.below(8) {
        0 => {
            lines.remove(i);
        }
        1 => {
            let l = lines[i].clone();
            lines.insert(i, l);
        }
        2 => {
            // Replace the value after a key with a hostile token.
            if let Some(colon) = lines[i].find(':') {
                let key = lines[i][..=colon].to_owned();
                lines[i] = format!("{key} {}", TOKENS[rng.below(TOKENS.len())]);
            }
        }
        3 => {
            // Insert a hostile line with the same indentation.
            let indent: String = lines[i].chars().take_while(|c| *c == ' ').collect();
            lines.insert(i, format!("{indent}{}", TOKENS[rng.below(TOKENS.len())]));
        }
        4 => {
            // Break indentation.
            lines[i] = format!(" {}", lines[i]);
        }
        5 => {
            // Truncate the file.
            lines.truncate(i);
        }
        6 => {
            // Point an existing $ref somewhere else.
            if let Some(pos) = lines[i].find("$ref") {
                lines[i] = format!("{}$ref: '../{}.yaml#/x'", &lines[i][..pos], rng.next() % 97);
            } else {
                lines[i] = lines[i].replace("string", "object");
            }
        }
        _ => {
            // Swap two lines.
            let j = rng.below(lines.len());
            lines.swap(i, j);
        }
    }
    let mut out = lines.join("\n");
    out.push('\n');
    out
}

pub struct Outcome {
    pub tried: usize,
    pub succeeded: usize,
    pub fatal: usize,
    pub with_errors: usize,
    pub problems: Vec<String>,
}

pub fn run(repo: &Path, version: &str, seconds: u64, seed: u64) -> Result<Outcome> {
    let specs = repo.join("specs");
    let config = Config::read(&specs.join("sdk.toml"))?;
    let v = config
        .version(version)
        .with_context(|| format!("unknown version {version:?}"))?
        .clone();
    // Work on a copy of the files this root reaches.
    let reached = crate::vendor::reached_files(&specs, &config)?;
    let work = tempfile::tempdir()?;
    for rel in &reached {
        let dst = work.path().join(rel);
        std::fs::create_dir_all(dst.parent().expect("file has a parent"))?;
        std::fs::copy(specs.join(rel), &dst)?;
    }
    std::fs::copy(specs.join("sdk.toml"), work.path().join("sdk.toml"))?;
    let files: Vec<&String> = reached.iter().collect();

    // Quiet the default panic message: panics are collected and reported below.
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));

    let generator = Generator::new(config.clone(), work.path())
        .templates(repo.join("templates"))
        .only(vec![v.name.clone()]);
    let templates = Templates::load(&repo.join("templates"))?;
    let mut rng = Rng(seed.max(1));
    let mut out = Outcome {
        tried: 0,
        succeeded: 0,
        fatal: 0,
        with_errors: 0,
        problems: Vec::new(),
    };
    let deadline = Instant::now() + Duration::from_secs(seconds);
    while Instant::now() < deadline {
        // Mutate the root now and then, otherwise any reached file; 1-3 mutations each.
        let rel = if rng.below(10) == 0 {
            &v.root
        } else {
            files[rng.below(files.len())]
        };
        let path = work.path().join(rel);
        let original = std::fs::read_to_string(&path)?;
        let mut text = original.clone();
        for _ in 0..=rng.below(3) {
            text = mutate(&text, &mut rng);
        }
        std::fs::write(&path, &text)?;
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            check_one(&generator, &templates, &v)
        }));
        out.tried += 1;
        match result {
            Err(panic) => {
                let msg = panic
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_default();
                out.problems.push(format!("PANIC mutating {rel}: {msg}"));
                save_mutant(repo, rel, &text, out.problems.len());
            }
            Ok(Verdict::Generated) => out.succeeded += 1,
            Ok(Verdict::Fatal) => out.fatal += 1,
            Ok(Verdict::Errors) => out.with_errors += 1,
            Ok(Verdict::Problem(p)) => {
                out.problems.push(format!("mutating {rel}: {p}"));
                save_mutant(repo, rel, &text, out.problems.len());
            }
        }
        std::fs::write(&path, original)?;
    }
    std::panic::set_hook(hook);
    Ok(out)
}

enum Verdict {
    Generated,
    /// Stopped with a message that names a file.
    Fatal,
    /// Error diagnostics, each naming a file; nothing would be written.
    Errors,
    Problem(String),
}

/// Runs lower and render on the current files; judges the outcome.
fn check_one(generator: &Generator, templates: &Templates, v: &VersionConfig) -> Verdict {
    let lowered = match generator.lower_version(v) {
        Ok(l) => l,
        Err(e) => {
            let msg = format!("{e:#}");
            return if msg.contains(".yaml") {
                Verdict::Fatal
            } else {
                Verdict::Problem(format!("fatal error names no file: {msg}"))
            };
        }
    };
    if let Some(d) = lowered.diagnostics.iter().find(|d| d.file.is_empty()) {
        return Verdict::Problem(format!("diagnostic names no file: {d}"));
    }
    if lowered
        .diagnostics
        .iter()
        .any(|d| d.severity == Severity::Error)
    {
        return Verdict::Errors;
    }
    // Only the version's own crates depend on the spec (the workspace and runtime do not).
    match generator.render_version(templates, &lowered) {
        Ok(_) => Verdict::Generated,
        Err(e) => Verdict::Problem(format!("lowering accepted it but rendering failed: {e:#}")),
    }
}

/// Keeps a failing mutant under target/fuzz-mutants for reproduction.
fn save_mutant(repo: &Path, rel: &str, text: &str, n: usize) {
    let dir = repo.join("target/fuzz-mutants");
    let _ = std::fs::create_dir_all(&dir);
    let name = format!("{n:03}-{}", rel.replace('/', "__"));
    let _ = std::fs::write(dir.join(name), text);
}

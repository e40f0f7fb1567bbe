//! `cargo xtask bench`: generation speed and memory, compared in the same run with the incumbent
//! (openapi-generator's Rust generator, when Java is present), plus optional compile times.
//!
//! Each measured run is a separate process (this binary's hidden `bench-run` command, or
//! `java -jar openapi-generator.jar`), so wall time includes start-up for both tools and peak
//! RSS is the child's own `ru_maxrss` from `wait4`.
//!
//! Both tools write their output under the same scratch directory, one fresh directory per run,
//! so that the file-system cost is the same for both. The default is `/dev/shm` when it is a
//! tmpfs, else the system temp dir; `--scratch DIR` picks a disk. On a disk, creating a few
//! thousand files can take longer than generating them, and how long depends on the disk's
//! recent history (below). The report names the directory and the file system it is on.
//!
//! Ours runs first, then openapi-generator, not in alternation: on this project's VM, a run
//! right after a JVM run was up to 40% slower (the ~700 MB the JVM frees go back to the host,
//! and the next process faults fresh pages in), which would measure the incumbent's aftermath.
//!
//! No output is deleted until every run is done. On ext4 without a journal (this project's CI
//! VM), creating an inode skips every free inode of its group that was deleted recently (60 s
//! on current kernels, 360 s while its inode-table block is dirty), one buffer lookup each
//! (`find_inode_bit` / `recently_deleted` in `fs/ext4/ialloc.c`): deleting a run's few thousand
//! files right before the next run made that run's file creations cost up to ~1 ms each.
//! Deletions by other processes on the same file system still have that effect.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use serde::Serialize;

pub mod check;
pub mod decode;

/// The incumbent we compare with.
const OPENAPI_GENERATOR: &str = "openapi-generator-cli==7.26.0";

#[derive(Debug, Clone, Serialize)]
pub struct Figure {
    /// What was measured: a version name, `all`, or `openapi-generator <version>`.
    pub subject: String,
    pub runs: usize,
    pub median_ms: f64,
    pub min_ms: f64,
    pub max_ms: f64,
    /// Largest peak RSS over the runs, in MiB.
    pub peak_rss_mib: f64,
    /// Files the tool wrote (in its last run).
    pub files: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub cores: usize,
    /// Where both tools wrote their outputs.
    pub scratch: PathBuf,
    /// The file system of `scratch`, as `/proc/self/mounts` describes it.
    pub filesystem: String,
    pub ours: Vec<Figure>,
    pub incumbent: Vec<Figure>,
    /// `ours(version) / incumbent(version)` speed-up per version both tools ran.
    pub speedup: Vec<(String, f64)>,
    pub incumbent_note: Option<String>,
    pub check_times: Vec<check::CheckTime>,
    /// Decode throughput of one version's models (`--decode`).
    pub decode: Option<decode::DecodeReport>,
}

pub struct Options {
    pub runs: usize,
    pub incumbent: bool,
    pub compile: bool,
    /// Versions whose compile times are measured; empty: every version.
    pub compile_versions: Vec<String>,
    /// Directory under which both tools write; `None`: the system temp dir.
    pub scratch: Option<PathBuf>,
    /// The version whose models' decode throughput is measured (`--decode`).
    pub decode: Option<String>,
    /// The generated workspace `--decode` measures; `None`: the repository's `generated/`.
    pub decode_generated: Option<PathBuf>,
}

/// Runs one measured child and returns (wall time, peak RSS in KiB).
fn measure(cmd: &mut Command) -> Result<(Duration, u64)> {
    cmd.stdout(Stdio::null()).stderr(Stdio::piped());
    let start = Instant::now();
    let child = cmd.spawn().with_context(|| format!("starting {cmd:?}"))?;
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: plain syscall on our own child; `usage` is a valid out-pointer.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let rc = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let elapsed = start.elapsed();
    if rc != pid {
        anyhow::bail!("wait4 failed for {cmd:?}");
    }
    // The child is reaped; drop the handle without waiting again.
    let mut stderr = String::new();
    if let Some(mut e) = child.stderr {
        use std::io::Read;
        let _ = e.read_to_string(&mut stderr);
    }
    if !(libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0) {
        anyhow::bail!("{cmd:?} failed:\n{stderr}");
    }
    Ok((elapsed, usage.ru_maxrss as u64))
}

fn figure(subject: String, samples: &[(Duration, u64)], files: usize) -> Figure {
    let mut ms: Vec<f64> = samples.iter().map(|s| s.0.as_secs_f64() * 1e3).collect();
    ms.sort_by(f64::total_cmp);
    let median = if ms.len() % 2 == 1 {
        ms[ms.len() / 2]
    } else {
        (ms[ms.len() / 2 - 1] + ms[ms.len() / 2]) / 2.0
    };
    let rss = samples.iter().map(|s| s.1).max().unwrap_or(0);
    Figure {
        subject,
        runs: ms.len(),
        median_ms: round1(median),
        min_ms: round1(ms[0]),
        max_ms: round1(ms[ms.len() - 1]),
        peak_rss_mib: round1(rss as f64 / 1024.0),
        files,
    }
}

/// Regular files under `dir`.
fn count_files(dir: &Path) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    entries
        .flatten()
        .map(|e| match e.file_type() {
            Ok(t) if t.is_dir() => count_files(&e.path()),
            Ok(t) if t.is_file() => 1,
            _ => 0,
        })
        .sum()
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// Finds (or installs under target/) the jar PyPI's openapi-generator-cli bundles.
fn incumbent_jar(repo: &Path) -> Result<PathBuf> {
    if let Ok(jar) = std::env::var("OPENAPI_GENERATOR_JAR") {
        return Ok(PathBuf::from(jar));
    }
    let tools = repo.join("target/bench-tools");
    let jar = tools.join("openapi_generator_cli/openapi-generator.jar");
    if !jar.exists() {
        let status = Command::new("python3")
            .args(["-m", "pip", "install", "--quiet", "--target"])
            .arg(&tools)
            .arg(OPENAPI_GENERATOR)
            .status()
            .context("running pip to install openapi-generator-cli")?;
        if !status.success() || !jar.exists() {
            anyhow::bail!("could not install {OPENAPI_GENERATOR} with pip");
        }
    }
    Ok(jar)
}

/// openapi-generator's jar when it and `java` are there, else why not.
fn incumbent_tool(repo: &Path) -> std::result::Result<PathBuf, String> {
    let jar = incumbent_jar(repo).map_err(|e| format!("{e:#}"))?;
    if Command::new("java").arg("-version").output().is_err() {
        return Err(format!("no java on PATH ({})", jar.display()));
    }
    Ok(jar)
}

/// `cmd` (`java`) set up to write openapi-generator's Rust client of `spec` into `out`.
pub(crate) fn incumbent_generate(cmd: &mut Command, jar: &Path, spec: &Path, out: &Path) {
    cmd.arg("-jar")
        .arg(jar)
        .args(["generate", "-g", "rust", "-i"])
        .arg(spec)
        .arg("-o")
        .arg(out)
        .arg("--skip-validate-spec");
}

pub fn run(repo: &Path, versions: &[(String, String)], opts: &Options) -> Result<Report> {
    let exe = std::env::current_exe().context("locating the xtask binary")?;
    let scratch = opts.scratch.clone().unwrap_or_else(default_scratch);
    let tmp = tempfile::Builder::new()
        .prefix("sdk-bench.")
        .tempdir_in(&scratch)
        .with_context(|| format!("creating a scratch directory in {}", scratch.display()))?;
    let filesystem = filesystem(tmp.path());
    eprintln!("scratch: {} on {filesystem}", tmp.path().display());
    let mut ours = Vec::new();
    let mut subjects: Vec<(String, Vec<String>)> = versions
        .iter()
        .map(|(name, _)| (name.clone(), vec![name.clone()]))
        .collect();
    subjects.push(("all".into(), versions.iter().map(|v| v.0.clone()).collect()));
    for (subject, names) in &subjects {
        let mut samples = Vec::new();
        let mut files = 0;
        // One warm-up run fills the page cache, then the measured runs. Outputs stay until the
        // end (see the module docs).
        for i in 0..=opts.runs {
            let out = tmp.path().join(format!("{subject}-{i}"));
            let mut cmd = Command::new(&exe);
            cmd.arg("bench-run").arg("--out").arg(&out);
            for n in names {
                cmd.arg("--version").arg(n);
            }
            let sample = measure(&mut cmd)?;
            if i > 0 {
                samples.push(sample);
            }
            files = count_files(&out);
        }
        let f = figure(subject.clone(), &samples, files);
        eprintln!(
            "ours {subject}: median {} ms, peak {} MiB",
            f.median_ms, f.peak_rss_mib
        );
        ours.push(f);
    }

    let mut incumbent = Vec::new();
    let mut incumbent_note = None;
    let incumbent_tool = opts.incumbent.then(|| incumbent_tool(repo));
    if let Some(tool) = &incumbent_tool {
        match tool {
            Err(why) => incumbent_note = Some(format!("openapi-generator skipped: {why}")),
            Ok(jar) => {
                for (name, root) in versions {
                    let mut samples = Vec::new();
                    let mut files = 0;
                    for i in 0..=opts.runs.min(5) {
                        let out = tmp.path().join(format!("oag-{name}-{i}"));
                        let mut cmd = Command::new("java");
                        incumbent_generate(&mut cmd, jar, &repo.join("specs").join(root), &out);
                        let sample = measure(&mut cmd)?;
                        if i > 0 {
                            samples.push(sample);
                        }
                        files = count_files(&out);
                    }
                    let f = figure(name.clone(), &samples, files);
                    eprintln!(
                        "openapi-generator {name}: median {} ms, peak {} MiB",
                        f.median_ms, f.peak_rss_mib
                    );
                    incumbent.push(f);
                }
            }
        }
    }
    let speedup = incumbent
        .iter()
        .filter_map(|inc| {
            let o = ours.iter().find(|o| o.subject == inc.subject)?;
            Some((inc.subject.clone(), round1(inc.median_ms / o.median_ms)))
        })
        .collect();

    let check_times = if opts.compile {
        let chosen: Vec<&(String, String)> = (versions.iter())
            .filter(|(n, _)| opts.compile_versions.is_empty() || opts.compile_versions.contains(n))
            .collect();
        let jar = incumbent_tool.as_ref().and_then(|tool| tool.as_ref().ok());
        check::compile_times(repo, &chosen, jar.map(PathBuf::as_path))?
    } else {
        Vec::new()
    };
    let decode = match &opts.decode {
        Some(version) => {
            let generated =
                (opts.decode_generated.clone()).unwrap_or_else(|| repo.join("generated"));
            Some(decode_figures(repo, &generated, version, opts.runs)?)
        }
        None => None,
    };
    Ok(Report {
        cores: std::thread::available_parallelism().map_or(1, |n| n.get()),
        scratch: tmp.path().to_path_buf(),
        filesystem,
        ours,
        incumbent,
        speedup,
        incumbent_note,
        check_times,
        decode,
    })
}

/// Best of at least 10 runs per measurement (each is a few milliseconds).
#[cfg(feature = "harness")]
fn decode_figures(
    repo: &Path,
    generated: &Path,
    version: &str,
    runs: usize,
) -> Result<decode::DecodeReport> {
    decode::run(repo, generated, version, runs.max(10))
}

/// `main` re-runs `bench --decode` in the build with the examples machinery.
#[cfg(not(feature = "harness"))]
fn decode_figures(_: &Path, _: &Path, _: &str, _: usize) -> Result<decode::DecodeReport> {
    anyhow::bail!("--decode needs the `harness` build of xtask")
}

/// Where both tools write by default: `/dev/shm` when it is a tmpfs (memory), else the system
/// temp dir. On a disk, what it costs to create a file depends on what the machine deleted in
/// the last minutes (module docs), which measures the disk's history, not the generators.
fn default_scratch() -> PathBuf {
    let shm = PathBuf::from("/dev/shm");
    let is_tmpfs = filesystem(&shm).starts_with("/dev/shm (tmpfs,");
    let writable = tempfile::tempdir_in(&shm).is_ok();
    if is_tmpfs && writable {
        shm
    } else {
        std::env::temp_dir()
    }
}

/// The mount that holds `path`: `<mount point> (<type>, <device>, <options>)`, from
/// `/proc/self/mounts` (the longest mount point that contains the path; a later line shadows an
/// earlier one). `unknown` where that file does not exist.
fn filesystem(path: &Path) -> String {
    let path = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
    let Ok(mounts) = std::fs::read_to_string("/proc/self/mounts") else {
        return "an unknown file system".into();
    };
    let mut best: Option<(PathBuf, String)> = None;
    for line in mounts.lines() {
        let f: Vec<&str> = line.split_whitespace().collect();
        let [device, point, kind, options, ..] = f[..] else {
            continue;
        };
        let point = PathBuf::from(unescape_mount(point));
        if path.starts_with(&point)
            && best
                .as_ref()
                .is_none_or(|(b, _)| point.as_os_str().len() >= b.as_os_str().len())
        {
            let text = format!("{} ({kind}, {device}, {options})", point.display());
            best = Some((point, text));
        }
    }
    best.map_or_else(|| "an unknown file system".into(), |(_, t)| t)
}

/// `/proc/self/mounts` writes space, tab, newline and backslash as `\ooo` octal escapes.
fn unescape_mount(field: &str) -> String {
    let mut out = String::new();
    let mut rest = field;
    while let Some(i) = rest.find('\\') {
        out.push_str(&rest[..i]);
        let code = rest
            .get(i + 1..i + 4)
            .and_then(|o| u8::from_str_radix(o, 8).ok());
        match code {
            Some(c) => {
                out.push(c as char);
                rest = &rest[i + 4..];
            }
            None => {
                out.push('\\');
                rest = &rest[i + 1..];
            }
        }
    }
    out.push_str(rest);
    out
}

pub fn print(report: &Report, json: bool) -> Result<()> {
    if json {
        println!("{}", serde_json::to_string_pretty(report)?);
        return Ok(());
    }
    println!(
        "generation (median of {} runs, {} cores), both tools writing under {} on {}:",
        report.ours.first().map_or(0, |f| f.runs),
        report.cores,
        report.scratch.display(),
        report.filesystem
    );
    for f in &report.ours {
        println!(
            "  ours {:<8} {:>8.1} ms  (min {:.1}, max {:.1})  peak RSS {:>6.1} MiB  {} files",
            f.subject, f.median_ms, f.min_ms, f.max_ms, f.peak_rss_mib, f.files
        );
    }
    for f in &report.incumbent {
        println!(
            "  openapi-generator 7.26 {:<8} {:>8.1} ms  (min {:.1}, max {:.1})  peak RSS {:>6.1} MiB  {} files",
            f.subject, f.median_ms, f.min_ms, f.max_ms, f.peak_rss_mib, f.files
        );
    }
    for (v, x) in &report.speedup {
        println!("  speed-up vs openapi-generator, {v}: {x}x");
    }
    if let Some(n) = &report.incumbent_note {
        println!("  {n}");
    }
    check::print(&report.check_times);
    if let Some(d) = &report.decode {
        print_decode(d);
    }
    Ok(())
}

fn print_decode(d: &decode::DecodeReport) {
    println!(
        "decode of {}'s models, {} bytes ({} model types, each a JSON array of its largest schema \
         or response example), best of {} runs each:",
        d.version,
        d.bytes,
        d.types.len(),
        d.runs
    );
    let line = |what: &str, mb_s: f64| println!("  {what:<44} {mb_s:>8.1} MB/s");
    line(
        "typed: serde_json::from_slice::<Vec<T>>",
        d.typed_decode_mb_s,
    );
    line("serde_json::from_slice::<Value>", d.value_decode_mb_s);
    line(
        "client: decode::decode (UTF-8 once, text)",
        d.sdk_decode_mb_s,
    );
    line(
        "from_utf8, then from_str::<Value>",
        d.value_text_decode_mb_s,
    );
    line("parse only: from_slice::<IgnoredAny>", d.parse_only_mb_s);
    line("typed: serde_json::to_vec(&Vec<T>)", d.typed_encode_mb_s);
    line("serde_json::to_vec(&Value)", d.value_encode_mb_s);
    println!(
        "  typed / Value {:.2}x (target >= {:.1}x{}), typed / parse only {:.2}x",
        d.typed_over_value,
        decode::TYPED_OVER_VALUE_TARGET,
        if d.typed_over_value >= decode::TYPED_OVER_VALUE_TARGET {
            ", met"
        } else {
            ", missed"
        },
        d.typed_over_parse_only
    );
    println!(
        "  the client's decode / Value read the same way {:.2}x",
        d.sdk_over_value_text
    );
    for t in &d.types {
        let mb_s = |ns: u64| decode::mb_s(t.bytes, ns);
        println!(
            "    {} ({} items, {} bytes): typed {:.1} MB/s, Value {:.1} MB/s, {:.2}x",
            t.rust_type,
            t.items,
            t.bytes,
            mb_s(t.typed_decode_ns),
            mb_s(t.value_decode_ns),
            t.value_decode_ns as f64 / t.typed_decode_ns.max(1) as f64
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mount_fields_are_unescaped() {
        assert_eq!(unescape_mount("/mnt/my\\040disk"), "/mnt/my disk");
        assert_eq!(unescape_mount("/plain"), "/plain");
        assert_eq!(unescape_mount("/odd\\x"), "/odd\\x");
    }

    #[test]
    fn the_file_system_of_a_temp_dir_is_named() {
        let tmp = tempfile::tempdir().unwrap();
        let fs = filesystem(tmp.path());
        if Path::new("/proc/self/mounts").exists() {
            assert!(fs.starts_with('/') && fs.contains(" ("), "{fs}");
        }
    }
}

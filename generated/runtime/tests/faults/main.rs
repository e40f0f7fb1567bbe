//! The fault-injection suite: the runtime against a loopback tenant that pages, throttles,
//! expires tokens and misbehaves (`cargo xtask faults`, or in `generated/`:
//! `cargo test -p sailpoint-runtime --features mock --test faults`).
//!
//! Each scenario asserts: no panic, bounded time, a typed error where one is due, no
//! non-idempotent request sent twice after a transport error, and for streams every item
//! delivered exactly once. The suite prints one table row per scenario and fails when any
//! scenario fails.

mod scenarios;
mod tenant;

use std::collections::BTreeMap;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use sailpoint_runtime::Error;

/// Longest a scenario may take.
const SCENARIO_DEADLINE: Duration = Duration::from_secs(20);

/// One line of the table.
#[derive(Debug, Default)]
pub struct Row {
    pub fault: &'static str,
    pub injected: usize,
    pub requests: usize,
    pub expected: usize,
    pub delivered: usize,
    pub errors: BTreeMap<String, usize>,
}

impl Row {
    pub fn new(fault: &'static str) -> Row {
        Row {
            fault,
            ..Row::default()
        }
    }

    pub fn error(&mut self, e: &Error) {
        *self.errors.entry(kind(e)).or_default() += 1;
    }
}

/// The kind of an error, for the table.
pub fn kind(e: &Error) -> String {
    match e {
        Error::Config(_) => "config".into(),
        Error::InvalidRequest(_) => "invalid-request".into(),
        Error::Transport(_) => "transport".into(),
        Error::Timeout(_) => "timeout".into(),
        Error::Auth { status, .. } => match status {
            Some(s) => format!("auth {s}"),
            None => "auth".into(),
        },
        Error::Decode { .. } => "decode".into(),
        Error::Api(a) => format!("api {}", a.status.as_u16()),
        _ => "other".into(),
    }
}

/// Fails the scenario with `message` unless `cond`.
#[macro_export]
macro_rules! check {
    ($cond:expr, $($msg:tt)*) => {
        if !$cond {
            return Err(format!($($msg)*));
        }
    };
}

fn main() -> ExitCode {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("tokio runtime");
    let started = Instant::now();
    let mut rows = Vec::new();
    let mut failures = Vec::new();
    // `FAULTS_ONLY=<part of a scenario name>` runs the matching scenarios only.
    let only = std::env::var("FAULTS_ONLY").unwrap_or_default();
    for (name, scenario) in scenarios::all() {
        if !name.contains(only.as_str()) {
            continue;
        }
        let outcome = runtime.block_on(async {
            let task = tokio::spawn(scenario());
            tokio::time::timeout(SCENARIO_DEADLINE, task).await
        });
        match outcome {
            Ok(Ok(Ok(row))) => rows.push(row),
            Ok(Ok(Err(message))) => failures.push(format!("{name}: {message}")),
            Ok(Err(join)) => failures.push(format!("{name}: panicked: {join}")),
            Err(_) => failures.push(format!("{name}: took longer than {SCENARIO_DEADLINE:?}")),
        }
    }
    print_table(&rows);
    println!(
        "{} scenarios passed, {} failed, in {:.1} s",
        rows.len(),
        failures.len(),
        started.elapsed().as_secs_f64()
    );
    for f in &failures {
        println!("FAILED {f}");
    }
    if failures.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn print_table(rows: &[Row]) {
    let width = rows.iter().map(|r| r.fault.len()).max().unwrap_or(5).max(5);
    println!(
        "| {:width$} | faults | requests | items expected | items delivered | errors by kind |",
        "fault"
    );
    println!(
        "|{}|-------:|---------:|---------------:|----------------:|----------------|",
        "-".repeat(width + 2)
    );
    for r in rows {
        let errors = if r.errors.is_empty() {
            "none".to_string()
        } else {
            r.errors
                .iter()
                .map(|(k, n)| format!("{k}: {n}"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        println!(
            "| {:width$} | {:>6} | {:>8} | {:>14} | {:>15} | {errors} |",
            r.fault, r.injected, r.requests, r.expected, r.delivered
        );
    }
}

//! The conformance report: per version, counts and findings; as a table for people.

use std::collections::BTreeMap;

use generator::ir::Operation;
use serde::Serialize;

use super::verdict::Verdict;

/// The report of one version.
#[derive(Debug, Serialize)]
pub struct VersionReport {
    pub name: String,
    pub operations: usize,
    /// Operations the harness called (an exchange reached the mock server).
    pub called: usize,
    pub passed: usize,
    /// Of `passed`: answers the client decoded with deviations (members kept raw, listed in
    /// `deviations`): the spec's example violates its own schema.
    pub passed_with_deviations: usize,
    pub failed: usize,
    pub spec_defects: usize,
    /// Spec defects by kind.
    pub defect_kinds: BTreeMap<String, usize>,
    /// Where argument values came from (`spec example`, `synthesized`).
    pub argument_sources: BTreeMap<&'static str, usize>,
    pub defects: Vec<Finding>,
    pub failures: Vec<Finding>,
    pub deviations: Vec<Finding>,
    pub harness_compile_seconds: f64,
    pub run_seconds: f64,
}

impl VersionReport {
    /// Counts the verdict on a call of `op` (`called`: an exchange reached the mock server).
    pub fn record(&mut self, op: &Operation, called: bool, verdict: Verdict) {
        if called {
            self.called += 1;
        }
        let finding = |kind: &str, reason: String| Finding {
            operation: op.id.clone(),
            endpoint: format!("{} {}", op.method.to_uppercase(), op.path),
            kind: kind.to_string(),
            reason,
        };
        match verdict {
            Verdict::Passed => self.passed += 1,
            Verdict::PassedWithDeviations(reason) => {
                self.passed += 1;
                self.passed_with_deviations += 1;
                self.deviations
                    .push(finding("passed-with-deviations", reason));
            }
            Verdict::Defect(kind, reason) => {
                self.spec_defects += 1;
                *self.defect_kinds.entry(kind.to_string()).or_default() += 1;
                self.defects.push(finding(kind, reason));
            }
            Verdict::Failed(kind, reason) => {
                self.failed += 1;
                self.failures.push(finding(kind, reason));
            }
        }
    }
}

/// One failed call or spec defect.
#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    pub operation: String,
    /// `POST /access-requests`.
    pub endpoint: String,
    pub kind: String,
    pub reason: String,
}

/// The report as a table of counts per version, then each version's defects and failures.
pub fn human(reports: &[VersionReport]) -> String {
    let mut s = format!(
        "{:<8} {:>10} {:>7} {:>7} {:>16} {:>13} {:>7}\n",
        "version", "operations", "called", "passed", "with deviations", "spec defects", "failed"
    );
    for r in reports {
        s.push_str(&format!(
            "{:<8} {:>10} {:>7} {:>7} {:>16} {:>13} {:>7}\n",
            r.name,
            r.operations,
            r.called,
            r.passed,
            r.passed_with_deviations,
            r.spec_defects,
            r.failed
        ));
    }
    for r in reports {
        if !r.deviations.is_empty() {
            s.push_str(&format!(
                "\n{}: {} passed with deviations (the answer, the spec's own example, does not fit its schema; the client kept those members raw):\n",
                r.name, r.passed_with_deviations
            ));
            for d in &r.deviations {
                s.push_str(&format!(
                    "  {} ({}): {}\n",
                    d.operation, d.endpoint, d.reason
                ));
            }
        }
        if !r.defects.is_empty() {
            let kinds: Vec<String> = r
                .defect_kinds
                .iter()
                .map(|(k, n)| format!("{k} {n}"))
                .collect();
            s.push_str(&format!(
                "\n{}: {} spec defects ({}):\n",
                r.name,
                r.spec_defects,
                kinds.join(", ")
            ));
            for d in &r.defects {
                s.push_str(&format!(
                    "  {} ({}): {}\n",
                    d.operation, d.endpoint, d.reason
                ));
            }
        }
        if !r.failures.is_empty() {
            s.push_str(&format!("\n{}: {} failures:\n", r.name, r.failed));
            for f in &r.failures {
                s.push_str(&format!(
                    "  {} ({}) [{}]: {}\n",
                    f.operation, f.endpoint, f.kind, f.reason
                ));
            }
        }
    }
    s
}

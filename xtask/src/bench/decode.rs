//! `cargo xtask bench --decode`: decode throughput of a generated models crate against
//! `serde_json::Value` and a parse that builds nothing (`serde::de::IgnoredAny`), on the same
//! bytes, in the same run.
//!
//! The payload is the spec's own examples: the schema and response examples of object models
//! (response lists give their items), largest first
//! ([`candidates`]). A release-built harness ([`decode_main.rs.jinja`]) first checks which of
//! them decode as their Rust type; the first [`TYPES`] that do are each repeated into a JSON
//! array of about [`PAYLOAD_BYTES`]` / TYPES` bytes and decoded as `Vec<T>`, best of `runs`
//! runs per measurement. A typed decode that fails is an error.
// Without the `harness` build only the report's types are used (`main` re-runs `--decode` in it).
#![cfg_attr(not(feature = "harness"), allow(dead_code))]

use super::{round1, round2};
use serde::Serialize;
use serde_json::Value;

/// Model types measured.
pub const TYPES: usize = 6;

/// Candidates checked, so that a few that do not decode still leave [`TYPES`].
pub const CANDIDATES: usize = 2 * TYPES;

/// Total payload, over the measured types.
pub const PAYLOAD_BYTES: usize = 4 << 20;

/// The least `typed / Value` decode throughput ratio (issue 18).
pub const TYPED_OVER_VALUE_TARGET: f64 = 2.5;

/// One measured type: its payload and the best time of each measurement.
#[derive(Debug, Clone, Serialize, serde::Deserialize, PartialEq)]
pub struct TypeSample {
    #[serde(default)]
    pub rust_type: String,
    pub bytes: u64,
    pub items: u64,
    pub typed_decode_ns: u64,
    /// The client's decode (`decode::decode`, strict): one UTF-8 check, then text.
    pub sdk_decode_ns: u64,
    /// `Value` read the same way.
    pub value_text_decode_ns: u64,
    pub value_decode_ns: u64,
    pub parse_only_ns: u64,
    pub typed_encode_ns: u64,
    pub value_encode_ns: u64,
}

/// The decode figures of one version, over all measured types (their bytes and best times
/// summed).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct DecodeReport {
    pub version: String,
    pub runs: usize,
    pub bytes: u64,
    pub typed_decode_mb_s: f64,
    pub sdk_decode_mb_s: f64,
    pub value_text_decode_mb_s: f64,
    pub value_decode_mb_s: f64,
    pub parse_only_mb_s: f64,
    pub typed_encode_mb_s: f64,
    pub value_encode_mb_s: f64,
    /// Typed decode throughput over `Value`'s.
    pub typed_over_value: f64,
    /// The client's decode over `Value` read the same way (one UTF-8 check, then text).
    pub sdk_over_value_text: f64,
    /// Typed decode throughput over the parse-only one.
    pub typed_over_parse_only: f64,
    pub types: Vec<TypeSample>,
}

/// `MB/s` (10^6 bytes) of `bytes` in `ns`.
pub(crate) fn mb_s(bytes: u64, ns: u64) -> f64 {
    round1(bytes as f64 / 1e6 / (ns.max(1) as f64 / 1e9))
}

/// Sums the samples and derives throughputs and ratios.
pub fn summarize(version: &str, runs: usize, types: Vec<TypeSample>) -> DecodeReport {
    let sum = |f: fn(&TypeSample) -> u64| types.iter().map(f).sum::<u64>();
    let bytes = sum(|s| s.bytes);
    let typed = sum(|s| s.typed_decode_ns);
    let value = sum(|s| s.value_decode_ns);
    let parse = sum(|s| s.parse_only_ns);
    DecodeReport {
        version: version.to_string(),
        runs,
        bytes,
        typed_decode_mb_s: mb_s(bytes, typed),
        sdk_decode_mb_s: mb_s(bytes, sum(|s| s.sdk_decode_ns)),
        value_text_decode_mb_s: mb_s(bytes, sum(|s| s.value_text_decode_ns)),
        value_decode_mb_s: mb_s(bytes, value),
        parse_only_mb_s: mb_s(bytes, parse),
        typed_encode_mb_s: mb_s(bytes, sum(|s| s.typed_encode_ns)),
        value_encode_mb_s: mb_s(bytes, sum(|s| s.value_encode_ns)),
        // Same bytes: the throughput ratio is the inverse ratio of the times.
        typed_over_value: round2(value as f64 / typed.max(1) as f64),
        sdk_over_value_text: round2(
            sum(|s| s.value_text_decode_ns) as f64 / sum(|s| s.sdk_decode_ns).max(1) as f64,
        ),
        typed_over_parse_only: round2(parse as f64 / typed.max(1) as f64),
        types,
    }
}

/// The candidates of a payload: per type name, its largest example (by JSON text length), the
/// largest first (then by name), at most `n`.
pub fn candidates(examples: &[(String, &Value)], n: usize) -> Vec<(String, Value)> {
    let mut best: std::collections::BTreeMap<&str, (usize, &Value)> = Default::default();
    for (name, value) in examples {
        let len = value.to_string().len();
        let entry = best.entry(name.as_str()).or_insert((len, value));
        if len > entry.0 {
            *entry = (len, value);
        }
    }
    let mut ranked: Vec<(&str, usize, &Value)> =
        best.into_iter().map(|(n, (l, v))| (n, l, v)).collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    ranked
        .into_iter()
        .take(n)
        .map(|(name, _, v)| (name.to_string(), v.clone()))
        .collect()
}

/// A JSON array of `example` repeated to about `target` bytes (at least once).
pub fn repeated(example: &Value, target: usize) -> Vec<u8> {
    let one = example.to_string();
    let count = (target / (one.len() + 1)).max(1);
    let mut out = Vec::with_capacity(count * (one.len() + 1) + 1);
    out.push(b'[');
    for i in 0..count {
        if i > 0 {
            out.push(b',');
        }
        out.extend_from_slice(one.as_bytes());
    }
    out.push(b']');
    out
}

#[cfg(feature = "harness")]
pub use self::measure::run;

#[cfg(feature = "harness")]
mod measure;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn candidates_are_each_types_largest_example_largest_first() {
        let (a1, a2, b, c) = (
            serde_json::json!({"x": 1}),
            serde_json::json!({"x": 1, "long": "member"}),
            serde_json::json!({"y": "medium"}),
            serde_json::json!({}),
        );
        let examples = vec![
            ("A".to_string(), &a1),
            ("B".to_string(), &b),
            ("A".to_string(), &a2),
            ("C".to_string(), &c),
        ];
        let got = candidates(&examples, 2);
        assert_eq!(got, vec![("A".into(), a2.clone()), ("B".into(), b.clone())]);
        assert_eq!(candidates(&examples, 9).len(), 3);
    }

    #[test]
    fn a_repeated_example_is_a_json_array_near_the_target_size() {
        let e = serde_json::json!({"name": "x"});
        let bytes = repeated(&e, 1000);
        let back: Vec<Value> = serde_json::from_slice(&bytes).unwrap();
        assert!(back.iter().all(|v| *v == e));
        assert!(bytes.len() <= 1000 && bytes.len() > 900, "{}", bytes.len());
        // Never empty, even when one example is larger than the target.
        assert_eq!(
            serde_json::from_slice::<Vec<Value>>(&repeated(&e, 1))
                .unwrap()
                .len(),
            1
        );
    }

    #[test]
    fn figures_sum_the_types_and_ratios_are_throughput_ratios() {
        let sample = |bytes, typed, value, parse| TypeSample {
            rust_type: "T".into(),
            bytes,
            items: 1,
            typed_decode_ns: typed,
            sdk_decode_ns: typed / 2,
            value_text_decode_ns: value,
            value_decode_ns: value,
            parse_only_ns: parse,
            typed_encode_ns: typed,
            value_encode_ns: value,
        };
        let r = summarize(
            "v",
            3,
            vec![
                sample(1_000_000, 2_000_000, 5_000_000, 1_000_000),
                sample(1_000_000, 2_000_000, 5_000_000, 1_000_000),
            ],
        );
        assert_eq!(r.bytes, 2_000_000);
        // 2 MB in 4 ms, 10 ms and 2 ms.
        assert_eq!(r.typed_decode_mb_s, 500.0);
        assert_eq!(r.value_decode_mb_s, 200.0);
        assert_eq!(r.parse_only_mb_s, 1000.0);
        assert_eq!(r.typed_over_value, 2.5);
        assert_eq!(r.typed_over_parse_only, 0.5);
        assert_eq!(r.sdk_decode_mb_s, 1000.0);
        assert_eq!(r.sdk_over_value_text, 5.0);
    }
}

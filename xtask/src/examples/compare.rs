//! JSON equality for round trips: key order ignored, an object member that is `null` on one side
//! and absent on the other ignored, numbers compared numerically (`1 == 1.0`).

use std::fmt;

use serde_json::{Number, Value};

/// At most this many differences are listed per example.
const MAX_DIFFS: usize = 5;

/// One place where the round trip changed the value.
#[derive(Debug, Clone, PartialEq)]
pub struct Difference {
    /// JSON pointer into the example (`""` is the root).
    pub pointer: String,
    pub kind: Change,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    /// An object member that the round trip dropped (it was not `null`).
    Missing(Value),
    /// An object member that the round trip added (it is not `null`).
    Added(Value),
    /// An array changed length.
    Length(usize, usize),
    /// A different value (or kind of value).
    Changed(Value, Value),
}

impl fmt::Display for Difference {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let at = if self.pointer.is_empty() {
            "(root)"
        } else {
            &self.pointer
        };
        match &self.kind {
            Change::Missing(v) => {
                write!(f, "{at}: missing after the round trip (was {})", brief(v))
            }
            Change::Added(v) => write!(f, "{at}: added by the round trip ({})", brief(v)),
            Change::Length(a, b) => write!(f, "{at}: {a} items became {b}"),
            Change::Changed(a, b) => write!(f, "{at}: {} became {}", brief(a), brief(b)),
        }
    }
}

/// The differences between the example (`expected`) and what came back (`actual`); empty when
/// they are equal under the rules above. At most [`MAX_DIFFS`], in document order.
pub fn diff(expected: &Value, actual: &Value) -> Vec<Difference> {
    let mut out = Vec::new();
    walk(expected, actual, &mut String::new(), &mut out);
    out
}

#[cfg(test)]
pub fn equal(expected: &Value, actual: &Value) -> bool {
    diff(expected, actual).is_empty()
}

fn walk(e: &Value, a: &Value, path: &mut String, out: &mut Vec<Difference>) {
    if out.len() >= MAX_DIFFS {
        return;
    }
    let push = |path: &str, kind: Change, out: &mut Vec<Difference>| {
        if out.len() < MAX_DIFFS {
            out.push(Difference {
                pointer: path.to_string(),
                kind,
            });
        }
    };
    match (e, a) {
        (Value::Object(em), Value::Object(am)) => {
            for (k, ev) in em {
                let len = path.len();
                path.push('/');
                path.push_str(&generator::resolve::escape(k));
                match am.get(k) {
                    Some(av) => walk(ev, av, path, out),
                    None if ev.is_null() => {}
                    None => push(path, Change::Missing(ev.clone()), out),
                }
                path.truncate(len);
            }
            for (k, av) in am {
                if em.contains_key(k) || av.is_null() {
                    continue;
                }
                let p = format!("{path}/{}", generator::resolve::escape(k));
                push(&p, Change::Added(av.clone()), out);
            }
        }
        (Value::Array(ea), Value::Array(aa)) => {
            if ea.len() != aa.len() {
                push(path, Change::Length(ea.len(), aa.len()), out);
                return;
            }
            for (i, (ev, av)) in ea.iter().zip(aa).enumerate() {
                let len = path.len();
                path.push('/');
                path.push_str(&i.to_string());
                walk(ev, av, path, out);
                path.truncate(len);
            }
        }
        (Value::Number(en), Value::Number(an)) => {
            if !numbers_equal(en, an) {
                push(path, Change::Changed(e.clone(), a.clone()), out);
            }
        }
        _ => {
            if e != a {
                push(path, Change::Changed(e.clone(), a.clone()), out);
            }
        }
    }
}

/// Integers exactly; otherwise as doubles (`1 == 1.0`, `0.5 == 5e-1`).
pub fn numbers_equal(a: &Number, b: &Number) -> bool {
    let int = |n: &Number| {
        n.as_i64()
            .map(i128::from)
            .or_else(|| n.as_u64().map(i128::from))
    };
    match (int(a), int(b)) {
        (Some(x), Some(y)) => x == y,
        _ => match (a.as_f64(), b.as_f64()) {
            (Some(x), Some(y)) => x == y,
            _ => a.to_string() == b.to_string(),
        },
    }
}

/// A value shortened for a diff line.
fn brief(v: &Value) -> String {
    let s = v.to_string();
    const MAX: usize = 80;
    if s.chars().count() <= MAX {
        s
    } else {
        let cut: String = s.chars().take(MAX).collect();
        format!("{cut}…")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn lines(e: Value, a: Value) -> Vec<String> {
        diff(&e, &a).iter().map(ToString::to_string).collect()
    }

    #[test]
    fn key_order_is_ignored() {
        assert!(equal(
            &json!({"a": 1, "b": [1, 2]}),
            &json!({"b": [1, 2], "a": 1})
        ));
    }

    #[test]
    fn null_and_absent_members_are_the_same() {
        assert!(equal(&json!({"a": 1, "b": null}), &json!({"a": 1})));
        assert!(equal(&json!({"a": 1}), &json!({"a": 1, "b": null})));
        assert!(equal(&json!({"x": {"a": null}}), &json!({"x": {}})));
        // ... but only for object members: a null item or a null root is a value.
        assert!(!equal(&json!([null]), &json!([])));
        assert!(!equal(&json!([null]), &json!([{}])));
        assert!(!equal(&json!(null), &json!({})));
        assert!(!equal(&json!({"a": null}), &json!({"a": 0})));
        assert!(!equal(&json!({"a": null}), &json!({"a": {}})));
    }

    #[test]
    fn numbers_compare_numerically() {
        assert!(equal(&json!(1), &json!(1.0)));
        assert!(equal(&json!({"n": 2.50}), &json!({"n": 2.5})));
        assert!(equal(&json!(-3), &json!(-3.0)));
        assert!(equal(&json!([0]), &json!([0.0])));
        assert!(!equal(&json!(1), &json!(2)));
        assert!(!equal(&json!(0.1), &json!(0.10000000149011612)));
        assert!(equal(&json!(u64::MAX), &json!(u64::MAX)));
        assert!(!equal(&json!(u64::MAX), &json!(u64::MAX - 1)));
        assert!(!equal(&json!(i64::MIN), &json!(i64::MIN + 1)));
        // A number is not its text.
        assert!(!equal(&json!(1), &json!("1")));
        assert!(!equal(&json!(true), &json!(1)));
    }

    #[test]
    fn differences_are_located() {
        assert_eq!(
            lines(
                json!({"a": {"b": [1, "x"]}, "gone": true, "k/ey": 1}),
                json!({"a": {"b": [1, "y"]}, "new": 3, "k/ey": 1}),
            ),
            [
                "/a/b/1: \"x\" became \"y\"",
                "/gone: missing after the round trip (was true)",
                "/new: added by the round trip (3)",
            ]
        );
        assert_eq!(
            lines(json!([1, 2]), json!([1])),
            ["(root): 2 items became 1"]
        );
        assert_eq!(lines(json!("a"), json!(1)), ["(root): \"a\" became 1"]);
        assert_eq!(
            diff(&json!({"a~b": {"c": 1}}), &json!({"a~b": {}})),
            [Difference {
                pointer: "/a~0b/c".into(),
                kind: Change::Missing(json!(1))
            }]
        );
    }

    #[test]
    fn at_most_five_differences() {
        let e = json!([1, 2, 3, 4, 5, 6, 7]);
        let a = json!([0, 0, 0, 0, 0, 0, 0]);
        assert_eq!(diff(&e, &a).len(), 5);
    }
}

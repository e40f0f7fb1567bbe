//! Parameter encoding rules.

use std::collections::BTreeMap;

use sailpoint_runtime::encode::{form_pairs, header_param, path_param, query_param};

fn q(value: &serde_json::Value, style: &str, explode: bool) -> Vec<(String, String)> {
    let mut out = Vec::new();
    query_param(&mut out, "n", value, style, explode).unwrap();
    out
}

fn pairs(p: &[(&str, &str)]) -> Vec<(String, String)> {
    p.iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[test]
fn query_styles() {
    use serde_json::json;
    assert_eq!(q(&json!("x"), "form", true), pairs(&[("n", "x")]));
    assert_eq!(q(&json!(5), "form", true), pairs(&[("n", "5")]));
    assert_eq!(q(&json!(null), "form", true), pairs(&[]));
    assert_eq!(
        q(&json!(["a", "b"]), "form", true),
        pairs(&[("n", "a"), ("n", "b")])
    );
    assert_eq!(q(&json!(["a", "b"]), "form", false), pairs(&[("n", "a,b")]));
    assert_eq!(
        q(&json!(["a", "b"]), "spaceDelimited", false),
        pairs(&[("n", "a b")])
    );
    assert_eq!(
        q(&json!(["a", "b"]), "pipeDelimited", false),
        pairs(&[("n", "a|b")])
    );
    assert_eq!(
        q(&json!({"x": 1, "y": "2"}), "form", true),
        pairs(&[("x", "1"), ("y", "2")])
    );
    assert_eq!(
        q(&json!({"x": 1, "y": "2"}), "form", false),
        pairs(&[("n", "x,1,y,2")])
    );
    assert_eq!(
        q(&json!({"x": 1, "y": {"z": true}}), "deepObject", true),
        pairs(&[("n[x]", "1"), ("n[y][z]", "true")])
    );
}

#[test]
fn path_and_header_params() {
    assert_eq!(path_param("a b", false).unwrap(), "a%20b");
    assert_eq!(path_param(&["a/b", "c"], false).unwrap(), "a%2Fb,c");
    assert_eq!(path_param(&7_i32, false).unwrap(), "7");
    assert_eq!(header_param(&["a", "b"]).unwrap(), "a,b");
    assert_eq!(header_param(&true).unwrap(), "true");
}

#[test]
fn form_bodies() {
    let mut m = BTreeMap::new();
    m.insert("a", serde_json::json!("x"));
    m.insert("b", serde_json::json!([1, 2]));
    m.insert("c", serde_json::json!(null));
    assert_eq!(
        form_pairs(&m).unwrap(),
        pairs(&[("a", "x"), ("b", "1"), ("b", "2")])
    );
    assert!(form_pairs(&5).is_err());
}

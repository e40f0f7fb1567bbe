//! JSON pointers (RFC 6901): escaping keys, reading a pointer in a value, decoding a URI
//! fragment. A leaf module: `load`, `resolve` and `lower` use it, it uses none of them.

use std::borrow::Cow;

use serde_json::Value;

/// Escapes a key for a JSON pointer (`~` -> `~0`, `/` -> `~1`).
pub fn escape(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

/// Reverses [`escape`].
pub fn unescape(seg: &str) -> String {
    seg.replace("~1", "/").replace("~0", "~")
}

/// Looks up a JSON pointer in a value (as [`Value::pointer`], without allocating a string per
/// segment: lowering looks up hundreds of thousands of pointers, few with an escape).
pub fn lookup<'a>(v: &'a Value, ptr: &str) -> Option<&'a Value> {
    if ptr.is_empty() {
        return Some(v);
    }
    ptr.strip_prefix('/')?.split('/').try_fold(v, |node, seg| {
        let key = match seg.contains('~') {
            true => Cow::Owned(unescape(seg)),
            false => Cow::Borrowed(seg),
        };
        match node {
            Value::Object(map) => map.get(key.as_ref()),
            Value::Array(list) => array_index(&key).and_then(|i| list.get(i)),
            _ => None,
        }
    })
}

/// An array index as RFC 6901 writes it: digits, no sign, no leading zero.
fn array_index(seg: &str) -> Option<usize> {
    let canonical = !seg.is_empty()
        && seg.bytes().all(|b| b.is_ascii_digit())
        && (seg == "0" || !seg.starts_with('0'));
    canonical.then(|| seg.parse().ok()).flatten()
}

/// Decodes `%XX` escapes (a URI fragment may percent-encode its pointer).
pub fn percent_decode(s: &str) -> String {
    if !s.contains('%') {
        return s.to_string();
    }
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let Ok(b) = u8::from_str_radix(&s[i + 1..i + 3], 16) {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_round_trip_and_fragments_decode() {
        assert_eq!(unescape(&escape("/a~b/")), "/a~b/");
        assert_eq!(escape("a/b~c"), "a~1b~0c");
        assert_eq!(percent_decode("/a%20b"), "/a b");
        assert_eq!(percent_decode("/a%2"), "/a%2");
    }

    #[test]
    fn lookup_agrees_with_serde_json() {
        let v = serde_json::json!({
            "a": {"b/c": [10, {"d~e": true}], "": 1, "01": 2},
            "list": [[0, 1], "x"],
        });
        let cases = [
            "",
            "/",
            "/a",
            "/a/b~1c",
            "/a/b~1c/0",
            "/a/b~1c/1/d~0e",
            "/a/b~1c/2",
            "/a/b~1c/01",
            "/a/b~1c/+1",
            "/a/b~1c/-",
            "/a/",
            "/a/01",
            "/list/0/1",
            "/list/1/0",
            "/missing",
            "/a/b~1c/0/x",
            "a",
            "/list/00",
        ];
        for c in cases {
            assert_eq!(lookup(&v, c), v.pointer(c), "pointer {c:?}");
        }
    }
}

//! Parameter encoding used by the generated clients: path segments, query styles, header values
//! and form bodies. Values are anything `serde::Serialize` (strings, numbers, booleans, enums of
//! the models crate, arrays and maps of those).

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use serde::Serialize;
use serde_json::Value;

use crate::error::{Error, Result};

/// Everything but the RFC 3986 unreserved characters is percent-encoded in a path segment.
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

/// Encodes one path segment: `/`, `?`, `#`, `%`, spaces and non-ASCII characters are
/// percent-encoded so that the value stays inside its segment (`a/b` becomes `a%2Fb`).
///
/// The values `""`, `.` and `..` are refused: URL normalization would turn them into a
/// different path (`..` climbs to the parent resource even when percent-encoded).
pub fn path_segment(value: &str) -> Result<String> {
    if value.is_empty() || value == "." || value == ".." {
        return Err(Error::InvalidRequest(format!(
            "{value:?} is not allowed as a path parameter value"
        )));
    }
    Ok(utf8_percent_encode(value, SEGMENT).to_string())
}

/// Encodes a path parameter (style `simple`): a scalar is one segment, an array's items are
/// joined with `,`, an object's entries are `k,v,...` (or `k=v,...` when `explode`).
pub fn path_param<T: Serialize + ?Sized>(value: &T, explode: bool) -> Result<String> {
    match to_value(value)? {
        Value::Array(items) => {
            let parts = items
                .iter()
                .map(|v| path_segment(&scalar(v)))
                .collect::<Result<Vec<_>>>()?;
            Ok(parts.join(","))
        }
        Value::Object(map) => {
            let mut parts = Vec::new();
            for (k, v) in &map {
                if explode {
                    parts.push(format!(
                        "{}={}",
                        path_segment(k)?,
                        path_segment(&scalar(v))?
                    ));
                } else {
                    parts.push(path_segment(k)?);
                    parts.push(path_segment(&scalar(v))?);
                }
            }
            Ok(parts.join(","))
        }
        v => path_segment(&scalar(&v)),
    }
}

/// Appends a query parameter to `out` following its OpenAPI `style` and `explode`:
///
/// | value | `form`, explode | `form` | `spaceDelimited` / `pipeDelimited` | `deepObject` |
/// |---|---|---|---|---|
/// | scalar | `n=v` | `n=v` | `n=v` | `n=v` |
/// | array | `n=a&n=b` | `n=a,b` | `n=a b` / `n=a\|b` (repeated when exploded) | `n=a&n=b` |
/// | object | `k1=v1&k2=v2` | `n=k1,v1,k2,v2` | `n=k1 v1` / `n=k1\|v1` | `n[k1]=v1&n[k2]=v2` |
///
/// `null` values add nothing. Nested arrays and objects inside values are sent as JSON text.
/// The pairs are form-urlencoded when the URL is built.
pub fn query_param<T: Serialize + ?Sized>(
    out: &mut Vec<(String, String)>,
    name: &str,
    value: &T,
    style: &str,
    explode: bool,
) -> Result<()> {
    let value = to_value(value)?;
    let delimiter = match style {
        "spaceDelimited" => " ",
        "pipeDelimited" => "|",
        _ => ",",
    };
    match value {
        Value::Null => {}
        Value::Array(items) => {
            let items: Vec<String> = items.iter().filter(|v| !v.is_null()).map(scalar).collect();
            if explode || style == "deepObject" {
                out.extend(items.into_iter().map(|v| (name.to_string(), v)));
            } else if !items.is_empty() {
                out.push((name.to_string(), items.join(delimiter)));
            }
        }
        Value::Object(map) => {
            if style == "deepObject" {
                deep_object(out, name, &Value::Object(map));
            } else if explode {
                for (k, v) in &map {
                    if !v.is_null() {
                        out.push((k.clone(), scalar(v)));
                    }
                }
            } else {
                let mut parts = Vec::new();
                for (k, v) in &map {
                    if !v.is_null() {
                        parts.push(k.clone());
                        parts.push(scalar(v));
                    }
                }
                out.push((name.to_string(), parts.join(delimiter)));
            }
        }
        v => out.push((name.to_string(), scalar(&v))),
    }
    Ok(())
}

fn deep_object(out: &mut Vec<(String, String)>, prefix: &str, value: &Value) {
    match value {
        Value::Null => {}
        Value::Object(map) => {
            for (k, v) in map {
                deep_object(out, &format!("{prefix}[{k}]"), v);
            }
        }
        Value::Array(items) => {
            for v in items {
                deep_object(out, prefix, v);
            }
        }
        v => out.push((prefix.to_string(), scalar(v))),
    }
}

/// Encodes a header parameter (style `simple`): scalars as text, arrays joined with `,`.
/// CR and LF are refused when the header is added to the request.
pub fn header_param<T: Serialize + ?Sized>(value: &T) -> Result<String> {
    Ok(match to_value(value)? {
        Value::Array(items) => items.iter().map(scalar).collect::<Vec<_>>().join(","),
        Value::Object(map) => map
            .iter()
            .flat_map(|(k, v)| [k.clone(), scalar(v)])
            .collect::<Vec<_>>()
            .join(","),
        v => scalar(&v),
    })
}

/// The fields of a body object as `application/x-www-form-urlencoded` pairs: scalars as text,
/// arrays as repeated keys, nested objects as JSON text, `null` fields left out.
pub fn form_pairs<T: Serialize + ?Sized>(value: &T) -> Result<Vec<(String, String)>> {
    match to_value(value)? {
        Value::Object(map) => {
            let mut out = Vec::new();
            for (k, v) in map {
                match v {
                    Value::Null => {}
                    Value::Array(items) => {
                        out.extend(items.iter().map(|i| (k.clone(), scalar(i))));
                    }
                    v => out.push((k, scalar(&v))),
                }
            }
            Ok(out)
        }
        Value::Null => Ok(Vec::new()),
        other => Err(Error::InvalidRequest(format!(
            "a form body must be an object, not {other}"
        ))),
    }
}

/// Serializes a parameter or body value to JSON.
pub fn to_value<T: Serialize + ?Sized>(value: &T) -> Result<Value> {
    serde_json::to_value(value)
        .map_err(|e| Error::InvalidRequest(format!("cannot serialize a parameter: {e}")))
}

/// The text of a scalar: strings as they are, numbers and booleans in JSON notation, `null` as
/// the empty string, arrays and objects as JSON text.
pub fn scalar(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        v => v.to_string(),
    }
}

/// Whether a header value is acceptable: no CR, LF or other control characters but tab.
pub fn check_header_value(name: &str, value: &str) -> Result<()> {
    if let Some(c) = value
        .chars()
        .find(|c| (c.is_control() && *c != '\t') || *c == '\u{7f}')
    {
        return Err(Error::InvalidRequest(format!(
            "the value of header {name} contains the control character {c:?}"
        )));
    }
    Ok(())
}

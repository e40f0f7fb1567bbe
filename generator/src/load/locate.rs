//! Line and column of a JSON pointer in block-style YAML text.
//!
//! The YAML parser does not keep positions in the tree, and the diagnostics are few, so positions
//! are found afterwards by walking the text along the pointer: mapping keys at the block's
//! indentation, sequence items by their `- ` markers. Flow collections (`[a, b]`, `{a: b}`) are
//! not entered: the position of the collection itself is returned. `None` when the walk fails.

use crate::pointer::unescape;

/// A token that can start a node: a `- ` sequence marker or the text after indentation/markers.
struct Entry<'a> {
    line: usize,
    col: usize,
    /// `None` for a `- ` marker.
    text: Option<&'a str>,
}

pub fn locate(text: &str, pointer: &str) -> Option<(u32, u32)> {
    let mut entries = Vec::new();
    for (line, raw) in text.lines().enumerate() {
        let mut col = raw.len() - raw.trim_start_matches(' ').len();
        let mut rest = &raw[col..];
        if rest.is_empty() || rest.starts_with('#') || rest == "---" {
            continue;
        }
        while rest == "-" || rest.starts_with("- ") {
            entries.push(Entry {
                line,
                col,
                text: None,
            });
            let after = rest[1..].trim_start_matches(' ');
            col += rest.len() - after.len();
            rest = after;
        }
        if !rest.is_empty() {
            entries.push(Entry {
                line,
                col,
                text: Some(rest),
            });
        }
    }
    if entries.is_empty() {
        return None;
    }
    // The node: entry index (None for the document) and its column.
    let mut node: Option<usize> = None;
    for seg in pointer.split('/').skip(1).map(unescape) {
        let (from, to) = children(&entries, node);
        let first_col = entries.get(from).filter(|_| from < to)?.col;
        let index: Option<usize> = seg.parse().ok();
        let mut seen = 0;
        let mut found = None;
        for (i, e) in entries.iter().enumerate().take(to).skip(from) {
            if e.col != first_col {
                continue;
            }
            match e.text {
                None if index == Some(seen) => {
                    found = Some(i);
                    break;
                }
                None => seen += 1,
                Some(t) if key_of(t) == Some(seg.as_str()) => {
                    found = Some(i);
                    break;
                }
                Some(_) => {}
            }
        }
        node = Some(found?);
    }
    let e = match node {
        None => &entries[0],
        Some(i) if entries[i].text.is_none() => entries
            .get(i + 1)
            .filter(|n| n.line == entries[i].line)
            .unwrap_or(&entries[i]),
        Some(i) => &entries[i],
    };
    Some((e.line as u32 + 1, e.col as u32 + 1))
}

/// The entries `[from, to)` below a node.
fn children(entries: &[Entry], node: Option<usize>) -> (usize, usize) {
    let Some(i) = node else {
        return (0, entries.len());
    };
    let col = entries[i].col;
    let is_key = entries[i].text.is_some();
    let mut j = i + 1;
    while j < entries.len() {
        let e = &entries[j];
        // A block sequence may sit at its key's indentation.
        let same_col_item = is_key && e.col == col && e.text.is_none();
        if e.col <= col && !same_col_item {
            break;
        }
        j += 1;
    }
    (i + 1, j)
}

/// The mapping key a line starts with, unquoted.
fn key_of(t: &str) -> Option<&str> {
    for q in ['"', '\''] {
        if let Some(rest) = t.strip_prefix(q) {
            let end = rest.find(q)?;
            return rest[end + 1..]
                .trim_start()
                .starts_with(':')
                .then(|| &rest[..end]);
        }
    }
    let colon = t
        .find(": ")
        .or_else(|| t.strip_suffix(':').map(|s| s.len()))?;
    Some(t[..colon].trim_end())
}

#[cfg(test)]
mod tests {
    use super::locate;

    const DOC: &str = "\
openapi: 3.0.1
paths:
  /things/{id}:
    get:
      parameters:
        - name: id
          in: path
        - name: q
          in: query
      responses:
        '200':
          description: ok
tags:
- name: A
- name: B
";

    #[test]
    fn finds_keys_and_items() {
        assert_eq!(locate(DOC, ""), Some((1, 1)));
        assert_eq!(locate(DOC, "/paths"), Some((2, 1)));
        assert_eq!(locate(DOC, "/paths/~1things~1{id}/get"), Some((4, 5)));
        assert_eq!(
            locate(DOC, "/paths/~1things~1{id}/get/parameters/1"),
            Some((8, 11))
        );
        assert_eq!(
            locate(DOC, "/paths/~1things~1{id}/get/parameters/1/in"),
            Some((9, 11))
        );
        assert_eq!(
            locate(DOC, "/paths/~1things~1{id}/get/responses/200/description"),
            Some((12, 11))
        );
        assert_eq!(locate(DOC, "/tags/1"), Some((15, 3)));
        assert_eq!(locate(DOC, "/tags/1/name"), Some((15, 3)));
        assert_eq!(locate(DOC, "/nope"), None);
    }
}

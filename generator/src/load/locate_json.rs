//! Line and column of a JSON pointer in JSON text (and in YAML written as one flow document).
//!
//! The text is scanned, not parsed into a tree: along the pointer, object members are compared
//! key by key and every other value is skipped. A member is located at its key's opening quote,
//! an array item at its first character, the document at its first non-blank character (the
//! same places [`super::locate`] gives for block YAML). `None` when the walk fails.

use crate::pointer::unescape;

/// A position in the text: byte offset, and 0-based line and column.
struct Cursor<'t> {
    bytes: &'t [u8],
    at: usize,
    line: usize,
    line_start: usize,
}

impl Cursor<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn bump(&mut self) {
        if self.peek() == Some(b'\n') {
            self.line += 1;
            self.line_start = self.at + 1;
        }
        self.at += 1;
    }

    fn blanks(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\r' | b'\n')) {
            self.bump();
        }
    }

    fn expect(&mut self, b: u8) -> Option<()> {
        self.blanks();
        (self.peek() == Some(b)).then(|| self.bump())
    }

    /// 1-based line and column of the cursor.
    fn position(&self) -> (u32, u32) {
        let col = String::from_utf8_lossy(&self.bytes[self.line_start..self.at])
            .chars()
            .count();
        (self.line as u32 + 1, col as u32 + 1)
    }

    /// A string starting at the cursor, decoded; the cursor ends after its closing quote.
    fn string(&mut self) -> Option<String> {
        self.expect(b'"')?;
        let start = self.at;
        let mut escaped = false;
        loop {
            let b = self.peek()?;
            self.bump();
            match b {
                b'\\' if !escaped => escaped = true,
                b'"' if !escaped => break,
                _ => escaped = false,
            }
        }
        let raw = std::str::from_utf8(&self.bytes[start - 1..self.at]).ok()?;
        serde_json::from_str(raw).ok()
    }

    /// Skips one value of any kind.
    fn skip_value(&mut self) -> Option<()> {
        self.blanks();
        match self.peek()? {
            b'"' => self.string().map(|_| ()),
            open @ (b'{' | b'[') => {
                let close = if open == b'{' { b'}' } else { b']' };
                self.bump();
                self.blanks();
                if self.peek() == Some(close) {
                    self.bump();
                    return Some(());
                }
                loop {
                    if open == b'{' {
                        self.string()?;
                        self.expect(b':')?;
                    }
                    self.skip_value()?;
                    self.blanks();
                    match self.peek()? {
                        b',' => self.bump(),
                        b if b == close => {
                            self.bump();
                            return Some(());
                        }
                        _ => return None,
                    }
                }
            }
            _ => {
                while !matches!(
                    self.peek(),
                    None | Some(b',' | b'}' | b']' | b' ' | b'\t' | b'\r' | b'\n')
                ) {
                    self.bump();
                }
                Some(())
            }
        }
    }

    /// Moves to the member `key` of the object at the cursor; returns the key's position and
    /// leaves the cursor at the member's value.
    fn member(&mut self, key: &str) -> Option<(u32, u32)> {
        self.expect(b'{')?;
        loop {
            self.blanks();
            let here = self.position();
            let k = self.string()?;
            self.expect(b':')?;
            if k == key {
                self.blanks();
                return Some(here);
            }
            self.skip_value()?;
            self.expect(b',')?;
        }
    }

    /// Moves to item `index` of the array at the cursor; returns its position.
    fn item(&mut self, index: usize) -> Option<(u32, u32)> {
        self.expect(b'[')?;
        for _ in 0..index {
            self.skip_value()?;
            self.expect(b',')?;
        }
        self.blanks();
        matches!(self.peek(), Some(b) if b != b']').then(|| self.position())
    }
}

pub fn locate(text: &str, pointer: &str) -> Option<(u32, u32)> {
    let mut cursor = Cursor {
        bytes: text.as_bytes(),
        at: 0,
        line: 0,
        line_start: 0,
    };
    cursor.blanks();
    let mut found = cursor.position();
    for seg in pointer.split('/').skip(1).map(unescape) {
        cursor.blanks();
        found = match cursor.peek()? {
            b'{' => cursor.member(&seg)?,
            b'[' => cursor.item(seg.parse().ok()?)?,
            _ => return None,
        };
    }
    Some(found)
}

/// Whether a text is a JSON (or flow YAML) document rather than block YAML.
pub fn is_flow(text: &str) -> bool {
    let body = text.trim_start_matches('\u{feff}').trim_start();
    body.starts_with('{') || body.starts_with('[')
}

#[cfg(test)]
mod tests {
    use super::{is_flow, locate};

    const DOC: &str = r#"{
  "openapi": "3.1.0",
  "paths": {
    "/things/{id}": {
      "get": {
        "parameters": [
          {"name": "id", "in": "path"},
          {
            "name": "q \"quoted\"",
            "in": "query"
          }
        ],
        "responses": {"200": {"description": "ok"}}
      }
    }
  },
  "tags": [{"name": "A"}, {"name": "B"}]
}"#;

    #[test]
    fn finds_members_and_items() {
        assert!(is_flow(DOC) && !is_flow("openapi: 3.1.0\n"));
        assert_eq!(locate(DOC, ""), Some((1, 1)));
        assert_eq!(locate(DOC, "/paths"), Some((3, 3)));
        assert_eq!(locate(DOC, "/paths/~1things~1{id}/get"), Some((5, 7)));
        assert_eq!(
            locate(DOC, "/paths/~1things~1{id}/get/parameters/0/in"),
            Some((7, 26))
        );
        assert_eq!(
            locate(DOC, "/paths/~1things~1{id}/get/parameters/1/in"),
            Some((10, 13))
        );
        assert_eq!(
            locate(DOC, "/paths/~1things~1{id}/get/responses/200/description"),
            Some((13, 31))
        );
        assert_eq!(locate(DOC, "/tags/1/name"), Some((17, 28)));
        assert_eq!(locate(DOC, "/tags/2"), None);
        assert_eq!(locate(DOC, "/nope"), None);
        assert_eq!(locate(DOC, "/openapi/x"), None);
    }

    #[test]
    fn truncated_or_broken_text_is_none_not_a_panic() {
        let pointer = "/paths/~1things~1{id}/get/responses/200/description";
        // The member is found once its key and colon are there.
        let needed = DOC.find("\"description\": \"ok\"").unwrap() + "\"description\":".len();
        for end in (0..DOC.len()).filter(|&i| DOC.is_char_boundary(i)) {
            let found = locate(&DOC[..end], pointer);
            assert_eq!(found.is_some(), end >= needed, "prefix {end}");
        }
        assert_eq!(locate("{\"a\": [1, 2", "/a/5"), None);
        assert_eq!(locate("{\"a\" 1}", "/a"), None);
        assert_eq!(
            locate("{\"caf\u{e9}\": {\"b\": 1}}", "/caf\u{e9}/b"),
            Some((1, 11))
        );
    }
}

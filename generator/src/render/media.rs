//! Media types: which content types are JSON, and which of an operation's media types the
//! client sends and decodes. The one home of these rules for the client renderer.

use crate::ir::MediaType;

/// The JSON media type.
pub const JSON: &str = "application/json";
/// Any media type (`*/*`), which the client treats as JSON.
pub const ANY: &str = "*/*";
/// Multipart form data (file uploads).
pub const MULTIPART: &str = "multipart/form-data";
/// URL-encoded form data.
pub const FORM: &str = "application/x-www-form-urlencoded";

/// A JSON media type: `application/json`, `*/json` or `*+json`, with any parameters, in any case.
pub fn is_json(content_type: &str) -> bool {
    let ct = content_type.to_ascii_lowercase();
    let base = ct.split(';').next().unwrap_or("").trim();
    base == JSON || base.ends_with("+json") || base.ends_with("/json")
}

/// Exactly `application/json` (any case), the type the runtime's JSON body sets by itself.
pub fn is_plain_json(content_type: &str) -> bool {
    content_type.eq_ignore_ascii_case(JSON)
}

/// A body with this (lowercase) media type is encoded or decoded as JSON: a JSON type or `*/*`.
pub fn carries_json(lowercase_content_type: &str) -> bool {
    is_json(lowercase_content_type) || lowercase_content_type == ANY
}

/// The media type a successful response is decoded from: `application/json`, else another JSON
/// type, else text, else the first listed; `None` when the response has no content.
pub fn pick_response(content: &[MediaType]) -> Option<&MediaType> {
    content
        .iter()
        .find(|m| is_plain_json(&m.content_type))
        .or_else(|| content.iter().find(|m| is_json(&m.content_type)))
        .or_else(|| content.iter().find(|m| m.content_type.starts_with("text/")))
        .or_else(|| content.first())
}

/// The media type a request body is sent as: `application/json`, another JSON type, multipart,
/// URL-encoded form, then anything else, the first listed among equals. `content` is never
/// empty (lowering drops a body without content).
pub fn pick_request(content: &[MediaType]) -> &MediaType {
    let rank = |m: &MediaType| -> u8 {
        let ct = m.content_type.to_ascii_lowercase();
        if ct == JSON {
            0
        } else if is_json(&ct) {
            1
        } else if ct == MULTIPART {
            2
        } else if ct == FORM {
            3
        } else {
            4
        }
    };
    content
        .iter()
        .min_by_key(|m| rank(m))
        .unwrap_or(&content[0])
}

/// The content type to label a file part with, from an `encoding` entry's `contentType`: OpenAPI
/// allows a comma-separated list and wildcards there (`image/png, image/jpeg`, `image/*`); a
/// part has exactly one type, so the first specific one is used, and a wildcard alone leaves the
/// runtime's default (`application/octet-stream`).
pub fn part_content_type(listed: &str) -> Option<&str> {
    listed
        .split(',')
        .map(str::trim)
        .find(|c| !c.is_empty() && !c.contains('*'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_part_gets_one_specific_content_type() {
        assert_eq!(
            part_content_type("image/png, image/jpeg"),
            Some("image/png")
        );
        assert_eq!(part_content_type("text/csv"), Some("text/csv"));
        assert_eq!(
            part_content_type("image/*, application/pdf"),
            Some("application/pdf")
        );
        assert_eq!(part_content_type("image/*"), None);
        assert_eq!(part_content_type(" , "), None);
    }

    #[test]
    fn json_media_types() {
        assert!(is_json("application/json; charset=utf-8"));
        assert!(is_json("application/merge-patch+json"));
        assert!(is_json("Text/JSON"));
        assert!(!is_json("text/csv"));
        assert!(carries_json("*/*"));
        assert!(!is_json("*/*"));
        assert!(is_plain_json("Application/JSON"));
        assert!(!is_plain_json("application/json-patch+json"));
    }

    fn media(types: &[&str]) -> Vec<MediaType> {
        types
            .iter()
            .map(|t| MediaType {
                content_type: t.to_string(),
                schema: None,
                examples: Vec::new(),
                encoding: Default::default(),
                origin: Default::default(),
                referenced_from: None,
            })
            .collect()
    }

    #[test]
    fn preferred_media_types() {
        let content = media(&[
            "text/csv",
            "application/merge-patch+json",
            "application/json",
        ]);
        assert_eq!(
            pick_response(&content).unwrap().content_type,
            "application/json"
        );
        assert_eq!(pick_request(&content).content_type, "application/json");
        let content = media(&["application/octet-stream", FORM, MULTIPART]);
        assert_eq!(pick_request(&content).content_type, MULTIPART);
        assert_eq!(
            pick_response(&content).unwrap().content_type,
            "application/octet-stream"
        );
        assert!(pick_response(&[]).is_none());
    }
}

//! The API's standard error fields, read from any error answer without knowing the operation.

use std::time::Duration;

use reqwest::header::HeaderMap;
use reqwest::StatusCode;
use serde_json::Value;

/// What an error answer says, read generically: the status, the fields of the API's standard
/// error body wherever the JSON body has them, and `Retry-After`.
///
/// Every field but `status` is optional: a body without them, or one that is not JSON, leaves
/// them empty.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct ErrorDetails {
    /// HTTP status.
    pub status: u16,
    /// `detailCode` (for instance `400.1 Bad Request Content`).
    pub detail_code: Option<String>,
    /// `trackingId`, to quote to support.
    pub tracking_id: Option<String>,
    /// The texts of `messages`, then any top-level `message`, `detailMessage`, `error` or
    /// `error_description` string.
    pub messages: Vec<ErrorMessage>,
    /// The texts of `causes`.
    pub causes: Vec<ErrorMessage>,
    /// The `Retry-After` header as a delay (sent with `429 Too Many Requests`).
    pub retry_after: Option<Duration>,
}

/// One localized message of an error body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErrorMessage {
    /// `locale` (for instance `en-US`), when given.
    pub locale: Option<String>,
    /// `text`.
    pub text: String,
}

/// Top-level string fields read as messages, in this order.
const MESSAGE_FIELDS: [&str; 4] = ["message", "detailMessage", "error", "error_description"];

impl ErrorDetails {
    /// Reads the details of an answer with `status`, `headers` and `body`.
    pub fn read(status: StatusCode, headers: &HeaderMap, body: &[u8]) -> ErrorDetails {
        let mut details = ErrorDetails {
            status: status.as_u16(),
            retry_after: crate::retry::parse_retry_after(headers),
            ..ErrorDetails::default()
        };
        let Ok(Value::Object(fields)) = serde_json::from_slice::<Value>(body) else {
            return details;
        };
        let text = |key: &str| fields.get(key).and_then(Value::as_str).map(str::to_string);
        details.detail_code = text("detailCode");
        details.tracking_id = text("trackingId");
        details.messages = messages(fields.get("messages"));
        details.causes = messages(fields.get("causes"));
        for key in MESSAGE_FIELDS {
            if let Some(text) = text(key) {
                details.messages.push(ErrorMessage { locale: None, text });
            }
        }
        details
    }

    /// The first message's text, if any.
    pub fn message(&self) -> Option<&str> {
        self.messages.first().map(|m| m.text.as_str())
    }
}

/// The messages of an array of `{locale, text}` objects or of strings.
fn messages(value: Option<&Value>) -> Vec<ErrorMessage> {
    let Some(Value::Array(items)) = value else {
        return Vec::new();
    };
    (items.iter())
        .filter_map(|item| match item {
            Value::String(text) => Some(ErrorMessage {
                locale: None,
                text: text.clone(),
            }),
            Value::Object(m) => Some(ErrorMessage {
                locale: m.get("locale").and_then(Value::as_str).map(str::to_string),
                text: m.get("text").and_then(Value::as_str)?.to_string(),
            }),
            _ => None,
        })
        .collect()
}

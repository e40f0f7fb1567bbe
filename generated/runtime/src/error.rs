//! The error type of every SDK call.

use std::any::Any;
use std::fmt;
use std::time::Duration;

use reqwest::header::HeaderMap;
use reqwest::StatusCode;

use crate::details::ErrorDetails;

/// How many bytes of a response body an error keeps.
pub const BODY_EXCERPT_LIMIT: usize = 4096;

/// Result alias used throughout the SDK.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong with a call.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The configuration is incomplete or invalid (missing base URL, unreadable config file...).
    #[error("configuration error: {0}")]
    Config(String),
    /// The request could not be built (invalid header value, unserializable body...).
    #[error("invalid request: {0}")]
    InvalidRequest(String),
    /// The request could not be sent or the response could not be read.
    #[error("transport error: {0}")]
    Transport(#[source] reqwest::Error),
    /// The request took longer than the configured timeout.
    #[error("request timed out after {0:?}")]
    Timeout(Duration),
    /// The access token could not be obtained.
    #[error("authentication failed{}: {message}", status.map(|s| format!(" (HTTP {s})")).unwrap_or_default())]
    Auth {
        /// Status of the token endpoint's answer, if it answered.
        status: Option<u16>,
        /// What went wrong, with an excerpt of the token endpoint's answer.
        message: String,
    },
    /// A response body did not match the type the spec documents.
    #[error("cannot decode the HTTP {status} response body: {message}; body starts with: {body_excerpt:?}")]
    Decode {
        /// HTTP status of the response.
        status: u16,
        /// The decoder's message.
        message: String,
        /// The first bytes of the body (at most [`BODY_EXCERPT_LIMIT`]).
        body_excerpt: String,
        /// The whole body, as received: what does not decode is not lost (read it as
        /// `serde_json::Value`, say).
        body: bytes::Bytes,
    },
    /// The API answered with a status that is not a success.
    #[error("{0}")]
    Api(Box<ApiError>),
    /// An experimental operation was called without the caller's consent; nothing was sent.
    /// Consent with [`crate::Configuration::with_experimental`].
    #[error(
        "operation `{operation}` is experimental and experimental operations are not enabled: \
         nothing was sent; opt in with `Configuration::with_experimental(true)` (the \
         `experimental` field of the runtime's `Configuration`)"
    )]
    ExperimentalNotEnabled {
        /// The operation's id in the spec.
        operation: String,
    },
}

impl Error {
    /// The API error, if the server answered with an error status.
    pub fn api_error(&self) -> Option<&ApiError> {
        match self {
            Error::Api(e) => Some(e),
            _ => None,
        }
    }

    /// The HTTP status of the answer this error comes from, if any.
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::Api(e) => Some(e.status.as_u16()),
            Error::Decode { status, .. } => Some(*status),
            Error::Auth { status, .. } => *status,
            Error::Transport(e) => e.status().map(|s| s.as_u16()),
            _ => None,
        }
    }

    /// The error model the spec documents for this status, decoded, if it is a `T`.
    ///
    /// The operation's own error type (`send()`'s error) holds the model in a variant for its
    /// status, without guessing; this is for code that only has the crate-wide error.
    pub fn typed<T: Any>(&self) -> Option<&T> {
        self.api_error().and_then(ApiError::typed)
    }

    /// The API's standard error fields (detail code, tracking id, messages, `Retry-After`), read
    /// from the answer without knowing the operation; `None` when the error is not an answer.
    pub fn details(&self) -> Option<ErrorDetails> {
        self.api_error().map(ApiError::details)
    }
}

/// Any documented error model: `Debug` and thread-safe.
pub trait ErrorModel: Any + fmt::Debug + Send + Sync {
    /// Upcast for downcasting.
    fn as_any(&self) -> &dyn Any;
}

impl<T: Any + fmt::Debug + Send + Sync> ErrorModel for T {
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// An answer with a non-success status.
///
/// The operation's error type holds the documented model of the status in its own variant; once
/// converted into [`Error`], the model is here, read with [`ApiError::typed`] (for instance
/// `err.typed::<models::ErrorResponseDto>()`). The status, the headers and an excerpt of the body
/// are always kept.
#[derive(Debug)]
pub struct ApiError {
    /// HTTP status.
    pub status: StatusCode,
    /// Response headers.
    pub headers: HeaderMap,
    /// The first bytes of the body (at most [`BODY_EXCERPT_LIMIT`]), lossily decoded as UTF-8.
    pub body_excerpt: String,
    /// The documented error model, when the body decoded into it.
    pub model: Option<Box<dyn ErrorModel>>,
}

impl ApiError {
    /// The decoded error model, if it is a `T`.
    pub fn typed<T: Any>(&self) -> Option<&T> {
        self.model
            .as_deref()
            .and_then(|m| m.as_any().downcast_ref::<T>())
    }

    /// The `Retry-After` header, as a delay, if present and valid.
    pub fn retry_after(&self) -> Option<Duration> {
        crate::retry::parse_retry_after(&self.headers)
    }

    /// The API's standard error fields, read from the status, the headers and the kept body
    /// excerpt (a body longer than [`BODY_EXCERPT_LIMIT`] gives the status and `Retry-After`
    /// only).
    pub fn details(&self) -> ErrorDetails {
        ErrorDetails::read(self.status, &self.headers, self.body_excerpt.as_bytes())
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the API answered HTTP {}", self.status)?;
        if !self.body_excerpt.is_empty() {
            write!(f, ": {}", self.body_excerpt)?;
        }
        Ok(())
    }
}

/// At most [`BODY_EXCERPT_LIMIT`] bytes of `body`, cut at a character boundary.
pub fn excerpt(body: &[u8]) -> String {
    let cut = &body[..body.len().min(BODY_EXCERPT_LIMIT)];
    let text = String::from_utf8_lossy(cut);
    let mut s = text.into_owned();
    if body.len() > BODY_EXCERPT_LIMIT {
        // A multi-byte character cut in half became U+FFFD: drop it.
        if s.ends_with('\u{FFFD}') {
            s.pop();
        }
        s.push('…');
    }
    s
}

pub(crate) fn transport(e: reqwest::Error, timeout: Duration) -> Error {
    if e.is_timeout() {
        Error::Timeout(timeout)
    } else {
        Error::Transport(e)
    }
}

//! Answers, decoded the way the spec documents them.

use std::fmt::Debug;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use bytes::Bytes;
use futures_util::stream::{BoxStream, StreamExt};
use reqwest::header::HeaderMap;
use reqwest::StatusCode;
use serde::de::DeserializeOwned;

use crate::error::{excerpt, transport, ApiError, Error, Result};

/// An answer whose body has not been read yet.
#[derive(Debug)]
pub struct Response {
    inner: reqwest::Response,
    /// Time allowed to read a whole body.
    timeout: Duration,
    /// Longest wait for the next chunk of a streamed body.
    idle_timeout: Duration,
    /// [`crate::Configuration::strict_decoding`].
    strict_decoding: bool,
    /// Where [`Response::json_with`] leaves the deviations it decoded around, for the
    /// [`ApiResponse`] built after it.
    deviations: Arc<Mutex<Vec<Deviation>>>,
}

/// A decoded answer with its status and headers.
#[derive(Debug, Clone)]
pub struct ApiResponse<T> {
    /// HTTP status.
    pub status: StatusCode,
    /// Response headers (e.g. `X-Total-Count`).
    pub headers: HeaderMap,
    /// The decoded body.
    pub data: T,
    /// Members of the body whose values did not fit their types, and required members that
    /// were absent: each is kept (raw, or its absence) in its struct's `additional_properties`
    /// (and written back from there), and listed here. Always
    /// empty with [`crate::Configuration::strict_decoding`], which fails the call instead.
    pub deviations: Vec<Deviation>,
}

/// A member of a decoded body whose value did not fit its type, or a required member that was
/// absent (see [`ApiResponse::deviations`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Deviation {
    /// JSON pointer of the member in the body (`/items/0/name`).
    pub path: String,
    /// Why the value does not fit: the error strict decoding reports.
    pub expected: String,
    /// The value as it was sent; `None`: the member was absent.
    pub found: Option<serde_json::Value>,
}

/// How a client crate decodes a JSON body: `bytes`, strictly or not, into the value and its
/// deviations (the models crate's `decode::decode`, through the client crate).
pub type Decoder<T> =
    fn(&[u8], bool) -> std::result::Result<(T, Vec<Deviation>), serde_json::Error>;

impl<T> ApiResponse<T> {
    /// The `X-Total-Count` header, when the server sent one.
    pub fn total_count(&self) -> Option<u64> {
        crate::pagination::total_count(&self.headers)
    }
}

impl Response {
    pub(crate) fn new(
        inner: reqwest::Response,
        timeout: Duration,
        idle_timeout: Duration,
        strict_decoding: bool,
    ) -> Self {
        Response {
            inner,
            timeout,
            idle_timeout,
            strict_decoding,
            deviations: Arc::default(),
        }
    }

    /// What [`Response::json_with`] will have found, once it ran.
    pub(crate) fn deviation_sink(&self) -> Arc<Mutex<Vec<Deviation>>> {
        Arc::clone(&self.deviations)
    }

    /// HTTP status.
    pub fn status(&self) -> StatusCode {
        self.inner.status()
    }

    /// Response headers.
    pub fn headers(&self) -> &HeaderMap {
        self.inner.headers()
    }

    /// The underlying `reqwest` response (reading it has no deadline: the runtime's timeouts
    /// apply to the methods of this type only).
    pub fn into_inner(self) -> reqwest::Response {
        self.inner
    }

    async fn read(self) -> Result<(StatusCode, HeaderMap, Bytes)> {
        let status = self.inner.status();
        let headers = self.inner.headers().clone();
        let timeout = self.timeout;
        let body = tokio::time::timeout(timeout, self.inner.bytes())
            .await
            .map_err(|_| Error::Timeout(timeout))?
            .map_err(|e| transport(e, timeout))?;
        Ok((status, headers, body))
    }

    /// Decodes a JSON body (an empty body decodes as `null`).
    pub async fn json<T: DeserializeOwned>(self) -> Result<T> {
        Ok(self.json_with_headers().await?.data)
    }

    /// Decodes a JSON body and keeps the status and headers.
    pub async fn json_with_headers<T: DeserializeOwned>(self) -> Result<ApiResponse<T>> {
        let (status, headers, body) = self.read().await?;
        let data = decode_json(status, &body)?;
        Ok(ApiResponse {
            status,
            headers,
            data,
            deviations: Vec::new(),
        })
    }

    /// Decodes a JSON body (an empty body decodes as `null`) with `decoder`, strictly when the
    /// configuration says so; each deviation is a `tracing` warning (feature `tracing`) and
    /// goes to [`ApiResponse::deviations`].
    pub async fn json_with<T>(self, decoder: Decoder<T>) -> Result<T> {
        let strict = self.strict_decoding;
        let sink = self.deviation_sink();
        let (status, _headers, body) = self.read().await?;
        let (data, deviations) = decoder(json_text(&body), strict).map_err(|e| Error::Decode {
            status: status.as_u16(),
            message: e.to_string(),
            body_excerpt: excerpt(&body),
            body: body.clone(),
        })?;
        #[cfg(feature = "tracing")]
        for d in &deviations {
            if d.found.is_some() {
                tracing::warn!(
                    path = %d.path,
                    expected = %d.expected,
                    "a member of the answer does not fit its type: kept raw"
                );
            } else {
                tracing::warn!(
                    path = %d.path,
                    "a required member of the answer is absent: left out when written back"
                );
            }
        }
        if let Ok(mut kept) = sink.lock() {
            kept.extend(deviations);
        }
        Ok(data)
    }

    /// Reads a text body (`text/plain`, `text/csv`...), honouring its charset.
    pub async fn text(self) -> Result<String> {
        let timeout = self.timeout;
        tokio::time::timeout(timeout, self.inner.text())
            .await
            .map_err(|_| Error::Timeout(timeout))?
            .map_err(|e| transport(e, timeout))
    }

    /// Reads a binary body.
    pub async fn bytes(self) -> Result<Bytes> {
        Ok(self.read().await?.2)
    }

    /// Reads and discards the body.
    pub async fn empty(self) -> Result<()> {
        self.read().await.map(|_| ())
    }

    /// The body as a stream of chunks, for large downloads: no whole-body deadline, but each
    /// chunk must come within [`crate::Configuration::idle_timeout`] of the previous one (else
    /// the stream yields [`Error::Timeout`] and ends).
    pub fn bytes_stream(self) -> BoxStream<'static, Result<Bytes>> {
        let idle = self.idle_timeout;
        let chunks = self.inner.bytes_stream().boxed();
        futures_util::stream::unfold(Some(chunks), move |state| async move {
            let mut chunks = state?;
            match tokio::time::timeout(idle, chunks.next()).await {
                Ok(Some(Ok(b))) => Some((Ok(b), Some(chunks))),
                Ok(Some(Err(e))) => Some((Err(transport(e, idle)), None)),
                Ok(None) => None,
                Err(_) => Some((Err(Error::Timeout(idle)), None)),
            }
        })
        .boxed()
    }

    /// Reads an error answer whole, for the operation's error type to decode by status.
    pub async fn error_answer(self) -> Result<crate::operation_error::ErrorAnswer> {
        let (status, headers, body) = self.read().await?;
        Ok(crate::operation_error::ErrorAnswer::new(
            status, headers, body,
        ))
    }

    /// Turns an error answer into [`Error::Api`], decoding the body into the documented error
    /// model `E` when it matches.
    pub async fn error<E>(self) -> Error
    where
        E: DeserializeOwned + Debug + Send + Sync + 'static,
    {
        match self.read().await {
            Ok((status, headers, body)) => {
                let model = serde_json::from_slice::<E>(&body)
                    .ok()
                    .map(|m| Box::new(m) as Box<dyn crate::error::ErrorModel>);
                api_error(status, headers, &body, model)
            }
            Err(e) => e,
        }
    }

    /// Turns an error answer into [`Error::Api`] without a typed model.
    pub async fn error_untyped(self) -> Error {
        match self.read().await {
            Ok((status, headers, body)) => api_error(status, headers, &body, None),
            Err(e) => e,
        }
    }
}

fn api_error(
    status: StatusCode,
    headers: HeaderMap,
    body: &[u8],
    model: Option<Box<dyn crate::error::ErrorModel>>,
) -> Error {
    Error::Api(Box::new(ApiError {
        status,
        headers,
        body_excerpt: excerpt(body),
        model,
    }))
}

/// Decodes a JSON body; an empty body decodes as `null` (so `Option`, `()` and
/// `serde_json::Value` accept it).
pub fn decode_json<T: DeserializeOwned>(status: StatusCode, body: &[u8]) -> Result<T> {
    serde_json::from_slice(json_text(body)).map_err(|e| Error::Decode {
        status: status.as_u16(),
        message: e.to_string(),
        body_excerpt: excerpt(body),
        body: Bytes::copy_from_slice(body),
    })
}

/// The JSON text of a body: an empty (or blank) body reads as `null`.
fn json_text(body: &[u8]) -> &[u8] {
    if body.iter().all(u8::is_ascii_whitespace) {
        b"null"
    } else {
        body
    }
}

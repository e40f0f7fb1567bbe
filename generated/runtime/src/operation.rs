//! Per-request options for every operation of the generated clients.
//!
//! [`crate::send_methods!`] makes every request builder an [`Operation`] and gives it
//! `with_timeout`, `with_header`, `with_retry`, `retry_safe` and `with_options`; each returns a
//! [`Configured`] request, sent with the same `send`, `send_with_response` and `send_raw`.

use std::time::Duration;

use futures_util::future::BoxFuture;

use crate::client::Client;
use crate::error::Result;
use crate::operation_error::OperationError;
use crate::request::Request;
use crate::response::{ApiResponse, Response};
use crate::retry::RetryPolicy;

/// Options of one request, over the client's [`crate::Configuration`].
#[derive(Debug, Clone, Default)]
pub struct RequestOptions {
    /// Timeout of each attempt and of reading a whole body.
    pub timeout: Option<Duration>,
    /// Retry policy.
    pub retry: Option<RetryPolicy>,
    /// Treat the request as safe to repeat (see [`Request::retry_safe`]).
    pub retry_safe: bool,
    /// Extra headers (name, value), sent after the operation's own.
    pub headers: Vec<(String, String)>,
}

impl RequestOptions {
    /// Applies the options to `req`; an invalid header name or value is an
    /// [`crate::Error::InvalidRequest`] naming it.
    pub fn apply(&self, mut req: Request) -> Result<Request> {
        if let Some(t) = self.timeout {
            req = req.timeout(t);
        }
        if let Some(p) = &self.retry {
            req = req.retry_policy(p.clone());
        }
        if self.retry_safe {
            req = req.retry_safe();
        }
        for (name, value) in &self.headers {
            req = req.header(name, value)?;
        }
        Ok(req)
    }
}

/// An operation of a generated client: how to build its request and decode its answers.
/// Implemented by [`crate::send_methods!`].
pub trait Operation: Send + Sized {
    /// The decoded successful answer.
    type Output: Send;
    /// The operation's error: its documented error statuses, decoded (see
    /// [`crate::operation_error!`]).
    type Error: OperationError;
    /// The client that sends it.
    fn runtime_client(&self) -> &Client;
    /// The HTTP request.
    fn build_request(&self) -> Result<Request>;
    /// Decodes a successful answer.
    fn decode_success(resp: Response) -> BoxFuture<'static, Result<Self::Output>>;
}

/// Sends `op` with `options`; an error status is decoded by the operation's error type.
pub async fn send_raw<O: Operation>(
    op: &O,
    options: &RequestOptions,
) -> std::result::Result<Response, O::Error> {
    let sent = async {
        let req = options.apply(op.build_request()?)?;
        op.runtime_client().execute(req).await
    };
    let resp = sent.await.map_err(O::Error::from_error)?;
    if resp.status().is_success() {
        return Ok(resp);
    }
    Err(match resp.error_answer().await {
        Ok(answer) => O::Error::from_answer(answer),
        Err(e) => O::Error::from_error(e),
    })
}

/// Sends `op` with `options` and decodes the answer, keeping its status and headers.
pub async fn send_with_response<O: Operation>(
    op: &O,
    options: &RequestOptions,
) -> std::result::Result<ApiResponse<O::Output>, O::Error> {
    let resp = send_raw(op, options).await?;
    let status = resp.status();
    let headers = resp.headers().clone();
    let deviations = resp.deviation_sink();
    let data = O::decode_success(resp)
        .await
        .map_err(O::Error::from_error)?;
    let deviations = match deviations.lock() {
        Ok(mut found) => std::mem::take(&mut *found),
        Err(_) => Vec::new(),
    };
    Ok(ApiResponse {
        status,
        headers,
        data,
        deviations,
    })
}

/// A request builder with [`RequestOptions`].
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct Configured<O> {
    operation: O,
    options: RequestOptions,
}

impl<O: Operation> Configured<O> {
    /// `operation` with `options`.
    pub fn new(operation: O, options: RequestOptions) -> Self {
        Configured { operation, options }
    }

    /// Timeout of each attempt and of reading a whole body.
    pub fn with_timeout(mut self, timeout: Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// Retry policy of this request.
    pub fn with_retry(mut self, policy: RetryPolicy) -> Self {
        self.options.retry = Some(policy);
        self
    }

    /// An extra header (checked when the request is sent).
    pub fn with_header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.options.headers.push((name.into(), value.into()));
        self
    }

    /// Safe to send again after a transport error (see [`Request::retry_safe`]).
    pub fn retry_safe(mut self) -> Self {
        self.options.retry_safe = true;
        self
    }

    /// The options so far.
    pub fn options(&self) -> &RequestOptions {
        &self.options
    }

    /// Sends the request and decodes the answer.
    pub async fn send(self) -> std::result::Result<O::Output, O::Error> {
        Ok(self.send_with_response().await?.data)
    }

    /// Sends the request; the decoded answer comes with its status and headers.
    pub async fn send_with_response(self) -> std::result::Result<ApiResponse<O::Output>, O::Error> {
        send_with_response(&self.operation, &self.options).await
    }

    /// Sends the request and returns the successful answer unread.
    pub async fn send_raw(self) -> std::result::Result<Response, O::Error> {
        send_raw(&self.operation, &self.options).await
    }
}

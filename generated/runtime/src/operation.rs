//! Per-request options for every operation of the generated clients.
//!
//! [`crate::send_methods!`] makes every request builder an [`Operation`] and gives it
//! `with_timeout`, `with_header`, `with_retry`, `retry_safe` and `with_options`; each returns a
//! [`Configured`] request, sent with the same `send`, `send_with_response` and `send_raw`.

use std::time::Duration;

use futures_util::future::BoxFuture;

use crate::client::Client;
use crate::error::{Error, Result};
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
    /// [`Error::InvalidRequest`] naming it.
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
    /// The client that sends it.
    fn runtime_client(&self) -> &Client;
    /// The HTTP request.
    fn build_request(&self) -> Result<Request>;
    /// Decodes a successful answer.
    fn decode_success(resp: Response) -> BoxFuture<'static, Result<Self::Output>>;
    /// Decodes an error status.
    fn decode_failure(resp: Response) -> BoxFuture<'static, Error>;
}

/// Sends `op` with `options`; an error status is decoded with the operation's error models.
pub async fn send_raw<O: Operation>(op: &O, options: &RequestOptions) -> Result<Response> {
    let req = options.apply(op.build_request()?)?;
    let resp = op.runtime_client().execute(req).await?;
    if resp.status().is_success() {
        Ok(resp)
    } else {
        Err(O::decode_failure(resp).await)
    }
}

/// Sends `op` with `options` and decodes the answer, keeping its status and headers.
pub async fn send_with_response<O: Operation>(
    op: &O,
    options: &RequestOptions,
) -> Result<ApiResponse<O::Output>> {
    let resp = send_raw(op, options).await?;
    let status = resp.status();
    let headers = resp.headers().clone();
    let data = O::decode_success(resp).await?;
    Ok(ApiResponse {
        status,
        headers,
        data,
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
    pub async fn send(self) -> Result<O::Output> {
        Ok(self.send_with_response().await?.data)
    }

    /// Sends the request; the decoded answer comes with its status and headers.
    pub async fn send_with_response(self) -> Result<ApiResponse<O::Output>> {
        send_with_response(&self.operation, &self.options).await
    }

    /// Sends the request and returns the successful answer unread.
    pub async fn send_raw(self) -> Result<Response> {
        send_raw(&self.operation, &self.options).await
    }
}

//! Shared runtime of the SailPoint Identity Security Cloud Rust SDK.
//!
//! The generated client crates (one per API version: `v2025`, `beta`, ...) describe requests;
//! this crate sends them:
//!
//! - [`Configuration`]: base URL and credentials, explicit or read like the official SDKs
//!   (`SAIL_BASE_URL`, `SAIL_CLIENT_ID`, `SAIL_CLIENT_SECRET`, else `./config.json`);
//! - [`Client`]: OAuth2 client-credentials tokens (cached, refreshed before expiry, fetched once
//!   when many tasks need one at the same moment), bounded retries ([`RetryPolicy`]) with
//!   `Retry-After` support, per-attempt timeouts, rustls TLS;
//! - [`encode`]: path-segment, query-style, header and form encoding of parameters;
//! - [`Error`]: the crate-wide error type; each operation's own error type (made with
//!   [`operation_error!`]) has one variant per documented error status holding the decoded
//!   model, and converts into [`Error`] without losing anything; [`ErrorDetails`] reads the
//!   API's standard error fields from any error answer;
//! - [`pagination`]: lazy streams over `limit`/`offset` lists and `searchAfter` searches.
//!
//! One [`Client`] can back the clients of several API versions, so a program that uses `v2025`
//! and `beta` configures and authenticates once:
//!
//! ```no_run
//! # async fn demo() -> Result<(), sailpoint_runtime::Error> {
//! use sailpoint_runtime::{Client, Configuration};
//!
//! let config = Configuration::new("https://acme.api.identitynow.com")
//!     .with_client_credentials("client-id", "client-secret");
//! let runtime = Client::new(config)?;
//! // sailpoint_v2025::Client::new(runtime.clone()); sailpoint_beta::Client::new(runtime);
//! let token = runtime.access_token().await?;
//! # let _ = token; Ok(()) }
//! ```
//!
//! With the `tracing` feature, every request runs in a `sailpoint_request` span and retries and
//! token fetches emit events. Secrets never appear in `Debug` output ([`Secret`]).

#![forbid(unsafe_code)]
#![warn(missing_docs)]
// On docs.rs (`--cfg docsrs`, see Cargo.toml), rustdoc marks each feature-gated item with the
// features it needs.
#![cfg_attr(docsrs, feature(doc_cfg))]

/// Emits a `tracing` debug event when the `tracing` feature is on; nothing otherwise.
#[doc(hidden)]
#[macro_export]
macro_rules! trace {
    ($($t:tt)*) => {
        #[cfg(feature = "tracing")]
        {
            ::tracing::debug!($($t)*);
        }
    };
}

/// Adds `send`, `send_with_response` and `send_raw`, and the per-request options
/// (`with_timeout`, `with_header`, `with_retry`, `retry_safe`, `with_options`), to a request
/// builder of a generated client crate: `send_methods!(Builder, Output, BuilderError);` (the
/// error type defaults to the crate-wide [`Error`]).
///
/// Every operation is sent the same way; what differs lives in the builder's own functions,
/// which the methods call: `fn request(&self) -> Result<Request>` (the HTTP request) and
/// `fn decode(Response) -> impl Future<Output = Result<Output>> + Send + 'static` (a successful
/// answer; an `async fn` does too); an error status is decoded by the error type (see
/// [`operation_error!`]). The builder holds the client crate's `Client` in a `client` field. The
/// builder becomes an [`operation::Operation`].
///
/// The methods return the runtime's generic futures ([`operation::Configured`]'s) rather than
/// being `async fn`s themselves: a client crate with hundreds of operations then has no
/// coroutine per operation for the compiler to check.
#[macro_export]
macro_rules! send_methods {
    ($builder:ident, $output:ty) => {
        $crate::send_methods!($builder, $output, $crate::Error);
    };
    ($builder:ident, $output:ty, $error:ty) => {
        impl $crate::operation::Operation for $builder {
            type Output = $output;
            type Error = $error;
            fn runtime_client(&self) -> &$crate::Client {
                self.client.runtime()
            }
            fn build_request(&self) -> $crate::Result<$crate::Request> {
                self.request()
            }
            fn decode_success(
                resp: $crate::Response,
            ) -> $crate::BoxFuture<'static, $crate::Result<$output>> {
                ::std::boxed::Box::pin(Self::decode(resp))
            }
        }

        impl $builder {
            /// Sends the request and decodes the answer; an error status is decoded into the
            /// variant of its documented status.
            pub fn send(
                self,
            ) -> impl ::std::future::Future<Output = ::std::result::Result<$output, $error>> {
                $crate::operation::Configured::new(self, $crate::RequestOptions::default()).send()
            }

            /// Sends the request; the decoded answer comes with its status and headers.
            pub fn send_with_response(
                self,
            ) -> impl ::std::future::Future<
                Output = ::std::result::Result<$crate::ApiResponse<$output>, $error>,
            > {
                $crate::operation::Configured::new(self, $crate::RequestOptions::default())
                    .send_with_response()
            }

            /// Sends the request and returns the successful answer unread (for instance to
            /// stream a large body with `bytes_stream`, which has an idle timeout rather than a
            /// whole-body deadline); an error status is decoded as usual.
            pub fn send_raw(
                self,
            ) -> impl ::std::future::Future<Output = ::std::result::Result<$crate::Response, $error>> {
                $crate::operation::Configured::new(self, $crate::RequestOptions::default()).send_raw()
            }

            /// This request with its own timeout (each attempt, and reading a whole body).
            pub fn with_timeout(
                self,
                timeout: ::std::time::Duration,
            ) -> $crate::operation::Configured<Self> {
                self.with_options($crate::RequestOptions::default())
                    .with_timeout(timeout)
            }

            /// This request with an extra header.
            pub fn with_header(
                self,
                name: impl Into<String>,
                value: impl Into<String>,
            ) -> $crate::operation::Configured<Self> {
                self.with_options($crate::RequestOptions::default())
                    .with_header(name, value)
            }

            /// This request with its own retry policy.
            pub fn with_retry(
                self,
                policy: $crate::RetryPolicy,
            ) -> $crate::operation::Configured<Self> {
                self.with_options($crate::RequestOptions::default())
                    .with_retry(policy)
            }

            /// This request, treated as safe to send again after a transport error (it changes
            /// nothing on the server).
            pub fn retry_safe(self) -> $crate::operation::Configured<Self> {
                self.with_options($crate::RequestOptions::default())
                    .retry_safe()
            }

            /// This request with `options`.
            pub fn with_options(
                self,
                options: $crate::RequestOptions,
            ) -> $crate::operation::Configured<Self> {
                $crate::operation::Configured::new(self, options)
            }
        }
    };
}

mod auth;
mod client;
pub mod config;
mod details;
pub mod encode;
pub mod error;
pub mod hooks;
pub mod limit;
#[cfg(feature = "mock")]
pub mod mock;
pub mod operation;
pub mod operation_error;
pub mod pagination;
pub mod request;
pub mod response;
pub mod retry;
mod secret;

pub use client::{Client, RUNTIME_PRODUCT};
pub use config::{Configuration, Credentials};
pub use details::{ErrorDetails, ErrorMessage};
pub use error::{ApiError, Error, Result};
pub use hooks::{Exchange, Hook};
pub use limit::RateLimit;
pub use operation::{Configured, RequestOptions};
pub use operation_error::{OperationError, TypedApiError};
pub use pagination::Page;
pub use request::{Body, Multipart, Request};
pub use response::{ApiResponse, Decoder, Deviation, Response};
/// serde, for the bounds of a client crate's decoder ([`Decoder`]).
pub use serde;
pub use retry::RetryPolicy;
pub use secret::Secret;

pub use bytes;
pub use futures_util::future::BoxFuture;
pub use futures_util::stream::{BoxStream, Stream, StreamExt, TryStreamExt};
pub use reqwest;
pub use reqwest::header::HeaderMap;
pub use reqwest::{Method, StatusCode};
pub use serde_json;

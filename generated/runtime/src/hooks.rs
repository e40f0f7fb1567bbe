//! Hooks around every HTTP attempt, for audit logs, metrics or custom authentication, without
//! forking the runtime.
//!
//! ```
//! use std::sync::atomic::{AtomicU64, Ordering};
//! use std::sync::Arc;
//! use sailpoint_runtime::{Configuration, Exchange, Hook};
//!
//! #[derive(Default)]
//! struct CountStatuses(AtomicU64);
//!
//! impl Hook for CountStatuses {
//!     fn before_send(&self, request: &mut sailpoint_runtime::reqwest::Request) -> sailpoint_runtime::Result<()> {
//!         request.headers_mut().insert("x-audit", "my-app".parse().unwrap());
//!         Ok(())
//!     }
//!     fn after_receive(&self, exchange: &Exchange<'_>) {
//!         if exchange.status.is_some() {
//!             self.0.fetch_add(1, Ordering::Relaxed);
//!         }
//!     }
//! }
//!
//! let config = Configuration::new("https://acme.api.identitynow.com")
//!     .with_hook(Arc::new(CountStatuses::default()));
//! # let _ = config;
//! ```

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use reqwest::{Method, StatusCode, Url};

use crate::error::Result;

/// Called around every attempt of every API request (retries included; token fetches are not
/// API requests and do not pass through hooks).
pub trait Hook: Send + Sync + 'static {
    /// Called just before an attempt is sent, with the request as it will go out (headers,
    /// `Authorization` included, may be changed). An error stops the request with that error.
    fn before_send(&self, request: &mut reqwest::Request) -> Result<()> {
        let _ = request;
        Ok(())
    }

    /// Called after an attempt got its answer's status and headers, or failed.
    fn after_receive(&self, exchange: &Exchange<'_>) {
        let _ = exchange;
    }
}

/// What an attempt did.
#[derive(Debug)]
#[non_exhaustive]
pub struct Exchange<'a> {
    /// Method.
    pub method: &'a Method,
    /// Full URL.
    pub url: &'a Url,
    /// Attempt number (0 for the first).
    pub attempt: u32,
    /// Status, when the server answered.
    pub status: Option<StatusCode>,
    /// What went wrong, when it did not.
    pub error: Option<String>,
    /// From sending to the answer's headers (or the failure).
    pub elapsed: Duration,
}

/// The hooks of a configuration, called in the order they were added.
#[derive(Clone, Default)]
pub struct Hooks(pub(crate) Vec<Arc<dyn Hook>>);

impl Hooks {
    /// Adds a hook.
    pub fn push(&mut self, hook: Arc<dyn Hook>) {
        self.0.push(hook);
    }

    /// Whether there is no hook.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub(crate) fn before_send(&self, request: &mut reqwest::Request) -> Result<()> {
        self.0.iter().try_for_each(|h| h.before_send(request))
    }

    pub(crate) fn after_receive(&self, exchange: &Exchange<'_>) {
        for h in &self.0 {
            h.after_receive(exchange);
        }
    }
}

impl fmt::Debug for Hooks {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Hooks({})", self.0.len())
    }
}

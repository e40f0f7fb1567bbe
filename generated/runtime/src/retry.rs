//! Bounded retries with jittered exponential backoff.

use std::time::{Duration, SystemTime};

use reqwest::header::{HeaderMap, RETRY_AFTER};
use reqwest::{Method, StatusCode};

/// When and how often a request is tried again.
///
/// - `429 Too Many Requests` is retried for every method, after the `Retry-After` delay when the
///   answer has one (seconds or an HTTP date), else after the backoff delay;
/// - `502`, `503`, `504`, timeouts and connection errors are retried for idempotent methods only
///   (`GET`, `HEAD`, `PUT`, `DELETE`, `OPTIONS`) and requests marked retry-safe
///   ([`crate::Request::retry_safe`], e.g. a read-only `POST` search or count); any other
///   `POST` or `PATCH` is never sent twice after a transport error;
/// - at most [`RetryPolicy::max_retries`] retries; the delay before retry `n` (from 0) is a random
///   value between half and all of `min(base_delay * 2^n, max_delay)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Retries after the first attempt (0 disables retries).
    pub max_retries: u32,
    /// Delay before the first retry, before jitter.
    pub base_delay: Duration,
    /// Largest backoff delay.
    pub max_delay: Duration,
    /// Largest `Retry-After` delay honoured; a longer one ends the retries with the 429 error.
    pub max_retry_after: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_retries: 3,
            base_delay: Duration::from_millis(500),
            max_delay: Duration::from_secs(30),
            max_retry_after: Duration::from_secs(120),
        }
    }
}

impl RetryPolicy {
    /// No retries at all.
    pub fn none() -> Self {
        RetryPolicy {
            max_retries: 0,
            ..RetryPolicy::default()
        }
    }

    /// The jittered backoff delay before retry number `attempt` (0-based).
    pub fn backoff(&self, attempt: u32) -> Duration {
        let factor = 2u32.saturating_pow(attempt.min(20));
        let full = self.base_delay.saturating_mul(factor).min(self.max_delay);
        let half = full / 2;
        let jitter_ms = u64::try_from((full - half).as_millis()).unwrap_or(u64::MAX);
        half + Duration::from_millis(if jitter_ms == 0 {
            0
        } else {
            fastrand::u64(0..=jitter_ms)
        })
    }

    /// What to do after an answer with `status`: `Some(delay)` to retry after `delay`.
    /// `repeatable`: the request may be sent again (idempotent or retry-safe).
    pub(crate) fn after_status(
        &self,
        attempt: u32,
        repeatable: bool,
        status: StatusCode,
        headers: &HeaderMap,
    ) -> Option<Duration> {
        if attempt >= self.max_retries {
            return None;
        }
        match status.as_u16() {
            429 => match parse_retry_after(headers) {
                Some(d) if d > self.max_retry_after => None,
                Some(d) => Some(d),
                None => Some(self.backoff(attempt)),
            },
            502..=504 if repeatable => Some(
                parse_retry_after(headers)
                    .filter(|d| *d <= self.max_retry_after)
                    .unwrap_or_else(|| self.backoff(attempt)),
            ),
            _ => None,
        }
    }

    /// What to do after a transport error or a timeout: `Some(delay)` to retry after `delay`.
    pub(crate) fn after_error(&self, attempt: u32, repeatable: bool) -> Option<Duration> {
        (attempt < self.max_retries && repeatable).then(|| self.backoff(attempt))
    }
}

/// Methods that may be repeated without changing the result.
pub fn is_idempotent(method: &Method) -> bool {
    [
        Method::GET,
        Method::HEAD,
        Method::PUT,
        Method::DELETE,
        Method::OPTIONS,
    ]
    .contains(method)
}

/// Parses `Retry-After` as delay-seconds or an HTTP date.
pub fn parse_retry_after(headers: &HeaderMap) -> Option<Duration> {
    let value = headers.get(RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(secs) = value.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    if let Ok(secs) = value.parse::<f64>() {
        if secs.is_finite() && secs >= 0.0 {
            return Some(Duration::from_secs_f64(secs.min(86_400.0)));
        }
    }
    let at = httpdate::parse_http_date(value).ok()?;
    Some(
        at.duration_since(SystemTime::now())
            .unwrap_or(Duration::ZERO),
    )
}

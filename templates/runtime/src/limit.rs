//! A rate limiter shared by every client that authenticates as the same API client.
//!
//! ISC limits requests per API client (documented default: 100 requests per 10 seconds). Every
//! clone of a [`crate::Client`], and every client built from a configuration with the same
//! client id and token URL (so every API version crate of a program), draws from one limiter, so
//! concurrent tasks queue before sending instead of each drawing `429`s and backing off alone.
//!
//! The limiter lets at most `requests` requests start in any window of `per` (a token bucket
//! whose tokens come back `per` after they are spent), so it stays below both a fixed-window
//! and a sliding-window server. A `429` pauses it for the `Retry-After` delay, for every task.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex, OnceLock, Weak};
use std::time::Duration;

use tokio::time::Instant;

use crate::error::{Error, Result};

/// Environment variable with the rate limit: `off`, or `<requests>/<duration>` such as
/// `100/10s`, `50/1s` or `20/500ms`.
pub const ENV_RATE_LIMIT: &str = "SAIL_RATE_LIMIT";

/// At most `requests` requests in any window of `per`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct RateLimit {
    /// Requests per window (at least 1).
    pub requests: u32,
    /// The window.
    pub per: Duration,
}

impl Default for RateLimit {
    /// ISC's documented default: 100 requests per 10 seconds per API client.
    fn default() -> Self {
        RateLimit {
            requests: 100,
            per: Duration::from_secs(10),
        }
    }
}

impl RateLimit {
    /// At most `requests` requests in any window of `per`.
    pub fn new(requests: u32, per: Duration) -> Self {
        RateLimit {
            requests: requests.max(1),
            per,
        }
    }

    /// Parses `off` (no limiter: `None`) or `<requests>/<duration>` with a duration in `ms`, `s`
    /// or `m` (`100/10s`). `source` names where the text comes from, for the error.
    pub fn parse(text: &str, source: &str) -> Result<Option<RateLimit>> {
        let text = text.trim();
        if ["off", "none", "0"].contains(&text.to_ascii_lowercase().as_str()) {
            return Ok(None);
        }
        let invalid = || {
            Error::Config(format!(
                "{source}: invalid rate limit {text:?} (expected `off` or `<requests>/<duration>`, \
                 e.g. `100/10s` or `20/500ms`)"
            ))
        };
        let (count, window) = text.split_once('/').ok_or_else(invalid)?;
        let requests: u32 = count.trim().parse().map_err(|_| invalid())?;
        let window = window.trim();
        let (digits, unit) = window.split_at(
            window
                .find(|c: char| !c.is_ascii_digit())
                .unwrap_or(window.len()),
        );
        let amount: u64 = digits.parse().map_err(|_| invalid())?;
        let per = match unit {
            "ms" => Duration::from_millis(amount),
            "s" | "" => Duration::from_secs(amount),
            "m" => Duration::from_secs(amount.saturating_mul(60)),
            _ => return Err(invalid()),
        };
        if requests == 0 || per.is_zero() {
            return Err(invalid());
        }
        Ok(Some(RateLimit::new(requests, per)))
    }
}

/// One shared limiter.
#[derive(Debug)]
pub(crate) struct Limiter {
    limit: RateLimit,
    state: Mutex<Window>,
}

#[derive(Debug, Default)]
struct Window {
    /// Start times of the last `limit.requests` requests (some may be in the future: reserved).
    starts: VecDeque<Instant>,
    /// No request starts before this instant (set by a `429`).
    paused_until: Option<Instant>,
}

impl Limiter {
    fn new(limit: RateLimit) -> Self {
        Limiter {
            limit,
            state: Mutex::new(Window::default()),
        }
    }

    /// The limiter of `identity` (client id and token URL, or base URL) with `limit`, shared by
    /// every client of the process that asks for the same pair.
    pub(crate) fn shared(identity: &str, limit: RateLimit) -> Arc<Limiter> {
        type Registry = Mutex<HashMap<(String, RateLimit), Weak<Limiter>>>;
        static REGISTRY: OnceLock<Registry> = OnceLock::new();
        let registry = REGISTRY.get_or_init(Default::default);
        let mut map = registry.lock().unwrap_or_else(|p| p.into_inner());
        let key = (identity.to_string(), limit);
        if let Some(existing) = map.get(&key).and_then(Weak::upgrade) {
            return existing;
        }
        map.retain(|_, w| w.strong_count() > 0);
        let limiter = Arc::new(Limiter::new(limit));
        map.insert(key, Arc::downgrade(&limiter));
        limiter
    }

    /// Waits until a request may start.
    pub(crate) async fn acquire(&self) {
        let at = self.reserve(Instant::now());
        if at > Instant::now() {
            tokio::time::sleep_until(at).await;
        }
    }

    /// Reserves the earliest start time at or after `now` that keeps every window within the
    /// limit.
    fn reserve(&self, now: Instant) -> Instant {
        let mut w = self.state.lock().unwrap_or_else(|p| p.into_inner());
        let mut at = w.paused_until.map_or(now, |p| p.max(now));
        while w.starts.front().is_some_and(|&t| t + self.limit.per <= at) {
            w.starts.pop_front();
        }
        if w.starts.len() >= self.limit.requests as usize {
            if let Some(oldest) = w.starts.pop_front() {
                at = at.max(oldest + self.limit.per);
            }
        }
        w.starts.push_back(at);
        at
    }

    /// Holds every request back for `delay` (the server said `429`).
    pub(crate) fn pause(&self, delay: Duration) {
        let until = Instant::now() + delay;
        let mut w = self.state.lock().unwrap_or_else(|p| p.into_inner());
        if w.paused_until.is_none_or(|p| p < until) {
            w.paused_until = Some(until);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_limits_and_names_the_source_of_a_bad_one() {
        let l = RateLimit::parse("100/10s", "X").unwrap().unwrap();
        assert_eq!((l.requests, l.per), (100, Duration::from_secs(10)));
        let l = RateLimit::parse("20/500ms", "X").unwrap().unwrap();
        assert_eq!(l.per, Duration::from_millis(500));
        assert_eq!(RateLimit::parse("off", "X").unwrap(), None);
        let err = RateLimit::parse("100 per 10s", "SAIL_RATE_LIMIT").unwrap_err();
        assert!(err.to_string().contains("SAIL_RATE_LIMIT"), "{err}");
        assert!(RateLimit::parse("5/0s", "X").is_err());
    }

    #[test]
    fn no_window_holds_more_than_the_limit() {
        let limiter = Limiter::new(RateLimit::new(3, Duration::from_secs(1)));
        let t0 = Instant::now();
        let starts: Vec<Instant> = (0..7).map(|_| limiter.reserve(t0)).collect();
        assert_eq!(&starts[..3], &[t0, t0, t0]);
        assert_eq!(&starts[3..6], &[t0 + Duration::from_secs(1); 3]);
        assert_eq!(starts[6], t0 + Duration::from_secs(2));
    }

    #[test]
    fn a_pause_holds_back_every_request() {
        let limiter = Limiter::new(RateLimit::new(100, Duration::from_secs(1)));
        let t0 = Instant::now();
        limiter.pause(Duration::from_secs(5));
        assert!(limiter.reserve(t0) >= t0 + Duration::from_secs(5));
    }

    #[test]
    fn clients_with_the_same_identity_share_one_limiter() {
        let limit = RateLimit::new(7, Duration::from_secs(1));
        let a = Limiter::shared("id@https://t/oauth/token", limit);
        let b = Limiter::shared("id@https://t/oauth/token", limit);
        let c = Limiter::shared("other@https://t/oauth/token", limit);
        assert!(Arc::ptr_eq(&a, &b));
        assert!(!Arc::ptr_eq(&a, &c));
    }
}

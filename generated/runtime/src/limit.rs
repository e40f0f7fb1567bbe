//! A rate limiter shared by every client that authenticates as the same API client.
//!
//! ISC limits requests per API client (documented default: 100 requests per 10 seconds). Every
//! clone of a [`crate::Client`], and every client built from a configuration with the same
//! client id and token URL (so every API version crate of a program), draws from one limiter, so
//! concurrent tasks queue before sending instead of each drawing `429`s and backing off alone.
//!
//! The limiter is a token bucket of `requests` tokens; a request holds one from its start until
//! its answer's headers arrive, and the token comes back `per` (plus 1% slack) after that. So any window of
//! `per` holds at most `requests` requests as the server counts them, whether it counts in
//! fixed or sliding windows. A `429` pauses it for the `Retry-After` delay, for every task.

use std::collections::HashMap;
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

/// One shared limiter: `limit.requests` slots. A request takes the slot that frees first and
/// holds it until its answer's headers arrive (or it fails); the slot frees `limit.per` later.
/// So any window of `per` holds at most `requests` requests even as the server counts them
/// (it receives each between its start and its answer).
#[derive(Debug)]
pub(crate) struct Limiter {
    limit: RateLimit,
    state: Mutex<Window>,
    released: tokio::sync::Notify,
}

#[derive(Debug)]
struct Window {
    /// When each slot is free again; `None` while a request holds it.
    free_at: Vec<Option<Instant>>,
    /// No request starts before this instant (set by a `429`).
    paused_until: Option<Instant>,
}

/// A slot held by one attempt; dropping it frees the slot `per` later.
#[derive(Debug)]
#[must_use = "the slot frees when the permit drops: hold it until the answer arrives"]
pub(crate) struct Permit<'a> {
    limiter: &'a Limiter,
    slot: usize,
}

impl Drop for Permit<'_> {
    fn drop(&mut self) {
        self.limiter.release(self.slot, Instant::now());
    }
}

impl Limiter {
    fn new(limit: RateLimit) -> Self {
        let now = Instant::now();
        Limiter {
            limit,
            state: Mutex::new(Window {
                free_at: vec![Some(now); limit.requests.max(1) as usize],
                paused_until: None,
            }),
            released: tokio::sync::Notify::new(),
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

    /// Waits until a request may start; hold the permit until its answer's headers arrive.
    pub(crate) async fn acquire(&self) -> Permit<'_> {
        loop {
            let mut released = std::pin::pin!(self.released.notified());
            released.as_mut().enable();
            if let Some((slot, at)) = self.take(Instant::now()) {
                let permit = Permit {
                    limiter: self,
                    slot,
                };
                // A timer may fire a little early; the server's clock must not see it.
                while Instant::now() < at {
                    tokio::time::sleep_until(at).await;
                }
                return permit;
            }
            // Every slot is held by a request in flight.
            released.await;
        }
    }

    /// Takes the slot that frees first: its index and when the request may start; `None`
    /// when every slot is held.
    fn take(&self, now: Instant) -> Option<(usize, Instant)> {
        let mut w = self.state.lock().unwrap_or_else(|p| p.into_inner());
        let (slot, free_at) = w
            .free_at
            .iter()
            .enumerate()
            .filter_map(|(i, t)| t.map(|t| (i, t)))
            .min_by_key(|&(_, t)| t)?;
        w.free_at[slot] = None;
        let at = free_at.max(now).max(w.paused_until.unwrap_or(now));
        Some((slot, at))
    }

    fn release(&self, slot: usize, done: Instant) {
        let mut w = self.state.lock().unwrap_or_else(|p| p.into_inner());
        w.free_at[slot] = Some(done + self.limit.per + self.margin());
        drop(w);
        self.released.notify_one();
    }

    /// Slack added to each window (1%, at least 5 ms): timers and the server's clock are not
    /// exact, and a request that lands a millisecond early draws a `429`.
    fn margin(&self) -> Duration {
        (self.limit.per / 100).max(Duration::from_millis(5))
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
    fn a_slot_frees_one_window_after_its_request_ends() {
        let limiter = Limiter::new(RateLimit::new(3, Duration::from_secs(1)));
        let t0 = Instant::now() + Duration::from_secs(1);
        let first: Vec<(usize, Instant)> = (0..3).map(|_| limiter.take(t0).unwrap()).collect();
        assert!(first.iter().all(|&(_, at)| at == t0));
        // Every slot is held by a request in flight.
        assert_eq!(limiter.take(t0), None);
        let done = t0 + Duration::from_millis(300);
        limiter.release(first[1].0, done);
        let (slot, at) = limiter.take(t0).unwrap();
        assert_eq!(slot, first[1].0);
        assert_eq!(at, done + Duration::from_secs(1) + limiter.margin());
    }

    #[test]
    fn a_pause_holds_back_every_request() {
        let limiter = Limiter::new(RateLimit::new(100, Duration::from_secs(1)));
        let t0 = Instant::now();
        limiter.pause(Duration::from_secs(5));
        assert!(limiter.take(t0).unwrap().1 >= t0 + Duration::from_secs(5));
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

//! The HTTP client shared by every generated client crate.

use std::net::IpAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use reqwest::header::{HeaderValue, AUTHORIZATION, COOKIE, USER_AGENT};
use reqwest::{StatusCode, Url};

use crate::auth::TokenCache;
use crate::config::{Configuration, Credentials};
use crate::error::{transport, Error, Result};
use crate::hooks::Exchange;
use crate::limit::Limiter;
use crate::request::{Body, Request};
use crate::response::Response;
use crate::retry::RetryPolicy;

/// `User-Agent` product token of this crate.
pub const RUNTIME_PRODUCT: &str = concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION"));

/// Sends requests: authentication, rate limiting, retries, timeouts, hooks and the
/// `User-Agent` header.
///
/// Cloning is cheap and clones share the connection pool, the token cache and the rate limiter,
/// so one client serves every API version crate of a program, which then authenticates once.
/// Clients built separately with the same client id and token URL share the rate limiter too.
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

struct Inner {
    http: reqwest::Client,
    config: Configuration,
    tokens: TokenCache,
    limiter: Option<Arc<Limiter>>,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("config", &self.inner.config)
            .field("tokens", &self.inner.tokens)
            .finish_non_exhaustive()
    }
}

/// Whether `url`'s host is a loopback address (`localhost`, `127.0.0.0/8`, `::1`).
fn is_loopback(url: &Url) -> bool {
    let Some(host) = url.host_str() else {
        return false;
    };
    host.eq_ignore_ascii_case("localhost")
        || host
            .trim_start_matches('[')
            .trim_end_matches(']')
            .parse::<IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// Checks that `text` (the setting `name`) is an `https` URL, or `http` to a loopback host.
fn check_url(name: &str, text: &str) -> Result<()> {
    let url = Url::parse(text)
        .map_err(|e| Error::Config(format!("{name} {text:?} is not a valid URL: {e}")))?;
    match url.scheme() {
        "https" => Ok(()),
        "http" if is_loopback(&url) => Ok(()),
        scheme => Err(Error::Config(format!(
            "{name} {text:?} uses {scheme}: credentials and data would travel unencrypted; \
             use https (http is accepted for loopback hosts only)"
        ))),
    }
}

impl Client {
    /// A client for `config`, with its own connection pool (rustls, HTTP/2 when offered).
    ///
    /// The base URL (and the token URL) must be `https`, or `http` to a loopback host.
    pub fn new(config: Configuration) -> Result<Self> {
        if config.base_url.trim().is_empty() {
            return Err(Error::Config("the base URL is empty".into()));
        }
        check_url("the base URL", config.base())?;
        if let Some(t) = &config.token_url {
            check_url("the token URL", t)?;
        }
        let http = reqwest::Client::builder()
            .connect_timeout(config.connect_timeout)
            .user_agent(RUNTIME_PRODUCT)
            .build()
            .map_err(|e| Error::Config(format!("cannot build the HTTP client: {e}")))?;
        Ok(Self::with_http_client(config, http))
    }

    /// A client that sends through an existing `reqwest::Client` (proxies, custom roots...).
    pub fn with_http_client(config: Configuration, http: reqwest::Client) -> Self {
        let limiter = config.rate_limit.map(|limit| {
            let identity = match &config.credentials {
                Credentials::ClientCredentials { client_id, .. } => {
                    format!("{client_id}@{}", config.effective_token_url())
                }
                _ => config.base().to_string(),
            };
            Limiter::shared(&identity, limit)
        });
        Client {
            inner: Arc::new(Inner {
                http,
                config,
                tokens: TokenCache::new(),
                limiter,
            }),
        }
    }

    /// A client configured from the environment or `./config.json`
    /// (see [`Configuration::from_env`]).
    pub fn from_env() -> Result<Self> {
        Self::new(Configuration::from_env()?)
    }

    /// The configuration.
    pub fn configuration(&self) -> &Configuration {
        &self.inner.config
    }

    pub(crate) fn http(&self) -> &reqwest::Client {
        &self.inner.http
    }

    /// The access token requests currently carry, fetching one if needed; `None` when the
    /// configuration has no credentials.
    pub async fn access_token(&self) -> Result<Option<crate::Secret>> {
        self.inner.tokens.get(self).await
    }

    /// How many times a token was fetched from the token endpoint.
    pub fn token_fetches(&self) -> u64 {
        self.inner.tokens.fetches()
    }

    /// The full URL of a request.
    pub fn url(&self, req: &Request) -> Result<Url> {
        let text = format!("{}{}{}", self.inner.config.base(), req.base_path, req.path);
        let mut url = Url::parse(&text)
            .map_err(|e| Error::InvalidRequest(format!("invalid URL {text:?}: {e}")))?;
        if !req.query.is_empty() {
            url.query_pairs_mut().extend_pairs(req.query.iter());
        }
        Ok(url)
    }

    /// Sends a request and returns the answer whatever its status, after retrying throttled
    /// and failed attempts per the [`crate::RetryPolicy`], and fetching a new token once when
    /// the server refuses a cached one with `401`. An experimental request without the
    /// configuration's consent is refused with [`Error::ExperimentalNotEnabled`], unsent.
    pub async fn execute(&self, req: Request) -> Result<Response> {
        #[cfg(feature = "tracing")]
        {
            use tracing::Instrument;
            let span = tracing::debug_span!(
                "sailpoint_request",
                method = %req.method,
                path = %req.path,
                status = tracing::field::Empty,
            );
            let resp = self.execute_inner(req).instrument(span.clone()).await;
            if let Ok(r) = &resp {
                span.record("status", r.status().as_u16());
            }
            resp
        }
        #[cfg(not(feature = "tracing"))]
        {
            self.execute_inner(req).await
        }
    }

    async fn execute_inner(&self, req: Request) -> Result<Response> {
        let cfg = &self.inner.config;
        check_consent(cfg, &req)?;
        let url = self.url(&req)?;
        let timeout = req.timeout.unwrap_or(cfg.timeout);
        let user_agent = self.user_agent(req.product)?;
        let cookie = cookie_header(&req)?;
        let mut refreshed = false;
        loop {
            let token = if req.authenticate {
                self.access_token().await?
            } else {
                None
            };
            let build = || {
                let mut rb = self
                    .inner
                    .http
                    .request(req.method.clone(), url.clone())
                    .header(USER_AGENT, user_agent.clone());
                for (n, v) in &req.headers {
                    rb = rb.header(n.clone(), v.clone());
                }
                if let Some(c) = &cookie {
                    rb = rb.header(COOKIE, c.clone());
                }
                if let Some(t) = &token {
                    let mut v =
                        HeaderValue::from_str(&format!("Bearer {}", t.expose())).map_err(|_| {
                            Error::Config("the access token is not a valid header value".into())
                        })?;
                    v.set_sensitive(true);
                    rb = rb.header(AUTHORIZATION, v);
                }
                Ok(match &req.body {
                    Body::Empty => rb,
                    Body::Bytes { content_type, data } => rb
                        .header(reqwest::header::CONTENT_TYPE, content_type.as_str())
                        .body(data.clone()),
                    Body::Form(pairs) => rb.form(pairs),
                    Body::Multipart(m) => rb.multipart(m.to_reqwest()?),
                })
            };
            let attempt = Attempt {
                policy: req.retry.as_ref().unwrap_or(&cfg.retry),
                repeatable: req.is_repeatable(),
                timeout,
                api_request: true,
            };
            let resp = self.send_with_retries(&attempt, build).await?;
            let refreshable = matches!(cfg.credentials, Credentials::ClientCredentials { .. });
            if resp.status() == StatusCode::UNAUTHORIZED && refreshable && !refreshed {
                if let Some(t) = &token {
                    crate::trace!("401 with a cached token: fetching a new one");
                    self.inner.tokens.invalidate(t).await;
                    refreshed = true;
                    continue;
                }
            }
            return Ok(Response::new(
                resp,
                timeout,
                cfg.idle_timeout,
                cfg.strict_decoding,
            ));
        }
    }

    fn user_agent(&self, product: Option<&str>) -> Result<HeaderValue> {
        let mut ua = String::new();
        if let Some(p) = &self.inner.config.user_agent {
            ua.push_str(p);
            ua.push(' ');
        }
        if let Some(p) = product {
            ua.push_str(p);
            ua.push(' ');
        }
        ua.push_str(RUNTIME_PRODUCT);
        HeaderValue::from_str(&ua).map_err(|_| Error::Config(format!("invalid User-Agent {ua:?}")))
    }

    /// Sends what `build` makes until the answer is final or the retries are spent. Each
    /// attempt of an API request waits for the rate limiter and passes through the hooks; each
    /// must get its answer's headers within `attempt.timeout`.
    pub(crate) async fn send_with_retries(
        &self,
        attempt: &Attempt<'_>,
        build: impl Fn() -> Result<reqwest::RequestBuilder>,
    ) -> Result<reqwest::Response> {
        let no_hooks = crate::hooks::Hooks::default();
        let hooks = if attempt.api_request {
            &self.inner.config.hooks
        } else {
            &no_hooks
        };
        let limiter = self
            .inner
            .limiter
            .as_deref()
            .filter(|_| attempt.api_request);
        let mut n = 0u32;
        loop {
            let mut request = build()?.build().map_err(Error::Transport)?;
            hooks.before_send(&mut request)?;
            let (method, url) = (request.method().clone(), request.url().clone());
            // Held until the answer's headers arrive: the slot frees one window after that.
            let permit = match limiter {
                Some(l) => Some(l.acquire().await),
                None => None,
            };
            let started = Instant::now();
            let sent =
                tokio::time::timeout(attempt.timeout, self.inner.http.execute(request)).await;
            drop(permit);
            let outcome = match sent {
                Ok(Ok(resp)) => Ok(resp),
                Ok(Err(e)) => Err(transport(e, attempt.timeout)),
                Err(_) => Err(Error::Timeout(attempt.timeout)),
            };
            hooks.after_receive(&Exchange {
                method: &method,
                url: &url,
                attempt: n,
                status: outcome.as_ref().ok().map(reqwest::Response::status),
                error: outcome.as_ref().err().map(ToString::to_string),
                elapsed: started.elapsed(),
            });
            let delay = match &outcome {
                Ok(resp) => {
                    let delay = attempt.policy.after_status(
                        n,
                        attempt.repeatable,
                        resp.status(),
                        resp.headers(),
                    );
                    if let (Some(d), Some(l)) = (delay, limiter) {
                        if resp.status() == StatusCode::TOO_MANY_REQUESTS {
                            // Every task of this client id waits, not only this one.
                            l.pause(d);
                        }
                    }
                    delay
                }
                Err(Error::Transport(e)) if e.is_builder() => None,
                Err(_) => attempt.policy.after_error(n, attempt.repeatable),
            };
            match delay {
                Some(d) => {
                    crate::trace!(attempt = n, ?d, "retrying");
                    drop(outcome);
                    tokio::time::sleep(d).await;
                }
                None => return outcome,
            }
            n += 1;
        }
    }
}

/// How [`Client::send_with_retries`] sends.
pub(crate) struct Attempt<'a> {
    pub(crate) policy: &'a RetryPolicy,
    /// Whether a transport error or a `502`-`504` may be retried.
    pub(crate) repeatable: bool,
    /// Deadline of each attempt (up to the answer's headers).
    pub(crate) timeout: Duration,
    /// An API request (not a token fetch): waits for the shared rate limiter and passes
    /// through the hooks.
    pub(crate) api_request: bool,
}

/// An experimental request is sent only with the caller's consent
/// ([`Configuration::experimental`]); without it, nothing is sent (not even a token request).
fn check_consent(cfg: &Configuration, req: &Request) -> Result<()> {
    match req.experimental {
        Some(operation) if !cfg.experimental => Err(Error::ExperimentalNotEnabled {
            operation: operation.to_string(),
        }),
        _ => Ok(()),
    }
}

fn cookie_header(req: &Request) -> Result<Option<HeaderValue>> {
    if req.cookies.is_empty() {
        return Ok(None);
    }
    let text = req
        .cookies
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join("; ");
    HeaderValue::from_str(&text)
        .map(Some)
        .map_err(|e| Error::InvalidRequest(format!("invalid cookie header: {e}")))
}

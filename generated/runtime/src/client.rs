//! The HTTP client shared by every generated client crate.

use std::sync::Arc;

use reqwest::header::{HeaderValue, AUTHORIZATION, COOKIE, USER_AGENT};
use reqwest::{Method, StatusCode, Url};

use crate::auth::TokenCache;
use crate::config::{Configuration, Credentials};
use crate::error::{transport, Error, Result};
use crate::request::{Body, Request};
use crate::response::Response;

/// `User-Agent` product token of this crate.
pub const RUNTIME_PRODUCT: &str = concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION"));

/// Sends requests: authentication, retries, timeouts and the `User-Agent` header.
///
/// Cloning is cheap and clones share the connection pool and the token cache, so one client
/// serves every API version crate of a program, which then authenticates once.
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

struct Inner {
    http: reqwest::Client,
    config: Configuration,
    tokens: TokenCache,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("config", &self.inner.config)
            .field("tokens", &self.inner.tokens)
            .finish_non_exhaustive()
    }
}

impl Client {
    /// A client for `config`, with its own connection pool (rustls, HTTP/2 when offered).
    pub fn new(config: Configuration) -> Result<Self> {
        if config.base_url.trim().is_empty() {
            return Err(Error::Config("the base URL is empty".into()));
        }
        Url::parse(config.base())
            .map_err(|e| Error::Config(format!("invalid base URL {:?}: {e}", config.base_url)))?;
        let http = reqwest::Client::builder()
            .connect_timeout(config.connect_timeout)
            .user_agent(RUNTIME_PRODUCT)
            .build()
            .map_err(|e| Error::Config(format!("cannot build the HTTP client: {e}")))?;
        Ok(Self::with_http_client(config, http))
    }

    /// A client that sends through an existing `reqwest::Client` (proxies, custom roots...).
    pub fn with_http_client(config: Configuration, http: reqwest::Client) -> Self {
        Client {
            inner: Arc::new(Inner {
                http,
                config,
                tokens: TokenCache::new(),
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
    /// the server refuses a cached one with `401`.
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
        let url = self.url(&req)?;
        let cfg = &self.inner.config;
        let user_agent = self.user_agent(req.product)?;
        let cookie = cookie_header(&req)?;
        let idempotent = crate::retry::is_idempotent(&req.method);
        let mut refreshed = false;
        loop {
            let token = if req.authenticate {
                self.access_token().await?
            } else {
                None
            };
            let resp = self
                .send_with_retries(&req.method, idempotent, || {
                    let mut rb = self
                        .inner
                        .http
                        .request(req.method.clone(), url.clone())
                        .timeout(cfg.timeout)
                        .header(USER_AGENT, user_agent.clone());
                    for (n, v) in &req.headers {
                        rb = rb.header(n.clone(), v.clone());
                    }
                    if let Some(c) = &cookie {
                        rb = rb.header(COOKIE, c.clone());
                    }
                    if let Some(t) = &token {
                        let mut v = HeaderValue::from_str(&format!("Bearer {}", t.expose()))
                            .map_err(|_| {
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
                })
                .await?;
            let refreshable = matches!(cfg.credentials, Credentials::ClientCredentials { .. });
            if resp.status() == StatusCode::UNAUTHORIZED && refreshable && !refreshed {
                if let Some(t) = &token {
                    crate::trace!("401 with a cached token: fetching a new one");
                    self.inner.tokens.invalidate(t).await;
                    refreshed = true;
                    continue;
                }
            }
            return Ok(Response::new(resp, cfg.timeout));
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

    /// Sends what `build` makes until the answer is final or the retries are spent.
    pub(crate) async fn send_with_retries(
        &self,
        method: &Method,
        idempotent: bool,
        build: impl Fn() -> Result<reqwest::RequestBuilder>,
    ) -> Result<reqwest::Response> {
        let policy = &self.inner.config.retry;
        // The token endpoint is retried like an idempotent request.
        let retry_method = if idempotent {
            Method::GET
        } else {
            method.clone()
        };
        let mut attempt = 0u32;
        loop {
            match build()?.send().await {
                Ok(resp) => {
                    match policy.after_status(attempt, &retry_method, resp.status(), resp.headers())
                    {
                        Some(delay) => {
                            crate::trace!(
                                status = resp.status().as_u16(),
                                attempt,
                                ?delay,
                                "retrying"
                            );
                            drop(resp);
                            tokio::time::sleep(delay).await;
                        }
                        None => return Ok(resp),
                    }
                }
                Err(e) => match policy.after_error(attempt, &retry_method, &e) {
                    Some(delay) => {
                        crate::trace!(error = %e, attempt, ?delay, "retrying");
                        tokio::time::sleep(delay).await;
                    }
                    None => return Err(transport(e, self.inner.config.timeout)),
                },
            }
            attempt += 1;
        }
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

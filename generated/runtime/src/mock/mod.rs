//! A loopback mock server for testing code that uses the SDK without a tenant (feature `mock`).
//!
//! Expectations match a request by method and path, and optionally by query pairs and a JSON
//! body; each answers with a status and a JSON body built from any `Serialize` value (a model
//! of a generated client crate, or JSON text from the spec's examples). [`MockServer::client`]
//! is a runtime client pointed at the server, to hand to a generated client crate's
//! `Client::new`.
//!
//! ```
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), sailpoint_runtime::Error> {
//! use sailpoint_runtime::mock::{Expectation, MockServer};
//! use sailpoint_runtime::{Method, Request};
//!
//! let server = MockServer::start().await;
//! server.expect(
//!     Expectation::new(Method::GET, "/v2025/accounts")
//!         .query("limit", "1")
//!         .respond(200, &serde_json::json!([{"id": "a1", "name": "Alice"}]))
//!         .times(1),
//! );
//! let client = server.client();
//! let req = Request::new(Method::GET, "/v2025", "/accounts").query("limit", &1, "form", true)?;
//! let accounts: serde_json::Value = client.execute(req).await?.json().await?;
//! assert_eq!(accounts[0]["name"], "Alice");
//! server.verify().expect("every expectation met");
//! # Ok(()) }
//! ```

pub mod http;

use std::sync::{Arc, Mutex};

use reqwest::Method;
use serde::Serialize;
use serde_json::Value;

use crate::client::Client;
use crate::config::Configuration;
use crate::retry::RetryPolicy;
use http::{HttpServer, ReceivedRequest, Reply};

/// One expected request and its answer.
#[derive(Debug, Clone)]
pub struct Expectation {
    method: Method,
    path: String,
    query: Vec<(String, String)>,
    body: Option<Value>,
    reply: Reply,
    times: Option<usize>,
    hits: usize,
}

impl Expectation {
    /// Matches `method` on `path` (the full path, version prefix included: `/v2025/accounts`);
    /// answers `200` with an empty JSON object until [`Expectation::respond`] says otherwise.
    pub fn new(method: Method, path: impl Into<String>) -> Self {
        Expectation {
            method,
            path: path.into(),
            query: Vec::new(),
            body: None,
            reply: Reply::json(200, &Value::Object(Default::default())),
            times: None,
            hits: 0,
        }
    }

    /// Also requires query parameter `name` with `value`.
    pub fn query(mut self, name: &str, value: &str) -> Self {
        self.query.push((name.to_string(), value.to_string()));
        self
    }

    /// Also requires a JSON body equal to `body` serialized.
    pub fn json_body<T: Serialize + ?Sized>(mut self, body: &T) -> Self {
        self.body = Some(serde_json::to_value(body).unwrap_or(Value::Null));
        self
    }

    /// Answers `status` with `body` serialized as JSON.
    pub fn respond<T: Serialize + ?Sized>(mut self, status: u16, body: &T) -> Self {
        self.reply = Reply::json(status, &serde_json::to_value(body).unwrap_or(Value::Null));
        self
    }

    /// Answers with any [`Reply`] (a header, a truncated body, a reset...).
    pub fn reply(mut self, reply: Reply) -> Self {
        self.reply = reply;
        self
    }

    /// Expects exactly `n` matching requests ([`MockServer::verify`] checks it).
    pub fn times(mut self, n: usize) -> Self {
        self.times = Some(n);
        self
    }

    fn matches(&self, req: &ReceivedRequest) -> bool {
        req.method == self.method.as_str()
            && req.path == self.path
            && self
                .query
                .iter()
                .all(|(k, v)| req.query.iter().any(|(qk, qv)| qk == k && qv == v))
            && self
                .body
                .as_ref()
                .is_none_or(|b| req.json().as_ref() == Some(b))
    }

    fn describe(&self) -> String {
        let mut text = format!("{} {}", self.method, self.path);
        for (k, v) in &self.query {
            text.push_str(&format!(" {k}={v}"));
        }
        if self.body.is_some() {
            text.push_str(" with a JSON body");
        }
        text
    }
}

#[derive(Debug, Default)]
struct State {
    expectations: Vec<Expectation>,
    received: Vec<ReceivedRequest>,
    unmatched: Vec<String>,
}

/// A running mock server; stops when dropped.
#[derive(Debug)]
pub struct MockServer {
    server: HttpServer,
    state: Arc<Mutex<State>>,
}

impl MockServer {
    /// Starts a server on a free loopback port. An unmatched request is answered `404` with a
    /// body naming it, and reported by [`MockServer::verify`].
    ///
    /// # Panics
    /// When no loopback port can be bound (a test environment without networking).
    pub async fn start() -> MockServer {
        let state = Arc::new(Mutex::new(State::default()));
        let handler_state = state.clone();
        let handler: http::Handler = Arc::new(move |req: ReceivedRequest| {
            let state = handler_state.clone();
            Box::pin(async move { answer(&state, req) })
        });
        let server = HttpServer::start(handler)
            .await
            .expect("the mock server cannot listen on a loopback port");
        MockServer { server, state }
    }

    /// `http://127.0.0.1:<port>`.
    pub fn url(&self) -> String {
        self.server.url()
    }

    /// A configuration for the server: a static access token, no rate limit, no retries.
    pub fn configuration(&self) -> Configuration {
        Configuration::new(self.url())
            .with_access_token("mock-access-token")
            .with_rate_limit(None)
            .with_retry(RetryPolicy::none())
    }

    /// A runtime client for the server (see [`MockServer::configuration`]).
    ///
    /// # Panics
    /// Never for the loopback URL of the server; the `expect` only guards the invariant.
    pub fn client(&self) -> Client {
        Client::new(self.configuration()).expect("a loopback http URL is always accepted")
    }

    /// Adds an expectation; the first matching one answers, in the order they were added.
    pub fn expect(&self, expectation: Expectation) {
        self.lock().expectations.push(expectation);
    }

    /// Every request received so far.
    pub fn received(&self) -> Vec<ReceivedRequest> {
        self.lock().received.clone()
    }

    /// `Ok` when every request matched an expectation and every `times(n)` was met; else the
    /// list of problems.
    pub fn verify(&self) -> Result<(), String> {
        let state = self.lock();
        let mut problems: Vec<String> = state
            .unmatched
            .iter()
            .map(|r| format!("unexpected request {r}"))
            .collect();
        for e in &state.expectations {
            if let Some(n) = e.times {
                if e.hits != n {
                    problems.push(format!(
                        "{}: expected {n} request(s), got {}",
                        e.describe(),
                        e.hits
                    ));
                }
            }
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems.join("; "))
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }
}

fn answer(state: &Mutex<State>, req: ReceivedRequest) -> Reply {
    let mut st = state.lock().unwrap_or_else(|p| p.into_inner());
    st.received.push(req.clone());
    if let Some(e) = st.expectations.iter_mut().find(|e| e.matches(&req)) {
        e.hits += 1;
        return e.reply.clone();
    }
    let what = format!("{} {}", req.method, req.path);
    st.unmatched.push(what.clone());
    Reply::json(
        404,
        &serde_json::json!({"detailMessage": format!("no expectation matches {what}")}),
    )
}

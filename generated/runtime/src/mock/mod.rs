//! A loopback mock server for testing code that uses the SDK without a tenant (feature `mock`).
//!
//! Expectations match a request by method and path (a path template's `{name}` segments match
//! any value until [`Expectation::path_param`] sets one), and optionally by query pairs,
//! headers, a JSON body or any predicate; each answers with a status and a body built from any
//! `Serialize` value (a model of a generated client crate), JSON text (the spec's examples),
//! text or bytes. [`MockServer::client`] is a runtime client pointed at the server, to hand to
//! a generated client crate's `Client::new`.
//!
//! The generated client crates build on this with typed expectations, one per operation, in
//! their own `mock` module (their feature `mock`): the method, path template, parameter
//! encoding and response types come from the spec, so a test states only what it cares about.
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
use serde_json::Value;

use crate::client::Client;
use crate::config::Configuration;
use crate::encode;
use crate::retry::RetryPolicy;
use http::HttpServer;
pub use http::{ReceivedRequest, Reply};
/// The bound of the values matchers and answers take (re-exported for the generated crates'
/// typed expectations).
pub use serde::Serialize;

/// A caller's own test on a request ([`Expectation::matching`]).
#[derive(Clone)]
struct Predicate(Arc<dyn Fn(&ReceivedRequest) -> bool + Send + Sync>);

impl std::fmt::Debug for Predicate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Predicate")
    }
}

/// One expected request and its answer.
#[derive(Debug, Clone)]
pub struct Expectation {
    method: Method,
    path: String,
    query: Vec<(String, String)>,
    headers: Vec<(String, String)>,
    body: Option<Value>,
    predicates: Vec<Predicate>,
    /// A matcher that could not be encoded: the expectation matches nothing and
    /// [`MockServer::verify`] reports it.
    invalid: Option<String>,
    reply: Reply,
    times: Option<usize>,
    hits: usize,
}

impl Expectation {
    /// Matches `method` on `path` (the full path, version prefix included: `/v2025/accounts`).
    /// A `{name}` in `path` is a template parameter: it matches any non-empty value without
    /// `/` until [`Expectation::path_param`] sets it. Answers `200` with an empty JSON object
    /// until [`Expectation::respond`] says otherwise.
    pub fn new(method: Method, path: impl Into<String>) -> Self {
        Expectation {
            method,
            path: path.into(),
            query: Vec::new(),
            headers: Vec::new(),
            body: None,
            predicates: Vec::new(),
            invalid: None,
            reply: Reply::json(200, &Value::Object(Default::default())),
            times: None,
            hits: 0,
        }
    }

    /// Sets template parameter `{name}` of the path to `value` as the client encodes a path
    /// parameter (`simple` style; `explode` for objects).
    pub fn path_param<T: Serialize + ?Sized>(mut self, name: &str, value: &T, explode: bool) -> Self {
        match encode::path_param(value, explode) {
            Ok(encoded) => self.path = self.path.replace(&format!("{{{name}}}"), &encoded),
            Err(e) => self.invalidate(format!("path parameter {name}: {e}")),
        }
        self
    }

    /// Also requires query parameter `name` with `value`.
    pub fn query(mut self, name: &str, value: &str) -> Self {
        self.query.push((name.to_string(), value.to_string()));
        self
    }

    /// Also requires the query pairs the client sends for parameter `name` with `value` in
    /// OpenAPI `style` and `explode` (see [`encode::query_param`]).
    pub fn query_param<T: Serialize + ?Sized>(
        mut self,
        name: &str,
        value: &T,
        style: &str,
        explode: bool,
    ) -> Self {
        let mut pairs = Vec::new();
        match encode::query_param(&mut pairs, name, value, style, explode) {
            Ok(()) => self.query.extend(pairs),
            Err(e) => self.invalidate(format!("query parameter {name}: {e}")),
        }
        self
    }

    /// Also requires header `name` (case-insensitive) with `value`.
    pub fn header(mut self, name: &str, value: &str) -> Self {
        self.headers.push((name.to_ascii_lowercase(), value.to_string()));
        self
    }

    /// Also requires header parameter `name` with `value` as the client encodes it.
    pub fn header_param<T: Serialize + ?Sized>(mut self, name: &str, value: &T) -> Self {
        match encode::header_param(value) {
            Ok(encoded) => self.header(name, &encoded),
            Err(e) => {
                self.invalidate(format!("header parameter {name}: {e}"));
                self
            }
        }
    }

    /// Also requires a JSON body equal to `body` serialized.
    pub fn json_body<T: Serialize + ?Sized>(mut self, body: &T) -> Self {
        match serde_json::to_value(body) {
            Ok(v) => self.body = Some(v),
            Err(e) => self.invalidate(format!("JSON body: {e}")),
        }
        self
    }

    /// Also requires `predicate` to accept the request (the escape hatch for what the other
    /// matchers do not cover: a multipart body, a cookie...).
    pub fn matching(
        mut self,
        predicate: impl Fn(&ReceivedRequest) -> bool + Send + Sync + 'static,
    ) -> Self {
        self.predicates.push(Predicate(Arc::new(predicate)));
        self
    }

    /// Answers `status` with `body` serialized as JSON.
    pub fn respond<T: Serialize + ?Sized>(mut self, status: u16, body: &T) -> Self {
        match serde_json::to_value(body) {
            Ok(v) => self.reply = Reply::json(status, &v),
            Err(e) => self.invalidate(format!("JSON answer: {e}")),
        }
        self
    }

    /// Answers `status` with `json`, JSON text sent as it is (a spec example).
    pub fn respond_json_text(self, status: u16, json: &str) -> Self {
        self.respond_bytes(status, "application/json", json.as_bytes())
    }

    /// Answers `status` with `text` as `content_type`.
    pub fn respond_text(self, status: u16, content_type: &str, text: &str) -> Self {
        self.respond_bytes(status, content_type, text.as_bytes())
    }

    /// Answers `status` with `body` as `content_type`.
    pub fn respond_bytes(mut self, status: u16, content_type: &str, body: &[u8]) -> Self {
        self.reply = Reply::Full {
            status,
            headers: vec![("content-type".into(), content_type.into())],
            body: body.to_vec(),
        };
        self
    }

    /// Answers `status` without a body.
    pub fn respond_empty(mut self, status: u16) -> Self {
        self.reply = Reply::Full {
            status,
            headers: Vec::new(),
            body: Vec::new(),
        };
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

    fn invalidate(&mut self, problem: String) {
        self.invalid.get_or_insert(problem);
    }

    fn matches(&self, req: &ReceivedRequest) -> bool {
        self.invalid.is_none()
            && req.method == self.method.as_str()
            && path_matches(&self.path, &req.path)
            && self
                .query
                .iter()
                .all(|(k, v)| req.query.iter().any(|(qk, qv)| qk == k && qv == v))
            && (self.headers.iter())
                .all(|(k, v)| req.headers.iter().any(|(hk, hv)| hk == k && hv == v))
            && self
                .body
                .as_ref()
                .is_none_or(|b| req.json().as_ref() == Some(b))
            && self.predicates.iter().all(|p| (p.0)(req))
    }

    fn describe(&self) -> String {
        let mut text = format!("{} {}", self.method, self.path);
        for (k, v) in &self.query {
            text.push_str(&format!(" {k}={v}"));
        }
        for (k, v) in &self.headers {
            text.push_str(&format!(" [{k}: {v}]"));
        }
        if self.body.is_some() {
            text.push_str(" with a JSON body");
        }
        if !self.predicates.is_empty() {
            text.push_str(" with a predicate");
        }
        text
    }
}

/// `path` matches `template`: literal text alike, each `{name}` any non-empty run without `/`.
fn path_matches(template: &str, path: &str) -> bool {
    let Some(open) = template.find('{') else {
        return template == path;
    };
    let Some(close) = template[open..].find('}').map(|i| open + i) else {
        return template == path;
    };
    let (literal, rest) = (&template[..open], &template[close + 1..]);
    let Some(tail) = path.strip_prefix(literal) else {
        return false;
    };
    // The parameter takes 1..=n characters up to the next `/`; the rest must match after it.
    let segment_end = tail.find('/').unwrap_or(tail.len());
    (1..=segment_end)
        .filter(|&n| tail.is_char_boundary(n))
        .any(|n| path_matches(rest, &tail[n..]))
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

    /// Adds an expectation (an [`Expectation`], or a generated client crate's typed one); the
    /// first matching one answers, in the order they were added.
    pub fn expect(&self, expectation: impl Into<Expectation>) {
        self.lock().expectations.push(expectation.into());
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
            if let Some(problem) = &e.invalid {
                problems.push(format!("{}: {problem}", e.describe()));
            }
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

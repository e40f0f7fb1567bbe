//! Per-request options (through `send_methods!`, as every generated operation gets them), hooks
//! and the mock server.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use sailpoint_runtime::mock::http::Reply;
use sailpoint_runtime::mock::{Expectation, MockServer};
use sailpoint_runtime::{Error, Exchange, Hook, Method, Request, Response, Result, RetryPolicy};
use serde_json::{json, Value};

/// A client crate's `Client`, as generated.
#[derive(Debug, Clone)]
struct Client {
    runtime: sailpoint_runtime::Client,
}

impl Client {
    fn runtime(&self) -> &sailpoint_runtime::Client {
        &self.runtime
    }
}

/// A request builder, as generated.
#[derive(Debug, Clone)]
struct GetItem {
    client: Client,
    id: String,
}

impl GetItem {
    fn request(&self) -> Result<Request> {
        Ok(Request::new(
            Method::GET,
            "/v3",
            format!("/items/{}", self.id),
        ))
    }
    async fn decode(resp: Response) -> Result<Value> {
        resp.json().await
    }
}
sailpoint_runtime::send_methods!(GetItem, Value);

#[derive(Debug, Clone)]
struct CreateItem {
    client: Client,
}

impl CreateItem {
    fn request(&self) -> Result<Request> {
        Request::new(Method::POST, "/v3", "/items").json(&json!({"name": "n"}))
    }
    async fn decode(resp: Response) -> Result<Value> {
        resp.json().await
    }
}
sailpoint_runtime::send_methods!(CreateItem, Value);

fn fast(max_retries: u32) -> RetryPolicy {
    RetryPolicy {
        max_retries,
        base_delay: Duration::from_millis(5),
        max_delay: Duration::from_millis(20),
        ..RetryPolicy::default()
    }
}

fn get(server: &MockServer, id: &str) -> GetItem {
    GetItem {
        client: Client {
            runtime: server.client(),
        },
        id: id.into(),
    }
}

#[tokio::test]
async fn extra_headers_and_the_mock_server_answer() {
    let server = MockServer::start().await;
    server.expect(
        Expectation::new(Method::GET, "/v3/items/a")
            .respond(200, &json!({"id": "a"}))
            .times(1),
    );
    let item = get(&server, "a")
        .with_header("x-request-id", "r-1")
        .send()
        .await
        .unwrap();
    assert_eq!(item["id"], "a");
    assert_eq!(server.received()[0].header("x-request-id"), Some("r-1"));
    server.verify().unwrap();

    // A bad header is a typed error naming it, not a panic.
    let err = get(&server, "a")
        .with_header("x-bad", "line\r\nbreak")
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(&err, Error::InvalidRequest(m) if m.contains("x-bad")),
        "{err}"
    );
}

#[tokio::test]
async fn unmatched_requests_and_unmet_counts_fail_verification() {
    let server = MockServer::start().await;
    server.expect(Expectation::new(Method::GET, "/v3/items/a").times(2));
    let err = get(&server, "zzz").send().await.unwrap_err();
    assert_eq!(err.status(), Some(404));
    let problems = server.verify().unwrap_err();
    assert!(
        problems.contains("unexpected request GET /v3/items/zzz"),
        "{problems}"
    );
    assert!(
        problems.contains("expected 2 request(s), got 0"),
        "{problems}"
    );
}

#[tokio::test]
async fn a_per_request_timeout_overrides_the_configuration() {
    let server = MockServer::start().await;
    let slow = Reply::Slow {
        body: br#"{"id": "slow"}"#.to_vec(),
        chunks: 2,
        pause: Duration::from_millis(300),
    };
    server.expect(Expectation::new(Method::GET, "/v3/items/slow").reply(slow));
    let err = get(&server, "slow")
        .with_timeout(Duration::from_millis(100))
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(err, Error::Timeout(d) if d == Duration::from_millis(100)),
        "{err}"
    );
    let item = get(&server, "slow").send().await.unwrap();
    assert_eq!(item["id"], "slow");
}

#[tokio::test]
async fn a_per_request_retry_policy_overrides_the_configuration() {
    let server = MockServer::start().await;
    server.expect(Expectation::new(Method::GET, "/v3/items/busy").respond(503, &json!({})));
    // The mock configuration has no retries.
    get(&server, "busy").send().await.unwrap_err();
    assert_eq!(server.received().len(), 1);
    let err = get(&server, "busy")
        .with_retry(fast(2))
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(503));
    assert_eq!(server.received().len(), 1 + 3);
}

#[tokio::test]
async fn a_post_is_sent_again_after_a_transport_error_only_when_marked_retry_safe() {
    let server = MockServer::start().await;
    server.expect(Expectation::new(Method::POST, "/v3/items").reply(Reply::Drop));
    let create = CreateItem {
        client: Client {
            runtime: server.client(),
        },
    };
    let err = create.clone().with_retry(fast(2)).send().await.unwrap_err();
    assert!(matches!(err, Error::Transport(_)), "{err}");
    assert_eq!(server.received().len(), 1, "a POST was sent twice");
    create
        .with_retry(fast(2))
        .retry_safe()
        .send()
        .await
        .unwrap_err();
    assert_eq!(server.received().len(), 1 + 3);
}

#[derive(Default)]
struct Audit {
    answered: AtomicUsize,
}

impl Hook for Audit {
    fn before_send(&self, request: &mut sailpoint_runtime::reqwest::Request) -> Result<()> {
        request
            .headers_mut()
            .insert("x-audit", "tests".parse().unwrap());
        Ok(())
    }
    fn after_receive(&self, exchange: &Exchange<'_>) {
        if exchange.status.is_some() {
            self.answered.fetch_add(1, Ordering::Relaxed);
        }
    }
}

struct Refuse;

impl Hook for Refuse {
    fn before_send(&self, _: &mut sailpoint_runtime::reqwest::Request) -> Result<()> {
        Err(Error::InvalidRequest("refused by policy".into()))
    }
}

#[tokio::test]
async fn hooks_see_and_change_every_attempt() {
    let server = MockServer::start().await;
    server.expect(Expectation::new(Method::GET, "/v3/items/h").respond(200, &json!({})));
    let audit = Arc::new(Audit::default());
    let config = server.configuration().with_hook(audit.clone());
    let client = Client {
        runtime: sailpoint_runtime::Client::new(config).unwrap(),
    };
    for _ in 0..3 {
        GetItem {
            client: client.clone(),
            id: "h".into(),
        }
        .send()
        .await
        .unwrap();
    }
    assert_eq!(audit.answered.load(Ordering::Relaxed), 3);
    assert!(server
        .received()
        .iter()
        .all(|r| r.header("x-audit") == Some("tests")));

    let refusing = server.configuration().with_hook(Arc::new(Refuse));
    let client = Client {
        runtime: sailpoint_runtime::Client::new(refusing).unwrap(),
    };
    let err = GetItem {
        client,
        id: "h".into(),
    }
    .send()
    .await
    .unwrap_err();
    assert!(
        matches!(&err, Error::InvalidRequest(m) if m.contains("policy")),
        "{err}"
    );
    assert_eq!(
        server.received().len(),
        3,
        "a refused request reached the server"
    );
}

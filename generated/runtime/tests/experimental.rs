//! Experimental operations need the caller's consent (`Configuration::with_experimental`):
//! without it the call fails with a typed error and nothing reaches the server (not even a token
//! request); with it, the operation's header is sent.

use sailpoint_runtime::{
    ApiError, Client, Configuration, Error, Method, Request, Response, Result, RetryPolicy,
};
use serde_json::{json, Value};
use wiremock::matchers::{header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

/// A client crate's `Client`, as generated.
#[derive(Debug, Clone)]
struct GeneratedClient {
    runtime: Client,
}

impl GeneratedClient {
    fn runtime(&self) -> &Client {
        &self.runtime
    }
}

/// The request builder of an experimental operation, as generated.
#[derive(Debug, Clone)]
struct ListLevels {
    client: GeneratedClient,
}

impl ListLevels {
    fn request(&self) -> Result<Request> {
        Request::new(Method::GET, "/v2025", "/levels").experimental(
            "listLevels",
            "X-SailPoint-Experimental",
            "true",
        )
    }
    async fn decode(resp: Response) -> Result<Value> {
        resp.json().await
    }
}
sailpoint_runtime::send_methods!(ListLevels, Value, ListLevelsError);

/// The operation's error enum, as generated.
#[derive(Debug)]
#[non_exhaustive]
enum ListLevelsError {
    NotFound(Box<ApiError>),
    Unexpected(Box<ApiError>),
    Other(Error),
}
sailpoint_runtime::operation_error!(ListLevelsError { 404 => NotFound });

/// A tenant with a token endpoint and the experimental operation (which insists on its header).
async fn tenant() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/oauth/token"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "access_token": "token-abc", "token_type": "bearer", "expires_in": 3600
        })))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/v2025/levels"))
        .and(header("x-sailpoint-experimental", "true"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!(["a", "b"])))
        .mount(&server)
        .await;
    server
}

fn list_levels(server: &MockServer, experimental: bool) -> ListLevels {
    let config = Configuration::new(server.uri())
        .with_client_credentials("my-client", "my-secret")
        .with_retry(RetryPolicy::none())
        .with_experimental(experimental);
    ListLevels {
        client: GeneratedClient {
            runtime: Client::new(config).unwrap(),
        },
    }
}

#[test]
fn consent_is_off_by_default() {
    assert!(!Configuration::new("https://acme.api.identitynow.com").experimental);
    assert!(
        Configuration::new("https://acme.api.identitynow.com")
            .with_experimental(true)
            .experimental
    );
}

#[tokio::test]
async fn without_consent_the_operation_fails_typed_and_sends_nothing() {
    let server = tenant().await;
    let err = list_levels(&server, false).send().await.unwrap_err();
    let ListLevelsError::Other(Error::ExperimentalNotEnabled { operation }) = &err else {
        panic!("expected Other(ExperimentalNotEnabled), got {err:?}");
    };
    assert_eq!(operation, "listLevels");
    let message = err.to_string();
    assert!(message.contains("`listLevels`"), "{message}");
    assert!(
        message.contains("Configuration::with_experimental(true)"),
        "{message}"
    );
    // Every way of sending refuses it.
    let raw = list_levels(&server, false).send_raw().await.unwrap_err();
    assert!(matches!(
        raw,
        ListLevelsError::Other(Error::ExperimentalNotEnabled { .. })
    ));
    let client = list_levels(&server, false).client.runtime;
    let req = list_levels(&server, false).request().unwrap();
    assert_eq!(req.experimental_operation(), Some("listLevels"));
    assert!(matches!(
        client.execute(req).await.unwrap_err(),
        Error::ExperimentalNotEnabled { .. }
    ));
    // Not even a token was requested.
    assert_eq!(server.received_requests().await.unwrap().len(), 0);
}

#[tokio::test]
async fn with_consent_the_header_is_sent() {
    let server = tenant().await;
    let levels = list_levels(&server, true).send().await.unwrap();
    assert_eq!(levels, json!(["a", "b"]));
    let received = server.received_requests().await.unwrap();
    let call = (received.iter())
        .find(|r| r.url.path() == "/v2025/levels")
        .expect("the operation reached the server");
    assert_eq!(call.headers.get("x-sailpoint-experimental").unwrap(), "true");
}

#[tokio::test]
async fn consent_does_not_touch_other_requests() {
    let server = tenant().await;
    Mock::given(method("GET"))
        .and(path("/v2025/stable"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!(1)))
        .mount(&server)
        .await;
    let client = list_levels(&server, false).client.runtime;
    let req = Request::new(Method::GET, "/v2025", "/stable");
    assert_eq!(req.experimental_operation(), None);
    let resp = client.execute(req).await.unwrap();
    assert_eq!(resp.status().as_u16(), 200);
    let stable = &server.received_requests().await.unwrap();
    assert!(stable
        .iter()
        .all(|r| r.headers.get("x-sailpoint-experimental").is_none()));
}

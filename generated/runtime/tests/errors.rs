//! Typed errors: an operation's error enum (through `operation_error!` and `send_methods!`, as
//! every generated operation gets them) and the standard error fields of any answer.

use std::time::Duration;

use sailpoint_runtime::mock::http::Reply;
use sailpoint_runtime::mock::{Expectation, MockServer};
use sailpoint_runtime::{
    ApiError, Error, ErrorDetails, HeaderMap, Method, Request, Response, Result, RetryPolicy,
    StatusCode, TypedApiError,
};
use serde::Deserialize;
use serde_json::{json, Value};

/// A documented error model, as the models crates generate it.
#[derive(Debug, Deserialize)]
struct ErrorResponseDto {
    #[serde(rename = "detailCode")]
    detail_code: Option<String>,
}

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
sailpoint_runtime::send_methods!(GetItem, Value, GetItemError);

/// The error enum, as generated.
#[derive(Debug)]
#[non_exhaustive]
enum GetItemError {
    BadRequest(Box<TypedApiError<ErrorResponseDto>>),
    NotFound(Box<ApiError>),
    ServerError5xx(Box<TypedApiError<ErrorResponseDto>>),
    Unexpected(Box<ApiError>),
    Other(Error),
}
sailpoint_runtime::operation_error!(GetItemError {
    400 => BadRequest,
    404 => NotFound,
    500..=599 => ServerError5xx,
});

fn get(server: &MockServer, id: &str) -> GetItem {
    let config = server.configuration().with_retry(RetryPolicy::none());
    GetItem {
        client: Client {
            runtime: sailpoint_runtime::Client::new(config).unwrap(),
        },
        id: id.into(),
    }
}

fn standard_body(code: &str) -> Value {
    json!({
        "detailCode": code,
        "trackingId": "b7f4c3e1",
        "messages": [{"locale": "en-US", "localeOrigin": "DEFAULT", "text": "The request was syntactically correct but its content is semantically invalid."}],
        "causes": []
    })
}

#[tokio::test]
async fn each_documented_status_is_its_variant_with_the_decoded_model() {
    let server = MockServer::start().await;
    server.expect(
        Expectation::new(Method::GET, "/v3/items/bad")
            .respond(400, &standard_body("400.1 Bad Request Content")),
    );
    server.expect(Expectation::new(Method::GET, "/v3/items/gone").respond(404, &json!({"x": 1})));
    server.expect(
        Expectation::new(Method::GET, "/v3/items/down").respond(503, &standard_body("503")),
    );
    server.expect(
        Expectation::new(Method::GET, "/v3/items/teapot").respond(418, &json!("short and stout")),
    );
    server.expect(
        Expectation::new(Method::GET, "/v3/items/garbled").reply(Reply::json(400, &json!([1, 2]))),
    );

    let err = get(&server, "bad").send().await.unwrap_err();
    let GetItemError::BadRequest(e) = &err else {
        panic!("expected BadRequest, got {err:?}");
    };
    assert_eq!(e.detail_code.as_deref(), Some("400.1 Bad Request Content"));
    assert_eq!(e.status(), StatusCode::BAD_REQUEST);
    assert_eq!(err.status(), Some(400));
    assert!(err.to_string().contains("HTTP 400"), "{err}");
    // Into the crate-wide error: the model is still there.
    let crate_wide = Error::from(err);
    let model = crate_wide.typed::<ErrorResponseDto>().expect("kept");
    assert_eq!(
        model.detail_code.as_deref(),
        Some("400.1 Bad Request Content")
    );
    assert_eq!(
        crate_wide.details().unwrap().tracking_id.as_deref(),
        Some("b7f4c3e1")
    );

    // A status documented without a JSON body holds the bare answer.
    let err = get(&server, "gone").send().await.unwrap_err();
    assert!(
        matches!(&err, GetItemError::NotFound(a) if a.body_excerpt == r#"{"x":1}"#),
        "{err:?}"
    );

    // A range.
    let err = get(&server, "down").send().await.unwrap_err();
    assert!(
        matches!(&err, GetItemError::ServerError5xx(e) if e.detail_code.as_deref() == Some("503")),
        "{err:?}"
    );

    // An undocumented status, and a documented one whose body does not decode: `Unexpected`.
    let err = get(&server, "teapot").send().await.unwrap_err();
    assert!(
        matches!(&err, GetItemError::Unexpected(a) if a.status.as_u16() == 418),
        "{err:?}"
    );
    let err = get(&server, "garbled").send().await.unwrap_err();
    assert!(
        matches!(&err, GetItemError::Unexpected(a) if a.body_excerpt == "[1,2]"),
        "{err:?}"
    );
    assert!(Error::from(err).typed::<ErrorResponseDto>().is_none());
}

#[tokio::test]
async fn no_answer_is_other_and_question_mark_keeps_working() {
    // Nothing listens on the port any more: a transport error.
    let server = MockServer::start().await;
    let op = get(&server, "a");
    drop(server);
    let err = op.clone().send().await.unwrap_err();
    assert!(matches!(err, GetItemError::Other(_)), "{err:?}");
    assert_eq!(err.details(), None);
    assert!(std::error::Error::source(&err).is_some());

    async fn crate_wide(op: GetItem) -> Result<Value> {
        Ok(op.send().await?)
    }
    async fn boxed(
        op: GetItem,
    ) -> std::result::Result<Value, Box<dyn std::error::Error + Send + Sync>> {
        Ok(op.send().await?)
    }
    assert!(matches!(
        crate_wide(op.clone()).await,
        Err(Error::Transport(_) | Error::Timeout(_))
    ));
    assert!(boxed(op).await.is_err());
}

/// A builder whose success body decodes into a struct; its error enum is `GetItemError` too.
#[derive(Debug, Clone)]
struct GetDto(GetItem);

impl GetDto {
    fn request(&self) -> Result<Request> {
        self.0.request()
    }
    async fn decode(resp: Response) -> Result<ErrorResponseDto> {
        resp.json().await
    }
}
// `client` is the field the macro reads.
impl std::ops::Deref for GetDto {
    type Target = GetItem;
    fn deref(&self) -> &GetItem {
        &self.0
    }
}
sailpoint_runtime::send_methods!(GetDto, ErrorResponseDto, GetItemError);

/// The same builder with the crate-wide error (the macro's default).
#[derive(Debug, Clone)]
struct GetDtoUntyped(GetItem);

impl GetDtoUntyped {
    fn request(&self) -> Result<Request> {
        self.0.request()
    }
    async fn decode(resp: Response) -> Result<ErrorResponseDto> {
        resp.json().await
    }
}
impl std::ops::Deref for GetDtoUntyped {
    type Target = GetItem;
    fn deref(&self) -> &GetItem {
        &self.0
    }
}
sailpoint_runtime::send_methods!(GetDtoUntyped, ErrorResponseDto);

#[tokio::test]
async fn a_success_body_that_does_not_decode_is_other() {
    let server = MockServer::start().await;
    server.expect(Expectation::new(Method::GET, "/v3/items/a").respond(200, &json!(1)));
    server.expect(Expectation::new(Method::GET, "/v3/items/b").respond(400, &standard_body("x")));
    let err = GetDto(get(&server, "a")).send().await.unwrap_err();
    assert!(
        matches!(err, GetItemError::Other(Error::Decode { status: 200, .. })),
        "{err:?}"
    );
    assert_eq!(err.status(), Some(200));

    // With the crate-wide error, an error status is `Error::Api`, untyped.
    let err = GetDtoUntyped(get(&server, "b")).send().await.unwrap_err();
    assert_eq!(err.details().unwrap().detail_code.as_deref(), Some("x"));
    assert!(err.typed::<ErrorResponseDto>().is_none());
}

fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
    let mut h = HeaderMap::new();
    for (k, v) in pairs {
        h.insert(*k, v.parse().unwrap());
    }
    h
}

#[test]
fn details_read_the_standard_error_body() {
    let body = serde_json::to_vec(&json!({
        "detailCode": "400.1 Bad Request Content",
        "trackingId": "b7f4c3e1",
        "messages": [{"locale": "en-US", "localeOrigin": "DEFAULT", "text": "bad filter"}, "plain"],
        "causes": [{"locale": "en-US", "text": "field x"}]
    }))
    .unwrap();
    let d = ErrorDetails::read(StatusCode::BAD_REQUEST, &HeaderMap::new(), &body);
    assert_eq!(d.status, 400);
    assert_eq!(d.detail_code.as_deref(), Some("400.1 Bad Request Content"));
    assert_eq!(d.tracking_id.as_deref(), Some("b7f4c3e1"));
    let texts: Vec<_> = d.messages.iter().map(|m| m.text.as_str()).collect();
    assert_eq!(texts, ["bad filter", "plain"]);
    assert_eq!(d.messages[0].locale.as_deref(), Some("en-US"));
    assert_eq!(d.causes[0].text, "field x");
    assert_eq!(d.retry_after, None);
}

#[test]
fn details_read_the_401_and_429_shapes_and_retry_after() {
    let d = ErrorDetails::read(
        StatusCode::UNAUTHORIZED,
        &HeaderMap::new(),
        br#"{"error": "JWT validation failed: JWT is expired"}"#,
    );
    assert_eq!(d.message(), Some("JWT validation failed: JWT is expired"));
    assert_eq!(d.detail_code, None);

    let d = ErrorDetails::read(
        StatusCode::TOO_MANY_REQUESTS,
        &headers(&[("retry-after", "30")]),
        br#"{"message": " Rate Limit Exceeded "}"#,
    );
    assert_eq!(d.message(), Some(" Rate Limit Exceeded "));
    assert_eq!(d.retry_after, Some(Duration::from_secs(30)));
}

#[test]
fn details_of_a_body_that_is_not_json_keep_the_status_and_retry_after() {
    let d = ErrorDetails::read(
        StatusCode::SERVICE_UNAVAILABLE,
        &headers(&[("retry-after", "5")]),
        b"<html>busy</html>",
    );
    assert_eq!(d.status, 503);
    assert!(d.messages.is_empty() && d.detail_code.is_none());
    assert_eq!(d.retry_after, Some(Duration::from_secs(5)));
}

#[test]
fn details_of_the_crate_wide_error() {
    let api = ApiError {
        status: StatusCode::NOT_FOUND,
        headers: HeaderMap::new(),
        body_excerpt: r#"{"detailCode": "404 Not found", "trackingId": "t"}"#.into(),
        model: None,
    };
    let err = Error::Api(Box::new(api));
    let d = err.details().unwrap();
    assert_eq!((d.status, d.tracking_id.as_deref()), (404, Some("t")));
    assert_eq!(Error::Config("x".into()).details(), None);
}

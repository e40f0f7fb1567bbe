//! The runtime against a real HTTP server on loopback (wiremock).

use std::time::{Duration, Instant};

use futures_util::StreamExt;
use sailpoint_runtime::pagination::{offset_stream, search_after_stream, Page};
use sailpoint_runtime::{Client, Configuration, Error, Method, Request, RetryPolicy};
use serde::Deserialize;
use serde_json::{json, Value};
use wiremock::matchers::{body_string_contains, header, method, path, query_param};
use wiremock::{Mock, MockServer, Request as Received, ResponseTemplate};

fn fast_retries(max_retries: u32) -> RetryPolicy {
    RetryPolicy {
        max_retries,
        base_delay: Duration::from_millis(10),
        max_delay: Duration::from_millis(50),
        max_retry_after: Duration::from_secs(5),
    }
}

fn config(server: &MockServer) -> Configuration {
    Configuration::new(server.uri())
        .with_client_credentials("my-client", "super-secret-value")
        .with_retry(fast_retries(3))
        .with_timeout(Duration::from_secs(10))
}

async fn mount_token(server: &MockServer, expires_in: u64, delay: Duration) {
    Mock::given(method("POST"))
        .and(path("/oauth/token"))
        .and(body_string_contains("grant_type=client_credentials"))
        .and(body_string_contains("client_id=my-client"))
        .and(body_string_contains("client_secret=super-secret-value"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({
                    "access_token": "token-abc",
                    "token_type": "bearer",
                    "expires_in": expires_in
                }))
                .set_delay(delay),
        )
        .mount(server)
        .await;
}

fn token_requests(received: &[Received]) -> usize {
    received
        .iter()
        .filter(|r| r.url.path() == "/oauth/token")
        .count()
}

#[tokio::test]
async fn fetches_a_token_caches_it_and_refreshes_it_before_expiry() {
    let server = MockServer::start().await;
    mount_token(&server, 1, Duration::ZERO).await;
    Mock::given(method("GET"))
        .and(path("/v2025/ping"))
        .and(header("authorization", "Bearer token-abc"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"ok": true})))
        .mount(&server)
        .await;
    let client = Client::new(config(&server)).unwrap();
    for _ in 0..3 {
        let r = client
            .execute(Request::new(Method::GET, "/v2025", "/ping"))
            .await
            .unwrap();
        assert_eq!(r.status().as_u16(), 200);
    }
    assert_eq!(client.token_fetches(), 1, "the token is cached");
    // expires_in = 1s: the token is refreshed before it expires.
    tokio::time::sleep(Duration::from_millis(1000)).await;
    let r = client
        .execute(Request::new(Method::GET, "/v2025", "/ping"))
        .await
        .unwrap();
    let v: Value = r.json().await.unwrap();
    assert_eq!(v, json!({"ok": true}));
    assert_eq!(client.token_fetches(), 2);
    let received = server.received_requests().await.unwrap();
    assert_eq!(token_requests(&received), 2);
    let ua = received[1]
        .headers
        .get("user-agent")
        .unwrap()
        .to_str()
        .unwrap();
    assert!(ua.contains("sailpoint-runtime/"), "{ua}");
}

#[tokio::test]
async fn fifty_concurrent_calls_fetch_one_token() {
    let server = MockServer::start().await;
    mount_token(&server, 3600, Duration::from_millis(200)).await;
    Mock::given(method("GET"))
        .and(path("/v2025/items"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!([])))
        .mount(&server)
        .await;
    let client = Client::new(config(&server)).unwrap();
    let tasks: Vec<_> = (0..50)
        .map(|_| {
            let c = client.clone();
            tokio::spawn(async move {
                c.execute(Request::new(Method::GET, "/v2025", "/items"))
                    .await
                    .map(|r| r.status().as_u16())
            })
        })
        .collect();
    for t in tasks {
        assert_eq!(t.await.unwrap().unwrap(), 200);
    }
    let received = server.received_requests().await.unwrap();
    assert_eq!(token_requests(&received), 1);
    assert_eq!(received.len(), 51);
}

#[tokio::test]
async fn a_refused_token_is_fetched_again_once() {
    let server = MockServer::start().await;
    mount_token(&server, 3600, Duration::ZERO).await;
    Mock::given(method("GET"))
        .and(path("/v2025/ping"))
        .respond_with(ResponseTemplate::new(401))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/v2025/ping"))
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    let client = Client::new(config(&server)).unwrap();
    let r = client
        .execute(Request::new(Method::GET, "/v2025", "/ping"))
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 204);
    assert_eq!(client.token_fetches(), 2);
}

#[tokio::test]
async fn token_endpoint_refusal_is_an_auth_error_without_the_secret() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/oauth/token"))
        .respond_with(ResponseTemplate::new(401).set_body_string("{\"error\":\"invalid_client\"}"))
        .mount(&server)
        .await;
    let client = Client::new(config(&server)).unwrap();
    let err = client
        .execute(Request::new(Method::GET, "/v2025", "/ping"))
        .await
        .unwrap_err();
    assert!(
        matches!(
            err,
            Error::Auth {
                status: Some(401),
                ..
            }
        ),
        "{err:?}"
    );
    let text = format!("{err} {err:?}");
    assert!(text.contains("invalid_client"));
    assert!(!text.contains("super-secret-value"));
}

#[tokio::test]
async fn retries_a_429_after_retry_after_then_succeeds() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2025/things"))
        .respond_with(ResponseTemplate::new(429).insert_header("retry-after", "1"))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/v2025/things"))
        .respond_with(ResponseTemplate::new(201).set_body_json(json!({"id": "1"})))
        .mount(&server)
        .await;
    let client = Client::new(Configuration::new(server.uri()).with_retry(fast_retries(3))).unwrap();
    let started = Instant::now();
    let r = client
        .execute(
            Request::new(Method::POST, "/v2025", "/things")
                .json(&json!({"name": "x"}))
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 201);
    assert!(
        started.elapsed() >= Duration::from_millis(950),
        "Retry-After was honoured"
    );
    assert_eq!(server.received_requests().await.unwrap().len(), 2);
}

#[tokio::test]
async fn retries_are_bounded() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2025/flaky"))
        .respond_with(ResponseTemplate::new(503))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/v2025/flaky"))
        .respond_with(ResponseTemplate::new(503))
        .mount(&server)
        .await;
    let client = Client::new(Configuration::new(server.uri()).with_retry(fast_retries(2))).unwrap();
    let r = client
        .execute(Request::new(Method::GET, "/v2025", "/flaky"))
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 503);
    assert_eq!(
        server.received_requests().await.unwrap().len(),
        3,
        "1 try + 2 retries"
    );
    // POST is not idempotent: a 503 is not retried.
    let r = client
        .execute(Request::new(Method::POST, "/v2025", "/flaky"))
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 503);
    assert_eq!(server.received_requests().await.unwrap().len(), 4);
}

#[tokio::test]
async fn connection_errors_are_retried_then_reported() {
    // A port nobody listens on (bound, then released).
    let addr = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap();
    let client =
        Client::new(Configuration::new(format!("http://{addr}")).with_retry(fast_retries(2)))
            .unwrap();
    let err = client
        .execute(Request::new(Method::GET, "/v2025", "/x"))
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Transport(_)), "{err:?}");
}

#[tokio::test]
async fn times_out() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_delay(Duration::from_secs(3)))
        .mount(&server)
        .await;
    let client = Client::new(
        Configuration::new(server.uri())
            .with_timeout(Duration::from_millis(200))
            .with_retry(RetryPolicy::none()),
    )
    .unwrap();
    let err = client
        .execute(Request::new(Method::GET, "/v2025", "/slow"))
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Timeout(_)), "{err:?}");
}

#[derive(Debug, Deserialize, PartialEq)]
struct ErrorModel {
    #[serde(rename = "detailCode")]
    detail_code: String,
}

#[tokio::test]
async fn decodes_documented_errors_and_keeps_undocumented_ones() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v2025/bad"))
        .respond_with(
            ResponseTemplate::new(400)
                .insert_header("x-request-id", "r-1")
                .set_body_json(json!({"detailCode": "400.1 Bad Request Content"})),
        )
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/v2025/teapot"))
        .respond_with(ResponseTemplate::new(418).set_body_string("short and stout"))
        .mount(&server)
        .await;
    let client = Client::new(Configuration::new(server.uri())).unwrap();
    let err = client
        .execute(Request::new(Method::GET, "/v2025", "/bad"))
        .await
        .unwrap()
        .error::<ErrorModel>()
        .await;
    assert_eq!(err.status(), Some(400));
    let model = err.typed::<ErrorModel>().unwrap();
    assert_eq!(model.detail_code, "400.1 Bad Request Content");
    let api = err.api_error().unwrap();
    assert_eq!(api.headers.get("x-request-id").unwrap(), "r-1");

    let err = client
        .execute(Request::new(Method::GET, "/v2025", "/teapot"))
        .await
        .unwrap()
        .error_untyped()
        .await;
    let api = err.api_error().unwrap();
    assert_eq!(api.status.as_u16(), 418);
    assert_eq!(api.body_excerpt, "short and stout");
    assert!(err.typed::<ErrorModel>().is_none());

    // A success body that does not match its type is a decode error with an excerpt.
    Mock::given(method("GET"))
        .and(path("/v2025/odd"))
        .respond_with(ResponseTemplate::new(200).set_body_string("<html>oops</html>"))
        .mount(&server)
        .await;
    let err = client
        .execute(Request::new(Method::GET, "/v2025", "/odd"))
        .await
        .unwrap()
        .json::<ErrorModel>()
        .await
        .unwrap_err();
    match err {
        Error::Decode {
            status,
            body_excerpt,
            body,
            ..
        } => {
            assert_eq!(status, 200);
            assert_eq!(body_excerpt, "<html>oops</html>");
            assert_eq!(&body[..], b"<html>oops</html>");
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn path_segments_stay_segments() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200))
        .mount(&server)
        .await;
    let client = Client::new(Configuration::new(server.uri())).unwrap();
    for (value, expected) in [
        ("a/b", "/v2025/items/a%2Fb"),
        ("../x", "/v2025/items/..%2Fx"),
        ("with space", "/v2025/items/with%20space"),
        (
            "ünï/代码",
            "/v2025/items/%C3%BCn%C3%AF%2F%E4%BB%A3%E7%A0%81",
        ),
        ("q?x#y%z", "/v2025/items/q%3Fx%23y%25z"),
    ] {
        let seg = sailpoint_runtime::encode::path_segment(value).unwrap();
        client
            .execute(Request::new(Method::GET, "/v2025", format!("/items/{seg}")))
            .await
            .unwrap();
        let received = server.received_requests().await.unwrap();
        assert_eq!(received.last().unwrap().url.path(), expected, "{value}");
    }
    for bad in ["", ".", ".."] {
        assert!(matches!(
            sailpoint_runtime::encode::path_segment(bad),
            Err(Error::InvalidRequest(_))
        ));
    }
}

#[tokio::test]
async fn headers_with_cr_or_lf_are_refused() {
    for bad in ["a\r\nX-Injected: 1", "a\nb", "a\rb"] {
        let err = Request::new(Method::GET, "/v2025", "/x")
            .header("X-Custom", bad)
            .unwrap_err();
        assert!(matches!(err, Error::InvalidRequest(_)), "{err:?}");
        let err = Request::new(Method::GET, "/v2025", "/x")
            .header_param("X-Custom", bad)
            .unwrap_err();
        assert!(matches!(err, Error::InvalidRequest(_)));
    }
}

#[tokio::test]
async fn sends_headers_query_and_the_experimental_header() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/beta/things"))
        .and(header("x-sailpoint-experimental", "true"))
        .and(query_param("filters", "name eq \"a b\""))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!(["x"])))
        .expect(1)
        .mount(&server)
        .await;
    let client =
        Client::new(Configuration::new(server.uri()).with_access_token("pat-token")).unwrap();
    let req = Request::new(Method::GET, "/beta", "/things")
        .header("X-SailPoint-Experimental", "true")
        .unwrap()
        .query("filters", "name eq \"a b\"", "form", true)
        .unwrap()
        .query("ids", &["1", "2"], "form", false)
        .unwrap();
    let v: Vec<String> = client.execute(req).await.unwrap().json().await.unwrap();
    assert_eq!(v, vec!["x"]);
    let received = server.received_requests().await.unwrap();
    let r = &received[0];
    assert_eq!(r.headers.get("authorization").unwrap(), "Bearer pat-token");
    assert_eq!(
        r.url.query_pairs().find(|(k, _)| k == "ids").unwrap().1,
        "1,2"
    );
}

#[tokio::test]
async fn paginates_across_three_pages() {
    let server = MockServer::start().await;
    for (offset, items) in [
        ("0", json!([1, 2])),
        ("2", json!([3, 4])),
        ("4", json!([5])),
    ] {
        Mock::given(method("GET"))
            .and(path("/v2025/numbers"))
            .and(query_param("offset", offset))
            .and(query_param("limit", "2"))
            .respond_with(ResponseTemplate::new(200).set_body_json(items))
            .expect(1)
            .mount(&server)
            .await;
    }
    let client = Client::new(Configuration::new(server.uri())).unwrap();
    let stream = offset_stream(0, 2, move |offset, limit| {
        let client = client.clone();
        async move {
            let req = Request::new(Method::GET, "/v2025", "/numbers")
                .query("offset", &offset, "form", true)?
                .query("limit", &limit, "form", true)?;
            let r = client
                .execute(req)
                .await?
                .json_with_headers::<Vec<i64>>()
                .await?;
            let total = r.total_count();
            Ok(Page {
                items: r.data,
                total,
            })
        }
    });
    let all: Vec<i64> = stream.map(|r| r.unwrap()).collect().await;
    assert_eq!(all, vec![1, 2, 3, 4, 5]);
}

#[tokio::test]
async fn pagination_stops_at_the_total_count() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(200)
                .insert_header("x-total-count", "4")
                .set_body_json(json!([1, 2])),
        )
        .mount(&server)
        .await;
    let client = Client::new(Configuration::new(server.uri())).unwrap();
    let stream = offset_stream(0, 2, move |offset, limit| {
        let client = client.clone();
        async move {
            let req = Request::new(Method::GET, "/v2025", "/n")
                .query("offset", &offset, "form", true)?
                .query("limit", &limit, "form", true)?;
            let r = client
                .execute(req)
                .await?
                .json_with_headers::<Vec<i64>>()
                .await?;
            Ok(Page {
                total: r.total_count(),
                items: r.data,
            })
        }
    });
    let all: Vec<i64> = stream.map(|r| r.unwrap()).collect().await;
    assert_eq!(all.len(), 4);
    assert_eq!(server.received_requests().await.unwrap().len(), 2);
}

#[tokio::test]
async fn search_after_pages_follow_the_last_sort_values() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2025/search"))
        .and(body_string_contains("\"searchAfter\":[\"b\"]"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!([{"id": "c", "name": "C"}])))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/v2025/search"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!([{"id": "a", "name": "A"}, {"id": "b", "name": "B"}])),
        )
        .mount(&server)
        .await;
    let client = Client::new(Configuration::new(server.uri())).unwrap();
    let body = json!({"indices": ["identities"], "query": {"query": "*"}});
    let stream = search_after_stream(body, 2, move |body: Value, limit| {
        let client = client.clone();
        async move {
            let req = Request::new(Method::POST, "/v2025", "/search")
                .query("limit", &limit, "form", true)?
                .json(&body)?;
            client.execute(req).await?.json::<Vec<Value>>().await
        }
    });
    let ids: Vec<String> = stream
        .map(|r| r.unwrap()["id"].as_str().unwrap().to_string())
        .collect()
        .await;
    assert_eq!(ids, ["a", "b", "c"]);
    let received = server.received_requests().await.unwrap();
    let first: Value = serde_json::from_slice(&received[0].body).unwrap();
    assert_eq!(first["sort"], json!(["id"]));
}

#[tokio::test]
async fn sends_multipart_and_form_bodies() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(202))
        .mount(&server)
        .await;
    let client = Client::new(Configuration::new(server.uri())).unwrap();
    let form = sailpoint_runtime::Multipart::new()
        .fields(
            &json!({"name": "n1", "count": 3, "data": "ignored"}),
            &["data"],
        )
        .unwrap()
        .file(
            "data",
            b"a,b\n1,2\n".to_vec(),
            Some("rows.csv"),
            Some("text/csv"),
        )
        .file("blob", b"\x00\x01".to_vec(), None, None);
    client
        .execute(Request::new(Method::POST, "/v2025", "/upload").multipart(form))
        .await
        .unwrap();
    client
        .execute(
            Request::new(Method::POST, "/v2025", "/form")
                .form(&json!({"a": "x y", "b": [1, 2]}))
                .unwrap(),
        )
        .await
        .unwrap();
    let received = server.received_requests().await.unwrap();
    let body = String::from_utf8_lossy(&received[0].body);
    let ct = received[0]
        .headers
        .get("content-type")
        .unwrap()
        .to_str()
        .unwrap();
    assert!(ct.starts_with("multipart/form-data; boundary="), "{ct}");
    assert!(body.contains("name=\"name\"\r\n\r\nn1"), "{body}");
    assert!(body.contains("name=\"count\"\r\n\r\n3"));
    assert!(body.contains("filename=\"rows.csv\"\r\nContent-Type: text/csv\r\n"), "{body}");
    // An unlabelled file part is sent as application/octet-stream (RFC 7578 4.4).
    assert!(
        body.contains("name=\"blob\"; filename=\"blob\"\r\nContent-Type: application/octet-stream\r\n"),
        "{body}"
    );
    assert!(!body.contains("ignored"));
    assert_eq!(String::from_utf8_lossy(&received[1].body), "a=x+y&b=1&b=2");
}

#[tokio::test]
async fn secrets_stay_out_of_debug_output() {
    let server = MockServer::start().await;
    mount_token(&server, 3600, Duration::ZERO).await;
    let cfg = config(&server);
    let client = Client::new(cfg.clone()).unwrap();
    let token = client.access_token().await.unwrap().unwrap();
    assert_eq!(token.expose(), "token-abc");
    for text in [
        format!("{cfg:?}"),
        format!("{client:?}"),
        format!("{token:?}"),
    ] {
        assert!(!text.contains("super-secret-value"), "{text}");
        assert!(!text.contains("token-abc"), "{text}");
    }
    let pat = Configuration::new("https://x.example").with_access_token("pat-secret");
    assert!(!format!("{pat:?}").contains("pat-secret"));
}

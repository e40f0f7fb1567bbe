//! The mock server's matchers (path templates, encoded query and header parameters, predicates)
//! and answers, through the runtime client as the generated crates send requests.

use sailpoint_runtime::mock::{Expectation, MockServer};
use sailpoint_runtime::{Client, Method, Request};
use serde_json::{json, Value};

async fn get(client: &Client, path: &str) -> (u16, Vec<u8>) {
    let req = Request::new(Method::GET, "/v3", path);
    let resp = client.execute(req).await.expect("an answer");
    let status = resp.status().as_u16();
    (status, resp.bytes().await.expect("body").to_vec())
}

#[tokio::test]
async fn a_template_parameter_matches_any_segment_until_set() {
    let server = MockServer::start().await;
    server.expect(Expectation::new(Method::GET, "/v3/items/{id}/tags/{tag}").respond(200, &1));
    let client = server.client();
    assert_eq!(get(&client, "/items/a1/tags/t").await.0, 200);
    assert_eq!(get(&client, "/items/a%2Fb/tags/x").await.0, 200);
    // A parameter never spans a `/` and is never empty.
    assert_eq!(get(&client, "/items/a/b/tags/t").await.0, 404);
    assert_eq!(get(&client, "/items//tags/t").await.0, 404);
    assert!(server.verify().unwrap_err().contains("unexpected request"));
}

#[tokio::test]
async fn a_template_parameter_with_literal_text_in_its_segment() {
    let server = MockServer::start().await;
    server.expect(Expectation::new(Method::GET, "/v3/files/{name}.json").respond(200, &1));
    let client = server.client();
    assert_eq!(get(&client, "/files/a.b.json").await.0, 200);
    assert_eq!(get(&client, "/files/a.csv").await.0, 404);
}

#[tokio::test]
async fn a_set_path_parameter_matches_only_its_encoded_value() {
    let server = MockServer::start().await;
    server.expect(
        Expectation::new(Method::GET, "/v3/items/{id}")
            .path_param("id", "a b/c", false)
            .respond(200, &json!({"ok": true}))
            .times(1),
    );
    let client = server.client();
    let path = format!(
        "/items/{}",
        sailpoint_runtime::encode::path_param("a b/c", false).unwrap()
    );
    assert_eq!(get(&client, &path).await.0, 200);
    assert_eq!(get(&client, "/items/other").await.0, 404);
    let problems = server.verify().unwrap_err();
    assert!(problems.contains("GET /v3/items/other"), "{problems}");
}

#[tokio::test]
async fn query_and_header_parameters_match_as_the_client_encodes_them() {
    let server = MockServer::start().await;
    server.expect(
        Expectation::new(Method::GET, "/v3/items")
            .query_param("ids", &["a", "b"], "form", false)
            .query_param("filter", &json!({"k": "v w"}), "deepObject", true)
            .header_param("X-Tags", &["x", "y"])
            .respond(200, &json!([1])),
    );
    let client = server.client();
    let req = Request::new(Method::GET, "/v3", "/items")
        .query("ids", &["a", "b"], "form", false)
        .unwrap()
        .query("filter", &json!({"k": "v w"}), "deepObject", true)
        .unwrap()
        .header_param("X-Tags", &["x", "y"])
        .unwrap();
    let body: Value = client.execute(req).await.unwrap().json().await.unwrap();
    assert_eq!(body, json!([1]));

    // The same request without the header is not matched.
    let req = Request::new(Method::GET, "/v3", "/items")
        .query("ids", &["a", "b"], "form", false)
        .unwrap()
        .query("filter", &json!({"k": "v w"}), "deepObject", true)
        .unwrap();
    assert_eq!(client.execute(req).await.unwrap().status().as_u16(), 404);
}

#[tokio::test]
async fn answers_text_bytes_empty_and_example_json() {
    let server = MockServer::start().await;
    server.expect(Expectation::new(Method::GET, "/v3/a").respond_text(200, "text/csv", "x,y"));
    server.expect(Expectation::new(Method::GET, "/v3/b").respond_bytes(
        201,
        "application/octet-stream",
        &[0, 1],
    ));
    server.expect(Expectation::new(Method::GET, "/v3/c").respond_empty(204));
    server.expect(Expectation::new(Method::GET, "/v3/d").respond_json_text(200, r#"{"a": 1}"#));
    let client = server.client();
    assert_eq!(get(&client, "/a").await, (200, b"x,y".to_vec()));
    assert_eq!(get(&client, "/b").await, (201, vec![0, 1]));
    assert_eq!(get(&client, "/c").await, (204, Vec::new()));
    let (status, body) = get(&client, "/d").await;
    assert_eq!(status, 200);
    assert_eq!(serde_json::from_slice::<Value>(&body).unwrap(), json!({"a": 1}));
    server.verify().unwrap();
}

#[tokio::test]
async fn a_predicate_decides_and_a_matcher_that_cannot_encode_is_reported() {
    let server = MockServer::start().await;
    server.expect(
        Expectation::new(Method::GET, "/v3/p")
            .matching(|req| req.header("authorization") == Some("Bearer mock-access-token"))
            .respond(200, &1)
            .times(1),
    );
    // A map with non-string keys cannot be a query parameter: never matches, `verify` says why.
    let bad: std::collections::BTreeMap<(i32, i32), i32> = [((1, 2), 3)].into();
    server.expect(Expectation::new(Method::GET, "/v3/q").query_param("m", &bad, "form", true));
    let client = server.client();
    assert_eq!(get(&client, "/p").await.0, 200);
    assert_eq!(get(&client, "/q").await.0, 404);
    let problems = server.verify().unwrap_err();
    assert!(problems.contains("query parameter m"), "{problems}");
    assert!(!problems.contains("GET /v3/p"), "{problems}");
}

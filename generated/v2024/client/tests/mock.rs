//! Testing code that uses this crate without a tenant: a typed expectation on the runtime's
//! loopback mock server answers the generated client (`cargo test --features mock`). The
//! operation is picked from the client plan: the first GET whose answer is one JSON model.
#![cfg(all(feature = "mock", feature = "access_model_metadata"))]

use sailpoint_v2024::mock::{self, MockServer};
use sailpoint_v2024::runtime::serde_json::{self, json};
use sailpoint_v2024::Client;

#[tokio::test]
async fn a_typed_expectation_answers_the_generated_client() {
    let server = MockServer::start().await;
    let expected =
        serde_json::from_value(json!({"key":"mock-value","name":"mock-value","status":"mock-value","type":"mock-value","description":"mock-value"})).expect("the sample decodes as the model");
    server.expect(
        mock::access_model_metadata::get_access_model_metadata_attribute()
            .key("mock-key")
            .respond_ok(&expected)
            .times(1),
    );
    let client = Client::new(server.client());
    let answer = client
        .access_model_metadata()
        .get_access_model_metadata_attribute("mock-key")
        .send()
        .await
        .expect("the mock answers");
    assert_eq!(
        serde_json::to_value(&answer).unwrap(),
        serde_json::to_value(&expected).unwrap()
    );
    server.verify().expect("every expectation met");
}

#[tokio::test]
async fn a_request_no_expectation_matches_fails_and_is_reported() {
    let server = MockServer::start().await;
    server.expect(
        mock::access_model_metadata::get_access_model_metadata_attribute()
            .key("other-mock-key")
            .times(1),
    );
    let client = Client::new(server.client());
    let sent = client
        .access_model_metadata()
        .get_access_model_metadata_attribute("mock-key")
        .send()
        .await;
    assert!(sent.is_err(), "an unmatched request is answered 404");
    let problems = server.verify().expect_err("the expectation was not met");
    assert!(problems.contains("unexpected request"), "{problems}");
}

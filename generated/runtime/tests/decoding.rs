//! `Response::json_with`: the client crate's decoder gets the configuration's strictness, and
//! the deviations it reports reach `ApiResponse::deviations`.

use sailpoint_runtime::mock::{Expectation, MockServer};
use sailpoint_runtime::{Client as RuntimeClient, Deviation, Error, Method, Request, Response, Result};
use serde_json::{json, Value};

/// A client crate's `Client`, as generated.
#[derive(Debug, Clone)]
struct Client {
    runtime: RuntimeClient,
}

impl Client {
    fn runtime(&self) -> &RuntimeClient {
        &self.runtime
    }
}

/// Stands in for a client crate's `decode_body` (the models crate's decoding): a `count` that
/// is not a number fails strictly and is otherwise kept raw and reported.
fn decode_body(body: &[u8], strict: bool) -> std::result::Result<(Value, Vec<Deviation>), serde_json::Error> {
    let mut value: Value = serde_json::from_slice(body)?;
    let found = value["count"].clone();
    if found.is_number() || found.is_null() {
        return Ok((value, Vec::new()));
    }
    if strict {
        return Err(serde::de::Error::custom("invalid type: expected a number for `count`"));
    }
    value["count"] = Value::Null;
    let deviation = Deviation {
        path: "/count".into(),
        expected: "a number".into(),
        found: Some(found),
    };
    Ok((value, vec![deviation]))
}

/// A request builder, as generated.
#[derive(Debug, Clone)]
struct GetCount {
    client: Client,
}

impl GetCount {
    fn request(&self) -> Result<Request> {
        Ok(Request::new(Method::GET, "/v3", "/count"))
    }
    async fn decode(resp: Response) -> Result<Value> {
        resp.json_with(decode_body).await
    }
}
sailpoint_runtime::send_methods!(GetCount, Value);

async fn server_answering(body: Value) -> MockServer {
    let server = MockServer::start().await;
    server.expect(Expectation::new(Method::GET, "/v3/count").respond(200, &body));
    server
}

#[tokio::test]
async fn deviations_reach_the_response_and_strict_decoding_fails_instead() {
    let server = server_answering(json!({"count": "seven"})).await;
    let tolerant = GetCount {
        client: Client {
            runtime: server.client(),
        },
    };
    let answer = tolerant.clone().send_with_response().await.unwrap();
    assert_eq!(answer.data, json!({"count": null}));
    assert_eq!(answer.deviations.len(), 1);
    assert_eq!(answer.deviations[0].path, "/count");
    assert_eq!(answer.deviations[0].found, Some(json!("seven")));
    // `send` gives the value alone.
    assert_eq!(tolerant.send().await.unwrap(), json!({"count": null}));

    let strict = GetCount {
        client: Client {
            runtime: RuntimeClient::new(server.configuration().with_strict_decoding(true)).unwrap(),
        },
    };
    let err = strict.send().await.unwrap_err();
    assert!(
        matches!(&err, Error::Decode { status: 200, message, .. } if message.contains("count")),
        "{err}"
    );
    // The whole body stays with the error.
    let Error::Decode { body, .. } = &err else {
        panic!("{err}");
    };
    assert_eq!(
        serde_json::from_slice::<Value>(body).unwrap(),
        json!({"count": "seven"})
    );
}

#[tokio::test]
async fn a_body_that_fits_has_no_deviations() {
    let server = server_answering(json!({"count": 7})).await;
    let op = GetCount {
        client: Client {
            runtime: server.client(),
        },
    };
    let answer = op.send_with_response().await.unwrap();
    assert_eq!(answer.data, json!({"count": 7}));
    assert!(answer.deviations.is_empty());
}

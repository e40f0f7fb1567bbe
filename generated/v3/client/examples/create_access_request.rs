// required-features: access_requests
//! Submits an access request, like the official SDKs' `create-access-request` sample.
//!
//! Set `SAIL_BASE_URL`, `SAIL_CLIENT_ID` and `SAIL_CLIENT_SECRET` (or write `./config.json`),
//! replace the identity and access profile ids, then:
//!
//! ```text
//! cargo run -p sailpoint-v3 --example v3_create_access_request
//! ```

use sailpoint_v3::runtime::serde_json::{self, json};
use sailpoint_v3::{models, Client};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::from_env()?;

    let request: models::AccessRequest = serde_json::from_value(json!({
        "requestedFor": ["2c918084660f45d6016617daa9210584"],
        "requestType": "GRANT_ACCESS",
        "requestedItems": [{
            "type": "ACCESS_PROFILE",
            "id": "2c9180835d2e5168015d32f890ca1581",
            "comment": "Requesting access profile for John Doe",
            "clientMetadata": {
                "requestedAppId": "2c91808f7892918f0178b78da4a305a1",
                "requestedAppName": "test-app"
            }
        }],
        "clientMetadata": {
            "requestedAppId": "2c91808f7892918f0178b78da4a305a1",
            "requestedAppName": "test-app"
        },
        "requestedForWithRequestedItems": [{
            "identityId": "2c918084660f45d6016617daa9210584",
            "requestedItems": [{
                "type": "ACCESS_PROFILE",
                "id": "2c9180835d2e5168015d32f890ca1581",
                "comment": "Requesting access profile for John Doe"
            }]
        }],
    }))?;

    match client.access_requests().create_access_request(request).send().await {
        Ok(result) => println!("access request submitted: {result:?}"),
        Err(err) => {
            eprintln!("the access request failed: {err}");
            if let Some(api) = err.api_error() {
                eprintln!("HTTP {}: {}", api.status, api.body_excerpt);
            }
        }
    }
    Ok(())
}

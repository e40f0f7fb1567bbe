// required-features: access_request_identity_metrics
//! Reads access request metrics of an identity, like the official SDKs'
//! `get-access-request-identity-metrics` sample.
//!
//! Set `SAIL_BASE_URL`, `SAIL_CLIENT_ID` and `SAIL_CLIENT_SECRET` (or write `./config.json`),
//! replace the example arguments, then:
//!
//! ```text
//! cargo run -p sailpoint-v2025 --example v2025_get_access_request_identity_metrics
//! ```

use sailpoint_v2025::{models, Client};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::from_env()?;

    let metrics = client
        .access_request_identity_metrics()
        .get_access_request_identity_metrics(
            "7025c863-c270-4ba6-beea-edf3cb091573", // identityId
            "2db501be-f0fb-4cc5-a695-334133c52891", // requestedObjectId
            models::GetAccessRequestIdentityMetricsType::Entitlement, // type
        )
        .send()
        .await;
    match metrics {
        Ok(metrics) => println!("{metrics:#?}"),
        Err(err) => eprintln!("reading metrics failed: {err}"),
    }
    Ok(())
}

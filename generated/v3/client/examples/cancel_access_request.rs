// required-features: access_requests
//! Cancels a pending access request, like the official SDKs' `cancel-access-request` sample.
//!
//! Set `SAIL_BASE_URL`, `SAIL_CLIENT_ID` and `SAIL_CLIENT_SECRET` (or write `./config.json`),
//! replace the account activity id, then:
//!
//! ```text
//! cargo run -p sailpoint-v3 --example v3_cancel_access_request
//! ```

use sailpoint_v3::{models, Client};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::from_env()?;

    let request = models::CancelAccessRequest::new(
        "2c9180835d2e5168015d32f890ca1581",
        "I requested this role by mistake.",
    );

    match client.access_requests().cancel_access_request(request).send().await {
        Ok(result) => println!("access request cancelled: {result:?}"),
        Err(err) => {
            eprintln!("cancelling failed: {err}");
            if let Some(api) = err.api_error() {
                eprintln!("HTTP {}: {}", api.status, api.body_excerpt);
            }
        }
    }
    Ok(())
}

// required-features: access_requests
//! Reads the tenant's access request configuration and writes it back, like the official SDKs'
//! `get-access-request-config` and `set-access-request-config` samples.
//!
//! Set `SAIL_BASE_URL`, `SAIL_CLIENT_ID` and `SAIL_CLIENT_SECRET` (or write `./config.json`), then:
//!
//! ```text
//! cargo run -p sailpoint-v3 --example v3_access_request_config
//! ```

use sailpoint_v3::Client;

#[allow(deprecated)] // this version of the API deprecates the operation
#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::from_env()?;

    let config = client.access_requests().get_access_request_config().send().await?;
    println!("current configuration: {config:#?}");

    // Change what you need here; values the spec does not list are kept as they came.
    let updated = client.access_requests().set_access_request_config(config).send().await?;
    println!("saved: {updated:#?}");
    Ok(())
}

// required-features: access_requests
//! Closes access requests that are stuck in a pending state, like the official SDKs'
//! `close-access-request` sample.
//!
//! Set `SAIL_BASE_URL`, `SAIL_CLIENT_ID` and `SAIL_CLIENT_SECRET` (or write `./config.json`),
//! replace the access request ids, then:
//!
//! ```text
//! cargo run -p sailpoint-beta --example beta_close_access_request
//! ```

use sailpoint_beta::{models, Client};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::from_env()?;

    let request = models::CloseAccessRequest::new(
        vec!["2c90ad2a70ace7d50170acf22ca90010".to_string()],
    )
    .message("The access request was closed by an administrator.")
    .execution_status(models::CloseAccessRequestExecutionStatus::Terminated)
    .completion_status(models::CloseAccessRequestCompletionStatus::Failure);

    match client.access_requests().close_access_request(request).send().await {
        Ok(result) => println!("access requests closed: {result:?}"),
        Err(err) => {
            eprintln!("closing failed: {err}");
            if let Some(api) = err.api_error() {
                eprintln!("HTTP {}: {}", api.status, api.body_excerpt);
            }
        }
    }
    Ok(())
}

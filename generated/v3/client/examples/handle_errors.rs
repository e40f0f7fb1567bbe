// required-features: access_requests
//! Handles the errors of one call: `match` on the operation's error enum (one variant per
//! documented error status, holding the decoded model), read the API's standard error fields
//! of any answer, and `?` into the crate-wide error.
//!
//! Set `SAIL_BASE_URL`, `SAIL_CLIENT_ID` and `SAIL_CLIENT_SECRET` (or write `./config.json`), then:
//!
//! ```text
//! cargo run -p sailpoint-v3 --example v3_handle_errors
//! ```

use sailpoint_v3::apis::access_requests::ListAccessRequestStatusError;
use sailpoint_v3::{runtime, Client};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::from_env()?;

    match client.access_requests().list_access_request_status().send().await {
        Ok(result) => println!("{result:?}"),
        Err(ListAccessRequestStatusError::BadRequest(e)) => {
            eprintln!("HTTP {}: {:?}", e.status(), e.model);
        }
        Err(ListAccessRequestStatusError::Unauthorized(e)) => {
            eprintln!("HTTP {}: {:?}", e.status(), e.model);
        }
        Err(ListAccessRequestStatusError::Forbidden(e)) => {
            eprintln!("HTTP {}: {:?}", e.status(), e.model);
        }
        Err(ListAccessRequestStatusError::TooManyRequests(e)) => {
            eprintln!("HTTP {}: {:?}", e.status(), e.model);
        }
        Err(ListAccessRequestStatusError::InternalServerError(e)) => {
            eprintln!("HTTP {}: {:?}", e.status(), e.model);
        }
        Err(ListAccessRequestStatusError::Unexpected(answer)) => {
            eprintln!("undocumented answer HTTP {}: {}", answer.status, answer.body_excerpt);
        }
        Err(err) => eprintln!("no answer: {err}"),
    }

    // Without knowing the operation: the API's standard error fields of any answer.
    if let Err(err) = first_page(&client).await {
        match err.details() {
            Some(details) => eprintln!(
                "HTTP {}: {:?} (detail code {:?}, tracking id {:?}, retry after {:?})",
                details.status,
                details.message(),
                details.detail_code,
                details.tracking_id,
                details.retry_after
            ),
            None => eprintln!("no answer: {err}"),
        }
    }
    Ok(())
}

/// `?` turns the operation's error into the crate-wide one, keeping status, headers, body
/// excerpt and the decoded model.
async fn first_page(client: &Client) -> Result<(), runtime::Error> {
    let page = client.access_requests().list_access_request_status().send().await?;
    println!("{page:?}");
    Ok(())
}

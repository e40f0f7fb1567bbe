// required-features: access_requests
//! Lists access request statuses with filters, sorters, limit and offset, like the official
//! SDKs' `list-access-request-status` sample.
//!
//! Set `SAIL_BASE_URL`, `SAIL_CLIENT_ID` and `SAIL_CLIENT_SECRET` (or write `./config.json`), then:
//!
//! ```text
//! cargo run -p sailpoint-v3 --example v3_list_access_request_status
//! ```

use sailpoint_v3::Client;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::from_env()?;

    let statuses = client
        .access_requests()
        .list_access_request_status()
        .filters("accessRequestId eq \"2c91808568c529c60168cca6f90c1313\"")
        .sorters("created")
        .limit(100)
        .offset(0)
        .send()
        .await;
    match statuses {
        Ok(statuses) => println!("{statuses:#?}"),
        Err(err) => eprintln!("listing failed: {err}"),
    }
    Ok(())
}

// required-features: access_requests
//! Submits an access request, like the official SDKs' `create-access-request` sample.
//!
//! Set `SAIL_BASE_URL`, `SAIL_CLIENT_ID` and `SAIL_CLIENT_SECRET` (or write `./config.json`),
//! replace the identity and access profile ids, then:
//!
//! ```text
//! cargo run -p sailpoint-beta --example beta_create_access_request
//! ```

use sailpoint_beta::{models, Client};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::from_env()?;

    let request = models::AccessRequest::new(
        vec!["2c918084660f45d6016617daa9210584".to_string()],
        vec![
            models::AccessRequestItem::new(
                models::AccessRequestItemType::AccessProfile,
                "2c9180835d2e5168015d32f890ca1581",
            )
            .comment("Requesting access profile for John Doe")
            .client_metadata(models::indexmap::IndexMap::from([
                ("requestedAppId".to_string(), "2c91808f7892918f0178b78da4a305a1".to_string()),
                ("requestedAppName".to_string(), "test-app".to_string()),
            ])),
        ],
    )
    .request_type(models::AccessRequestTypeV3::GrantAccess)
    .client_metadata(models::indexmap::IndexMap::from([
        ("requestedAppId".to_string(), "2c91808f7892918f0178b78da4a305a1".to_string()),
        ("requestedAppName".to_string(), "test-app".to_string()),
    ]))
    .requested_for_with_requested_items(vec![
        models::RequestedForDtoRef::new(
            "2c918084660f45d6016617daa9210584",
            vec![
                models::RequestedItemDtoRef::new(
                    models::RequestedItemDtoRefType::AccessProfile,
                    "2c9180835d2e5168015d32f890ca1581",
                )
                .comment("Requesting access profile for John Doe"),
            ],
        ),
    ]);

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

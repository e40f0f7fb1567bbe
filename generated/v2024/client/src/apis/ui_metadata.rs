//! Operations tagged `UI Metadata`.
//!
//! API for managing UI Metadata. Use this API to manage metadata about your User Interface.
//! For example you can set the iFrameWhitelist parameter to permit another domain to encapsulate IDN within an iframe or set the usernameEmptyText to change the placeholder text for Username on your tenant's login screen.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `UI Metadata`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct UiMetadataApi {
    client: crate::Client,
}
impl UiMetadataApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        UiMetadataApi { client }
    }
    /// Get a tenant ui metadata
    ///
    /// This API endpoint retrieves UI metadata configured for your tenant.
    ///
    /// `GET /ui-metadata/tenant` (operation `getTenantUiMetadata`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    pub fn get_tenant_ui_metadata(&self) -> GetTenantUiMetadata {
        GetTenantUiMetadata {
            client: self.client.clone(),
        }
    }
    /// Update tenant ui metadata
    ///
    /// This API endpoint updates UI metadata for your tenant. These changes may require up to 5 minutes to take effect on the UI.
    ///
    /// `PUT /ui-metadata/tenant` (operation `setTenantUiMetadata`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json`).
    pub fn set_tenant_ui_metadata(
        &self,
        body: models::TenantUiMetadataItemUpdateRequest,
    ) -> SetTenantUiMetadata {
        SetTenantUiMetadata {
            client: self.client.clone(),
            body,
        }
    }
}
/// Request builder of [`UiMetadataApi::get_tenant_ui_metadata`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetTenantUiMetadata {
    client: crate::Client,
}
impl GetTenantUiMetadata {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/ui-metadata/tenant".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req
            .experimental("getTenantUiMetadata", "X-SailPoint-Experimental", "true")?;
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::TenantUiMetadataItemResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetTenantUiMetadata, models::TenantUiMetadataItemResponse, GetTenantUiMetadataError
);
/// The errors of [`GetTenantUiMetadata`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetTenantUiMetadataError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`UiMetadataApi::set_tenant_ui_metadata`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct SetTenantUiMetadata {
    client: crate::Client,
    body: models::TenantUiMetadataItemUpdateRequest,
}
impl SetTenantUiMetadata {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/ui-metadata/tenant".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::PUT, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req
            .experimental("setTenantUiMetadata", "X-SailPoint-Experimental", "true")?;
        req = req.accept("application/json")?;
        {
            let body = &self.body;
            req = req.json(body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::TenantUiMetadataItemResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    SetTenantUiMetadata, models::TenantUiMetadataItemResponse, SetTenantUiMetadataError
);
/// The errors of [`SetTenantUiMetadata`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type SetTenantUiMetadataError = crate::errors::Error400_401_403_404_429_500;

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
    /// `GET /ui-metadata/tenant` (operation `getTenantUiMetadata`). Experimental: the client sends the experimental header itself.
    pub fn get_tenant_ui_metadata(&self) -> GetTenantUiMetadata {
        GetTenantUiMetadata {
            client: self.client.clone(),
        }
    }
    /// Update tenant ui metadata
    ///
    /// This API endpoint updates UI metadata for your tenant. These changes may require up to 5 minutes to take effect on the UI.
    ///
    /// `PUT /ui-metadata/tenant` (operation `setTenantUiMetadata`). Experimental: the client sends the experimental header itself.
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
        req = req.header("X-SailPoint-Experimental", "true")?;
        req = req.accept("application/json")?;
        Ok(req)
    }
    async fn decode(
        resp: runtime::Response,
    ) -> runtime::Result<models::TenantUiMetadataItemResponse> {
        resp.json().await
    }
    async fn decode_error(resp: runtime::Response) -> runtime::Error {
        match resp.status().as_u16() {
            400 | 403 | 404 | 500 => resp.error::<models::ErrorResponseDto>().await,
            401 => resp.error::<models::ListAccessProfilesResponse401>().await,
            429 => resp.error::<models::ListAccessProfilesResponse429>().await,
            _ => resp.error_untyped().await,
        }
    }
}
runtime::send_methods!(GetTenantUiMetadata, models::TenantUiMetadataItemResponse);
/// Request builder of [`UiMetadataApi::set_tenant_ui_metadata`]: set optional parameters, then `.send().await`.
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
        req = req.header("X-SailPoint-Experimental", "true")?;
        req = req.accept("application/json")?;
        {
            let body = &self.body;
            req = req.json(body)?;
        }
        Ok(req)
    }
    async fn decode(
        resp: runtime::Response,
    ) -> runtime::Result<models::TenantUiMetadataItemResponse> {
        resp.json().await
    }
    async fn decode_error(resp: runtime::Response) -> runtime::Error {
        match resp.status().as_u16() {
            400 | 403 | 404 | 500 => resp.error::<models::ErrorResponseDto>().await,
            401 => resp.error::<models::ListAccessProfilesResponse401>().await,
            429 => resp.error::<models::ListAccessProfilesResponse429>().await,
            _ => resp.error_untyped().await,
        }
    }
}
runtime::send_methods!(SetTenantUiMetadata, models::TenantUiMetadataItemResponse);

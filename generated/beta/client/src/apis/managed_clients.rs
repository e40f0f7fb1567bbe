//! Operations tagged `Managed Clients`.
//!
//! Use this API to implement managed client functionality.
//! With this functionality in place, administrators can modify and delete existing managed clients, create new ones, and view and make changes to their log configurations.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `Managed Clients`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct ManagedClientsApi {
    client: crate::Client,
}
impl ManagedClientsApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        ManagedClientsApi { client }
    }
    /// Specified managed client status.
    ///
    /// Retrieve Managed Client Status by ID.
    ///
    /// `GET /managed-clients/{id}/status` (operation `getManagedClientStatus`).
    ///
    /// Arguments:
    ///
    /// - `id`: ID of the Managed Client Status to get
    /// - `type`: Type of the Managed Client Status to get
    #[deprecated]
    pub fn get_managed_client_status(
        &self,
        id: impl Into<String>,
        r#type: Option<models::ManagedClientType>,
    ) -> GetManagedClientStatus {
        GetManagedClientStatus {
            client: self.client.clone(),
            id: id.into(),
            r#type,
        }
    }
    /// Handle status request from client
    ///
    /// Update a status detail passed in from the client
    ///
    /// `POST /managed-clients/{id}/status` (operation `updateManagedClientStatus`).
    ///
    /// Arguments:
    ///
    /// - `id`: ID of the Managed Client Status to update
    /// - `body`: The request body (`application/json`).
    #[deprecated]
    pub fn update_managed_client_status(
        &self,
        id: impl Into<String>,
        body: models::ManagedClientStatus,
    ) -> UpdateManagedClientStatus {
        UpdateManagedClientStatus {
            client: self.client.clone(),
            id: id.into(),
            body,
        }
    }
}
/// Request builder of [`ManagedClientsApi::get_managed_client_status`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetManagedClientStatus {
    client: crate::Client,
    id: String,
    r#type: Option<models::ManagedClientType>,
}
impl GetManagedClientStatus {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/managed-clients/",
            &runtime::encode::path_param(&self.id, false)?,
            "/status",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        {
            let v = &self.r#type;
            req = req.query("type", v, "form", true)?;
        }
        req = req.accept("application/json")?;
        Ok(req)
    }
    async fn decode(
        resp: runtime::Response,
    ) -> runtime::Result<models::ManagedClientStatus> {
        resp.json().await
    }
    async fn decode_error(resp: runtime::Response) -> runtime::Error {
        match resp.status().as_u16() {
            400 | 403 | 404 | 500 => resp.error::<models::ErrorResponseDtoV3>().await,
            401 => {
                resp.error::<models::ListAccessModelMetadataAttributeResponse401>().await
            }
            429 => {
                resp.error::<models::ListAccessModelMetadataAttributeResponse429>().await
            }
            _ => resp.error_untyped().await,
        }
    }
}
runtime::send_methods!(GetManagedClientStatus, models::ManagedClientStatus);
/// Request builder of [`ManagedClientsApi::update_managed_client_status`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateManagedClientStatus {
    client: crate::Client,
    id: String,
    body: models::ManagedClientStatus,
}
impl UpdateManagedClientStatus {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/managed-clients/",
            &runtime::encode::path_param(&self.id, false)?,
            "/status",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        {
            let body = &self.body;
            req = req.json(body)?;
        }
        Ok(req)
    }
    async fn decode(
        resp: runtime::Response,
    ) -> runtime::Result<models::ManagedClientStatusAggResponse> {
        resp.json().await
    }
    async fn decode_error(resp: runtime::Response) -> runtime::Error {
        match resp.status().as_u16() {
            400 | 403 | 404 | 500 => resp.error::<models::ErrorResponseDtoV3>().await,
            401 => {
                resp.error::<models::ListAccessModelMetadataAttributeResponse401>().await
            }
            429 => {
                resp.error::<models::ListAccessModelMetadataAttributeResponse429>().await
            }
            _ => resp.error_untyped().await,
        }
    }
}
runtime::send_methods!(
    UpdateManagedClientStatus, models::ManagedClientStatusAggResponse
);

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
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::ManagedClientStatus>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetManagedClientStatus, models::ManagedClientStatus, GetManagedClientStatusError
);
/// The errors of [`GetManagedClientStatus`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetManagedClientStatusError = crate::errors::Error400_401_403_404_429_500;
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
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::ManagedClientStatusAggResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    UpdateManagedClientStatus, models::ManagedClientStatusAggResponse,
    UpdateManagedClientStatusError
);
/// The errors of [`UpdateManagedClientStatus`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type UpdateManagedClientStatusError = crate::errors::Error400_401_403_404_429_500;

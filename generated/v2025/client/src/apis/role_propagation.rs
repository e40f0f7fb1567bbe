//! Operations tagged `Role Propagation`.
//!
//! Role Change Propagation ensures that any changes to the composition of a role’s access objects
//! (entitlements, access profiles, or dimensions) are applied to all member identities.
//! For example: If an entitlement is removed from a role, all identities assigned to that role
//! should lose access to that entitlement as part of this process.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `Role Propagation`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct RolePropagationApi {
    client: crate::Client,
}
impl RolePropagationApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        RolePropagationApi { client }
    }
    /// Terminate Role Propagation process
    ///
    /// This endpoint terminates the ongoing role change propagation process for a tenant.
    ///
    /// `POST /role-propagation/terminate` (operation `cancelRolePropagation`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    pub fn cancel_role_propagation(&self) -> CancelRolePropagation {
        CancelRolePropagation {
            client: self.client.clone(),
        }
    }
    /// Get ongoing Role Propagation process
    ///
    /// This endpoint returns the information of ongoing role change propagation process for a tenant. It returns the information whether the role propagation process is currently running or not, If it is running it returns the details of the ongoing role propagation process. The execution stage of the role propagation process can be one of the following: - PENDING - The role propagation process is queued to be executed. - DATA_AGGREGATION_RUNNING - The role propagation process is currently aggregating data. - LAUNCH_PROVISIONING - The role propagation process has started to provision the access to the identities. - SUCCEEDED - The role propagation process has successfully completed. - FAILED - The role propagation process has failed. - TERMINATED - The role propagation process was externally terminated.
    ///
    /// `GET /role-propagation/is-running` (operation `getOngoingRolePropagation`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    pub fn get_ongoing_role_propagation(&self) -> GetOngoingRolePropagation {
        GetOngoingRolePropagation {
            client: self.client.clone(),
        }
    }
    /// Get Role Change Propagation Configuration
    ///
    /// This endpoint fetches the Role Change Propagation Configuration for the tenant
    ///
    /// `GET /role-propagation-config` (operation `getRolePropagationConfig`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    pub fn get_role_propagation_config(&self) -> GetRolePropagationConfig {
        GetRolePropagationConfig {
            client: self.client.clone(),
        }
    }
    /// Get status of Role-Propagation process
    ///
    /// This endpoint returns the information of the specified role change propagation process. The execution stage of the role propagation process can be one of the following:
    ///    - PENDING - The role propagation process is queued to be executed.
    ///    - DATA_AGGREGATION_RUNNING - The role propagation process is currently aggregating data.
    ///    - LAUNCH_PROVISIONING - The role propagation process has started to provision the access to the identities.
    ///    - SUCCEEDED - The role propagation process has successfully completed.
    ///    - FAILED - The role propagation process has failed.
    ///    - TERMINATED - The role propagation process was externally terminated.
    ///
    /// `GET /role-propagation/{rolePropagationId}/status` (operation `getRolePropagationStatus`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    ///
    /// Arguments:
    ///
    /// - `role_propagation_id`: The ID of the role propagation process to retrieve the status for. Example: `"47b9fb02-e12e-42ba-8bfe-1860d78c88eb"`.
    pub fn get_role_propagation_status(
        &self,
        role_propagation_id: impl Into<String>,
    ) -> GetRolePropagationStatus {
        GetRolePropagationStatus {
            client: self.client.clone(),
            role_propagation_id: role_propagation_id.into(),
        }
    }
    /// Update Role Change Propagation Configuration
    ///
    /// This endpoint enables or disables the Role Change Propagation Process for the tenant
    ///
    /// `PUT /role-propagation-config` (operation `setRolePropagationConfig`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json`).
    pub fn set_role_propagation_config(
        &self,
        body: models::RolePropagationConfigInput,
    ) -> SetRolePropagationConfig {
        SetRolePropagationConfig {
            client: self.client.clone(),
            body,
        }
    }
    /// Initiate Role Propagation process
    ///
    /// This endpoint initiates a role change propagation process for a tenant asynchronously.  If all preconditions are met, the request is accepted and a rolePropagationId is returned which  can be used to view the status.
    /// API throws 4xx if any of the following conditions are met - Role propagation feature is disabled  - There is an ongoing role propagation for the tenant - Role refresh needs to be kicked off as part of the role propagation (skipRoleRefresh=false) and there is an ongoing refresh for the tenant
    ///
    /// `POST /role-propagation` (operation `startRolePropagation`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    pub fn start_role_propagation(&self) -> StartRolePropagation {
        StartRolePropagation {
            client: self.client.clone(),
            skip_role_refresh: None,
        }
    }
}
/// Request builder of [`RolePropagationApi::cancel_role_propagation`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CancelRolePropagation {
    client: crate::Client,
}
impl CancelRolePropagation {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/role-propagation/terminate".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req
            .experimental("cancelRolePropagation", "X-SailPoint-Experimental", "true")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<Output = runtime::Result<()>> + Send + 'static {
        resp.empty()
    }
}
runtime::send_methods!(CancelRolePropagation, (), CancelRolePropagationError);
/// The errors of [`CancelRolePropagation`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type CancelRolePropagationError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`RolePropagationApi::get_ongoing_role_propagation`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetOngoingRolePropagation {
    client: crate::Client,
}
impl GetOngoingRolePropagation {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/role-propagation/is-running".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req
            .experimental(
                "getOngoingRolePropagation",
                "X-SailPoint-Experimental",
                "true",
            )?;
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::RolePropagationOngoingResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetOngoingRolePropagation, models::RolePropagationOngoingResponse,
    GetOngoingRolePropagationError
);
/// The errors of [`GetOngoingRolePropagation`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetOngoingRolePropagationError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`RolePropagationApi::get_role_propagation_config`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetRolePropagationConfig {
    client: crate::Client,
}
impl GetRolePropagationConfig {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/role-propagation-config".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req
            .experimental(
                "getRolePropagationConfig",
                "X-SailPoint-Experimental",
                "true",
            )?;
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::RolePropagationConfigResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetRolePropagationConfig, models::RolePropagationConfigResponse,
    GetRolePropagationConfigError
);
/// The errors of [`GetRolePropagationConfig`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetRolePropagationConfigError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`RolePropagationApi::get_role_propagation_status`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetRolePropagationStatus {
    client: crate::Client,
    role_propagation_id: String,
}
impl GetRolePropagationStatus {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/role-propagation/",
            &runtime::encode::path_param(&self.role_propagation_id, false)?,
            "/status",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req
            .experimental(
                "getRolePropagationStatus",
                "X-SailPoint-Experimental",
                "true",
            )?;
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::RolePropagationStatusResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetRolePropagationStatus, models::RolePropagationStatusResponse,
    GetRolePropagationStatusError
);
/// The errors of [`GetRolePropagationStatus`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetRolePropagationStatusError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`RolePropagationApi::set_role_propagation_config`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct SetRolePropagationConfig {
    client: crate::Client,
    body: models::RolePropagationConfigInput,
}
impl SetRolePropagationConfig {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/role-propagation-config".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::PUT, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req
            .experimental(
                "setRolePropagationConfig",
                "X-SailPoint-Experimental",
                "true",
            )?;
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
        Output = runtime::Result<models::RolePropagationConfigResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    SetRolePropagationConfig, models::RolePropagationConfigResponse,
    SetRolePropagationConfigError
);
/// The errors of [`SetRolePropagationConfig`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type SetRolePropagationConfigError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`RolePropagationApi::start_role_propagation`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct StartRolePropagation {
    client: crate::Client,
    skip_role_refresh: Option<bool>,
}
impl StartRolePropagation {
    /// When true, the role refresh is not performed. Keeping it false is recommended.
    ///
    /// Default: `false`.
    ///
    /// Example: `true`.
    pub fn skip_role_refresh(mut self, value: bool) -> Self {
        self.skip_role_refresh = Some(value);
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/role-propagation".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        if let Some(v) = &self.skip_role_refresh {
            req = req.query("skipRoleRefresh", v, "form", true)?;
        }
        req = req
            .experimental("startRolePropagation", "X-SailPoint-Experimental", "true")?;
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::RolePropagationResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    StartRolePropagation, models::RolePropagationResponse, StartRolePropagationError
);
/// The errors of [`StartRolePropagation`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type StartRolePropagationError = crate::errors::Error400_401_403_429_500;

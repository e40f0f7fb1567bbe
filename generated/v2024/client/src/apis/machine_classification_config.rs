//! Operations tagged `Machine Classification Config`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `Machine Classification Config`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct MachineClassificationConfigApi {
    client: crate::Client,
}
impl MachineClassificationConfigApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        MachineClassificationConfigApi {
            client,
        }
    }
    /// Delete source's classification config
    ///
    /// Use this API to remove Classification Config for a Source.
    /// A token with ORG_ADMIN, SOURCE_ADMIN, or SOURCE_SUBADMIN authority is required to call this API.
    ///
    /// `DELETE /sources/{id}/machine-classification-config` (operation `deleteMachineClassificationConfig`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    ///
    /// Arguments:
    ///
    /// - `id`: Source ID. Example: `"ef38f94347e94562b5bb8424a56397d8"`.
    pub fn delete_machine_classification_config(
        &self,
        id: impl Into<String>,
    ) -> DeleteMachineClassificationConfig {
        DeleteMachineClassificationConfig {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Machine classification config for source
    ///
    /// This API returns a Machine Classification Config for a Source using Source ID.
    ///
    /// `GET /sources/{id}/machine-classification-config` (operation `getMachineClassificationConfig`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    ///
    /// Arguments:
    ///
    /// - `id`: Source ID Example: `"ef38f94347e94562b5bb8424a56397d8"`.
    pub fn get_machine_classification_config(
        &self,
        id: impl Into<String>,
    ) -> GetMachineClassificationConfig {
        GetMachineClassificationConfig {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Update source's classification config
    ///
    /// Use this API to update Classification Config for a Source. A token with ORG_ADMIN, SOURCE_ADMIN, or SOURCE_SUBADMIN authority is required to call this API.
    ///
    /// `PUT /sources/{id}/machine-classification-config` (operation `setMachineClassificationConfig`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    ///
    /// Arguments:
    ///
    /// - `id`: Source ID. Example: `"ef38f94347e94562b5bb8424a56397d8"`.
    /// - `body`: The request body (`application/json`).
    pub fn set_machine_classification_config(
        &self,
        id: impl Into<String>,
        body: models::GetMachineClassificationConfigResponse,
    ) -> SetMachineClassificationConfig {
        SetMachineClassificationConfig {
            client: self.client.clone(),
            id: id.into(),
            body,
        }
    }
}
/// Request builder of [`MachineClassificationConfigApi::delete_machine_classification_config`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteMachineClassificationConfig {
    client: crate::Client,
    id: String,
}
impl DeleteMachineClassificationConfig {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/sources/",
            &runtime::encode::path_param(&self.id, false)?,
            "/machine-classification-config",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::DELETE,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req
            .experimental(
                "deleteMachineClassificationConfig",
                "X-SailPoint-Experimental",
                "true",
            )?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<Output = runtime::Result<()>> + Send + 'static {
        resp.empty()
    }
}
runtime::send_methods!(
    DeleteMachineClassificationConfig, (), DeleteMachineClassificationConfigError
);
/// The errors of [`DeleteMachineClassificationConfig`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type DeleteMachineClassificationConfigError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`MachineClassificationConfigApi::get_machine_classification_config`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetMachineClassificationConfig {
    client: crate::Client,
    id: String,
}
impl GetMachineClassificationConfig {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/sources/",
            &runtime::encode::path_param(&self.id, false)?,
            "/machine-classification-config",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req
            .experimental(
                "getMachineClassificationConfig",
                "X-SailPoint-Experimental",
                "true",
            )?;
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::GetMachineClassificationConfigResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetMachineClassificationConfig, models::GetMachineClassificationConfigResponse,
    GetMachineClassificationConfigError
);
/// The errors of [`GetMachineClassificationConfig`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetMachineClassificationConfigError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`MachineClassificationConfigApi::set_machine_classification_config`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct SetMachineClassificationConfig {
    client: crate::Client,
    id: String,
    body: models::GetMachineClassificationConfigResponse,
}
impl SetMachineClassificationConfig {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/sources/",
            &runtime::encode::path_param(&self.id, false)?,
            "/machine-classification-config",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::PUT, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req
            .experimental(
                "setMachineClassificationConfig",
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
        Output = runtime::Result<models::GetMachineClassificationConfigResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    SetMachineClassificationConfig, models::GetMachineClassificationConfigResponse,
    SetMachineClassificationConfigError
);
/// The errors of [`SetMachineClassificationConfig`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type SetMachineClassificationConfigError = crate::errors::Error400_401_403_404_429_500;

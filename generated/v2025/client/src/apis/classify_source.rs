//! Operations tagged `Classify Source`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `Classify Source`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct ClassifySourceApi {
    client: crate::Client,
}
impl ClassifySourceApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        ClassifySourceApi { client }
    }
    /// Cancel classify source's accounts process
    ///
    /// Use this API to cancel account classification process on a source.
    /// A token with API, ORG_ADMIN, ROLE_ADMIN, ROLE_SUBADMIN, SOURCE_ADMIN, or SOURCE_SUBADMIN authority is required to call this API.
    ///
    /// `DELETE /sources/{id}/classify` (operation `deleteClassifyMachineAccountFromSource`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    ///
    /// Arguments:
    ///
    /// - `id`: Source ID. Example: `"ef38f94347e94562b5bb8424a56397d8"`.
    pub fn delete_classify_machine_account_from_source(
        &self,
        id: impl Into<String>,
    ) -> DeleteClassifyMachineAccountFromSource {
        DeleteClassifyMachineAccountFromSource {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Source accounts classification status
    ///
    /// Use this API to get the status of Machine Account Classification process for a source.
    /// A token with API, ORG_ADMIN, ROLE_ADMIN, ROLE_SUBADMIN, SOURCE_ADMIN, or SOURCE_SUBADMIN authority is required to call this API.
    ///
    /// `GET /sources/{id}/classify` (operation `getClassifyMachineAccountFromSourceStatus`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    ///
    /// Arguments:
    ///
    /// - `id`: Source ID. Example: `"ef38f94347e94562b5bb8424a56397d8"`.
    pub fn get_classify_machine_account_from_source_status(
        &self,
        id: impl Into<String>,
    ) -> GetClassifyMachineAccountFromSourceStatus {
        GetClassifyMachineAccountFromSourceStatus {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Classify source's all accounts
    ///
    /// Use this API to classify all the accounts from a source.
    /// A token with API, ORG_ADMIN, ROLE_ADMIN, ROLE_SUBADMIN, SOURCE_ADMIN, or SOURCE_SUBADMIN authority is required to call this API.
    ///
    /// `POST /sources/{sourceId}/classify` (operation `sendClassifyMachineAccountFromSource`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    ///
    /// Arguments:
    ///
    /// - `source_id`: Source ID. Example: `"ef38f94347e94562b5bb8424a56397d8"`.
    pub fn send_classify_machine_account_from_source(
        &self,
        source_id: impl Into<String>,
    ) -> SendClassifyMachineAccountFromSource {
        SendClassifyMachineAccountFromSource {
            client: self.client.clone(),
            source_id: source_id.into(),
        }
    }
}
/// Request builder of [`ClassifySourceApi::delete_classify_machine_account_from_source`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteClassifyMachineAccountFromSource {
    client: crate::Client,
    id: String,
}
impl DeleteClassifyMachineAccountFromSource {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/sources/",
            &runtime::encode::path_param(&self.id, false)?,
            "/classify",
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
                "deleteClassifyMachineAccountFromSource",
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
    DeleteClassifyMachineAccountFromSource, (),
    DeleteClassifyMachineAccountFromSourceError
);
/// The errors of [`DeleteClassifyMachineAccountFromSource`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type DeleteClassifyMachineAccountFromSourceError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`ClassifySourceApi::get_classify_machine_account_from_source_status`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetClassifyMachineAccountFromSourceStatus {
    client: crate::Client,
    id: String,
}
impl GetClassifyMachineAccountFromSourceStatus {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/sources/",
            &runtime::encode::path_param(&self.id, false)?,
            "/classify",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req
            .experimental(
                "getClassifyMachineAccountFromSourceStatus",
                "X-SailPoint-Experimental",
                "true",
            )?;
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<
            models::GetClassifyMachineAccountFromSourceStatusResponse,
        >,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetClassifyMachineAccountFromSourceStatus,
    models::GetClassifyMachineAccountFromSourceStatusResponse,
    GetClassifyMachineAccountFromSourceStatusError
);
/// The errors of [`GetClassifyMachineAccountFromSourceStatus`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetClassifyMachineAccountFromSourceStatusError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`ClassifySourceApi::send_classify_machine_account_from_source`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct SendClassifyMachineAccountFromSource {
    client: crate::Client,
    source_id: String,
}
impl SendClassifyMachineAccountFromSource {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/sources/",
            &runtime::encode::path_param(&self.source_id, false)?,
            "/classify",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req
            .experimental(
                "sendClassifyMachineAccountFromSource",
                "X-SailPoint-Experimental",
                "true",
            )?;
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::SendClassifyMachineAccountFromSourceResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    SendClassifyMachineAccountFromSource,
    models::SendClassifyMachineAccountFromSourceResponse,
    SendClassifyMachineAccountFromSourceError
);
/// The errors of [`SendClassifyMachineAccountFromSource`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type SendClassifyMachineAccountFromSourceError = crate::errors::Error400_401_403_429_500;

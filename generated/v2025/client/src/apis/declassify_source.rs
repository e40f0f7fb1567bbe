//! Operations tagged `Declassify Source`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `Declassify Source`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct DeclassifySourceApi {
    client: crate::Client,
}
impl DeclassifySourceApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        DeclassifySourceApi { client }
    }
    /// Declassify source's all accounts
    ///
    /// Use this API to declassify all the accounts from a source.
    /// A token with API, ORG_ADMIN, ROLE_ADMIN, ROLE_SUBADMIN, SOURCE_ADMIN, or SOURCE_SUBADMIN authority is required to call this API.
    ///
    /// `POST /sources/{sourceId}/declassify` (operation `sendDeclassifyMachineAccountFromSource`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    ///
    /// Arguments:
    ///
    /// - `source_id`: Source ID. Example: `"ef38f94347e94562b5bb8424a56397d8"`.
    pub fn send_declassify_machine_account_from_source(
        &self,
        source_id: impl Into<String>,
    ) -> SendDeclassifyMachineAccountFromSource {
        SendDeclassifyMachineAccountFromSource {
            client: self.client.clone(),
            source_id: source_id.into(),
        }
    }
}
/// Request builder of [`DeclassifySourceApi::send_declassify_machine_account_from_source`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct SendDeclassifyMachineAccountFromSource {
    client: crate::Client,
    source_id: String,
}
impl SendDeclassifyMachineAccountFromSource {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/sources/",
            &runtime::encode::path_param(&self.source_id, false)?,
            "/declassify",
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
                "sendDeclassifyMachineAccountFromSource",
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
    SendDeclassifyMachineAccountFromSource, (),
    SendDeclassifyMachineAccountFromSourceError
);
/// The errors of [`SendDeclassifyMachineAccountFromSource`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type SendDeclassifyMachineAccountFromSourceError = crate::errors::Error400_401_403_429_500;

//! Operations tagged `Machine Account Classify`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `Machine Account Classify`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct MachineAccountClassifyApi {
    client: crate::Client,
}
impl MachineAccountClassifyApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        MachineAccountClassifyApi {
            client,
        }
    }
    /// Classify single machine account
    ///
    /// Use this API to classify a single machine account.
    /// A token with API, ORG_ADMIN, SOURCE_ADMIN, or SOURCE_SUBADMIN authority is required to call this API.
    ///
    /// `POST /accounts/{id}/classify` (operation `sendClassifyMachineAccount`).
    ///
    /// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
    ///
    /// Arguments:
    ///
    /// - `id`: Account ID. Example: `"ef38f94347e94562b5bb8424a56397d8"`.
    pub fn send_classify_machine_account(
        &self,
        id: impl Into<String>,
    ) -> SendClassifyMachineAccount {
        SendClassifyMachineAccount {
            client: self.client.clone(),
            id: id.into(),
            classification_mode: None,
        }
    }
}
/// Request builder of [`MachineAccountClassifyApi::send_classify_machine_account`]: set optional parameters, then `.send().await`.
///
/// **Experimental**: the API may change or remove this operation without notice. It is sent only with the caller's consent, [`runtime::Configuration::with_experimental`]`(true)`; without it, it fails with [`runtime::Error::ExperimentalNotEnabled`] before anything is sent. The client adds the header the API requires.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct SendClassifyMachineAccount {
    client: crate::Client,
    id: String,
    classification_mode: Option<models::ClassificationMode>,
}
impl SendClassifyMachineAccount {
    /// Specifies how the accounts should be classified.
    ///    default - uses criteria to classify account as machine or human, excludes accounts that were manually classified.
    ///    ignoreManual - like default, but includes accounts that were manually classified.
    ///    forceMachine - forces account to be classified as machine.
    ///    forceHuman - forces account to be classified as human.
    ///
    /// Default: `"default"`.
    ///
    /// Example: `"forceMachine"`.
    pub fn classification_mode(mut self, value: models::ClassificationMode) -> Self {
        self.classification_mode = Some(value);
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/accounts/",
            &runtime::encode::path_param(&self.id, false)?,
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
        if let Some(v) = &self.classification_mode {
            req = req.query("classificationMode", v, "form", true)?;
        }
        req = req
            .experimental(
                "sendClassifyMachineAccount",
                "X-SailPoint-Experimental",
                "true",
            )?;
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::SendClassifyMachineAccountResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    SendClassifyMachineAccount, models::SendClassifyMachineAccountResponse,
    SendClassifyMachineAccountError
);
/// The errors of [`SendClassifyMachineAccount`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type SendClassifyMachineAccountError = crate::errors::Error400_401_403_429_500;

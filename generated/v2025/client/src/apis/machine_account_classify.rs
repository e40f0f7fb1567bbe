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
    /// `POST /accounts/{id}/classify` (operation `sendClassifyMachineAccount`). Experimental: the client sends the experimental header itself.
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
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct SendClassifyMachineAccount {
    client: crate::Client,
    id: String,
    classification_mode: Option<models::SendClassifyMachineAccountClassificationMode>,
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
    pub fn classification_mode(
        mut self,
        value: models::SendClassifyMachineAccountClassificationMode,
    ) -> Self {
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
        req = req.header("X-SailPoint-Experimental", "true")?;
        req = req.accept("application/json")?;
        Ok(req)
    }
    async fn decode(
        resp: runtime::Response,
    ) -> runtime::Result<models::SendClassifyMachineAccountResponse> {
        resp.json().await
    }
    async fn decode_error(resp: runtime::Response) -> runtime::Error {
        match resp.status().as_u16() {
            400 | 403 | 500 => resp.error::<models::ErrorResponseDto>().await,
            401 => resp.error::<models::ListAccessProfilesResponse401>().await,
            429 => resp.error::<models::ListAccessProfilesResponse429>().await,
            _ => resp.error_untyped().await,
        }
    }
}
runtime::send_methods!(
    SendClassifyMachineAccount, models::SendClassifyMachineAccountResponse
);

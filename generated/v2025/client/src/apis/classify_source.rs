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
    /// `DELETE /sources/{id}/classify` (operation `deleteClassifyMachineAccountFromSource`). Experimental: the client sends the experimental header itself.
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
    /// `GET /sources/{id}/classify` (operation `getClassifyMachineAccountFromSourceStatus`). Experimental: the client sends the experimental header itself.
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
    /// `POST /sources/{sourceId}/classify` (operation `sendClassifyMachineAccountFromSource`). Experimental: the client sends the experimental header itself.
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
        req = req.header("X-SailPoint-Experimental", "true")?;
        Ok(req)
    }
    async fn decode(resp: runtime::Response) -> runtime::Result<()> {
        resp.empty().await
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
runtime::send_methods!(DeleteClassifyMachineAccountFromSource, ());
/// Request builder of [`ClassifySourceApi::get_classify_machine_account_from_source_status`]: set optional parameters, then `.send().await`.
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
        req = req.header("X-SailPoint-Experimental", "true")?;
        req = req.accept("application/json")?;
        Ok(req)
    }
    async fn decode(
        resp: runtime::Response,
    ) -> runtime::Result<models::GetClassifyMachineAccountFromSourceStatusResponse> {
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
runtime::send_methods!(
    GetClassifyMachineAccountFromSourceStatus,
    models::GetClassifyMachineAccountFromSourceStatusResponse
);
/// Request builder of [`ClassifySourceApi::send_classify_machine_account_from_source`]: set optional parameters, then `.send().await`.
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
        req = req.header("X-SailPoint-Experimental", "true")?;
        req = req.accept("application/json")?;
        Ok(req)
    }
    async fn decode(
        resp: runtime::Response,
    ) -> runtime::Result<models::SendClassifyMachineAccountFromSourceResponse> {
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
    SendClassifyMachineAccountFromSource,
    models::SendClassifyMachineAccountFromSourceResponse
);

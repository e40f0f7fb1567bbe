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
    /// `POST /sources/{sourceId}/declassify` (operation `sendDeclassifyMachineAccountFromSource`). Experimental: the client sends the experimental header itself.
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
runtime::send_methods!(SendDeclassifyMachineAccountFromSource, ());

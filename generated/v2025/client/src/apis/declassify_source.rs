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
    async fn decode_error(resp: runtime::Response) -> runtime::Error {
        match resp.status().as_u16() {
            400 | 403 | 500 => resp.error::<models::ErrorResponseDto>().await,
            401 => resp.error::<models::ListAccessProfilesResponse401>().await,
            429 => resp.error::<models::ListAccessProfilesResponse429>().await,
            _ => resp.error_untyped().await,
        }
    }
    /// Sends the request and decodes the answer.
    pub async fn send(self) -> runtime::Result<()> {
        Ok(self.send_with_response().await?.data)
    }
    /// Sends the request; the decoded answer comes with its status and headers.
    pub async fn send_with_response(self) -> runtime::Result<runtime::ApiResponse<()>> {
        let resp = self.send_raw().await?;
        let status = resp.status();
        let headers = resp.headers().clone();
        let data = resp.empty().await?;
        Ok(runtime::ApiResponse {
            status,
            headers,
            data,
        })
    }
    /// Sends the request and returns the successful answer unread (for instance to
    /// stream a large body with `bytes_stream`); an error status is decoded as usual.
    pub async fn send_raw(self) -> runtime::Result<runtime::Response> {
        let req = self.request()?;
        let resp = self.client.runtime().execute(req).await?;
        if resp.status().is_success() {
            Ok(resp)
        } else {
            Err(Self::decode_error(resp).await)
        }
    }
}

//! Operations tagged `Tenant`.
//!
//! API for reading tenant details.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `Tenant`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct TenantApi {
    client: crate::Client,
}
impl TenantApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        TenantApi { client }
    }
    /// Get tenant information.
    ///
    /// This rest endpoint can be used to retrieve tenant details.
    ///
    /// `GET /tenant` (operation `getTenant`).
    pub fn get_tenant(&self) -> GetTenant {
        GetTenant {
            client: self.client.clone(),
        }
    }
}
/// Request builder of [`TenantApi::get_tenant`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetTenant {
    client: crate::Client,
}
impl GetTenant {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/tenant".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    async fn decode_error(resp: runtime::Response) -> runtime::Error {
        match resp.status().as_u16() {
            400 | 403 | 404 | 500 => resp.error::<models::ErrorResponseDtoV3>().await,
            401 => {
                resp.error::<models::ListAccessModelMetadataAttributeResponse401>().await
            }
            429 => {
                resp.error::<models::ListAccessModelMetadataAttributeResponse429>().await
            }
            _ => resp.error_untyped().await,
        }
    }
    /// Sends the request and decodes the answer.
    pub async fn send(self) -> runtime::Result<models::Tenant> {
        Ok(self.send_with_response().await?.data)
    }
    /// Sends the request; the decoded answer comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> runtime::Result<runtime::ApiResponse<models::Tenant>> {
        let resp = self.send_raw().await?;
        let status = resp.status();
        let headers = resp.headers().clone();
        let data = resp.json().await?;
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

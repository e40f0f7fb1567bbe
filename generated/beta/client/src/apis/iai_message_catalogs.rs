//! Operations tagged `IAI Message Catalogs`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `IAI Message Catalogs`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct IaiMessageCatalogsApi {
    client: crate::Client,
}
impl IaiMessageCatalogsApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        IaiMessageCatalogsApi { client }
    }
    /// Get message catalogs
    ///
    /// The getMessageCatalogs API returns message catalog based on the language headers in the requested object.
    ///
    /// `GET /translation-catalogs/{catalog-id}` (operation `getMessageCatalogs`).
    ///
    /// Arguments:
    ///
    /// - `catalog_id`: The ID of the message catalog. Example: `"recommender"`.
    pub fn get_message_catalogs(
        &self,
        catalog_id: models::GetMessageCatalogsCatalogId,
    ) -> GetMessageCatalogs {
        GetMessageCatalogs {
            client: self.client.clone(),
            catalog_id,
        }
    }
}
/// Request builder of [`IaiMessageCatalogsApi::get_message_catalogs`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetMessageCatalogs {
    client: crate::Client,
    catalog_id: models::GetMessageCatalogsCatalogId,
}
impl GetMessageCatalogs {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/translation-catalogs/",
            &runtime::encode::path_param(&self.catalog_id, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    async fn decode_error(resp: runtime::Response) -> runtime::Error {
        match resp.status().as_u16() {
            400 | 403 | 500 => resp.error::<models::ErrorResponseDtoV3>().await,
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
    pub async fn send(self) -> runtime::Result<Vec<models::MessageCatalogDto>> {
        Ok(self.send_with_response().await?.data)
    }
    /// Sends the request; the decoded answer comes with its status and headers.
    pub async fn send_with_response(
        self,
    ) -> runtime::Result<runtime::ApiResponse<Vec<models::MessageCatalogDto>>> {
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

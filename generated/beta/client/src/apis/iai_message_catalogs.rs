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
    async fn decode(
        resp: runtime::Response,
    ) -> runtime::Result<Vec<models::MessageCatalogDto>> {
        resp.json().await
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
}
runtime::send_methods!(GetMessageCatalogs, Vec < models::MessageCatalogDto >);

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
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::MessageCatalogDto>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetMessageCatalogs, Vec < models::MessageCatalogDto >, GetMessageCatalogsError
);
/// The errors of [`GetMessageCatalogs`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetMessageCatalogsError = crate::errors::Error400_401_403_429_500;

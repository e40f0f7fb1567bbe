//! Typed expectations of the operations tagged `IAI Message Catalogs`: `server.expect(mock::iai_message_catalogs::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`get_message_catalogs()`], as `Mock<GetMessageCatalogs>`.
pub enum GetMessageCatalogs {}
/// Expects [`IaiMessageCatalogsApi::get_message_catalogs`](crate::apis::iai_message_catalogs::IaiMessageCatalogsApi::get_message_catalogs): `GET /translation-catalogs/{catalog-id}`.
pub fn get_message_catalogs() -> super::Mock<GetMessageCatalogs> {
    super::Mock::new(runtime::Method::GET, "/translation-catalogs/{catalog-id}")
}
impl super::Mock<GetMessageCatalogs> {
    /// Requires path parameter `catalog-id` with `value`, encoded as the client does.
    pub fn catalog_id(self, value: models::GetMessageCatalogsCatalogId) -> Self {
        self.path_param("catalog-id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::MessageCatalogDto>) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(self, body: &models::UnauthorizedResponse) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(
        self,
        body: &models::TooManyRequestsResponse,
    ) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(
        self,
        body: &models::ErrorResponseDtoV3,
    ) -> Self {
        self.respond_json(500, body)
    }
}

//! Typed expectations of the operations tagged `Public Identities`: `server.expect(mock::public_identities::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`get_public_identities()`], as `Mock<GetPublicIdentities>`.
pub enum GetPublicIdentities {}
/// Expects [`PublicIdentitiesApi::get_public_identities`](crate::apis::public_identities::PublicIdentitiesApi::get_public_identities): `GET /public-identities`.
pub fn get_public_identities() -> super::Mock<GetPublicIdentities> {
    super::Mock::new(runtime::Method::GET, "/public-identities")
}
impl super::Mock<GetPublicIdentities> {
    /// Requires query parameter `limit` with `value`, encoded as the client does.
    pub fn limit(self, value: i32) -> Self {
        self.query_param("limit", &value, "form", true)
    }
    /// Requires query parameter `offset` with `value`, encoded as the client does.
    pub fn offset(self, value: i32) -> Self {
        self.query_param("offset", &value, "form", true)
    }
    /// Requires query parameter `count` with `value`, encoded as the client does.
    pub fn count(self, value: bool) -> Self {
        self.query_param("count", &value, "form", true)
    }
    /// Requires query parameter `filters` with `value`, encoded as the client does.
    pub fn filters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("filters", &value, "form", true)
    }
    /// Requires query parameter `add-core-filters` with `value`, encoded as the client does.
    pub fn add_core_filters(self, value: bool) -> Self {
        self.query_param("add-core-filters", &value, "form", true)
    }
    /// Requires query parameter `sorters` with `value`, encoded as the client does.
    pub fn sorters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("sorters", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::PublicIdentity>) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "[{\"id\":\"2c9180857182305e0171993735622948\",\"name\":\"Alison Ferguso\",\"alias\":\"alison.ferguso\",\"email\":\"alison.ferguso@acme-solar.com\",\"status\":\"Active\",\"manager\":{\"type\":\"IDENTITY\",\"id\":\"2c9180a46faadee4016fb4e018c20639\",\"name\":\"Thomas Edison\"},\"attributes\":[{\"key\":\"phone\",\"name\":\"Phone\",\"value\":\"5125551234\"},{\"key\":\"country\",\"name\":\"Country\",\"value\":\"US\"}]},{\"id\":\"2c9180a46faadee4016fb4e018c20639\",\"name\":\"Thomas Edison\",\"alias\":\"thomas.edison\",\"email\":\"thomas.edison@acme-solar.com\",\"status\":\"Active\",\"manager\":{\"type\":\"IDENTITY\",\"id\":\"2c918086676d3e0601677611dbde220f\",\"name\":\"Mister Manager\"},\"attributes\":[{\"key\":\"phone\",\"name\":\"Phone\",\"value\":\"5125554321\"},{\"key\":\"country\",\"name\":\"Country\",\"value\":\"US\"}]}]",
        )
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(self, body: &models::Unauthorized) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::TooManyRequests) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(500, body)
    }
}

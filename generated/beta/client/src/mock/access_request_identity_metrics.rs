//! Typed expectations of the operations tagged `Access Request Identity Metrics`: `server.expect(mock::access_request_identity_metrics::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`get_access_request_identity_metrics()`], as `Mock<GetAccessRequestIdentityMetrics>`.
pub enum GetAccessRequestIdentityMetrics {}
/// Expects [`AccessRequestIdentityMetricsApi::get_access_request_identity_metrics`](crate::apis::access_request_identity_metrics::AccessRequestIdentityMetricsApi::get_access_request_identity_metrics): `GET /access-request-identity-metrics/{identityId}/requested-objects/{requestedObjectId}/type/{type}`.
pub fn get_access_request_identity_metrics() -> super::Mock<
    GetAccessRequestIdentityMetrics,
> {
    super::Mock::new(
        runtime::Method::GET,
        "/access-request-identity-metrics/{identityId}/requested-objects/{requestedObjectId}/type/{type}",
    )
}
impl super::Mock<GetAccessRequestIdentityMetrics> {
    /// Requires path parameter `identityId` with `value`, encoded as the client does.
    pub fn identity_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("identityId", &value, false)
    }
    /// Requires path parameter `requestedObjectId` with `value`, encoded as the client does.
    pub fn requested_object_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("requestedObjectId", &value, false)
    }
    /// Requires path parameter `type` with `value`, encoded as the client does.
    pub fn r#type(self, value: models::GetAccessRequestIdentityMetricsType) -> Self {
        self.path_param("type", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(
        self,
        body: &models::primitives::OneOrMany<models::AccessRequestIdentityMetrics>,
    ) -> Self {
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

//! Typed expectations of the operations tagged `Account Aggregations`: `server.expect(mock::account_aggregations::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`get_account_aggregation_status()`], as `Mock<GetAccountAggregationStatus>`.
pub enum GetAccountAggregationStatus {}
/// Expects [`AccountAggregationsApi::get_account_aggregation_status`](crate::apis::account_aggregations::AccountAggregationsApi::get_account_aggregation_status): `GET /account-aggregations/{id}/status`.
pub fn get_account_aggregation_status() -> super::Mock<GetAccountAggregationStatus> {
    super::Mock::new(runtime::Method::GET, "/account-aggregations/{id}/status")
}
impl super::Mock<GetAccountAggregationStatus> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::AccountAggregationStatus) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(self, body: &models::Unauthorized) -> Self {
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
    /// Answers `404` with `body` as JSON.
    pub fn respond_not_found(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(404, body)
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

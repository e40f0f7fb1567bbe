//! Typed expectations of the operations tagged `IAI Peer Group Strategies`: `server.expect(mock::iai_peer_group_strategies::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`get_peer_group_outliers()`], as `Mock<GetPeerGroupOutliers>`.
pub enum GetPeerGroupOutliers {}
/// Expects [`IaiPeerGroupStrategiesApi::get_peer_group_outliers`](crate::apis::iai_peer_group_strategies::IaiPeerGroupStrategiesApi::get_peer_group_outliers): `GET /peer-group-strategies/{strategy}/identity-outliers`.
pub fn get_peer_group_outliers() -> super::Mock<GetPeerGroupOutliers> {
    super::Mock::new(
        runtime::Method::GET,
        "/peer-group-strategies/{strategy}/identity-outliers",
    )
}
impl super::Mock<GetPeerGroupOutliers> {
    /// Requires path parameter `strategy` with `value`, encoded as the client does.
    pub fn strategy(self, value: models::GetPeerGroupOutliersStrategy) -> Self {
        self.path_param("strategy", &value, false)
    }
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
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::PeerGroupMember>) -> Self {
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

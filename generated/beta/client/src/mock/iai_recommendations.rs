//! Typed expectations of the operations tagged `IAI Recommendations`: `server.expect(mock::iai_recommendations::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`get_recommendations()`], as `Mock<GetRecommendations>`.
pub enum GetRecommendations {}
/// Expects [`IaiRecommendationsApi::get_recommendations`](crate::apis::iai_recommendations::IaiRecommendationsApi::get_recommendations): `POST /recommendations/request`.
pub fn get_recommendations() -> super::Mock<GetRecommendations> {
    super::Mock::new(runtime::Method::POST, "/recommendations/request")
}
impl super::Mock<GetRecommendations> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::RecommendationRequestDto) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::RecommendationResponseDto) -> Self {
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
/// The operation of [`get_recommendations_config()`], as `Mock<GetRecommendationsConfig>`.
pub enum GetRecommendationsConfig {}
/// Expects [`IaiRecommendationsApi::get_recommendations_config`](crate::apis::iai_recommendations::IaiRecommendationsApi::get_recommendations_config): `GET /recommendations/config`.
pub fn get_recommendations_config() -> super::Mock<GetRecommendationsConfig> {
    super::Mock::new(runtime::Method::GET, "/recommendations/config")
}
impl super::Mock<GetRecommendationsConfig> {
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::RecommendationConfigDto) -> Self {
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
/// The operation of [`update_recommendations_config()`], as `Mock<UpdateRecommendationsConfig>`.
pub enum UpdateRecommendationsConfig {}
/// Expects [`IaiRecommendationsApi::update_recommendations_config`](crate::apis::iai_recommendations::IaiRecommendationsApi::update_recommendations_config): `PUT /recommendations/config`.
pub fn update_recommendations_config() -> super::Mock<UpdateRecommendationsConfig> {
    super::Mock::new(runtime::Method::PUT, "/recommendations/config")
}
impl super::Mock<UpdateRecommendationsConfig> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::RecommendationConfigDto) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::RecommendationConfigDto) -> Self {
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

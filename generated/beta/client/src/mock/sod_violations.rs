//! Typed expectations of the operations tagged `SOD Violations`: `server.expect(mock::sod_violations::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`start_predict_sod_violations()`], as `Mock<StartPredictSodViolations>`.
pub enum StartPredictSodViolations {}
/// Expects [`SodViolationsApi::start_predict_sod_violations`](crate::apis::sod_violations::SodViolationsApi::start_predict_sod_violations): `POST /sod-violations/predict`.
pub fn start_predict_sod_violations() -> super::Mock<StartPredictSodViolations> {
    super::Mock::new(runtime::Method::POST, "/sod-violations/predict")
}
impl super::Mock<StartPredictSodViolations> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::IdentityWithNewAccess) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::ViolationPrediction) -> Self {
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
    /// Answers `404` with `body` as JSON.
    pub fn respond_not_found(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(404, body)
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

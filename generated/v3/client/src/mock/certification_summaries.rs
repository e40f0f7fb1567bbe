//! Typed expectations of the operations tagged `Certification Summaries`: `server.expect(mock::certification_summaries::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`get_identity_access_summaries()`], as `Mock<GetIdentityAccessSummaries>`.
pub enum GetIdentityAccessSummaries {}
/// Expects [`CertificationSummariesApi::get_identity_access_summaries`](crate::apis::certification_summaries::CertificationSummariesApi::get_identity_access_summaries): `GET /certifications/{id}/access-summaries/{type}`.
pub fn get_identity_access_summaries() -> super::Mock<GetIdentityAccessSummaries> {
    super::Mock::new(
        runtime::Method::GET,
        "/certifications/{id}/access-summaries/{type}",
    )
}
impl super::Mock<GetIdentityAccessSummaries> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires path parameter `type` with `value`, encoded as the client does.
    pub fn r#type(self, value: models::GetIdentityAccessSummariesType) -> Self {
        self.path_param("type", &value, false)
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
    /// Requires query parameter `filters` with `value`, encoded as the client does.
    pub fn filters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("filters", &value, "form", true)
    }
    /// Requires query parameter `sorters` with `value`, encoded as the client does.
    pub fn sorters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("sorters", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::AccessSummary>) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "[{\"access\":{\"type\":\"ENTITLEMENT\",\"id\":\"2c9180857182305e01719937429e2bad\",\"name\":\"CN=Engineering\"},\"entitlement\":{\"id\":\"2c9180857182305e01719937429e2bad\",\"name\":\"CN=Engineering\",\"description\":\"Access to the engineering database\",\"privileged\":false,\"owner\":{\"email\":\"brandon.gray@acme-solar.com\",\"type\":\"IDENTITY\",\"id\":\"2c9180867160846801719932c5153fb7\",\"name\":\"Brandon Gray\"},\"attributeName\":\"memberOf\",\"attributeValue\":\"CN=Engineering\",\"sourceName\":\"ODS-AD-Source\",\"hasPermissions\":true,\"revocable\":true,\"containsDataAccess\":true,\"dataAccess\":{\"policies\":[{\"value\":\"GDPR-1\"},{\"value\":\"GDPR-2\"}],\"categories\":[{\"value\":\"email-7\",\"matchCount\":74},{\"value\":\"email-9\",\"matchCount\":30}],\"impactScore\":{\"value\":\"Medium\"}}}}]",
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
/// The operation of [`get_identity_decision_summary()`], as `Mock<GetIdentityDecisionSummary>`.
pub enum GetIdentityDecisionSummary {}
/// Expects [`CertificationSummariesApi::get_identity_decision_summary`](crate::apis::certification_summaries::CertificationSummariesApi::get_identity_decision_summary): `GET /certifications/{id}/decision-summary`.
pub fn get_identity_decision_summary() -> super::Mock<GetIdentityDecisionSummary> {
    super::Mock::new(runtime::Method::GET, "/certifications/{id}/decision-summary")
}
impl super::Mock<GetIdentityDecisionSummary> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires query parameter `filters` with `value`, encoded as the client does.
    pub fn filters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("filters", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::IdentityCertDecisionSummary) -> Self {
        self.respond_json(200, body)
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
/// The operation of [`get_identity_summaries()`], as `Mock<GetIdentitySummaries>`.
pub enum GetIdentitySummaries {}
/// Expects [`CertificationSummariesApi::get_identity_summaries`](crate::apis::certification_summaries::CertificationSummariesApi::get_identity_summaries): `GET /certifications/{id}/identity-summaries`.
pub fn get_identity_summaries() -> super::Mock<GetIdentitySummaries> {
    super::Mock::new(runtime::Method::GET, "/certifications/{id}/identity-summaries")
}
impl super::Mock<GetIdentitySummaries> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
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
    /// Requires query parameter `filters` with `value`, encoded as the client does.
    pub fn filters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("filters", &value, "form", true)
    }
    /// Requires query parameter `sorters` with `value`, encoded as the client does.
    pub fn sorters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("sorters", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::CertificationIdentitySummary>) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "[{\"id\":\"2c91808772a504f50172a9540e501ba7\",\"name\":\"Aaron Grey\",\"identityId\":\"2c9180857182306001719937379633e4\",\"completed\":false},{\"id\":\"2c91808772a504f50172a9540e501ba8\",\"name\":\"Aglae Wilson\",\"identityId\":\"2c9180857182306001719937377a33de\",\"completed\":true}]",
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
/// The operation of [`get_identity_summary()`], as `Mock<GetIdentitySummary>`.
pub enum GetIdentitySummary {}
/// Expects [`CertificationSummariesApi::get_identity_summary`](crate::apis::certification_summaries::CertificationSummariesApi::get_identity_summary): `GET /certifications/{id}/identity-summaries/{identitySummaryId}`.
pub fn get_identity_summary() -> super::Mock<GetIdentitySummary> {
    super::Mock::new(
        runtime::Method::GET,
        "/certifications/{id}/identity-summaries/{identitySummaryId}",
    )
}
impl super::Mock<GetIdentitySummary> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires path parameter `identitySummaryId` with `value`, encoded as the client does.
    pub fn identity_summary_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("identitySummaryId", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::CertificationIdentitySummary) -> Self {
        self.respond_json(200, body)
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

//! Typed expectations of the operations tagged `Certification Campaign Filters`: `server.expect(mock::certification_campaign_filters::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`create_campaign_filter()`], as `Mock<CreateCampaignFilter>`.
pub enum CreateCampaignFilter {}
/// Expects [`CertificationCampaignFiltersApi::create_campaign_filter`](crate::apis::certification_campaign_filters::CertificationCampaignFiltersApi::create_campaign_filter): `POST /campaign-filters`.
pub fn create_campaign_filter() -> super::Mock<CreateCampaignFilter> {
    super::Mock::new(runtime::Method::POST, "/campaign-filters")
}
impl super::Mock<CreateCampaignFilter> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::CampaignFilterDetails) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::CampaignFilterDetails) -> Self {
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
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::TooManyRequests) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`delete_campaign_filters()`], as `Mock<DeleteCampaignFilters>`.
pub enum DeleteCampaignFilters {}
/// Expects [`CertificationCampaignFiltersApi::delete_campaign_filters`](crate::apis::certification_campaign_filters::CertificationCampaignFiltersApi::delete_campaign_filters): `POST /campaign-filters/delete`.
pub fn delete_campaign_filters() -> super::Mock<DeleteCampaignFilters> {
    super::Mock::new(runtime::Method::POST, "/campaign-filters/delete")
}
impl super::Mock<DeleteCampaignFilters> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &Vec<String>) -> Self {
        self.json_body(value)
    }
    /// Answers `204` with no body.
    pub fn respond_no_content(self) -> Self {
        self.respond_empty(204)
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
/// The operation of [`get_campaign_filter_by_id()`], as `Mock<GetCampaignFilterById>`.
pub enum GetCampaignFilterById {}
/// Expects [`CertificationCampaignFiltersApi::get_campaign_filter_by_id`](crate::apis::certification_campaign_filters::CertificationCampaignFiltersApi::get_campaign_filter_by_id): `GET /campaign-filters/{id}`.
pub fn get_campaign_filter_by_id() -> super::Mock<GetCampaignFilterById> {
    super::Mock::new(runtime::Method::GET, "/campaign-filters/{id}")
}
impl super::Mock<GetCampaignFilterById> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::CampaignFilterDetails) -> Self {
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
/// The operation of [`list_campaign_filters()`], as `Mock<ListCampaignFilters>`.
pub enum ListCampaignFilters {}
/// Expects [`CertificationCampaignFiltersApi::list_campaign_filters`](crate::apis::certification_campaign_filters::CertificationCampaignFiltersApi::list_campaign_filters): `GET /campaign-filters`.
pub fn list_campaign_filters() -> super::Mock<ListCampaignFilters> {
    super::Mock::new(runtime::Method::GET, "/campaign-filters")
}
impl super::Mock<ListCampaignFilters> {
    /// Requires query parameter `limit` with `value`, encoded as the client does.
    pub fn limit(self, value: i32) -> Self {
        self.query_param("limit", &value, "form", true)
    }
    /// Requires query parameter `start` with `value`, encoded as the client does.
    pub fn start(self, value: i32) -> Self {
        self.query_param("start", &value, "form", true)
    }
    /// Requires query parameter `includeSystemFilters` with `value`, encoded as the client does.
    pub fn include_system_filters(self, value: bool) -> Self {
        self.query_param("includeSystemFilters", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::ListCampaignFiltersResponse) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"items\":[{\"id\":\"5b8a2ba86393dd174495c4436dd76b25\",\"name\":\"IdentityAttribute Inclusion Campaign Filter\",\"description\":\"IdentityAttribute Inclusion Campaign Filter\",\"owner\":\"SailPoint Support\",\"mode\":\"INCLUSION\",\"criteriaList\":[{\"type\":\"IDENTITY_ATTRIBUTE\",\"property\":\"displayName\",\"value\":\"#\",\"operation\":\"CONTAINS\",\"negateResult\":false,\"shortCircuit\":false,\"recordChildMatches\":false,\"id\":null,\"suppressMatchedItems\":false,\"children\":null}],\"isSystemFilter\":false},{\"id\":\"e9f9a1397b842fd5a65842087040d3ac\",\"name\":\"Exclusion Campaign Filter\",\"description\":\"Campaign filter for Exclusion update\",\"owner\":\"SailPoint Support\",\"mode\":\"EXCLUSION\",\"criteriaList\":[{\"type\":\"IDENTITY_ATTRIBUTE\",\"property\":\"displayName\",\"value\":\"#@\",\"operation\":\"CONTAINS\",\"negateResult\":false,\"shortCircuit\":false,\"recordChildMatches\":false,\"id\":null,\"suppressMatchedItems\":false,\"children\":null}],\"isSystemFilter\":false}],\"count\":2}",
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
/// The operation of [`update_campaign_filter()`], as `Mock<UpdateCampaignFilter>`.
pub enum UpdateCampaignFilter {}
/// Expects [`CertificationCampaignFiltersApi::update_campaign_filter`](crate::apis::certification_campaign_filters::CertificationCampaignFiltersApi::update_campaign_filter): `POST /campaign-filters/{filterId}`.
pub fn update_campaign_filter() -> super::Mock<UpdateCampaignFilter> {
    super::Mock::new(runtime::Method::POST, "/campaign-filters/{filterId}")
}
impl super::Mock<UpdateCampaignFilter> {
    /// Requires path parameter `filterId` with `value`, encoded as the client does.
    pub fn filter_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("filterId", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::CampaignFilterDetails) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::CampaignFilterDetails) -> Self {
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
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::TooManyRequests) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(500, body)
    }
}

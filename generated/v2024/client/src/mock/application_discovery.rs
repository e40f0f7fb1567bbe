//! Typed expectations of the operations tagged `Application Discovery`: `server.expect(mock::application_discovery::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`get_discovered_applications()`], as `Mock<GetDiscoveredApplications>`.
pub enum GetDiscoveredApplications {}
/// Expects [`ApplicationDiscoveryApi::get_discovered_applications`](crate::apis::application_discovery::ApplicationDiscoveryApi::get_discovered_applications): `GET /discovered-applications`.
pub fn get_discovered_applications() -> super::Mock<GetDiscoveredApplications> {
    super::Mock::new(runtime::Method::GET, "/discovered-applications")
}
impl super::Mock<GetDiscoveredApplications> {
    /// Requires query parameter `limit` with `value`, encoded as the client does.
    pub fn limit(self, value: i32) -> Self {
        self.query_param("limit", &value, "form", true)
    }
    /// Requires query parameter `offset` with `value`, encoded as the client does.
    pub fn offset(self, value: i32) -> Self {
        self.query_param("offset", &value, "form", true)
    }
    /// Requires query parameter `detail` with `value`, encoded as the client does.
    pub fn detail(self, value: models::GetDiscoveredApplicationsDetail) -> Self {
        self.query_param("detail", &value, "form", true)
    }
    /// Requires query parameter `filter` with `value`, encoded as the client does.
    pub fn filter(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("filter", &value, "form", true)
    }
    /// Requires query parameter `sorters` with `value`, encoded as the client does.
    pub fn sorters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("sorters", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(
        self,
        body: &Vec<models::GetDiscoveredApplicationsResponseItem>,
    ) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "[{\"id\":\"09d88a67-bae8-422c-a09b-f7a72f5ab032\",\"name\":\"Example App\",\"discoverySource\":\"csv\",\"discoveredVendor\":\"Example Vendor\",\"description\":\"An application for managing examples.\",\"recommendedConnectors\":[\"ConnectorA\",\"ConnectorB\"],\"discoveredAt\":\"2023-07-01T12:00:00Z\",\"createdAt\":\"2024-06-01T12:00:00Z\",\"status\":\"ACTIVE\",\"riskScore\":1,\"isBusiness\":false,\"totalSigninsCount\":1,\"riskLevel\":\"Low\"},{\"id\":\"59310a1e-0d8f-42fa-95aa-b82b263de7f6\",\"name\":\"Sample Tracker\",\"discoverySource\":\"Okta SaaS\",\"discoveredVendor\":\"Sample Vendor\",\"description\":\"A tool for monitoring and managing samples.\",\"recommendedConnectors\":[\"ConnectorC\",\"ConnectorD\"],\"discoveredAt\":\"2023-08-15T08:00:00Z\",\"createdAt\":\"2024-05-20T08:00:00Z\",\"status\":\"ACTIVE\",\"riskScore\":1,\"isBusiness\":false,\"totalSigninsCount\":1,\"riskLevel\":\"Low\"},{\"id\":\"dfe675cb-f689-475f-99f1-49e348449867\",\"name\":\"Demo Manager\",\"discoverySource\":\"Okta SaaS\",\"discoveredVendor\":\"Demo Provider\",\"description\":\"Software to demonstrate basic functionalities.\",\"recommendedConnectors\":[\"ConnectorE\",\"ConnectorF\"],\"discoveredAt\":\"2023-09-10T15:00:00Z\",\"createdAt\":\"2024-07-03T15:00:00Z\",\"status\":\"ACTIVE\",\"riskScore\":1,\"isBusiness\":false,\"totalSigninsCount\":1,\"riskLevel\":\"Low\"}]",
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
/// The operation of [`get_manual_discover_applications_csv_template()`], as `Mock<GetManualDiscoverApplicationsCsvTemplate>`.
pub enum GetManualDiscoverApplicationsCsvTemplate {}
/// Expects [`ApplicationDiscoveryApi::get_manual_discover_applications_csv_template`](crate::apis::application_discovery::ApplicationDiscoveryApi::get_manual_discover_applications_csv_template): `GET /manual-discover-applications-template`.
pub fn get_manual_discover_applications_csv_template() -> super::Mock<
    GetManualDiscoverApplicationsCsvTemplate,
> {
    super::Mock::new(runtime::Method::GET, "/manual-discover-applications-template")
}
impl super::Mock<GetManualDiscoverApplicationsCsvTemplate> {
    /// Answers `200` with `body` as text.
    pub fn respond_ok(self, body: &str) -> Self {
        self.respond_text(200, "text/csv", body)
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
/// The operation of [`send_manual_discover_applications_csv_template()`], as `Mock<SendManualDiscoverApplicationsCsvTemplate>`.
pub enum SendManualDiscoverApplicationsCsvTemplate {}
/// Expects [`ApplicationDiscoveryApi::send_manual_discover_applications_csv_template`](crate::apis::application_discovery::ApplicationDiscoveryApi::send_manual_discover_applications_csv_template): `POST /manual-discover-applications`.
pub fn send_manual_discover_applications_csv_template() -> super::Mock<
    SendManualDiscoverApplicationsCsvTemplate,
> {
    super::Mock::new(runtime::Method::POST, "/manual-discover-applications")
}
impl super::Mock<SendManualDiscoverApplicationsCsvTemplate> {
    /// Answers `200` with no body.
    pub fn respond_ok(self) -> Self {
        self.respond_empty(200)
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

//! Typed expectations of the operations tagged `Application Discovery`: `server.expect(mock::application_discovery::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`get_discovered_application_by_id()`], as `Mock<GetDiscoveredApplicationById>`.
pub enum GetDiscoveredApplicationById {}
/// Expects [`ApplicationDiscoveryApi::get_discovered_application_by_id`](crate::apis::application_discovery::ApplicationDiscoveryApi::get_discovered_application_by_id): `GET /discovered-applications/{id}`.
pub fn get_discovered_application_by_id() -> super::Mock<GetDiscoveredApplicationById> {
    super::Mock::new(runtime::Method::GET, "/discovered-applications/{id}")
}
impl super::Mock<GetDiscoveredApplicationById> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &runtime::serde_json::Value) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"id\":\"app-123\",\"name\":\"Example App\",\"discoverySource\":\"csv\",\"discoveredVendor\":\"Example Vendor\",\"description\":\"An application for managing examples.\",\"recommendedConnectors\":[\"ConnectorA\",\"ConnectorB\"],\"discoveredAt\":\"2023-07-01T12:00:00Z\",\"createdAt\":\"2024-06-01T12:00:00Z\",\"status\":\"ACTIVE\",\"associatedSources\":[\"4e2d7605-833f-4c34-8d03-5b2c7d2f4f66\",\"f9b7e2ce-aced-4117-a95f-4ffad8b33989\",\"a3b159f2-5f09-43c9-b40e-a6f317aa5b8f\"],\"riskScore\":1,\"isBusiness\":false,\"totalSigninsCount\":1,\"riskLevel\":\"Low\"}",
        )
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
            "[{\"id\":\"app-123\",\"name\":\"Example App\",\"discoverySource\":\"csv\",\"discoveredVendor\":\"Example Vendor\",\"description\":\"An application for managing examples.\",\"recommendedConnectors\":[\"ConnectorA\",\"ConnectorB\"],\"discoveredAt\":\"2023-07-01T12:00:00Z\",\"createdAt\":\"2024-06-01T12:00:00Z\",\"status\":\"ACTIVE\",\"riskScore\":1,\"isBusiness\":false,\"totalSigninsCount\":1,\"riskLevel\":\"Low\"},{\"id\":\"app-456\",\"name\":\"Sample Tracker\",\"discoverySource\":\"Okta SaaS\",\"discoveredVendor\":\"Sample Vendor\",\"description\":\"A tool for monitoring and managing samples.\",\"recommendedConnectors\":[\"ConnectorC\",\"ConnectorD\"],\"discoveredAt\":\"2023-08-15T08:00:00Z\",\"createdAt\":\"2024-05-20T08:00:00Z\",\"status\":\"ACTIVE\",\"riskScore\":1,\"isBusiness\":false,\"totalSigninsCount\":1,\"riskLevel\":\"Low\"},{\"id\":\"app-789\",\"name\":\"Demo Manager\",\"discoverySource\":\"Okta SaaS\",\"discoveredVendor\":\"Demo Provider\",\"description\":\"Software to demonstrate basic functionalities.\",\"recommendedConnectors\":[\"ConnectorE\",\"ConnectorF\"],\"discoveredAt\":\"2023-09-10T15:00:00Z\",\"createdAt\":\"2024-07-03T15:00:00Z\",\"status\":\"ACTIVE\",\"riskScore\":1,\"isBusiness\":false,\"totalSigninsCount\":1,\"riskLevel\":\"Low\"}]",
        )
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
/// The operation of [`patch_discovered_application_by_id()`], as `Mock<PatchDiscoveredApplicationById>`.
pub enum PatchDiscoveredApplicationById {}
/// Expects [`ApplicationDiscoveryApi::patch_discovered_application_by_id`](crate::apis::application_discovery::ApplicationDiscoveryApi::patch_discovered_application_by_id): `PATCH /discovered-applications/{id}`.
pub fn patch_discovered_application_by_id() -> super::Mock<
    PatchDiscoveredApplicationById,
> {
    super::Mock::new(runtime::Method::PATCH, "/discovered-applications/{id}")
}
impl super::Mock<PatchDiscoveredApplicationById> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &Vec<models::JsonPatchOperations>) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &runtime::serde_json::Value) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"id\":\"app-123\",\"name\":\"Example App\",\"discoverySource\":\"csv\",\"discoveredVendor\":\"Example Vendor\",\"description\":\"An application for managing examples.\",\"recommendedConnectors\":[\"ConnectorA\",\"ConnectorB\"],\"discoveredAt\":\"2023-07-01T12:00:00Z\",\"createdAt\":\"2024-06-01T12:00:00Z\",\"status\":\"ACTIVE\",\"associatedSources\":[\"4e2d7605-833f-4c34-8d03-5b2c7d2f4f66\",\"f9b7e2ce-aced-4117-a95f-4ffad8b33989\",\"a3b159f2-5f09-43c9-b40e-a6f317aa5b8f\"],\"riskScore\":1,\"isBusiness\":false,\"totalSigninsCount\":1,\"riskLevel\":\"Low\"}",
        )
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

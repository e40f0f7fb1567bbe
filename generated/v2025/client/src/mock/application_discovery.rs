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
            "[{\"id\":\"09d88a67-bae8-422c-a09b-f7a72f5ab032\",\"name\":\"Example App\",\"discoverySource\":\"csv\",\"discoveredVendor\":\"Example Vendor\",\"description\":\"An application for managing examples.\",\"recommendedConnectors\":[\"ConnectorA\",\"ConnectorB\"],\"discoveredAt\":\"2023-07-01T12:00:00Z\",\"createdAt\":\"2024-06-01T12:00:00Z\",\"status\":\"ACTIVE\",\"operationalStatus\":\"Operational\",\"datasetId\":null,\"discoverySourceCategory\":\"csv\",\"licenseCount\":null,\"isSanctioned\":false,\"logo\":null,\"appUrl\":null,\"groups\":null,\"usersCount\":null,\"applicationOwner\":[\"Ms. jane.doe\"],\"itApplicationOwner\":[\"Mr. mark.smith\"],\"businessCriticality\":\"Medium\",\"dataClassification\":\"Confidential\",\"businessUnit\":\"Operations\",\"installType\":null,\"environment\":null,\"riskScore\":null,\"isBusiness\":false,\"totalSigninsCount\":1,\"riskLevel\":\"Low\",\"isPrivileged\":false,\"warrantyExpiration\":null,\"attributes\":null},{\"id\":\"59310a1e-0d8f-42fa-95aa-b82b263de7f6\",\"name\":\"Sample Tracker\",\"discoverySource\":\"ServiceNow CMDB\",\"discoveredVendor\":\"Sample Vendor\",\"description\":\"A tool for monitoring and managing samples.\",\"recommendedConnectors\":[\"ConnectorC\",\"ConnectorD\"],\"discoveredAt\":\"2023-08-15T08:00:00Z\",\"createdAt\":\"2024-05-20T08:00:00Z\",\"status\":\"ACTIVE\",\"operationalStatus\":\"Operational\",\"datasetId\":\"cmdb-servicenow:applications\",\"discoverySourceCategory\":\"cmdb\",\"licenseCount\":\"\",\"isSanctioned\":false,\"logo\":\"\",\"appUrl\":\"\",\"groups\":null,\"usersCount\":\"\",\"applicationOwner\":[\"Ms. lisa.brown\"],\"itApplicationOwner\":[\"Mr. david.lee\"],\"businessCriticality\":\"High\",\"dataClassification\":\"Internal\",\"businessUnit\":\"R&D\",\"installType\":\"SaaS\",\"environment\":\"Production\",\"riskScore\":1,\"isBusiness\":false,\"totalSigninsCount\":1,\"riskLevel\":\"Medium\",\"isPrivileged\":false,\"warrantyExpiration\":\"2024-09-01T00:00:00.000+0000\",\"attributes\":{\"identityStack\":\"NOT_SHARED\",\"selfService\":false,\"signOnMode\":\"SAML_2_0\"}},{\"id\":\"dfe675cb-f689-475f-99f1-49e348449867\",\"name\":\"Demo Manager\",\"discoverySource\":\"Okta SaaS\",\"discoveredVendor\":\"Demo Provider\",\"description\":\"Software to demonstrate basic functionalities.\",\"recommendedConnectors\":[\"ConnectorE\",\"ConnectorF\"],\"discoveredAt\":\"2023-09-10T15:00:00Z\",\"createdAt\":\"2024-07-03T15:00:00Z\",\"status\":\"ACTIVE\",\"operationalStatus\":\"Operational\",\"datasetId\":\"sso-okta:applications\",\"discoverySourceCategory\":\"sso\",\"licenseCount\":175,\"isSanctioned\":true,\"logo\":\"https://spdojtest1.oktapreview.com/api/v1/apps/0oaeuef9hiipHcMgR0h7/logo\",\"appUrl\":\"https://spdojtest1.oktapreview.com/home/salesforce/0oaeuef9hiipHcMgR0h7/24\",\"groups\":[{\"map\":{\"id\":\"id\",\"name\":\"JIRA Users\",\"nativeIdentifiers\":{\"map\":{\"distinguishedName\":\"CN=Engineering users,OU=Engineering,DC=corp,DC=example,DC=com\",\"id\":\"nativeId\",\"objectSid\":\"S-1-5-21-717838489-685202119-709183397-1177\"}},\"type\":\"EXTERNAL_GROUP|LOCAL_GROUP\"}}],\"usersCount\":\"175\",\"applicationOwner\":[\"Mr. abel.tuter\"],\"itApplicationOwner\":[\"Mr. john doe\"],\"businessCriticality\":\"High\",\"dataClassification\":\"Restricted\",\"businessUnit\":\"Finance\",\"installType\":\"On Premise\",\"environment\":\"Production\",\"riskScore\":1,\"isBusiness\":false,\"totalSigninsCount\":1,\"riskLevel\":\"Low\",\"isPrivileged\":false,\"warrantyExpiration\":\"2023-09-25T14:07:27.000+0000\",\"attributes\":{\"features\":[\"IMPORT_PROFILE_UPDATES\",\"IMPORT_USER_SCHEMA\",\"IMPORT_NEW_USERS\"],\"identityStack\":\"NOT_SHARED\",\"selfService\":false,\"signOnMode\":\"SAML_2_0\"}}]",
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
/// The operation of [`start_application_discovery()`], as `Mock<StartApplicationDiscovery>`.
pub enum StartApplicationDiscovery {}
/// Expects [`ApplicationDiscoveryApi::start_application_discovery`](crate::apis::application_discovery::ApplicationDiscoveryApi::start_application_discovery): `POST /sources/{sourceId}/discover-applications`.
pub fn start_application_discovery() -> super::Mock<StartApplicationDiscovery> {
    super::Mock::new(runtime::Method::POST, "/sources/{sourceId}/discover-applications")
}
impl super::Mock<StartApplicationDiscovery> {
    /// Requires path parameter `sourceId` with `value`, encoded as the client does.
    pub fn source_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("sourceId", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::ApplicationDiscoveryRequest) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::ApplicationDiscoveryResponse) -> Self {
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
    pub fn respond_forbidden(
        self,
        body: &models::StartApplicationDiscoveryResponse403,
    ) -> Self {
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

//! Typed expectations of the operations tagged `Certification Campaigns`: `server.expect(mock::certification_campaigns::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`complete_campaign()`], as `Mock<CompleteCampaign>`.
pub enum CompleteCampaign {}
/// Expects [`CertificationCampaignsApi::complete_campaign`](crate::apis::certification_campaigns::CertificationCampaignsApi::complete_campaign): `POST /campaigns/{id}/complete`.
pub fn complete_campaign() -> super::Mock<CompleteCampaign> {
    super::Mock::new(runtime::Method::POST, "/campaigns/{id}/complete")
}
impl super::Mock<CompleteCampaign> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::CampaignCompleteOptions) -> Self {
        self.json_body(value)
    }
    /// Answers `202` with `body` as JSON.
    pub fn respond_accepted(self, body: &models::serde_json::Value) -> Self {
        self.respond_json(202, body)
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
/// The operation of [`create_campaign()`], as `Mock<CreateCampaign>`.
pub enum CreateCampaign {}
/// Expects [`CertificationCampaignsApi::create_campaign`](crate::apis::certification_campaigns::CertificationCampaignsApi::create_campaign): `POST /campaigns`.
pub fn create_campaign() -> super::Mock<CreateCampaign> {
    super::Mock::new(runtime::Method::POST, "/campaigns")
}
impl super::Mock<CreateCampaign> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::CampaignV2024) -> Self {
        self.json_body(value)
    }
    /// Answers `202` with `body` as JSON.
    pub fn respond_accepted(self, body: &models::CampaignV2024) -> Self {
        self.respond_json(202, body)
    }
    /// Answers `202` with the spec's example.
    pub fn respond_accepted_example(self) -> Self {
        self.respond_json_text(
            202,
            "{\"id\":\"5594f43b76804a6980ece5fdccf74be7\",\"name\":\"Manager Review\",\"description\":\"A review of everyone's access by their manager.\",\"deadline\":\"2020-12-25T06:00:00.468Z\",\"type\":\"MANAGER\",\"status\":\"PENDING\",\"emailNotificationEnabled\":false,\"autoRevokeAllowed\":false,\"recommendationsEnabled\":false,\"created\":\"2022-08-02T20:21:18.421Z\",\"modified\":null,\"filter\":{\"type\":\"CAMPAIGN_FILTER\",\"id\":\"0fbe863c063c4c88a35fd7f17e8a3df5\",\"name\":\"Test Manager Filter\"},\"sunsetCommentsRequired\":true,\"sourceOwnerCampaignInfo\":null,\"searchCampaignInfo\":null,\"roleCompositionCampaignInfo\":null,\"machineAccountCampaignInfo\":null,\"alerts\":null,\"totalCertifications\":0,\"completedCertifications\":0,\"sourcesWithOrphanEntitlements\":null,\"mandatoryCommentRequirement\":\"NO_DECISIONS\"}",
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
/// The operation of [`create_campaign_template()`], as `Mock<CreateCampaignTemplate>`.
pub enum CreateCampaignTemplate {}
/// Expects [`CertificationCampaignsApi::create_campaign_template`](crate::apis::certification_campaigns::CertificationCampaignsApi::create_campaign_template): `POST /campaign-templates`.
pub fn create_campaign_template() -> super::Mock<CreateCampaignTemplate> {
    super::Mock::new(runtime::Method::POST, "/campaign-templates")
}
impl super::Mock<CreateCampaignTemplate> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::CampaignTemplate) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::CampaignTemplate) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"id\":\"e7dbec99d49349c8951bd84f58a05120\",\"name\":\"Manager Review\",\"created\":\"2022-08-02T19:16:42.632Z\",\"modified\":null,\"description\":\"A review of everyone's access by their manager.\",\"deadlineDuration\":\"P14D\",\"ownerRef\":{\"email\":\"support@testmail.identitysoon.com\",\"type\":\"IDENTITY\",\"id\":\"7ec252acbd4245548bc25df22348cb75\",\"name\":\"SailPoint Support\"},\"scheduled\":false,\"campaign\":{\"created\":null,\"modified\":null,\"filter\":{\"type\":\"CAMPAIGN_FILTER\",\"id\":\"e0adaae69852e8fe8b8a3d48e5ce757c\",\"name\":\"Test Manager Filter\"},\"sunsetCommentsRequired\":true,\"sourceOwnerCampaignInfo\":null,\"searchCampaignInfo\":null,\"roleCompositionCampaignInfo\":null,\"alerts\":null,\"totalCertifications\":null,\"completedCertifications\":null,\"sourcesWithOrphanEntitlements\":null,\"id\":null,\"name\":\"Manager Review\",\"description\":\"Review everyone's access.\",\"deadline\":null,\"type\":\"MANAGER\",\"status\":null,\"emailNotificationEnabled\":true,\"autoRevokeAllowed\":false,\"recommendationsEnabled\":false,\"correlatedStatus\":\"CORRELATED\",\"mandatoryCommentRequirement\":\"NO_DECISIONS\"}}",
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
/// The operation of [`delete_campaign_template()`], as `Mock<DeleteCampaignTemplate>`.
pub enum DeleteCampaignTemplate {}
/// Expects [`CertificationCampaignsApi::delete_campaign_template`](crate::apis::certification_campaigns::CertificationCampaignsApi::delete_campaign_template): `DELETE /campaign-templates/{id}`.
pub fn delete_campaign_template() -> super::Mock<DeleteCampaignTemplate> {
    super::Mock::new(runtime::Method::DELETE, "/campaign-templates/{id}")
}
impl super::Mock<DeleteCampaignTemplate> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
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
/// The operation of [`delete_campaign_template_schedule()`], as `Mock<DeleteCampaignTemplateSchedule>`.
pub enum DeleteCampaignTemplateSchedule {}
/// Expects [`CertificationCampaignsApi::delete_campaign_template_schedule`](crate::apis::certification_campaigns::CertificationCampaignsApi::delete_campaign_template_schedule): `DELETE /campaign-templates/{id}/schedule`.
pub fn delete_campaign_template_schedule() -> super::Mock<
    DeleteCampaignTemplateSchedule,
> {
    super::Mock::new(runtime::Method::DELETE, "/campaign-templates/{id}/schedule")
}
impl super::Mock<DeleteCampaignTemplateSchedule> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
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
/// The operation of [`delete_campaigns()`], as `Mock<DeleteCampaigns>`.
pub enum DeleteCampaigns {}
/// Expects [`CertificationCampaignsApi::delete_campaigns`](crate::apis::certification_campaigns::CertificationCampaignsApi::delete_campaigns): `POST /campaigns/delete`.
pub fn delete_campaigns() -> super::Mock<DeleteCampaigns> {
    super::Mock::new(runtime::Method::POST, "/campaigns/delete")
}
impl super::Mock<DeleteCampaigns> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::CampaignsDeleteRequest) -> Self {
        self.json_body(value)
    }
    /// Answers `202` with `body` as JSON.
    pub fn respond_accepted(self, body: &models::serde_json::Value) -> Self {
        self.respond_json(202, body)
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
/// The operation of [`get_active_campaigns()`], as `Mock<GetActiveCampaigns>`.
pub enum GetActiveCampaigns {}
/// Expects [`CertificationCampaignsApi::get_active_campaigns`](crate::apis::certification_campaigns::CertificationCampaignsApi::get_active_campaigns): `GET /campaigns`.
pub fn get_active_campaigns() -> super::Mock<GetActiveCampaigns> {
    super::Mock::new(runtime::Method::GET, "/campaigns")
}
impl super::Mock<GetActiveCampaigns> {
    /// Requires query parameter `detail` with `value`, encoded as the client does.
    pub fn detail(self, value: models::GetActiveCampaignsDetail) -> Self {
        self.query_param("detail", &value, "form", true)
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
    pub fn respond_ok(self, body: &Vec<models::GetActiveCampaignsResponseItem>) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "[{\"id\":\"2c918086719eec070171a7e3355a360a\",\"name\":\"Manager Review\",\"description\":\"A review of everyone's access by their manager.\",\"deadline\":\"2020-12-25T06:00:00.123Z\",\"type\":\"MANAGER\",\"status\":\"ACTIVE\",\"emailNotificationEnabled\":false,\"autoRevokeAllowed\":false,\"recommendationsEnabled\":false,\"created\":\"2022-08-02T19:00:27.731Z\",\"totalCertifications\":10,\"completedCertifications\":3,\"alerts\":[{\"level\":\"ERROR\",\"localizations\":[{\"locale\":\"en\",\"localeOrigin\":\"DEFAULT\",\"text\":\"Composite criterion must have children non-composite criterion must not.\"}]}]},{\"id\":\"7e1a731e3fb845cfbe58112ba4673ee4\",\"name\":\"Search Campaign\",\"description\":\"Search Campaign Info\",\"deadline\":\"2022-07-26T15:42:44Z\",\"type\":\"SEARCH\",\"status\":\"ACTIVE\",\"emailNotificationEnabled\":false,\"autoRevokeAllowed\":false,\"recommendationsEnabled\":false,\"created\":\"2022-07-25T15:42:18.276Z\",\"totalCertifications\":5,\"completedCertifications\":3,\"alerts\":null},{\"id\":\"2c918086719eec070171a7e3355a412b\",\"name\":\"AD Source Review\",\"description\":\"A review of our AD source.\",\"deadline\":\"2020-12-25T06:00:00.123Z\",\"type\":\"SOURCE_OWNER\",\"status\":\"STAGED\",\"emailNotificationEnabled\":true,\"autoRevokeAllowed\":false,\"recommendationsEnabled\":false,\"correlatedStatus\":\"CORRELATED\",\"created\":\"2022-07-27T17:04:19.027Z\",\"totalCertifications\":7,\"completedCertifications\":3,\"alerts\":[{\"level\":\"WARN\",\"localizations\":[{\"locale\":\"en\",\"localeOrigin\":\"DEFAULT\",\"text\":\"Composite criterion is in wrong format.\"}]}]},{\"id\":\"3b2e2e5821e84127b6d693d41c40623b\",\"name\":\"Role Composition Campaign\",\"description\":\"A review done by a role owner.\",\"deadline\":\"2020-12-25T06:00:00.468Z\",\"type\":\"ROLE_COMPOSITION\",\"status\":\"ACTIVE\",\"emailNotificationEnabled\":false,\"autoRevokeAllowed\":false,\"recommendationsEnabled\":false,\"created\":\"2022-08-02T20:29:51.065Z\",\"totalCertifications\":1,\"completedCertifications\":1,\"alerts\":null}]",
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
/// The operation of [`get_campaign()`], as `Mock<GetCampaign>`.
pub enum GetCampaign {}
/// Expects [`CertificationCampaignsApi::get_campaign`](crate::apis::certification_campaigns::CertificationCampaignsApi::get_campaign): `GET /campaigns/{id}`.
pub fn get_campaign() -> super::Mock<GetCampaign> {
    super::Mock::new(runtime::Method::GET, "/campaigns/{id}")
}
impl super::Mock<GetCampaign> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires query parameter `detail` with `value`, encoded as the client does.
    pub fn detail(self, value: models::GetCampaignDetail) -> Self {
        self.query_param("detail", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::GetCampaignResponse) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"id\":\"2c918086719eec070171a7e3355a360a\",\"name\":\"Manager Review\",\"description\":\"A review of everyone's access by their manager.\",\"deadline\":\"2020-12-25T06:00:00.123Z\",\"type\":\"MANAGER\",\"status\":\"ACTIVE\",\"emailNotificationEnabled\":false,\"autoRevokeAllowed\":false,\"recommendationsEnabled\":false}",
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
/// The operation of [`get_campaign_reports()`], as `Mock<GetCampaignReports>`.
pub enum GetCampaignReports {}
/// Expects [`CertificationCampaignsApi::get_campaign_reports`](crate::apis::certification_campaigns::CertificationCampaignsApi::get_campaign_reports): `GET /campaigns/{id}/reports`.
pub fn get_campaign_reports() -> super::Mock<GetCampaignReports> {
    super::Mock::new(runtime::Method::GET, "/campaigns/{id}/reports")
}
impl super::Mock<GetCampaignReports> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::CampaignReport>) -> Self {
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
/// The operation of [`get_campaign_reports_config()`], as `Mock<GetCampaignReportsConfig>`.
pub enum GetCampaignReportsConfig {}
/// Expects [`CertificationCampaignsApi::get_campaign_reports_config`](crate::apis::certification_campaigns::CertificationCampaignsApi::get_campaign_reports_config): `GET /campaigns/reports-configuration`.
pub fn get_campaign_reports_config() -> super::Mock<GetCampaignReportsConfig> {
    super::Mock::new(runtime::Method::GET, "/campaigns/reports-configuration")
}
impl super::Mock<GetCampaignReportsConfig> {
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::CampaignReportsConfiguration) -> Self {
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
/// The operation of [`get_campaign_template()`], as `Mock<GetCampaignTemplate>`.
pub enum GetCampaignTemplate {}
/// Expects [`CertificationCampaignsApi::get_campaign_template`](crate::apis::certification_campaigns::CertificationCampaignsApi::get_campaign_template): `GET /campaign-templates/{id}`.
pub fn get_campaign_template() -> super::Mock<GetCampaignTemplate> {
    super::Mock::new(runtime::Method::GET, "/campaign-templates/{id}")
}
impl super::Mock<GetCampaignTemplate> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::CampaignTemplate) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"id\":\"e7dbec99d49349c8951bd84f58a05120\",\"name\":\"Manager Review\",\"created\":\"2022-08-02T19:16:42.632Z\",\"modified\":null,\"description\":\"A review of everyone's access by their manager.\",\"deadlineDuration\":\"P14D\",\"ownerRef\":{\"email\":\"support@testmail.identitysoon.com\",\"type\":\"IDENTITY\",\"id\":\"7ec252acbd4245548bc25df22348cb75\",\"name\":\"SailPoint Support\"},\"scheduled\":false,\"campaign\":{\"created\":null,\"modified\":null,\"filter\":{\"type\":\"CAMPAIGN_FILTER\",\"id\":\"e0adaae69852e8fe8b8a3d48e5ce757c\",\"name\":\"Test Manager Filter\"},\"sunsetCommentsRequired\":true,\"sourceOwnerCampaignInfo\":null,\"searchCampaignInfo\":null,\"roleCompositionCampaignInfo\":null,\"alerts\":null,\"totalCertifications\":null,\"completedCertifications\":null,\"sourcesWithOrphanEntitlements\":null,\"id\":null,\"name\":\"Manager Review\",\"description\":\"Review everyone's access.\",\"deadline\":null,\"type\":\"MANAGER\",\"status\":null,\"emailNotificationEnabled\":true,\"autoRevokeAllowed\":false,\"recommendationsEnabled\":false,\"correlatedStatus\":\"CORRELATED\",\"mandatoryCommentRequirement\":\"NO_DECISIONS\"}}",
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
/// The operation of [`get_campaign_template_schedule()`], as `Mock<GetCampaignTemplateSchedule>`.
pub enum GetCampaignTemplateSchedule {}
/// Expects [`CertificationCampaignsApi::get_campaign_template_schedule`](crate::apis::certification_campaigns::CertificationCampaignsApi::get_campaign_template_schedule): `GET /campaign-templates/{id}/schedule`.
pub fn get_campaign_template_schedule() -> super::Mock<GetCampaignTemplateSchedule> {
    super::Mock::new(runtime::Method::GET, "/campaign-templates/{id}/schedule")
}
impl super::Mock<GetCampaignTemplateSchedule> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::ScheduleV2024) -> Self {
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
/// The operation of [`get_campaign_templates()`], as `Mock<GetCampaignTemplates>`.
pub enum GetCampaignTemplates {}
/// Expects [`CertificationCampaignsApi::get_campaign_templates`](crate::apis::certification_campaigns::CertificationCampaignsApi::get_campaign_templates): `GET /campaign-templates`.
pub fn get_campaign_templates() -> super::Mock<GetCampaignTemplates> {
    super::Mock::new(runtime::Method::GET, "/campaign-templates")
}
impl super::Mock<GetCampaignTemplates> {
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
    /// Requires query parameter `sorters` with `value`, encoded as the client does.
    pub fn sorters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("sorters", &value, "form", true)
    }
    /// Requires query parameter `filters` with `value`, encoded as the client does.
    pub fn filters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("filters", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::CampaignTemplate>) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "[{\"id\":\"e7dbec99d49349c8951bd84f58a05120\",\"name\":\"Manager Review\",\"created\":\"2022-08-02T19:16:42.632Z\",\"modified\":null,\"description\":\"A review of everyone's access by their manager.\",\"deadlineDuration\":\"P14D\",\"ownerRef\":{\"email\":\"support@testmail.identitysoon.com\",\"type\":\"IDENTITY\",\"id\":\"7ec252acbd4245548bc25df22348cb75\",\"name\":\"SailPoint Support\"},\"scheduled\":false,\"campaign\":{\"created\":null,\"modified\":null,\"filter\":{\"type\":\"CAMPAIGN_FILTER\",\"id\":\"e0adaae69852e8fe8b8a3d48e5ce757c\",\"name\":\"Test Manager Filter\"},\"sunsetCommentsRequired\":true,\"sourceOwnerCampaignInfo\":null,\"searchCampaignInfo\":null,\"roleCompositionCampaignInfo\":null,\"alerts\":null,\"totalCertifications\":null,\"completedCertifications\":null,\"sourcesWithOrphanEntitlements\":null,\"id\":null,\"name\":\"Manager Review\",\"description\":\"Review everyone's access.\",\"deadline\":null,\"type\":\"MANAGER\",\"status\":null,\"emailNotificationEnabled\":true,\"autoRevokeAllowed\":false,\"recommendationsEnabled\":false,\"mandatoryCommentRequirement\":\"NO_DECISIONS\"}},{\"id\":\"b7e6459eed5247ac8b98a5fed81fe27f\",\"name\":\"Reporting Access Review\",\"created\":\"2022-07-28T19:19:40.035Z\",\"modified\":null,\"description\":\"A review of everyone's access to the reporting system.\",\"deadlineDuration\":\"P14D\",\"ownerRef\":{\"email\":\"support@testmail.identitysoon.com\",\"type\":\"IDENTITY\",\"id\":\"7ec252acbd4245548bc25df22348cb75\",\"name\":\"SailPoint Support\"},\"scheduled\":false,\"campaign\":{\"created\":null,\"modified\":null,\"filter\":{\"type\":\"CAMPAIGN_FILTER\",\"id\":\"e0adaae69852e8fe8b8a3d48e5ce757c\",\"name\":\"Test Search Filter\"},\"sunsetCommentsRequired\":true,\"sourceOwnerCampaignInfo\":null,\"searchCampaignInfo\":{\"type\":\"ACCESS\",\"description\":\"Identities with reporting abilities\",\"reviewerId\":null,\"reviewer\":null,\"query\":\"@access(name: (\\\"reporter\\\"))\",\"identityIds\":null,\"accessConstraints\":[]},\"roleCompositionCampaignInfo\":null,\"alerts\":null,\"totalCertifications\":null,\"completedCertifications\":null,\"sourcesWithOrphanEntitlements\":null,\"id\":null,\"name\":\"Search Campaign\",\"description\":\"Review everyone's access to the reporting system.\",\"deadline\":null,\"type\":\"SEARCH\",\"status\":null,\"emailNotificationEnabled\":true,\"autoRevokeAllowed\":false,\"recommendationsEnabled\":false,\"mandatoryCommentRequirement\":\"NO_DECISIONS\"}},{\"id\":\"b9f41bc69e7a4291b9de0630396d030d\",\"name\":\"Campaign With Admin Role\",\"created\":\"2022-08-02T13:40:36.857Z\",\"modified\":null,\"description\":\"Campaign With Admin Role\",\"deadlineDuration\":null,\"ownerRef\":{\"email\":\"support@testmail.identitysoon.com\",\"type\":\"IDENTITY\",\"id\":\"7ec252acbd4245548bc25df22348cb75\",\"name\":\"SailPoint Support\"},\"scheduled\":false,\"campaign\":{\"created\":null,\"modified\":null,\"filter\":null,\"sunsetCommentsRequired\":true,\"sourceOwnerCampaignInfo\":null,\"searchCampaignInfo\":null,\"roleCompositionCampaignInfo\":{\"remediatorRef\":{\"type\":\"IDENTITY\",\"id\":\"7ec252acbd4245548bc25df22348cb75\",\"name\":\"SailPoint Support\"},\"reviewerId\":null,\"reviewer\":null,\"roleIds\":[\"b15d609fc5c8434b865fe552315fda8f\"],\"query\":null,\"description\":null},\"alerts\":null,\"totalCertifications\":null,\"completedCertifications\":null,\"sourcesWithOrphanEntitlements\":null,\"id\":null,\"name\":\"Campaign With Admin Role\",\"description\":\"Campaign With Admin Role\",\"deadline\":null,\"type\":\"ROLE_COMPOSITION\",\"status\":null,\"emailNotificationEnabled\":false,\"autoRevokeAllowed\":false,\"recommendationsEnabled\":false,\"mandatoryCommentRequirement\":\"NO_DECISIONS\"}},{\"id\":\"b9f41bc69e7a4291b9de0630396d030d\",\"name\":\"AD Source Review\",\"created\":\"2022-08-02T13:40:36.857Z\",\"modified\":null,\"description\":\"A review of our AD source.\",\"deadlineDuration\":\"P1M\",\"ownerRef\":{\"email\":\"support@testmail.identitysoon.com\",\"type\":\"IDENTITY\",\"id\":\"7ec252acbd4245548bc25df22348cb75\",\"name\":\"SailPoint Support\"},\"scheduled\":false,\"campaign\":{\"created\":null,\"modified\":null,\"filter\":{\"type\":\"CAMPAIGN_FILTER\",\"id\":\"e0adaae69852e8fe8b8a3d48e5ce757c\",\"name\":\"Test Source Owner Filter\"},\"sunsetCommentsRequired\":true,\"sourceOwnerCampaignInfo\":{\"sourceIds\":[\"2c918084707deba501709d45ce4e5569\"]},\"searchCampaignInfo\":null,\"roleCompositionCampaignInfo\":null,\"alerts\":null,\"totalCertifications\":null,\"completedCertifications\":null,\"sourcesWithOrphanEntitlements\":null,\"id\":null,\"name\":\"AD Source Review\",\"description\":\"Review everyone's access.\",\"deadline\":null,\"type\":\"SOURCE_OWNER\",\"status\":null,\"emailNotificationEnabled\":true,\"autoRevokeAllowed\":false,\"recommendationsEnabled\":false,\"correlatedStatus\":\"CORRELATED\",\"mandatoryCommentRequirement\":\"NO_DECISIONS\"}}]",
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
/// The operation of [`move()`], as `Mock<Move>`.
pub enum Move {}
/// Expects [`CertificationCampaignsApi::move`](crate::apis::certification_campaigns::CertificationCampaignsApi::move): `POST /campaigns/{id}/reassign`.
pub fn r#move() -> super::Mock<Move> {
    super::Mock::new(runtime::Method::POST, "/campaigns/{id}/reassign")
}
impl super::Mock<Move> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::AdminReviewReassign) -> Self {
        self.json_body(value)
    }
    /// Answers `202` with `body` as JSON.
    pub fn respond_accepted(self, body: &models::CertificationTask) -> Self {
        self.respond_json(202, body)
    }
    /// Answers `202` with the spec's example.
    pub fn respond_accepted_example(self) -> Self {
        self.respond_json_text(
            202,
            "{\"id\":\"2c918086719eec070171a7e3355a360a\",\"type\":\"ADMIN_REASSIGN\",\"targetType\":\"CAMPAIGN\",\"targetId\":\"2c918086719eec070171a7e3355a834c\",\"status\":\"QUEUED\",\"errors\":[],\"created\":\"2020-09-24T18:10:47.693Z\"}",
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
/// The operation of [`patch_campaign_template()`], as `Mock<PatchCampaignTemplate>`.
pub enum PatchCampaignTemplate {}
/// Expects [`CertificationCampaignsApi::patch_campaign_template`](crate::apis::certification_campaigns::CertificationCampaignsApi::patch_campaign_template): `PATCH /campaign-templates/{id}`.
pub fn patch_campaign_template() -> super::Mock<PatchCampaignTemplate> {
    super::Mock::new(runtime::Method::PATCH, "/campaign-templates/{id}")
}
impl super::Mock<PatchCampaignTemplate> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &Vec<models::JsonPatchOperation>) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::CampaignTemplate) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"id\":\"e7dbec99d49349c8951bd84f58a05120\",\"name\":\"Manager Review\",\"created\":\"2022-08-02T19:16:42.632Z\",\"modified\":null,\"description\":\"A review of everyone's access by their manager.\",\"deadlineDuration\":\"P14D\",\"ownerRef\":{\"email\":\"support@testmail.identitysoon.com\",\"type\":\"IDENTITY\",\"id\":\"7ec252acbd4245548bc25df22348cb75\",\"name\":\"SailPoint Support\"},\"scheduled\":false,\"campaign\":{\"created\":null,\"modified\":null,\"filter\":{\"type\":\"CAMPAIGN_FILTER\",\"id\":\"e0adaae69852e8fe8b8a3d48e5ce757c\",\"name\":\"Test Manager Filter\"},\"sunsetCommentsRequired\":true,\"sourceOwnerCampaignInfo\":null,\"searchCampaignInfo\":null,\"roleCompositionCampaignInfo\":null,\"alerts\":null,\"totalCertifications\":null,\"completedCertifications\":null,\"sourcesWithOrphanEntitlements\":null,\"id\":null,\"name\":\"Manager Review\",\"description\":\"Review everyone's access.\",\"deadline\":null,\"type\":\"MANAGER\",\"status\":null,\"emailNotificationEnabled\":true,\"autoRevokeAllowed\":false,\"recommendationsEnabled\":false,\"correlatedStatus\":\"CORRELATED\",\"mandatoryCommentRequirement\":\"NO_DECISIONS\"}}",
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
/// The operation of [`set_campaign_reports_config()`], as `Mock<SetCampaignReportsConfig>`.
pub enum SetCampaignReportsConfig {}
/// Expects [`CertificationCampaignsApi::set_campaign_reports_config`](crate::apis::certification_campaigns::CertificationCampaignsApi::set_campaign_reports_config): `PUT /campaigns/reports-configuration`.
pub fn set_campaign_reports_config() -> super::Mock<SetCampaignReportsConfig> {
    super::Mock::new(runtime::Method::PUT, "/campaigns/reports-configuration")
}
impl super::Mock<SetCampaignReportsConfig> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::CampaignReportsConfiguration) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::CampaignReportsConfiguration) -> Self {
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
/// The operation of [`set_campaign_template_schedule()`], as `Mock<SetCampaignTemplateSchedule>`.
pub enum SetCampaignTemplateSchedule {}
/// Expects [`CertificationCampaignsApi::set_campaign_template_schedule`](crate::apis::certification_campaigns::CertificationCampaignsApi::set_campaign_template_schedule): `PUT /campaign-templates/{id}/schedule`.
pub fn set_campaign_template_schedule() -> super::Mock<SetCampaignTemplateSchedule> {
    super::Mock::new(runtime::Method::PUT, "/campaign-templates/{id}/schedule")
}
impl super::Mock<SetCampaignTemplateSchedule> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::ScheduleV2024) -> Self {
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
/// The operation of [`start_campaign()`], as `Mock<StartCampaign>`.
pub enum StartCampaign {}
/// Expects [`CertificationCampaignsApi::start_campaign`](crate::apis::certification_campaigns::CertificationCampaignsApi::start_campaign): `POST /campaigns/{id}/activate`.
pub fn start_campaign() -> super::Mock<StartCampaign> {
    super::Mock::new(runtime::Method::POST, "/campaigns/{id}/activate")
}
impl super::Mock<StartCampaign> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::ActivateCampaignOptions) -> Self {
        self.json_body(value)
    }
    /// Answers `202` with `body` as JSON.
    pub fn respond_accepted(self, body: &models::serde_json::Value) -> Self {
        self.respond_json(202, body)
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
/// The operation of [`start_campaign_remediation_scan()`], as `Mock<StartCampaignRemediationScan>`.
pub enum StartCampaignRemediationScan {}
/// Expects [`CertificationCampaignsApi::start_campaign_remediation_scan`](crate::apis::certification_campaigns::CertificationCampaignsApi::start_campaign_remediation_scan): `POST /campaigns/{id}/run-remediation-scan`.
pub fn start_campaign_remediation_scan() -> super::Mock<StartCampaignRemediationScan> {
    super::Mock::new(runtime::Method::POST, "/campaigns/{id}/run-remediation-scan")
}
impl super::Mock<StartCampaignRemediationScan> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `202` with `body` as JSON.
    pub fn respond_accepted(self, body: &models::serde_json::Value) -> Self {
        self.respond_json(202, body)
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
/// The operation of [`start_campaign_report()`], as `Mock<StartCampaignReport>`.
pub enum StartCampaignReport {}
/// Expects [`CertificationCampaignsApi::start_campaign_report`](crate::apis::certification_campaigns::CertificationCampaignsApi::start_campaign_report): `POST /campaigns/{id}/run-report/{type}`.
pub fn start_campaign_report() -> super::Mock<StartCampaignReport> {
    super::Mock::new(runtime::Method::POST, "/campaigns/{id}/run-report/{type}")
}
impl super::Mock<StartCampaignReport> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires path parameter `type` with `value`, encoded as the client does.
    pub fn r#type(self, value: models::ReportType) -> Self {
        self.path_param("type", &value, false)
    }
    /// Answers `202` with `body` as JSON.
    pub fn respond_accepted(self, body: &models::serde_json::Value) -> Self {
        self.respond_json(202, body)
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
/// The operation of [`start_generate_campaign_template()`], as `Mock<StartGenerateCampaignTemplate>`.
pub enum StartGenerateCampaignTemplate {}
/// Expects [`CertificationCampaignsApi::start_generate_campaign_template`](crate::apis::certification_campaigns::CertificationCampaignsApi::start_generate_campaign_template): `POST /campaign-templates/{id}/generate`.
pub fn start_generate_campaign_template() -> super::Mock<StartGenerateCampaignTemplate> {
    super::Mock::new(runtime::Method::POST, "/campaign-templates/{id}/generate")
}
impl super::Mock<StartGenerateCampaignTemplate> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::Campaign) -> Self {
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
/// The operation of [`update_campaign()`], as `Mock<UpdateCampaign>`.
pub enum UpdateCampaign {}
/// Expects [`CertificationCampaignsApi::update_campaign`](crate::apis::certification_campaigns::CertificationCampaignsApi::update_campaign): `PATCH /campaigns/{id}`.
pub fn update_campaign() -> super::Mock<UpdateCampaign> {
    super::Mock::new(runtime::Method::PATCH, "/campaigns/{id}")
}
impl super::Mock<UpdateCampaign> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &Vec<models::JsonPatchOperation>) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::SlimCampaign) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"id\":\"2c918086719eec070171a7e3355a360a\",\"name\":\"Manager Review\",\"description\":\"A review of everyone's access by their manager.\",\"deadline\":\"2020-12-25T06:00:00.123Z\",\"type\":\"MANAGER\",\"status\":\"ACTIVE\",\"emailNotificationEnabled\":false,\"autoRevokeAllowed\":false,\"recommendationsEnabled\":false}",
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

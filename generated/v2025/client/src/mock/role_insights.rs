//! Typed expectations of the operations tagged `Role Insights`: `server.expect(mock::role_insights::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`create_role_insight_requests()`], as `Mock<CreateRoleInsightRequests>`.
pub enum CreateRoleInsightRequests {}
/// Expects [`RoleInsightsApi::create_role_insight_requests`](crate::apis::role_insights::RoleInsightsApi::create_role_insight_requests): `POST /role-insights/requests`.
pub fn create_role_insight_requests() -> super::Mock<CreateRoleInsightRequests> {
    super::Mock::new(runtime::Method::POST, "/role-insights/requests")
}
impl super::Mock<CreateRoleInsightRequests> {
    /// Answers `201` with `body` as JSON.
    pub fn respond_created(self, body: &models::RoleInsightsResponse) -> Self {
        self.respond_json(201, body)
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
/// The operation of [`download_role_insights_entitlements_changes()`], as `Mock<DownloadRoleInsightsEntitlementsChanges>`.
pub enum DownloadRoleInsightsEntitlementsChanges {}
/// Expects [`RoleInsightsApi::download_role_insights_entitlements_changes`](crate::apis::role_insights::RoleInsightsApi::download_role_insights_entitlements_changes): `GET /role-insights/{insightId}/entitlement-changes/download`.
pub fn download_role_insights_entitlements_changes() -> super::Mock<
    DownloadRoleInsightsEntitlementsChanges,
> {
    super::Mock::new(
        runtime::Method::GET,
        "/role-insights/{insightId}/entitlement-changes/download",
    )
}
impl super::Mock<DownloadRoleInsightsEntitlementsChanges> {
    /// Requires path parameter `insightId` with `value`, encoded as the client does.
    pub fn insight_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("insightId", &value, false)
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
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`get_entitlement_changes_identities()`], as `Mock<GetEntitlementChangesIdentities>`.
pub enum GetEntitlementChangesIdentities {}
/// Expects [`RoleInsightsApi::get_entitlement_changes_identities`](crate::apis::role_insights::RoleInsightsApi::get_entitlement_changes_identities): `GET /role-insights/{insightId}/entitlement-changes/{entitlementId}/identities`.
pub fn get_entitlement_changes_identities() -> super::Mock<
    GetEntitlementChangesIdentities,
> {
    super::Mock::new(
        runtime::Method::GET,
        "/role-insights/{insightId}/entitlement-changes/{entitlementId}/identities",
    )
}
impl super::Mock<GetEntitlementChangesIdentities> {
    /// Requires path parameter `insightId` with `value`, encoded as the client does.
    pub fn insight_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("insightId", &value, false)
    }
    /// Requires path parameter `entitlementId` with `value`, encoded as the client does.
    pub fn entitlement_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("entitlementId", &value, false)
    }
    /// Requires query parameter `hasEntitlement` with `value`, encoded as the client does.
    pub fn has_entitlement(self, value: bool) -> Self {
        self.query_param("hasEntitlement", &value, "form", true)
    }
    /// Requires query parameter `offset` with `value`, encoded as the client does.
    pub fn offset(self, value: i32) -> Self {
        self.query_param("offset", &value, "form", true)
    }
    /// Requires query parameter `limit` with `value`, encoded as the client does.
    pub fn limit(self, value: i32) -> Self {
        self.query_param("limit", &value, "form", true)
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
    pub fn respond_ok(self, body: &Vec<models::RoleInsightsIdentities>) -> Self {
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
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`get_role_insight()`], as `Mock<GetRoleInsight>`.
pub enum GetRoleInsight {}
/// Expects [`RoleInsightsApi::get_role_insight`](crate::apis::role_insights::RoleInsightsApi::get_role_insight): `GET /role-insights/{insightId}`.
pub fn get_role_insight() -> super::Mock<GetRoleInsight> {
    super::Mock::new(runtime::Method::GET, "/role-insights/{insightId}")
}
impl super::Mock<GetRoleInsight> {
    /// Requires path parameter `insightId` with `value`, encoded as the client does.
    pub fn insight_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("insightId", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::RoleInsight) -> Self {
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
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`get_role_insights()`], as `Mock<GetRoleInsights>`.
pub enum GetRoleInsights {}
/// Expects [`RoleInsightsApi::get_role_insights`](crate::apis::role_insights::RoleInsightsApi::get_role_insights): `GET /role-insights`.
pub fn get_role_insights() -> super::Mock<GetRoleInsights> {
    super::Mock::new(runtime::Method::GET, "/role-insights")
}
impl super::Mock<GetRoleInsights> {
    /// Requires query parameter `offset` with `value`, encoded as the client does.
    pub fn offset(self, value: i32) -> Self {
        self.query_param("offset", &value, "form", true)
    }
    /// Requires query parameter `limit` with `value`, encoded as the client does.
    pub fn limit(self, value: i32) -> Self {
        self.query_param("limit", &value, "form", true)
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
    pub fn respond_ok(self, body: &Vec<models::RoleInsight>) -> Self {
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
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`get_role_insights_current_entitlements()`], as `Mock<GetRoleInsightsCurrentEntitlements>`.
pub enum GetRoleInsightsCurrentEntitlements {}
/// Expects [`RoleInsightsApi::get_role_insights_current_entitlements`](crate::apis::role_insights::RoleInsightsApi::get_role_insights_current_entitlements): `GET /role-insights/{insightId}/current-entitlements`.
pub fn get_role_insights_current_entitlements() -> super::Mock<
    GetRoleInsightsCurrentEntitlements,
> {
    super::Mock::new(
        runtime::Method::GET,
        "/role-insights/{insightId}/current-entitlements",
    )
}
impl super::Mock<GetRoleInsightsCurrentEntitlements> {
    /// Requires path parameter `insightId` with `value`, encoded as the client does.
    pub fn insight_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("insightId", &value, false)
    }
    /// Requires query parameter `filters` with `value`, encoded as the client does.
    pub fn filters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("filters", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::RoleInsightsEntitlement>) -> Self {
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
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`get_role_insights_entitlements_changes()`], as `Mock<GetRoleInsightsEntitlementsChanges>`.
pub enum GetRoleInsightsEntitlementsChanges {}
/// Expects [`RoleInsightsApi::get_role_insights_entitlements_changes`](crate::apis::role_insights::RoleInsightsApi::get_role_insights_entitlements_changes): `GET /role-insights/{insightId}/entitlement-changes`.
pub fn get_role_insights_entitlements_changes() -> super::Mock<
    GetRoleInsightsEntitlementsChanges,
> {
    super::Mock::new(
        runtime::Method::GET,
        "/role-insights/{insightId}/entitlement-changes",
    )
}
impl super::Mock<GetRoleInsightsEntitlementsChanges> {
    /// Requires path parameter `insightId` with `value`, encoded as the client does.
    pub fn insight_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("insightId", &value, false)
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
    pub fn respond_ok(self, body: &Vec<models::RoleInsightsEntitlementChanges>) -> Self {
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
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`get_role_insights_requests()`], as `Mock<GetRoleInsightsRequests>`.
pub enum GetRoleInsightsRequests {}
/// Expects [`RoleInsightsApi::get_role_insights_requests`](crate::apis::role_insights::RoleInsightsApi::get_role_insights_requests): `GET /role-insights/requests/{id}`.
pub fn get_role_insights_requests() -> super::Mock<GetRoleInsightsRequests> {
    super::Mock::new(runtime::Method::GET, "/role-insights/requests/{id}")
}
impl super::Mock<GetRoleInsightsRequests> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::RoleInsightsResponse) -> Self {
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
/// The operation of [`get_role_insights_summary()`], as `Mock<GetRoleInsightsSummary>`.
pub enum GetRoleInsightsSummary {}
/// Expects [`RoleInsightsApi::get_role_insights_summary`](crate::apis::role_insights::RoleInsightsApi::get_role_insights_summary): `GET /role-insights/summary`.
pub fn get_role_insights_summary() -> super::Mock<GetRoleInsightsSummary> {
    super::Mock::new(runtime::Method::GET, "/role-insights/summary")
}
impl super::Mock<GetRoleInsightsSummary> {
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::RoleInsightsSummary) -> Self {
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
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(500, body)
    }
}

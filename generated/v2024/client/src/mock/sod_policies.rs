//! Typed expectations of the operations tagged `SOD Policies`: `server.expect(mock::sod_policies::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`create_sod_policy()`], as `Mock<CreateSodPolicy>`.
pub enum CreateSodPolicy {}
/// Expects [`SodPoliciesApi::create_sod_policy`](crate::apis::sod_policies::SodPoliciesApi::create_sod_policy): `POST /sod-policies`.
pub fn create_sod_policy() -> super::Mock<CreateSodPolicy> {
    super::Mock::new(runtime::Method::POST, "/sod-policies")
}
impl super::Mock<CreateSodPolicy> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::SodPolicy) -> Self {
        self.json_body(value)
    }
    /// Answers `201` with `body` as JSON.
    pub fn respond_created(self, body: &models::SodPolicy) -> Self {
        self.respond_json(201, body)
    }
    /// Answers `201` with the spec's example.
    pub fn respond_created_example(self) -> Self {
        self.respond_json_text(
            201,
            "{\"id\":\"0f11f2a4-7c94-4bf3-a2bd-742580fe3bde\",\"name\":\"Conflicting-Policy-Name\",\"created\":\"2020-01-01T00:00:00.000000Z\",\"modified\":\"2020-01-01T00:00:00.000000Z\",\"description\":\"This policy ensures compliance of xyz\",\"ownerRef\":{\"type\":\"IDENTITY\",\"id\":\"2c91808568c529c60168cca6f90c1313\",\"name\":\"Owner Name\"},\"externalPolicyReference\":\"XYZ policy\",\"policyQuery\":\"@access(id:2c9180866166b5b0016167c32ef31a66 OR id:2c9180866166b5b0016167c32ef31a67) AND @access(id:2c9180866166b5b0016167c32ef31a68 OR id:2c9180866166b5b0016167c32ef31a69)\",\"compensatingControls\":\"Have a manager review the transaction decisions for their \\\"out of compliance\\\" employee\",\"correctionAdvice\":\"Based on the role of the employee, managers should remove access that is not required for their job function.\",\"state\":\"ENFORCED\",\"tags\":[\"string\"],\"creatorId\":\"0f11f2a4-7c94-4bf3-a2bd-742580fe3bde\",\"modifierId\":\"0f11f2a4-7c94-4bf3-a2bd-742580fe3bde\",\"violationOwnerAssignmentConfig\":{\"assignmentRule\":\"MANAGER\",\"ownerRef\":{\"type\":\"IDENTITY\",\"id\":\"2c91808568c529c60168cca6f90c1313\",\"name\":\"Violation Owner Name\"}},\"scheduled\":true,\"type\":\"CONFLICTING_ACCESS_BASED\",\"conflictingAccessCriteria\":{\"leftCriteria\":{\"name\":\"money-in\",\"criteriaList\":[{\"type\":\"ENTITLEMENT\",\"id\":\"2c9180866166b5b0016167c32ef31a66\"},{\"type\":\"ENTITLEMENT\",\"id\":\"2c9180866166b5b0016167c32ef31a67\"}]},\"rightCriteria\":{\"name\":\"money-out\",\"criteriaList\":[{\"type\":\"ENTITLEMENT\",\"id\":\"2c9180866166b5b0016167c32ef31a68\"},{\"type\":\"ENTITLEMENT\",\"id\":\"2c9180866166b5b0016167c32ef31a69\"}]}}}",
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
/// The operation of [`delete_sod_policy()`], as `Mock<DeleteSodPolicy>`.
pub enum DeleteSodPolicy {}
/// Expects [`SodPoliciesApi::delete_sod_policy`](crate::apis::sod_policies::SodPoliciesApi::delete_sod_policy): `DELETE /sod-policies/{id}`.
pub fn delete_sod_policy() -> super::Mock<DeleteSodPolicy> {
    super::Mock::new(runtime::Method::DELETE, "/sod-policies/{id}")
}
impl super::Mock<DeleteSodPolicy> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires query parameter `logical` with `value`, encoded as the client does.
    pub fn logical(self, value: bool) -> Self {
        self.query_param("logical", &value, "form", true)
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
/// The operation of [`delete_sod_policy_schedule()`], as `Mock<DeleteSodPolicySchedule>`.
pub enum DeleteSodPolicySchedule {}
/// Expects [`SodPoliciesApi::delete_sod_policy_schedule`](crate::apis::sod_policies::SodPoliciesApi::delete_sod_policy_schedule): `DELETE /sod-policies/{id}/schedule`.
pub fn delete_sod_policy_schedule() -> super::Mock<DeleteSodPolicySchedule> {
    super::Mock::new(runtime::Method::DELETE, "/sod-policies/{id}/schedule")
}
impl super::Mock<DeleteSodPolicySchedule> {
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
/// The operation of [`get_custom_violation_report()`], as `Mock<GetCustomViolationReport>`.
pub enum GetCustomViolationReport {}
/// Expects [`SodPoliciesApi::get_custom_violation_report`](crate::apis::sod_policies::SodPoliciesApi::get_custom_violation_report): `GET /sod-violation-report/{reportResultId}/download/{fileName}`.
pub fn get_custom_violation_report() -> super::Mock<GetCustomViolationReport> {
    super::Mock::new(
        runtime::Method::GET,
        "/sod-violation-report/{reportResultId}/download/{fileName}",
    )
}
impl super::Mock<GetCustomViolationReport> {
    /// Requires path parameter `reportResultId` with `value`, encoded as the client does.
    pub fn report_result_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("reportResultId", &value, false)
    }
    /// Requires path parameter `fileName` with `value`, encoded as the client does.
    pub fn file_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("fileName", &value, false)
    }
    /// Answers `200` with `body`.
    pub fn respond_ok(self, body: &[u8]) -> Self {
        self.respond_bytes(200, "application/zip", body)
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
/// The operation of [`get_default_violation_report()`], as `Mock<GetDefaultViolationReport>`.
pub enum GetDefaultViolationReport {}
/// Expects [`SodPoliciesApi::get_default_violation_report`](crate::apis::sod_policies::SodPoliciesApi::get_default_violation_report): `GET /sod-violation-report/{reportResultId}/download`.
pub fn get_default_violation_report() -> super::Mock<GetDefaultViolationReport> {
    super::Mock::new(
        runtime::Method::GET,
        "/sod-violation-report/{reportResultId}/download",
    )
}
impl super::Mock<GetDefaultViolationReport> {
    /// Requires path parameter `reportResultId` with `value`, encoded as the client does.
    pub fn report_result_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("reportResultId", &value, false)
    }
    /// Answers `200` with `body`.
    pub fn respond_ok(self, body: &[u8]) -> Self {
        self.respond_bytes(200, "application/zip", body)
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
/// The operation of [`get_sod_all_report_run_status()`], as `Mock<GetSodAllReportRunStatus>`.
pub enum GetSodAllReportRunStatus {}
/// Expects [`SodPoliciesApi::get_sod_all_report_run_status`](crate::apis::sod_policies::SodPoliciesApi::get_sod_all_report_run_status): `GET /sod-violation-report`.
pub fn get_sod_all_report_run_status() -> super::Mock<GetSodAllReportRunStatus> {
    super::Mock::new(runtime::Method::GET, "/sod-violation-report")
}
impl super::Mock<GetSodAllReportRunStatus> {
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::ReportResultReference) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"status\":\"SUCCESS\",\"type\":\"REPORT_RESULT\",\"id\":\"37b3b32a-f394-46f8-acad-b5223969fa68\",\"name\":\"Multi Query Report\"}",
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
/// The operation of [`get_sod_policy()`], as `Mock<GetSodPolicy>`.
pub enum GetSodPolicy {}
/// Expects [`SodPoliciesApi::get_sod_policy`](crate::apis::sod_policies::SodPoliciesApi::get_sod_policy): `GET /sod-policies/{id}`.
pub fn get_sod_policy() -> super::Mock<GetSodPolicy> {
    super::Mock::new(runtime::Method::GET, "/sod-policies/{id}")
}
impl super::Mock<GetSodPolicy> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::SodPolicy) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"id\":\"0f11f2a4-7c94-4bf3-a2bd-742580fe3bde\",\"name\":\"Conflicting-Policy-Name\",\"created\":\"2020-01-01T00:00:00.000000Z\",\"modified\":\"2020-01-01T00:00:00.000000Z\",\"description\":\"This policy ensures compliance of xyz\",\"ownerRef\":{\"type\":\"IDENTITY\",\"id\":\"2c91808568c529c60168cca6f90c1313\",\"name\":\"Owner Name\"},\"externalPolicyReference\":\"XYZ policy\",\"policyQuery\":\"@access(id:2c9180866166b5b0016167c32ef31a66 OR id:2c9180866166b5b0016167c32ef31a67) AND @access(id:2c9180866166b5b0016167c32ef31a68 OR id:2c9180866166b5b0016167c32ef31a69)\",\"compensatingControls\":\"Have a manager review the transaction decisions for their \\\"out of compliance\\\" employee\",\"correctionAdvice\":\"Based on the role of the employee, managers should remove access that is not required for their job function.\",\"state\":\"ENFORCED\",\"tags\":[\"string\"],\"creatorId\":\"0f11f2a4-7c94-4bf3-a2bd-742580fe3bde\",\"modifierId\":\"0f11f2a4-7c94-4bf3-a2bd-742580fe3bde\",\"violationOwnerAssignmentConfig\":{\"assignmentRule\":\"MANAGER\",\"ownerRef\":{\"type\":\"IDENTITY\",\"id\":\"2c91808568c529c60168cca6f90c1313\",\"name\":\"Violation Owner Name\"}},\"scheduled\":true,\"type\":\"CONFLICTING_ACCESS_BASED\",\"conflictingAccessCriteria\":{\"leftCriteria\":{\"name\":\"money-in\",\"criteriaList\":[{\"type\":\"ENTITLEMENT\",\"id\":\"2c9180866166b5b0016167c32ef31a66\"},{\"type\":\"ENTITLEMENT\",\"id\":\"2c9180866166b5b0016167c32ef31a67\"}]},\"rightCriteria\":{\"name\":\"money-out\",\"criteriaList\":[{\"type\":\"ENTITLEMENT\",\"id\":\"2c9180866166b5b0016167c32ef31a68\"},{\"type\":\"ENTITLEMENT\",\"id\":\"2c9180866166b5b0016167c32ef31a69\"}]}}}",
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
/// The operation of [`get_sod_policy_schedule()`], as `Mock<GetSodPolicySchedule>`.
pub enum GetSodPolicySchedule {}
/// Expects [`SodPoliciesApi::get_sod_policy_schedule`](crate::apis::sod_policies::SodPoliciesApi::get_sod_policy_schedule): `GET /sod-policies/{id}/schedule`.
pub fn get_sod_policy_schedule() -> super::Mock<GetSodPolicySchedule> {
    super::Mock::new(runtime::Method::GET, "/sod-policies/{id}/schedule")
}
impl super::Mock<GetSodPolicySchedule> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::SodPolicySchedule) -> Self {
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
/// The operation of [`get_sod_violation_report_run_status()`], as `Mock<GetSodViolationReportRunStatus>`.
pub enum GetSodViolationReportRunStatus {}
/// Expects [`SodPoliciesApi::get_sod_violation_report_run_status`](crate::apis::sod_policies::SodPoliciesApi::get_sod_violation_report_run_status): `GET /sod-policies/sod-violation-report-status/{reportResultId}`.
pub fn get_sod_violation_report_run_status() -> super::Mock<
    GetSodViolationReportRunStatus,
> {
    super::Mock::new(
        runtime::Method::GET,
        "/sod-policies/sod-violation-report-status/{reportResultId}",
    )
}
impl super::Mock<GetSodViolationReportRunStatus> {
    /// Requires path parameter `reportResultId` with `value`, encoded as the client does.
    pub fn report_result_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("reportResultId", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::ReportResultReference) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"status\":\"SUCCESS\",\"type\":\"REPORT_RESULT\",\"id\":\"2e8d8180-24bc-4d21-91c6-7affdb473b0d\",\"name\":\"policy-xyz\"}",
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
/// The operation of [`get_sod_violation_report_status()`], as `Mock<GetSodViolationReportStatus>`.
pub enum GetSodViolationReportStatus {}
/// Expects [`SodPoliciesApi::get_sod_violation_report_status`](crate::apis::sod_policies::SodPoliciesApi::get_sod_violation_report_status): `GET /sod-policies/{id}/violation-report`.
pub fn get_sod_violation_report_status() -> super::Mock<GetSodViolationReportStatus> {
    super::Mock::new(runtime::Method::GET, "/sod-policies/{id}/violation-report")
}
impl super::Mock<GetSodViolationReportStatus> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::ReportResultReference) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"status\":\"SUCCESS\",\"type\":\"REPORT_RESULT\",\"id\":\"2e8d8180-24bc-4d21-91c6-7affdb473b0d\",\"name\":\"policy-xyz\"}",
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
/// The operation of [`list_sod_policies()`], as `Mock<ListSodPolicies>`.
pub enum ListSodPolicies {}
/// Expects [`SodPoliciesApi::list_sod_policies`](crate::apis::sod_policies::SodPoliciesApi::list_sod_policies): `GET /sod-policies`.
pub fn list_sod_policies() -> super::Mock<ListSodPolicies> {
    super::Mock::new(runtime::Method::GET, "/sod-policies")
}
impl super::Mock<ListSodPolicies> {
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
    pub fn respond_ok(self, body: &Vec<models::SodPolicy>) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "[{\"id\":\"0f11f2a4-7c94-4bf3-a2bd-742580fe3bde\",\"name\":\"Conflicting-Policy-Name\",\"created\":\"2020-01-01T00:00:00.000000Z\",\"modified\":\"2020-01-01T00:00:00.000000Z\",\"description\":\"This policy ensures compliance of xyz\",\"ownerRef\":{\"type\":\"IDENTITY\",\"id\":\"2c91808568c529c60168cca6f90c1313\",\"name\":\"Owner Name\"},\"externalPolicyReference\":\"XYZ policy\",\"policyQuery\":\"@access(id:2c9180866166b5b0016167c32ef31a66 OR id:2c9180866166b5b0016167c32ef31a67) AND @access(id:2c9180866166b5b0016167c32ef31a68 OR id:2c9180866166b5b0016167c32ef31a69)\",\"compensatingControls\":\"Have a manager review the transaction decisions for their \\\"out of compliance\\\" employee\",\"correctionAdvice\":\"Based on the role of the employee, managers should remove access that is not required for their job function.\",\"state\":\"ENFORCED\",\"tags\":[\"string\"],\"creatorId\":\"0f11f2a4-7c94-4bf3-a2bd-742580fe3bde\",\"modifierId\":\"0f11f2a4-7c94-4bf3-a2bd-742580fe3bde\",\"violationOwnerAssignmentConfig\":{\"assignmentRule\":\"MANAGER\",\"ownerRef\":{\"type\":\"IDENTITY\",\"id\":\"2c91808568c529c60168cca6f90c1313\",\"name\":\"Violation Owner Name\"}},\"scheduled\":true,\"type\":\"CONFLICTING_ACCESS_BASED\",\"conflictingAccessCriteria\":{\"leftCriteria\":{\"name\":\"money-in\",\"criteriaList\":[{\"type\":\"ENTITLEMENT\",\"id\":\"2c9180866166b5b0016167c32ef31a66\"},{\"type\":\"ENTITLEMENT\",\"id\":\"2c9180866166b5b0016167c32ef31a67\"}]},\"rightCriteria\":{\"name\":\"money-out\",\"criteriaList\":[{\"type\":\"ENTITLEMENT\",\"id\":\"2c9180866166b5b0016167c32ef31a68\"},{\"type\":\"ENTITLEMENT\",\"id\":\"2c9180866166b5b0016167c32ef31a69\"}]}}},{\"description\":\"Description\",\"ownerRef\":{\"type\":\"IDENTITY\",\"id\":\"2c918087682f9a86016839c05e8f1aff\",\"name\":\"Owner Name\"},\"externalPolicyReference\":\"New policy\",\"policyQuery\":\"policy query implementation\",\"compensatingControls\":\"Compensating controls\",\"correctionAdvice\":\"Correction advice\",\"tags\":[],\"state\":\"ENFORCED\",\"scheduled\":false,\"creatorId\":\"2c918087682f9a86016839c05e8f1aff\",\"modifierId\":null,\"violationOwnerAssignmentConfig\":null,\"type\":\"GENERAL\",\"conflictingAccessCriteria\":null,\"id\":\"52c11db4-733e-4c31-949a-766c95ec95f1\",\"name\":\"General-Policy-Name\",\"created\":\"2020-05-12T19:47:38Z\",\"modified\":\"2020-05-12T19:47:38Z\"}]",
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
/// The operation of [`patch_sod_policy()`], as `Mock<PatchSodPolicy>`.
pub enum PatchSodPolicy {}
/// Expects [`SodPoliciesApi::patch_sod_policy`](crate::apis::sod_policies::SodPoliciesApi::patch_sod_policy): `PATCH /sod-policies/{id}`.
pub fn patch_sod_policy() -> super::Mock<PatchSodPolicy> {
    super::Mock::new(runtime::Method::PATCH, "/sod-policies/{id}")
}
impl super::Mock<PatchSodPolicy> {
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
    pub fn respond_ok(self, body: &models::SodPolicy) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"id\":\"0f11f2a4-7c94-4bf3-a2bd-742580fe3bde\",\"name\":\"Conflicting-Policy-Name\",\"created\":\"2020-01-01T00:00:00.000000Z\",\"modified\":\"2020-01-01T00:00:00.000000Z\",\"description\":\"Modified description\",\"ownerRef\":{\"type\":\"IDENTITY\",\"id\":\"2c91808568c529c60168cca6f90c1313\",\"name\":\"Owner Name\"},\"externalPolicyReference\":\"XYZ policy\",\"policyQuery\":\"@access(id:2c9180866166b5b0016167c32ef31a66 OR id:2c9180866166b5b0016167c32ef31a67) AND @access(id:2c918087682f9a86016839c0509c1ab2)\",\"compensatingControls\":\"Have a manager review the transaction decisions for their \\\"out of compliance\\\" employee\",\"correctionAdvice\":\"Based on the role of the employee, managers should remove access that is not required for their job function.\",\"state\":\"ENFORCED\",\"tags\":[\"string\"],\"creatorId\":\"0f11f2a4-7c94-4bf3-a2bd-742580fe3bde\",\"modifierId\":\"0f11f2a4-7c94-4bf3-a2bd-742580fe3bde\",\"violationOwnerAssignmentConfig\":{\"assignmentRule\":\"MANAGER\",\"ownerRef\":{\"type\":\"IDENTITY\",\"id\":\"2c91808568c529c60168cca6f90c1313\",\"name\":\"Violation Owner Name\"}},\"scheduled\":true,\"type\":\"CONFLICTING_ACCESS_BASED\",\"conflictingAccessCriteria\":{\"leftCriteria\":{\"name\":\"money-in-modified\",\"criteriaList\":[{\"type\":\"ENTITLEMENT\",\"id\":\"2c9180866166b5b0016167c32ef31a66\"},{\"type\":\"ENTITLEMENT\",\"id\":\"2c9180866166b5b0016167c32ef31a67\"}]},\"rightCriteria\":{\"name\":\"money-out-modified\",\"criteriaList\":[{\"type\":\"ENTITLEMENT\",\"id\":\"2c918087682f9a86016839c0509c1ab2\"}]}}}",
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
/// The operation of [`put_policy_schedule()`], as `Mock<PutPolicySchedule>`.
pub enum PutPolicySchedule {}
/// Expects [`SodPoliciesApi::put_policy_schedule`](crate::apis::sod_policies::SodPoliciesApi::put_policy_schedule): `PUT /sod-policies/{id}/schedule`.
pub fn put_policy_schedule() -> super::Mock<PutPolicySchedule> {
    super::Mock::new(runtime::Method::PUT, "/sod-policies/{id}/schedule")
}
impl super::Mock<PutPolicySchedule> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::SodPolicySchedule) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::SodPolicySchedule) -> Self {
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
/// The operation of [`put_sod_policy()`], as `Mock<PutSodPolicy>`.
pub enum PutSodPolicy {}
/// Expects [`SodPoliciesApi::put_sod_policy`](crate::apis::sod_policies::SodPoliciesApi::put_sod_policy): `PUT /sod-policies/{id}`.
pub fn put_sod_policy() -> super::Mock<PutSodPolicy> {
    super::Mock::new(runtime::Method::PUT, "/sod-policies/{id}")
}
impl super::Mock<PutSodPolicy> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::SodPolicy) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::SodPolicy) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"id\":\"0f11f2a4-7c94-4bf3-a2bd-742580fe3bde\",\"name\":\"Conflicting-Policy-Name\",\"created\":\"2020-01-01T00:00:00.000000Z\",\"modified\":\"2020-01-01T00:00:00.000000Z\",\"description\":\"Modified description\",\"ownerRef\":{\"type\":\"IDENTITY\",\"id\":\"2c91808568c529c60168cca6f90c1313\",\"name\":\"Owner Name\"},\"externalPolicyReference\":\"XYZ policy\",\"policyQuery\":\"@access(id:2c9180866166b5b0016167c32ef31a66 OR id:2c9180866166b5b0016167c32ef31a67) AND @access(id:2c9180866166b5b0016167c32ef31a68 OR id:2c9180866166b5b0016167c32ef31a69)\",\"compensatingControls\":\"Have a manager review the transaction decisions for their \\\"out of compliance\\\" employee\",\"correctionAdvice\":\"Based on the role of the employee, managers should remove access that is not required for their job function.\",\"state\":\"ENFORCED\",\"tags\":[\"string\"],\"creatorId\":\"0f11f2a4-7c94-4bf3-a2bd-742580fe3bde\",\"modifierId\":\"0f11f2a4-7c94-4bf3-a2bd-742580fe3bde\",\"violationOwnerAssignmentConfig\":{\"assignmentRule\":\"MANAGER\",\"ownerRef\":{\"type\":\"IDENTITY\",\"id\":\"2c91808568c529c60168cca6f90c1313\",\"name\":\"Violation Owner Name\"}},\"scheduled\":true,\"type\":\"CONFLICTING_ACCESS_BASED\",\"conflictingAccessCriteria\":{\"leftCriteria\":{\"name\":\"money-in\",\"criteriaList\":[{\"type\":\"ENTITLEMENT\",\"id\":\"2c9180866166b5b0016167c32ef31a66\"},{\"type\":\"ENTITLEMENT\",\"id\":\"2c9180866166b5b0016167c32ef31a67\"}]},\"rightCriteria\":{\"name\":\"money-out\",\"criteriaList\":[{\"type\":\"ENTITLEMENT\",\"id\":\"2c9180866166b5b0016167c32ef31a68\"},{\"type\":\"ENTITLEMENT\",\"id\":\"2c9180866166b5b0016167c32ef31a69\"}]}}}",
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
/// The operation of [`start_evaluate_sod_policy()`], as `Mock<StartEvaluateSodPolicy>`.
pub enum StartEvaluateSodPolicy {}
/// Expects [`SodPoliciesApi::start_evaluate_sod_policy`](crate::apis::sod_policies::SodPoliciesApi::start_evaluate_sod_policy): `POST /sod-policies/{id}/evaluate`.
pub fn start_evaluate_sod_policy() -> super::Mock<StartEvaluateSodPolicy> {
    super::Mock::new(runtime::Method::POST, "/sod-policies/{id}/evaluate")
}
impl super::Mock<StartEvaluateSodPolicy> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::ReportResultReference) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"status\":\"PENDING\",\"type\":\"REPORT_RESULT\",\"id\":\"37b3b32a-f394-46f8-acad-b5223969fa68\",\"name\":\"Multi Query Report\"}",
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
/// The operation of [`start_sod_all_policies_for_org()`], as `Mock<StartSodAllPoliciesForOrg>`.
pub enum StartSodAllPoliciesForOrg {}
/// Expects [`SodPoliciesApi::start_sod_all_policies_for_org`](crate::apis::sod_policies::SodPoliciesApi::start_sod_all_policies_for_org): `POST /sod-violation-report/run`.
pub fn start_sod_all_policies_for_org() -> super::Mock<StartSodAllPoliciesForOrg> {
    super::Mock::new(runtime::Method::POST, "/sod-violation-report/run")
}
impl super::Mock<StartSodAllPoliciesForOrg> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::MultiPolicyRequest) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::ReportResultReference) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"status\":\"PENDING\",\"type\":\"REPORT_RESULT\",\"id\":\"37b3b32a-f394-46f8-acad-b5223969fa68\",\"name\":\"Multi Query Report\"}",
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
/// The operation of [`start_sod_policy()`], as `Mock<StartSodPolicy>`.
pub enum StartSodPolicy {}
/// Expects [`SodPoliciesApi::start_sod_policy`](crate::apis::sod_policies::SodPoliciesApi::start_sod_policy): `POST /sod-policies/{id}/violation-report/run`.
pub fn start_sod_policy() -> super::Mock<StartSodPolicy> {
    super::Mock::new(runtime::Method::POST, "/sod-policies/{id}/violation-report/run")
}
impl super::Mock<StartSodPolicy> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::ReportResultReference) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"status\":\"PENDING\",\"type\":\"REPORT_RESULT\",\"id\":\"2e8d8180-24bc-4d21-91c6-7affdb473b0d\",\"name\":\"policy-xyz\"}",
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

//! Typed expectations of the operations tagged `Certifications`: `server.expect(mock::certifications::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`get_identity_certification_item_permissions()`], as `Mock<GetIdentityCertificationItemPermissions>`.
pub enum GetIdentityCertificationItemPermissions {}
/// Expects [`CertificationsApi::get_identity_certification_item_permissions`](crate::apis::certifications::CertificationsApi::get_identity_certification_item_permissions): `GET /certifications/{certificationId}/access-review-items/{itemId}/permissions`.
pub fn get_identity_certification_item_permissions() -> super::Mock<
    GetIdentityCertificationItemPermissions,
> {
    super::Mock::new(
        runtime::Method::GET,
        "/certifications/{certificationId}/access-review-items/{itemId}/permissions",
    )
}
impl super::Mock<GetIdentityCertificationItemPermissions> {
    /// Requires path parameter `certificationId` with `value`, encoded as the client does.
    pub fn certification_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("certificationId", &value, false)
    }
    /// Requires path parameter `itemId` with `value`, encoded as the client does.
    pub fn item_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("itemId", &value, false)
    }
    /// Requires query parameter `filters` with `value`, encoded as the client does.
    pub fn filters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("filters", &value, "form", true)
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
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::PermissionDto>) -> Self {
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
/// The operation of [`get_identity_certification_pending_tasks()`], as `Mock<GetIdentityCertificationPendingTasks>`.
pub enum GetIdentityCertificationPendingTasks {}
/// Expects [`CertificationsApi::get_identity_certification_pending_tasks`](crate::apis::certifications::CertificationsApi::get_identity_certification_pending_tasks): `GET /certifications/{id}/tasks-pending`.
pub fn get_identity_certification_pending_tasks() -> super::Mock<
    GetIdentityCertificationPendingTasks,
> {
    super::Mock::new(runtime::Method::GET, "/certifications/{id}/tasks-pending")
}
impl super::Mock<GetIdentityCertificationPendingTasks> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::IdentityCertificationTask>) -> Self {
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
/// The operation of [`get_identity_certification_task_status()`], as `Mock<GetIdentityCertificationTaskStatus>`.
pub enum GetIdentityCertificationTaskStatus {}
/// Expects [`CertificationsApi::get_identity_certification_task_status`](crate::apis::certifications::CertificationsApi::get_identity_certification_task_status): `GET /certifications/{id}/tasks/{taskId}`.
pub fn get_identity_certification_task_status() -> super::Mock<
    GetIdentityCertificationTaskStatus,
> {
    super::Mock::new(runtime::Method::GET, "/certifications/{id}/tasks/{taskId}")
}
impl super::Mock<GetIdentityCertificationTaskStatus> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires path parameter `taskId` with `value`, encoded as the client does.
    pub fn task_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("taskId", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::IdentityCertificationTask) -> Self {
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
/// The operation of [`list_certification_reviewers()`], as `Mock<ListCertificationReviewers>`.
pub enum ListCertificationReviewers {}
/// Expects [`CertificationsApi::list_certification_reviewers`](crate::apis::certifications::CertificationsApi::list_certification_reviewers): `GET /certifications/{id}/reviewers`.
pub fn list_certification_reviewers() -> super::Mock<ListCertificationReviewers> {
    super::Mock::new(runtime::Method::GET, "/certifications/{id}/reviewers")
}
impl super::Mock<ListCertificationReviewers> {
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
    pub fn respond_ok(
        self,
        body: &Vec<Option<models::IdentityReferenceWithNameAndEmail>>,
    ) -> Self {
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
/// The operation of [`list_certifications()`], as `Mock<ListCertifications>`.
pub enum ListCertifications {}
/// Expects [`CertificationsApi::list_certifications`](crate::apis::certifications::CertificationsApi::list_certifications): `GET /certifications`.
pub fn list_certifications() -> super::Mock<ListCertifications> {
    super::Mock::new(runtime::Method::GET, "/certifications")
}
impl super::Mock<ListCertifications> {
    /// Requires query parameter `reviewer-identitiy` with `value`, encoded as the client does.
    pub fn reviewer_identitiy(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("reviewer-identitiy", &value, "form", true)
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
    pub fn respond_ok(self, body: &Vec<models::CertificationDto>) -> Self {
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
/// The operation of [`submit_reassign_certs_async()`], as `Mock<SubmitReassignCertsAsync>`.
pub enum SubmitReassignCertsAsync {}
/// Expects [`CertificationsApi::submit_reassign_certs_async`](crate::apis::certifications::CertificationsApi::submit_reassign_certs_async): `POST /certifications/{id}/reassign-async`.
pub fn submit_reassign_certs_async() -> super::Mock<SubmitReassignCertsAsync> {
    super::Mock::new(runtime::Method::POST, "/certifications/{id}/reassign-async")
}
impl super::Mock<SubmitReassignCertsAsync> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::ReviewReassign) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::IdentityCertificationTask) -> Self {
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

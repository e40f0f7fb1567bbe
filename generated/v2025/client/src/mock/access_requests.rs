//! Typed expectations of the operations tagged `Access Requests`: `server.expect(mock::access_requests::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`approve_bulk_access_request()`], as `Mock<ApproveBulkAccessRequest>`.
pub enum ApproveBulkAccessRequest {}
/// Expects [`AccessRequestsApi::approve_bulk_access_request`](crate::apis::access_requests::AccessRequestsApi::approve_bulk_access_request): `POST /access-request-approvals/bulk-approve`.
pub fn approve_bulk_access_request() -> super::Mock<ApproveBulkAccessRequest> {
    super::Mock::new(runtime::Method::POST, "/access-request-approvals/bulk-approve")
}
impl super::Mock<ApproveBulkAccessRequest> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::BulkApproveAccessRequest) -> Self {
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
/// The operation of [`cancel_access_request()`], as `Mock<CancelAccessRequest>`.
pub enum CancelAccessRequest {}
/// Expects [`AccessRequestsApi::cancel_access_request`](crate::apis::access_requests::AccessRequestsApi::cancel_access_request): `POST /access-requests/cancel`.
pub fn cancel_access_request() -> super::Mock<CancelAccessRequest> {
    super::Mock::new(runtime::Method::POST, "/access-requests/cancel")
}
impl super::Mock<CancelAccessRequest> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::CancelAccessRequest) -> Self {
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
/// The operation of [`cancel_access_request_in_bulk()`], as `Mock<CancelAccessRequestInBulk>`.
pub enum CancelAccessRequestInBulk {}
/// Expects [`AccessRequestsApi::cancel_access_request_in_bulk`](crate::apis::access_requests::AccessRequestsApi::cancel_access_request_in_bulk): `POST /access-requests/bulk-cancel`.
pub fn cancel_access_request_in_bulk() -> super::Mock<CancelAccessRequestInBulk> {
    super::Mock::new(runtime::Method::POST, "/access-requests/bulk-cancel")
}
impl super::Mock<CancelAccessRequestInBulk> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::BulkCancelAccessRequest) -> Self {
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
/// The operation of [`close_access_request()`], as `Mock<CloseAccessRequest>`.
pub enum CloseAccessRequest {}
/// Expects [`AccessRequestsApi::close_access_request`](crate::apis::access_requests::AccessRequestsApi::close_access_request): `POST /access-requests/close`.
pub fn close_access_request() -> super::Mock<CloseAccessRequest> {
    super::Mock::new(runtime::Method::POST, "/access-requests/close")
}
impl super::Mock<CloseAccessRequest> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::CloseAccessRequest) -> Self {
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
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::TooManyRequests) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`create_access_request()`], as `Mock<CreateAccessRequest>`.
pub enum CreateAccessRequest {}
/// Expects [`AccessRequestsApi::create_access_request`](crate::apis::access_requests::AccessRequestsApi::create_access_request): `POST /access-requests`.
pub fn create_access_request() -> super::Mock<CreateAccessRequest> {
    super::Mock::new(runtime::Method::POST, "/access-requests")
}
impl super::Mock<CreateAccessRequest> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::AccessRequest) -> Self {
        self.json_body(value)
    }
    /// Answers `202` with `body` as JSON.
    pub fn respond_accepted(self, body: &models::AccessRequestResponseV2025) -> Self {
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
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::TooManyRequests) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`get_access_request_config()`], as `Mock<GetAccessRequestConfig>`.
pub enum GetAccessRequestConfig {}
/// Expects [`AccessRequestsApi::get_access_request_config`](crate::apis::access_requests::AccessRequestsApi::get_access_request_config): `GET /access-request-config`.
pub fn get_access_request_config() -> super::Mock<GetAccessRequestConfig> {
    super::Mock::new(runtime::Method::GET, "/access-request-config")
}
impl super::Mock<GetAccessRequestConfig> {
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::AccessRequestConfig) -> Self {
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
/// The operation of [`get_entitlement_details_for_identity()`], as `Mock<GetEntitlementDetailsForIdentity>`.
pub enum GetEntitlementDetailsForIdentity {}
/// Expects [`AccessRequestsApi::get_entitlement_details_for_identity`](crate::apis::access_requests::AccessRequestsApi::get_entitlement_details_for_identity): `GET /revocable-objects`.
pub fn get_entitlement_details_for_identity() -> super::Mock<
    GetEntitlementDetailsForIdentity,
> {
    super::Mock::new(runtime::Method::GET, "/revocable-objects")
}
impl super::Mock<GetEntitlementDetailsForIdentity> {
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::IdentityEntitlementDetails) -> Self {
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
/// The operation of [`list_access_request_status()`], as `Mock<ListAccessRequestStatus>`.
pub enum ListAccessRequestStatus {}
/// Expects [`AccessRequestsApi::list_access_request_status`](crate::apis::access_requests::AccessRequestsApi::list_access_request_status): `GET /access-request-status`.
pub fn list_access_request_status() -> super::Mock<ListAccessRequestStatus> {
    super::Mock::new(runtime::Method::GET, "/access-request-status")
}
impl super::Mock<ListAccessRequestStatus> {
    /// Requires query parameter `requested-for` with `value`, encoded as the client does.
    pub fn requested_for(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("requested-for", &value, "form", true)
    }
    /// Requires query parameter `requested-by` with `value`, encoded as the client does.
    pub fn requested_by(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("requested-by", &value, "form", true)
    }
    /// Requires query parameter `regarding-identity` with `value`, encoded as the client does.
    pub fn regarding_identity(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("regarding-identity", &value, "form", true)
    }
    /// Requires query parameter `assigned-to` with `value`, encoded as the client does.
    pub fn assigned_to(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("assigned-to", &value, "form", true)
    }
    /// Requires query parameter `count` with `value`, encoded as the client does.
    pub fn count(self, value: bool) -> Self {
        self.query_param("count", &value, "form", true)
    }
    /// Requires query parameter `limit` with `value`, encoded as the client does.
    pub fn limit(self, value: i32) -> Self {
        self.query_param("limit", &value, "form", true)
    }
    /// Requires query parameter `offset` with `value`, encoded as the client does.
    pub fn offset(self, value: i32) -> Self {
        self.query_param("offset", &value, "form", true)
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
    /// Requires query parameter `request-state` with `value`, encoded as the client does.
    pub fn request_state(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("request-state", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::RequestedItemStatus>) -> Self {
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
/// The operation of [`list_administrators_access_request_status()`], as `Mock<ListAdministratorsAccessRequestStatus>`.
pub enum ListAdministratorsAccessRequestStatus {}
/// Expects [`AccessRequestsApi::list_administrators_access_request_status`](crate::apis::access_requests::AccessRequestsApi::list_administrators_access_request_status): `GET /access-request-administration`.
pub fn list_administrators_access_request_status() -> super::Mock<
    ListAdministratorsAccessRequestStatus,
> {
    super::Mock::new(runtime::Method::GET, "/access-request-administration")
}
impl super::Mock<ListAdministratorsAccessRequestStatus> {
    /// Requires query parameter `requested-for` with `value`, encoded as the client does.
    pub fn requested_for(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("requested-for", &value, "form", true)
    }
    /// Requires query parameter `requested-by` with `value`, encoded as the client does.
    pub fn requested_by(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("requested-by", &value, "form", true)
    }
    /// Requires query parameter `regarding-identity` with `value`, encoded as the client does.
    pub fn regarding_identity(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("regarding-identity", &value, "form", true)
    }
    /// Requires query parameter `assigned-to` with `value`, encoded as the client does.
    pub fn assigned_to(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("assigned-to", &value, "form", true)
    }
    /// Requires query parameter `count` with `value`, encoded as the client does.
    pub fn count(self, value: bool) -> Self {
        self.query_param("count", &value, "form", true)
    }
    /// Requires query parameter `limit` with `value`, encoded as the client does.
    pub fn limit(self, value: i32) -> Self {
        self.query_param("limit", &value, "form", true)
    }
    /// Requires query parameter `offset` with `value`, encoded as the client does.
    pub fn offset(self, value: i32) -> Self {
        self.query_param("offset", &value, "form", true)
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
    /// Requires query parameter `request-state` with `value`, encoded as the client does.
    pub fn request_state(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("request-state", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::AccessRequestAdminItemStatus>) -> Self {
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
/// The operation of [`load_account_selections()`], as `Mock<LoadAccountSelections>`.
pub enum LoadAccountSelections {}
/// Expects [`AccessRequestsApi::load_account_selections`](crate::apis::access_requests::AccessRequestsApi::load_account_selections): `POST /access-requests/accounts-selection`.
pub fn load_account_selections() -> super::Mock<LoadAccountSelections> {
    super::Mock::new(runtime::Method::POST, "/access-requests/accounts-selection")
}
impl super::Mock<LoadAccountSelections> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::AccountsSelectionRequest) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::AccountsSelectionResponse) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(self, body: &models::ErrorResponseDtoV2024) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `401` with `body` as JSON.
    pub fn respond_unauthorized(self, body: &models::UnauthorizedResponse) -> Self {
        self.respond_json(401, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(self, body: &models::ErrorResponseDtoV2024) -> Self {
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
        body: &models::ErrorResponseDtoV2024,
    ) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`set_access_request_config()`], as `Mock<SetAccessRequestConfig>`.
pub enum SetAccessRequestConfig {}
/// Expects [`AccessRequestsApi::set_access_request_config`](crate::apis::access_requests::AccessRequestsApi::set_access_request_config): `PUT /access-request-config`.
pub fn set_access_request_config() -> super::Mock<SetAccessRequestConfig> {
    super::Mock::new(runtime::Method::PUT, "/access-request-config")
}
impl super::Mock<SetAccessRequestConfig> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::AccessRequestConfig) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::AccessRequestConfig) -> Self {
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

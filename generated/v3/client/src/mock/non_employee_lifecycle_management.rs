//! Typed expectations of the operations tagged `Non-Employee Lifecycle Management`: `server.expect(mock::non_employee_lifecycle_management::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`approve_non_employee_request()`], as `Mock<ApproveNonEmployeeRequest>`.
pub enum ApproveNonEmployeeRequest {}
/// Expects [`NonEmployeeLifecycleManagementApi::approve_non_employee_request`](crate::apis::non_employee_lifecycle_management::NonEmployeeLifecycleManagementApi::approve_non_employee_request): `POST /non-employee-approvals/{id}/approve`.
pub fn approve_non_employee_request() -> super::Mock<ApproveNonEmployeeRequest> {
    super::Mock::new(runtime::Method::POST, "/non-employee-approvals/{id}/approve")
}
impl super::Mock<ApproveNonEmployeeRequest> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::NonEmployeeApprovalDecision) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::NonEmployeeApprovalItem) -> Self {
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
/// The operation of [`create_non_employee_record()`], as `Mock<CreateNonEmployeeRecord>`.
pub enum CreateNonEmployeeRecord {}
/// Expects [`NonEmployeeLifecycleManagementApi::create_non_employee_record`](crate::apis::non_employee_lifecycle_management::NonEmployeeLifecycleManagementApi::create_non_employee_record): `POST /non-employee-records`.
pub fn create_non_employee_record() -> super::Mock<CreateNonEmployeeRecord> {
    super::Mock::new(runtime::Method::POST, "/non-employee-records")
}
impl super::Mock<CreateNonEmployeeRecord> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::NonEmployeeRequestBody) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::NonEmployeeRecord) -> Self {
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
/// The operation of [`create_non_employee_request()`], as `Mock<CreateNonEmployeeRequest>`.
pub enum CreateNonEmployeeRequest {}
/// Expects [`NonEmployeeLifecycleManagementApi::create_non_employee_request`](crate::apis::non_employee_lifecycle_management::NonEmployeeLifecycleManagementApi::create_non_employee_request): `POST /non-employee-requests`.
pub fn create_non_employee_request() -> super::Mock<CreateNonEmployeeRequest> {
    super::Mock::new(runtime::Method::POST, "/non-employee-requests")
}
impl super::Mock<CreateNonEmployeeRequest> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::NonEmployeeRequestBody) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::NonEmployeeRequest) -> Self {
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
/// The operation of [`create_non_employee_source()`], as `Mock<CreateNonEmployeeSource>`.
pub enum CreateNonEmployeeSource {}
/// Expects [`NonEmployeeLifecycleManagementApi::create_non_employee_source`](crate::apis::non_employee_lifecycle_management::NonEmployeeLifecycleManagementApi::create_non_employee_source): `POST /non-employee-sources`.
pub fn create_non_employee_source() -> super::Mock<CreateNonEmployeeSource> {
    super::Mock::new(runtime::Method::POST, "/non-employee-sources")
}
impl super::Mock<CreateNonEmployeeSource> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::NonEmployeeSourceRequestBody) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(
        self,
        body: &models::NonEmployeeSourceWithCloudExternalId,
    ) -> Self {
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
/// The operation of [`create_non_employee_source_schema_attributes()`], as `Mock<CreateNonEmployeeSourceSchemaAttributes>`.
pub enum CreateNonEmployeeSourceSchemaAttributes {}
/// Expects [`NonEmployeeLifecycleManagementApi::create_non_employee_source_schema_attributes`](crate::apis::non_employee_lifecycle_management::NonEmployeeLifecycleManagementApi::create_non_employee_source_schema_attributes): `POST /non-employee-sources/{sourceId}/schema-attributes`.
pub fn create_non_employee_source_schema_attributes() -> super::Mock<
    CreateNonEmployeeSourceSchemaAttributes,
> {
    super::Mock::new(
        runtime::Method::POST,
        "/non-employee-sources/{sourceId}/schema-attributes",
    )
}
impl super::Mock<CreateNonEmployeeSourceSchemaAttributes> {
    /// Requires path parameter `sourceId` with `value`, encoded as the client does.
    pub fn source_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("sourceId", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::NonEmployeeSchemaAttributeBody) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::NonEmployeeSchemaAttribute) -> Self {
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
/// The operation of [`delete_non_employee_record()`], as `Mock<DeleteNonEmployeeRecord>`.
pub enum DeleteNonEmployeeRecord {}
/// Expects [`NonEmployeeLifecycleManagementApi::delete_non_employee_record`](crate::apis::non_employee_lifecycle_management::NonEmployeeLifecycleManagementApi::delete_non_employee_record): `DELETE /non-employee-records/{id}`.
pub fn delete_non_employee_record() -> super::Mock<DeleteNonEmployeeRecord> {
    super::Mock::new(runtime::Method::DELETE, "/non-employee-records/{id}")
}
impl super::Mock<DeleteNonEmployeeRecord> {
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
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::TooManyRequests) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`delete_non_employee_records_in_bulk()`], as `Mock<DeleteNonEmployeeRecordsInBulk>`.
pub enum DeleteNonEmployeeRecordsInBulk {}
/// Expects [`NonEmployeeLifecycleManagementApi::delete_non_employee_records_in_bulk`](crate::apis::non_employee_lifecycle_management::NonEmployeeLifecycleManagementApi::delete_non_employee_records_in_bulk): `POST /non-employee-records/bulk-delete`.
pub fn delete_non_employee_records_in_bulk() -> super::Mock<
    DeleteNonEmployeeRecordsInBulk,
> {
    super::Mock::new(runtime::Method::POST, "/non-employee-records/bulk-delete")
}
impl super::Mock<DeleteNonEmployeeRecordsInBulk> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::DeleteNonEmployeeRecordsInBulkRequest) -> Self {
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
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::TooManyRequests) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`delete_non_employee_request()`], as `Mock<DeleteNonEmployeeRequest>`.
pub enum DeleteNonEmployeeRequest {}
/// Expects [`NonEmployeeLifecycleManagementApi::delete_non_employee_request`](crate::apis::non_employee_lifecycle_management::NonEmployeeLifecycleManagementApi::delete_non_employee_request): `DELETE /non-employee-requests/{id}`.
pub fn delete_non_employee_request() -> super::Mock<DeleteNonEmployeeRequest> {
    super::Mock::new(runtime::Method::DELETE, "/non-employee-requests/{id}")
}
impl super::Mock<DeleteNonEmployeeRequest> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: String) -> Self {
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
/// The operation of [`delete_non_employee_schema_attribute()`], as `Mock<DeleteNonEmployeeSchemaAttribute>`.
pub enum DeleteNonEmployeeSchemaAttribute {}
/// Expects [`NonEmployeeLifecycleManagementApi::delete_non_employee_schema_attribute`](crate::apis::non_employee_lifecycle_management::NonEmployeeLifecycleManagementApi::delete_non_employee_schema_attribute): `DELETE /non-employee-sources/{sourceId}/schema-attributes/{attributeId}`.
pub fn delete_non_employee_schema_attribute() -> super::Mock<
    DeleteNonEmployeeSchemaAttribute,
> {
    super::Mock::new(
        runtime::Method::DELETE,
        "/non-employee-sources/{sourceId}/schema-attributes/{attributeId}",
    )
}
impl super::Mock<DeleteNonEmployeeSchemaAttribute> {
    /// Requires path parameter `sourceId` with `value`, encoded as the client does.
    pub fn source_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("sourceId", &value, false)
    }
    /// Requires path parameter `attributeId` with `value`, encoded as the client does.
    pub fn attribute_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("attributeId", &value, false)
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
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::TooManyRequests) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`delete_non_employee_source()`], as `Mock<DeleteNonEmployeeSource>`.
pub enum DeleteNonEmployeeSource {}
/// Expects [`NonEmployeeLifecycleManagementApi::delete_non_employee_source`](crate::apis::non_employee_lifecycle_management::NonEmployeeLifecycleManagementApi::delete_non_employee_source): `DELETE /non-employee-sources/{sourceId}`.
pub fn delete_non_employee_source() -> super::Mock<DeleteNonEmployeeSource> {
    super::Mock::new(runtime::Method::DELETE, "/non-employee-sources/{sourceId}")
}
impl super::Mock<DeleteNonEmployeeSource> {
    /// Requires path parameter `sourceId` with `value`, encoded as the client does.
    pub fn source_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("sourceId", &value, false)
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
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::TooManyRequests) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`delete_non_employee_source_schema_attributes()`], as `Mock<DeleteNonEmployeeSourceSchemaAttributes>`.
pub enum DeleteNonEmployeeSourceSchemaAttributes {}
/// Expects [`NonEmployeeLifecycleManagementApi::delete_non_employee_source_schema_attributes`](crate::apis::non_employee_lifecycle_management::NonEmployeeLifecycleManagementApi::delete_non_employee_source_schema_attributes): `DELETE /non-employee-sources/{sourceId}/schema-attributes`.
pub fn delete_non_employee_source_schema_attributes() -> super::Mock<
    DeleteNonEmployeeSourceSchemaAttributes,
> {
    super::Mock::new(
        runtime::Method::DELETE,
        "/non-employee-sources/{sourceId}/schema-attributes",
    )
}
impl super::Mock<DeleteNonEmployeeSourceSchemaAttributes> {
    /// Requires path parameter `sourceId` with `value`, encoded as the client does.
    pub fn source_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("sourceId", &value, false)
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
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::TooManyRequests) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`export_non_employee_records()`], as `Mock<ExportNonEmployeeRecords>`.
pub enum ExportNonEmployeeRecords {}
/// Expects [`NonEmployeeLifecycleManagementApi::export_non_employee_records`](crate::apis::non_employee_lifecycle_management::NonEmployeeLifecycleManagementApi::export_non_employee_records): `GET /non-employee-sources/{id}/non-employees/download`.
pub fn export_non_employee_records() -> super::Mock<ExportNonEmployeeRecords> {
    super::Mock::new(
        runtime::Method::GET,
        "/non-employee-sources/{id}/non-employees/download",
    )
}
impl super::Mock<ExportNonEmployeeRecords> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
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
/// The operation of [`export_non_employee_source_schema_template()`], as `Mock<ExportNonEmployeeSourceSchemaTemplate>`.
pub enum ExportNonEmployeeSourceSchemaTemplate {}
/// Expects [`NonEmployeeLifecycleManagementApi::export_non_employee_source_schema_template`](crate::apis::non_employee_lifecycle_management::NonEmployeeLifecycleManagementApi::export_non_employee_source_schema_template): `GET /non-employee-sources/{id}/schema-attributes-template/download`.
pub fn export_non_employee_source_schema_template() -> super::Mock<
    ExportNonEmployeeSourceSchemaTemplate,
> {
    super::Mock::new(
        runtime::Method::GET,
        "/non-employee-sources/{id}/schema-attributes-template/download",
    )
}
impl super::Mock<ExportNonEmployeeSourceSchemaTemplate> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
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
/// The operation of [`get_non_employee_approval()`], as `Mock<GetNonEmployeeApproval>`.
pub enum GetNonEmployeeApproval {}
/// Expects [`NonEmployeeLifecycleManagementApi::get_non_employee_approval`](crate::apis::non_employee_lifecycle_management::NonEmployeeLifecycleManagementApi::get_non_employee_approval): `GET /non-employee-approvals/{id}`.
pub fn get_non_employee_approval() -> super::Mock<GetNonEmployeeApproval> {
    super::Mock::new(runtime::Method::GET, "/non-employee-approvals/{id}")
}
impl super::Mock<GetNonEmployeeApproval> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires query parameter `include-detail` with `value`, encoded as the client does.
    pub fn include_detail(self, value: bool) -> Self {
        self.query_param("include-detail", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::NonEmployeeApprovalItemDetail) -> Self {
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
/// The operation of [`get_non_employee_approval_summary()`], as `Mock<GetNonEmployeeApprovalSummary>`.
pub enum GetNonEmployeeApprovalSummary {}
/// Expects [`NonEmployeeLifecycleManagementApi::get_non_employee_approval_summary`](crate::apis::non_employee_lifecycle_management::NonEmployeeLifecycleManagementApi::get_non_employee_approval_summary): `GET /non-employee-approvals/summary/{requested-for}`.
pub fn get_non_employee_approval_summary() -> super::Mock<
    GetNonEmployeeApprovalSummary,
> {
    super::Mock::new(
        runtime::Method::GET,
        "/non-employee-approvals/summary/{requested-for}",
    )
}
impl super::Mock<GetNonEmployeeApprovalSummary> {
    /// Requires path parameter `requested-for` with `value`, encoded as the client does.
    pub fn requested_for(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("requested-for", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::NonEmployeeApprovalSummary) -> Self {
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
/// The operation of [`get_non_employee_bulk_upload_status()`], as `Mock<GetNonEmployeeBulkUploadStatus>`.
pub enum GetNonEmployeeBulkUploadStatus {}
/// Expects [`NonEmployeeLifecycleManagementApi::get_non_employee_bulk_upload_status`](crate::apis::non_employee_lifecycle_management::NonEmployeeLifecycleManagementApi::get_non_employee_bulk_upload_status): `GET /non-employee-sources/{id}/non-employee-bulk-upload/status`.
pub fn get_non_employee_bulk_upload_status() -> super::Mock<
    GetNonEmployeeBulkUploadStatus,
> {
    super::Mock::new(
        runtime::Method::GET,
        "/non-employee-sources/{id}/non-employee-bulk-upload/status",
    )
}
impl super::Mock<GetNonEmployeeBulkUploadStatus> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::NonEmployeeBulkUploadStatus) -> Self {
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
/// The operation of [`get_non_employee_record()`], as `Mock<GetNonEmployeeRecord>`.
pub enum GetNonEmployeeRecord {}
/// Expects [`NonEmployeeLifecycleManagementApi::get_non_employee_record`](crate::apis::non_employee_lifecycle_management::NonEmployeeLifecycleManagementApi::get_non_employee_record): `GET /non-employee-records/{id}`.
pub fn get_non_employee_record() -> super::Mock<GetNonEmployeeRecord> {
    super::Mock::new(runtime::Method::GET, "/non-employee-records/{id}")
}
impl super::Mock<GetNonEmployeeRecord> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::NonEmployeeRecord) -> Self {
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
/// The operation of [`get_non_employee_request()`], as `Mock<GetNonEmployeeRequest>`.
pub enum GetNonEmployeeRequest {}
/// Expects [`NonEmployeeLifecycleManagementApi::get_non_employee_request`](crate::apis::non_employee_lifecycle_management::NonEmployeeLifecycleManagementApi::get_non_employee_request): `GET /non-employee-requests/{id}`.
pub fn get_non_employee_request() -> super::Mock<GetNonEmployeeRequest> {
    super::Mock::new(runtime::Method::GET, "/non-employee-requests/{id}")
}
impl super::Mock<GetNonEmployeeRequest> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::NonEmployeeRequest) -> Self {
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
/// The operation of [`get_non_employee_request_summary()`], as `Mock<GetNonEmployeeRequestSummary>`.
pub enum GetNonEmployeeRequestSummary {}
/// Expects [`NonEmployeeLifecycleManagementApi::get_non_employee_request_summary`](crate::apis::non_employee_lifecycle_management::NonEmployeeLifecycleManagementApi::get_non_employee_request_summary): `GET /non-employee-requests/summary/{requested-for}`.
pub fn get_non_employee_request_summary() -> super::Mock<GetNonEmployeeRequestSummary> {
    super::Mock::new(
        runtime::Method::GET,
        "/non-employee-requests/summary/{requested-for}",
    )
}
impl super::Mock<GetNonEmployeeRequestSummary> {
    /// Requires path parameter `requested-for` with `value`, encoded as the client does.
    pub fn requested_for(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("requested-for", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::NonEmployeeRequestSummary) -> Self {
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
/// The operation of [`get_non_employee_schema_attribute()`], as `Mock<GetNonEmployeeSchemaAttribute>`.
pub enum GetNonEmployeeSchemaAttribute {}
/// Expects [`NonEmployeeLifecycleManagementApi::get_non_employee_schema_attribute`](crate::apis::non_employee_lifecycle_management::NonEmployeeLifecycleManagementApi::get_non_employee_schema_attribute): `GET /non-employee-sources/{sourceId}/schema-attributes/{attributeId}`.
pub fn get_non_employee_schema_attribute() -> super::Mock<
    GetNonEmployeeSchemaAttribute,
> {
    super::Mock::new(
        runtime::Method::GET,
        "/non-employee-sources/{sourceId}/schema-attributes/{attributeId}",
    )
}
impl super::Mock<GetNonEmployeeSchemaAttribute> {
    /// Requires path parameter `sourceId` with `value`, encoded as the client does.
    pub fn source_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("sourceId", &value, false)
    }
    /// Requires path parameter `attributeId` with `value`, encoded as the client does.
    pub fn attribute_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("attributeId", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::NonEmployeeSchemaAttribute) -> Self {
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
/// The operation of [`get_non_employee_source()`], as `Mock<GetNonEmployeeSource>`.
pub enum GetNonEmployeeSource {}
/// Expects [`NonEmployeeLifecycleManagementApi::get_non_employee_source`](crate::apis::non_employee_lifecycle_management::NonEmployeeLifecycleManagementApi::get_non_employee_source): `GET /non-employee-sources/{sourceId}`.
pub fn get_non_employee_source() -> super::Mock<GetNonEmployeeSource> {
    super::Mock::new(runtime::Method::GET, "/non-employee-sources/{sourceId}")
}
impl super::Mock<GetNonEmployeeSource> {
    /// Requires path parameter `sourceId` with `value`, encoded as the client does.
    pub fn source_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("sourceId", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::NonEmployeeSource) -> Self {
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
/// The operation of [`get_non_employee_source_schema_attributes()`], as `Mock<GetNonEmployeeSourceSchemaAttributes>`.
pub enum GetNonEmployeeSourceSchemaAttributes {}
/// Expects [`NonEmployeeLifecycleManagementApi::get_non_employee_source_schema_attributes`](crate::apis::non_employee_lifecycle_management::NonEmployeeLifecycleManagementApi::get_non_employee_source_schema_attributes): `GET /non-employee-sources/{sourceId}/schema-attributes`.
pub fn get_non_employee_source_schema_attributes() -> super::Mock<
    GetNonEmployeeSourceSchemaAttributes,
> {
    super::Mock::new(
        runtime::Method::GET,
        "/non-employee-sources/{sourceId}/schema-attributes",
    )
}
impl super::Mock<GetNonEmployeeSourceSchemaAttributes> {
    /// Requires path parameter `sourceId` with `value`, encoded as the client does.
    pub fn source_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("sourceId", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::NonEmployeeSchemaAttribute>) -> Self {
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
/// The operation of [`import_non_employee_records_in_bulk()`], as `Mock<ImportNonEmployeeRecordsInBulk>`.
pub enum ImportNonEmployeeRecordsInBulk {}
/// Expects [`NonEmployeeLifecycleManagementApi::import_non_employee_records_in_bulk`](crate::apis::non_employee_lifecycle_management::NonEmployeeLifecycleManagementApi::import_non_employee_records_in_bulk): `POST /non-employee-sources/{id}/non-employee-bulk-upload`.
pub fn import_non_employee_records_in_bulk() -> super::Mock<
    ImportNonEmployeeRecordsInBulk,
> {
    super::Mock::new(
        runtime::Method::POST,
        "/non-employee-sources/{id}/non-employee-bulk-upload",
    )
}
impl super::Mock<ImportNonEmployeeRecordsInBulk> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `202` with `body` as JSON.
    pub fn respond_accepted(self, body: &models::NonEmployeeBulkUploadJob) -> Self {
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
/// The operation of [`list_non_employee_approvals()`], as `Mock<ListNonEmployeeApprovals>`.
pub enum ListNonEmployeeApprovals {}
/// Expects [`NonEmployeeLifecycleManagementApi::list_non_employee_approvals`](crate::apis::non_employee_lifecycle_management::NonEmployeeLifecycleManagementApi::list_non_employee_approvals): `GET /non-employee-approvals`.
pub fn list_non_employee_approvals() -> super::Mock<ListNonEmployeeApprovals> {
    super::Mock::new(runtime::Method::GET, "/non-employee-approvals")
}
impl super::Mock<ListNonEmployeeApprovals> {
    /// Requires query parameter `requested-for` with `value`, encoded as the client does.
    pub fn requested_for(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("requested-for", &value, "form", true)
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
    pub fn respond_ok(self, body: &Vec<models::NonEmployeeApprovalItem>) -> Self {
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
/// The operation of [`list_non_employee_records()`], as `Mock<ListNonEmployeeRecords>`.
pub enum ListNonEmployeeRecords {}
/// Expects [`NonEmployeeLifecycleManagementApi::list_non_employee_records`](crate::apis::non_employee_lifecycle_management::NonEmployeeLifecycleManagementApi::list_non_employee_records): `GET /non-employee-records`.
pub fn list_non_employee_records() -> super::Mock<ListNonEmployeeRecords> {
    super::Mock::new(runtime::Method::GET, "/non-employee-records")
}
impl super::Mock<ListNonEmployeeRecords> {
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
    pub fn respond_ok(self, body: &Vec<models::NonEmployeeRecord>) -> Self {
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
/// The operation of [`list_non_employee_requests()`], as `Mock<ListNonEmployeeRequests>`.
pub enum ListNonEmployeeRequests {}
/// Expects [`NonEmployeeLifecycleManagementApi::list_non_employee_requests`](crate::apis::non_employee_lifecycle_management::NonEmployeeLifecycleManagementApi::list_non_employee_requests): `GET /non-employee-requests`.
pub fn list_non_employee_requests() -> super::Mock<ListNonEmployeeRequests> {
    super::Mock::new(runtime::Method::GET, "/non-employee-requests")
}
impl super::Mock<ListNonEmployeeRequests> {
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
    /// Requires query parameter `requested-for` with `value`, encoded as the client does.
    pub fn requested_for(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("requested-for", &value, "form", true)
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
    pub fn respond_ok(self, body: &Vec<models::NonEmployeeRequest>) -> Self {
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
/// The operation of [`list_non_employee_sources()`], as `Mock<ListNonEmployeeSources>`.
pub enum ListNonEmployeeSources {}
/// Expects [`NonEmployeeLifecycleManagementApi::list_non_employee_sources`](crate::apis::non_employee_lifecycle_management::NonEmployeeLifecycleManagementApi::list_non_employee_sources): `GET /non-employee-sources`.
pub fn list_non_employee_sources() -> super::Mock<ListNonEmployeeSources> {
    super::Mock::new(runtime::Method::GET, "/non-employee-sources")
}
impl super::Mock<ListNonEmployeeSources> {
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
    /// Requires query parameter `requested-for` with `value`, encoded as the client does.
    pub fn requested_for(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("requested-for", &value, "form", true)
    }
    /// Requires query parameter `non-employee-count` with `value`, encoded as the client does.
    pub fn non_employee_count(self, value: bool) -> Self {
        self.query_param("non-employee-count", &value, "form", true)
    }
    /// Requires query parameter `sorters` with `value`, encoded as the client does.
    pub fn sorters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("sorters", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::NonEmployeeSourceWithNeCount>) -> Self {
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
/// The operation of [`patch_non_employee_record()`], as `Mock<PatchNonEmployeeRecord>`.
pub enum PatchNonEmployeeRecord {}
/// Expects [`NonEmployeeLifecycleManagementApi::patch_non_employee_record`](crate::apis::non_employee_lifecycle_management::NonEmployeeLifecycleManagementApi::patch_non_employee_record): `PATCH /non-employee-records/{id}`.
pub fn patch_non_employee_record() -> super::Mock<PatchNonEmployeeRecord> {
    super::Mock::new(runtime::Method::PATCH, "/non-employee-records/{id}")
}
impl super::Mock<PatchNonEmployeeRecord> {
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
    pub fn respond_ok(self, body: &models::NonEmployeeRecord) -> Self {
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
/// The operation of [`patch_non_employee_schema_attribute()`], as `Mock<PatchNonEmployeeSchemaAttribute>`.
pub enum PatchNonEmployeeSchemaAttribute {}
/// Expects [`NonEmployeeLifecycleManagementApi::patch_non_employee_schema_attribute`](crate::apis::non_employee_lifecycle_management::NonEmployeeLifecycleManagementApi::patch_non_employee_schema_attribute): `PATCH /non-employee-sources/{sourceId}/schema-attributes/{attributeId}`.
pub fn patch_non_employee_schema_attribute() -> super::Mock<
    PatchNonEmployeeSchemaAttribute,
> {
    super::Mock::new(
        runtime::Method::PATCH,
        "/non-employee-sources/{sourceId}/schema-attributes/{attributeId}",
    )
}
impl super::Mock<PatchNonEmployeeSchemaAttribute> {
    /// Requires path parameter `sourceId` with `value`, encoded as the client does.
    pub fn source_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("sourceId", &value, false)
    }
    /// Requires path parameter `attributeId` with `value`, encoded as the client does.
    pub fn attribute_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("attributeId", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &Vec<models::JsonPatchOperation>) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::NonEmployeeSchemaAttribute) -> Self {
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
/// The operation of [`patch_non_employee_source()`], as `Mock<PatchNonEmployeeSource>`.
pub enum PatchNonEmployeeSource {}
/// Expects [`NonEmployeeLifecycleManagementApi::patch_non_employee_source`](crate::apis::non_employee_lifecycle_management::NonEmployeeLifecycleManagementApi::patch_non_employee_source): `PATCH /non-employee-sources/{sourceId}`.
pub fn patch_non_employee_source() -> super::Mock<PatchNonEmployeeSource> {
    super::Mock::new(runtime::Method::PATCH, "/non-employee-sources/{sourceId}")
}
impl super::Mock<PatchNonEmployeeSource> {
    /// Requires path parameter `sourceId` with `value`, encoded as the client does.
    pub fn source_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("sourceId", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &Vec<models::JsonPatchOperation>) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::NonEmployeeSource) -> Self {
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
/// The operation of [`reject_non_employee_request()`], as `Mock<RejectNonEmployeeRequest>`.
pub enum RejectNonEmployeeRequest {}
/// Expects [`NonEmployeeLifecycleManagementApi::reject_non_employee_request`](crate::apis::non_employee_lifecycle_management::NonEmployeeLifecycleManagementApi::reject_non_employee_request): `POST /non-employee-approvals/{id}/reject`.
pub fn reject_non_employee_request() -> super::Mock<RejectNonEmployeeRequest> {
    super::Mock::new(runtime::Method::POST, "/non-employee-approvals/{id}/reject")
}
impl super::Mock<RejectNonEmployeeRequest> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::NonEmployeeRejectApprovalDecision) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::NonEmployeeApprovalItem) -> Self {
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
/// The operation of [`update_non_employee_record()`], as `Mock<UpdateNonEmployeeRecord>`.
pub enum UpdateNonEmployeeRecord {}
/// Expects [`NonEmployeeLifecycleManagementApi::update_non_employee_record`](crate::apis::non_employee_lifecycle_management::NonEmployeeLifecycleManagementApi::update_non_employee_record): `PUT /non-employee-records/{id}`.
pub fn update_non_employee_record() -> super::Mock<UpdateNonEmployeeRecord> {
    super::Mock::new(runtime::Method::PUT, "/non-employee-records/{id}")
}
impl super::Mock<UpdateNonEmployeeRecord> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::NonEmployeeRequestBody) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::NonEmployeeRecord) -> Self {
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

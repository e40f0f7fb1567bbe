//! Typed expectations of the operations tagged `Classify Source`: `server.expect(mock::classify_source::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`delete_classify_machine_account_from_source()`], as `Mock<DeleteClassifyMachineAccountFromSource>`.
pub enum DeleteClassifyMachineAccountFromSource {}
/// Expects [`ClassifySourceApi::delete_classify_machine_account_from_source`](crate::apis::classify_source::ClassifySourceApi::delete_classify_machine_account_from_source): `DELETE /sources/{id}/classify`.
pub fn delete_classify_machine_account_from_source() -> super::Mock<
    DeleteClassifyMachineAccountFromSource,
> {
    super::Mock::new(runtime::Method::DELETE, "/sources/{id}/classify")
}
impl super::Mock<DeleteClassifyMachineAccountFromSource> {
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
/// The operation of [`get_classify_machine_account_from_source_status()`], as `Mock<GetClassifyMachineAccountFromSourceStatus>`.
pub enum GetClassifyMachineAccountFromSourceStatus {}
/// Expects [`ClassifySourceApi::get_classify_machine_account_from_source_status`](crate::apis::classify_source::ClassifySourceApi::get_classify_machine_account_from_source_status): `GET /sources/{id}/classify`.
pub fn get_classify_machine_account_from_source_status() -> super::Mock<
    GetClassifyMachineAccountFromSourceStatus,
> {
    super::Mock::new(runtime::Method::GET, "/sources/{id}/classify")
}
impl super::Mock<GetClassifyMachineAccountFromSourceStatus> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(
        self,
        body: &models::GetClassifyMachineAccountFromSourceStatusResponse,
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
/// The operation of [`send_classify_machine_account_from_source()`], as `Mock<SendClassifyMachineAccountFromSource>`.
pub enum SendClassifyMachineAccountFromSource {}
/// Expects [`ClassifySourceApi::send_classify_machine_account_from_source`](crate::apis::classify_source::ClassifySourceApi::send_classify_machine_account_from_source): `POST /sources/{sourceId}/classify`.
pub fn send_classify_machine_account_from_source() -> super::Mock<
    SendClassifyMachineAccountFromSource,
> {
    super::Mock::new(runtime::Method::POST, "/sources/{sourceId}/classify")
}
impl super::Mock<SendClassifyMachineAccountFromSource> {
    /// Requires path parameter `sourceId` with `value`, encoded as the client does.
    pub fn source_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("sourceId", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(
        self,
        body: &models::SendClassifyMachineAccountFromSourceResponse,
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

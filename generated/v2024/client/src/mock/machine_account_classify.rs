//! Typed expectations of the operations tagged `Machine Account Classify`: `server.expect(mock::machine_account_classify::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`send_classify_machine_account()`], as `Mock<SendClassifyMachineAccount>`.
pub enum SendClassifyMachineAccount {}
/// Expects [`MachineAccountClassifyApi::send_classify_machine_account`](crate::apis::machine_account_classify::MachineAccountClassifyApi::send_classify_machine_account): `POST /accounts/{id}/classify`.
pub fn send_classify_machine_account() -> super::Mock<SendClassifyMachineAccount> {
    super::Mock::new(runtime::Method::POST, "/accounts/{id}/classify")
}
impl super::Mock<SendClassifyMachineAccount> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires query parameter `classificationMode` with `value`, encoded as the client does.
    pub fn classification_mode(self, value: models::ClassificationMode) -> Self {
        self.query_param("classificationMode", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::SendClassifyMachineAccountResponse) -> Self {
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

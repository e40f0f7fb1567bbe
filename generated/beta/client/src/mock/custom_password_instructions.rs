//! Typed expectations of the operations tagged `Custom Password Instructions`: `server.expect(mock::custom_password_instructions::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`create_custom_password_instructions()`], as `Mock<CreateCustomPasswordInstructions>`.
pub enum CreateCustomPasswordInstructions {}
/// Expects [`CustomPasswordInstructionsApi::create_custom_password_instructions`](crate::apis::custom_password_instructions::CustomPasswordInstructionsApi::create_custom_password_instructions): `POST /custom-password-instructions`.
pub fn create_custom_password_instructions() -> super::Mock<
    CreateCustomPasswordInstructions,
> {
    super::Mock::new(runtime::Method::POST, "/custom-password-instructions")
}
impl super::Mock<CreateCustomPasswordInstructions> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::CustomPasswordInstruction) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::CustomPasswordInstruction) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"pageId\":\"reset-password:enter-password\",\"locale\":\"default\",\"pageContent\":\"See company password policies for details by clicking <a href=\\\"url\\\">here</a>\"}",
        )
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(
        self,
        body: &models::ErrorResponseDtoV3,
    ) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`delete_custom_password_instructions()`], as `Mock<DeleteCustomPasswordInstructions>`.
pub enum DeleteCustomPasswordInstructions {}
/// Expects [`CustomPasswordInstructionsApi::delete_custom_password_instructions`](crate::apis::custom_password_instructions::CustomPasswordInstructionsApi::delete_custom_password_instructions): `DELETE /custom-password-instructions/{pageId}`.
pub fn delete_custom_password_instructions() -> super::Mock<
    DeleteCustomPasswordInstructions,
> {
    super::Mock::new(runtime::Method::DELETE, "/custom-password-instructions/{pageId}")
}
impl super::Mock<DeleteCustomPasswordInstructions> {
    /// Requires path parameter `pageId` with `value`, encoded as the client does.
    pub fn page_id(self, value: models::DeleteCustomPasswordInstructionsPageId) -> Self {
        self.path_param("pageId", &value, false)
    }
    /// Requires query parameter `locale` with `value`, encoded as the client does.
    pub fn locale(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("locale", &value, "form", true)
    }
    /// Answers `204` with no body.
    pub fn respond_no_content(self) -> Self {
        self.respond_empty(204)
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `404` with `body` as JSON.
    pub fn respond_not_found(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(404, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(
        self,
        body: &models::ErrorResponseDtoV3,
    ) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`get_custom_password_instructions()`], as `Mock<GetCustomPasswordInstructions>`.
pub enum GetCustomPasswordInstructions {}
/// Expects [`CustomPasswordInstructionsApi::get_custom_password_instructions`](crate::apis::custom_password_instructions::CustomPasswordInstructionsApi::get_custom_password_instructions): `GET /custom-password-instructions/{pageId}`.
pub fn get_custom_password_instructions() -> super::Mock<GetCustomPasswordInstructions> {
    super::Mock::new(runtime::Method::GET, "/custom-password-instructions/{pageId}")
}
impl super::Mock<GetCustomPasswordInstructions> {
    /// Requires path parameter `pageId` with `value`, encoded as the client does.
    pub fn page_id(self, value: models::GetCustomPasswordInstructionsPageId) -> Self {
        self.path_param("pageId", &value, false)
    }
    /// Requires query parameter `locale` with `value`, encoded as the client does.
    pub fn locale(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("locale", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::CustomPasswordInstruction) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"pageId\":\"reset-password:enter-password\",\"locale\":\"default\",\"pageContent\":\"See company password policies for details by clicking <a href=\\\"url\\\">here</a>\"}",
        )
    }
    /// Answers `400` with `body` as JSON.
    pub fn respond_bad_request(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(400, body)
    }
    /// Answers `403` with `body` as JSON.
    pub fn respond_forbidden(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(403, body)
    }
    /// Answers `404` with `body` as JSON.
    pub fn respond_not_found(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(404, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(
        self,
        body: &models::ErrorResponseDtoV3,
    ) -> Self {
        self.respond_json(500, body)
    }
}

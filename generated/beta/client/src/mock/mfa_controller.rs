//! Typed expectations of the operations tagged `MFA Controller`: `server.expect(mock::mfa_controller::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`create_send_token()`], as `Mock<CreateSendToken>`.
pub enum CreateSendToken {}
/// Expects [`MfaControllerApi::create_send_token`](crate::apis::mfa_controller::MfaControllerApi::create_send_token): `POST /mfa/token/send`.
pub fn create_send_token() -> super::Mock<CreateSendToken> {
    super::Mock::new(runtime::Method::POST, "/mfa/token/send")
}
impl super::Mock<CreateSendToken> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::SendTokenRequest) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::SendTokenResponse) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"requestId\":\"089899f13a8f4da7824996191587bab9\",\"status\":\"SUCCESS\",\"errorMessage\":\"\"}",
        )
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
/// The operation of [`ping_verification_status()`], as `Mock<PingVerificationStatus>`.
pub enum PingVerificationStatus {}
/// Expects [`MfaControllerApi::ping_verification_status`](crate::apis::mfa_controller::MfaControllerApi::ping_verification_status): `POST /mfa/{method}/poll`.
pub fn ping_verification_status() -> super::Mock<PingVerificationStatus> {
    super::Mock::new(runtime::Method::POST, "/mfa/{method}/poll")
}
impl super::Mock<PingVerificationStatus> {
    /// Requires path parameter `method` with `value`, encoded as the client does.
    pub fn method(self, value: models::PingVerificationStatusMethod) -> Self {
        self.path_param("method", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::VerificationPollRequest) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::VerificationResponse) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"requestId\":\"089899f13a8f4da7824996191587bab9\",\"status\":\"PENDING\",\"error\":\"\"}",
        )
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
/// The operation of [`send_duo_verify_request()`], as `Mock<SendDuoVerifyRequest>`.
pub enum SendDuoVerifyRequest {}
/// Expects [`MfaControllerApi::send_duo_verify_request`](crate::apis::mfa_controller::MfaControllerApi::send_duo_verify_request): `POST /mfa/duo-web/verify`.
pub fn send_duo_verify_request() -> super::Mock<SendDuoVerifyRequest> {
    super::Mock::new(runtime::Method::POST, "/mfa/duo-web/verify")
}
impl super::Mock<SendDuoVerifyRequest> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::DuoVerificationRequest) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::VerificationResponse) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"requestId\":\"089899f13a8f4da7824996191587bab9\",\"status\":\"SUCCESS\",\"error\":\"\"}",
        )
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
/// The operation of [`send_kba_answers()`], as `Mock<SendKbaAnswers>`.
pub enum SendKbaAnswers {}
/// Expects [`MfaControllerApi::send_kba_answers`](crate::apis::mfa_controller::MfaControllerApi::send_kba_answers): `POST /mfa/kba/authenticate`.
pub fn send_kba_answers() -> super::Mock<SendKbaAnswers> {
    super::Mock::new(runtime::Method::POST, "/mfa/kba/authenticate")
}
impl super::Mock<SendKbaAnswers> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &Vec<models::KbaAnswerRequestItem>) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::KbaAuthResponse) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"kbaAuthResponseItem\":[{\"questionId\":\"089899f13a8f4da7824996191587bab9\",\"IsVerified\":false},{\"questionId\":\"089899f13a8f4da7824996191587bda8\",\"IsVerified\":true}],\"status\":\"PENDING\"}",
        )
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
/// The operation of [`send_okta_verify_request()`], as `Mock<SendOktaVerifyRequest>`.
pub enum SendOktaVerifyRequest {}
/// Expects [`MfaControllerApi::send_okta_verify_request`](crate::apis::mfa_controller::MfaControllerApi::send_okta_verify_request): `POST /mfa/okta-verify/verify`.
pub fn send_okta_verify_request() -> super::Mock<SendOktaVerifyRequest> {
    super::Mock::new(runtime::Method::POST, "/mfa/okta-verify/verify")
}
impl super::Mock<SendOktaVerifyRequest> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::OktaVerificationRequest) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::VerificationResponse) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"requestId\":\"089899f13a8f4da7824996191587bab9\",\"status\":\"SUCCESS\",\"error\":\"\"}",
        )
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
/// The operation of [`send_token_auth_request()`], as `Mock<SendTokenAuthRequest>`.
pub enum SendTokenAuthRequest {}
/// Expects [`MfaControllerApi::send_token_auth_request`](crate::apis::mfa_controller::MfaControllerApi::send_token_auth_request): `POST /mfa/token/authenticate`.
pub fn send_token_auth_request() -> super::Mock<SendTokenAuthRequest> {
    super::Mock::new(runtime::Method::POST, "/mfa/token/authenticate")
}
impl super::Mock<SendTokenAuthRequest> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::TokenAuthRequest) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::TokenAuthResponse) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(200, "{\"status\":\"PENDING\"}")
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

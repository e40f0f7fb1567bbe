//! Typed expectations of the operations tagged `Password Management`: `server.expect(mock::password_management::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`create_digit_token()`], as `Mock<CreateDigitToken>`.
pub enum CreateDigitToken {}
/// Expects [`PasswordManagementApi::create_digit_token`](crate::apis::password_management::PasswordManagementApi::create_digit_token): `POST /generate-password-reset-token/digit`.
pub fn create_digit_token() -> super::Mock<CreateDigitToken> {
    super::Mock::new(runtime::Method::POST, "/generate-password-reset-token/digit")
}
impl super::Mock<CreateDigitToken> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::PasswordDigitTokenReset) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::PasswordDigitToken) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"digitToken\":\"09087713\",\"requestId\":\"e1267ecd-fcd9-4c73-9c55-12555efad136\"}",
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
/// The operation of [`get_identity_password_change_status()`], as `Mock<GetIdentityPasswordChangeStatus>`.
pub enum GetIdentityPasswordChangeStatus {}
/// Expects [`PasswordManagementApi::get_identity_password_change_status`](crate::apis::password_management::PasswordManagementApi::get_identity_password_change_status): `GET /password-change-status/{id}`.
pub fn get_identity_password_change_status() -> super::Mock<
    GetIdentityPasswordChangeStatus,
> {
    super::Mock::new(runtime::Method::GET, "/password-change-status/{id}")
}
impl super::Mock<GetIdentityPasswordChangeStatus> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::PasswordStatus) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"status\":\"IN_PROCESS\",\"reqeustId\":\"089899f13a8f4da7824996191587bab9\",\"error\":null}",
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
/// The operation of [`query_password_info()`], as `Mock<QueryPasswordInfo>`.
pub enum QueryPasswordInfo {}
/// Expects [`PasswordManagementApi::query_password_info`](crate::apis::password_management::PasswordManagementApi::query_password_info): `POST /query-password-info`.
pub fn query_password_info() -> super::Mock<QueryPasswordInfo> {
    super::Mock::new(runtime::Method::POST, "/query-password-info")
}
impl super::Mock<QueryPasswordInfo> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::PasswordInfoQueryDto) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::PasswordInfo) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"identityId\":\"2c918085744fec4301746f9a5bce4611\",\"sourceId\":\"2c918083746f642c01746f9908840111\",\"publicKeyId\":\"N2M1OTJiMGEtMDJlZS00ZWU3LTkyYTEtNjA5YmI5NWE3ZWVA\",\"publicKey\":\"AIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAuGFkWi2J75TztpbaPKd36bJnIB3J8gZ6UcoS9oSDYsqBzPpTsfZXYaEf4Y4BKGgJIXmE/lwhwuj7mU1itdZ2qTSNFtnXA8Fn75c3UUkk+h+wdZbkuSmqlsJo3R1OnJkwkJggcAy9Jvk9jlcrNLWorpQ1w9raUvxtvfgkSdq153KxotenQ1HciSyZ0nA/Kw0UaucLnho8xdRowZs11afXGXA9IT9H6D8T6zUdtSxm0nAyH+mluma5LdTfaM50W3l/L8q56Vrqmx2pZIiwdx/0+g3Y++jV70zom0ZBkC1MmSoLMrQYG5OICNjr72f78B2PaGXfarQHqARLjKpMVt9YIQIDAQAB\",\"accounts\":[{\"accountId\":\"CN=Abby Smith,OU=Austin,OU=Americas,OU=Demo,DC=seri,DC=acme,DC=com\",\"accountName\":\"Abby.Smith\"}],\"policies\":[\"passwordRepeatedChar is 3\",\"passwordMinAlpha is 1\",\"passwordMinLength is 5\",\"passwordMinNumeric is 1\"]}",
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
/// The operation of [`set_identity_password()`], as `Mock<SetIdentityPassword>`.
pub enum SetIdentityPassword {}
/// Expects [`PasswordManagementApi::set_identity_password`](crate::apis::password_management::PasswordManagementApi::set_identity_password): `POST /set-password`.
pub fn set_identity_password() -> super::Mock<SetIdentityPassword> {
    super::Mock::new(runtime::Method::POST, "/set-password")
}
impl super::Mock<SetIdentityPassword> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::PasswordChangeRequest) -> Self {
        self.json_body(value)
    }
    /// Answers `202` with `body` as JSON.
    pub fn respond_accepted(self, body: &models::PasswordChangeResponse) -> Self {
        self.respond_json(202, body)
    }
    /// Answers `202` with the spec's example.
    pub fn respond_accepted_example(self) -> Self {
        self.respond_json_text(
            202,
            "{\"state\":\"IN_PROGRESS\",\"requestId\":\"089899f13a8f4da7824996191587bab9\"}",
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

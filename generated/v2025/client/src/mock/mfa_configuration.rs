//! Typed expectations of the operations tagged `MFA Configuration`: `server.expect(mock::mfa_configuration::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`get_mfa_duo_config()`], as `Mock<GetMfaDuoConfig>`.
pub enum GetMfaDuoConfig {}
/// Expects [`MfaConfigurationApi::get_mfa_duo_config`](crate::apis::mfa_configuration::MfaConfigurationApi::get_mfa_duo_config): `GET /mfa/duo-web/config`.
pub fn get_mfa_duo_config() -> super::Mock<GetMfaDuoConfig> {
    super::Mock::new(runtime::Method::GET, "/mfa/duo-web/config")
}
impl super::Mock<GetMfaDuoConfig> {
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::MfaDuoConfig) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"mfaMethod\":\"duo-web\",\"enabled\":true,\"host\":\"www.example.com\",\"accessKey\":\"d******Y\",\"identityAttribute\":\"email\",\"configProperties\":{\"skey\":\"6******B\",\"ikey\":\"Q123WE45R6TY7890ZXCV\"}}",
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
/// The operation of [`get_mfa_kba_config()`], as `Mock<GetMfaKbaConfig>`.
pub enum GetMfaKbaConfig {}
/// Expects [`MfaConfigurationApi::get_mfa_kba_config`](crate::apis::mfa_configuration::MfaConfigurationApi::get_mfa_kba_config): `GET /mfa/kba/config`.
pub fn get_mfa_kba_config() -> super::Mock<GetMfaKbaConfig> {
    super::Mock::new(runtime::Method::GET, "/mfa/kba/config")
}
impl super::Mock<GetMfaKbaConfig> {
    /// Requires query parameter `allLanguages` with `value`, encoded as the client does.
    pub fn all_languages(self, value: bool) -> Self {
        self.query_param("allLanguages", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::KbaQuestion>) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "[{\"id\":\"143cfd3b-c23f-426b-ae5f-d3db06fa5919\",\"text\":\"MFA new question -1 ?\",\"hasAnswer\":false,\"numAnswers\":0},{\"id\":\"173421\",\"text\":\"What is your alphanumeric PIN?\",\"hasAnswer\":false,\"numAnswers\":3}]",
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
/// The operation of [`get_mfa_okta_config()`], as `Mock<GetMfaOktaConfig>`.
pub enum GetMfaOktaConfig {}
/// Expects [`MfaConfigurationApi::get_mfa_okta_config`](crate::apis::mfa_configuration::MfaConfigurationApi::get_mfa_okta_config): `GET /mfa/okta-verify/config`.
pub fn get_mfa_okta_config() -> super::Mock<GetMfaOktaConfig> {
    super::Mock::new(runtime::Method::GET, "/mfa/okta-verify/config")
}
impl super::Mock<GetMfaOktaConfig> {
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::MfaOktaConfig) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"mfaMethod\":\"okta-verify\",\"enabled\":true,\"host\":\"www.example.com\",\"accessKey\":\"d******Y\",\"identityAttribute\":\"email\"}",
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
/// The operation of [`set_mfa_duo_config()`], as `Mock<SetMfaDuoConfig>`.
pub enum SetMfaDuoConfig {}
/// Expects [`MfaConfigurationApi::set_mfa_duo_config`](crate::apis::mfa_configuration::MfaConfigurationApi::set_mfa_duo_config): `PUT /mfa/duo-web/config`.
pub fn set_mfa_duo_config() -> super::Mock<SetMfaDuoConfig> {
    super::Mock::new(runtime::Method::PUT, "/mfa/duo-web/config")
}
impl super::Mock<SetMfaDuoConfig> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::MfaDuoConfig) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::MfaDuoConfig) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"mfaMethod\":\"duo-web\",\"enabled\":true,\"host\":\"www.example.com\",\"accessKey\":\"q******y\",\"identityAttribute\":\"email\",\"configProperties\":{\"skey\":\"1******B\",\"ikey\":\"Q123WE45R6TY7890ZXCV\"}}",
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
/// The operation of [`set_mfakba_config()`], as `Mock<SetMfakbaConfig>`.
pub enum SetMfakbaConfig {}
/// Expects [`MfaConfigurationApi::set_mfakba_config`](crate::apis::mfa_configuration::MfaConfigurationApi::set_mfakba_config): `POST /mfa/kba/config/answers`.
pub fn set_mfakba_config() -> super::Mock<SetMfakbaConfig> {
    super::Mock::new(runtime::Method::POST, "/mfa/kba/config/answers")
}
impl super::Mock<SetMfakbaConfig> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &Vec<models::KbaAnswerRequestItem>) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::KbaAnswerResponseItem>) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "[{\"id\":\"143cfd3b-c23f-426b-ae5f-d3db06fa5919\",\"question\":\"[{\\\"text\\\":\\\"Nouvelle question MFA -1 ?\\\",\\\"locale\\\":\\\"fr\\\"},{\\\"text\\\":\\\"MFA new question -1 ?\\\",\\\"locale\\\":\\\"\\\"}]\",\"hasAnswer\":false},{\"id\":\"173421\",\"question\":\"[{\\\"text\\\":\\\"What is your alphanumeric PIN?\\\",\\\"locale\\\":\\\"\\\"}]\",\"hasAnswer\":true},{\"id\":\"c54fee53-2d63-4fc5-9259-3e93b9994135\",\"question\":\"[{\\\"text\\\":\\\"Nouvelle question MFA - 2 ?\\\",\\\"locale\\\":\\\"fr\\\"},{\\\"text\\\":\\\"MFA new question - 2 ?\\\",\\\"locale\\\":\\\"\\\"}]\",\"hasAnswer\":true}]",
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
/// The operation of [`set_mfa_okta_config()`], as `Mock<SetMfaOktaConfig>`.
pub enum SetMfaOktaConfig {}
/// Expects [`MfaConfigurationApi::set_mfa_okta_config`](crate::apis::mfa_configuration::MfaConfigurationApi::set_mfa_okta_config): `PUT /mfa/okta-verify/config`.
pub fn set_mfa_okta_config() -> super::Mock<SetMfaOktaConfig> {
    super::Mock::new(runtime::Method::PUT, "/mfa/okta-verify/config")
}
impl super::Mock<SetMfaOktaConfig> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::MfaOktaConfig) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::MfaOktaConfig) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"mfaMethod\":\"okta-verify\",\"enabled\":true,\"host\":\"www.example.com\",\"accessKey\":\"d******Y\",\"identityAttribute\":\"email\"}",
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
/// The operation of [`test_mfa_config()`], as `Mock<TestMfaConfig>`.
pub enum TestMfaConfig {}
/// Expects [`MfaConfigurationApi::test_mfa_config`](crate::apis::mfa_configuration::MfaConfigurationApi::test_mfa_config): `GET /mfa/{method}/test`.
pub fn test_mfa_config() -> super::Mock<TestMfaConfig> {
    super::Mock::new(runtime::Method::GET, "/mfa/{method}/test")
}
impl super::Mock<TestMfaConfig> {
    /// Requires path parameter `method` with `value`, encoded as the client does.
    pub fn method(self, value: models::TestMfaConfigMethod) -> Self {
        self.path_param("method", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::MfaConfigTestResponse) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(200, "{\"state\":\"SUCCESS\",\"error\":null}")
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

//! Typed expectations of the operations tagged `Password Policies`: `server.expect(mock::password_policies::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`create_password_policy()`], as `Mock<CreatePasswordPolicy>`.
pub enum CreatePasswordPolicy {}
/// Expects [`PasswordPoliciesApi::create_password_policy`](crate::apis::password_policies::PasswordPoliciesApi::create_password_policy): `POST /password-policies`.
pub fn create_password_policy() -> super::Mock<CreatePasswordPolicy> {
    super::Mock::new(runtime::Method::POST, "/password-policies")
}
impl super::Mock<CreatePasswordPolicy> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::PasswordPolicyV3Dto) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::PasswordPolicyV3Dto) -> Self {
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
/// The operation of [`delete_password_policy()`], as `Mock<DeletePasswordPolicy>`.
pub enum DeletePasswordPolicy {}
/// Expects [`PasswordPoliciesApi::delete_password_policy`](crate::apis::password_policies::PasswordPoliciesApi::delete_password_policy): `DELETE /password-policies/{id}`.
pub fn delete_password_policy() -> super::Mock<DeletePasswordPolicy> {
    super::Mock::new(runtime::Method::DELETE, "/password-policies/{id}")
}
impl super::Mock<DeletePasswordPolicy> {
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
/// The operation of [`get_password_policy_by_id()`], as `Mock<GetPasswordPolicyById>`.
pub enum GetPasswordPolicyById {}
/// Expects [`PasswordPoliciesApi::get_password_policy_by_id`](crate::apis::password_policies::PasswordPoliciesApi::get_password_policy_by_id): `GET /password-policies/{id}`.
pub fn get_password_policy_by_id() -> super::Mock<GetPasswordPolicyById> {
    super::Mock::new(runtime::Method::GET, "/password-policies/{id}")
}
impl super::Mock<GetPasswordPolicyById> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::PasswordPolicyV3Dto) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"description\":\"Default Password Policy\",\"id\":\"2c91808e7d976f3b017d9f5ceae440c8\",\"name\":\"Example PP\",\"dateCreated\":1639056206564,\"lastUpdated\":1662385430753,\"firstExpirationReminder\":90,\"accountIdMinWordLength\":3,\"accountNameMinWordLength\":3,\"maxLength\":0,\"maxRepeatedChars\":4,\"minAlpha\":1,\"minCharacterTypes\":-1,\"minLength\":8,\"minLower\":0,\"minNumeric\":1,\"minSpecial\":0,\"minUpper\":0,\"passwordExpiration\":90,\"defaultPolicy\":true,\"enablePasswdExpiration\":false,\"requireStrongAuthn\":false,\"requireStrongAuthOffNetwork\":false,\"requireStrongAuthUntrustedGeographies\":false,\"useAccountAttributes\":false,\"useDictionary\":false,\"useIdentityAttributes\":false,\"validateAgainstAccountId\":true,\"validateAgainstAccountName\":true,\"sourceIds\":[\"2c91808382ffee0b01830de154f14034\",\"2c91808582ffee0c01830de36511405f\"]}",
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
/// The operation of [`list_password_policies()`], as `Mock<ListPasswordPolicies>`.
pub enum ListPasswordPolicies {}
/// Expects [`PasswordPoliciesApi::list_password_policies`](crate::apis::password_policies::PasswordPoliciesApi::list_password_policies): `GET /password-policies`.
pub fn list_password_policies() -> super::Mock<ListPasswordPolicies> {
    super::Mock::new(runtime::Method::GET, "/password-policies")
}
impl super::Mock<ListPasswordPolicies> {
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
    pub fn respond_ok(self, body: &Vec<models::PasswordPolicyV3Dto>) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "[{\"description\":\"Example Password Policy\",\"id\":\"2c91808e7d976f3b017d9f5ceae440c8\",\"name\":\"Example PP\",\"dateCreated\":1639056206564,\"lastUpdated\":1662385430753,\"firstExpirationReminder\":90,\"accountIdMinWordLength\":3,\"accountNameMinWordLength\":3,\"maxLength\":0,\"maxRepeatedChars\":4,\"minAlpha\":1,\"minCharacterTypes\":-1,\"minLength\":8,\"minLower\":0,\"minNumeric\":1,\"minSpecial\":0,\"minUpper\":0,\"passwordExpiration\":90,\"defaultPolicy\":false,\"enablePasswdExpiration\":false,\"requireStrongAuthn\":false,\"requireStrongAuthOffNetwork\":false,\"requireStrongAuthUntrustedGeographies\":false,\"useAccountAttributes\":false,\"useDictionary\":false,\"useIdentityAttributes\":false,\"validateAgainstAccountId\":true,\"validateAgainstAccountName\":true,\"sourceIds\":[\"2c91808382ffee0b01830de154f14034\",\"2c91808582ffee0c01830de36511405f\"]},{\"description\":null,\"id\":\"2c91808780b8b8430180ff7a093f3bf2\",\"name\":\"Password Policy 1 test\",\"dateCreated\":1653553629503,\"lastUpdated\":null,\"firstExpirationReminder\":null,\"accountIdMinWordLength\":-1,\"accountNameMinWordLength\":-1,\"maxLength\":0,\"maxRepeatedChars\":-1,\"minAlpha\":1,\"minCharacterTypes\":-1,\"minLength\":8,\"minLower\":0,\"minNumeric\":1,\"minSpecial\":0,\"minUpper\":0,\"passwordExpiration\":90,\"defaultPolicy\":false,\"enablePasswdExpiration\":false,\"requireStrongAuthn\":false,\"requireStrongAuthOffNetwork\":false,\"requireStrongAuthUntrustedGeographies\":false,\"useAccountAttributes\":false,\"useDictionary\":false,\"useIdentityAttributes\":true,\"validateAgainstAccountId\":false,\"validateAgainstAccountName\":false,\"sourceIds\":[]}]",
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
/// The operation of [`set_password_policy()`], as `Mock<SetPasswordPolicy>`.
pub enum SetPasswordPolicy {}
/// Expects [`PasswordPoliciesApi::set_password_policy`](crate::apis::password_policies::PasswordPoliciesApi::set_password_policy): `PUT /password-policies/{id}`.
pub fn set_password_policy() -> super::Mock<SetPasswordPolicy> {
    super::Mock::new(runtime::Method::PUT, "/password-policies/{id}")
}
impl super::Mock<SetPasswordPolicy> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::PasswordPolicyV3Dto) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::PasswordPolicyV3Dto) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"description\":\"Password Policy after update.\",\"id\":\"2c91808e7d976f3b017d9f5ceae440c8\",\"name\":\"Improved Password Policy\",\"dateCreated\":1639056206564,\"lastUpdated\":1662385430753,\"firstExpirationReminder\":90,\"accountIdMinWordLength\":3,\"accountNameMinWordLength\":3,\"maxLength\":0,\"maxRepeatedChars\":4,\"minAlpha\":1,\"minCharacterTypes\":-1,\"minLength\":8,\"minLower\":0,\"minNumeric\":1,\"minSpecial\":0,\"minUpper\":0,\"passwordExpiration\":90,\"defaultPolicy\":false,\"enablePasswdExpiration\":false,\"requireStrongAuthn\":false,\"requireStrongAuthOffNetwork\":false,\"requireStrongAuthUntrustedGeographies\":false,\"useAccountAttributes\":false,\"useDictionary\":false,\"useIdentityAttributes\":false,\"validateAgainstAccountId\":true,\"validateAgainstAccountName\":true,\"sourceIds\":[\"2c91808382ffee0b01830de154f14034\",\"2c91808582ffee0c01830de36511405f\"]}",
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

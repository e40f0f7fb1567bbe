//! Typed expectations of the operations tagged `Lifecycle States`: `server.expect(mock::lifecycle_states::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`get_lifecycle_states()`], as `Mock<GetLifecycleStates>`.
pub enum GetLifecycleStates {}
/// Expects [`LifecycleStatesApi::get_lifecycle_states`](crate::apis::lifecycle_states::LifecycleStatesApi::get_lifecycle_states): `GET /identity-profiles/{identity-profile-id}/lifecycle-states/{lifecycle-state-id}`.
pub fn get_lifecycle_states() -> super::Mock<GetLifecycleStates> {
    super::Mock::new(
        runtime::Method::GET,
        "/identity-profiles/{identity-profile-id}/lifecycle-states/{lifecycle-state-id}",
    )
}
impl super::Mock<GetLifecycleStates> {
    /// Requires path parameter `identity-profile-id` with `value`, encoded as the client does.
    pub fn identity_profile_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("identity-profile-id", &value, false)
    }
    /// Requires path parameter `lifecycle-state-id` with `value`, encoded as the client does.
    pub fn lifecycle_state_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("lifecycle-state-id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::LifecycleState) -> Self {
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
/// The operation of [`update_lifecycle_states()`], as `Mock<UpdateLifecycleStates>`.
pub enum UpdateLifecycleStates {}
/// Expects [`LifecycleStatesApi::update_lifecycle_states`](crate::apis::lifecycle_states::LifecycleStatesApi::update_lifecycle_states): `PATCH /identity-profiles/{identity-profile-id}/lifecycle-states/{lifecycle-state-id}`.
pub fn update_lifecycle_states() -> super::Mock<UpdateLifecycleStates> {
    super::Mock::new(
        runtime::Method::PATCH,
        "/identity-profiles/{identity-profile-id}/lifecycle-states/{lifecycle-state-id}",
    )
}
impl super::Mock<UpdateLifecycleStates> {
    /// Requires path parameter `identity-profile-id` with `value`, encoded as the client does.
    pub fn identity_profile_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("identity-profile-id", &value, false)
    }
    /// Requires path parameter `lifecycle-state-id` with `value`, encoded as the client does.
    pub fn lifecycle_state_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("lifecycle-state-id", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &Vec<models::JsonPatchOperation>) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::LifecycleState) -> Self {
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

//! Typed expectations of the operations tagged `Lifecycle States`: `server.expect(mock::lifecycle_states::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`create_lifecycle_state()`], as `Mock<CreateLifecycleState>`.
pub enum CreateLifecycleState {}
/// Expects [`LifecycleStatesApi::create_lifecycle_state`](crate::apis::lifecycle_states::LifecycleStatesApi::create_lifecycle_state): `POST /identity-profiles/{identity-profile-id}/lifecycle-states`.
pub fn create_lifecycle_state() -> super::Mock<CreateLifecycleState> {
    super::Mock::new(
        runtime::Method::POST,
        "/identity-profiles/{identity-profile-id}/lifecycle-states",
    )
}
impl super::Mock<CreateLifecycleState> {
    /// Requires path parameter `identity-profile-id` with `value`, encoded as the client does.
    pub fn identity_profile_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("identity-profile-id", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::LifecycleState) -> Self {
        self.json_body(value)
    }
    /// Answers `201` with `body` as JSON.
    pub fn respond_created(self, body: &models::LifecycleState) -> Self {
        self.respond_json(201, body)
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
/// The operation of [`delete_lifecycle_state()`], as `Mock<DeleteLifecycleState>`.
pub enum DeleteLifecycleState {}
/// Expects [`LifecycleStatesApi::delete_lifecycle_state`](crate::apis::lifecycle_states::LifecycleStatesApi::delete_lifecycle_state): `DELETE /identity-profiles/{identity-profile-id}/lifecycle-states/{lifecycle-state-id}`.
pub fn delete_lifecycle_state() -> super::Mock<DeleteLifecycleState> {
    super::Mock::new(
        runtime::Method::DELETE,
        "/identity-profiles/{identity-profile-id}/lifecycle-states/{lifecycle-state-id}",
    )
}
impl super::Mock<DeleteLifecycleState> {
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
    /// Answers `202` with `body` as JSON.
    pub fn respond_accepted(self, body: &models::LifecyclestateDeleted) -> Self {
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
/// The operation of [`get_lifecycle_state()`], as `Mock<GetLifecycleState>`.
pub enum GetLifecycleState {}
/// Expects [`LifecycleStatesApi::get_lifecycle_state`](crate::apis::lifecycle_states::LifecycleStatesApi::get_lifecycle_state): `GET /identity-profiles/{identity-profile-id}/lifecycle-states/{lifecycle-state-id}`.
pub fn get_lifecycle_state() -> super::Mock<GetLifecycleState> {
    super::Mock::new(
        runtime::Method::GET,
        "/identity-profiles/{identity-profile-id}/lifecycle-states/{lifecycle-state-id}",
    )
}
impl super::Mock<GetLifecycleState> {
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
/// The operation of [`get_lifecycle_states()`], as `Mock<GetLifecycleStates>`.
pub enum GetLifecycleStates {}
/// Expects [`LifecycleStatesApi::get_lifecycle_states`](crate::apis::lifecycle_states::LifecycleStatesApi::get_lifecycle_states): `GET /identity-profiles/{identity-profile-id}/lifecycle-states`.
pub fn get_lifecycle_states() -> super::Mock<GetLifecycleStates> {
    super::Mock::new(
        runtime::Method::GET,
        "/identity-profiles/{identity-profile-id}/lifecycle-states",
    )
}
impl super::Mock<GetLifecycleStates> {
    /// Requires path parameter `identity-profile-id` with `value`, encoded as the client does.
    pub fn identity_profile_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("identity-profile-id", &value, false)
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
    /// Requires query parameter `sorters` with `value`, encoded as the client does.
    pub fn sorters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("sorters", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::LifecycleState>) -> Self {
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
/// The operation of [`set_lifecycle_state()`], as `Mock<SetLifecycleState>`.
pub enum SetLifecycleState {}
/// Expects [`LifecycleStatesApi::set_lifecycle_state`](crate::apis::lifecycle_states::LifecycleStatesApi::set_lifecycle_state): `POST /identities/{identity-id}/set-lifecycle-state`.
pub fn set_lifecycle_state() -> super::Mock<SetLifecycleState> {
    super::Mock::new(
        runtime::Method::POST,
        "/identities/{identity-id}/set-lifecycle-state",
    )
}
impl super::Mock<SetLifecycleState> {
    /// Requires path parameter `identity-id` with `value`, encoded as the client does.
    pub fn identity_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("identity-id", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::SetLifecycleStateRequest) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::SetLifecycleStateResponse) -> Self {
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

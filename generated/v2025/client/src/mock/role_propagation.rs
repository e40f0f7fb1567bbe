//! Typed expectations of the operations tagged `Role Propagation`: `server.expect(mock::role_propagation::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`cancel_role_propagation()`], as `Mock<CancelRolePropagation>`.
pub enum CancelRolePropagation {}
/// Expects [`RolePropagationApi::cancel_role_propagation`](crate::apis::role_propagation::RolePropagationApi::cancel_role_propagation): `POST /role-propagation/terminate`.
pub fn cancel_role_propagation() -> super::Mock<CancelRolePropagation> {
    super::Mock::new(runtime::Method::POST, "/role-propagation/terminate")
}
impl super::Mock<CancelRolePropagation> {
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
/// The operation of [`get_ongoing_role_propagation()`], as `Mock<GetOngoingRolePropagation>`.
pub enum GetOngoingRolePropagation {}
/// Expects [`RolePropagationApi::get_ongoing_role_propagation`](crate::apis::role_propagation::RolePropagationApi::get_ongoing_role_propagation): `GET /role-propagation/is-running`.
pub fn get_ongoing_role_propagation() -> super::Mock<GetOngoingRolePropagation> {
    super::Mock::new(runtime::Method::GET, "/role-propagation/is-running")
}
impl super::Mock<GetOngoingRolePropagation> {
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::RolePropagationOngoingResponse) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"isRunning\":true,\"rolePropagationDetails\":{\"id\":\"f11f4239-d442-4261-a390-996a62d757e9\",\"status\":\"RUNNING\",\"executionStage\":\"DATA_AGGREGATION_RUNNING\",\"launched\":\"2025-05-29T22:27:40Z\",\"launchedBy\":{\"id\":\"3315765f71c44c849e41a9cb9b271d7b\",\"type\":\"IDENTITY\",\"name\":\"support\"},\"skipRoleRefresh\":false}}",
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
/// The operation of [`get_role_propagation_config()`], as `Mock<GetRolePropagationConfig>`.
pub enum GetRolePropagationConfig {}
/// Expects [`RolePropagationApi::get_role_propagation_config`](crate::apis::role_propagation::RolePropagationApi::get_role_propagation_config): `GET /role-propagation-config`.
pub fn get_role_propagation_config() -> super::Mock<GetRolePropagationConfig> {
    super::Mock::new(runtime::Method::GET, "/role-propagation-config")
}
impl super::Mock<GetRolePropagationConfig> {
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::RolePropagationConfigResponse) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"enabled\":true,\"enabledDate\":\"2026-01-27T08:07:20Z\",\"createdDate\":\"2025-02-18T20:20:36Z\",\"modifiedDate\":\"2026-01-27T08:07:20Z\"}",
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
/// The operation of [`get_role_propagation_status()`], as `Mock<GetRolePropagationStatus>`.
pub enum GetRolePropagationStatus {}
/// Expects [`RolePropagationApi::get_role_propagation_status`](crate::apis::role_propagation::RolePropagationApi::get_role_propagation_status): `GET /role-propagation/{rolePropagationId}/status`.
pub fn get_role_propagation_status() -> super::Mock<GetRolePropagationStatus> {
    super::Mock::new(
        runtime::Method::GET,
        "/role-propagation/{rolePropagationId}/status",
    )
}
impl super::Mock<GetRolePropagationStatus> {
    /// Requires path parameter `rolePropagationId` with `value`, encoded as the client does.
    pub fn role_propagation_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("rolePropagationId", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::RolePropagationStatusResponse) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"id\":\"0210f50c-bc23-4f9d-9921-056f1a170471\",\"status\":\"COMPLETED\",\"executionStage\":\"SUCCEEDED\",\"launched\":\"2025-05-29T17:18:31Z\",\"launchedBy\":{\"id\":\"3315765f71c44c849e41a9cb9b271d7b\",\"type\":\"IDENTITY\",\"name\":\"support\"},\"completed\":\"2025-05-29T17:21:19Z\",\"skipRoleRefresh\":false}",
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
/// The operation of [`set_role_propagation_config()`], as `Mock<SetRolePropagationConfig>`.
pub enum SetRolePropagationConfig {}
/// Expects [`RolePropagationApi::set_role_propagation_config`](crate::apis::role_propagation::RolePropagationApi::set_role_propagation_config): `PUT /role-propagation-config`.
pub fn set_role_propagation_config() -> super::Mock<SetRolePropagationConfig> {
    super::Mock::new(runtime::Method::PUT, "/role-propagation-config")
}
impl super::Mock<SetRolePropagationConfig> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::RolePropagationConfigInput) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::RolePropagationConfigResponse) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"enabled\":true,\"enabledDate\":\"2026-01-27T08:07:20Z\",\"createdDate\":\"2025-02-18T20:20:36Z\",\"modifiedDate\":\"2026-01-27T08:07:20Z\"}",
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
/// The operation of [`start_role_propagation()`], as `Mock<StartRolePropagation>`.
pub enum StartRolePropagation {}
/// Expects [`RolePropagationApi::start_role_propagation`](crate::apis::role_propagation::RolePropagationApi::start_role_propagation): `POST /role-propagation`.
pub fn start_role_propagation() -> super::Mock<StartRolePropagation> {
    super::Mock::new(runtime::Method::POST, "/role-propagation")
}
impl super::Mock<StartRolePropagation> {
    /// Requires query parameter `skipRoleRefresh` with `value`, encoded as the client does.
    pub fn skip_role_refresh(self, value: bool) -> Self {
        self.query_param("skipRoleRefresh", &value, "form", true)
    }
    /// Answers `202` with `body` as JSON.
    pub fn respond_accepted(self, body: &models::RolePropagationResponse) -> Self {
        self.respond_json(202, body)
    }
    /// Answers `202` with the spec's example.
    pub fn respond_accepted_example(self) -> Self {
        self.respond_json_text(
            202,
            "{\"rolePropagationId\":\"47b9fb02-e12e-42ba-8bfe-1860d78c88eb\"}",
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

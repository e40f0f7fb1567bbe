//! Typed expectations of the operations tagged `Launchers`: `server.expect(mock::launchers::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`create_launcher()`], as `Mock<CreateLauncher>`.
pub enum CreateLauncher {}
/// Expects [`LaunchersApi::create_launcher`](crate::apis::launchers::LaunchersApi::create_launcher): `POST /launchers`.
pub fn create_launcher() -> super::Mock<CreateLauncher> {
    super::Mock::new(runtime::Method::POST, "/launchers")
}
impl super::Mock<CreateLauncher> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::LauncherRequest) -> Self {
        self.json_body(value)
    }
    /// Answers `201` with `body` as JSON.
    pub fn respond_created(self, body: &models::Launcher) -> Self {
        self.respond_json(201, body)
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
/// The operation of [`delete_launcher()`], as `Mock<DeleteLauncher>`.
pub enum DeleteLauncher {}
/// Expects [`LaunchersApi::delete_launcher`](crate::apis::launchers::LaunchersApi::delete_launcher): `DELETE /launchers/{launcherID}`.
pub fn delete_launcher() -> super::Mock<DeleteLauncher> {
    super::Mock::new(runtime::Method::DELETE, "/launchers/{launcherID}")
}
impl super::Mock<DeleteLauncher> {
    /// Requires path parameter `launcherID` with `value`, encoded as the client does.
    pub fn launcher_id(self, value: String) -> Self {
        self.path_param("launcherID", &value, false)
    }
    /// Answers `204` with no body.
    pub fn respond_no_content(self) -> Self {
        self.respond_empty(204)
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
/// The operation of [`get_launcher()`], as `Mock<GetLauncher>`.
pub enum GetLauncher {}
/// Expects [`LaunchersApi::get_launcher`](crate::apis::launchers::LaunchersApi::get_launcher): `GET /launchers/{launcherID}`.
pub fn get_launcher() -> super::Mock<GetLauncher> {
    super::Mock::new(runtime::Method::GET, "/launchers/{launcherID}")
}
impl super::Mock<GetLauncher> {
    /// Requires path parameter `launcherID` with `value`, encoded as the client does.
    pub fn launcher_id(self, value: String) -> Self {
        self.path_param("launcherID", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::Launcher) -> Self {
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
    /// Answers `404` with `body` as JSON.
    pub fn respond_not_found(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(404, body)
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
/// The operation of [`get_launchers()`], as `Mock<GetLaunchers>`.
pub enum GetLaunchers {}
/// Expects [`LaunchersApi::get_launchers`](crate::apis::launchers::LaunchersApi::get_launchers): `GET /launchers`.
pub fn get_launchers() -> super::Mock<GetLaunchers> {
    super::Mock::new(runtime::Method::GET, "/launchers")
}
impl super::Mock<GetLaunchers> {
    /// Requires query parameter `filters` with `value`, encoded as the client does.
    pub fn filters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("filters", &value, "form", true)
    }
    /// Requires query parameter `next` with `value`, encoded as the client does.
    pub fn next(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("next", &value, "form", true)
    }
    /// Requires query parameter `limit` with `value`, encoded as the client does.
    pub fn limit(self, value: i32) -> Self {
        self.query_param("limit", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::GetLaunchersResponse) -> Self {
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
    /// Answers `404` with `body` as JSON.
    pub fn respond_not_found(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(404, body)
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
/// The operation of [`put_launcher()`], as `Mock<PutLauncher>`.
pub enum PutLauncher {}
/// Expects [`LaunchersApi::put_launcher`](crate::apis::launchers::LaunchersApi::put_launcher): `PUT /launchers/{launcherID}`.
pub fn put_launcher() -> super::Mock<PutLauncher> {
    super::Mock::new(runtime::Method::PUT, "/launchers/{launcherID}")
}
impl super::Mock<PutLauncher> {
    /// Requires path parameter `launcherID` with `value`, encoded as the client does.
    pub fn launcher_id(self, value: String) -> Self {
        self.path_param("launcherID", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::LauncherRequest) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::Launcher) -> Self {
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
    /// Answers `404` with `body` as JSON.
    pub fn respond_not_found(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(404, body)
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
/// The operation of [`start_launcher()`], as `Mock<StartLauncher>`.
pub enum StartLauncher {}
/// Expects [`LaunchersApi::start_launcher`](crate::apis::launchers::LaunchersApi::start_launcher): `POST /beta/launchers/{launcherID}/launch`.
pub fn start_launcher() -> super::Mock<StartLauncher> {
    super::Mock::new(runtime::Method::POST, "/beta/launchers/{launcherID}/launch")
}
impl super::Mock<StartLauncher> {
    /// Requires path parameter `launcherID` with `value`, encoded as the client does.
    pub fn launcher_id(self, value: String) -> Self {
        self.path_param("launcherID", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::StartLauncherResponse) -> Self {
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
    /// Answers `404` with `body` as JSON.
    pub fn respond_not_found(self, body: &models::ErrorResponseDtoV3) -> Self {
        self.respond_json(404, body)
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

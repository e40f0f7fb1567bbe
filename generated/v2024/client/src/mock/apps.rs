//! Typed expectations of the operations tagged `Apps`: `server.expect(mock::apps::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`create_source_app()`], as `Mock<CreateSourceApp>`.
pub enum CreateSourceApp {}
/// Expects [`AppsApi::create_source_app`](crate::apis::apps::AppsApi::create_source_app): `POST /source-apps`.
pub fn create_source_app() -> super::Mock<CreateSourceApp> {
    super::Mock::new(runtime::Method::POST, "/source-apps")
}
impl super::Mock<CreateSourceApp> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::SourceAppCreateDto) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::SourceApp) -> Self {
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
/// The operation of [`delete_access_profiles_from_source_app_by_bulk()`], as `Mock<DeleteAccessProfilesFromSourceAppByBulk>`.
pub enum DeleteAccessProfilesFromSourceAppByBulk {}
/// Expects [`AppsApi::delete_access_profiles_from_source_app_by_bulk`](crate::apis::apps::AppsApi::delete_access_profiles_from_source_app_by_bulk): `POST /source-apps/{id}/access-profiles/bulk-remove`.
pub fn delete_access_profiles_from_source_app_by_bulk() -> super::Mock<
    DeleteAccessProfilesFromSourceAppByBulk,
> {
    super::Mock::new(
        runtime::Method::POST,
        "/source-apps/{id}/access-profiles/bulk-remove",
    )
}
impl super::Mock<DeleteAccessProfilesFromSourceAppByBulk> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires query parameter `limit` with `value`, encoded as the client does.
    pub fn limit(self, value: i32) -> Self {
        self.query_param("limit", &value, "form", true)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &Vec<String>) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::AccessProfileDetails>) -> Self {
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
/// The operation of [`delete_source_app()`], as `Mock<DeleteSourceApp>`.
pub enum DeleteSourceApp {}
/// Expects [`AppsApi::delete_source_app`](crate::apis::apps::AppsApi::delete_source_app): `DELETE /source-apps/{id}`.
pub fn delete_source_app() -> super::Mock<DeleteSourceApp> {
    super::Mock::new(runtime::Method::DELETE, "/source-apps/{id}")
}
impl super::Mock<DeleteSourceApp> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::SourceApp) -> Self {
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
/// The operation of [`get_source_app()`], as `Mock<GetSourceApp>`.
pub enum GetSourceApp {}
/// Expects [`AppsApi::get_source_app`](crate::apis::apps::AppsApi::get_source_app): `GET /source-apps/{id}`.
pub fn get_source_app() -> super::Mock<GetSourceApp> {
    super::Mock::new(runtime::Method::GET, "/source-apps/{id}")
}
impl super::Mock<GetSourceApp> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::SourceApp) -> Self {
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
/// The operation of [`list_access_profiles_for_source_app()`], as `Mock<ListAccessProfilesForSourceApp>`.
pub enum ListAccessProfilesForSourceApp {}
/// Expects [`AppsApi::list_access_profiles_for_source_app`](crate::apis::apps::AppsApi::list_access_profiles_for_source_app): `GET /source-apps/{id}/access-profiles`.
pub fn list_access_profiles_for_source_app() -> super::Mock<
    ListAccessProfilesForSourceApp,
> {
    super::Mock::new(runtime::Method::GET, "/source-apps/{id}/access-profiles")
}
impl super::Mock<ListAccessProfilesForSourceApp> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires query parameter `limit` with `value`, encoded as the client does.
    pub fn limit(self, value: i32) -> Self {
        self.query_param("limit", &value, "form", true)
    }
    /// Requires query parameter `offset` with `value`, encoded as the client does.
    pub fn offset(self, value: i32) -> Self {
        self.query_param("offset", &value, "form", true)
    }
    /// Requires query parameter `filters` with `value`, encoded as the client does.
    pub fn filters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("filters", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::AccessProfileDetails>) -> Self {
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
/// The operation of [`list_all_source_app()`], as `Mock<ListAllSourceApp>`.
pub enum ListAllSourceApp {}
/// Expects [`AppsApi::list_all_source_app`](crate::apis::apps::AppsApi::list_all_source_app): `GET /source-apps/all`.
pub fn list_all_source_app() -> super::Mock<ListAllSourceApp> {
    super::Mock::new(runtime::Method::GET, "/source-apps/all")
}
impl super::Mock<ListAllSourceApp> {
    /// Requires query parameter `limit` with `value`, encoded as the client does.
    pub fn limit(self, value: i32) -> Self {
        self.query_param("limit", &value, "form", true)
    }
    /// Requires query parameter `count` with `value`, encoded as the client does.
    pub fn count(self, value: bool) -> Self {
        self.query_param("count", &value, "form", true)
    }
    /// Requires query parameter `offset` with `value`, encoded as the client does.
    pub fn offset(self, value: i32) -> Self {
        self.query_param("offset", &value, "form", true)
    }
    /// Requires query parameter `sorters` with `value`, encoded as the client does.
    pub fn sorters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("sorters", &value, "form", true)
    }
    /// Requires query parameter `filters` with `value`, encoded as the client does.
    pub fn filters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("filters", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::SourceApp>) -> Self {
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
/// The operation of [`list_all_user_apps()`], as `Mock<ListAllUserApps>`.
pub enum ListAllUserApps {}
/// Expects [`AppsApi::list_all_user_apps`](crate::apis::apps::AppsApi::list_all_user_apps): `GET /user-apps/all`.
pub fn list_all_user_apps() -> super::Mock<ListAllUserApps> {
    super::Mock::new(runtime::Method::GET, "/user-apps/all")
}
impl super::Mock<ListAllUserApps> {
    /// Requires query parameter `limit` with `value`, encoded as the client does.
    pub fn limit(self, value: i32) -> Self {
        self.query_param("limit", &value, "form", true)
    }
    /// Requires query parameter `count` with `value`, encoded as the client does.
    pub fn count(self, value: bool) -> Self {
        self.query_param("count", &value, "form", true)
    }
    /// Requires query parameter `offset` with `value`, encoded as the client does.
    pub fn offset(self, value: i32) -> Self {
        self.query_param("offset", &value, "form", true)
    }
    /// Requires query parameter `filters` with `value`, encoded as the client does.
    pub fn filters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("filters", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::UserApp>) -> Self {
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
/// The operation of [`list_assigned_source_app()`], as `Mock<ListAssignedSourceApp>`.
pub enum ListAssignedSourceApp {}
/// Expects [`AppsApi::list_assigned_source_app`](crate::apis::apps::AppsApi::list_assigned_source_app): `GET /source-apps/assigned`.
pub fn list_assigned_source_app() -> super::Mock<ListAssignedSourceApp> {
    super::Mock::new(runtime::Method::GET, "/source-apps/assigned")
}
impl super::Mock<ListAssignedSourceApp> {
    /// Requires query parameter `limit` with `value`, encoded as the client does.
    pub fn limit(self, value: i32) -> Self {
        self.query_param("limit", &value, "form", true)
    }
    /// Requires query parameter `count` with `value`, encoded as the client does.
    pub fn count(self, value: bool) -> Self {
        self.query_param("count", &value, "form", true)
    }
    /// Requires query parameter `offset` with `value`, encoded as the client does.
    pub fn offset(self, value: i32) -> Self {
        self.query_param("offset", &value, "form", true)
    }
    /// Requires query parameter `sorters` with `value`, encoded as the client does.
    pub fn sorters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("sorters", &value, "form", true)
    }
    /// Requires query parameter `filters` with `value`, encoded as the client does.
    pub fn filters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("filters", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::SourceApp>) -> Self {
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
/// The operation of [`list_available_accounts_for_user_app()`], as `Mock<ListAvailableAccountsForUserApp>`.
pub enum ListAvailableAccountsForUserApp {}
/// Expects [`AppsApi::list_available_accounts_for_user_app`](crate::apis::apps::AppsApi::list_available_accounts_for_user_app): `GET /user-apps/{id}/available-accounts`.
pub fn list_available_accounts_for_user_app() -> super::Mock<
    ListAvailableAccountsForUserApp,
> {
    super::Mock::new(runtime::Method::GET, "/user-apps/{id}/available-accounts")
}
impl super::Mock<ListAvailableAccountsForUserApp> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires query parameter `limit` with `value`, encoded as the client does.
    pub fn limit(self, value: i32) -> Self {
        self.query_param("limit", &value, "form", true)
    }
    /// Requires query parameter `count` with `value`, encoded as the client does.
    pub fn count(self, value: bool) -> Self {
        self.query_param("count", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::AppAccountDetails>) -> Self {
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
/// The operation of [`list_available_source_apps()`], as `Mock<ListAvailableSourceApps>`.
pub enum ListAvailableSourceApps {}
/// Expects [`AppsApi::list_available_source_apps`](crate::apis::apps::AppsApi::list_available_source_apps): `GET /source-apps`.
pub fn list_available_source_apps() -> super::Mock<ListAvailableSourceApps> {
    super::Mock::new(runtime::Method::GET, "/source-apps")
}
impl super::Mock<ListAvailableSourceApps> {
    /// Requires query parameter `limit` with `value`, encoded as the client does.
    pub fn limit(self, value: i32) -> Self {
        self.query_param("limit", &value, "form", true)
    }
    /// Requires query parameter `count` with `value`, encoded as the client does.
    pub fn count(self, value: bool) -> Self {
        self.query_param("count", &value, "form", true)
    }
    /// Requires query parameter `offset` with `value`, encoded as the client does.
    pub fn offset(self, value: i32) -> Self {
        self.query_param("offset", &value, "form", true)
    }
    /// Requires query parameter `sorters` with `value`, encoded as the client does.
    pub fn sorters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("sorters", &value, "form", true)
    }
    /// Requires query parameter `filters` with `value`, encoded as the client does.
    pub fn filters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("filters", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::SourceApp>) -> Self {
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
/// The operation of [`list_owned_user_apps()`], as `Mock<ListOwnedUserApps>`.
pub enum ListOwnedUserApps {}
/// Expects [`AppsApi::list_owned_user_apps`](crate::apis::apps::AppsApi::list_owned_user_apps): `GET /user-apps`.
pub fn list_owned_user_apps() -> super::Mock<ListOwnedUserApps> {
    super::Mock::new(runtime::Method::GET, "/user-apps")
}
impl super::Mock<ListOwnedUserApps> {
    /// Requires query parameter `limit` with `value`, encoded as the client does.
    pub fn limit(self, value: i32) -> Self {
        self.query_param("limit", &value, "form", true)
    }
    /// Requires query parameter `count` with `value`, encoded as the client does.
    pub fn count(self, value: bool) -> Self {
        self.query_param("count", &value, "form", true)
    }
    /// Requires query parameter `offset` with `value`, encoded as the client does.
    pub fn offset(self, value: i32) -> Self {
        self.query_param("offset", &value, "form", true)
    }
    /// Requires query parameter `filters` with `value`, encoded as the client does.
    pub fn filters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("filters", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::UserApp>) -> Self {
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
/// The operation of [`patch_source_app()`], as `Mock<PatchSourceApp>`.
pub enum PatchSourceApp {}
/// Expects [`AppsApi::patch_source_app`](crate::apis::apps::AppsApi::patch_source_app): `PATCH /source-apps/{id}`.
pub fn patch_source_app() -> super::Mock<PatchSourceApp> {
    super::Mock::new(runtime::Method::PATCH, "/source-apps/{id}")
}
impl super::Mock<PatchSourceApp> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &Vec<models::JsonPatchOperation>) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::SourceAppPatchDto) -> Self {
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
/// The operation of [`patch_user_app()`], as `Mock<PatchUserApp>`.
pub enum PatchUserApp {}
/// Expects [`AppsApi::patch_user_app`](crate::apis::apps::AppsApi::patch_user_app): `PATCH /user-apps/{id}`.
pub fn patch_user_app() -> super::Mock<PatchUserApp> {
    super::Mock::new(runtime::Method::PATCH, "/user-apps/{id}")
}
impl super::Mock<PatchUserApp> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &Vec<models::JsonPatchOperation>) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::UserApp) -> Self {
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
/// The operation of [`update_source_apps_in_bulk()`], as `Mock<UpdateSourceAppsInBulk>`.
pub enum UpdateSourceAppsInBulk {}
/// Expects [`AppsApi::update_source_apps_in_bulk`](crate::apis::apps::AppsApi::update_source_apps_in_bulk): `POST /source-apps/bulk-update`.
pub fn update_source_apps_in_bulk() -> super::Mock<UpdateSourceAppsInBulk> {
    super::Mock::new(runtime::Method::POST, "/source-apps/bulk-update")
}
impl super::Mock<UpdateSourceAppsInBulk> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::SourceAppBulkUpdateRequest) -> Self {
        self.json_body(value)
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

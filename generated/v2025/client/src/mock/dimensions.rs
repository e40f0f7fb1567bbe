//! Typed expectations of the operations tagged `Dimensions`: `server.expect(mock::dimensions::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`create_dimension()`], as `Mock<CreateDimension>`.
pub enum CreateDimension {}
/// Expects [`DimensionsApi::create_dimension`](crate::apis::dimensions::DimensionsApi::create_dimension): `POST /roles/{roleId}/dimensions`.
pub fn create_dimension() -> super::Mock<CreateDimension> {
    super::Mock::new(runtime::Method::POST, "/roles/{roleId}/dimensions")
}
impl super::Mock<CreateDimension> {
    /// Requires path parameter `roleId` with `value`, encoded as the client does.
    pub fn role_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("roleId", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::Dimension) -> Self {
        self.json_body(value)
    }
    /// Answers `201` with `body` as JSON.
    pub fn respond_created(self, body: &models::Dimension) -> Self {
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
/// The operation of [`delete_bulk_dimensions()`], as `Mock<DeleteBulkDimensions>`.
pub enum DeleteBulkDimensions {}
/// Expects [`DimensionsApi::delete_bulk_dimensions`](crate::apis::dimensions::DimensionsApi::delete_bulk_dimensions): `POST /roles/{roleId}/dimensions/bulk-delete`.
pub fn delete_bulk_dimensions() -> super::Mock<DeleteBulkDimensions> {
    super::Mock::new(runtime::Method::POST, "/roles/{roleId}/dimensions/bulk-delete")
}
impl super::Mock<DeleteBulkDimensions> {
    /// Requires path parameter `roleId` with `value`, encoded as the client does.
    pub fn role_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("roleId", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::DimensionBulkDeleteRequest) -> Self {
        self.json_body(value)
    }
    /// Answers `202` with `body` as JSON.
    pub fn respond_accepted(self, body: &models::TaskResultDto) -> Self {
        self.respond_json(202, body)
    }
    /// Answers `202` with the spec's example.
    pub fn respond_accepted_example(self) -> Self {
        self.respond_json_text(
            202,
            "{\"type\":\"TASK_RESULT\",\"id\":\"464ae7bf791e49fdb74606a2e4a89635\",\"name\":null}",
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
/// The operation of [`delete_dimension()`], as `Mock<DeleteDimension>`.
pub enum DeleteDimension {}
/// Expects [`DimensionsApi::delete_dimension`](crate::apis::dimensions::DimensionsApi::delete_dimension): `DELETE /roles/{roleId}/dimensions/{dimensionId}`.
pub fn delete_dimension() -> super::Mock<DeleteDimension> {
    super::Mock::new(runtime::Method::DELETE, "/roles/{roleId}/dimensions/{dimensionId}")
}
impl super::Mock<DeleteDimension> {
    /// Requires path parameter `roleId` with `value`, encoded as the client does.
    pub fn role_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("roleId", &value, false)
    }
    /// Requires path parameter `dimensionId` with `value`, encoded as the client does.
    pub fn dimension_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("dimensionId", &value, false)
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
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::TooManyRequests) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`get_dimension()`], as `Mock<GetDimension>`.
pub enum GetDimension {}
/// Expects [`DimensionsApi::get_dimension`](crate::apis::dimensions::DimensionsApi::get_dimension): `GET /roles/{roleId}/dimensions/{dimensionId}`.
pub fn get_dimension() -> super::Mock<GetDimension> {
    super::Mock::new(runtime::Method::GET, "/roles/{roleId}/dimensions/{dimensionId}")
}
impl super::Mock<GetDimension> {
    /// Requires path parameter `roleId` with `value`, encoded as the client does.
    pub fn role_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("roleId", &value, false)
    }
    /// Requires path parameter `dimensionId` with `value`, encoded as the client does.
    pub fn dimension_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("dimensionId", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::Dimension) -> Self {
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
/// The operation of [`get_dimension_entitlements()`], as `Mock<GetDimensionEntitlements>`.
pub enum GetDimensionEntitlements {}
/// Expects [`DimensionsApi::get_dimension_entitlements`](crate::apis::dimensions::DimensionsApi::get_dimension_entitlements): `GET /roles/{roleId}/dimensions/{dimensionId}/entitlements`.
pub fn get_dimension_entitlements() -> super::Mock<GetDimensionEntitlements> {
    super::Mock::new(
        runtime::Method::GET,
        "/roles/{roleId}/dimensions/{dimensionId}/entitlements",
    )
}
impl super::Mock<GetDimensionEntitlements> {
    /// Requires path parameter `roleId` with `value`, encoded as the client does.
    pub fn role_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("roleId", &value, false)
    }
    /// Requires path parameter `dimensionId` with `value`, encoded as the client does.
    pub fn dimension_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("dimensionId", &value, false)
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
    /// Requires query parameter `filters` with `value`, encoded as the client does.
    pub fn filters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("filters", &value, "form", true)
    }
    /// Requires query parameter `sorters` with `value`, encoded as the client does.
    pub fn sorters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("sorters", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::Entitlement>) -> Self {
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
/// The operation of [`list_dimension_access_profiles()`], as `Mock<ListDimensionAccessProfiles>`.
pub enum ListDimensionAccessProfiles {}
/// Expects [`DimensionsApi::list_dimension_access_profiles`](crate::apis::dimensions::DimensionsApi::list_dimension_access_profiles): `GET /roles/{roleId}/dimensions/{dimensionId}/access-profiles`.
pub fn list_dimension_access_profiles() -> super::Mock<ListDimensionAccessProfiles> {
    super::Mock::new(
        runtime::Method::GET,
        "/roles/{roleId}/dimensions/{dimensionId}/access-profiles",
    )
}
impl super::Mock<ListDimensionAccessProfiles> {
    /// Requires path parameter `roleId` with `value`, encoded as the client does.
    pub fn role_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("roleId", &value, false)
    }
    /// Requires path parameter `dimensionId` with `value`, encoded as the client does.
    pub fn dimension_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("dimensionId", &value, false)
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
    /// Requires query parameter `filters` with `value`, encoded as the client does.
    pub fn filters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("filters", &value, "form", true)
    }
    /// Requires query parameter `sorters` with `value`, encoded as the client does.
    pub fn sorters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("sorters", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::AccessProfile>) -> Self {
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
/// The operation of [`list_dimensions()`], as `Mock<ListDimensions>`.
pub enum ListDimensions {}
/// Expects [`DimensionsApi::list_dimensions`](crate::apis::dimensions::DimensionsApi::list_dimensions): `GET /roles/{roleId}/dimensions`.
pub fn list_dimensions() -> super::Mock<ListDimensions> {
    super::Mock::new(runtime::Method::GET, "/roles/{roleId}/dimensions")
}
impl super::Mock<ListDimensions> {
    /// Requires path parameter `roleId` with `value`, encoded as the client does.
    pub fn role_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("roleId", &value, false)
    }
    /// Requires query parameter `for-subadmin` with `value`, encoded as the client does.
    pub fn for_subadmin(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("for-subadmin", &value, "form", true)
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
    /// Requires query parameter `filters` with `value`, encoded as the client does.
    pub fn filters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("filters", &value, "form", true)
    }
    /// Requires query parameter `sorters` with `value`, encoded as the client does.
    pub fn sorters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("sorters", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::Dimension>) -> Self {
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
/// The operation of [`patch_dimension()`], as `Mock<PatchDimension>`.
pub enum PatchDimension {}
/// Expects [`DimensionsApi::patch_dimension`](crate::apis::dimensions::DimensionsApi::patch_dimension): `PATCH /roles/{roleId}/dimensions/{dimensionId}`.
pub fn patch_dimension() -> super::Mock<PatchDimension> {
    super::Mock::new(runtime::Method::PATCH, "/roles/{roleId}/dimensions/{dimensionId}")
}
impl super::Mock<PatchDimension> {
    /// Requires path parameter `roleId` with `value`, encoded as the client does.
    pub fn role_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("roleId", &value, false)
    }
    /// Requires path parameter `dimensionId` with `value`, encoded as the client does.
    pub fn dimension_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("dimensionId", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &Vec<models::JsonPatchOperation>) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::Dimension) -> Self {
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

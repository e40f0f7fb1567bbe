//! Typed expectations of the operations tagged `Data Segmentation`: `server.expect(mock::data_segmentation::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`create_data_segment()`], as `Mock<CreateDataSegment>`.
pub enum CreateDataSegment {}
/// Expects [`DataSegmentationApi::create_data_segment`](crate::apis::data_segmentation::DataSegmentationApi::create_data_segment): `POST /data-segments`.
pub fn create_data_segment() -> super::Mock<CreateDataSegment> {
    super::Mock::new(runtime::Method::POST, "/data-segments")
}
impl super::Mock<CreateDataSegment> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::DataSegment) -> Self {
        self.json_body(value)
    }
    /// Answers `201` with `body` as JSON.
    pub fn respond_created(self, body: &models::DataSegment) -> Self {
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
/// The operation of [`delete_data_segment()`], as `Mock<DeleteDataSegment>`.
pub enum DeleteDataSegment {}
/// Expects [`DataSegmentationApi::delete_data_segment`](crate::apis::data_segmentation::DataSegmentationApi::delete_data_segment): `DELETE /data-segments/{id}`.
pub fn delete_data_segment() -> super::Mock<DeleteDataSegment> {
    super::Mock::new(runtime::Method::DELETE, "/data-segments/{id}")
}
impl super::Mock<DeleteDataSegment> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires query parameter `published` with `value`, encoded as the client does.
    pub fn published(self, value: bool) -> Self {
        self.query_param("published", &value, "form", true)
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
/// The operation of [`get_data_segment()`], as `Mock<GetDataSegment>`.
pub enum GetDataSegment {}
/// Expects [`DataSegmentationApi::get_data_segment`](crate::apis::data_segmentation::DataSegmentationApi::get_data_segment): `GET /data-segments/{id}`.
pub fn get_data_segment() -> super::Mock<GetDataSegment> {
    super::Mock::new(runtime::Method::GET, "/data-segments/{id}")
}
impl super::Mock<GetDataSegment> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::DataSegment) -> Self {
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
/// The operation of [`get_data_segment_identity_membership()`], as `Mock<GetDataSegmentIdentityMembership>`.
pub enum GetDataSegmentIdentityMembership {}
/// Expects [`DataSegmentationApi::get_data_segment_identity_membership`](crate::apis::data_segmentation::DataSegmentationApi::get_data_segment_identity_membership): `GET /data-segments/membership/{identityId}`.
pub fn get_data_segment_identity_membership() -> super::Mock<
    GetDataSegmentIdentityMembership,
> {
    super::Mock::new(runtime::Method::GET, "/data-segments/membership/{identityId}")
}
impl super::Mock<GetDataSegmentIdentityMembership> {
    /// Requires path parameter `identityId` with `value`, encoded as the client does.
    pub fn identity_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("identityId", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(
        self,
        body: &models::primitives::OneOrMany<models::SegmentMembership>,
    ) -> Self {
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
/// The operation of [`get_data_segmentation_enabled_for_user()`], as `Mock<GetDataSegmentationEnabledForUser>`.
pub enum GetDataSegmentationEnabledForUser {}
/// Expects [`DataSegmentationApi::get_data_segmentation_enabled_for_user`](crate::apis::data_segmentation::DataSegmentationApi::get_data_segmentation_enabled_for_user): `GET /data-segments/user-enabled/{identityId}`.
pub fn get_data_segmentation_enabled_for_user() -> super::Mock<
    GetDataSegmentationEnabledForUser,
> {
    super::Mock::new(runtime::Method::GET, "/data-segments/user-enabled/{identityId}")
}
impl super::Mock<GetDataSegmentationEnabledForUser> {
    /// Requires path parameter `identityId` with `value`, encoded as the client does.
    pub fn identity_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("identityId", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &bool) -> Self {
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
/// The operation of [`list_data_segments()`], as `Mock<ListDataSegments>`.
pub enum ListDataSegments {}
/// Expects [`DataSegmentationApi::list_data_segments`](crate::apis::data_segmentation::DataSegmentationApi::list_data_segments): `GET /data-segments`.
pub fn list_data_segments() -> super::Mock<ListDataSegments> {
    super::Mock::new(runtime::Method::GET, "/data-segments")
}
impl super::Mock<ListDataSegments> {
    /// Requires query parameter `enabled` with `value`, encoded as the client does.
    pub fn enabled(self, value: bool) -> Self {
        self.query_param("enabled", &value, "form", true)
    }
    /// Requires query parameter `unique` with `value`, encoded as the client does.
    pub fn unique(self, value: bool) -> Self {
        self.query_param("unique", &value, "form", true)
    }
    /// Requires query parameter `published` with `value`, encoded as the client does.
    pub fn published(self, value: bool) -> Self {
        self.query_param("published", &value, "form", true)
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
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::DataSegment>) -> Self {
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
/// The operation of [`patch_data_segment()`], as `Mock<PatchDataSegment>`.
pub enum PatchDataSegment {}
/// Expects [`DataSegmentationApi::patch_data_segment`](crate::apis::data_segmentation::DataSegmentationApi::patch_data_segment): `PATCH /data-segments/{id}`.
pub fn patch_data_segment() -> super::Mock<PatchDataSegment> {
    super::Mock::new(runtime::Method::PATCH, "/data-segments/{id}")
}
impl super::Mock<PatchDataSegment> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &Vec<models::serde_json::Value>) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::DataSegment) -> Self {
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
/// The operation of [`publish_data_segment()`], as `Mock<PublishDataSegment>`.
pub enum PublishDataSegment {}
/// Expects [`DataSegmentationApi::publish_data_segment`](crate::apis::data_segmentation::DataSegmentationApi::publish_data_segment): `POST /data-segments/{segmentId}`.
pub fn publish_data_segment() -> super::Mock<PublishDataSegment> {
    super::Mock::new(runtime::Method::POST, "/data-segments/{segmentId}")
}
impl super::Mock<PublishDataSegment> {
    /// Requires path parameter `segmentId` with `value`, encoded as the client does.
    pub fn segment_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("segmentId", &value, false)
    }
    /// Requires query parameter `publishAll` with `value`, encoded as the client does.
    pub fn publish_all(self, value: bool) -> Self {
        self.query_param("publishAll", &value, "form", true)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &Vec<String>) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with no body.
    pub fn respond_ok(self) -> Self {
        self.respond_empty(200)
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

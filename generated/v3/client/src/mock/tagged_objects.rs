//! Typed expectations of the operations tagged `Tagged Objects`: `server.expect(mock::tagged_objects::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`delete_tagged_object()`], as `Mock<DeleteTaggedObject>`.
pub enum DeleteTaggedObject {}
/// Expects [`TaggedObjectsApi::delete_tagged_object`](crate::apis::tagged_objects::TaggedObjectsApi::delete_tagged_object): `DELETE /tagged-objects/{type}/{id}`.
pub fn delete_tagged_object() -> super::Mock<DeleteTaggedObject> {
    super::Mock::new(runtime::Method::DELETE, "/tagged-objects/{type}/{id}")
}
impl super::Mock<DeleteTaggedObject> {
    /// Requires path parameter `type` with `value`, encoded as the client does.
    pub fn r#type(self, value: models::DeleteTaggedObjectType) -> Self {
        self.path_param("type", &value, false)
    }
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
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::TooManyRequests) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`delete_tags_to_many_object()`], as `Mock<DeleteTagsToManyObject>`.
pub enum DeleteTagsToManyObject {}
/// Expects [`TaggedObjectsApi::delete_tags_to_many_object`](crate::apis::tagged_objects::TaggedObjectsApi::delete_tags_to_many_object): `POST /tagged-objects/bulk-remove`.
pub fn delete_tags_to_many_object() -> super::Mock<DeleteTagsToManyObject> {
    super::Mock::new(runtime::Method::POST, "/tagged-objects/bulk-remove")
}
impl super::Mock<DeleteTagsToManyObject> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::BulkRemoveTaggedObject) -> Self {
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
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::TooManyRequests) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`get_tagged_object()`], as `Mock<GetTaggedObject>`.
pub enum GetTaggedObject {}
/// Expects [`TaggedObjectsApi::get_tagged_object`](crate::apis::tagged_objects::TaggedObjectsApi::get_tagged_object): `GET /tagged-objects/{type}/{id}`.
pub fn get_tagged_object() -> super::Mock<GetTaggedObject> {
    super::Mock::new(runtime::Method::GET, "/tagged-objects/{type}/{id}")
}
impl super::Mock<GetTaggedObject> {
    /// Requires path parameter `type` with `value`, encoded as the client does.
    pub fn r#type(self, value: models::GetTaggedObjectType) -> Self {
        self.path_param("type", &value, false)
    }
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::TaggedObject) -> Self {
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
/// The operation of [`list_tagged_objects()`], as `Mock<ListTaggedObjects>`.
pub enum ListTaggedObjects {}
/// Expects [`TaggedObjectsApi::list_tagged_objects`](crate::apis::tagged_objects::TaggedObjectsApi::list_tagged_objects): `GET /tagged-objects`.
pub fn list_tagged_objects() -> super::Mock<ListTaggedObjects> {
    super::Mock::new(runtime::Method::GET, "/tagged-objects")
}
impl super::Mock<ListTaggedObjects> {
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
    pub fn respond_ok(self, body: &Vec<models::TaggedObject>) -> Self {
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
/// The operation of [`list_tagged_objects_by_type()`], as `Mock<ListTaggedObjectsByType>`.
pub enum ListTaggedObjectsByType {}
/// Expects [`TaggedObjectsApi::list_tagged_objects_by_type`](crate::apis::tagged_objects::TaggedObjectsApi::list_tagged_objects_by_type): `GET /tagged-objects/{type}`.
pub fn list_tagged_objects_by_type() -> super::Mock<ListTaggedObjectsByType> {
    super::Mock::new(runtime::Method::GET, "/tagged-objects/{type}")
}
impl super::Mock<ListTaggedObjectsByType> {
    /// Requires path parameter `type` with `value`, encoded as the client does.
    pub fn r#type(self, value: models::ListTaggedObjectsByTypeType) -> Self {
        self.path_param("type", &value, false)
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
    pub fn respond_ok(self, body: &Vec<models::TaggedObject>) -> Self {
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
/// The operation of [`put_tagged_object()`], as `Mock<PutTaggedObject>`.
pub enum PutTaggedObject {}
/// Expects [`TaggedObjectsApi::put_tagged_object`](crate::apis::tagged_objects::TaggedObjectsApi::put_tagged_object): `PUT /tagged-objects/{type}/{id}`.
pub fn put_tagged_object() -> super::Mock<PutTaggedObject> {
    super::Mock::new(runtime::Method::PUT, "/tagged-objects/{type}/{id}")
}
impl super::Mock<PutTaggedObject> {
    /// Requires path parameter `type` with `value`, encoded as the client does.
    pub fn r#type(self, value: models::PutTaggedObjectType) -> Self {
        self.path_param("type", &value, false)
    }
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::TaggedObject) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::TaggedObject) -> Self {
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
/// The operation of [`set_tag_to_object()`], as `Mock<SetTagToObject>`.
pub enum SetTagToObject {}
/// Expects [`TaggedObjectsApi::set_tag_to_object`](crate::apis::tagged_objects::TaggedObjectsApi::set_tag_to_object): `POST /tagged-objects`.
pub fn set_tag_to_object() -> super::Mock<SetTagToObject> {
    super::Mock::new(runtime::Method::POST, "/tagged-objects")
}
impl super::Mock<SetTagToObject> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::TaggedObject) -> Self {
        self.json_body(value)
    }
    /// Answers `201` with no body.
    pub fn respond_created(self) -> Self {
        self.respond_empty(201)
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
/// The operation of [`set_tags_to_many_objects()`], as `Mock<SetTagsToManyObjects>`.
pub enum SetTagsToManyObjects {}
/// Expects [`TaggedObjectsApi::set_tags_to_many_objects`](crate::apis::tagged_objects::TaggedObjectsApi::set_tags_to_many_objects): `POST /tagged-objects/bulk-add`.
pub fn set_tags_to_many_objects() -> super::Mock<SetTagsToManyObjects> {
    super::Mock::new(runtime::Method::POST, "/tagged-objects/bulk-add")
}
impl super::Mock<SetTagsToManyObjects> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::BulkAddTaggedObject) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::BulkTaggedObjectResponse>) -> Self {
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

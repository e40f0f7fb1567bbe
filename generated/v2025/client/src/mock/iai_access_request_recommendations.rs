//! Typed expectations of the operations tagged `IAI Access Request Recommendations`: `server.expect(mock::iai_access_request_recommendations::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`add_access_request_recommendations_ignored_item()`], as `Mock<AddAccessRequestRecommendationsIgnoredItem>`.
pub enum AddAccessRequestRecommendationsIgnoredItem {}
/// Expects [`IaiAccessRequestRecommendationsApi::add_access_request_recommendations_ignored_item`](crate::apis::iai_access_request_recommendations::IaiAccessRequestRecommendationsApi::add_access_request_recommendations_ignored_item): `POST /ai-access-request-recommendations/ignored-items`.
pub fn add_access_request_recommendations_ignored_item() -> super::Mock<
    AddAccessRequestRecommendationsIgnoredItem,
> {
    super::Mock::new(
        runtime::Method::POST,
        "/ai-access-request-recommendations/ignored-items",
    )
}
impl super::Mock<AddAccessRequestRecommendationsIgnoredItem> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::AccessRequestRecommendationActionItemDto) -> Self {
        self.json_body(value)
    }
    /// Answers `201` with `body` as JSON.
    pub fn respond_created(
        self,
        body: &models::AccessRequestRecommendationActionItemResponseDto,
    ) -> Self {
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
/// The operation of [`add_access_request_recommendations_requested_item()`], as `Mock<AddAccessRequestRecommendationsRequestedItem>`.
pub enum AddAccessRequestRecommendationsRequestedItem {}
/// Expects [`IaiAccessRequestRecommendationsApi::add_access_request_recommendations_requested_item`](crate::apis::iai_access_request_recommendations::IaiAccessRequestRecommendationsApi::add_access_request_recommendations_requested_item): `POST /ai-access-request-recommendations/requested-items`.
pub fn add_access_request_recommendations_requested_item() -> super::Mock<
    AddAccessRequestRecommendationsRequestedItem,
> {
    super::Mock::new(
        runtime::Method::POST,
        "/ai-access-request-recommendations/requested-items",
    )
}
impl super::Mock<AddAccessRequestRecommendationsRequestedItem> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::AccessRequestRecommendationActionItemDto) -> Self {
        self.json_body(value)
    }
    /// Answers `201` with `body` as JSON.
    pub fn respond_created(
        self,
        body: &models::AccessRequestRecommendationActionItemResponseDto,
    ) -> Self {
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
/// The operation of [`add_access_request_recommendations_viewed_item()`], as `Mock<AddAccessRequestRecommendationsViewedItem>`.
pub enum AddAccessRequestRecommendationsViewedItem {}
/// Expects [`IaiAccessRequestRecommendationsApi::add_access_request_recommendations_viewed_item`](crate::apis::iai_access_request_recommendations::IaiAccessRequestRecommendationsApi::add_access_request_recommendations_viewed_item): `POST /ai-access-request-recommendations/viewed-items`.
pub fn add_access_request_recommendations_viewed_item() -> super::Mock<
    AddAccessRequestRecommendationsViewedItem,
> {
    super::Mock::new(
        runtime::Method::POST,
        "/ai-access-request-recommendations/viewed-items",
    )
}
impl super::Mock<AddAccessRequestRecommendationsViewedItem> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::AccessRequestRecommendationActionItemDto) -> Self {
        self.json_body(value)
    }
    /// Answers `201` with `body` as JSON.
    pub fn respond_created(
        self,
        body: &models::AccessRequestRecommendationActionItemResponseDto,
    ) -> Self {
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
/// The operation of [`add_access_request_recommendations_viewed_items()`], as `Mock<AddAccessRequestRecommendationsViewedItems>`.
pub enum AddAccessRequestRecommendationsViewedItems {}
/// Expects [`IaiAccessRequestRecommendationsApi::add_access_request_recommendations_viewed_items`](crate::apis::iai_access_request_recommendations::IaiAccessRequestRecommendationsApi::add_access_request_recommendations_viewed_items): `POST /ai-access-request-recommendations/viewed-items/bulk-create`.
pub fn add_access_request_recommendations_viewed_items() -> super::Mock<
    AddAccessRequestRecommendationsViewedItems,
> {
    super::Mock::new(
        runtime::Method::POST,
        "/ai-access-request-recommendations/viewed-items/bulk-create",
    )
}
impl super::Mock<AddAccessRequestRecommendationsViewedItems> {
    /// Requires a JSON body equal to `value`.
    pub fn body(
        self,
        value: &Vec<models::AccessRequestRecommendationActionItemDto>,
    ) -> Self {
        self.json_body(value)
    }
    /// Answers `201` with `body` as JSON.
    pub fn respond_created(
        self,
        body: &Vec<models::AccessRequestRecommendationActionItemResponseDto>,
    ) -> Self {
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
/// The operation of [`get_access_request_recommendations()`], as `Mock<GetAccessRequestRecommendations>`.
pub enum GetAccessRequestRecommendations {}
/// Expects [`IaiAccessRequestRecommendationsApi::get_access_request_recommendations`](crate::apis::iai_access_request_recommendations::IaiAccessRequestRecommendationsApi::get_access_request_recommendations): `GET /ai-access-request-recommendations`.
pub fn get_access_request_recommendations() -> super::Mock<
    GetAccessRequestRecommendations,
> {
    super::Mock::new(runtime::Method::GET, "/ai-access-request-recommendations")
}
impl super::Mock<GetAccessRequestRecommendations> {
    /// Requires query parameter `identity-id` with `value`, encoded as the client does.
    pub fn identity_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("identity-id", &value, "form", true)
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
    /// Requires query parameter `include-translation-messages` with `value`, encoded as the client does.
    pub fn include_translation_messages(self, value: bool) -> Self {
        self.query_param("include-translation-messages", &value, "form", true)
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
    pub fn respond_ok(
        self,
        body: &Vec<models::AccessRequestRecommendationItemDetail>,
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
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::TooManyRequests) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`get_access_request_recommendations_config()`], as `Mock<GetAccessRequestRecommendationsConfig>`.
pub enum GetAccessRequestRecommendationsConfig {}
/// Expects [`IaiAccessRequestRecommendationsApi::get_access_request_recommendations_config`](crate::apis::iai_access_request_recommendations::IaiAccessRequestRecommendationsApi::get_access_request_recommendations_config): `GET /ai-access-request-recommendations/config`.
pub fn get_access_request_recommendations_config() -> super::Mock<
    GetAccessRequestRecommendationsConfig,
> {
    super::Mock::new(runtime::Method::GET, "/ai-access-request-recommendations/config")
}
impl super::Mock<GetAccessRequestRecommendationsConfig> {
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(
        self,
        body: &models::AccessRequestRecommendationConfigDto,
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
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::TooManyRequests) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`get_access_request_recommendations_ignored_items()`], as `Mock<GetAccessRequestRecommendationsIgnoredItems>`.
pub enum GetAccessRequestRecommendationsIgnoredItems {}
/// Expects [`IaiAccessRequestRecommendationsApi::get_access_request_recommendations_ignored_items`](crate::apis::iai_access_request_recommendations::IaiAccessRequestRecommendationsApi::get_access_request_recommendations_ignored_items): `GET /ai-access-request-recommendations/ignored-items`.
pub fn get_access_request_recommendations_ignored_items() -> super::Mock<
    GetAccessRequestRecommendationsIgnoredItems,
> {
    super::Mock::new(
        runtime::Method::GET,
        "/ai-access-request-recommendations/ignored-items",
    )
}
impl super::Mock<GetAccessRequestRecommendationsIgnoredItems> {
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
    pub fn respond_ok(
        self,
        body: &Vec<models::AccessRequestRecommendationActionItemResponseDto>,
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
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::TooManyRequests) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`get_access_request_recommendations_requested_items()`], as `Mock<GetAccessRequestRecommendationsRequestedItems>`.
pub enum GetAccessRequestRecommendationsRequestedItems {}
/// Expects [`IaiAccessRequestRecommendationsApi::get_access_request_recommendations_requested_items`](crate::apis::iai_access_request_recommendations::IaiAccessRequestRecommendationsApi::get_access_request_recommendations_requested_items): `GET /ai-access-request-recommendations/requested-items`.
pub fn get_access_request_recommendations_requested_items() -> super::Mock<
    GetAccessRequestRecommendationsRequestedItems,
> {
    super::Mock::new(
        runtime::Method::GET,
        "/ai-access-request-recommendations/requested-items",
    )
}
impl super::Mock<GetAccessRequestRecommendationsRequestedItems> {
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
    pub fn respond_ok(
        self,
        body: &Vec<models::AccessRequestRecommendationActionItemResponseDto>,
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
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::TooManyRequests) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`get_access_request_recommendations_viewed_items()`], as `Mock<GetAccessRequestRecommendationsViewedItems>`.
pub enum GetAccessRequestRecommendationsViewedItems {}
/// Expects [`IaiAccessRequestRecommendationsApi::get_access_request_recommendations_viewed_items`](crate::apis::iai_access_request_recommendations::IaiAccessRequestRecommendationsApi::get_access_request_recommendations_viewed_items): `GET /ai-access-request-recommendations/viewed-items`.
pub fn get_access_request_recommendations_viewed_items() -> super::Mock<
    GetAccessRequestRecommendationsViewedItems,
> {
    super::Mock::new(
        runtime::Method::GET,
        "/ai-access-request-recommendations/viewed-items",
    )
}
impl super::Mock<GetAccessRequestRecommendationsViewedItems> {
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
    pub fn respond_ok(
        self,
        body: &Vec<models::AccessRequestRecommendationActionItemResponseDto>,
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
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::TooManyRequests) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`set_access_request_recommendations_config()`], as `Mock<SetAccessRequestRecommendationsConfig>`.
pub enum SetAccessRequestRecommendationsConfig {}
/// Expects [`IaiAccessRequestRecommendationsApi::set_access_request_recommendations_config`](crate::apis::iai_access_request_recommendations::IaiAccessRequestRecommendationsApi::set_access_request_recommendations_config): `PUT /ai-access-request-recommendations/config`.
pub fn set_access_request_recommendations_config() -> super::Mock<
    SetAccessRequestRecommendationsConfig,
> {
    super::Mock::new(runtime::Method::PUT, "/ai-access-request-recommendations/config")
}
impl super::Mock<SetAccessRequestRecommendationsConfig> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::AccessRequestRecommendationConfigDto) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(
        self,
        body: &models::AccessRequestRecommendationConfigDto,
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
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::TooManyRequests) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(500, body)
    }
}

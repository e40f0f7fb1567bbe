//! Typed expectations of the operations tagged `Custom User Levels`: `server.expect(mock::custom_user_levels::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`create_custom_user_level()`], as `Mock<CreateCustomUserLevel>`.
pub enum CreateCustomUserLevel {}
/// Expects [`CustomUserLevelsApi::create_custom_user_level`](crate::apis::custom_user_levels::CustomUserLevelsApi::create_custom_user_level): `POST /authorization/custom-user-levels`.
pub fn create_custom_user_level() -> super::Mock<CreateCustomUserLevel> {
    super::Mock::new(runtime::Method::POST, "/authorization/custom-user-levels")
}
impl super::Mock<CreateCustomUserLevel> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::UserLevelRequest) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::UserLevelSummaryDto) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"owner\":{\"type\":\"IDENTITY\",\"id\":\"29b9da8273b441239238bc041c386817\",\"name\":\"John Doe\"},\"status\":\"DRAFT\",\"created\":\"2023-01-01T12:00:00Z\",\"modified\":\"2023-01-02T12:00:00Z\",\"associatedIdentitiesCount\":0,\"id\":\"beb02a57-010f-4c29-a6d2-fae9628bda73\",\"name\":\"Identity And Detail Management\",\"description\":\"This is a description of the custom user level.\",\"legacyGroup\":null,\"rightSets\":[{\"id\":\"idn:ui-identity-manage-example\",\"name\":\"Identity Management\",\"description\":\"Access to manage all identities.\",\"category\":\"identity\",\"rights\":[\"idn:ui-identity-example:read\",\"idn:ui-identity-example:write\"],\"rightSetIds\":[\"idn:identity-management-example\"],\"uiAssignableChildRightSetIds\":[\"idn:ui-identity-manage-child-one-example\",\"idn:ui-identity-manage-child-two-example\"],\"uiAssignable\":true,\"translatedName\":\"Identity Management\",\"translatedDescription\":\"Access to manage all identities.\",\"parentId\":null},{\"id\":\"idn:ui-identity-manage-child-one-example\",\"name\":\"Identity Details Read\",\"description\":\"Read only access for identity details.\",\"category\":\"identity\",\"rights\":[\"idn:ui-identity-manage-child-one-example:read\"],\"rightSetIds\":[],\"uiAssignableChildRightSetIds\":[],\"uiAssignable\":true,\"translatedName\":\"Identity Details Read\",\"translatedDescription\":\"Read only access for identity details.\",\"parentId\":\"idn:ui-identity-manage-example\"}],\"custom\":true,\"adminAssignable\":true,\"translatedName\":null,\"translatedGrant\":null,\"translatedRemove\":null}",
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
/// The operation of [`delete_user_level()`], as `Mock<DeleteUserLevel>`.
pub enum DeleteUserLevel {}
/// Expects [`CustomUserLevelsApi::delete_user_level`](crate::apis::custom_user_levels::CustomUserLevelsApi::delete_user_level): `DELETE /authorization/custom-user-levels/{id}`.
pub fn delete_user_level() -> super::Mock<DeleteUserLevel> {
    super::Mock::new(runtime::Method::DELETE, "/authorization/custom-user-levels/{id}")
}
impl super::Mock<DeleteUserLevel> {
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
/// The operation of [`get_user_level()`], as `Mock<GetUserLevel>`.
pub enum GetUserLevel {}
/// Expects [`CustomUserLevelsApi::get_user_level`](crate::apis::custom_user_levels::CustomUserLevelsApi::get_user_level): `GET /authorization/custom-user-levels/{id}`.
pub fn get_user_level() -> super::Mock<GetUserLevel> {
    super::Mock::new(runtime::Method::GET, "/authorization/custom-user-levels/{id}")
}
impl super::Mock<GetUserLevel> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::UserLevelSummaryDto) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"owner\":{\"type\":\"IDENTITY\",\"id\":\"29b9da8273b441239238bc041c386817\",\"name\":\"John Doe\"},\"status\":\"ACTIVE\",\"created\":\"2023-01-01T12:00:00Z\",\"modified\":\"2023-01-02T12:00:00Z\",\"associatedIdentitiesCount\":10,\"id\":\"beb02a57-010f-4c29-a6d2-fae9628bda73\",\"name\":\"Identity And Detail Management\",\"description\":\"This is a description of the custom user level.\",\"legacyGroup\":null,\"rightSets\":[{\"id\":\"idn:ui-identity-manage-example\",\"name\":\"Identity Management\",\"description\":\"Access to manage all identities.\",\"category\":\"identity\",\"rights\":[\"idn:ui-identity-example:read\",\"idn:ui-identity-example:write\"],\"rightSetIds\":[\"idn:identity-management-example\"],\"uiAssignableChildRightSetIds\":[\"idn:ui-identity-details-read-example\",\"idn:ui-identity-list-read-example\"],\"uiAssignable\":true,\"translatedName\":\"Identity Management\",\"translatedDescription\":\"Access to manage all identities.\",\"parentId\":null},{\"id\":\"idn:ui-identity-details-read-example\",\"name\":\"Identity Details Read\",\"description\":\"Read only access for identity details.\",\"category\":\"identity\",\"rights\":[\"idn:ui-identity-details-example:read\"],\"rightSetIds\":[],\"uiAssignableChildRightSetIds\":[],\"uiAssignable\":true,\"translatedName\":\"Identity Details Read\",\"translatedDescription\":\"Read only access for identity details.\",\"parentId\":\"idn:ui-identity-manage-example\"}],\"custom\":true,\"adminAssignable\":true,\"translatedName\":null,\"translatedGrant\":null,\"translatedRemove\":null}",
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
/// The operation of [`list_all_authorization_right_sets()`], as `Mock<ListAllAuthorizationRightSets>`.
pub enum ListAllAuthorizationRightSets {}
/// Expects [`CustomUserLevelsApi::list_all_authorization_right_sets`](crate::apis::custom_user_levels::CustomUserLevelsApi::list_all_authorization_right_sets): `GET /authorization/authorization-assignable-right-sets`.
pub fn list_all_authorization_right_sets() -> super::Mock<
    ListAllAuthorizationRightSets,
> {
    super::Mock::new(
        runtime::Method::GET,
        "/authorization/authorization-assignable-right-sets",
    )
}
impl super::Mock<ListAllAuthorizationRightSets> {
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
    /// Requires query parameter `limit` with `value`, encoded as the client does.
    pub fn limit(self, value: i32) -> Self {
        self.query_param("limit", &value, "form", true)
    }
    /// Requires query parameter `offset` with `value`, encoded as the client does.
    pub fn offset(self, value: i32) -> Self {
        self.query_param("offset", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::HierarchicalRightSet>) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "[{\"id\":\"idn:ui-identity-management-read\",\"name\":\"Identity Read Only\",\"description\":\"Read only access for Identity Management.\",\"category\":\"identity\",\"nestedConfig\":{\"ancestorId\":\"idn:ui-identity-management-read\",\"depth\":0,\"parentId\":null,\"childrenIds\":[\"idn:ui-identity-details-page-accounts-read\",\"idn:ui-identity-access-page-read\"]},\"children\":[{\"id\":\"idn:ui-identity-details-page-accounts-read\",\"name\":\"Identity Accounts\",\"description\":\"Read only access for identity accounts.\",\"category\":\"identity\",\"nestedConfig\":{\"ancestorId\":\"idn:ui-identity-management-read\",\"depth\":1,\"parentId\":\"idn:ui-identity-management-read\",\"childrenIds\":[]},\"children\":[]},{\"id\":\"idn:ui-identity-access-page-read\",\"name\":\"Identity Access\",\"description\":\"Read only access for identities' entitlements, roles, and access profiles.\",\"category\":\"identity\",\"nestedConfig\":{\"ancestorId\":\"idn:ui-identity-management-read\",\"depth\":1,\"parentId\":\"idn:ui-identity-management-read\",\"childrenIds\":[]},\"children\":[]}]}]",
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
/// The operation of [`list_user_level_identities()`], as `Mock<ListUserLevelIdentities>`.
pub enum ListUserLevelIdentities {}
/// Expects [`CustomUserLevelsApi::list_user_level_identities`](crate::apis::custom_user_levels::CustomUserLevelsApi::list_user_level_identities): `GET /authorization/user-levels/{id}/identities`.
pub fn list_user_level_identities() -> super::Mock<ListUserLevelIdentities> {
    super::Mock::new(runtime::Method::GET, "/authorization/user-levels/{id}/identities")
}
impl super::Mock<ListUserLevelIdentities> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
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
    /// Requires query parameter `limit` with `value`, encoded as the client does.
    pub fn limit(self, value: i32) -> Self {
        self.query_param("limit", &value, "form", true)
    }
    /// Requires query parameter `offset` with `value`, encoded as the client does.
    pub fn offset(self, value: i32) -> Self {
        self.query_param("offset", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::AuthUserSlimResponse>) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "[{\"id\":\"eea1c52bc51c4f7d95565f4f8d6c1e41\",\"uid\":\"john.doe@testmail.identitysoon.com\",\"alias\":\"john.doe\",\"displayName\":\"John Doe\"},{\"id\":\"892af9e8c5a74ce1a73ffdfbfd248018\",\"uid\":\"jane.doe@testmail.identitysoon.com\",\"alias\":\"jane.doe\",\"displayName\":\"Jane Doe\"}]",
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
/// The operation of [`list_user_levels()`], as `Mock<ListUserLevels>`.
pub enum ListUserLevels {}
/// Expects [`CustomUserLevelsApi::list_user_levels`](crate::apis::custom_user_levels::CustomUserLevelsApi::list_user_levels): `GET /authorization/custom-user-levels`.
pub fn list_user_levels() -> super::Mock<ListUserLevels> {
    super::Mock::new(runtime::Method::GET, "/authorization/custom-user-levels")
}
impl super::Mock<ListUserLevels> {
    /// Requires query parameter `detailLevel` with `value`, encoded as the client does.
    pub fn detail_level(self, value: models::ListUserLevelsDetailLevel) -> Self {
        self.query_param("detailLevel", &value, "form", true)
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
    /// Requires query parameter `limit` with `value`, encoded as the client does.
    pub fn limit(self, value: i32) -> Self {
        self.query_param("limit", &value, "form", true)
    }
    /// Requires query parameter `offset` with `value`, encoded as the client does.
    pub fn offset(self, value: i32) -> Self {
        self.query_param("offset", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::UserLevelSummaryDto>) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "[{\"owner\":{\"type\":\"IDENTITY\",\"id\":\"29b9da8273b441239238bc041c386817\",\"name\":\"John Doe\"},\"status\":\"ACTIVE\",\"created\":\"2023-01-01T12:00:00Z\",\"modified\":\"2023-01-02T12:00:00Z\",\"associatedIdentitiesCount\":10,\"id\":\"beb02a57-010f-4c29-a6d2-fae9628bda73\",\"name\":\"Identity And Detail Management\",\"description\":\"This is a description of the custom user level.\",\"legacyGroup\":null,\"rightSets\":[{\"id\":\"idn:ui-identity-manage-example\",\"name\":\"Identity Management\",\"description\":\"Access to manage all identities.\",\"category\":\"identity\",\"rights\":[\"idn:ui-identity-example:read\",\"idn:ui-identity-example:write\"],\"rightSetIds\":[\"idn:identity-management-example\"],\"uiAssignableChildRightSetIds\":[\"idn:ui-identity-details-read-example\",\"idn:ui-identity-list-read-example\"],\"uiAssignable\":true,\"translatedName\":\"Identity Management\",\"translatedDescription\":\"Access to manage all identities.\",\"parentId\":null},{\"id\":\"idn:ui-identity-details-read-example\",\"name\":\"Identity Details Read\",\"description\":\"Read only access for identity details.\",\"category\":\"identity\",\"rights\":[\"idn:ui-identity-details-example:read\"],\"rightSetIds\":[],\"uiAssignableChildRightSetIds\":[],\"uiAssignable\":true,\"translatedName\":\"Identity Details Read\",\"translatedDescription\":\"Read only access for identity details.\",\"parentId\":\"idn:ui-identity-manage-example\"}],\"custom\":true,\"adminAssignable\":true,\"translatedName\":null,\"translatedGrant\":null,\"translatedRemove\":null}]",
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
/// The operation of [`publish_custom_user_level()`], as `Mock<PublishCustomUserLevel>`.
pub enum PublishCustomUserLevel {}
/// Expects [`CustomUserLevelsApi::publish_custom_user_level`](crate::apis::custom_user_levels::CustomUserLevelsApi::publish_custom_user_level): `POST /authorization/custom-user-levels/{id}/publish`.
pub fn publish_custom_user_level() -> super::Mock<PublishCustomUserLevel> {
    super::Mock::new(
        runtime::Method::POST,
        "/authorization/custom-user-levels/{id}/publish",
    )
}
impl super::Mock<PublishCustomUserLevel> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::UserLevelPublishSummary) -> Self {
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
/// The operation of [`show_user_level_counts()`], as `Mock<ShowUserLevelCounts>`.
pub enum ShowUserLevelCounts {}
/// Expects [`CustomUserLevelsApi::show_user_level_counts`](crate::apis::custom_user_levels::CustomUserLevelsApi::show_user_level_counts): `POST /authorization/user-levels/get-identity-count`.
pub fn show_user_level_counts() -> super::Mock<ShowUserLevelCounts> {
    super::Mock::new(
        runtime::Method::POST,
        "/authorization/user-levels/get-identity-count",
    )
}
impl super::Mock<ShowUserLevelCounts> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &Vec<String>) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::AuthUserLevelsIdentityCount>) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "[{\"id\":\"HELPDESK\",\"count\":1},{\"id\":\"ORG_ADMIN\",\"count\":1},{\"id\":\"sp:ui-config-hub-admin\",\"count\":2}]",
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
/// The operation of [`update_user_level()`], as `Mock<UpdateUserLevel>`.
pub enum UpdateUserLevel {}
/// Expects [`CustomUserLevelsApi::update_user_level`](crate::apis::custom_user_levels::CustomUserLevelsApi::update_user_level): `PATCH /authorization/custom-user-levels/{id}`.
pub fn update_user_level() -> super::Mock<UpdateUserLevel> {
    super::Mock::new(runtime::Method::PATCH, "/authorization/custom-user-levels/{id}")
}
impl super::Mock<UpdateUserLevel> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::JsonPatch) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::UserLevelSummaryDto) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"owner\":{\"type\":\"IDENTITY\",\"id\":\"29b9da8273b441239238bc041c386817\",\"name\":\"John Doe\"},\"status\":\"ACTIVE\",\"created\":\"2023-01-01T12:00:00Z\",\"modified\":\"2023-01-02T12:00:00Z\",\"associatedIdentitiesCount\":10,\"id\":\"beb02a57-010f-4c29-a6d2-fae9628bda73\",\"name\":\"Identity And Detail Management\",\"description\":\"This is a description of the custom user level.\",\"legacyGroup\":null,\"rightSets\":[{\"id\":\"idn:ui-identity-manage-example\",\"name\":\"Identity Management\",\"description\":\"Access to manage all identities.\",\"category\":\"identity\",\"rights\":[\"idn:ui-identity-example:read\",\"idn:ui-identity-example:write\"],\"rightSetIds\":[\"idn:identity-management-example\"],\"uiAssignableChildRightSetIds\":[\"idn:ui-identity-manage-child-one-example\",\"idn:ui-identity-manage-child-two-example\"],\"uiAssignable\":true,\"translatedName\":\"Identity Management\",\"translatedDescription\":\"Access to manage all identities.\",\"parentId\":null},{\"id\":\"idn:ui-identity-manage-child-one-example\",\"name\":\"Identity Details Read\",\"description\":\"Read only access for identity details.\",\"category\":\"identity\",\"rights\":[\"idn:ui-identity-manage-child-one-example:read\"],\"rightSetIds\":[],\"uiAssignableChildRightSetIds\":[],\"uiAssignable\":true,\"translatedName\":\"Identity Details Read\",\"translatedDescription\":\"Read only access for identity details.\",\"parentId\":\"idn:ui-identity-manage-example\"},{\"id\":\"idn:ui-identity-manage-child-two-example\",\"name\":\"Identity List Read\",\"description\":\"Read only access for identity list.\",\"category\":\"identity\",\"rights\":[\"idn:ui-identity-manage-child-two-example:read\"],\"rightSetIds\":[],\"uiAssignableChildRightSetIds\":[],\"uiAssignable\":true,\"translatedName\":\"Identity List Read\",\"translatedDescription\":\"Read only access for identity list.\",\"parentId\":\"idn:ui-identity-manage-example\"}],\"custom\":true,\"adminAssignable\":true,\"translatedName\":null,\"translatedGrant\":null,\"translatedRemove\":null}",
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

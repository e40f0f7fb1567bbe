//! Typed expectations of the operations tagged `Identity History`: `server.expect(mock::identity_history::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`compare_identity_snapshots()`], as `Mock<CompareIdentitySnapshots>`.
pub enum CompareIdentitySnapshots {}
/// Expects [`IdentityHistoryApi::compare_identity_snapshots`](crate::apis::identity_history::IdentityHistoryApi::compare_identity_snapshots): `GET /historical-identities/{id}/compare`.
pub fn compare_identity_snapshots() -> super::Mock<CompareIdentitySnapshots> {
    super::Mock::new(runtime::Method::GET, "/historical-identities/{id}/compare")
}
impl super::Mock<CompareIdentitySnapshots> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires query parameter `snapshot1` with `value`, encoded as the client does.
    pub fn snapshot1(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("snapshot1", &value, "form", true)
    }
    /// Requires query parameter `snapshot2` with `value`, encoded as the client does.
    pub fn snapshot2(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("snapshot2", &value, "form", true)
    }
    /// Requires query parameter `accessItemTypes` with `value`, encoded as the client does.
    pub fn access_item_types(self, value: Vec<String>) -> Self {
        self.query_param("accessItemTypes", &value, "form", true)
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
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::IdentityCompareResponse>) -> Self {
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
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`compare_identity_snapshots_access_type()`], as `Mock<CompareIdentitySnapshotsAccessType>`.
pub enum CompareIdentitySnapshotsAccessType {}
/// Expects [`IdentityHistoryApi::compare_identity_snapshots_access_type`](crate::apis::identity_history::IdentityHistoryApi::compare_identity_snapshots_access_type): `GET /historical-identities/{id}/compare/{accessType}`.
pub fn compare_identity_snapshots_access_type() -> super::Mock<
    CompareIdentitySnapshotsAccessType,
> {
    super::Mock::new(
        runtime::Method::GET,
        "/historical-identities/{id}/compare/{accessType}",
    )
}
impl super::Mock<CompareIdentitySnapshotsAccessType> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires path parameter `accessType` with `value`, encoded as the client does.
    pub fn access_type(
        self,
        value: models::CompareIdentitySnapshotsAccessTypeAccessType,
    ) -> Self {
        self.path_param("accessType", &value, false)
    }
    /// Requires query parameter `access-associated` with `value`, encoded as the client does.
    pub fn access_associated(self, value: bool) -> Self {
        self.query_param("access-associated", &value, "form", true)
    }
    /// Requires query parameter `snapshot1` with `value`, encoded as the client does.
    pub fn snapshot1(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("snapshot1", &value, "form", true)
    }
    /// Requires query parameter `snapshot2` with `value`, encoded as the client does.
    pub fn snapshot2(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("snapshot2", &value, "form", true)
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
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::AccessItemDiff>) -> Self {
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
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`get_historical_identity()`], as `Mock<GetHistoricalIdentity>`.
pub enum GetHistoricalIdentity {}
/// Expects [`IdentityHistoryApi::get_historical_identity`](crate::apis::identity_history::IdentityHistoryApi::get_historical_identity): `GET /historical-identities/{id}`.
pub fn get_historical_identity() -> super::Mock<GetHistoricalIdentity> {
    super::Mock::new(runtime::Method::GET, "/historical-identities/{id}")
}
impl super::Mock<GetHistoricalIdentity> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::IdentityHistoryResponse) -> Self {
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
/// The operation of [`get_historical_identity_events()`], as `Mock<GetHistoricalIdentityEvents>`.
pub enum GetHistoricalIdentityEvents {}
/// Expects [`IdentityHistoryApi::get_historical_identity_events`](crate::apis::identity_history::IdentityHistoryApi::get_historical_identity_events): `GET /historical-identities/{id}/events`.
pub fn get_historical_identity_events() -> super::Mock<GetHistoricalIdentityEvents> {
    super::Mock::new(runtime::Method::GET, "/historical-identities/{id}/events")
}
impl super::Mock<GetHistoricalIdentityEvents> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires query parameter `from` with `value`, encoded as the client does.
    pub fn from(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("from", &value, "form", true)
    }
    /// Requires query parameter `eventTypes` with `value`, encoded as the client does.
    pub fn event_types(self, value: Vec<String>) -> Self {
        self.query_param("eventTypes", &value, "form", true)
    }
    /// Requires query parameter `accessItemTypes` with `value`, encoded as the client does.
    pub fn access_item_types(self, value: Vec<String>) -> Self {
        self.query_param("accessItemTypes", &value, "form", true)
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
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(
        self,
        body: &Vec<models::GetHistoricalIdentityEventsResponseItem>,
    ) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "[{\"accessItem\":{\"id\":\"8c190e6787aa4ed9a90bd9d5344523fb\",\"accessType\":\"account\",\"nativeIdentity\":127999,\"sourceName\":\"JDBC Entitlements Source\",\"entitlementCount\":0,\"displayName\":\"Sample Name\"},\"eventType\":\"AccessItemAssociated\",\"identityId\":\"8a80828f643d484f01643e14202e206f\",\"dt\":\"2019-03-08T22:37:33.901Z\",\"governanceEvent\":{\"name\":\"Access Request 58\",\"dt\":\"2019-03-08T22:37:33.901Z\",\"type\":\"accessRequest\",\"governanceId\":\"2c91808a77ff216301782327a50f09e1\",\"owners\":[{\"id\":\"bc693f07e7b645539626c25954c58554\",\"displayName\":\"Jon Snow\"}],\"reviewers\":[{\"id\":\"bc693f07e7b645539626c25954c58554\",\"displayName\":\"Jon Snow\"}],\"decisionMaker\":{\"id\":\"bc693f07e7b645539626c25954c58554\",\"displayName\":\"Jon Snow\"}}}]",
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
/// The operation of [`get_identity_snapshot()`], as `Mock<GetIdentitySnapshot>`.
pub enum GetIdentitySnapshot {}
/// Expects [`IdentityHistoryApi::get_identity_snapshot`](crate::apis::identity_history::IdentityHistoryApi::get_identity_snapshot): `GET /historical-identities/{id}/snapshots/{date}`.
pub fn get_identity_snapshot() -> super::Mock<GetIdentitySnapshot> {
    super::Mock::new(
        runtime::Method::GET,
        "/historical-identities/{id}/snapshots/{date}",
    )
}
impl super::Mock<GetIdentitySnapshot> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires path parameter `date` with `value`, encoded as the client does.
    pub fn date(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("date", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::IdentityHistoryResponse) -> Self {
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
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`get_identity_snapshot_summary()`], as `Mock<GetIdentitySnapshotSummary>`.
pub enum GetIdentitySnapshotSummary {}
/// Expects [`IdentityHistoryApi::get_identity_snapshot_summary`](crate::apis::identity_history::IdentityHistoryApi::get_identity_snapshot_summary): `GET /historical-identities/{id}/snapshot-summary`.
pub fn get_identity_snapshot_summary() -> super::Mock<GetIdentitySnapshotSummary> {
    super::Mock::new(
        runtime::Method::GET,
        "/historical-identities/{id}/snapshot-summary",
    )
}
impl super::Mock<GetIdentitySnapshotSummary> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires query parameter `before` with `value`, encoded as the client does.
    pub fn before(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("before", &value, "form", true)
    }
    /// Requires query parameter `interval` with `value`, encoded as the client does.
    pub fn interval(self, value: models::GetIdentitySnapshotSummaryInterval) -> Self {
        self.query_param("interval", &value, "form", true)
    }
    /// Requires query parameter `time-zone` with `value`, encoded as the client does.
    pub fn time_zone(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("time-zone", &value, "form", true)
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
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::MetricResponse>) -> Self {
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
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`get_identity_start_date()`], as `Mock<GetIdentityStartDate>`.
pub enum GetIdentityStartDate {}
/// Expects [`IdentityHistoryApi::get_identity_start_date`](crate::apis::identity_history::IdentityHistoryApi::get_identity_start_date): `GET /historical-identities/{id}/start-date`.
pub fn get_identity_start_date() -> super::Mock<GetIdentityStartDate> {
    super::Mock::new(runtime::Method::GET, "/historical-identities/{id}/start-date")
}
impl super::Mock<GetIdentityStartDate> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &String) -> Self {
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
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`list_historical_identities()`], as `Mock<ListHistoricalIdentities>`.
pub enum ListHistoricalIdentities {}
/// Expects [`IdentityHistoryApi::list_historical_identities`](crate::apis::identity_history::IdentityHistoryApi::list_historical_identities): `GET /historical-identities`.
pub fn list_historical_identities() -> super::Mock<ListHistoricalIdentities> {
    super::Mock::new(runtime::Method::GET, "/historical-identities")
}
impl super::Mock<ListHistoricalIdentities> {
    /// Requires query parameter `starts-with-query` with `value`, encoded as the client does.
    pub fn starts_with_query(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("starts-with-query", &value, "form", true)
    }
    /// Requires query parameter `is-deleted` with `value`, encoded as the client does.
    pub fn is_deleted(self, value: bool) -> Self {
        self.query_param("is-deleted", &value, "form", true)
    }
    /// Requires query parameter `is-active` with `value`, encoded as the client does.
    pub fn is_active(self, value: bool) -> Self {
        self.query_param("is-active", &value, "form", true)
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
    pub fn respond_ok(self, body: &Vec<models::IdentityListItem>) -> Self {
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
/// The operation of [`list_identity_access_items()`], as `Mock<ListIdentityAccessItems>`.
pub enum ListIdentityAccessItems {}
/// Expects [`IdentityHistoryApi::list_identity_access_items`](crate::apis::identity_history::IdentityHistoryApi::list_identity_access_items): `GET /historical-identities/{id}/access-items`.
pub fn list_identity_access_items() -> super::Mock<ListIdentityAccessItems> {
    super::Mock::new(runtime::Method::GET, "/historical-identities/{id}/access-items")
}
impl super::Mock<ListIdentityAccessItems> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires query parameter `type` with `value`, encoded as the client does.
    pub fn r#type(self, value: models::ListIdentityAccessItemsType) -> Self {
        self.query_param("type", &value, "form", true)
    }
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
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(
        self,
        body: &Vec<models::ListIdentityAccessItemsResponseItem>,
    ) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "[{\"accessType\":\"accessProfile\",\"id\":\"2c918087763e69d901763e72e97f006f\",\"name\":\"sample\",\"sourceName\":\"DataScienceDataset\",\"sourceId\":\"2793o32dwd\",\"description\":\"AccessProfile - Workday/Citizenship access\",\"displayName\":\"Dr. Arden Rogahn MD\",\"entitlementCount\":12,\"appDisplayName\":\"AppName\"}]",
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
/// The operation of [`list_identity_snapshot_access_items()`], as `Mock<ListIdentitySnapshotAccessItems>`.
pub enum ListIdentitySnapshotAccessItems {}
/// Expects [`IdentityHistoryApi::list_identity_snapshot_access_items`](crate::apis::identity_history::IdentityHistoryApi::list_identity_snapshot_access_items): `GET /historical-identities/{id}/snapshots/{date}/access-items`.
pub fn list_identity_snapshot_access_items() -> super::Mock<
    ListIdentitySnapshotAccessItems,
> {
    super::Mock::new(
        runtime::Method::GET,
        "/historical-identities/{id}/snapshots/{date}/access-items",
    )
}
impl super::Mock<ListIdentitySnapshotAccessItems> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires path parameter `date` with `value`, encoded as the client does.
    pub fn date(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("date", &value, false)
    }
    /// Requires query parameter `type` with `value`, encoded as the client does.
    pub fn r#type(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("type", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(
        self,
        body: &Vec<models::ListIdentitySnapshotAccessItemsResponseItem>,
    ) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "[{\"type\":\"accessProfile\",\"id\":\"2c918087763e69d901763e72e97f006f\",\"name\":\"sample\",\"sourceName\":\"DataScienceDataset\",\"sourceId\":\"2793o32dwd\",\"description\":\"AccessProfile - Workday/Citizenship access\",\"displayName\":\"Dr. Arden Rogahn MD\",\"entitlementCount\":12,\"appDisplayName\":\"AppName\"}]",
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
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`list_identity_snapshots()`], as `Mock<ListIdentitySnapshots>`.
pub enum ListIdentitySnapshots {}
/// Expects [`IdentityHistoryApi::list_identity_snapshots`](crate::apis::identity_history::IdentityHistoryApi::list_identity_snapshots): `GET /historical-identities/{id}/snapshots`.
pub fn list_identity_snapshots() -> super::Mock<ListIdentitySnapshots> {
    super::Mock::new(runtime::Method::GET, "/historical-identities/{id}/snapshots")
}
impl super::Mock<ListIdentitySnapshots> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires query parameter `start` with `value`, encoded as the client does.
    pub fn start(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("start", &value, "form", true)
    }
    /// Requires query parameter `interval` with `value`, encoded as the client does.
    pub fn interval(self, value: models::ListIdentitySnapshotsInterval) -> Self {
        self.query_param("interval", &value, "form", true)
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
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(
        self,
        body: &Vec<models::IdentitySnapshotSummaryResponse>,
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
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(500, body)
    }
}

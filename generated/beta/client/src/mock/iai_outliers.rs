//! Typed expectations of the operations tagged `IAI Outliers`: `server.expect(mock::iai_outliers::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`export_outliers_zip()`], as `Mock<ExportOutliersZip>`.
pub enum ExportOutliersZip {}
/// Expects [`IaiOutliersApi::export_outliers_zip`](crate::apis::iai_outliers::IaiOutliersApi::export_outliers_zip): `GET /outliers/export`.
pub fn export_outliers_zip() -> super::Mock<ExportOutliersZip> {
    super::Mock::new(runtime::Method::GET, "/outliers/export")
}
impl super::Mock<ExportOutliersZip> {
    /// Requires query parameter `type` with `value`, encoded as the client does.
    pub fn r#type(self, value: models::ExportOutliersZipType) -> Self {
        self.query_param("type", &value, "form", true)
    }
    /// Answers `200` with `body`.
    pub fn respond_ok(self, body: &[u8]) -> Self {
        self.respond_bytes(200, "application/zip", body)
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
/// The operation of [`get_identity_outlier_snapshots()`], as `Mock<GetIdentityOutlierSnapshots>`.
pub enum GetIdentityOutlierSnapshots {}
/// Expects [`IaiOutliersApi::get_identity_outlier_snapshots`](crate::apis::iai_outliers::IaiOutliersApi::get_identity_outlier_snapshots): `GET /outlier-summaries`.
pub fn get_identity_outlier_snapshots() -> super::Mock<GetIdentityOutlierSnapshots> {
    super::Mock::new(runtime::Method::GET, "/outlier-summaries")
}
impl super::Mock<GetIdentityOutlierSnapshots> {
    /// Requires query parameter `limit` with `value`, encoded as the client does.
    pub fn limit(self, value: i32) -> Self {
        self.query_param("limit", &value, "form", true)
    }
    /// Requires query parameter `offset` with `value`, encoded as the client does.
    pub fn offset(self, value: i32) -> Self {
        self.query_param("offset", &value, "form", true)
    }
    /// Requires query parameter `type` with `value`, encoded as the client does.
    pub fn r#type(self, value: models::GetIdentityOutlierSnapshotsType) -> Self {
        self.query_param("type", &value, "form", true)
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
    pub fn respond_ok(self, body: &Vec<models::OutlierSummary>) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `202` with `body` as JSON.
    pub fn respond_accepted(self, body: &models::serde_json::Value) -> Self {
        self.respond_json(202, body)
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
/// The operation of [`get_identity_outliers()`], as `Mock<GetIdentityOutliers>`.
pub enum GetIdentityOutliers {}
/// Expects [`IaiOutliersApi::get_identity_outliers`](crate::apis::iai_outliers::IaiOutliersApi::get_identity_outliers): `GET /outliers`.
pub fn get_identity_outliers() -> super::Mock<GetIdentityOutliers> {
    super::Mock::new(runtime::Method::GET, "/outliers")
}
impl super::Mock<GetIdentityOutliers> {
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
    /// Requires query parameter `type` with `value`, encoded as the client does.
    pub fn r#type(self, value: models::GetIdentityOutliersType) -> Self {
        self.query_param("type", &value, "form", true)
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
    pub fn respond_ok(self, body: &Vec<models::Outlier>) -> Self {
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
/// The operation of [`get_latest_identity_outlier_snapshots()`], as `Mock<GetLatestIdentityOutlierSnapshots>`.
pub enum GetLatestIdentityOutlierSnapshots {}
/// Expects [`IaiOutliersApi::get_latest_identity_outlier_snapshots`](crate::apis::iai_outliers::IaiOutliersApi::get_latest_identity_outlier_snapshots): `GET /outlier-summaries/latest`.
pub fn get_latest_identity_outlier_snapshots() -> super::Mock<
    GetLatestIdentityOutlierSnapshots,
> {
    super::Mock::new(runtime::Method::GET, "/outlier-summaries/latest")
}
impl super::Mock<GetLatestIdentityOutlierSnapshots> {
    /// Requires query parameter `type` with `value`, encoded as the client does.
    pub fn r#type(self, value: models::GetLatestIdentityOutlierSnapshotsType) -> Self {
        self.query_param("type", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::LatestOutlierSummary>) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `202` with `body` as JSON.
    pub fn respond_accepted(self, body: &models::serde_json::Value) -> Self {
        self.respond_json(202, body)
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
/// The operation of [`get_outlier_contributing_feature_summary()`], as `Mock<GetOutlierContributingFeatureSummary>`.
pub enum GetOutlierContributingFeatureSummary {}
/// Expects [`IaiOutliersApi::get_outlier_contributing_feature_summary`](crate::apis::iai_outliers::IaiOutliersApi::get_outlier_contributing_feature_summary): `GET /outlier-feature-summaries/{outlierFeatureId}`.
pub fn get_outlier_contributing_feature_summary() -> super::Mock<
    GetOutlierContributingFeatureSummary,
> {
    super::Mock::new(
        runtime::Method::GET,
        "/outlier-feature-summaries/{outlierFeatureId}",
    )
}
impl super::Mock<GetOutlierContributingFeatureSummary> {
    /// Requires path parameter `outlierFeatureId` with `value`, encoded as the client does.
    pub fn outlier_feature_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("outlierFeatureId", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::OutlierFeatureSummary) -> Self {
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
/// The operation of [`get_peer_group_outliers_contributing_features()`], as `Mock<GetPeerGroupOutliersContributingFeatures>`.
pub enum GetPeerGroupOutliersContributingFeatures {}
/// Expects [`IaiOutliersApi::get_peer_group_outliers_contributing_features`](crate::apis::iai_outliers::IaiOutliersApi::get_peer_group_outliers_contributing_features): `GET /outliers/{outlierId}/contributing-features`.
pub fn get_peer_group_outliers_contributing_features() -> super::Mock<
    GetPeerGroupOutliersContributingFeatures,
> {
    super::Mock::new(runtime::Method::GET, "/outliers/{outlierId}/contributing-features")
}
impl super::Mock<GetPeerGroupOutliersContributingFeatures> {
    /// Requires path parameter `outlierId` with `value`, encoded as the client does.
    pub fn outlier_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("outlierId", &value, false)
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
    pub fn include_translation_messages(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("include-translation-messages", &value, "form", true)
    }
    /// Requires query parameter `sorters` with `value`, encoded as the client does.
    pub fn sorters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("sorters", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &Vec<models::OutlierContributingFeature>) -> Self {
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
/// The operation of [`ignore_identity_outliers()`], as `Mock<IgnoreIdentityOutliers>`.
pub enum IgnoreIdentityOutliers {}
/// Expects [`IaiOutliersApi::ignore_identity_outliers`](crate::apis::iai_outliers::IaiOutliersApi::ignore_identity_outliers): `POST /outliers/ignore`.
pub fn ignore_identity_outliers() -> super::Mock<IgnoreIdentityOutliers> {
    super::Mock::new(runtime::Method::POST, "/outliers/ignore")
}
impl super::Mock<IgnoreIdentityOutliers> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &Vec<String>) -> Self {
        self.json_body(value)
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
/// The operation of [`list_outliers_contributing_feature_access_items()`], as `Mock<ListOutliersContributingFeatureAccessItems>`.
pub enum ListOutliersContributingFeatureAccessItems {}
/// Expects [`IaiOutliersApi::list_outliers_contributing_feature_access_items`](crate::apis::iai_outliers::IaiOutliersApi::list_outliers_contributing_feature_access_items): `GET /outliers/{outlierId}/feature-details/{contributingFeatureName}/access-items`.
pub fn list_outliers_contributing_feature_access_items() -> super::Mock<
    ListOutliersContributingFeatureAccessItems,
> {
    super::Mock::new(
        runtime::Method::GET,
        "/outliers/{outlierId}/feature-details/{contributingFeatureName}/access-items",
    )
}
impl super::Mock<ListOutliersContributingFeatureAccessItems> {
    /// Requires path parameter `outlierId` with `value`, encoded as the client does.
    pub fn outlier_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("outlierId", &value, false)
    }
    /// Requires path parameter `contributingFeatureName` with `value`, encoded as the client does.
    pub fn contributing_feature_name(
        self,
        value: models::ListOutliersContributingFeatureAccessItemsContributingFeatureName,
    ) -> Self {
        self.path_param("contributingFeatureName", &value, false)
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
    /// Requires query parameter `accessType` with `value`, encoded as the client does.
    pub fn access_type(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("accessType", &value, "form", true)
    }
    /// Requires query parameter `sorters` with `value`, encoded as the client does.
    pub fn sorters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("sorters", &value, "form", true)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(
        self,
        body: &Vec<models::OutliersContributingFeatureAccessItems>,
    ) -> Self {
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
/// The operation of [`un_ignore_identity_outliers()`], as `Mock<UnIgnoreIdentityOutliers>`.
pub enum UnIgnoreIdentityOutliers {}
/// Expects [`IaiOutliersApi::un_ignore_identity_outliers`](crate::apis::iai_outliers::IaiOutliersApi::un_ignore_identity_outliers): `POST /outliers/unignore`.
pub fn un_ignore_identity_outliers() -> super::Mock<UnIgnoreIdentityOutliers> {
    super::Mock::new(runtime::Method::POST, "/outliers/unignore")
}
impl super::Mock<UnIgnoreIdentityOutliers> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &Vec<String>) -> Self {
        self.json_body(value)
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

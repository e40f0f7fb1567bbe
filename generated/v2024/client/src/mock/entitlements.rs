//! Typed expectations of the operations tagged `Entitlements`: `server.expect(mock::entitlements::<operation>()...)`.
#[allow(unused_imports)]
use crate::{models, runtime};
/// The operation of [`create_access_model_metadata_for_entitlement()`], as `Mock<CreateAccessModelMetadataForEntitlement>`.
pub enum CreateAccessModelMetadataForEntitlement {}
/// Expects [`EntitlementsApi::create_access_model_metadata_for_entitlement`](crate::apis::entitlements::EntitlementsApi::create_access_model_metadata_for_entitlement): `POST /entitlements/{id}/access-model-metadata/{attributeKey}/values/{attributeValue}`.
pub fn create_access_model_metadata_for_entitlement() -> super::Mock<
    CreateAccessModelMetadataForEntitlement,
> {
    super::Mock::new(
        runtime::Method::POST,
        "/entitlements/{id}/access-model-metadata/{attributeKey}/values/{attributeValue}",
    )
}
impl super::Mock<CreateAccessModelMetadataForEntitlement> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires path parameter `attributeKey` with `value`, encoded as the client does.
    pub fn attribute_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("attributeKey", &value, false)
    }
    /// Requires path parameter `attributeValue` with `value`, encoded as the client does.
    pub fn attribute_value(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("attributeValue", &value, false)
    }
    /// Answers `201` with `body` as JSON.
    pub fn respond_created(self, body: &models::Entitlement) -> Self {
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
/// The operation of [`delete_access_model_metadata_from_entitlement()`], as `Mock<DeleteAccessModelMetadataFromEntitlement>`.
pub enum DeleteAccessModelMetadataFromEntitlement {}
/// Expects [`EntitlementsApi::delete_access_model_metadata_from_entitlement`](crate::apis::entitlements::EntitlementsApi::delete_access_model_metadata_from_entitlement): `DELETE /entitlements/{id}/access-model-metadata/{attributeKey}/values/{attributeValue}`.
pub fn delete_access_model_metadata_from_entitlement() -> super::Mock<
    DeleteAccessModelMetadataFromEntitlement,
> {
    super::Mock::new(
        runtime::Method::DELETE,
        "/entitlements/{id}/access-model-metadata/{attributeKey}/values/{attributeValue}",
    )
}
impl super::Mock<DeleteAccessModelMetadataFromEntitlement> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires path parameter `attributeKey` with `value`, encoded as the client does.
    pub fn attribute_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("attributeKey", &value, false)
    }
    /// Requires path parameter `attributeValue` with `value`, encoded as the client does.
    pub fn attribute_value(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("attributeValue", &value, false)
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
    /// Answers `429` with `body` as JSON.
    pub fn respond_too_many_requests(self, body: &models::TooManyRequests) -> Self {
        self.respond_json(429, body)
    }
    /// Answers `500` with `body` as JSON.
    pub fn respond_internal_server_error(self, body: &models::ErrorResponseDto) -> Self {
        self.respond_json(500, body)
    }
}
/// The operation of [`get_entitlement()`], as `Mock<GetEntitlement>`.
pub enum GetEntitlement {}
/// Expects [`EntitlementsApi::get_entitlement`](crate::apis::entitlements::EntitlementsApi::get_entitlement): `GET /entitlements/{id}`.
pub fn get_entitlement() -> super::Mock<GetEntitlement> {
    super::Mock::new(runtime::Method::GET, "/entitlements/{id}")
}
impl super::Mock<GetEntitlement> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::Entitlement) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"sourceSchemaObjectType\":\"group\",\"attribute\":\"memberOf\",\"attributes\":{\"GroupType\":\"Security\",\"sAMAccountName\":\"LauncherTest1\",\"GroupScope\":\"Global\",\"objectguid\":\"{01a6e70b-9705-4155-a5c6-492a9bcc8c64}\",\"objectSid\":\"S-1-5-21-3585869415-1648031554-2909195034-1633\",\"cn\":\"LauncherTest1\",\"msDS-PrincipalName\":\"AUTOMATIONAD\\\\LauncherTest1\"},\"value\":\"CN=LauncherTest1,OU=LauncherTestOrg,OU=slpt-automation,DC=TestAutomationAD,DC=local\",\"description\":\"some description\",\"privileged\":false,\"cloudGoverned\":false,\"source\":{\"type\":\"SOURCE\",\"id\":\"2c9180877504c40e0175097d5ce707c8\",\"name\":\"EndToEnd-ADSource\"},\"owner\":{\"id\":\"2c9180858315595501831958427e5424\",\"name\":\"Addie Smith\",\"type\":\"IDENTITY\"},\"segments\":[\"1d126fe0-45e2-4aea-bc64-a07e9344ef26\"],\"manuallyUpdatedFields\":{\"DISPLAY_NAME\":true,\"DESCRIPTION\":true},\"id\":\"2c91808c74ff913f0175097daa9d59cd\",\"name\":\"LauncherTest1\",\"created\":\"2020-10-08T18:33:52.029Z\",\"modified\":\"2021-01-19T16:53:35.707Z\"}",
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
/// The operation of [`get_entitlement_request_config()`], as `Mock<GetEntitlementRequestConfig>`.
pub enum GetEntitlementRequestConfig {}
/// Expects [`EntitlementsApi::get_entitlement_request_config`](crate::apis::entitlements::EntitlementsApi::get_entitlement_request_config): `GET /entitlements/{id}/entitlement-request-config`.
pub fn get_entitlement_request_config() -> super::Mock<GetEntitlementRequestConfig> {
    super::Mock::new(
        runtime::Method::GET,
        "/entitlements/{id}/entitlement-request-config",
    )
}
impl super::Mock<GetEntitlementRequestConfig> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::EntitlementRequestConfig) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"accessRequestConfig\":{\"requestCommentRequired\":true,\"denialCommentRequired\":true,\"reauthorizationRequired\":false,\"approvalSchemes\":[{\"approverType\":\"ENTITLEMENT_OWNER\",\"approverId\":null},{\"approverType\":\"SOURCE_OWNER\",\"approverId\":null},{\"approverType\":\"MANAGER\",\"approverId\":null},{\"approverType\":\"GOVERNANCE_GROUP\",\"approverId\":\"46c79819-a69f-49a2-becb-12c971ae66c6\"}]},\"revocationRequestConfig\":{\"approvalSchemes\":[{\"approverType\":\"ENTITLEMENT_OWNER\",\"approverId\":null},{\"approverType\":\"SOURCE_OWNER\",\"approverId\":null},{\"approverType\":\"MANAGER\",\"approverId\":null},{\"approverType\":\"GOVERNANCE_GROUP\",\"approverId\":\"46c79819-a69f-49a2-becb-12c971ae66c6\"}]}}",
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
/// The operation of [`import_entitlements_by_source()`], as `Mock<ImportEntitlementsBySource>`.
pub enum ImportEntitlementsBySource {}
/// Expects [`EntitlementsApi::import_entitlements_by_source`](crate::apis::entitlements::EntitlementsApi::import_entitlements_by_source): `POST /entitlements/aggregate/sources/{id}`.
pub fn import_entitlements_by_source() -> super::Mock<ImportEntitlementsBySource> {
    super::Mock::new(runtime::Method::POST, "/entitlements/aggregate/sources/{id}")
}
impl super::Mock<ImportEntitlementsBySource> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `202` with `body` as JSON.
    pub fn respond_accepted(self, body: &models::LoadEntitlementTask) -> Self {
        self.respond_json(202, body)
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
/// The operation of [`list_entitlement_children()`], as `Mock<ListEntitlementChildren>`.
pub enum ListEntitlementChildren {}
/// Expects [`EntitlementsApi::list_entitlement_children`](crate::apis::entitlements::EntitlementsApi::list_entitlement_children): `GET /entitlements/{id}/children`.
pub fn list_entitlement_children() -> super::Mock<ListEntitlementChildren> {
    super::Mock::new(runtime::Method::GET, "/entitlements/{id}/children")
}
impl super::Mock<ListEntitlementChildren> {
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
    /// Requires query parameter `count` with `value`, encoded as the client does.
    pub fn count(self, value: bool) -> Self {
        self.query_param("count", &value, "form", true)
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
    pub fn respond_ok(self, body: &Vec<models::Entitlement>) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "[{\"sourceSchemaObjectType\":\"group\",\"attribute\":\"memberOf\",\"attributes\":{\"GroupType\":\"Security\",\"sAMAccountName\":\"LauncherTest1\",\"GroupScope\":\"Global\",\"objectguid\":\"{01a6e70b-9705-4155-a5c6-492a9bcc8c64}\",\"objectSid\":\"S-1-5-21-3585869415-1648031554-2909195034-1633\",\"cn\":\"LauncherTest1\",\"msDS-PrincipalName\":\"AUTOMATIONAD\\\\LauncherTest1\"},\"value\":\"CN=LauncherTest1,OU=LauncherTestOrg,OU=slpt-automation,DC=TestAutomationAD,DC=local\",\"description\":\"some description\",\"privileged\":false,\"cloudGoverned\":false,\"source\":{\"type\":\"SOURCE\",\"id\":\"2c9180877504c40e0175097d5ce707c8\",\"name\":\"EndToEnd-ADSource\"},\"owner\":{\"id\":\"2a2fdacca5e345f18bf7970cfbb8fec2\",\"name\":\"identity 1\",\"type\":\"IDENTITY\"},\"segments\":[\"1d126fe0-45e2-4aea-bc64-a07e9344ef26\"],\"manuallyUpdatedFields\":{\"DISPLAY_NAME\":true,\"DESCRIPTION\":true},\"id\":\"2c91808c74ff913f0175097daa9d59cd\",\"name\":\"LauncherTest1\",\"created\":\"2020-10-08T18:33:52.029Z\",\"modified\":\"2021-01-19T16:53:35.707Z\"}]",
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
/// The operation of [`list_entitlement_parents()`], as `Mock<ListEntitlementParents>`.
pub enum ListEntitlementParents {}
/// Expects [`EntitlementsApi::list_entitlement_parents`](crate::apis::entitlements::EntitlementsApi::list_entitlement_parents): `GET /entitlements/{id}/parents`.
pub fn list_entitlement_parents() -> super::Mock<ListEntitlementParents> {
    super::Mock::new(runtime::Method::GET, "/entitlements/{id}/parents")
}
impl super::Mock<ListEntitlementParents> {
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
    /// Requires query parameter `count` with `value`, encoded as the client does.
    pub fn count(self, value: bool) -> Self {
        self.query_param("count", &value, "form", true)
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
    pub fn respond_ok(self, body: &Vec<models::Entitlement>) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "[{\"sourceSchemaObjectType\":\"group\",\"attribute\":\"memberOf\",\"attributes\":{\"GroupType\":\"Security\",\"sAMAccountName\":\"LauncherTest1\",\"GroupScope\":\"Global\",\"objectguid\":\"{01a6e70b-9705-4155-a5c6-492a9bcc8c64}\",\"objectSid\":\"S-1-5-21-3585869415-1648031554-2909195034-1633\",\"cn\":\"LauncherTest1\",\"msDS-PrincipalName\":\"AUTOMATIONAD\\\\LauncherTest1\"},\"value\":\"CN=LauncherTest1,OU=LauncherTestOrg,OU=slpt-automation,DC=TestAutomationAD,DC=local\",\"description\":\"some description\",\"privileged\":false,\"cloudGoverned\":false,\"source\":{\"type\":\"SOURCE\",\"id\":\"2c9180877504c40e0175097d5ce707c8\",\"name\":\"EndToEnd-ADSource\"},\"owner\":{\"id\":\"2a2fdacca5e345f18bf7970cfbb8fec2\",\"name\":\"identity 1\",\"type\":\"IDENTITY\"},\"segments\":[\"1d126fe0-45e2-4aea-bc64-a07e9344ef26\"],\"manuallyUpdatedFields\":{\"DISPLAY_NAME\":true,\"DESCRIPTION\":true},\"id\":\"2c91808c74ff913f0175097daa9d59cd\",\"name\":\"LauncherTest1\",\"created\":\"2020-10-08T18:33:52.029Z\",\"modified\":\"2021-01-19T16:53:35.707Z\"}]",
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
/// The operation of [`list_entitlements()`], as `Mock<ListEntitlements>`.
pub enum ListEntitlements {}
/// Expects [`EntitlementsApi::list_entitlements`](crate::apis::entitlements::EntitlementsApi::list_entitlements): `GET /entitlements`.
pub fn list_entitlements() -> super::Mock<ListEntitlements> {
    super::Mock::new(runtime::Method::GET, "/entitlements")
}
impl super::Mock<ListEntitlements> {
    /// Requires query parameter `account-id` with `value`, encoded as the client does.
    pub fn account_id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("account-id", &value, "form", true)
    }
    /// Requires query parameter `segmented-for-identity` with `value`, encoded as the client does.
    pub fn segmented_for_identity(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("segmented-for-identity", &value, "form", true)
    }
    /// Requires query parameter `for-segment-ids` with `value`, encoded as the client does.
    pub fn for_segment_ids(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("for-segment-ids", &value, "form", true)
    }
    /// Requires query parameter `include-unsegmented` with `value`, encoded as the client does.
    pub fn include_unsegmented(self, value: bool) -> Self {
        self.query_param("include-unsegmented", &value, "form", true)
    }
    /// Requires query parameter `offset` with `value`, encoded as the client does.
    pub fn offset(self, value: i32) -> Self {
        self.query_param("offset", &value, "form", true)
    }
    /// Requires query parameter `limit` with `value`, encoded as the client does.
    pub fn limit(self, value: i32) -> Self {
        self.query_param("limit", &value, "form", true)
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
    /// Requires query parameter `filters` with `value`, encoded as the client does.
    pub fn filters(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.query_param("filters", &value, "form", true)
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
/// The operation of [`patch_entitlement()`], as `Mock<PatchEntitlement>`.
pub enum PatchEntitlement {}
/// Expects [`EntitlementsApi::patch_entitlement`](crate::apis::entitlements::EntitlementsApi::patch_entitlement): `PATCH /entitlements/{id}`.
pub fn patch_entitlement() -> super::Mock<PatchEntitlement> {
    super::Mock::new(runtime::Method::PATCH, "/entitlements/{id}")
}
impl super::Mock<PatchEntitlement> {
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
    pub fn respond_ok(self, body: &models::Entitlement) -> Self {
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
/// The operation of [`put_entitlement_request_config()`], as `Mock<PutEntitlementRequestConfig>`.
pub enum PutEntitlementRequestConfig {}
/// Expects [`EntitlementsApi::put_entitlement_request_config`](crate::apis::entitlements::EntitlementsApi::put_entitlement_request_config): `PUT /entitlements/{id}/entitlement-request-config`.
pub fn put_entitlement_request_config() -> super::Mock<PutEntitlementRequestConfig> {
    super::Mock::new(
        runtime::Method::PUT,
        "/entitlements/{id}/entitlement-request-config",
    )
}
impl super::Mock<PutEntitlementRequestConfig> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::EntitlementRequestConfig) -> Self {
        self.json_body(value)
    }
    /// Answers `200` with `body` as JSON.
    pub fn respond_ok(self, body: &models::EntitlementRequestConfig) -> Self {
        self.respond_json(200, body)
    }
    /// Answers `200` with the spec's example.
    pub fn respond_ok_example(self) -> Self {
        self.respond_json_text(
            200,
            "{\"accessRequestConfig\":{\"requestCommentRequired\":true,\"denialCommentRequired\":true,\"approvalSchemes\":[{\"approverType\":\"ENTITLEMENT_OWNER\",\"approverId\":null},{\"approverType\":\"SOURCE_OWNER\",\"approverId\":null},{\"approverType\":\"MANAGER\",\"approverId\":null},{\"approverType\":\"GOVERNANCE_GROUP\",\"approverId\":\"46c79819-a69f-49a2-becb-12c971ae66c6\"}]},\"revocationRequestConfig\":{\"approvalSchemes\":[{\"approverType\":\"ENTITLEMENT_OWNER\",\"approverId\":null},{\"approverType\":\"SOURCE_OWNER\",\"approverId\":null},{\"approverType\":\"MANAGER\",\"approverId\":null},{\"approverType\":\"GOVERNANCE_GROUP\",\"approverId\":\"46c79819-a69f-49a2-becb-12c971ae66c6\"}]}}",
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
/// The operation of [`reset_source_entitlements()`], as `Mock<ResetSourceEntitlements>`.
pub enum ResetSourceEntitlements {}
/// Expects [`EntitlementsApi::reset_source_entitlements`](crate::apis::entitlements::EntitlementsApi::reset_source_entitlements): `POST /entitlements/reset/sources/{id}`.
pub fn reset_source_entitlements() -> super::Mock<ResetSourceEntitlements> {
    super::Mock::new(runtime::Method::POST, "/entitlements/reset/sources/{id}")
}
impl super::Mock<ResetSourceEntitlements> {
    /// Requires path parameter `id` with `value`, encoded as the client does.
    pub fn id(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.path_param("id", &value, false)
    }
    /// Answers `202` with `body` as JSON.
    pub fn respond_accepted(
        self,
        body: &models::EntitlementSourceResetBaseReferenceDto,
    ) -> Self {
        self.respond_json(202, body)
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
/// The operation of [`update_entitlements_in_bulk()`], as `Mock<UpdateEntitlementsInBulk>`.
pub enum UpdateEntitlementsInBulk {}
/// Expects [`EntitlementsApi::update_entitlements_in_bulk`](crate::apis::entitlements::EntitlementsApi::update_entitlements_in_bulk): `POST /entitlements/bulk-update`.
pub fn update_entitlements_in_bulk() -> super::Mock<UpdateEntitlementsInBulk> {
    super::Mock::new(runtime::Method::POST, "/entitlements/bulk-update")
}
impl super::Mock<UpdateEntitlementsInBulk> {
    /// Requires a JSON body equal to `value`.
    pub fn body(self, value: &models::EntitlementBulkUpdateRequest) -> Self {
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

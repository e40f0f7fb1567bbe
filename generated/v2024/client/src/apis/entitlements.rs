//! Operations tagged `Entitlements`.
//!
//! Use this API to implement and customize entitlement functionality.
//! With this functionality in place, administrators can view entitlements and configure them for use throughout Identity Security Cloud in certifications, access profiles, and roles.
//! Administrators in Identity Security Cloud can then grant users access to the entitlements or configure them so users themselves can request access to the entitlements whenever they need them.
//! With a good approval process, this entitlement functionality allows users to gain the specific access they need on sources quickly and securely.
//!
//! Entitlements represent access rights on sources.
//! Entitlements are the most granular form of access in Identity Security Cloud.
//! Entitlements are often grouped into access profiles, and access profiles themselves are often grouped into roles, the broadest form of access in Identity Security Cloud.
//!
//! For example, an Active Directory source in Identity Security Cloud can have multiple entitlements: the first, 'Employees,' may represent the access all employees have at the organization, and a second, 'Developers,' may represent the access all developers have at the organization.
//!
//! An administrator can then create a broader set of access in the form of an access profile, 'AD Developers' grouping the 'Employees' entitlement with the 'Developers' entitlement.
//!
//! An administrator can then create an even broader set of access in the form of a role grouping the 'AD Developers' access profile with another profile, 'GitHub Developers,' grouping entitlements for the GitHub source.
//!
//! When users only need Active Directory employee access, they can request access to the 'Employees' entitlement.
//!
//! When users need both Active Directory employee and developer access, they can request access to the 'AD Developers' access profile.
//!
//! When users need both the 'AD Developers' access profile and the 'GitHub Developers' access profile, they can request access to the role grouping both.
//!
//! Administrators often use roles and access profiles within those roles to manage access so that users can gain access more quickly, but the hierarchy of access all starts with entitlements.
//!
//! Anywhere entitlements appear, you can select them to find more information about the following:
//!
//! - Cloud Access Details: These provide details about the cloud access entitlements on cloud-enabled sources.
//!
//! - Permissions: Permissions represent individual units of read/write/admin access to a system.
//!
//! - Relationships: These list each entitlement's parent and child relationships.
//!
//! - Type: This is the entitlement's type. Some sources support multiple types, each with a different attribute schema.
//!
//! Identity Security Cloud uses entitlements in many features, including the following:
//!
//! - Certifications: Entitlements can be revoked from an identity that no longer needs them.
//!
//! - Roles: Roles can group access profiles which themselves group entitlements. You can grant and revoke access on a broad level with roles. Role membership criteria can grant roles to identities based on whether they have certain entitlements or attributes.
//!
//! - Access Profiles: Access profiles group entitlements.
//! They are the most important units of access in Identity Security Cloud.
//! Identity Security Cloud uses them in provisioning, certifications, and access requests, and administrators can configure them to grant very broad or very granular access.
//!
//! You cannot delete entitlements directly from Identity Security Cloud.
//! Entitlements are deleted based on their inclusion in aggregations.
//!
//! Refer to [Deleting Entitlements](https://documentation.sailpoint.com/saas/help/access/entitlements.html#deleting-entitlements) more information about deleting entitlements.
//!
//! Refer to [Entitlements](https://documentation.sailpoint.com/saas/help/access/entitlements.html) for more information about entitlements.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `Entitlements`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct EntitlementsApi {
    client: crate::Client,
}
impl EntitlementsApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        EntitlementsApi { client }
    }
    /// Add metadata to an entitlement.
    ///
    /// Add single Access Model Metadata to an entitlement.
    ///
    /// `POST /entitlements/{id}/access-model-metadata/{attributeKey}/values/{attributeValue}` (operation `createAccessModelMetadataForEntitlement`).
    ///
    /// Arguments:
    ///
    /// - `id`: The entitlement id. Example: `"2c91808c74ff913f0175097daa9d59cd"`.
    /// - `attribute_key`: Technical name of the Attribute. Example: `"iscPrivacy"`.
    /// - `attribute_value`: Technical name of the Attribute Value. Example: `"public"`.
    pub fn create_access_model_metadata_for_entitlement(
        &self,
        id: impl Into<String>,
        attribute_key: impl Into<String>,
        attribute_value: impl Into<String>,
    ) -> CreateAccessModelMetadataForEntitlement {
        CreateAccessModelMetadataForEntitlement {
            client: self.client.clone(),
            id: id.into(),
            attribute_key: attribute_key.into(),
            attribute_value: attribute_value.into(),
        }
    }
    /// Remove metadata from an entitlement.
    ///
    /// Remove single Access Model Metadata from an entitlement.
    ///
    /// `DELETE /entitlements/{id}/access-model-metadata/{attributeKey}/values/{attributeValue}` (operation `deleteAccessModelMetadataFromEntitlement`).
    ///
    /// Arguments:
    ///
    /// - `id`: The entitlement id. Example: `"2c91808c74ff913f0175097daa9d59cd"`.
    /// - `attribute_key`: Technical name of the Attribute. Example: `"iscPrivacy"`.
    /// - `attribute_value`: Technical name of the Attribute Value. Example: `"public"`.
    pub fn delete_access_model_metadata_from_entitlement(
        &self,
        id: impl Into<String>,
        attribute_key: impl Into<String>,
        attribute_value: impl Into<String>,
    ) -> DeleteAccessModelMetadataFromEntitlement {
        DeleteAccessModelMetadataFromEntitlement {
            client: self.client.clone(),
            id: id.into(),
            attribute_key: attribute_key.into(),
            attribute_value: attribute_value.into(),
        }
    }
    /// Get an entitlement
    ///
    /// This API returns an entitlement by its ID.
    ///
    /// `GET /entitlements/{id}` (operation `getEntitlement`).
    ///
    /// Arguments:
    ///
    /// - `id`: The entitlement ID Example: `"2c91808874ff91550175097daaec161c"`.
    pub fn get_entitlement(&self, id: impl Into<String>) -> GetEntitlement {
        GetEntitlement {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Get entitlement request config
    ///
    /// This API returns the entitlement request config for a specified entitlement.
    ///
    /// `GET /entitlements/{id}/entitlement-request-config` (operation `getEntitlementRequestConfig`).
    ///
    /// Arguments:
    ///
    /// - `id`: Entitlement Id Example: `"2c91808874ff91550175097daaec161c"`.
    pub fn get_entitlement_request_config(
        &self,
        id: impl Into<String>,
    ) -> GetEntitlementRequestConfig {
        GetEntitlementRequestConfig {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Aggregate entitlements
    ///
    /// Starts an entitlement aggregation on the specified source. Though this endpoint has been deprecated, you can find its Beta equivalent [here](https://developer.sailpoint.com/docs/api/beta/import-entitlements).
    ///
    /// If the target source is a direct connection, then the request body must be empty. You will also need to make sure the Content-Type header is not set. If you set the Content-Type header without specifying a body, then you will receive a 500 error.
    ///
    /// If the target source is a delimited file source, then the CSV file needs to be included in the request body. You will also need to set the Content-Type header to `multipart/form-data`.
    ///
    /// `POST /entitlements/aggregate/sources/{id}` (operation `importEntitlementsBySource`).
    ///
    /// Arguments:
    ///
    /// - `id`: Source Id Example: `"ef38f94347e94562b5bb8424a56397d8"`.
    #[deprecated]
    pub fn import_entitlements_by_source(
        &self,
        id: impl Into<String>,
    ) -> ImportEntitlementsBySource {
        ImportEntitlementsBySource {
            client: self.client.clone(),
            id: id.into(),
            body: None,
        }
    }
    /// List of entitlements children
    ///
    /// This API returns a list of all child entitlements of a given entitlement.
    ///
    /// `GET /entitlements/{id}/children` (operation `listEntitlementChildren`).
    ///
    /// Arguments:
    ///
    /// - `id`: Entitlement Id Example: `"2c91808874ff91550175097daaec161c"`.
    pub fn list_entitlement_children(
        &self,
        id: impl Into<String>,
    ) -> ListEntitlementChildren {
        ListEntitlementChildren {
            client: self.client.clone(),
            limit: None,
            offset: None,
            count: None,
            id: id.into(),
            sorters: None,
            filters: None,
        }
    }
    /// List of entitlements parents
    ///
    /// This API returns a list of all parent entitlements of a given entitlement.
    ///
    /// `GET /entitlements/{id}/parents` (operation `listEntitlementParents`).
    ///
    /// Arguments:
    ///
    /// - `id`: Entitlement Id Example: `"2c91808c74ff913f0175097daa9d59cd"`.
    pub fn list_entitlement_parents(
        &self,
        id: impl Into<String>,
    ) -> ListEntitlementParents {
        ListEntitlementParents {
            client: self.client.clone(),
            limit: None,
            offset: None,
            count: None,
            id: id.into(),
            sorters: None,
            filters: None,
        }
    }
    /// Gets a list of entitlements.
    ///
    /// This API returns a list of entitlements.
    ///
    /// This API can be used in one of the two following ways: either getting entitlements for a specific **account-id**, or getting via use of **filters** (those two options are exclusive).
    ///
    /// Any authenticated token can call this API.
    ///
    /// `GET /entitlements` (operation `listEntitlements`).
    pub fn list_entitlements(&self) -> ListEntitlements {
        ListEntitlements {
            client: self.client.clone(),
            account_id: None,
            segmented_for_identity: None,
            for_segment_ids: None,
            include_unsegmented: None,
            offset: None,
            limit: None,
            count: None,
            sorters: None,
            filters: None,
        }
    }
    /// Patch an entitlement
    ///
    /// This API updates an existing entitlement using [JSON Patch](https://tools.ietf.org/html/rfc6902) syntax.
    ///
    /// The following fields are patchable: **requestable**, **privileged**, **segments**, **owner**, **name**, **description**, and **manuallyUpdatedFields**
    ///
    /// When you're patching owner, only owner type and owner id must be provided. Owner name is optional, and it won't be modified. If the owner name is provided, it should correspond to the real name. The only owner type currently supported is IDENTITY.
    ///
    /// `PATCH /entitlements/{id}` (operation `patchEntitlement`).
    ///
    /// Arguments:
    ///
    /// - `id`: ID of the entitlement to patch
    pub fn patch_entitlement(&self, id: impl Into<String>) -> PatchEntitlement {
        PatchEntitlement {
            client: self.client.clone(),
            id: id.into(),
            body: None,
        }
    }
    /// Replace entitlement request config
    ///
    /// This API replaces the entitlement request config for a specified entitlement.
    ///
    /// `PUT /entitlements/{id}/entitlement-request-config` (operation `putEntitlementRequestConfig`).
    ///
    /// Arguments:
    ///
    /// - `id`: Entitlement ID
    /// - `body`: The request body (`application/json`).
    pub fn put_entitlement_request_config(
        &self,
        id: impl Into<String>,
        body: models::EntitlementRequestConfig,
    ) -> PutEntitlementRequestConfig {
        PutEntitlementRequestConfig {
            client: self.client.clone(),
            id: id.into(),
            body,
        }
    }
    /// Reset source entitlements
    ///
    /// Remove all entitlements from a specific source.
    /// To reload the accounts along with the entitlements you removed, you must run an unoptimized aggregation.  To do so, use [Account Aggregation](https://developer.sailpoint.com/docs/api/v2024/import-accounts/) with `disableOptimization` = `true`.
    ///
    /// `POST /entitlements/reset/sources/{id}` (operation `resetSourceEntitlements`).
    ///
    /// Arguments:
    ///
    /// - `id`: ID of source for the entitlement reset
    pub fn reset_source_entitlements(
        &self,
        id: impl Into<String>,
    ) -> ResetSourceEntitlements {
        ResetSourceEntitlements {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Bulk update an entitlement list
    ///
    /// This API applies an update to every entitlement of the list.
    ///
    /// The number of entitlements to update is limited to 50 items maximum.
    ///
    /// The JsonPatch update follows the [JSON Patch](https://tools.ietf.org/html/rfc6902) standard.
    /// examples of allowed operations :
    /// `**{ "op": "replace", "path": "/privileged", "value": boolean }**`
    /// `**{ "op": "replace", "path": "/requestable","value": boolean }**`
    ///
    /// A token with ORG_ADMIN or API authority is required to call this API.
    ///
    /// `POST /entitlements/bulk-update` (operation `updateEntitlementsInBulk`).
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json`).
    pub fn update_entitlements_in_bulk(
        &self,
        body: models::EntitlementBulkUpdateRequest,
    ) -> UpdateEntitlementsInBulk {
        UpdateEntitlementsInBulk {
            client: self.client.clone(),
            body,
        }
    }
}
/// Request builder of [`EntitlementsApi::create_access_model_metadata_for_entitlement`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateAccessModelMetadataForEntitlement {
    client: crate::Client,
    id: String,
    attribute_key: String,
    attribute_value: String,
}
impl CreateAccessModelMetadataForEntitlement {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/entitlements/",
            &runtime::encode::path_param(&self.id, false)?,
            "/access-model-metadata/",
            &runtime::encode::path_param(&self.attribute_key, false)?,
            "/values/",
            &runtime::encode::path_param(&self.attribute_value, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::Entitlement>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    CreateAccessModelMetadataForEntitlement, models::Entitlement,
    CreateAccessModelMetadataForEntitlementError
);
/// The errors of [`CreateAccessModelMetadataForEntitlement`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type CreateAccessModelMetadataForEntitlementError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`EntitlementsApi::delete_access_model_metadata_from_entitlement`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteAccessModelMetadataFromEntitlement {
    client: crate::Client,
    id: String,
    attribute_key: String,
    attribute_value: String,
}
impl DeleteAccessModelMetadataFromEntitlement {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/entitlements/",
            &runtime::encode::path_param(&self.id, false)?,
            "/access-model-metadata/",
            &runtime::encode::path_param(&self.attribute_key, false)?,
            "/values/",
            &runtime::encode::path_param(&self.attribute_value, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::DELETE,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<Output = runtime::Result<()>> + Send + 'static {
        resp.empty()
    }
}
runtime::send_methods!(
    DeleteAccessModelMetadataFromEntitlement, (),
    DeleteAccessModelMetadataFromEntitlementError
);
/// The errors of [`DeleteAccessModelMetadataFromEntitlement`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type DeleteAccessModelMetadataFromEntitlementError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`EntitlementsApi::get_entitlement`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetEntitlement {
    client: crate::Client,
    id: String,
}
impl GetEntitlement {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = ["/entitlements/", &runtime::encode::path_param(&self.id, false)?]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::Entitlement>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(GetEntitlement, models::Entitlement, GetEntitlementError);
/// The errors of [`GetEntitlement`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetEntitlementError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`EntitlementsApi::get_entitlement_request_config`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetEntitlementRequestConfig {
    client: crate::Client,
    id: String,
}
impl GetEntitlementRequestConfig {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/entitlements/",
            &runtime::encode::path_param(&self.id, false)?,
            "/entitlement-request-config",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::EntitlementRequestConfig>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetEntitlementRequestConfig, models::EntitlementRequestConfig,
    GetEntitlementRequestConfigError
);
/// The errors of [`GetEntitlementRequestConfig`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetEntitlementRequestConfigError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`EntitlementsApi::import_entitlements_by_source`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ImportEntitlementsBySource {
    client: crate::Client,
    id: String,
    body: Option<models::ImportEntitlementsBySourceRequest>,
}
impl ImportEntitlementsBySource {
    /// The request body (`multipart/form-data`).
    pub fn body(mut self, value: models::ImportEntitlementsBySourceRequest) -> Self {
        self.body = Some(value);
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/entitlements/aggregate/sources/",
            &runtime::encode::path_param(&self.id, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        if let Some(body) = &self.body {
            #[allow(unused_mut)]
            let mut form = runtime::Multipart::new().fields(body, &["csvFile"])?;
            if let Some(v) = &body.csv_file {
                form = form.file("csvFile", v.clone(), None, None);
            }
            req = req.multipart(form);
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::LoadEntitlementTask>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    ImportEntitlementsBySource, models::LoadEntitlementTask,
    ImportEntitlementsBySourceError
);
/// The errors of [`ImportEntitlementsBySource`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ImportEntitlementsBySourceError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`EntitlementsApi::list_entitlement_children`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListEntitlementChildren {
    client: crate::Client,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    id: String,
    sorters: Option<String>,
    filters: Option<String>,
}
impl ListEntitlementChildren {
    /// Max number of results to return.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// Default: `250`.
    ///
    /// Example: `250`.
    pub fn limit(mut self, value: i32) -> Self {
        self.limit = Some(value);
        self
    }
    /// Offset into the full result set. Usually specified with *limit* to paginate through the results.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// Default: `0`.
    ///
    /// Example: `0`.
    pub fn offset(mut self, value: i32) -> Self {
        self.offset = Some(value);
        self
    }
    /// If *true* it will populate the *X-Total-Count* response header with the number of results that would be returned if *limit* and *offset* were ignored.
    ///
    /// Since requesting a total count can have a performance impact, it is recommended not to send **count=true** if that value will not be used.
    ///
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// Default: `false`.
    ///
    /// Example: `true`.
    pub fn count(mut self, value: bool) -> Self {
        self.count = Some(value);
        self
    }
    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **id, name, created, modified, type, attribute, value, source.id**
    ///
    /// Example: `"name,-modified"`.
    pub fn sorters(mut self, value: impl Into<String>) -> Self {
        self.sorters = Some(value.into());
        self
    }
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **id**: *eq, in*
    ///
    /// **name**: *eq, in, sw*
    ///
    /// **type**: *eq, in*
    ///
    /// **attribute**: *eq, in*
    ///
    /// **value**: *eq, in, sw*
    ///
    /// **source.id**: *eq, in*
    ///
    /// **requestable**: *eq*
    ///
    /// **created**: *gt, lt, ge, le*
    ///
    /// **modified**: *gt, lt, ge, le*
    ///
    /// Example: `"attribute eq \"memberOf\""`.
    pub fn filters(mut self, value: impl Into<String>) -> Self {
        self.filters = Some(value.into());
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/entitlements/",
            &runtime::encode::path_param(&self.id, false)?,
            "/children",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.limit {
            req = req.query("limit", v, "form", true)?;
        }
        if let Some(v) = &self.offset {
            req = req.query("offset", v, "form", true)?;
        }
        if let Some(v) = &self.count {
            req = req.query("count", v, "form", true)?;
        }
        if let Some(v) = &self.sorters {
            req = req.query("sorters", v, "form", true)?;
        }
        if let Some(v) = &self.filters {
            req = req.query("filters", v, "form", true)?;
        }
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::Entitlement>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<'static, runtime::Result<models::Entitlement>> {
        self.paged(None)
    }
    /// Like [`Self::stream`], ending after at most `max_items` items (the last page asks
    /// only for what is still wanted); the page size stays `limit`.
    pub fn stream_at_most(
        self,
        max_items: u64,
    ) -> runtime::BoxStream<'static, runtime::Result<models::Entitlement>> {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<'static, runtime::Result<models::Entitlement>> {
        let paging = runtime::pagination::Paging::new(
                self.limit.and_then(|v| u64::try_from(v).ok()).unwrap_or(250u64),
            )
            .start(self.offset.and_then(|v| u64::try_from(v).ok()).unwrap_or(0))
            .max_page_size(Some(250u64))
            .max_items(max_items);
        runtime::pagination::offset_stream_with(
            paging,
            move |offset, limit| {
                let mut page = self.clone();
                async move {
                    page.offset = Some(runtime::pagination::cast(offset)?);
                    page.limit = Some(runtime::pagination::cast(limit)?);
                    let r = page
                        .send_with_response()
                        .await
                        .map_err(runtime::Error::from)?;
                    let total = r.total_count();
                    Ok(runtime::Page {
                        items: r.data,
                        total,
                    })
                }
            },
        )
    }
}
runtime::send_methods!(
    ListEntitlementChildren, Vec < models::Entitlement >, ListEntitlementChildrenError
);
/// The errors of [`ListEntitlementChildren`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ListEntitlementChildrenError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`EntitlementsApi::list_entitlement_parents`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListEntitlementParents {
    client: crate::Client,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    id: String,
    sorters: Option<String>,
    filters: Option<String>,
}
impl ListEntitlementParents {
    /// Max number of results to return.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// Default: `250`.
    ///
    /// Example: `250`.
    pub fn limit(mut self, value: i32) -> Self {
        self.limit = Some(value);
        self
    }
    /// Offset into the full result set. Usually specified with *limit* to paginate through the results.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// Default: `0`.
    ///
    /// Example: `0`.
    pub fn offset(mut self, value: i32) -> Self {
        self.offset = Some(value);
        self
    }
    /// If *true* it will populate the *X-Total-Count* response header with the number of results that would be returned if *limit* and *offset* were ignored.
    ///
    /// Since requesting a total count can have a performance impact, it is recommended not to send **count=true** if that value will not be used.
    ///
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// Default: `false`.
    ///
    /// Example: `true`.
    pub fn count(mut self, value: bool) -> Self {
        self.count = Some(value);
        self
    }
    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **id, name, created, modified, type, attribute, value, source.id**
    ///
    /// Example: `"name,-modified"`.
    pub fn sorters(mut self, value: impl Into<String>) -> Self {
        self.sorters = Some(value.into());
        self
    }
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **id**: *eq, in*
    ///
    /// **name**: *eq, in, sw*
    ///
    /// **type**: *eq, in*
    ///
    /// **attribute**: *eq, in*
    ///
    /// **value**: *eq, in, sw*
    ///
    /// **source.id**: *eq, in*
    ///
    /// **requestable**: *eq*
    ///
    /// **created**: *gt, lt, ge, le*
    ///
    /// **modified**: *gt, lt, ge, le*
    ///
    /// Example: `"attribute eq \"memberOf\""`.
    pub fn filters(mut self, value: impl Into<String>) -> Self {
        self.filters = Some(value.into());
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/entitlements/",
            &runtime::encode::path_param(&self.id, false)?,
            "/parents",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.limit {
            req = req.query("limit", v, "form", true)?;
        }
        if let Some(v) = &self.offset {
            req = req.query("offset", v, "form", true)?;
        }
        if let Some(v) = &self.count {
            req = req.query("count", v, "form", true)?;
        }
        if let Some(v) = &self.sorters {
            req = req.query("sorters", v, "form", true)?;
        }
        if let Some(v) = &self.filters {
            req = req.query("filters", v, "form", true)?;
        }
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::Entitlement>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<'static, runtime::Result<models::Entitlement>> {
        self.paged(None)
    }
    /// Like [`Self::stream`], ending after at most `max_items` items (the last page asks
    /// only for what is still wanted); the page size stays `limit`.
    pub fn stream_at_most(
        self,
        max_items: u64,
    ) -> runtime::BoxStream<'static, runtime::Result<models::Entitlement>> {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<'static, runtime::Result<models::Entitlement>> {
        let paging = runtime::pagination::Paging::new(
                self.limit.and_then(|v| u64::try_from(v).ok()).unwrap_or(250u64),
            )
            .start(self.offset.and_then(|v| u64::try_from(v).ok()).unwrap_or(0))
            .max_page_size(Some(250u64))
            .max_items(max_items);
        runtime::pagination::offset_stream_with(
            paging,
            move |offset, limit| {
                let mut page = self.clone();
                async move {
                    page.offset = Some(runtime::pagination::cast(offset)?);
                    page.limit = Some(runtime::pagination::cast(limit)?);
                    let r = page
                        .send_with_response()
                        .await
                        .map_err(runtime::Error::from)?;
                    let total = r.total_count();
                    Ok(runtime::Page {
                        items: r.data,
                        total,
                    })
                }
            },
        )
    }
}
runtime::send_methods!(
    ListEntitlementParents, Vec < models::Entitlement >, ListEntitlementParentsError
);
/// The errors of [`ListEntitlementParents`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ListEntitlementParentsError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`EntitlementsApi::list_entitlements`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListEntitlements {
    client: crate::Client,
    account_id: Option<String>,
    segmented_for_identity: Option<String>,
    for_segment_ids: Option<String>,
    include_unsegmented: Option<bool>,
    offset: Option<i32>,
    limit: Option<i32>,
    count: Option<bool>,
    sorters: Option<String>,
    filters: Option<String>,
}
impl ListEntitlements {
    /// The account ID. If specified, returns only entitlements associated with the given Account. Cannot be specified with the **filters**, **segmented-for-identity**, **for-segment-ids**, or **include-unsegmented** param(s).
    ///
    /// Example: `"ef38f94347e94562b5bb8424a56397d8"`.
    pub fn account_id(mut self, value: impl Into<String>) -> Self {
        self.account_id = Some(value.into());
        self
    }
    /// If present and not empty, additionally filters Entitlements to those which are assigned to the Segment(s) which are visible to the Identity with the specified ID.
    /// Cannot be specified with the **account-id** or **for-segment-ids** param(s). It is also illegal to specify a value that refers to a different user's Identity.
    ///
    /// Example: `"e554098913544630b5985e9042f5e44b"`.
    pub fn segmented_for_identity(mut self, value: impl Into<String>) -> Self {
        self.segmented_for_identity = Some(value.into());
        self
    }
    /// If present and not empty, additionally filters Access Profiles to those which are assigned to the Segment(s) with the specified IDs.
    /// Cannot be specified with the **account-id** or **segmented-for-identity** param(s).
    ///
    /// Example: `"041727d4-7d95-4779-b891-93cf41e98249,a378c9fa-bae5-494c-804e-a1e30f69f649"`.
    pub fn for_segment_ids(mut self, value: impl Into<String>) -> Self {
        self.for_segment_ids = Some(value.into());
        self
    }
    /// Whether or not the response list should contain unsegmented Entitlements. If **for-segment-ids** and **segmented-for-identity** are both absent or empty, specifying **include-unsegmented=false** results in an error.
    ///
    /// Default: `true`.
    ///
    /// Example: `true`.
    pub fn include_unsegmented(mut self, value: bool) -> Self {
        self.include_unsegmented = Some(value);
        self
    }
    /// Offset into the full result set. Usually specified with *limit* to paginate through the results.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// Default: `0`.
    ///
    /// Example: `0`.
    pub fn offset(mut self, value: i32) -> Self {
        self.offset = Some(value);
        self
    }
    /// Max number of results to return.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// Default: `250`.
    ///
    /// Example: `250`.
    pub fn limit(mut self, value: i32) -> Self {
        self.limit = Some(value);
        self
    }
    /// If *true* it will populate the *X-Total-Count* response header with the number of results that would be returned if *limit* and *offset* were ignored.
    ///
    /// Since requesting a total count can have a performance impact, it is recommended not to send **count=true** if that value will not be used.
    ///
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// Default: `false`.
    ///
    /// Example: `true`.
    pub fn count(mut self, value: bool) -> Self {
        self.count = Some(value);
        self
    }
    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **id, name, created, modified, type, attribute, value, source.id, requestable**
    ///
    /// Example: `"name,-modified"`.
    pub fn sorters(mut self, value: impl Into<String>) -> Self {
        self.sorters = Some(value.into());
        self
    }
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **id**: *eq, in*
    ///
    /// **name**: *eq, in, sw*
    ///
    /// **type**: *eq, in*
    ///
    /// **attribute**: *eq, in*
    ///
    /// **value**: *eq, in, sw*
    ///
    /// **source.id**: *eq, in*
    ///
    /// **requestable**: *eq*
    ///
    /// **created**: *gt, lt, ge, le*
    ///
    /// **modified**: *gt, lt, ge, le*
    ///
    /// **owner.id**: *eq, in*
    ///
    /// Example: `"attribute eq \"memberOf\""`.
    pub fn filters(mut self, value: impl Into<String>) -> Self {
        self.filters = Some(value.into());
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/entitlements".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.account_id {
            req = req.query("account-id", v, "form", true)?;
        }
        if let Some(v) = &self.segmented_for_identity {
            req = req.query("segmented-for-identity", v, "form", true)?;
        }
        if let Some(v) = &self.for_segment_ids {
            req = req.query("for-segment-ids", v, "form", true)?;
        }
        if let Some(v) = &self.include_unsegmented {
            req = req.query("include-unsegmented", v, "form", true)?;
        }
        if let Some(v) = &self.offset {
            req = req.query("offset", v, "form", true)?;
        }
        if let Some(v) = &self.limit {
            req = req.query("limit", v, "form", true)?;
        }
        if let Some(v) = &self.count {
            req = req.query("count", v, "form", true)?;
        }
        if let Some(v) = &self.sorters {
            req = req.query("sorters", v, "form", true)?;
        }
        if let Some(v) = &self.filters {
            req = req.query("filters", v, "form", true)?;
        }
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::Entitlement>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<'static, runtime::Result<models::Entitlement>> {
        self.paged(None)
    }
    /// Like [`Self::stream`], ending after at most `max_items` items (the last page asks
    /// only for what is still wanted); the page size stays `limit`.
    pub fn stream_at_most(
        self,
        max_items: u64,
    ) -> runtime::BoxStream<'static, runtime::Result<models::Entitlement>> {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<'static, runtime::Result<models::Entitlement>> {
        let paging = runtime::pagination::Paging::new(
                self.limit.and_then(|v| u64::try_from(v).ok()).unwrap_or(250u64),
            )
            .start(self.offset.and_then(|v| u64::try_from(v).ok()).unwrap_or(0))
            .max_page_size(Some(250u64))
            .max_items(max_items);
        runtime::pagination::offset_stream_with(
            paging,
            move |offset, limit| {
                let mut page = self.clone();
                async move {
                    page.offset = Some(runtime::pagination::cast(offset)?);
                    page.limit = Some(runtime::pagination::cast(limit)?);
                    let r = page
                        .send_with_response()
                        .await
                        .map_err(runtime::Error::from)?;
                    let total = r.total_count();
                    Ok(runtime::Page {
                        items: r.data,
                        total,
                    })
                }
            },
        )
    }
}
runtime::send_methods!(
    ListEntitlements, Vec < models::Entitlement >, ListEntitlementsError
);
/// The errors of [`ListEntitlements`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ListEntitlementsError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`EntitlementsApi::patch_entitlement`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PatchEntitlement {
    client: crate::Client,
    id: String,
    body: Option<Vec<models::JsonPatchOperation>>,
}
impl PatchEntitlement {
    /// The request body (`application/json-patch+json`).
    pub fn body(mut self, value: Vec<models::JsonPatchOperation>) -> Self {
        self.body = Some(value);
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = ["/entitlements/", &runtime::encode::path_param(&self.id, false)?]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::PATCH,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        if let Some(body) = &self.body {
            req = req.json_as("application/json-patch+json", body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::Entitlement>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(PatchEntitlement, models::Entitlement, PatchEntitlementError);
/// The errors of [`PatchEntitlement`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type PatchEntitlementError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`EntitlementsApi::put_entitlement_request_config`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PutEntitlementRequestConfig {
    client: crate::Client,
    id: String,
    body: models::EntitlementRequestConfig,
}
impl PutEntitlementRequestConfig {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/entitlements/",
            &runtime::encode::path_param(&self.id, false)?,
            "/entitlement-request-config",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::PUT, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        {
            let body = &self.body;
            req = req.json(body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::EntitlementRequestConfig>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    PutEntitlementRequestConfig, models::EntitlementRequestConfig,
    PutEntitlementRequestConfigError
);
/// The errors of [`PutEntitlementRequestConfig`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type PutEntitlementRequestConfigError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`EntitlementsApi::reset_source_entitlements`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ResetSourceEntitlements {
    client: crate::Client,
    id: String,
}
impl ResetSourceEntitlements {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/entitlements/reset/sources/",
            &runtime::encode::path_param(&self.id, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::EntitlementSourceResetBaseReferenceDto>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    ResetSourceEntitlements, models::EntitlementSourceResetBaseReferenceDto,
    ResetSourceEntitlementsError
);
/// The errors of [`ResetSourceEntitlements`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ResetSourceEntitlementsError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`EntitlementsApi::update_entitlements_in_bulk`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateEntitlementsInBulk {
    client: crate::Client,
    body: models::EntitlementBulkUpdateRequest,
}
impl UpdateEntitlementsInBulk {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/entitlements/bulk-update".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        {
            let body = &self.body;
            req = req.json(body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<Output = runtime::Result<()>> + Send + 'static {
        resp.empty()
    }
}
runtime::send_methods!(UpdateEntitlementsInBulk, (), UpdateEntitlementsInBulkError);
/// The errors of [`UpdateEntitlementsInBulk`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type UpdateEntitlementsInBulkError = crate::errors::Error400_401_403_429_500;

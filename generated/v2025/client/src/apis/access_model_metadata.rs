//! Operations tagged `Access Model Metadata`.
//!
//! Use this API to create and manage metadata attributes for your Access Model.
//! Access Model Metadata allows you to add contextual information to your ISC Access Model items using pre-defined metadata for risk, regulations, privacy levels, etc., or by creating your own metadata attributes to reflect the unique needs of your organization. This release of the API includes support for entitlement metadata. Support for role and access profile metadata will be introduced in a subsequent release.
//!
//! Common usages for Access Model metadata include:
//!
//! - Organizing and categorizing access items to make it easier for your users to search for and find the access rights they want to request, certify, or manage.
//!
//! - Providing richer information about access that is being acted on to allow stakeholders to make better decisions when approving, certifying, or managing access rights.
//!
//! - Identifying access that may requires additional approval requirements or be subject to more frequent review.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `Access Model Metadata`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct AccessModelMetadataApi {
    client: crate::Client,
}
impl AccessModelMetadataApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        AccessModelMetadataApi { client }
    }
    /// Create access model metadata attribute
    ///
    /// Create a new Access Model Metadata Attribute.
    ///
    /// `POST /access-model-metadata/attributes` (operation `createAccessModelMetadataAttribute`).
    ///
    /// Arguments:
    ///
    /// - `body`: Attribute to create
    pub fn create_access_model_metadata_attribute(
        &self,
        body: models::AttributeDto,
    ) -> CreateAccessModelMetadataAttribute {
        CreateAccessModelMetadataAttribute {
            client: self.client.clone(),
            body,
        }
    }
    /// Create access model metadata value
    ///
    /// Create a new value for an existing Access Model Metadata Attribute.
    ///
    /// `POST /access-model-metadata/attributes/{key}/values` (operation `createAccessModelMetadataAttributeValue`).
    ///
    /// Arguments:
    ///
    /// - `key`: Technical name of the Attribute. Example: `"iscPrivacy"`.
    /// - `body`: Attribute value to create
    pub fn create_access_model_metadata_attribute_value(
        &self,
        key: impl Into<String>,
        body: models::AttributeValueDto,
    ) -> CreateAccessModelMetadataAttributeValue {
        CreateAccessModelMetadataAttributeValue {
            client: self.client.clone(),
            key: key.into(),
            body,
        }
    }
    /// Get access model metadata attribute
    ///
    /// Get single Access Model Metadata Attribute
    ///
    /// `GET /access-model-metadata/attributes/{key}` (operation `getAccessModelMetadataAttribute`).
    ///
    /// Arguments:
    ///
    /// - `key`: Technical name of the Attribute. Example: `"iscPrivacy"`.
    pub fn get_access_model_metadata_attribute(
        &self,
        key: impl Into<String>,
    ) -> GetAccessModelMetadataAttribute {
        GetAccessModelMetadataAttribute {
            client: self.client.clone(),
            key: key.into(),
        }
    }
    /// Get access model metadata value
    ///
    /// Get single Access Model Metadata Attribute Value
    ///
    /// `GET /access-model-metadata/attributes/{key}/values/{value}` (operation `getAccessModelMetadataAttributeValue`).
    ///
    /// Arguments:
    ///
    /// - `key`: Technical name of the Attribute. Example: `"iscPrivacy"`.
    /// - `value`: Technical name of the Attribute value. Example: `"public"`.
    pub fn get_access_model_metadata_attribute_value(
        &self,
        key: impl Into<String>,
        value: impl Into<String>,
    ) -> GetAccessModelMetadataAttributeValue {
        GetAccessModelMetadataAttributeValue {
            client: self.client.clone(),
            key: key.into(),
            value: value.into(),
        }
    }
    /// List access model metadata attributes
    ///
    /// Get a list of Access Model Metadata Attributes
    ///
    /// `GET /access-model-metadata/attributes` (operation `listAccessModelMetadataAttribute`).
    pub fn list_access_model_metadata_attribute(
        &self,
    ) -> ListAccessModelMetadataAttribute {
        ListAccessModelMetadataAttribute {
            client: self.client.clone(),
            filters: None,
            sorters: None,
            limit: None,
            count: None,
        }
    }
    /// List access model metadata values
    ///
    /// Get a list of Access Model Metadata Attribute Values
    ///
    /// `GET /access-model-metadata/attributes/{key}/values` (operation `listAccessModelMetadataAttributeValue`).
    ///
    /// Arguments:
    ///
    /// - `key`: Technical name of the Attribute. Example: `"iscPrivacy"`.
    pub fn list_access_model_metadata_attribute_value(
        &self,
        key: impl Into<String>,
    ) -> ListAccessModelMetadataAttributeValue {
        ListAccessModelMetadataAttributeValue {
            client: self.client.clone(),
            key: key.into(),
            limit: None,
            count: None,
        }
    }
    /// Update access model metadata attribute
    ///
    /// Update an existing Access Model Metadata Attribute.
    /// The following fields are patchable: **name**, **description**, **multiselect**, **values**
    ///
    /// `PATCH /access-model-metadata/attributes/{key}` (operation `updateAccessModelMetadataAttribute`).
    ///
    /// Arguments:
    ///
    /// - `key`: Technical name of the Attribute. Example: `"iscPrivacy"`.
    /// - `body`: JSON Patch array to apply
    pub fn update_access_model_metadata_attribute(
        &self,
        key: impl Into<String>,
        body: Vec<models::JsonPatchOperation>,
    ) -> UpdateAccessModelMetadataAttribute {
        UpdateAccessModelMetadataAttribute {
            client: self.client.clone(),
            key: key.into(),
            body,
        }
    }
    /// Update access model metadata value
    ///
    /// Update an existing Access Model Metadata Attribute Value.
    /// The following fields are patchable: **name**
    ///
    /// `PATCH /access-model-metadata/attributes/{key}/values/{value}` (operation `updateAccessModelMetadataAttributeValue`).
    ///
    /// Arguments:
    ///
    /// - `key`: Technical name of the Attribute. Example: `"iscPrivacy"`.
    /// - `value`: Technical name of the Attribute value. Example: `"public"`.
    /// - `body`: JSON Patch array to apply
    pub fn update_access_model_metadata_attribute_value(
        &self,
        key: impl Into<String>,
        value: impl Into<String>,
        body: Vec<models::JsonPatchOperation>,
    ) -> UpdateAccessModelMetadataAttributeValue {
        UpdateAccessModelMetadataAttributeValue {
            client: self.client.clone(),
            key: key.into(),
            value: value.into(),
            body,
        }
    }
    /// Metadata Attribute update by filter
    ///
    /// Bulk update Access Model Metadata Attribute Values using a filter
    ///
    /// `POST /access-model-metadata/bulk-update/filter` (operation `updateAccessModelMetadataByFilter`).
    ///
    /// Arguments:
    ///
    /// - `body`: Attribute metadata bulk update request body.
    #[deprecated]
    pub fn update_access_model_metadata_by_filter(
        &self,
        body: models::EntitlementAttributeBulkUpdateFilterRequest,
    ) -> UpdateAccessModelMetadataByFilter {
        UpdateAccessModelMetadataByFilter {
            client: self.client.clone(),
            body,
        }
    }
    /// Metadata Attribute update by ids
    ///
    /// Bulk update Access Model Metadata Attribute Values using ids.
    ///
    /// `POST /access-model-metadata/bulk-update/ids` (operation `updateAccessModelMetadataByIds`).
    ///
    /// Arguments:
    ///
    /// - `body`: Attribute metadata bulk update request body.
    #[deprecated]
    pub fn update_access_model_metadata_by_ids(
        &self,
        body: models::EntitlementAttributeBulkUpdateIdsRequest,
    ) -> UpdateAccessModelMetadataByIds {
        UpdateAccessModelMetadataByIds {
            client: self.client.clone(),
            body,
        }
    }
    /// Metadata Attribute update by query
    ///
    /// Bulk update Access Model Metadata Attribute Values using a query
    ///
    /// `POST /access-model-metadata/bulk-update/query` (operation `updateAccessModelMetadataByQuery`).
    ///
    /// Arguments:
    ///
    /// - `body`: Attribute metadata bulk update request body.
    #[deprecated]
    pub fn update_access_model_metadata_by_query(
        &self,
        body: models::EntitlementAttributeBulkUpdateQueryRequest,
    ) -> UpdateAccessModelMetadataByQuery {
        UpdateAccessModelMetadataByQuery {
            client: self.client.clone(),
            body,
        }
    }
}
/// Request builder of [`AccessModelMetadataApi::create_access_model_metadata_attribute`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateAccessModelMetadataAttribute {
    client: crate::Client,
    body: models::AttributeDto,
}
impl CreateAccessModelMetadataAttribute {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/access-model-metadata/attributes".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
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
        Output = runtime::Result<models::AttributeDto>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    CreateAccessModelMetadataAttribute, models::AttributeDto,
    CreateAccessModelMetadataAttributeError
);
/// The errors of [`CreateAccessModelMetadataAttribute`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type CreateAccessModelMetadataAttributeError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`AccessModelMetadataApi::create_access_model_metadata_attribute_value`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateAccessModelMetadataAttributeValue {
    client: crate::Client,
    key: String,
    body: models::AttributeValueDto,
}
impl CreateAccessModelMetadataAttributeValue {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/access-model-metadata/attributes/",
            &runtime::encode::path_param(&self.key, false)?,
            "/values",
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
        {
            let body = &self.body;
            req = req.json(body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::AttributeValueDto>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    CreateAccessModelMetadataAttributeValue, models::AttributeValueDto,
    CreateAccessModelMetadataAttributeValueError
);
/// The errors of [`CreateAccessModelMetadataAttributeValue`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type CreateAccessModelMetadataAttributeValueError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`AccessModelMetadataApi::get_access_model_metadata_attribute`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetAccessModelMetadataAttribute {
    client: crate::Client,
    key: String,
}
impl GetAccessModelMetadataAttribute {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/access-model-metadata/attributes/",
            &runtime::encode::path_param(&self.key, false)?,
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
        Output = runtime::Result<models::AttributeDto>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetAccessModelMetadataAttribute, models::AttributeDto,
    GetAccessModelMetadataAttributeError
);
/// The errors of [`GetAccessModelMetadataAttribute`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetAccessModelMetadataAttributeError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`AccessModelMetadataApi::get_access_model_metadata_attribute_value`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetAccessModelMetadataAttributeValue {
    client: crate::Client,
    key: String,
    value: String,
}
impl GetAccessModelMetadataAttributeValue {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/access-model-metadata/attributes/",
            &runtime::encode::path_param(&self.key, false)?,
            "/values/",
            &runtime::encode::path_param(&self.value, false)?,
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
        Output = runtime::Result<models::AttributeValueDto>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetAccessModelMetadataAttributeValue, models::AttributeValueDto,
    GetAccessModelMetadataAttributeValueError
);
/// The errors of [`GetAccessModelMetadataAttributeValue`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetAccessModelMetadataAttributeValueError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`AccessModelMetadataApi::list_access_model_metadata_attribute`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListAccessModelMetadataAttribute {
    client: crate::Client,
    filters: Option<String>,
    sorters: Option<String>,
    limit: Option<i32>,
    count: Option<bool>,
}
impl ListAccessModelMetadataAttribute {
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **key**: *eq*
    ///
    /// **name**: *eq*
    ///
    /// **type**: *eq*
    ///
    /// **status**: *eq*
    ///
    /// **objectTypes**: *eq*
    ///
    /// Supported composite operators are *and, or*
    ///
    /// Example: `"name eq \"Privacy\""`.
    pub fn filters(mut self, value: impl Into<String>) -> Self {
        self.filters = Some(value.into());
        self
    }
    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **name, key**
    ///
    /// Example: `"name,-key"`.
    pub fn sorters(mut self, value: impl Into<String>) -> Self {
        self.sorters = Some(value.into());
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
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/access-model-metadata/attributes".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.filters {
            req = req.query("filters", v, "form", true)?;
        }
        if let Some(v) = &self.sorters {
            req = req.query("sorters", v, "form", true)?;
        }
        if let Some(v) = &self.limit {
            req = req.query("limit", v, "form", true)?;
        }
        if let Some(v) = &self.count {
            req = req.query("count", v, "form", true)?;
        }
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::AttributeDto>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    ListAccessModelMetadataAttribute, Vec < models::AttributeDto >,
    ListAccessModelMetadataAttributeError
);
/// The errors of [`ListAccessModelMetadataAttribute`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ListAccessModelMetadataAttributeError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`AccessModelMetadataApi::list_access_model_metadata_attribute_value`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListAccessModelMetadataAttributeValue {
    client: crate::Client,
    key: String,
    limit: Option<i32>,
    count: Option<bool>,
}
impl ListAccessModelMetadataAttributeValue {
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
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/access-model-metadata/attributes/",
            &runtime::encode::path_param(&self.key, false)?,
            "/values",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.limit {
            req = req.query("limit", v, "form", true)?;
        }
        if let Some(v) = &self.count {
            req = req.query("count", v, "form", true)?;
        }
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::AttributeValueDto>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    ListAccessModelMetadataAttributeValue, Vec < models::AttributeValueDto >,
    ListAccessModelMetadataAttributeValueError
);
/// The errors of [`ListAccessModelMetadataAttributeValue`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ListAccessModelMetadataAttributeValueError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`AccessModelMetadataApi::update_access_model_metadata_attribute`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateAccessModelMetadataAttribute {
    client: crate::Client,
    key: String,
    body: Vec<models::JsonPatchOperation>,
}
impl UpdateAccessModelMetadataAttribute {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/access-model-metadata/attributes/",
            &runtime::encode::path_param(&self.key, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::PATCH,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        {
            let body = &self.body;
            req = req.json_as("application/json-patch+json", body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::AttributeDto>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    UpdateAccessModelMetadataAttribute, models::AttributeDto,
    UpdateAccessModelMetadataAttributeError
);
/// The errors of [`UpdateAccessModelMetadataAttribute`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type UpdateAccessModelMetadataAttributeError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`AccessModelMetadataApi::update_access_model_metadata_attribute_value`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateAccessModelMetadataAttributeValue {
    client: crate::Client,
    key: String,
    value: String,
    body: Vec<models::JsonPatchOperation>,
}
impl UpdateAccessModelMetadataAttributeValue {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/access-model-metadata/attributes/",
            &runtime::encode::path_param(&self.key, false)?,
            "/values/",
            &runtime::encode::path_param(&self.value, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::PATCH,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        {
            let body = &self.body;
            req = req.json_as("application/json-patch+json", body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::AttributeValueDto>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    UpdateAccessModelMetadataAttributeValue, models::AttributeValueDto,
    UpdateAccessModelMetadataAttributeValueError
);
/// The errors of [`UpdateAccessModelMetadataAttributeValue`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type UpdateAccessModelMetadataAttributeValueError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`AccessModelMetadataApi::update_access_model_metadata_by_filter`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateAccessModelMetadataByFilter {
    client: crate::Client,
    body: models::EntitlementAttributeBulkUpdateFilterRequest,
}
impl UpdateAccessModelMetadataByFilter {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/access-model-metadata/bulk-update/filter".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
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
        Output = runtime::Result<models::AccessModelMetadataBulkUpdateResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    UpdateAccessModelMetadataByFilter, models::AccessModelMetadataBulkUpdateResponse,
    UpdateAccessModelMetadataByFilterError
);
/// The errors of [`UpdateAccessModelMetadataByFilter`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type UpdateAccessModelMetadataByFilterError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`AccessModelMetadataApi::update_access_model_metadata_by_ids`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateAccessModelMetadataByIds {
    client: crate::Client,
    body: models::EntitlementAttributeBulkUpdateIdsRequest,
}
impl UpdateAccessModelMetadataByIds {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/access-model-metadata/bulk-update/ids".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
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
        Output = runtime::Result<models::AccessModelMetadataBulkUpdateResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    UpdateAccessModelMetadataByIds, models::AccessModelMetadataBulkUpdateResponse,
    UpdateAccessModelMetadataByIdsError
);
/// The errors of [`UpdateAccessModelMetadataByIds`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type UpdateAccessModelMetadataByIdsError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`AccessModelMetadataApi::update_access_model_metadata_by_query`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateAccessModelMetadataByQuery {
    client: crate::Client,
    body: models::EntitlementAttributeBulkUpdateQueryRequest,
}
impl UpdateAccessModelMetadataByQuery {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/access-model-metadata/bulk-update/query".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
                crate::BASE_PATH,
                path,
            )
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
        Output = runtime::Result<models::AccessModelMetadataBulkUpdateResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    UpdateAccessModelMetadataByQuery, models::AccessModelMetadataBulkUpdateResponse,
    UpdateAccessModelMetadataByQueryError
);
/// The errors of [`UpdateAccessModelMetadataByQuery`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type UpdateAccessModelMetadataByQueryError = crate::errors::Error400_401_403_429_500;

//! Operations tagged `Tagged Objects`.
//!
//! Use this API to implement object tagging functionality.
//! With object tagging functionality in place, any user in an organization can use tags as a way to group objects together and find them more quickly when the user searches Identity Security Cloud.
//!
//! In Identity Security Cloud, users can search their tenants for information and add tags objects they find.
//! Tagging an object provides users with a way of grouping objects together and makes it easier to find these objects in the future.
//!
//! For example, if a user is searching for an entitlement that grants a risky level of access to Active Directory, it's possible that the user may have to search through hundreds of entitlements to find the correct one.
//! Once the user finds that entitlement, the user can add a tag to the entitlement, "AD_RISKY" to make it easier to find the entitlement again.
//! The user can add the same tag to multiple objects the user wants to group together for an easy future search, and the user can also do so in bulk.
//! When the user wants to find that tagged entitlement again, the user can search for "tags:AD_RISKY" to find all objects with that tag.
//!
//! With the API, you can tag even more different object types than you can in Identity Security Cloud (access profiles, entitlements, identities, and roles).
//! You can use the API to tag all these objects:
//!
//! - Access profiles
//!
//! - Applications
//!
//! - Certification campaigns
//!
//! - Entitlements
//!
//! - Identities
//!
//! - Roles
//!
//! - SOD (separation of duties) policies
//!
//! - Sources
//!
//! You can also use the API to directly find, create, and manage tagged objects without using search queries.
//!
//! There are limits to tags:
//!
//! - You can have up to 500 different tags in your tenant.
//!
//! - You can apply up to 30 tags to one object.
//!
//! - You can have up to 10,000 tag associations, pairings of 1 tag to 1 object, in your tenant.
//!
//! Because of these limits, it is recommended that you work with your governance experts and security teams to establish a list of tags that are most expressive of governance objects and access managed by Identity Security Cloud.
//!
//! These are the types of information often expressed in tags:
//!
//! - Affected departments
//!
//! - Compliance and regulatory categories
//!
//! - Remediation urgency levels
//!
//! - Risk levels
//!
//! Refer to [Tagging Items in Search](https://documentation.sailpoint.com/saas/help/search/index.html?h=tags#tagging-items-in-search) for more information about tagging objects in Identity Security Cloud.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `Tagged Objects`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct TaggedObjectsApi {
    client: crate::Client,
}
impl TaggedObjectsApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        TaggedObjectsApi { client }
    }
    /// Delete object tags
    ///
    /// Delete all tags from a tagged object.
    ///
    /// `DELETE /tagged-objects/{type}/{id}` (operation `deleteTaggedObject`).
    ///
    /// Arguments:
    ///
    /// - `type`: The type of object to delete tags from. Example: `"ROLE"`.
    /// - `id`: The ID of the object to delete tags from. Example: `"ef38f94347e94562b5bb8424a56397d8"`.
    pub fn delete_tagged_object(
        &self,
        r#type: models::DeleteTaggedObjectType,
        id: impl Into<String>,
    ) -> DeleteTaggedObject {
        DeleteTaggedObject {
            client: self.client.clone(),
            r#type,
            id: id.into(),
        }
    }
    /// Remove tags from multiple objects
    ///
    /// This API removes tags from multiple objects.
    ///
    /// `POST /tagged-objects/bulk-remove` (operation `deleteTagsToManyObject`).
    ///
    /// Arguments:
    ///
    /// - `body`: Supported object types are ACCESS_PROFILE, APPLICATION, CAMPAIGN, ENTITLEMENT, IDENTITY, ROLE, SOD_POLICY, SOURCE.
    pub fn delete_tags_to_many_object(
        &self,
        body: models::BulkRemoveTaggedObject,
    ) -> DeleteTagsToManyObject {
        DeleteTagsToManyObject {
            client: self.client.clone(),
            body,
        }
    }
    /// Get tagged object
    ///
    /// This gets a tagged object for the specified type.
    ///
    /// `GET /tagged-objects/{type}/{id}` (operation `getTaggedObject`).
    ///
    /// Arguments:
    ///
    /// - `type`: The type of tagged object to retrieve. Example: `"ROLE"`.
    /// - `id`: The ID of the object reference to retrieve. Example: `"ef38f94347e94562b5bb8424a56397d8"`.
    pub fn get_tagged_object(
        &self,
        r#type: models::GetTaggedObjectType,
        id: impl Into<String>,
    ) -> GetTaggedObject {
        GetTaggedObject {
            client: self.client.clone(),
            r#type,
            id: id.into(),
        }
    }
    /// List tagged objects
    ///
    /// This API returns a list of all tagged objects.
    ///
    /// `GET /tagged-objects` (operation `listTaggedObjects`).
    pub fn list_tagged_objects(&self) -> ListTaggedObjects {
        ListTaggedObjects {
            client: self.client.clone(),
            limit: None,
            offset: None,
            count: None,
            filters: None,
        }
    }
    /// List tagged objects by type
    ///
    /// This API returns a list of all tagged objects by type.
    ///
    /// `GET /tagged-objects/{type}` (operation `listTaggedObjectsByType`).
    ///
    /// Arguments:
    ///
    /// - `type`: The type of tagged object to retrieve. Example: `"ROLE"`.
    pub fn list_tagged_objects_by_type(
        &self,
        r#type: models::ListTaggedObjectsByTypeType,
    ) -> ListTaggedObjectsByType {
        ListTaggedObjectsByType {
            client: self.client.clone(),
            r#type,
            limit: None,
            offset: None,
            count: None,
            filters: None,
        }
    }
    /// Update tagged object
    ///
    /// This updates a tagged object for the specified type.
    ///
    /// `PUT /tagged-objects/{type}/{id}` (operation `putTaggedObject`).
    ///
    /// Arguments:
    ///
    /// - `type`: The type of tagged object to update. Example: `"ROLE"`.
    /// - `id`: The ID of the object reference to update. Example: `"ef38f94347e94562b5bb8424a56397d8"`.
    /// - `body`: The request body (`application/json`).
    pub fn put_tagged_object(
        &self,
        r#type: models::PutTaggedObjectType,
        id: impl Into<String>,
        body: models::TaggedObject,
    ) -> PutTaggedObject {
        PutTaggedObject {
            client: self.client.clone(),
            r#type,
            id: id.into(),
            body,
        }
    }
    /// Add tag to object
    ///
    /// This adds a tag to an object.
    ///
    /// `POST /tagged-objects` (operation `setTagToObject`).
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json`).
    pub fn set_tag_to_object(&self, body: models::TaggedObject) -> SetTagToObject {
        SetTagToObject {
            client: self.client.clone(),
            body,
        }
    }
    /// Tag multiple objects
    ///
    /// This API adds tags to multiple objects.
    ///
    /// `POST /tagged-objects/bulk-add` (operation `setTagsToManyObjects`).
    ///
    /// Arguments:
    ///
    /// - `body`: Supported object types are ACCESS_PROFILE, APPLICATION, CAMPAIGN, ENTITLEMENT, IDENTITY, ROLE, SOD_POLICY, SOURCE.
    pub fn set_tags_to_many_objects(
        &self,
        body: models::BulkAddTaggedObject,
    ) -> SetTagsToManyObjects {
        SetTagsToManyObjects {
            client: self.client.clone(),
            body,
        }
    }
}
/// Request builder of [`TaggedObjectsApi::delete_tagged_object`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteTaggedObject {
    client: crate::Client,
    r#type: models::DeleteTaggedObjectType,
    id: String,
}
impl DeleteTaggedObject {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/tagged-objects/",
            &runtime::encode::path_param(&self.r#type, false)?,
            "/",
            &runtime::encode::path_param(&self.id, false)?,
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
runtime::send_methods!(DeleteTaggedObject, (), DeleteTaggedObjectError);
/// The errors of [`DeleteTaggedObject`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type DeleteTaggedObjectError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`TaggedObjectsApi::delete_tags_to_many_object`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteTagsToManyObject {
    client: crate::Client,
    body: models::BulkRemoveTaggedObject,
}
impl DeleteTagsToManyObject {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/tagged-objects/bulk-remove".to_string();
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
runtime::send_methods!(DeleteTagsToManyObject, (), DeleteTagsToManyObjectError);
/// The errors of [`DeleteTagsToManyObject`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type DeleteTagsToManyObjectError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`TaggedObjectsApi::get_tagged_object`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetTaggedObject {
    client: crate::Client,
    r#type: models::GetTaggedObjectType,
    id: String,
}
impl GetTaggedObject {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/tagged-objects/",
            &runtime::encode::path_param(&self.r#type, false)?,
            "/",
            &runtime::encode::path_param(&self.id, false)?,
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
        Output = runtime::Result<models::TaggedObject>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(GetTaggedObject, models::TaggedObject, GetTaggedObjectError);
/// The errors of [`GetTaggedObject`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetTaggedObjectError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`TaggedObjectsApi::list_tagged_objects`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListTaggedObjects {
    client: crate::Client,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    filters: Option<String>,
}
impl ListTaggedObjects {
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
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **objectRef.id**: *eq, in*
    ///
    /// **objectRef.type**: *eq, in*
    ///
    /// **tagName**: *eq, in*
    ///
    /// Example: `"tagName eq \"BU_FINANCE\""`.
    pub fn filters(mut self, value: impl Into<String>) -> Self {
        self.filters = Some(value.into());
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/tagged-objects".to_string();
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
        if let Some(v) = &self.filters {
            req = req.query("filters", v, "form", true)?;
        }
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::TaggedObject>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<'static, runtime::Result<models::TaggedObject>> {
        self.paged(None)
    }
    /// Like [`Self::stream`], ending after at most `max_items` items (the last page asks
    /// only for what is still wanted); the page size stays `limit`.
    pub fn stream_at_most(
        self,
        max_items: u64,
    ) -> runtime::BoxStream<'static, runtime::Result<models::TaggedObject>> {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<'static, runtime::Result<models::TaggedObject>> {
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
    ListTaggedObjects, Vec < models::TaggedObject >, ListTaggedObjectsError
);
/// The errors of [`ListTaggedObjects`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ListTaggedObjectsError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`TaggedObjectsApi::list_tagged_objects_by_type`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListTaggedObjectsByType {
    client: crate::Client,
    r#type: models::ListTaggedObjectsByTypeType,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    filters: Option<String>,
}
impl ListTaggedObjectsByType {
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
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **objectRef.id**: *eq*
    ///
    /// **objectRef.type**: *eq*
    ///
    /// Example: `"objectRef.id eq \"2c91808568c529c60168cca6f90c1313\""`.
    pub fn filters(mut self, value: impl Into<String>) -> Self {
        self.filters = Some(value.into());
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/tagged-objects/",
            &runtime::encode::path_param(&self.r#type, false)?,
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
        if let Some(v) = &self.filters {
            req = req.query("filters", v, "form", true)?;
        }
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::TaggedObject>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<'static, runtime::Result<models::TaggedObject>> {
        self.paged(None)
    }
    /// Like [`Self::stream`], ending after at most `max_items` items (the last page asks
    /// only for what is still wanted); the page size stays `limit`.
    pub fn stream_at_most(
        self,
        max_items: u64,
    ) -> runtime::BoxStream<'static, runtime::Result<models::TaggedObject>> {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<'static, runtime::Result<models::TaggedObject>> {
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
    ListTaggedObjectsByType, Vec < models::TaggedObject >, ListTaggedObjectsByTypeError
);
/// The errors of [`ListTaggedObjectsByType`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ListTaggedObjectsByTypeError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`TaggedObjectsApi::put_tagged_object`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PutTaggedObject {
    client: crate::Client,
    r#type: models::PutTaggedObjectType,
    id: String,
    body: models::TaggedObject,
}
impl PutTaggedObject {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/tagged-objects/",
            &runtime::encode::path_param(&self.r#type, false)?,
            "/",
            &runtime::encode::path_param(&self.id, false)?,
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
        Output = runtime::Result<models::TaggedObject>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(PutTaggedObject, models::TaggedObject, PutTaggedObjectError);
/// The errors of [`PutTaggedObject`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type PutTaggedObjectError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`TaggedObjectsApi::set_tag_to_object`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct SetTagToObject {
    client: crate::Client,
    body: models::TaggedObject,
}
impl SetTagToObject {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/tagged-objects".to_string();
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
runtime::send_methods!(SetTagToObject, (), SetTagToObjectError);
/// The errors of [`SetTagToObject`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type SetTagToObjectError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`TaggedObjectsApi::set_tags_to_many_objects`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct SetTagsToManyObjects {
    client: crate::Client,
    body: models::BulkAddTaggedObject,
}
impl SetTagsToManyObjects {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/tagged-objects/bulk-add".to_string();
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
        Output = runtime::Result<Vec<models::BulkTaggedObjectResponse>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    SetTagsToManyObjects, Vec < models::BulkTaggedObjectResponse >,
    SetTagsToManyObjectsError
);
/// The errors of [`SetTagsToManyObjects`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type SetTagsToManyObjectsError = crate::errors::Error400_401_403_429_500;

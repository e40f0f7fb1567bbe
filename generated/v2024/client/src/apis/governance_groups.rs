//! Operations tagged `Governance Groups`.
//!
//! Use this API to implement and customize Governance Group functionality. With this functionality in place, administrators can create Governance Groups and configure them for use throughout Identity Security Cloud.
//!
//! A governance group is a group of users that can make governance decisions about access. If your organization has the Access Request or Certifications service, you can configure governance groups to review access requests or certifications. A governance group can determine whether specific access is appropriate for a user.
//!
//! Refer to [Creating and Managing Governance Groups](https://documentation.sailpoint.com/saas/help/common/users/governance_groups.html) for more information about how to build Governance Groups in the visual builder in the Identity Security Cloud UI.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `Governance Groups`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct GovernanceGroupsApi {
    client: crate::Client,
}
impl GovernanceGroupsApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        GovernanceGroupsApi { client }
    }
    /// Create a new governance group.
    ///
    /// This API creates a new Governance Group.
    ///
    /// `POST /workgroups` (operation `createWorkgroup`).
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json`).
    pub fn create_workgroup(&self, body: models::WorkgroupDto) -> CreateWorkgroup {
        CreateWorkgroup {
            client: self.client.clone(),
            body,
        }
    }
    /// Delete a governance group
    ///
    /// This API deletes a Governance Group by its ID.
    ///
    /// `DELETE /workgroups/{id}` (operation `deleteWorkgroup`).
    ///
    /// Arguments:
    ///
    /// - `id`: ID of the Governance Group Example: `"2c9180837ca6693d017ca8d097500149"`.
    pub fn delete_workgroup(&self, id: impl Into<String>) -> DeleteWorkgroup {
        DeleteWorkgroup {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Remove members from governance group
    ///
    /// This API removes one or more  members from a Governance Group.  A
    /// >  **Following field of Identity is an optional field in the request.**
    ///
    /// >  **name**
    ///
    /// `POST /workgroups/{workgroupId}/members/bulk-delete` (operation `deleteWorkgroupMembers`).
    ///
    /// Arguments:
    ///
    /// - `workgroup_id`: ID of the Governance Group.
    /// - `body`: List of identities to be removed from a Governance Group members list.
    pub fn delete_workgroup_members(
        &self,
        workgroup_id: impl Into<String>,
        body: Vec<models::UpdateWorkgroupMembersRequestItem>,
    ) -> DeleteWorkgroupMembers {
        DeleteWorkgroupMembers {
            client: self.client.clone(),
            workgroup_id: workgroup_id.into(),
            body,
        }
    }
    /// Delete governance group(s)
    ///
    /// This API initiates a bulk deletion of one or more Governance Groups.
    ///
    /// >  If any of the indicated Governance Groups have one or more connections associated with it,then those Governance Groups will be added in  **inUse** list of the response. Governance Group(s) marked as **inUse** can not be deleted.
    ///
    /// >  If any of the indicated Governance Groups is not does not exists in Organization,then those Governance Groups will be added in **notFound** list of the response. Governance Groups marked as **notFound** will not be deleted.
    ///
    /// >  If any of the indicated Governance Groups does not have any connections associated with it,then those Governance Groups will be added in **deleted** list of the response. A Governance Group marked as **deleted** will be deleted from current Organization.
    ///
    /// >  If the request contains any **inUse** or **notFound** Governance Group IDs then it skips only these Governance Groups for deletion and deletes the rest of Governance Groups which have no connections associated with it.
    ///
    /// >  **This API has limit number of Governance Groups can be deleted at one time. If the request contains more then 100 Governance Groups IDs to be deleted then the API will throw an exception.**
    ///
    /// `POST /workgroups/bulk-delete` (operation `deleteWorkgroupsInBulk`).
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json`).
    pub fn delete_workgroups_in_bulk(
        &self,
        body: models::WorkgroupBulkDeleteRequest,
    ) -> DeleteWorkgroupsInBulk {
        DeleteWorkgroupsInBulk {
            client: self.client.clone(),
            body,
        }
    }
    /// Get governance group by id
    ///
    /// This API returns a Governance Groups by its ID.
    ///
    /// `GET /workgroups/{id}` (operation `getWorkgroup`).
    ///
    /// Arguments:
    ///
    /// - `id`: ID of the Governance Group Example: `"2c9180837ca6693d017ca8d097500149"`.
    pub fn get_workgroup(&self, id: impl Into<String>) -> GetWorkgroup {
        GetWorkgroup {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// List connections for governance group
    ///
    /// This API returns list of connections associated with a Governance Group.
    ///
    /// `GET /workgroups/{workgroupId}/connections` (operation `listConnections`).
    ///
    /// Arguments:
    ///
    /// - `workgroup_id`: ID of the Governance Group.
    pub fn list_connections(&self, workgroup_id: impl Into<String>) -> ListConnections {
        ListConnections {
            client: self.client.clone(),
            workgroup_id: workgroup_id.into(),
            offset: None,
            limit: None,
            count: None,
            sorters: None,
        }
    }
    /// List governance group members
    ///
    /// This API returns list of members associated with a Governance Group.
    ///
    /// `GET /workgroups/{workgroupId}/members` (operation `listWorkgroupMembers`).
    ///
    /// Arguments:
    ///
    /// - `workgroup_id`: ID of the Governance Group.
    pub fn list_workgroup_members(
        &self,
        workgroup_id: impl Into<String>,
    ) -> ListWorkgroupMembers {
        ListWorkgroupMembers {
            client: self.client.clone(),
            workgroup_id: workgroup_id.into(),
            offset: None,
            limit: None,
            count: None,
            sorters: None,
        }
    }
    /// List governance groups
    ///
    /// This API returns list of Governance Groups
    ///
    /// `GET /workgroups` (operation `listWorkgroups`).
    pub fn list_workgroups(&self) -> ListWorkgroups {
        ListWorkgroups {
            client: self.client.clone(),
            offset: None,
            limit: None,
            count: None,
            filters: None,
            sorters: None,
        }
    }
    /// Patch a governance group
    ///
    /// This API updates an existing governance group by ID. The following fields and objects are patchable:
    /// * name
    /// * description
    /// * owner
    ///
    /// `PATCH /workgroups/{id}` (operation `patchWorkgroup`).
    ///
    /// Arguments:
    ///
    /// - `id`: ID of the Governance Group Example: `"2c9180837ca6693d017ca8d097500149"`.
    pub fn patch_workgroup(&self, id: impl Into<String>) -> PatchWorkgroup {
        PatchWorkgroup {
            client: self.client.clone(),
            id: id.into(),
            body: None,
        }
    }
    /// Add members to governance group
    ///
    /// This API adds one or more members to a Governance Group.  A token with API, ORG_ADMIN authority is required to call this API.
    ///
    /// >  **Following field of Identity is an optional field in the request.**
    ///
    /// >  **name**
    ///
    /// `POST /workgroups/{workgroupId}/members/bulk-add` (operation `updateWorkgroupMembers`).
    ///
    /// Arguments:
    ///
    /// - `workgroup_id`: ID of the Governance Group.
    /// - `body`: List of identities to be added to a Governance Group members list.
    pub fn update_workgroup_members(
        &self,
        workgroup_id: impl Into<String>,
        body: Vec<models::UpdateWorkgroupMembersRequestItem>,
    ) -> UpdateWorkgroupMembers {
        UpdateWorkgroupMembers {
            client: self.client.clone(),
            workgroup_id: workgroup_id.into(),
            body,
        }
    }
}
/// Request builder of [`GovernanceGroupsApi::create_workgroup`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateWorkgroup {
    client: crate::Client,
    body: models::WorkgroupDto,
}
impl CreateWorkgroup {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/workgroups".to_string();
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
        Output = runtime::Result<models::WorkgroupDto>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(CreateWorkgroup, models::WorkgroupDto, CreateWorkgroupError);
/// The errors of [`CreateWorkgroup`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type CreateWorkgroupError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`GovernanceGroupsApi::delete_workgroup`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteWorkgroup {
    client: crate::Client,
    id: String,
}
impl DeleteWorkgroup {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = ["/workgroups/", &runtime::encode::path_param(&self.id, false)?]
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
runtime::send_methods!(DeleteWorkgroup, (), DeleteWorkgroupError);
/// The errors of [`DeleteWorkgroup`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type DeleteWorkgroupError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`GovernanceGroupsApi::delete_workgroup_members`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteWorkgroupMembers {
    client: crate::Client,
    workgroup_id: String,
    body: Vec<models::UpdateWorkgroupMembersRequestItem>,
}
impl DeleteWorkgroupMembers {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/workgroups/",
            &runtime::encode::path_param(&self.workgroup_id, false)?,
            "/members/bulk-delete",
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
        Output = runtime::Result<Vec<models::WorkgroupMemberDeleteItem>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    DeleteWorkgroupMembers, Vec < models::WorkgroupMemberDeleteItem >,
    DeleteWorkgroupMembersError
);
/// The errors of [`DeleteWorkgroupMembers`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type DeleteWorkgroupMembersError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`GovernanceGroupsApi::delete_workgroups_in_bulk`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteWorkgroupsInBulk {
    client: crate::Client,
    body: models::WorkgroupBulkDeleteRequest,
}
impl DeleteWorkgroupsInBulk {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/workgroups/bulk-delete".to_string();
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
        Output = runtime::Result<Vec<models::WorkgroupDeleteItem>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    DeleteWorkgroupsInBulk, Vec < models::WorkgroupDeleteItem >,
    DeleteWorkgroupsInBulkError
);
/// The errors of [`DeleteWorkgroupsInBulk`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type DeleteWorkgroupsInBulkError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`GovernanceGroupsApi::get_workgroup`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetWorkgroup {
    client: crate::Client,
    id: String,
}
impl GetWorkgroup {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = ["/workgroups/", &runtime::encode::path_param(&self.id, false)?]
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
        Output = runtime::Result<models::WorkgroupDto>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(GetWorkgroup, models::WorkgroupDto, GetWorkgroupError);
/// The errors of [`GetWorkgroup`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetWorkgroupError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`GovernanceGroupsApi::list_connections`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListConnections {
    client: crate::Client,
    workgroup_id: String,
    offset: Option<i32>,
    limit: Option<i32>,
    count: Option<bool>,
    sorters: Option<String>,
}
impl ListConnections {
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
    /// Note that for this API the maximum value for limit is 50.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// Default: `50`.
    ///
    /// Example: `50`.
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
    /// Sorting is supported for the following fields: **name, created, modified**
    ///
    /// Example: `"name,-modified"`.
    pub fn sorters(mut self, value: impl Into<String>) -> Self {
        self.sorters = Some(value.into());
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/workgroups/",
            &runtime::encode::path_param(&self.workgroup_id, false)?,
            "/connections",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
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
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::WorkgroupConnectionDto>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<'static, runtime::Result<models::WorkgroupConnectionDto>> {
        self.paged(None)
    }
    /// Like [`Self::stream`], ending after at most `max_items` items (the last page asks
    /// only for what is still wanted); the page size stays `limit`.
    pub fn stream_at_most(
        self,
        max_items: u64,
    ) -> runtime::BoxStream<'static, runtime::Result<models::WorkgroupConnectionDto>> {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<'static, runtime::Result<models::WorkgroupConnectionDto>> {
        let paging = runtime::pagination::Paging::new(
                self.limit.and_then(|v| u64::try_from(v).ok()).unwrap_or(50u64),
            )
            .start(self.offset.and_then(|v| u64::try_from(v).ok()).unwrap_or(0))
            .max_page_size(Some(50u64))
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
    ListConnections, Vec < models::WorkgroupConnectionDto >, ListConnectionsError
);
/// The errors of [`ListConnections`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ListConnectionsError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`GovernanceGroupsApi::list_workgroup_members`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListWorkgroupMembers {
    client: crate::Client,
    workgroup_id: String,
    offset: Option<i32>,
    limit: Option<i32>,
    count: Option<bool>,
    sorters: Option<String>,
}
impl ListWorkgroupMembers {
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
    /// Note that for this API the maximum value for limit is 50.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// Default: `50`.
    ///
    /// Example: `50`.
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
    /// Sorting is supported for the following fields: **name, created, modified**
    ///
    /// Example: `"name,-modified"`.
    pub fn sorters(mut self, value: impl Into<String>) -> Self {
        self.sorters = Some(value.into());
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/workgroups/",
            &runtime::encode::path_param(&self.workgroup_id, false)?,
            "/members",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
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
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::ListWorkgroupMembersResponseItem>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<
        'static,
        runtime::Result<models::ListWorkgroupMembersResponseItem>,
    > {
        self.paged(None)
    }
    /// Like [`Self::stream`], ending after at most `max_items` items (the last page asks
    /// only for what is still wanted); the page size stays `limit`.
    pub fn stream_at_most(
        self,
        max_items: u64,
    ) -> runtime::BoxStream<
        'static,
        runtime::Result<models::ListWorkgroupMembersResponseItem>,
    > {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<
        'static,
        runtime::Result<models::ListWorkgroupMembersResponseItem>,
    > {
        let paging = runtime::pagination::Paging::new(
                self.limit.and_then(|v| u64::try_from(v).ok()).unwrap_or(50u64),
            )
            .start(self.offset.and_then(|v| u64::try_from(v).ok()).unwrap_or(0))
            .max_page_size(Some(50u64))
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
    ListWorkgroupMembers, Vec < models::ListWorkgroupMembersResponseItem >,
    ListWorkgroupMembersError
);
/// The errors of [`ListWorkgroupMembers`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ListWorkgroupMembersError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`GovernanceGroupsApi::list_workgroups`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListWorkgroups {
    client: crate::Client,
    offset: Option<i32>,
    limit: Option<i32>,
    count: Option<bool>,
    filters: Option<String>,
    sorters: Option<String>,
}
impl ListWorkgroups {
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
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **id**: *eq, in, sw*
    ///
    /// **name**: *eq, sw, in*
    ///
    /// **memberships.identityId**: *eq, in*
    ///
    /// Example: `"name sw \"Test\""`.
    pub fn filters(mut self, value: impl Into<String>) -> Self {
        self.filters = Some(value.into());
        self
    }
    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **name, created, modified, id, description**
    ///
    /// Example: `"name,-modified"`.
    pub fn sorters(mut self, value: impl Into<String>) -> Self {
        self.sorters = Some(value.into());
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/workgroups".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.offset {
            req = req.query("offset", v, "form", true)?;
        }
        if let Some(v) = &self.limit {
            req = req.query("limit", v, "form", true)?;
        }
        if let Some(v) = &self.count {
            req = req.query("count", v, "form", true)?;
        }
        if let Some(v) = &self.filters {
            req = req.query("filters", v, "form", true)?;
        }
        if let Some(v) = &self.sorters {
            req = req.query("sorters", v, "form", true)?;
        }
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::WorkgroupDto>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<'static, runtime::Result<models::WorkgroupDto>> {
        self.paged(None)
    }
    /// Like [`Self::stream`], ending after at most `max_items` items (the last page asks
    /// only for what is still wanted); the page size stays `limit`.
    pub fn stream_at_most(
        self,
        max_items: u64,
    ) -> runtime::BoxStream<'static, runtime::Result<models::WorkgroupDto>> {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<'static, runtime::Result<models::WorkgroupDto>> {
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
    ListWorkgroups, Vec < models::WorkgroupDto >, ListWorkgroupsError
);
/// The errors of [`ListWorkgroups`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ListWorkgroupsError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`GovernanceGroupsApi::patch_workgroup`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PatchWorkgroup {
    client: crate::Client,
    id: String,
    body: Option<Vec<models::JsonPatchOperation>>,
}
impl PatchWorkgroup {
    /// The request body (`application/json-patch+json`).
    pub fn body(mut self, value: Vec<models::JsonPatchOperation>) -> Self {
        self.body = Some(value);
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = ["/workgroups/", &runtime::encode::path_param(&self.id, false)?]
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
        Output = runtime::Result<models::WorkgroupDto>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(PatchWorkgroup, models::WorkgroupDto, PatchWorkgroupError);
/// The errors of [`PatchWorkgroup`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type PatchWorkgroupError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`GovernanceGroupsApi::update_workgroup_members`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateWorkgroupMembers {
    client: crate::Client,
    workgroup_id: String,
    body: Vec<models::UpdateWorkgroupMembersRequestItem>,
}
impl UpdateWorkgroupMembers {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/workgroups/",
            &runtime::encode::path_param(&self.workgroup_id, false)?,
            "/members/bulk-add",
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
        Output = runtime::Result<Vec<models::WorkgroupMemberAddItem>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    UpdateWorkgroupMembers, Vec < models::WorkgroupMemberAddItem >,
    UpdateWorkgroupMembersError
);
/// The errors of [`UpdateWorkgroupMembers`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type UpdateWorkgroupMembersError = crate::errors::Error400_401_403_429_500;

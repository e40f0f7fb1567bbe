//! Operations tagged `Work Items`.
//!
//! Use this API to implement work item functionality.
//! With this functionality in place, users can manage their work items (tasks).
//!
//! Work items refer to the tasks users see in Identity Security Cloud's Task Manager.
//! They can see the pending work items they need to complete, as well as the work items they have already completed.
//! Task Manager lists the work items along with the involved sources, identities, accounts, and the timestamp when the work item was created.
//! For example, a user may see a pending 'Create an Account' work item for the identity Fred.Astaire in GitHub for Fred's GitHub account, fred-astaire-sp.
//! Once the user completes the work item, the work item will be listed with his or her other completed work items.
//!
//! To complete work items, users can use their dashboards and select the 'My Tasks' widget.
//! The widget will list any work items they need to complete, and they can select the work item from the list to review its details.
//! When they complete the work item, they can select 'Mark Complete' to add it to their list of completed work items.
//!
//! Refer to [Task Manager](https://documentation.sailpoint.com/saas/user-help/task_manager.html) for more information about work items, including the different types of work items users may need to complete.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `Work Items`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct WorkItemsApi {
    client: crate::Client,
}
impl WorkItemsApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        WorkItemsApi { client }
    }
    /// Approve an approval item
    ///
    /// This API approves an Approval Item. Either an admin, or the owning/current user must make this request.
    ///
    /// `POST /work-items/{id}/approve/{approvalItemId}` (operation `approveApprovalItem`).
    ///
    /// Arguments:
    ///
    /// - `id`: The ID of the work item Example: `"ef38f94347e94562b5bb8424a56397d8"`.
    /// - `approval_item_id`: The ID of the approval item. Example: `"1211bcaa32112bcef6122adb21cef1ac"`.
    pub fn approve_approval_item(
        &self,
        id: impl Into<String>,
        approval_item_id: impl Into<String>,
    ) -> ApproveApprovalItem {
        ApproveApprovalItem {
            client: self.client.clone(),
            id: id.into(),
            approval_item_id: approval_item_id.into(),
        }
    }
    /// Bulk approve approval items
    ///
    /// This API bulk approves Approval Items. Either an admin, or the owning/current user must make this request.
    ///
    /// `POST /work-items/bulk-approve/{id}` (operation `approveApprovalItemsInBulk`).
    ///
    /// Arguments:
    ///
    /// - `id`: The ID of the work item Example: `"ef38f94347e94562b5bb8424a56397d8"`.
    pub fn approve_approval_items_in_bulk(
        &self,
        id: impl Into<String>,
    ) -> ApproveApprovalItemsInBulk {
        ApproveApprovalItemsInBulk {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Complete a work item
    ///
    /// This API completes a work item. Either an admin, or the owning/current user must make this request.
    ///
    /// `POST /work-items/{id}` (operation `completeWorkItem`).
    ///
    /// Arguments:
    ///
    /// - `id`: The ID of the work item Example: `"ef38f94347e94562b5bb8424a56397d8"`.
    pub fn complete_work_item(&self, id: impl Into<String>) -> CompleteWorkItem {
        CompleteWorkItem {
            client: self.client.clone(),
            id: id.into(),
            body: None,
        }
    }
    /// Forward a work item
    ///
    /// This API forwards a work item to a new owner. Either an admin, or the owning/current user must make this request.
    ///
    /// `POST /work-items/{id}/forward` (operation `forwardWorkItem`).
    ///
    /// Arguments:
    ///
    /// - `id`: The ID of the work item Example: `"ef38f94347e94562b5bb8424a56397d8"`.
    /// - `body`: The request body (`application/json`).
    pub fn forward_work_item(
        &self,
        id: impl Into<String>,
        body: models::WorkItemForward,
    ) -> ForwardWorkItem {
        ForwardWorkItem {
            client: self.client.clone(),
            id: id.into(),
            body,
        }
    }
    /// Completed work items
    ///
    /// This gets a collection of completed work items belonging to either the specified user(admin required), or the current user.
    ///
    /// `GET /work-items/completed` (operation `getCompletedWorkItems`).
    pub fn get_completed_work_items(&self) -> GetCompletedWorkItems {
        GetCompletedWorkItems {
            client: self.client.clone(),
            owner_id: None,
            limit: None,
            offset: None,
            count: None,
        }
    }
    /// Count completed work items
    ///
    /// This gets a count of completed work items belonging to either the specified user(admin required), or the current user.
    ///
    /// `GET /work-items/completed/count` (operation `getCountCompletedWorkItems`).
    pub fn get_count_completed_work_items(&self) -> GetCountCompletedWorkItems {
        GetCountCompletedWorkItems {
            client: self.client.clone(),
            owner_id: None,
        }
    }
    /// Count work items
    ///
    /// This gets a count of work items belonging to either the specified user(admin required), or the current user.
    ///
    /// `GET /work-items/count` (operation `getCountWorkItems`).
    pub fn get_count_work_items(&self) -> GetCountWorkItems {
        GetCountWorkItems {
            client: self.client.clone(),
            owner_id: None,
        }
    }
    /// Get a work item
    ///
    /// This gets the details of a Work Item belonging to either the specified user(admin required), or the current user.
    ///
    /// `GET /work-items/{id}` (operation `getWorkItem`).
    ///
    /// Arguments:
    ///
    /// - `id`: ID of the work item. Example: `"2c9180835d191a86015d28455b4a2329"`.
    pub fn get_work_item(&self, id: impl Into<String>) -> GetWorkItem {
        GetWorkItem {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Work items summary
    ///
    /// This gets a summary of work items belonging to either the specified user(admin required), or the current user.
    ///
    /// `GET /work-items/summary` (operation `getWorkItemsSummary`).
    pub fn get_work_items_summary(&self) -> GetWorkItemsSummary {
        GetWorkItemsSummary {
            client: self.client.clone(),
            owner_id: None,
        }
    }
    /// List work items
    ///
    /// This gets a collection of work items belonging to either the specified user(admin required), or the current user.
    ///
    /// `GET /work-items` (operation `listWorkItems`).
    pub fn list_work_items(&self) -> ListWorkItems {
        ListWorkItems {
            client: self.client.clone(),
            limit: None,
            offset: None,
            count: None,
            owner_id: None,
        }
    }
    /// Reject an approval item
    ///
    /// This API rejects an Approval Item. Either an admin, or the owning/current user must make this request.
    ///
    /// `POST /work-items/{id}/reject/{approvalItemId}` (operation `rejectApprovalItem`).
    ///
    /// Arguments:
    ///
    /// - `id`: The ID of the work item Example: `"ef38f94347e94562b5bb8424a56397d8"`.
    /// - `approval_item_id`: The ID of the approval item. Example: `"1211bcaa32112bcef6122adb21cef1ac"`.
    pub fn reject_approval_item(
        &self,
        id: impl Into<String>,
        approval_item_id: impl Into<String>,
    ) -> RejectApprovalItem {
        RejectApprovalItem {
            client: self.client.clone(),
            id: id.into(),
            approval_item_id: approval_item_id.into(),
        }
    }
    /// Bulk reject approval items
    ///
    /// This API bulk rejects Approval Items. Either an admin, or the owning/current user must make this request.
    ///
    /// `POST /work-items/bulk-reject/{id}` (operation `rejectApprovalItemsInBulk`).
    ///
    /// Arguments:
    ///
    /// - `id`: The ID of the work item Example: `"ef38f94347e94562b5bb8424a56397d8"`.
    pub fn reject_approval_items_in_bulk(
        &self,
        id: impl Into<String>,
    ) -> RejectApprovalItemsInBulk {
        RejectApprovalItemsInBulk {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Submit account selections
    ///
    /// This API submits account selections. Either an admin, or the owning/current user must make this request.
    ///
    /// `POST /work-items/{id}/submit-account-selection` (operation `submitAccountSelection`).
    ///
    /// Arguments:
    ///
    /// - `id`: The ID of the work item Example: `"ef38f94347e94562b5bb8424a56397d8"`.
    /// - `body`: Account Selection Data map, keyed on fieldName
    pub fn submit_account_selection(
        &self,
        id: impl Into<String>,
        body: models::serde_json::Value,
    ) -> SubmitAccountSelection {
        SubmitAccountSelection {
            client: self.client.clone(),
            id: id.into(),
            body,
        }
    }
}
/// Request builder of [`WorkItemsApi::approve_approval_item`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ApproveApprovalItem {
    client: crate::Client,
    id: String,
    approval_item_id: String,
}
impl ApproveApprovalItem {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/work-items/",
            &runtime::encode::path_param(&self.id, false)?,
            "/approve/",
            &runtime::encode::path_param(&self.approval_item_id, false)?,
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
        Output = runtime::Result<models::WorkItems>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(ApproveApprovalItem, models::WorkItems, ApproveApprovalItemError);
/// The errors of [`ApproveApprovalItem`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ApproveApprovalItemError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`WorkItemsApi::approve_approval_items_in_bulk`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ApproveApprovalItemsInBulk {
    client: crate::Client,
    id: String,
}
impl ApproveApprovalItemsInBulk {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/work-items/bulk-approve/",
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
        Output = runtime::Result<models::WorkItems>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    ApproveApprovalItemsInBulk, models::WorkItems, ApproveApprovalItemsInBulkError
);
/// The errors of [`ApproveApprovalItemsInBulk`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ApproveApprovalItemsInBulkError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`WorkItemsApi::complete_work_item`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CompleteWorkItem {
    client: crate::Client,
    id: String,
    body: Option<Option<String>>,
}
impl CompleteWorkItem {
    /// Body is the request payload to create form definition request
    pub fn body(mut self, value: Option<String>) -> Self {
        self.body = Some(value);
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = ["/work-items/", &runtime::encode::path_param(&self.id, false)?]
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
            req = req.json(body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::WorkItems>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(CompleteWorkItem, models::WorkItems, CompleteWorkItemError);
/// The errors of [`CompleteWorkItem`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type CompleteWorkItemError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`WorkItemsApi::forward_work_item`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ForwardWorkItem {
    client: crate::Client,
    id: String,
    body: models::WorkItemForward,
}
impl ForwardWorkItem {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/work-items/",
            &runtime::encode::path_param(&self.id, false)?,
            "/forward",
        ]
            .concat();
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
runtime::send_methods!(ForwardWorkItem, (), ForwardWorkItemError);
/// The errors of [`ForwardWorkItem`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ForwardWorkItemError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`WorkItemsApi::get_completed_work_items`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetCompletedWorkItems {
    client: crate::Client,
    owner_id: Option<String>,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
}
impl GetCompletedWorkItems {
    /// The id of the owner of the work item list being requested.  Either an admin, or the owning/current user must make this request.
    ///
    /// Example: `"1211bcaa32112bcef6122adb21cef1ac"`.
    pub fn owner_id(mut self, value: impl Into<String>) -> Self {
        self.owner_id = Some(value.into());
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
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/work-items/completed".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.owner_id {
            req = req.query("ownerId", v, "form", true)?;
        }
        if let Some(v) = &self.limit {
            req = req.query("limit", v, "form", true)?;
        }
        if let Some(v) = &self.offset {
            req = req.query("offset", v, "form", true)?;
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
        Output = runtime::Result<Vec<models::WorkItems>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<'static, runtime::Result<models::WorkItems>> {
        self.paged(None)
    }
    /// Like [`Self::stream`], ending after at most `max_items` items (the last page asks
    /// only for what is still wanted); the page size stays `limit`.
    pub fn stream_at_most(
        self,
        max_items: u64,
    ) -> runtime::BoxStream<'static, runtime::Result<models::WorkItems>> {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<'static, runtime::Result<models::WorkItems>> {
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
    GetCompletedWorkItems, Vec < models::WorkItems >, GetCompletedWorkItemsError
);
/// The errors of [`GetCompletedWorkItems`]: [`crate::errors::Error401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetCompletedWorkItemsError = crate::errors::Error401_403_404_429_500;
/// Request builder of [`WorkItemsApi::get_count_completed_work_items`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetCountCompletedWorkItems {
    client: crate::Client,
    owner_id: Option<String>,
}
impl GetCountCompletedWorkItems {
    /// ID of the work item owner.
    pub fn owner_id(mut self, value: impl Into<String>) -> Self {
        self.owner_id = Some(value.into());
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/work-items/completed/count".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.owner_id {
            req = req.query("ownerId", v, "form", true)?;
        }
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::WorkItemsCount>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetCountCompletedWorkItems, models::WorkItemsCount, GetCountCompletedWorkItemsError
);
/// The errors of [`GetCountCompletedWorkItems`]: [`crate::errors::Error400_403_404`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
pub type GetCountCompletedWorkItemsError = crate::errors::Error400_403_404;
/// Request builder of [`WorkItemsApi::get_count_work_items`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetCountWorkItems {
    client: crate::Client,
    owner_id: Option<String>,
}
impl GetCountWorkItems {
    /// ID of the work item owner.
    ///
    /// Example: `"ef38f94347e94562b5bb8424a56397d8"`.
    pub fn owner_id(mut self, value: impl Into<String>) -> Self {
        self.owner_id = Some(value.into());
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/work-items/count".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.owner_id {
            req = req.query("ownerId", v, "form", true)?;
        }
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::WorkItemsCount>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetCountWorkItems, models::WorkItemsCount, GetCountWorkItemsError
);
/// The errors of [`GetCountWorkItems`]: [`crate::errors::Error401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetCountWorkItemsError = crate::errors::Error401_403_404_429_500;
/// Request builder of [`WorkItemsApi::get_work_item`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetWorkItem {
    client: crate::Client,
    id: String,
}
impl GetWorkItem {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = ["/work-items/", &runtime::encode::path_param(&self.id, false)?]
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
        Output = runtime::Result<models::WorkItems>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(GetWorkItem, models::WorkItems, GetWorkItemError);
/// The errors of [`GetWorkItem`]: [`crate::errors::Error401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetWorkItemError = crate::errors::Error401_403_404_429_500;
/// Request builder of [`WorkItemsApi::get_work_items_summary`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetWorkItemsSummary {
    client: crate::Client,
    owner_id: Option<String>,
}
impl GetWorkItemsSummary {
    /// ID of the work item owner.
    ///
    /// Example: `"1211bcaa32112bcef6122adb21cef1ac"`.
    pub fn owner_id(mut self, value: impl Into<String>) -> Self {
        self.owner_id = Some(value.into());
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/work-items/summary".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.owner_id {
            req = req.query("ownerId", v, "form", true)?;
        }
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::WorkItemsSummary>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetWorkItemsSummary, models::WorkItemsSummary, GetWorkItemsSummaryError
);
/// The errors of [`GetWorkItemsSummary`]: [`crate::errors::Error401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetWorkItemsSummaryError = crate::errors::Error401_403_404_429_500;
/// Request builder of [`WorkItemsApi::list_work_items`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListWorkItems {
    client: crate::Client,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    owner_id: Option<String>,
}
impl ListWorkItems {
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
    /// ID of the work item owner.
    ///
    /// Example: `"1211bcaa32112bcef6122adb21cef1ac"`.
    pub fn owner_id(mut self, value: impl Into<String>) -> Self {
        self.owner_id = Some(value.into());
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/work-items".to_string();
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
        if let Some(v) = &self.owner_id {
            req = req.query("ownerId", v, "form", true)?;
        }
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::WorkItems>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<'static, runtime::Result<models::WorkItems>> {
        self.paged(None)
    }
    /// Like [`Self::stream`], ending after at most `max_items` items (the last page asks
    /// only for what is still wanted); the page size stays `limit`.
    pub fn stream_at_most(
        self,
        max_items: u64,
    ) -> runtime::BoxStream<'static, runtime::Result<models::WorkItems>> {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<'static, runtime::Result<models::WorkItems>> {
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
runtime::send_methods!(ListWorkItems, Vec < models::WorkItems >, ListWorkItemsError);
/// The errors of [`ListWorkItems`]: [`crate::errors::Error401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ListWorkItemsError = crate::errors::Error401_403_404_429_500;
/// Request builder of [`WorkItemsApi::reject_approval_item`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RejectApprovalItem {
    client: crate::Client,
    id: String,
    approval_item_id: String,
}
impl RejectApprovalItem {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/work-items/",
            &runtime::encode::path_param(&self.id, false)?,
            "/reject/",
            &runtime::encode::path_param(&self.approval_item_id, false)?,
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
        Output = runtime::Result<models::WorkItems>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(RejectApprovalItem, models::WorkItems, RejectApprovalItemError);
/// The errors of [`RejectApprovalItem`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type RejectApprovalItemError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`WorkItemsApi::reject_approval_items_in_bulk`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RejectApprovalItemsInBulk {
    client: crate::Client,
    id: String,
}
impl RejectApprovalItemsInBulk {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/work-items/bulk-reject/",
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
        Output = runtime::Result<models::WorkItems>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    RejectApprovalItemsInBulk, models::WorkItems, RejectApprovalItemsInBulkError
);
/// The errors of [`RejectApprovalItemsInBulk`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type RejectApprovalItemsInBulkError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`WorkItemsApi::submit_account_selection`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct SubmitAccountSelection {
    client: crate::Client,
    id: String,
    body: models::serde_json::Value,
}
impl SubmitAccountSelection {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/work-items/",
            &runtime::encode::path_param(&self.id, false)?,
            "/submit-account-selection",
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
        Output = runtime::Result<models::WorkItems>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    SubmitAccountSelection, models::WorkItems, SubmitAccountSelectionError
);
/// The errors of [`SubmitAccountSelection`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type SubmitAccountSelectionError = crate::errors::Error400_401_403_404_429_500;

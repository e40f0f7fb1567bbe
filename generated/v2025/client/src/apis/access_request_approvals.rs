//! Operations tagged `Access Request Approvals`.
//!
//! Use this API to implement and customize access request approval functionality.
//! With this functionality in place, administrators can delegate qualified users to review users' requests for access or managers' requests to revoke team members' access to applications, entitlements, or roles.
//! This enables more qualified users to review access requests and the others to spend their time on other tasks.
//!
//! In Identity Security Cloud, users can request access to applications, entitlements, and roles, and managers can request that team members' access be revoked.
//! For applications and entitlements, administrators can set access profiles to require approval from the access profile owner, the application owner, the source owner, the requesting user's manager, or a governance group for access to be granted or revoked.
//! For roles, administrators can also set roles to allow access requests and require approval from the role owner, the requesting user's manager, or a governance group for access to be granted or revoked.
//! If the administrator designates a governance group as the required approver, any governance group member can approve the requests.
//!
//! When a user submits an access request, Identity Security Cloud sends the first required approver in the queue an email notification, based on the access request configuration's approval and reminder escalation configuration.
//!
//! In Approvals in Identity Security Cloud, required approvers can view pending access requests under the Requested tab and approve or deny them, or the approvers can reassign the requests to different reviewers for approval.
//! If the required approver approves the request and is the only reviewer required, Identity Security Cloud grants or revokes access, based on the request.
//! If multiple reviewers are required, Identity Security Cloud sends the request to the next reviewer in the queue, based on the access request configuration's approval reminder and escalation configuration.
//! The required approver can then view any completed access requests under the Reviewed tab.
//!
//! Refer to [Access Requests](https://documentation.sailpoint.com/saas/help/requests/index.html) for more information about access request approvals.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `Access Request Approvals`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct AccessRequestApprovalsApi {
    client: crate::Client,
}
impl AccessRequestApprovalsApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        AccessRequestApprovalsApi {
            client,
        }
    }
    /// Approve access request approval
    ///
    /// Use this endpoint to approve an access request approval. Only the owner of the approval and ORG_ADMIN users are allowed to perform this action.
    ///
    /// `POST /access-request-approvals/{approvalId}/approve` (operation `approveAccessRequest`).
    ///
    /// Arguments:
    ///
    /// - `approval_id`: Approval ID. Example: `"2c91808b7294bea301729568c68c002e"`.
    pub fn approve_access_request(
        &self,
        approval_id: impl Into<String>,
    ) -> ApproveAccessRequest {
        ApproveAccessRequest {
            client: self.client.clone(),
            approval_id: approval_id.into(),
            body: None,
        }
    }
    /// Forward access request approval
    ///
    /// Use this API to forward an access request approval to a new owner. Only the owner of the approval and ORG_ADMIN users are allowed to perform this action. Only the owner of the approval and ORG_ADMIN users are allowed to perform this action.
    ///
    /// `POST /access-request-approvals/{approvalId}/forward` (operation `forwardAccessRequest`).
    ///
    /// Arguments:
    ///
    /// - `approval_id`: Approval ID. Example: `"2c91808b7294bea301729568c68c002e"`.
    /// - `body`: Information about the forwarded approval.
    pub fn forward_access_request(
        &self,
        approval_id: impl Into<String>,
        body: models::ForwardApprovalDto,
    ) -> ForwardAccessRequest {
        ForwardAccessRequest {
            client: self.client.clone(),
            approval_id: approval_id.into(),
            body,
        }
    }
    /// Get access requests approvals number
    ///
    /// Use this API to return the number of pending, approved and rejected access requests approvals. See the "owner-id" query parameter for authorization information. info.
    ///
    /// `GET /access-request-approvals/approval-summary` (operation `getAccessRequestApprovalSummary`).
    pub fn get_access_request_approval_summary(
        &self,
    ) -> GetAccessRequestApprovalSummary {
        GetAccessRequestApprovalSummary {
            client: self.client.clone(),
            owner_id: None,
            from_date: None,
        }
    }
    /// Access request approvers
    ///
    /// This API endpoint returns the list of approvers for the given access request id.
    ///
    /// `GET /access-request-approvals/{accessRequestId}/approvers` (operation `listAccessRequestApprovers`).
    ///
    /// Arguments:
    ///
    /// - `access_request_id`: Access Request ID. Example: `"2c91808568c529c60168cca6f90c1313"`.
    pub fn list_access_request_approvers(
        &self,
        access_request_id: impl Into<String>,
    ) -> ListAccessRequestApprovers {
        ListAccessRequestApprovers {
            client: self.client.clone(),
            access_request_id: access_request_id.into(),
            limit: None,
            offset: None,
            count: None,
        }
    }
    /// Completed access request approvals list
    ///
    /// This endpoint returns list of completed approvals. See *owner-id* query parameter below for authorization info.
    ///
    /// `GET /access-request-approvals/completed` (operation `listCompletedApprovals`).
    pub fn list_completed_approvals(&self) -> ListCompletedApprovals {
        ListCompletedApprovals {
            client: self.client.clone(),
            owner_id: None,
            limit: None,
            offset: None,
            count: None,
            filters: None,
            sorters: None,
        }
    }
    /// Pending access request approvals list
    ///
    /// This endpoint returns a list of pending approvals. See "owner-id" query parameter below for authorization info.
    ///
    /// `GET /access-request-approvals/pending` (operation `listPendingApprovals`).
    pub fn list_pending_approvals(&self) -> ListPendingApprovals {
        ListPendingApprovals {
            client: self.client.clone(),
            owner_id: None,
            limit: None,
            offset: None,
            count: None,
            filters: None,
            sorters: None,
        }
    }
    /// Reject access request approval
    ///
    /// Use this API to reject an access request approval. Only the owner of the approval and admin users are allowed to perform this action.
    ///
    /// `POST /access-request-approvals/{approvalId}/reject` (operation `rejectAccessRequest`).
    ///
    /// Arguments:
    ///
    /// - `approval_id`: Approval ID. Example: `"2c91808b7294bea301729568c68c002e"`.
    /// - `body`: Reviewer's comment.
    pub fn reject_access_request(
        &self,
        approval_id: impl Into<String>,
        body: models::CommentDto,
    ) -> RejectAccessRequest {
        RejectAccessRequest {
            client: self.client.clone(),
            approval_id: approval_id.into(),
            body,
        }
    }
}
/// Request builder of [`AccessRequestApprovalsApi::approve_access_request`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ApproveAccessRequest {
    client: crate::Client,
    approval_id: String,
    body: Option<models::CommentDto>,
}
impl ApproveAccessRequest {
    /// Reviewer's comment.
    pub fn body(mut self, value: models::CommentDto) -> Self {
        self.body = Some(value);
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/access-request-approvals/",
            &runtime::encode::path_param(&self.approval_id, false)?,
            "/approve",
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
            req = req.json(body)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::serde_json::Value>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    ApproveAccessRequest, models::serde_json::Value, ApproveAccessRequestError
);
/// The errors of [`ApproveAccessRequest`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ApproveAccessRequestError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`AccessRequestApprovalsApi::forward_access_request`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ForwardAccessRequest {
    client: crate::Client,
    approval_id: String,
    body: models::ForwardApprovalDto,
}
impl ForwardAccessRequest {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/access-request-approvals/",
            &runtime::encode::path_param(&self.approval_id, false)?,
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
        Output = runtime::Result<models::serde_json::Value>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    ForwardAccessRequest, models::serde_json::Value, ForwardAccessRequestError
);
/// The errors of [`ForwardAccessRequest`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ForwardAccessRequestError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`AccessRequestApprovalsApi::get_access_request_approval_summary`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetAccessRequestApprovalSummary {
    client: crate::Client,
    owner_id: Option<String>,
    from_date: Option<String>,
}
impl GetAccessRequestApprovalSummary {
    /// The ID of the owner or approver identity of the approvals. If present, the value returns approval summary for the specified identity.
    ///    * ORG_ADMIN users can call this with any identity ID value.
    ///    * ORG_ADMIN user can also fetch all the approvals in the org, when
    /// owner-id is not used.
    ///    * Non ORG_ADMIN users can only specify *me* or pass their own
    /// identity ID value.
    ///
    /// Example: `"2c91808568c529c60168cca6f90c1313"`.
    pub fn owner_id(mut self, value: impl Into<String>) -> Self {
        self.owner_id = Some(value.into());
        self
    }
    /// This is the date and time the results will be shown from. It must be in a valid ISO-8601 format.
    ///
    /// Example: `"from-date=2020-03-19T19:59:11Z"`.
    pub fn from_date(mut self, value: impl Into<String>) -> Self {
        self.from_date = Some(value.into());
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/access-request-approvals/approval-summary".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.owner_id {
            req = req.query("owner-id", v, "form", true)?;
        }
        if let Some(v) = &self.from_date {
            req = req.query("from-date", v, "form", true)?;
        }
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::ApprovalSummary>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetAccessRequestApprovalSummary, models::ApprovalSummary,
    GetAccessRequestApprovalSummaryError
);
/// The errors of [`GetAccessRequestApprovalSummary`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the query parameter is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetAccessRequestApprovalSummaryError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`AccessRequestApprovalsApi::list_access_request_approvers`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListAccessRequestApprovers {
    client: crate::Client,
    access_request_id: String,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
}
impl ListAccessRequestApprovers {
    /// Max number of results to return.
    ///
    /// Default: `250`.
    ///
    /// Example: `100`.
    pub fn limit(mut self, value: i32) -> Self {
        self.limit = Some(value);
        self
    }
    /// Offset into the full result set. Usually specified with *limit* to paginate through the results. Defaults to 0 if not specified.
    ///
    /// Example: `10`.
    pub fn offset(mut self, value: i32) -> Self {
        self.offset = Some(value);
        self
    }
    /// If this is true, the *X-Total-Count* response header populates with the number of results that would be returned if limit and offset were ignored.
    ///
    /// Default: `false`.
    ///
    /// Example: `false`.
    pub fn count(mut self, value: bool) -> Self {
        self.count = Some(value);
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/access-request-approvals/",
            &runtime::encode::path_param(&self.access_request_id, false)?,
            "/approvers",
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
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::AccessRequestApproversListResponse>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<
        'static,
        runtime::Result<models::AccessRequestApproversListResponse>,
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
        runtime::Result<models::AccessRequestApproversListResponse>,
    > {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<
        'static,
        runtime::Result<models::AccessRequestApproversListResponse>,
    > {
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
    ListAccessRequestApprovers, Vec < models::AccessRequestApproversListResponse >,
    ListAccessRequestApproversError
);
/// The errors of [`ListAccessRequestApprovers`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ListAccessRequestApproversError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`AccessRequestApprovalsApi::list_completed_approvals`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListCompletedApprovals {
    client: crate::Client,
    owner_id: Option<String>,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    filters: Option<String>,
    sorters: Option<String>,
}
impl ListCompletedApprovals {
    /// If present, the value returns only completed approvals for the specified identity.
    ///    * ORG_ADMIN users can call this with any identity ID value.
    ///    * ORG_ADMIN users can also fetch all the approvals in the org, when
    /// owner-id is not used.
    ///    * Non-ORG_ADMIN users can only specify *me* or pass their own
    /// identity ID value.
    ///
    /// Example: `"2c91808568c529c60168cca6f90c1313"`.
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
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **id**: *eq, in, ge, gt, le, lt, ne, isnull, sw*
    ///
    /// **requestedFor.id**: *eq, in, ge, gt, le, lt, ne, isnull, sw*
    ///
    /// **modified**: *gt, lt, ge, le, eq, in, ne, sw*
    ///
    /// Example: `"id eq \"2c91808568c529c60168cca6f90c1313\""`.
    pub fn filters(mut self, value: impl Into<String>) -> Self {
        self.filters = Some(value.into());
        self
    }
    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **created, modified**
    ///
    /// Example: `"modified"`.
    pub fn sorters(mut self, value: impl Into<String>) -> Self {
        self.sorters = Some(value.into());
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/access-request-approvals/completed".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.owner_id {
            req = req.query("owner-id", v, "form", true)?;
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
        Output = runtime::Result<Vec<models::CompletedApproval>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<'static, runtime::Result<models::CompletedApproval>> {
        self.paged(None)
    }
    /// Like [`Self::stream`], ending after at most `max_items` items (the last page asks
    /// only for what is still wanted); the page size stays `limit`.
    pub fn stream_at_most(
        self,
        max_items: u64,
    ) -> runtime::BoxStream<'static, runtime::Result<models::CompletedApproval>> {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<'static, runtime::Result<models::CompletedApproval>> {
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
    ListCompletedApprovals, Vec < models::CompletedApproval >,
    ListCompletedApprovalsError
);
/// The errors of [`ListCompletedApprovals`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ListCompletedApprovalsError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`AccessRequestApprovalsApi::list_pending_approvals`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListPendingApprovals {
    client: crate::Client,
    owner_id: Option<String>,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    filters: Option<String>,
    sorters: Option<String>,
}
impl ListPendingApprovals {
    /// If present, the value returns only pending approvals for the specified identity.
    ///    * ORG_ADMIN users can call this with any identity ID value.
    ///    * ORG_ADMIN users can also fetch all the approvals in the org, when owner-id is not used.
    ///    * Non-ORG_ADMIN users can only specify *me* or pass their own identity ID value.
    ///
    /// Example: `"2c91808568c529c60168cca6f90c1313"`.
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
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **id**: *eq, in*
    ///
    /// **requestedFor.id**: *eq, in*
    ///
    /// **modified**: *gt, lt, ge, le, eq, in*
    ///
    /// **accessRequestId**: *eq, in*
    ///
    /// **created**: *gt, lt, ge, le, eq, in*
    ///
    /// Example: `"id eq \"2c91808568c529c60168cca6f90c1313\""`.
    pub fn filters(mut self, value: impl Into<String>) -> Self {
        self.filters = Some(value.into());
        self
    }
    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **created, modified**
    ///
    /// Example: `"modified"`.
    pub fn sorters(mut self, value: impl Into<String>) -> Self {
        self.sorters = Some(value.into());
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/access-request-approvals/pending".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.owner_id {
            req = req.query("owner-id", v, "form", true)?;
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
        Output = runtime::Result<Vec<models::PendingApproval>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<'static, runtime::Result<models::PendingApproval>> {
        self.paged(None)
    }
    /// Like [`Self::stream`], ending after at most `max_items` items (the last page asks
    /// only for what is still wanted); the page size stays `limit`.
    pub fn stream_at_most(
        self,
        max_items: u64,
    ) -> runtime::BoxStream<'static, runtime::Result<models::PendingApproval>> {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<'static, runtime::Result<models::PendingApproval>> {
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
    ListPendingApprovals, Vec < models::PendingApproval >, ListPendingApprovalsError
);
/// The errors of [`ListPendingApprovals`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ListPendingApprovalsError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`AccessRequestApprovalsApi::reject_access_request`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RejectAccessRequest {
    client: crate::Client,
    approval_id: String,
    body: models::CommentDto,
}
impl RejectAccessRequest {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/access-request-approvals/",
            &runtime::encode::path_param(&self.approval_id, false)?,
            "/reject",
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
        Output = runtime::Result<models::serde_json::Value>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    RejectAccessRequest, models::serde_json::Value, RejectAccessRequestError
);
/// The errors of [`RejectAccessRequest`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type RejectAccessRequestError = crate::errors::Error400_401_403_404_429_500;

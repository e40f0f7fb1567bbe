//! Operations tagged `Access Requests`.
//!
//! Use this API to implement and customize access request functionality.
//! With this functionality in place, users can request access to applications, entitlements, or roles, and managers can request that team members' access be revoked.
//! This allows users to get access to the tools they need quickly and securely, and it allows managers to take away access to those tools.
//!
//! Identity Security Cloud's Access Request service allows end users to request access that requires approval before it can be granted to users and enables qualified users to review those requests and approve or deny them.
//!
//! In the Request Center in Identity Security Cloud, users can view available applications, roles, and entitlements and request access to them.
//! If the requested tools requires approval, the requests appear as 'Pending' under the My Requests tab until the required approver approves, rejects, or cancels them.
//!
//! Users can use My Requests to track and/or cancel the requests.
//!
//! In My Team on the Identity Security Cloud Home, managers can submit requests to revoke their team members' access.
//! They can use the My Requests tab under Request Center to track and/or cancel the requests.
//!
//! Refer to [Requesting Access](https://documentation.sailpoint.com/saas/user-help/requests/request_center.html) for more information about access requests.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `Access Requests`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct AccessRequestsApi {
    client: crate::Client,
}
impl AccessRequestsApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        AccessRequestsApi { client }
    }
    /// Cancel access request
    ///
    /// This API endpoint cancels a pending access request. An access request can be cancelled only if it has not passed the approval step.
    /// In addition to users with ORG_ADMIN, any user who originally submitted the access request may cancel it.
    ///
    /// `POST /access-requests/cancel` (operation `cancelAccessRequest`).
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json`).
    pub fn cancel_access_request(
        &self,
        body: models::CancelAccessRequest,
    ) -> CancelAccessRequest {
        CancelAccessRequest {
            client: self.client.clone(),
            body,
        }
    }
    /// Submit access request
    ///
    /// Use this API to submit an access request in Identity Security Cloud (ISC), where it follows any ISC approval processes.
    ///
    /// :::info
    /// The ability to request access using this API is constrained by the Access Request Segments defined in the API token's user context.
    /// :::
    ///
    /// Access requests are processed asynchronously by ISC. A successful response from this endpoint means that the request
    /// has been submitted to ISC and is queued for processing. Because this endpoint is asynchronous, it does not return an error
    /// if you submit duplicate access requests in quick succession or submit an access request for access that is already in progress, approved, or rejected.
    ///
    /// It is best practice to check for any existing access requests that reference the same access items before submitting a new access request. This can
    /// be accomplished by using the [List Access Request Status](https://developer.sailpoint.com/idn/api/v3/list-access-request-status) or the [Pending Access Request Approvals](https://developer.sailpoint.com/idn/api/v3/list-pending-approvals) APIs. You can also
    /// use the [Search API](https://developer.sailpoint.com/idn/api/v3/search) to check the existing access items an identity has before submitting
    /// an access request to ensure that you aren't requesting access that is already granted. If you use this API to request access that an identity already has,
    /// without changing the account details or end date information from the existing assignment,
    /// the API will cancel the request as a duplicate.
    ///
    /// There are two types of access request:
    ///
    /// __GRANT_ACCESS__
    /// * Can be requested for multiple identities in a single request.
    /// * Supports self request and request on behalf of other users. Refer to the [Get Access Request Configuration](https://developer.sailpoint.com/idn/api/v3/get-access-request-config) endpoint for request configuration options.
    /// * Allows any authenticated token (except API) to call this endpoint to request to grant access to themselves. Depending on the configuration, a user can request access for others.
    /// * Roles, access profiles and entitlements can be requested.
    /// * You can specify a `startDate` to set or alter a sunrise date-time on an assignment. The startDate must be a future date-time, in the UTC timezone. Additionally, if the user already has the access assigned with a sunrise date and its yet to be provisioned, you can also submit a request without a `startDate` to request immediate provisioning after approval.
    /// * If a `startDate` is specified, then the requested role, access profile, or entitlement will be provisioned on that date and time.
    /// * You can specify a `removeDate` to set or alter a sunset date-time on an assignment. The removeDate must be a future date-time, in the UTC timezone. Additionally, if the user already has the access assigned with a sunset date, you can also submit a request without a `removeDate` to request removal of the sunset date and time.
    /// * If a `removeDate` is specified, then the requested role, access profile, or entitlement will be removed on that date and time.
    /// * Now supports an alternate field 'requestedForWithRequestedItems' for users to specify account selections while requesting items where they have more than one account on the source.
    ///
    /// :::caution
    ///
    /// If any entitlements are being requested, then the maximum number of entitlements that can be requested is 25, and the maximum number of identities that can be requested for is 10. If you exceed these limits, the request will fail with a 400 error. If you are not requesting any entitlements, then there are no limits.
    ///
    /// :::
    ///
    /// __REVOKE_ACCESS__
    /// * Can only be requested for a single identity at a time.
    /// * You cannot use an access request to revoke access from an identity if that access has been granted by role membership or by birthright provisioning.
    /// * Does not support self request. Only manager can request to revoke access for their directly managed employees.
    /// * If a `removeDate` is specified, then the requested role, access profile, or entitlement will be removed on that date and time.
    /// * Roles, access profiles, and entitlements can be requested for revocation.
    /// * Revoke requests for entitlements are limited to 1 entitlement per access request currently.
    /// * You cannot specify a 'startDate' in a REVOKE_ACCESS request, as startDate is only applicable for GRANT_ACCESS requests to indicate when the access should be provisioned, and it does not make sense in the context of revoking access.
    /// * You can specify a `removeDate` to add or alter a sunset date and time on an assignment. The `removeDate` must be a future date-time, in the UTC timezone. If the user already has the access assigned with a sunset date and time, the removeDate must be a date-time earlier than the existing sunset date and time.
    /// * Allows a manager to request to revoke access for direct employees. A user with ORG_ADMIN authority can also request to revoke access from anyone.
    /// * Now supports REVOKE_ACCESS requests for identities with multiple accounts on a single source, with the help of 'assignmentId' and 'nativeIdentity' fields. These fields should be used within the 'requestedItems' section for the revoke requests.
    /// * Usage of 'requestedForWithRequestedItems' field is not supported for revoke requests.
    ///
    /// `POST /access-requests` (operation `createAccessRequest`).
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json`).
    pub fn create_access_request(
        &self,
        body: models::AccessRequest,
    ) -> CreateAccessRequest {
        CreateAccessRequest {
            client: self.client.clone(),
            body,
        }
    }
    /// Get access request configuration
    ///
    /// This endpoint returns the current access-request configuration.
    ///
    /// `GET /access-request-config` (operation `getAccessRequestConfig`).
    #[deprecated]
    pub fn get_access_request_config(&self) -> GetAccessRequestConfig {
        GetAccessRequestConfig {
            client: self.client.clone(),
        }
    }
    /// Access request status
    ///
    /// Use this API to return a list of access request statuses based on the specified query parameters.
    /// If an access request was made for access that an identity already has, the API ignores the access request.  These ignored requests do not display in the list of access request statuses.
    /// Any user with any user level can get the status of their own access requests. A user with ORG_ADMIN is required to call this API to get a list of statuses for other users.
    ///
    /// `GET /access-request-status` (operation `listAccessRequestStatus`).
    pub fn list_access_request_status(&self) -> ListAccessRequestStatus {
        ListAccessRequestStatus {
            client: self.client.clone(),
            requested_for: None,
            requested_by: None,
            regarding_identity: None,
            assigned_to: None,
            count: None,
            limit: None,
            offset: None,
            filters: None,
            sorters: None,
            request_state: None,
        }
    }
    /// Update access request configuration
    ///
    /// This endpoint replaces the current access-request configuration.
    ///
    /// `PUT /access-request-config` (operation `setAccessRequestConfig`).
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json`).
    #[deprecated]
    pub fn set_access_request_config(
        &self,
        body: models::AccessRequestConfig,
    ) -> SetAccessRequestConfig {
        SetAccessRequestConfig {
            client: self.client.clone(),
            body,
        }
    }
}
/// Request builder of [`AccessRequestsApi::cancel_access_request`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CancelAccessRequest {
    client: crate::Client,
    body: models::CancelAccessRequest,
}
impl CancelAccessRequest {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/access-requests/cancel".to_string();
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
    CancelAccessRequest, models::serde_json::Value, CancelAccessRequestError
);
/// The errors of [`CancelAccessRequest`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type CancelAccessRequestError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`AccessRequestsApi::create_access_request`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateAccessRequest {
    client: crate::Client,
    body: models::AccessRequest,
}
impl CreateAccessRequest {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/access-requests".to_string();
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
        Output = runtime::Result<models::AccessRequestResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    CreateAccessRequest, models::AccessRequestResponse, CreateAccessRequestError
);
/// The errors of [`CreateAccessRequest`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type CreateAccessRequestError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`AccessRequestsApi::get_access_request_config`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetAccessRequestConfig {
    client: crate::Client,
}
impl GetAccessRequestConfig {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/access-request-config".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::AccessRequestConfig>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetAccessRequestConfig, models::AccessRequestConfig, GetAccessRequestConfigError
);
/// The errors of [`GetAccessRequestConfig`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetAccessRequestConfigError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`AccessRequestsApi::list_access_request_status`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListAccessRequestStatus {
    client: crate::Client,
    requested_for: Option<String>,
    requested_by: Option<String>,
    regarding_identity: Option<String>,
    assigned_to: Option<String>,
    count: Option<bool>,
    limit: Option<i32>,
    offset: Option<i32>,
    filters: Option<String>,
    sorters: Option<String>,
    request_state: Option<String>,
}
impl ListAccessRequestStatus {
    /// Filter the results by the identity the requests were made for. *me* indicates the current user. Mutually exclusive with *regarding-identity*.
    ///
    /// Example: `"2c9180877b2b6ea4017b2c545f971429"`.
    pub fn requested_for(mut self, value: impl Into<String>) -> Self {
        self.requested_for = Some(value.into());
        self
    }
    /// Filter the results by the identity who made the requests. *me* indicates the current user. Mutually exclusive with *regarding-identity*.
    ///
    /// Example: `"2c9180877b2b6ea4017b2c545f971429"`.
    pub fn requested_by(mut self, value: impl Into<String>) -> Self {
        self.requested_by = Some(value.into());
        self
    }
    /// Filter the results by the specified identity who is either the requester or target of the requests. *me* indicates the current user. Mutually exclusive with *requested-for* and *requested-by*.
    ///
    /// Example: `"2c9180877b2b6ea4017b2c545f971429"`.
    pub fn regarding_identity(mut self, value: impl Into<String>) -> Self {
        self.regarding_identity = Some(value.into());
        self
    }
    /// Filter the results by the specified identity who is the owner of the Identity Request Work Item. *me* indicates the current user.
    ///
    /// Example: `"2c9180877b2b6ea4017b2c545f971429"`.
    pub fn assigned_to(mut self, value: impl Into<String>) -> Self {
        self.assigned_to = Some(value.into());
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
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **accessRequestId**: *eq, ge, gt, le, lt, ne, in, sw*
    ///
    /// **accountActivityItemId**: *eq, in, ge, gt, le, ne, sw*
    ///
    /// **created**: *eq, ge, gt, le, lt, ne*
    ///
    /// Example: `"accountActivityItemId eq \"2c918086771c86df0177401efcdf54c0\""`.
    pub fn filters(mut self, value: impl Into<String>) -> Self {
        self.filters = Some(value.into());
        self
    }
    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **created, modified, accountActivityItemId, name**
    ///
    /// Example: `"created"`.
    pub fn sorters(mut self, value: impl Into<String>) -> Self {
        self.sorters = Some(value.into());
        self
    }
    /// Filter the results by the state of the request. The only valid value is *EXECUTING*.
    ///
    /// Example: `"request-state=EXECUTING"`.
    pub fn request_state(mut self, value: impl Into<String>) -> Self {
        self.request_state = Some(value.into());
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/access-request-status".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.requested_for {
            req = req.query("requested-for", v, "form", true)?;
        }
        if let Some(v) = &self.requested_by {
            req = req.query("requested-by", v, "form", true)?;
        }
        if let Some(v) = &self.regarding_identity {
            req = req.query("regarding-identity", v, "form", true)?;
        }
        if let Some(v) = &self.assigned_to {
            req = req.query("assigned-to", v, "form", true)?;
        }
        if let Some(v) = &self.count {
            req = req.query("count", v, "form", true)?;
        }
        if let Some(v) = &self.limit {
            req = req.query("limit", v, "form", true)?;
        }
        if let Some(v) = &self.offset {
            req = req.query("offset", v, "form", true)?;
        }
        if let Some(v) = &self.filters {
            req = req.query("filters", v, "form", true)?;
        }
        if let Some(v) = &self.sorters {
            req = req.query("sorters", v, "form", true)?;
        }
        if let Some(v) = &self.request_state {
            req = req.query("request-state", v, "form", true)?;
        }
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::RequestedItemStatus>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<'static, runtime::Result<models::RequestedItemStatus>> {
        self.paged(None)
    }
    /// Like [`Self::stream`], ending after at most `max_items` items (the last page asks
    /// only for what is still wanted); the page size stays `limit`.
    pub fn stream_at_most(
        self,
        max_items: u64,
    ) -> runtime::BoxStream<'static, runtime::Result<models::RequestedItemStatus>> {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<'static, runtime::Result<models::RequestedItemStatus>> {
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
    ListAccessRequestStatus, Vec < models::RequestedItemStatus >,
    ListAccessRequestStatusError
);
/// The errors of [`ListAccessRequestStatus`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ListAccessRequestStatusError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`AccessRequestsApi::set_access_request_config`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct SetAccessRequestConfig {
    client: crate::Client,
    body: models::AccessRequestConfig,
}
impl SetAccessRequestConfig {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/access-request-config".to_string();
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
        Output = runtime::Result<models::AccessRequestConfig>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    SetAccessRequestConfig, models::AccessRequestConfig, SetAccessRequestConfigError
);
/// The errors of [`SetAccessRequestConfig`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type SetAccessRequestConfigError = crate::errors::Error400_401_403_429_500;

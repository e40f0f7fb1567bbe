//! Operations tagged `Approvals`.
//!
//! Use this API to implement approval functionality. With this functionality in place, you can get generic approvals and modify them.
//!
//! The main advantages this API has vs [Access Request Approvals](https://developer.sailpoint.com/docs/api/v2025/access-request-approvals) are that you can use it to get generic approvals individually or in batches and make changes to those approvals.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `Approvals`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct ApprovalsApi {
    client: crate::Client,
}
impl ApprovalsApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        ApprovalsApi { client }
    }
    /// Post Approvals Approve
    ///
    /// Approves a specified approval request on behalf of the caller. The approval request must be in a state that allows it to be approved. This endpoint does not support access request IDs.
    /// If called by an admin and the admin is not listed as an approver, the approval request will be reassigned from a random approver to the admin user.
    ///
    /// `POST /generic-approvals/{id}/approve` (operation `approveApproval`).
    ///
    /// Arguments:
    ///
    /// - `id`: Approval ID that correlates to an existing approval request that a user wants to approve. Example: `"38453251-6be2-5f8f-df93-5ce19e295837"`.
    pub fn approve_approval(&self, id: impl Into<String>) -> ApproveApproval {
        ApproveApproval {
            client: self.client.clone(),
            id: id.into(),
            body: None,
        }
    }
    /// Post Bulk Approve Approvals
    ///
    /// Bulk Approves specified approval requests on behalf of the caller
    ///
    /// `POST /generic-approvals/bulk-approve` (operation `approveApprovalInBulk`).
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json`).
    pub fn approve_approval_in_bulk(
        &self,
        body: models::BulkApproveRequestDto,
    ) -> ApproveApprovalInBulk {
        ApproveApprovalInBulk {
            client: self.client.clone(),
            body,
        }
    }
    /// Post Bulk Cancel Approvals
    ///
    /// Bulk cancels specified approval requests on behalf of the caller.
    /// Note: To bulk cancel access request approvals, please use the following:
    /// /access-requests/bulk-cancel
    ///
    /// `POST /generic-approvals/bulk-cancel` (operation `cancelApproval`).
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json`).
    pub fn cancel_approval(&self, body: models::BulkCancelRequestDto) -> CancelApproval {
        CancelApproval {
            client: self.client.clone(),
            body,
        }
    }
    /// Delete Approval Configuration
    ///
    /// Deletes an approval configuration.
    /// Configurations at the APPROVAL_REQUEST scope cannot be deleted.
    ///
    /// `DELETE /generic-approvals/config/{id}/{scope}` (operation `deleteApprovalConfigRequest`).
    ///
    /// Arguments:
    ///
    /// - `id`: The ID defined by the scope field, where id/scope is the following: * `{accountID}`/`ACCOUNT` * `{roleID}`/`ROLE` * `{entitlementID}`/`ENTITLEMENT` * `{accessProfileID}`/`ACCESS_PROFILE` * `{domainObjectID}`/`DOMAIN_OBJECT` * `ENTITLEMENT_DESCRIPTIONS`/`APPROVAL_TYPE` * `ACCESS_REQUEST_APPROVAL`/`APPROVAL_TYPE` * `ACCOUNT_DELETE_APPROVAL_REQUEST`/`APPROVAL_TYPE` * `MACHINE_ACCOUNT_CREATE_APPROVAL_REQUEST`/`APPROVAL_TYPE` * `MACHINE_ACCOUNT_DELETE_APPROVAL_REQUEST`/`APPROVAL_TYPE` * `AGENT_ACTIVATE_APPROVAL`/`APPROVAL_TYPE` * `AGENT_DEACTIVATE_APPROVAL`/`APPROVAL_TYPE` * `{tenantID}`/`TENANT` Replace placeholders such as `{roleID}` with the actual resource ID. Example: `"ACCESS_REQUEST_APPROVAL"`.
    /// - `scope`: The scope that defines the type of id, where id/scope is the following: * `{accountID}`/`ACCOUNT` * `{roleID}`/`ROLE` * `{entitlementID}`/`ENTITLEMENT` * `{accessProfileID}`/`ACCESS_PROFILE` * `{domainObjectID}`/`DOMAIN_OBJECT` * `ENTITLEMENT_DESCRIPTIONS`/`APPROVAL_TYPE` * `ACCESS_REQUEST_APPROVAL`/`APPROVAL_TYPE` * `ACCOUNT_DELETE_APPROVAL_REQUEST`/`APPROVAL_TYPE` * `MACHINE_ACCOUNT_CREATE_APPROVAL_REQUEST`/`APPROVAL_TYPE` * `MACHINE_ACCOUNT_DELETE_APPROVAL_REQUEST`/`APPROVAL_TYPE` * `AGENT_ACTIVATE_APPROVAL`/`APPROVAL_TYPE` * `AGENT_DEACTIVATE_APPROVAL`/`APPROVAL_TYPE` * `{tenantID}`/`TENANT` Replace placeholders such as `{roleID}` with the actual resource ID. Example: `"APPROVAL_TYPE"`.
    pub fn delete_approval_config_request(
        &self,
        id: impl Into<String>,
        scope: models::DeleteApprovalConfigRequestScope,
    ) -> DeleteApprovalConfigRequest {
        DeleteApprovalConfigRequest {
            client: self.client.clone(),
            id: id.into(),
            scope,
        }
    }
    /// Get an approval
    ///
    /// Fetches an approval request by it's approval ID. For lookups by access request ID please use the following:
    /// /generic-approvals?filters=referenceType+eq+"accessRequestId"+and+referenceId+eq+"12345678901234567890123456789012"
    ///
    /// `GET /generic-approvals/{id}` (operation `getApproval`).
    ///
    /// Arguments:
    ///
    /// - `id`: ID of the approval that is to be returned Example: `"38453251-6be2-5f8f-df93-5ce19e295837"`.
    pub fn get_approval(&self, id: impl Into<String>) -> GetApproval {
        GetApproval {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Get approvals
    ///
    /// Gets a list of approvals.
    ///
    /// One of the following query parameters should be present: 'mine', 'approverId', 'requesterId', 'requesteeId'.
    ///
    /// The absence of all query parameters for non admins will default to mine=true (which is the equivalent of 'approverId=\[your_identity_id\]')
    /// while admins will default to mine=false (which will show all approvals in the org).
    ///
    /// For lookups by access request ID please use the following:
    ///
    /// '/generic-approvals?mine=false&filters=referenceType+eq+"accessRequestId"+and+referenceId+eq+"12345678901234567890123456789012"'
    ///
    /// `GET /generic-approvals` (operation `getApprovals`).
    pub fn get_approvals(&self) -> GetApprovals {
        GetApprovals {
            client: self.client.clone(),
            mine: None,
            requester_id: None,
            requestee_id: None,
            approver_id: None,
            count: None,
            count_only: None,
            include_comments: None,
            include_approvers: None,
            include_reassignment_history: None,
            include_batch_info: None,
            filters: None,
            limit: None,
            offset: None,
        }
    }
    /// Get Approval Config
    ///
    /// Retrieves a singular approval configuration that matches the given ID
    ///
    /// `GET /generic-approvals/config/{id}` (operation `getApprovalsConfig`).
    ///
    /// Arguments:
    ///
    /// - `id`: The ID defined by the scope field, where id/scope is the following: * `{accountID}`/`ACCOUNT` * `{roleID}`/`ROLE` * `{entitlementID}`/`ENTITLEMENT` * `{accessProfileID}`/`ACCESS_PROFILE` * `{domainObjectID}`/`DOMAIN_OBJECT` * `ENTITLEMENT_DESCRIPTIONS`/`APPROVAL_TYPE` * `ACCESS_REQUEST_APPROVAL`/`APPROVAL_TYPE` * `ACCOUNT_DELETE_APPROVAL_REQUEST`/`APPROVAL_TYPE` * `MACHINE_ACCOUNT_CREATE_APPROVAL_REQUEST`/`APPROVAL_TYPE` * `MACHINE_ACCOUNT_DELETE_APPROVAL_REQUEST`/`APPROVAL_TYPE` * `AGENT_ACTIVATE_APPROVAL`/`APPROVAL_TYPE` * `AGENT_DEACTIVATE_APPROVAL`/`APPROVAL_TYPE` * `{tenantID}`/`TENANT` Replace placeholders such as `{roleID}` with the actual resource ID. Example: `"ACCESS_REQUEST_APPROVAL"`.
    pub fn get_approvals_config(&self, id: impl Into<String>) -> GetApprovalsConfig {
        GetApprovalsConfig {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Post Bulk Reassign Approvals
    ///
    /// Bulk reassigns specified approval requests on behalf of the caller
    ///
    /// `POST /generic-approvals/bulk-reassign` (operation `moveApproval`).
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json`).
    pub fn move_approval(&self, body: models::BulkReassignRequestDto) -> MoveApproval {
        MoveApproval {
            client: self.client.clone(),
            body,
        }
    }
    /// Put Approval Config
    ///
    /// Upserts a singular approval configuration that matches the given configID and configScope.
    /// For example to update the approval configurations for all Access Request Approvals please use: '/generic-approvals/config/ACCESS_REQUEST_APPROVAL/APPROVAL_TYPE'
    ///
    /// `PUT /generic-approvals/config/{id}/{scope}` (operation `putApprovalsConfig`).
    ///
    /// Arguments:
    ///
    /// - `id`: The ID defined by the scope field, where id/scope is the following: * `{accountID}`/`ACCOUNT` * `{roleID}`/`ROLE` * `{entitlementID}`/`ENTITLEMENT` * `{accessProfileID}`/`ACCESS_PROFILE` * `{domainObjectID}`/`DOMAIN_OBJECT` * `ENTITLEMENT_DESCRIPTIONS`/`APPROVAL_TYPE` * `ACCESS_REQUEST_APPROVAL`/`APPROVAL_TYPE` * `ACCOUNT_DELETE_APPROVAL_REQUEST`/`APPROVAL_TYPE` * `MACHINE_ACCOUNT_CREATE_APPROVAL_REQUEST`/`APPROVAL_TYPE` * `MACHINE_ACCOUNT_DELETE_APPROVAL_REQUEST`/`APPROVAL_TYPE` * `AGENT_ACTIVATE_APPROVAL`/`APPROVAL_TYPE` * `AGENT_DEACTIVATE_APPROVAL`/`APPROVAL_TYPE` * `{tenantID}`/`TENANT` Replace placeholders such as `{roleID}` with the actual resource ID. Example: `"ACCESS_REQUEST_APPROVAL"`.
    /// - `scope`: The scope that defines the type of id, where id/scope is the following: * `{accountID}`/`ACCOUNT` * `{roleID}`/`ROLE` * `{entitlementID}`/`ENTITLEMENT` * `{accessProfileID}`/`ACCESS_PROFILE` * `{domainObjectID}`/`DOMAIN_OBJECT` * `ENTITLEMENT_DESCRIPTIONS`/`APPROVAL_TYPE` * `ACCESS_REQUEST_APPROVAL`/`APPROVAL_TYPE` * `ACCOUNT_DELETE_APPROVAL_REQUEST`/`APPROVAL_TYPE` * `MACHINE_ACCOUNT_CREATE_APPROVAL_REQUEST`/`APPROVAL_TYPE` * `MACHINE_ACCOUNT_DELETE_APPROVAL_REQUEST`/`APPROVAL_TYPE` * `AGENT_ACTIVATE_APPROVAL`/`APPROVAL_TYPE` * `AGENT_DEACTIVATE_APPROVAL`/`APPROVAL_TYPE` * `{tenantID}`/`TENANT` Replace placeholders such as `{roleID}` with the actual resource ID. Example: `"APPROVAL_TYPE"`.
    /// - `body`: The request body (`application/json`).
    pub fn put_approvals_config(
        &self,
        id: impl Into<String>,
        scope: models::PutApprovalsConfigScope,
        body: models::ApprovalConfig,
    ) -> PutApprovalsConfig {
        PutApprovalsConfig {
            client: self.client.clone(),
            id: id.into(),
            scope,
            body,
        }
    }
    /// Post Approvals Reject
    ///
    /// Rejects a specified approval request on behalf of the caller. This endpoint does not support access request IDs.
    /// If called by an admin and the admin is not listed as an approver, the approval request will be reassigned from a random approver to the admin user and approved.
    ///
    /// `POST /generic-approvals/{id}/reject` (operation `rejectApproval`).
    ///
    /// Arguments:
    ///
    /// - `id`: Approval ID that correlates to an existing approval request that a user wants to reject. Example: `"38453251-6be2-5f8f-df93-5ce19e295837"`.
    pub fn reject_approval(&self, id: impl Into<String>) -> RejectApproval {
        RejectApproval {
            client: self.client.clone(),
            id: id.into(),
            body: None,
        }
    }
    /// Post Bulk Reject Approvals
    ///
    /// Bulk reject specified approval requests on behalf of the caller
    ///
    /// `POST /generic-approvals/bulk-reject` (operation `rejectApprovalInBulk`).
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json`).
    pub fn reject_approval_in_bulk(
        &self,
        body: models::BulkRejectRequestDto,
    ) -> RejectApprovalInBulk {
        RejectApprovalInBulk {
            client: self.client.clone(),
            body,
        }
    }
    /// Post Approvals Attributes
    ///
    /// Allows for the edit/addition/removal of the key/value pair additional attributes map for an existing approval request. This endpoint does not support access request IDs.
    ///
    /// `POST /generic-approvals/{id}/attributes` (operation `updateApprovalsAttributes`).
    ///
    /// Arguments:
    ///
    /// - `id`: Approval ID that correlates to an existing approval request that a user wants to change the attributes of. Example: `"38453251-6be2-5f8f-df93-5ce19e295837"`.
    /// - `body`: The request body (`application/json`).
    pub fn update_approvals_attributes(
        &self,
        id: impl Into<String>,
        body: models::ApprovalAttributesRequest,
    ) -> UpdateApprovalsAttributes {
        UpdateApprovalsAttributes {
            client: self.client.clone(),
            id: id.into(),
            body,
        }
    }
    /// Post Approvals Comments
    ///
    /// Adds comments to a specified approval request. This endpoint does not support access request IDs.
    ///
    /// `POST /generic-approvals/{id}/comments` (operation `updateApprovalsComments`).
    ///
    /// Arguments:
    ///
    /// - `id`: Approval ID that correlates to an existing approval request that a user wants to add a comment to. Example: `"38453251-6be2-5f8f-df93-5ce19e295837"`.
    /// - `body`: The request body (`application/json`).
    pub fn update_approvals_comments(
        &self,
        id: impl Into<String>,
        body: models::ApprovalCommentsRequest,
    ) -> UpdateApprovalsComments {
        UpdateApprovalsComments {
            client: self.client.clone(),
            id: id.into(),
            body,
        }
    }
    /// Post Approvals Reassign
    ///
    /// Reassigns an approval request to another identity resulting in that identity being added as an authorized approver. This endpoint does not support access request IDs.
    ///
    /// `POST /generic-approvals/{id}/reassign` (operation `updateApprovalsReassign`).
    ///
    /// Arguments:
    ///
    /// - `id`: Approval ID that correlates to an existing approval request that a user wants to reassign. Example: `"38453251-6be2-5f8f-df93-5ce19e295837"`.
    /// - `body`: The request body (`application/json`).
    pub fn update_approvals_reassign(
        &self,
        id: impl Into<String>,
        body: models::ApprovalReassignRequest,
    ) -> UpdateApprovalsReassign {
        UpdateApprovalsReassign {
            client: self.client.clone(),
            id: id.into(),
            body,
        }
    }
}
/// Request builder of [`ApprovalsApi::approve_approval`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ApproveApproval {
    client: crate::Client,
    id: String,
    body: Option<models::ApprovalApproveRequest>,
}
impl ApproveApproval {
    /// The request body (`application/json`).
    pub fn body(mut self, value: models::ApprovalApproveRequest) -> Self {
        self.body = Some(value);
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/generic-approvals/",
            &runtime::encode::path_param(&self.id, false)?,
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
        Output = runtime::Result<models::Approval>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(ApproveApproval, models::Approval, ApproveApprovalError);
/// The errors of [`ApproveApproval`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ApproveApprovalError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`ApprovalsApi::approve_approval_in_bulk`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ApproveApprovalInBulk {
    client: crate::Client,
    body: models::BulkApproveRequestDto,
}
impl ApproveApprovalInBulk {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/generic-approvals/bulk-approve".to_string();
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
    ApproveApprovalInBulk, models::serde_json::Value, ApproveApprovalInBulkError
);
/// The errors of [`ApproveApprovalInBulk`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ApproveApprovalInBulkError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`ApprovalsApi::cancel_approval`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CancelApproval {
    client: crate::Client,
    body: models::BulkCancelRequestDto,
}
impl CancelApproval {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/generic-approvals/bulk-cancel".to_string();
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
runtime::send_methods!(CancelApproval, models::serde_json::Value, CancelApprovalError);
/// The errors of [`CancelApproval`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type CancelApprovalError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`ApprovalsApi::delete_approval_config_request`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteApprovalConfigRequest {
    client: crate::Client,
    id: String,
    scope: models::DeleteApprovalConfigRequestScope,
}
impl DeleteApprovalConfigRequest {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/generic-approvals/config/",
            &runtime::encode::path_param(&self.id, false)?,
            "/",
            &runtime::encode::path_param(&self.scope, false)?,
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
    DeleteApprovalConfigRequest, (), DeleteApprovalConfigRequestError
);
/// The errors of [`DeleteApprovalConfigRequest`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type DeleteApprovalConfigRequestError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`ApprovalsApi::get_approval`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetApproval {
    client: crate::Client,
    id: String,
}
impl GetApproval {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/generic-approvals/",
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
        Output = runtime::Result<models::Approval>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(GetApproval, models::Approval, GetApprovalError);
/// The errors of [`GetApproval`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetApprovalError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`ApprovalsApi::get_approvals`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetApprovals {
    client: crate::Client,
    mine: Option<bool>,
    requester_id: Option<String>,
    requestee_id: Option<String>,
    approver_id: Option<String>,
    count: Option<bool>,
    count_only: Option<bool>,
    include_comments: Option<bool>,
    include_approvers: Option<bool>,
    include_reassignment_history: Option<bool>,
    include_batch_info: Option<bool>,
    filters: Option<String>,
    limit: Option<i32>,
    offset: Option<i32>,
}
impl GetApprovals {
    /// Determines whether to return the list of approvals assigned to the current caller or all approvals in the org. Defaults to false if admin, true otherwise (which is the equivalent of 'approverId=\[your_identity_id\]').
    ///
    /// Default: `false`.
    ///
    /// Example: `"true"`.
    pub fn mine(mut self, value: bool) -> Self {
        self.mine = Some(value);
        self
    }
    /// Returns the list of approvals for a given requester ID. Must match the calling user's identity ID unless they are an admin.
    ///
    /// Example: `"17e633e7d57e481569df76323169deb6a"`.
    pub fn requester_id(mut self, value: impl Into<String>) -> Self {
        self.requester_id = Some(value.into());
        self
    }
    /// Returns the list of approvals for a given requesteeId ID. Must match the calling user's identity ID unless they are an admin.
    ///
    /// Example: `"27e6334g757e481569df76323169db9sc"`.
    pub fn requestee_id(mut self, value: impl Into<String>) -> Self {
        self.requestee_id = Some(value.into());
        self
    }
    /// Returns the list of approvals for a given approverId ID. Must match the calling user's identity ID unless they are an admin.
    ///
    /// Example: `"37e6334g557e481569df7g2d3169db9sb"`.
    pub fn approver_id(mut self, value: impl Into<String>) -> Self {
        self.approver_id = Some(value.into());
        self
    }
    /// Adds X-Total-Count to the header to give the amount of total approvals returned from the query.
    ///
    /// Default: `false`.
    ///
    /// Example: `"true"`.
    pub fn count(mut self, value: bool) -> Self {
        self.count = Some(value);
        self
    }
    /// Adds X-Total-Count to the header to give the amount of total approvals returned from the query. Only returns the count and no approval objects.
    ///
    /// Default: `false`.
    ///
    /// Example: `"true"`.
    pub fn count_only(mut self, value: bool) -> Self {
        self.count_only = Some(value);
        self
    }
    /// If set to true in the query, the approval requests returned will include comments.
    ///
    /// Default: `false`.
    ///
    /// Example: `"true"`.
    pub fn include_comments(mut self, value: bool) -> Self {
        self.include_comments = Some(value);
        self
    }
    /// If set to true in the query, the approval requests returned will include approvers.
    ///
    /// Default: `false`.
    ///
    /// Example: `"true"`.
    pub fn include_approvers(mut self, value: bool) -> Self {
        self.include_approvers = Some(value);
        self
    }
    /// If set to true in the query, the approval requests returned will include reassignment history.
    ///
    /// Default: `false`.
    ///
    /// Example: `"true"`.
    pub fn include_reassignment_history(mut self, value: bool) -> Self {
        self.include_reassignment_history = Some(value);
        self
    }
    /// If set to true in the query, the approval requests returned will include batch information.
    ///
    /// Default: `false`.
    ///
    /// Example: `"true"`.
    pub fn include_batch_info(mut self, value: bool) -> Self {
        self.include_batch_info = Some(value);
        self
    }
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **status**: *eq, ne, in, co, sw*
    ///
    /// **name**: *eq, ne, in, co, sw*
    ///
    /// **priority**: *eq, ne, in, co, sw*
    ///
    /// **type**: *eq, ne, in, co, sw*
    ///
    /// **medium**: *eq, ne, in, co, sw*
    ///
    /// **description**: *eq, ne, in, co, sw*
    ///
    /// **batchId**: *eq, ne, in, co, sw*
    ///
    /// **createdDate**: *eq, ne, in, co, sw, gt, ge, lt, le*
    ///
    /// **dueDate**: *eq, ne, in, co, sw, gt, ge, lt, le*
    ///
    /// **completedDate**: *eq, ne, in, co, sw, gt, ge, lt, le*
    ///
    /// **search**: *eq, ne, in, co, sw*
    ///
    /// **referenceId**: *eq, ne, in, co, sw*
    ///
    /// **referenceType**: *eq, ne, in, co, sw*
    ///
    /// **referenceName**: *eq, ne, in, co, sw*
    ///
    /// **requestedTargetId**: *eq, ne, in, co, sw*
    ///
    /// **requestedTargetType**: *eq, ne, in, co, sw*
    ///
    /// **requestedTargetName**: *eq, ne, in, co, sw*
    ///
    /// **requestedTargetRequestType**: *eq, ne, in, co, sw*
    ///
    /// **modifiedDate**: *eq, ne, in, co, sw, gt, ge, lt, le*
    ///
    /// **decisionDate**: *eq, ne, in, co, sw, gt, ge, lt, le*
    ///
    /// **approvalId**: *eq, ne, in, co, sw*
    ///
    /// **requesterId**: *eq, ne, in, co, sw*
    ///
    /// **requesteeId**: *eq, ne, in, co, sw*
    ///
    /// **approverId**: *eq, ne, in, co, sw*
    ///
    /// Example: `"filters=status eq \"PENDING\" and type eq \"ACCESS_REQUEST_APPROVAL\""`.
    pub fn filters(mut self, value: impl Into<String>) -> Self {
        self.filters = Some(value.into());
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
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/generic-approvals".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.mine {
            req = req.query("mine", v, "form", true)?;
        }
        if let Some(v) = &self.requester_id {
            req = req.query("requesterId", v, "form", true)?;
        }
        if let Some(v) = &self.requestee_id {
            req = req.query("requesteeId", v, "form", true)?;
        }
        if let Some(v) = &self.approver_id {
            req = req.query("approverId", v, "form", true)?;
        }
        if let Some(v) = &self.count {
            req = req.query("count", v, "form", true)?;
        }
        if let Some(v) = &self.count_only {
            req = req.query("count-only", v, "form", true)?;
        }
        if let Some(v) = &self.include_comments {
            req = req.query("include-comments", v, "form", true)?;
        }
        if let Some(v) = &self.include_approvers {
            req = req.query("include-approvers", v, "form", true)?;
        }
        if let Some(v) = &self.include_reassignment_history {
            req = req.query("include-reassignment-history", v, "form", true)?;
        }
        if let Some(v) = &self.include_batch_info {
            req = req.query("include-batch-info", v, "form", true)?;
        }
        if let Some(v) = &self.filters {
            req = req.query("filters", v, "form", true)?;
        }
        if let Some(v) = &self.limit {
            req = req.query("limit", v, "form", true)?;
        }
        if let Some(v) = &self.offset {
            req = req.query("offset", v, "form", true)?;
        }
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::Approval>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<'static, runtime::Result<models::Approval>> {
        self.paged(None)
    }
    /// Like [`Self::stream`], ending after at most `max_items` items (the last page asks
    /// only for what is still wanted); the page size stays `limit`.
    pub fn stream_at_most(
        self,
        max_items: u64,
    ) -> runtime::BoxStream<'static, runtime::Result<models::Approval>> {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<'static, runtime::Result<models::Approval>> {
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
runtime::send_methods!(GetApprovals, Vec < models::Approval >, GetApprovalsError);
/// The errors of [`GetApprovals`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetApprovalsError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`ApprovalsApi::get_approvals_config`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetApprovalsConfig {
    client: crate::Client,
    id: String,
}
impl GetApprovalsConfig {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/generic-approvals/config/",
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
        Output = runtime::Result<models::ApprovalConfig>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetApprovalsConfig, models::ApprovalConfig, GetApprovalsConfigError
);
/// The errors of [`GetApprovalsConfig`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetApprovalsConfigError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`ApprovalsApi::move_approval`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct MoveApproval {
    client: crate::Client,
    body: models::BulkReassignRequestDto,
}
impl MoveApproval {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/generic-approvals/bulk-reassign".to_string();
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
runtime::send_methods!(MoveApproval, models::serde_json::Value, MoveApprovalError);
/// The errors of [`MoveApproval`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type MoveApprovalError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`ApprovalsApi::put_approvals_config`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PutApprovalsConfig {
    client: crate::Client,
    id: String,
    scope: models::PutApprovalsConfigScope,
    body: models::ApprovalConfig,
}
impl PutApprovalsConfig {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/generic-approvals/config/",
            &runtime::encode::path_param(&self.id, false)?,
            "/",
            &runtime::encode::path_param(&self.scope, false)?,
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
        Output = runtime::Result<models::ApprovalConfig>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    PutApprovalsConfig, models::ApprovalConfig, PutApprovalsConfigError
);
/// The errors of [`PutApprovalsConfig`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type PutApprovalsConfigError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`ApprovalsApi::reject_approval`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RejectApproval {
    client: crate::Client,
    id: String,
    body: Option<models::ApprovalRejectRequest>,
}
impl RejectApproval {
    /// The request body (`application/json`).
    pub fn body(mut self, value: models::ApprovalRejectRequest) -> Self {
        self.body = Some(value);
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/generic-approvals/",
            &runtime::encode::path_param(&self.id, false)?,
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
        if let Some(body) = &self.body {
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
runtime::send_methods!(RejectApproval, (), RejectApprovalError);
/// The errors of [`RejectApproval`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type RejectApprovalError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`ApprovalsApi::reject_approval_in_bulk`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RejectApprovalInBulk {
    client: crate::Client,
    body: models::BulkRejectRequestDto,
}
impl RejectApprovalInBulk {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/generic-approvals/bulk-reject".to_string();
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
    RejectApprovalInBulk, models::serde_json::Value, RejectApprovalInBulkError
);
/// The errors of [`RejectApprovalInBulk`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type RejectApprovalInBulkError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`ApprovalsApi::update_approvals_attributes`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateApprovalsAttributes {
    client: crate::Client,
    id: String,
    body: models::ApprovalAttributesRequest,
}
impl UpdateApprovalsAttributes {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/generic-approvals/",
            &runtime::encode::path_param(&self.id, false)?,
            "/attributes",
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
        Output = runtime::Result<models::Approval>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    UpdateApprovalsAttributes, models::Approval, UpdateApprovalsAttributesError
);
/// The errors of [`UpdateApprovalsAttributes`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type UpdateApprovalsAttributesError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`ApprovalsApi::update_approvals_comments`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateApprovalsComments {
    client: crate::Client,
    id: String,
    body: models::ApprovalCommentsRequest,
}
impl UpdateApprovalsComments {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/generic-approvals/",
            &runtime::encode::path_param(&self.id, false)?,
            "/comments",
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
        Output = runtime::Result<models::Approval>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    UpdateApprovalsComments, models::Approval, UpdateApprovalsCommentsError
);
/// The errors of [`UpdateApprovalsComments`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type UpdateApprovalsCommentsError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`ApprovalsApi::update_approvals_reassign`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateApprovalsReassign {
    client: crate::Client,
    id: String,
    body: models::ApprovalReassignRequest,
}
impl UpdateApprovalsReassign {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/generic-approvals/",
            &runtime::encode::path_param(&self.id, false)?,
            "/reassign",
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
runtime::send_methods!(UpdateApprovalsReassign, (), UpdateApprovalsReassignError);
/// The errors of [`UpdateApprovalsReassign`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type UpdateApprovalsReassignError = crate::errors::Error400_401_403_404_429_500;

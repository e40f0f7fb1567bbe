//! Operations tagged `SOD Policies`.
//!
//! Use this API to implement and manage "separation of duties" (SOD) policies.
//! With SOD policy functionality in place, administrators can organize the access in their tenants to prevent individuals from gaining conflicting or excessive access.
//!
//! "Separation of duties" refers to the concept that people shouldn't have conflicting sets of access - all their access should be configured in a way that protects your organization's assets and data.
//! For example, people who record monetary transactions shouldn't be able to issue payment for those transactions.
//! Any changes to major system configurations should be approved by someone other than the person requesting the change.
//!
//! Organizations can use "separation of duties" (SOD) policies to enforce and track their internal security rules throughout their tenants.
//! These SOD policies limit each user's involvement in important processes and protects the organization from individuals gaining excessive access.
//!
//! To create SOD policies in Identity Security Cloud, administrators use 'Search' and then access 'Policies'.
//! To create a policy, they must configure two lists of access items. Each access item can only be added to one of the two lists.
//! They can search for the entitlements they want to add to these access lists.
//!
//! >Note: You can have a maximum of 500 policies of any type (including general policies) in your organization. In each access-based SOD policy, you can have a maximum of 50 entitlements in each access list.
//!
//! Once a SOD policy is in place, if an identity has access items on both lists, a SOD violation will trigger.
//! These violations are included in SOD violation reports that other users will see in emails at regular intervals if they're subscribed to the SOD policy.
//! The other users can then better help to enforce these SOD policies.
//!
//! To create a subscription to a SOD policy in Identity Security Cloud, administrators use 'Search' and then access 'Layers'.
//! They can create a subscription to the policy and schedule it to run at a regular interval.
//!
//! Refer to [Managing Policies](https://documentation.sailpoint.com/saas/help/sod/manage-policies.html) for more information about SOD policies.
//!
//! Refer to [Subscribe to a SOD Policy](https://documentation.sailpoint.com/saas/help/sod/policy-violations.html#subscribe-to-an-sod-policy) for more information about SOD policy subscriptions.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `SOD Policies`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct SodPoliciesApi {
    client: crate::Client,
}
impl SodPoliciesApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        SodPoliciesApi { client }
    }
    /// Create sod policy
    ///
    /// This creates both General and Conflicting Access Based policy, with a limit of 50 entitlements for each (left & right) criteria for Conflicting Access Based SOD policy.
    /// Requires role of ORG_ADMIN.
    ///
    /// `POST /sod-policies` (operation `createSodPolicy`).
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json`).
    pub fn create_sod_policy(&self, body: models::SodPolicy) -> CreateSodPolicy {
        CreateSodPolicy {
            client: self.client.clone(),
            body,
        }
    }
    /// Delete sod policy by id
    ///
    /// This deletes a specified SOD policy.
    /// Requires role of ORG_ADMIN.
    ///
    /// `DELETE /sod-policies/{id}` (operation `deleteSodPolicy`).
    ///
    /// Arguments:
    ///
    /// - `id`: The ID of the SOD Policy to delete. Example: `"ef38f943-47e9-4562-b5bb-8424a56397d8"`.
    pub fn delete_sod_policy(&self, id: impl Into<String>) -> DeleteSodPolicy {
        DeleteSodPolicy {
            client: self.client.clone(),
            id: id.into(),
            logical: None,
        }
    }
    /// Delete sod policy schedule
    ///
    /// This deletes schedule for a specified SOD policy by ID.
    ///
    /// `DELETE /sod-policies/{id}/schedule` (operation `deleteSodPolicySchedule`).
    ///
    /// Arguments:
    ///
    /// - `id`: The ID of the SOD policy the schedule must be deleted for. Example: `"ef38f943-47e9-4562-b5bb-8424a56397d8"`.
    pub fn delete_sod_policy_schedule(
        &self,
        id: impl Into<String>,
    ) -> DeleteSodPolicySchedule {
        DeleteSodPolicySchedule {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Download custom violation report
    ///
    /// This allows to download a specified named violation report for a given report reference.
    ///
    /// `GET /sod-violation-report/{reportResultId}/download/{fileName}` (operation `getCustomViolationReport`).
    ///
    /// Arguments:
    ///
    /// - `report_result_id`: The ID of the report reference to download. Example: `"ef38f94347e94562b5bb8424a56397d8"`.
    /// - `file_name`: Custom Name for the file. Example: `"custom-name"`.
    pub fn get_custom_violation_report(
        &self,
        report_result_id: impl Into<String>,
        file_name: impl Into<String>,
    ) -> GetCustomViolationReport {
        GetCustomViolationReport {
            client: self.client.clone(),
            report_result_id: report_result_id.into(),
            file_name: file_name.into(),
        }
    }
    /// Download violation report
    ///
    /// This allows to download a violation report for a given report reference.
    ///
    /// `GET /sod-violation-report/{reportResultId}/download` (operation `getDefaultViolationReport`).
    ///
    /// Arguments:
    ///
    /// - `report_result_id`: The ID of the report reference to download. Example: `"ef38f94347e94562b5bb8424a56397d8"`.
    pub fn get_default_violation_report(
        &self,
        report_result_id: impl Into<String>,
    ) -> GetDefaultViolationReport {
        GetDefaultViolationReport {
            client: self.client.clone(),
            report_result_id: report_result_id.into(),
        }
    }
    /// Get multi-report run task status
    ///
    /// This endpoint gets the status for a violation report for all policy run.
    ///
    /// `GET /sod-violation-report` (operation `getSodAllReportRunStatus`).
    pub fn get_sod_all_report_run_status(&self) -> GetSodAllReportRunStatus {
        GetSodAllReportRunStatus {
            client: self.client.clone(),
        }
    }
    /// Get sod policy by id
    ///
    /// This gets specified SOD policy.
    /// Requires role of ORG_ADMIN.
    ///
    /// `GET /sod-policies/{id}` (operation `getSodPolicy`).
    ///
    /// Arguments:
    ///
    /// - `id`: The ID of the SOD Policy to retrieve. Example: `"ef38f943-47e9-4562-b5bb-8424a56397d8"`.
    pub fn get_sod_policy(&self, id: impl Into<String>) -> GetSodPolicy {
        GetSodPolicy {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Get sod policy schedule
    ///
    /// This endpoint gets a specified SOD policy's schedule.
    ///
    /// `GET /sod-policies/{id}/schedule` (operation `getSodPolicySchedule`).
    ///
    /// Arguments:
    ///
    /// - `id`: The ID of the SOD policy schedule to retrieve. Example: `"ef38f943-47e9-4562-b5bb-8424a56397d8"`.
    pub fn get_sod_policy_schedule(
        &self,
        id: impl Into<String>,
    ) -> GetSodPolicySchedule {
        GetSodPolicySchedule {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Get violation report run status
    ///
    /// This gets the status for a violation report run task that has already been invoked.
    ///
    /// `GET /sod-policies/sod-violation-report-status/{reportResultId}` (operation `getSodViolationReportRunStatus`).
    ///
    /// Arguments:
    ///
    /// - `report_result_id`: The ID of the report reference to retrieve. Example: `"2e8d8180-24bc-4d21-91c6-7affdb473b0d"`.
    pub fn get_sod_violation_report_run_status(
        &self,
        report_result_id: impl Into<String>,
    ) -> GetSodViolationReportRunStatus {
        GetSodViolationReportRunStatus {
            client: self.client.clone(),
            report_result_id: report_result_id.into(),
        }
    }
    /// Get sod violation report status
    ///
    /// This gets the status for a violation report run task that has already been invoked.
    ///
    /// `GET /sod-policies/{id}/violation-report` (operation `getSodViolationReportStatus`).
    ///
    /// Arguments:
    ///
    /// - `id`: The ID of the violation report to retrieve status for. Example: `"ef38f943-47e9-4562-b5bb-8424a56397d8"`.
    pub fn get_sod_violation_report_status(
        &self,
        id: impl Into<String>,
    ) -> GetSodViolationReportStatus {
        GetSodViolationReportStatus {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// List sod policies
    ///
    /// This gets list of all SOD policies.
    /// Requires role of ORG_ADMIN
    ///
    /// `GET /sod-policies` (operation `listSodPolicies`).
    pub fn list_sod_policies(&self) -> ListSodPolicies {
        ListSodPolicies {
            client: self.client.clone(),
            limit: None,
            offset: None,
            count: None,
            filters: None,
            sorters: None,
        }
    }
    /// Patch sod policy by id
    ///
    /// Allows updating SOD Policy fields other than \["id","created","creatorId","policyQuery","type"\] using the [JSON Patch](https://tools.ietf.org/html/rfc6902) standard.
    /// Requires role of ORG_ADMIN.
    /// This endpoint can only patch CONFLICTING_ACCESS_BASED type policies. Do not use this endpoint to patch general policies - doing so will build an API exception.
    ///
    /// `PATCH /sod-policies/{id}` (operation `patchSodPolicy`).
    ///
    /// Arguments:
    ///
    /// - `id`: The ID of the SOD policy being modified. Example: `"2c918083-5d19-1a86-015d-28455b4a2329"`.
    /// - `body`: A list of SOD Policy update operations according to the [JSON Patch](https://tools.ietf.org/html/rfc6902) standard. The following fields are patchable: * name * description * ownerRef * externalPolicyReference * compensatingControls * correctionAdvice * state * tags * violationOwnerAssignmentConfig * scheduled * conflictingAccessCriteria
    pub fn patch_sod_policy(
        &self,
        id: impl Into<String>,
        body: Vec<models::JsonPatchOperation>,
    ) -> PatchSodPolicy {
        PatchSodPolicy {
            client: self.client.clone(),
            id: id.into(),
            body,
        }
    }
    /// Update sod policy schedule
    ///
    /// This updates schedule for a specified SOD policy.
    ///
    /// `PUT /sod-policies/{id}/schedule` (operation `putPolicySchedule`).
    ///
    /// Arguments:
    ///
    /// - `id`: The ID of the SOD policy to update its schedule. Example: `"ef38f943-47e9-4562-b5bb-8424a56397d8"`.
    /// - `body`: The request body (`application/json`).
    pub fn put_policy_schedule(
        &self,
        id: impl Into<String>,
        body: models::SodPolicySchedule,
    ) -> PutPolicySchedule {
        PutPolicySchedule {
            client: self.client.clone(),
            id: id.into(),
            body,
        }
    }
    /// Update sod policy by id
    ///
    /// This updates a specified SOD policy.
    /// Requires role of ORG_ADMIN.
    ///
    /// `PUT /sod-policies/{id}` (operation `putSodPolicy`).
    ///
    /// Arguments:
    ///
    /// - `id`: The ID of the SOD policy to update. Example: `"ef38f943-47e9-4562-b5bb-8424a56397d8"`.
    /// - `body`: The request body (`application/json`).
    pub fn put_sod_policy(
        &self,
        id: impl Into<String>,
        body: models::SodPolicy,
    ) -> PutSodPolicy {
        PutSodPolicy {
            client: self.client.clone(),
            id: id.into(),
            body,
        }
    }
    /// Evaluate one policy by id
    ///
    /// Runs the scheduled report for the policy retrieved by passed policy ID.  The report schedule is fetched from the policy retrieved by ID.
    ///
    /// `POST /sod-policies/{id}/evaluate` (operation `startEvaluateSodPolicy`).
    ///
    /// Arguments:
    ///
    /// - `id`: The SOD policy ID to run. Example: `"ef38f943-47e9-4562-b5bb-8424a56397d8"`.
    pub fn start_evaluate_sod_policy(
        &self,
        id: impl Into<String>,
    ) -> StartEvaluateSodPolicy {
        StartEvaluateSodPolicy {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Runs all policies for org
    ///
    /// Runs multi-policy report for the org. If a policy reports more than 5000 violations, the report mentions that the violation limit was exceeded for that policy. If the request is empty, the report runs for all policies. Otherwise, the report runs for only the filtered policy list provided.
    ///
    /// `POST /sod-violation-report/run` (operation `startSodAllPoliciesForOrg`).
    pub fn start_sod_all_policies_for_org(&self) -> StartSodAllPoliciesForOrg {
        StartSodAllPoliciesForOrg {
            client: self.client.clone(),
            body: None,
        }
    }
    /// Runs sod policy violation report
    ///
    /// This invokes processing of violation report for given SOD policy. If the policy reports more than 5000 violations, the report returns with violation limit exceeded message.
    ///
    /// `POST /sod-policies/{id}/violation-report/run` (operation `startSodPolicy`).
    ///
    /// Arguments:
    ///
    /// - `id`: The SOD policy ID to run. Example: `"ef38f943-47e9-4562-b5bb-8424a56397d8"`.
    pub fn start_sod_policy(&self, id: impl Into<String>) -> StartSodPolicy {
        StartSodPolicy {
            client: self.client.clone(),
            id: id.into(),
        }
    }
}
/// Request builder of [`SodPoliciesApi::create_sod_policy`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateSodPolicy {
    client: crate::Client,
    body: models::SodPolicy,
}
impl CreateSodPolicy {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/sod-policies".to_string();
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
        Output = runtime::Result<models::SodPolicy>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(CreateSodPolicy, models::SodPolicy, CreateSodPolicyError);
/// The errors of [`CreateSodPolicy`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type CreateSodPolicyError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`SodPoliciesApi::delete_sod_policy`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteSodPolicy {
    client: crate::Client,
    id: String,
    logical: Option<bool>,
}
impl DeleteSodPolicy {
    /// Indicates whether this is a soft delete (logical true) or a hard delete.  Soft delete marks the policy as deleted and just save it with this status. It could be fully deleted or recovered further.  Hard delete vise versa permanently delete SOD request during this call.
    ///
    /// Default: `true`.
    ///
    /// Example: `true`.
    pub fn logical(mut self, value: bool) -> Self {
        self.logical = Some(value);
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = ["/sod-policies/", &runtime::encode::path_param(&self.id, false)?]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::DELETE,
                crate::BASE_PATH,
                path,
            )
            .product(crate::PRODUCT);
        if let Some(v) = &self.logical {
            req = req.query("logical", v, "form", true)?;
        }
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<Output = runtime::Result<()>> + Send + 'static {
        resp.empty()
    }
}
runtime::send_methods!(DeleteSodPolicy, (), DeleteSodPolicyError);
/// The errors of [`DeleteSodPolicy`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type DeleteSodPolicyError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`SodPoliciesApi::delete_sod_policy_schedule`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteSodPolicySchedule {
    client: crate::Client,
    id: String,
}
impl DeleteSodPolicySchedule {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/sod-policies/",
            &runtime::encode::path_param(&self.id, false)?,
            "/schedule",
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
runtime::send_methods!(DeleteSodPolicySchedule, (), DeleteSodPolicyScheduleError);
/// The errors of [`DeleteSodPolicySchedule`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type DeleteSodPolicyScheduleError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`SodPoliciesApi::get_custom_violation_report`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetCustomViolationReport {
    client: crate::Client,
    report_result_id: String,
    file_name: String,
}
impl GetCustomViolationReport {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/sod-violation-report/",
            &runtime::encode::path_param(&self.report_result_id, false)?,
            "/download/",
            &runtime::encode::path_param(&self.file_name, false)?,
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/zip, application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<runtime::bytes::Bytes>,
    > + Send + 'static {
        resp.bytes()
    }
}
runtime::send_methods!(
    GetCustomViolationReport, runtime::bytes::Bytes, GetCustomViolationReportError
);
/// The errors of [`GetCustomViolationReport`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetCustomViolationReportError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`SodPoliciesApi::get_default_violation_report`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetDefaultViolationReport {
    client: crate::Client,
    report_result_id: String,
}
impl GetDefaultViolationReport {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/sod-violation-report/",
            &runtime::encode::path_param(&self.report_result_id, false)?,
            "/download",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/zip, application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<runtime::bytes::Bytes>,
    > + Send + 'static {
        resp.bytes()
    }
}
runtime::send_methods!(
    GetDefaultViolationReport, runtime::bytes::Bytes, GetDefaultViolationReportError
);
/// The errors of [`GetDefaultViolationReport`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetDefaultViolationReportError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`SodPoliciesApi::get_sod_all_report_run_status`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetSodAllReportRunStatus {
    client: crate::Client,
}
impl GetSodAllReportRunStatus {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/sod-violation-report".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::ReportResultReference>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetSodAllReportRunStatus, models::ReportResultReference,
    GetSodAllReportRunStatusError
);
/// The errors of [`GetSodAllReportRunStatus`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetSodAllReportRunStatusError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`SodPoliciesApi::get_sod_policy`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetSodPolicy {
    client: crate::Client,
    id: String,
}
impl GetSodPolicy {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = ["/sod-policies/", &runtime::encode::path_param(&self.id, false)?]
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
        Output = runtime::Result<models::SodPolicy>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(GetSodPolicy, models::SodPolicy, GetSodPolicyError);
/// The errors of [`GetSodPolicy`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetSodPolicyError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`SodPoliciesApi::get_sod_policy_schedule`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetSodPolicySchedule {
    client: crate::Client,
    id: String,
}
impl GetSodPolicySchedule {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/sod-policies/",
            &runtime::encode::path_param(&self.id, false)?,
            "/schedule",
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
        Output = runtime::Result<models::SodPolicySchedule>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetSodPolicySchedule, models::SodPolicySchedule, GetSodPolicyScheduleError
);
/// The errors of [`GetSodPolicySchedule`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetSodPolicyScheduleError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`SodPoliciesApi::get_sod_violation_report_run_status`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetSodViolationReportRunStatus {
    client: crate::Client,
    report_result_id: String,
}
impl GetSodViolationReportRunStatus {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/sod-policies/sod-violation-report-status/",
            &runtime::encode::path_param(&self.report_result_id, false)?,
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
        Output = runtime::Result<models::ReportResultReference>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetSodViolationReportRunStatus, models::ReportResultReference,
    GetSodViolationReportRunStatusError
);
/// The errors of [`GetSodViolationReportRunStatus`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetSodViolationReportRunStatusError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`SodPoliciesApi::get_sod_violation_report_status`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetSodViolationReportStatus {
    client: crate::Client,
    id: String,
}
impl GetSodViolationReportStatus {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/sod-policies/",
            &runtime::encode::path_param(&self.id, false)?,
            "/violation-report",
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
        Output = runtime::Result<models::ReportResultReference>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetSodViolationReportStatus, models::ReportResultReference,
    GetSodViolationReportStatusError
);
/// The errors of [`GetSodViolationReportStatus`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetSodViolationReportStatusError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`SodPoliciesApi::list_sod_policies`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListSodPolicies {
    client: crate::Client,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    filters: Option<String>,
    sorters: Option<String>,
}
impl ListSodPolicies {
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
    /// **name**: *eq, in*
    ///
    /// **state**: *eq, in*
    ///
    /// Example: `"id eq \"bc693f07e7b645539626c25954c58554\""`.
    pub fn filters(mut self, value: impl Into<String>) -> Self {
        self.filters = Some(value.into());
        self
    }
    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **id, name, created, modified, description**
    ///
    /// Example: `"id,name"`.
    pub fn sorters(mut self, value: impl Into<String>) -> Self {
        self.sorters = Some(value.into());
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/sod-policies".to_string();
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
        if let Some(v) = &self.sorters {
            req = req.query("sorters", v, "form", true)?;
        }
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::SodPolicy>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<'static, runtime::Result<models::SodPolicy>> {
        self.paged(None)
    }
    /// Like [`Self::stream`], ending after at most `max_items` items (the last page asks
    /// only for what is still wanted); the page size stays `limit`.
    pub fn stream_at_most(
        self,
        max_items: u64,
    ) -> runtime::BoxStream<'static, runtime::Result<models::SodPolicy>> {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<'static, runtime::Result<models::SodPolicy>> {
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
runtime::send_methods!(ListSodPolicies, Vec < models::SodPolicy >, ListSodPoliciesError);
/// The errors of [`ListSodPolicies`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ListSodPoliciesError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`SodPoliciesApi::patch_sod_policy`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PatchSodPolicy {
    client: crate::Client,
    id: String,
    body: Vec<models::JsonPatchOperation>,
}
impl PatchSodPolicy {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = ["/sod-policies/", &runtime::encode::path_param(&self.id, false)?]
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
        Output = runtime::Result<models::SodPolicy>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(PatchSodPolicy, models::SodPolicy, PatchSodPolicyError);
/// The errors of [`PatchSodPolicy`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type PatchSodPolicyError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`SodPoliciesApi::put_policy_schedule`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PutPolicySchedule {
    client: crate::Client,
    id: String,
    body: models::SodPolicySchedule,
}
impl PutPolicySchedule {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/sod-policies/",
            &runtime::encode::path_param(&self.id, false)?,
            "/schedule",
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
        Output = runtime::Result<models::SodPolicySchedule>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    PutPolicySchedule, models::SodPolicySchedule, PutPolicyScheduleError
);
/// The errors of [`PutPolicySchedule`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type PutPolicyScheduleError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`SodPoliciesApi::put_sod_policy`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PutSodPolicy {
    client: crate::Client,
    id: String,
    body: models::SodPolicy,
}
impl PutSodPolicy {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = ["/sod-policies/", &runtime::encode::path_param(&self.id, false)?]
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
        Output = runtime::Result<models::SodPolicy>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(PutSodPolicy, models::SodPolicy, PutSodPolicyError);
/// The errors of [`PutSodPolicy`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type PutSodPolicyError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`SodPoliciesApi::start_evaluate_sod_policy`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct StartEvaluateSodPolicy {
    client: crate::Client,
    id: String,
}
impl StartEvaluateSodPolicy {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/sod-policies/",
            &runtime::encode::path_param(&self.id, false)?,
            "/evaluate",
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
        Output = runtime::Result<models::ReportResultReference>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    StartEvaluateSodPolicy, models::ReportResultReference, StartEvaluateSodPolicyError
);
/// The errors of [`StartEvaluateSodPolicy`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type StartEvaluateSodPolicyError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`SodPoliciesApi::start_sod_all_policies_for_org`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct StartSodAllPoliciesForOrg {
    client: crate::Client,
    body: Option<models::MultiPolicyRequest>,
}
impl StartSodAllPoliciesForOrg {
    /// The request body (`application/json`).
    pub fn body(mut self, value: models::MultiPolicyRequest) -> Self {
        self.body = Some(value);
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/sod-violation-report/run".to_string();
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
        Output = runtime::Result<models::ReportResultReference>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    StartSodAllPoliciesForOrg, models::ReportResultReference,
    StartSodAllPoliciesForOrgError
);
/// The errors of [`StartSodAllPoliciesForOrg`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type StartSodAllPoliciesForOrgError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`SodPoliciesApi::start_sod_policy`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct StartSodPolicy {
    client: crate::Client,
    id: String,
}
impl StartSodPolicy {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/sod-policies/",
            &runtime::encode::path_param(&self.id, false)?,
            "/violation-report/run",
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
        Output = runtime::Result<models::ReportResultReference>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    StartSodPolicy, models::ReportResultReference, StartSodPolicyError
);
/// The errors of [`StartSodPolicy`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type StartSodPolicyError = crate::errors::Error400_401_403_404_429_500;

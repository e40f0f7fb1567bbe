//! Operations tagged `Identities`.
//!
//! Use this API to implement identity functionality.
//! With this functionality in place, administrators can synchronize an identity's attributes with its various source attributes.
//!
//! Identity Security Cloud uses identities as users' authoritative accounts. Identities can own other accounts, entitlements, and attributes.
//!
//! An identity has a variety of attributes, such as an account name, an email address, a job title, and more.
//! These identity attributes can be correlated with different attributes on different sources.
//! For example, the identity John.Smith can own an account in the GitHub source with the account name John-Smith-Org, and Identity Security Cloud knows they are the same person with the same access and attributes.
//!
//! In Identity Security Cloud, administrators often set up these synchronizations to get triggered automatically with a change or to run on a schedule.
//! To manually synchronize attributes for an identity, administrators can use the Identities drop-down menu and select Identity List to view the list of identities.
//! They can then select the identity they want to manually synchronize and use the hamburger menu to select 'Synchronize Attributes.'
//! Doing so immediately begins the attribute synchronization and analyzes all accounts for the selected identity.
//!
//! Refer to [Synchronizing Attributes](https://documentation.sailpoint.com/saas/help/provisioning/attr_sync.html) for more information about synchronizing attributes.
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `Identities`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct IdentitiesApi {
    client: crate::Client,
}
impl IdentitiesApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        IdentitiesApi { client }
    }
    /// Delete identity
    ///
    /// The API returns successful response if the requested identity was deleted.
    ///
    /// `DELETE /identities/{id}` (operation `deleteIdentity`).
    ///
    /// Arguments:
    ///
    /// - `id`: Identity Id Example: `"ef38f94347e94562b5bb8424a56397d8"`.
    pub fn delete_identity(&self, id: impl Into<String>) -> DeleteIdentity {
        DeleteIdentity {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Identity details
    ///
    /// This API returns a single identity using the Identity ID.
    ///
    /// `GET /identities/{id}` (operation `getIdentity`).
    ///
    /// Arguments:
    ///
    /// - `id`: Identity Id Example: `"ef38f94347e94562b5bb8424a56397d8"`.
    pub fn get_identity(&self, id: impl Into<String>) -> GetIdentity {
        GetIdentity {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Get ownership details
    ///
    /// Use this API to return an identity's owned objects that will cause problems for deleting the identity.
    /// Use this API as a checklist of objects that you need to reassign to a different identity before you can delete the identity.
    /// For a full list of objects owned by an identity, use the [Search API](https://developer.sailpoint.com/docs/api/v3/search-post/).  When you search for identities, the returned identities have a property, `owns`, that contains a more comprehensive list of identity's owned objects.
    ///
    /// `GET /identities/{identityId}/ownership` (operation `getIdentityOwnershipDetails`).
    ///
    /// Arguments:
    ///
    /// - `identity_id`: Identity ID. Example: `"ff8081814d2a8036014d701f3fbf53fa"`.
    pub fn get_identity_ownership_details(
        &self,
        identity_id: impl Into<String>,
    ) -> GetIdentityOwnershipDetails {
        GetIdentityOwnershipDetails {
            client: self.client.clone(),
            identity_id: identity_id.into(),
        }
    }
    /// Role assignment details
    ///
    /// `GET /identities/{identityId}/role-assignments/{assignmentId}` (operation `getRoleAssignment`).
    ///
    /// Arguments:
    ///
    /// - `identity_id`: Identity Id Example: `"ef38f94347e94562b5bb8424a56397d8"`.
    /// - `assignment_id`: Assignment Id Example: `"1cbb0705b38c4226b1334eadd8874086"`.
    pub fn get_role_assignment(
        &self,
        identity_id: impl Into<String>,
        assignment_id: impl Into<String>,
    ) -> GetRoleAssignment {
        GetRoleAssignment {
            client: self.client.clone(),
            identity_id: identity_id.into(),
            assignment_id: assignment_id.into(),
        }
    }
    /// List role assignments
    ///
    /// This returns either a list of Role Assignments when querying with either a Role Id or Role Name, or a list of Role Assignment References if querying with only identity Id.
    ///
    /// `GET /identities/{identityId}/role-assignments` (operation `getRoleAssignments`).
    ///
    /// Arguments:
    ///
    /// - `identity_id`: Identity Id to get the role assignments for Example: `"ef38f94347e94562b5bb8424a56397d8"`.
    pub fn get_role_assignments(
        &self,
        identity_id: impl Into<String>,
    ) -> GetRoleAssignments {
        GetRoleAssignments {
            client: self.client.clone(),
            identity_id: identity_id.into(),
            role_id: None,
            role_name: None,
        }
    }
    /// List identities
    ///
    /// This API returns a list of identities.
    ///
    /// `GET /identities` (operation `listIdentities`).
    pub fn list_identities(&self) -> ListIdentities {
        ListIdentities {
            client: self.client.clone(),
            filters: None,
            sorters: None,
            default_filter: None,
            count: None,
            limit: None,
            offset: None,
        }
    }
    /// Reset an identity
    ///
    /// Use this endpoint to reset a user's identity if they have forgotten their authentication information like their answers to knowledge-based questions. Resetting an identity de-registers the user and removes any elevated user levels they have.
    ///
    /// `POST /identities/{identityId}/reset` (operation `resetIdentity`).
    ///
    /// Arguments:
    ///
    /// - `identity_id`: Identity Id Example: `"ef38f94347e94562b5bb8424a56397d8"`.
    pub fn reset_identity(&self, identity_id: impl Into<String>) -> ResetIdentity {
        ResetIdentity {
            client: self.client.clone(),
            identity_id: identity_id.into(),
        }
    }
    /// Send password reset email
    ///
    /// This API sends an email with the link to start Password Reset. After selecting the link an identity will be able to set up a new password. Emails expire after 2 hours.
    ///
    /// `POST /identities/{id}/verification/account/send` (operation `sendIdentityVerificationAccountToken`).
    ///
    /// Arguments:
    ///
    /// - `id`: Identity ID Example: `"ef38f94347e94562b5bb8424a56397d8"`.
    /// - `body`: The request body (`application/json`).
    pub fn send_identity_verification_account_token(
        &self,
        id: String,
        body: models::SendAccountVerificationRequest,
    ) -> SendIdentityVerificationAccountToken {
        SendIdentityVerificationAccountToken {
            client: self.client.clone(),
            id,
            body,
        }
    }
    /// Invite identities to register
    ///
    /// This API submits a task for inviting given identities via email to complete registration. The invitation email will include the link. After selecting the link an identity will be able to set up password and log in into the system. Invitations expire after 7 days. By default invitations send to the work identity email. It can be changed in Admin &gt; Identities &gt; Identity Profiles by selecting corresponding profile and editing Invitation Options.
    ///
    /// This task will send an invitation email only for unregistered identities.
    ///
    /// The executed task status can be checked by Task Management &gt; [Get task status by ID](https://developer.sailpoint.com/docs/api/beta/get-task-status).
    ///
    /// `POST /identities/invite` (operation `startIdentitiesInvite`).
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json`).
    pub fn start_identities_invite(
        &self,
        body: models::InviteIdentitiesRequest,
    ) -> StartIdentitiesInvite {
        StartIdentitiesInvite {
            client: self.client.clone(),
            body,
        }
    }
    /// Process a list of identityids
    ///
    /// This operation should not be used to schedule your own identity processing or to perform system wide identity refreshes. The system will use a combination of [event-based processing](https://documentation.sailpoint.com/saas/help/setup/identity_processing.html?h=process#event-based-processing) and [scheduled processing](https://documentation.sailpoint.com/saas/help/setup/identity_processing.html?h=process#scheduled-processing) that runs every day at 8:00 AM and 8:00 PM in the tenant's timezone to keep your identities synchronized.
    ///
    /// This endpoint will perform the following tasks:
    /// 1. Calculate identity attributes, including applying or running any rules or transforms (e.g. calculate Lifecycle State at a point-in-time it's expected to change).
    /// 2. Evaluate role assignments, leading to assignment of new roles and removal of existing roles.
    /// 3. Enforce provisioning for any assigned accesses that haven't been fulfilled (e.g. failure due to source health).
    /// 4. Recalculate manager relationships.
    /// 5. Potentially clean-up identity processing errors, assuming the error has been resolved.
    ///
    /// A token with ORG_ADMIN or HELPDESK authority is required to call this API.
    ///
    /// `POST /identities/process` (operation `startIdentityProcessing`).
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json`).
    pub fn start_identity_processing(
        &self,
        body: models::ProcessIdentitiesRequest,
    ) -> StartIdentityProcessing {
        StartIdentityProcessing {
            client: self.client.clone(),
            body,
        }
    }
    /// Attribute synchronization for single identity.
    ///
    /// This end-point performs attribute synchronization for a selected identity. The endpoint can be called once in 10 seconds per identity. A token with ORG_ADMIN or API authority is required to call this API.
    ///
    /// `POST /identities/{identityId}/synchronize-attributes` (operation `synchronizeAttributesForIdentity`).
    ///
    /// Arguments:
    ///
    /// - `identity_id`: The Identity id
    pub fn synchronize_attributes_for_identity(
        &self,
        identity_id: impl Into<String>,
    ) -> SynchronizeAttributesForIdentity {
        SynchronizeAttributesForIdentity {
            client: self.client.clone(),
            identity_id: identity_id.into(),
        }
    }
}
/// Request builder of [`IdentitiesApi::delete_identity`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteIdentity {
    client: crate::Client,
    id: String,
}
impl DeleteIdentity {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = ["/identities/", &runtime::encode::path_param(&self.id, false)?]
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
runtime::send_methods!(DeleteIdentity, (), DeleteIdentityError);
/// The errors of [`DeleteIdentity`]: one variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer. Converts into `runtime::Error` without losing anything.
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteIdentityError {
    /// HTTP 400: Client Error - Returned if the request is invalid. It may indicate that the specified identity is marked as protected and cannot be deleted.
    BadRequest(Box<runtime::TypedApiError<models::IdentityAssociationDetails>>),
    /// HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
    Unauthorized(Box<runtime::TypedApiError<models::UnauthorizedResponse>>),
    /// HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
    Forbidden(Box<runtime::TypedApiError<models::ErrorResponseDtoV3>>),
    /// HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
    NotFound(Box<runtime::TypedApiError<models::ErrorResponseDtoV3>>),
    /// HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
    TooManyRequests(Box<runtime::TypedApiError<models::TooManyRequestsResponse>>),
    /// HTTP 500: Internal Server Error - Returned if there is an unexpected error.
    InternalServerError(Box<runtime::TypedApiError<models::ErrorResponseDtoV3>>),
    /// An answer the spec does not describe: an undocumented status, or a body that
    /// does not decode as documented.
    Unexpected(Box<runtime::ApiError>),
    /// No answer to decode: transport, timeout, authentication, configuration, or a
    /// success body that does not decode.
    Other(runtime::Error),
}
runtime::operation_error!(
    DeleteIdentityError { 400 => BadRequest, 401 => Unauthorized, 403 => Forbidden, 404
    => NotFound, 429 => TooManyRequests, 500 => InternalServerError }
);
/// Request builder of [`IdentitiesApi::get_identity`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetIdentity {
    client: crate::Client,
    id: String,
}
impl GetIdentity {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = ["/identities/", &runtime::encode::path_param(&self.id, false)?]
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
        Output = runtime::Result<models::IdentityDto>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(GetIdentity, models::IdentityDto, GetIdentityError);
/// The errors of [`GetIdentity`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetIdentityError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`IdentitiesApi::get_identity_ownership_details`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetIdentityOwnershipDetails {
    client: crate::Client,
    identity_id: String,
}
impl GetIdentityOwnershipDetails {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/identities/",
            &runtime::encode::path_param(&self.identity_id, false)?,
            "/ownership",
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
        Output = runtime::Result<models::IdentityOwnershipAssociationDetails>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetIdentityOwnershipDetails, models::IdentityOwnershipAssociationDetails,
    GetIdentityOwnershipDetailsError
);
/// The errors of [`GetIdentityOwnershipDetails`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetIdentityOwnershipDetailsError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`IdentitiesApi::get_role_assignment`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetRoleAssignment {
    client: crate::Client,
    identity_id: String,
    assignment_id: String,
}
impl GetRoleAssignment {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/identities/",
            &runtime::encode::path_param(&self.identity_id, false)?,
            "/role-assignments/",
            &runtime::encode::path_param(&self.assignment_id, false)?,
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
        Output = runtime::Result<models::RoleAssignmentDto>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetRoleAssignment, models::RoleAssignmentDto, GetRoleAssignmentError
);
/// The errors of [`GetRoleAssignment`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetRoleAssignmentError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`IdentitiesApi::get_role_assignments`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetRoleAssignments {
    client: crate::Client,
    identity_id: String,
    role_id: Option<String>,
    role_name: Option<String>,
}
impl GetRoleAssignments {
    /// Role Id to filter the role assignments with
    ///
    /// Example: `"e7697a1e96d04db1ac7b0f4544915d2c"`.
    pub fn role_id(mut self, value: impl Into<String>) -> Self {
        self.role_id = Some(value.into());
        self
    }
    /// Role name to filter the role assignments with
    ///
    /// Example: `"Engineer"`.
    pub fn role_name(mut self, value: impl Into<String>) -> Self {
        self.role_name = Some(value.into());
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/identities/",
            &runtime::encode::path_param(&self.identity_id, false)?,
            "/role-assignments",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.role_id {
            req = req.query("roleId", v, "form", true)?;
        }
        if let Some(v) = &self.role_name {
            req = req.query("roleName", v, "form", true)?;
        }
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::GetRoleAssignmentsResponseItem>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetRoleAssignments, Vec < models::GetRoleAssignmentsResponseItem >,
    GetRoleAssignmentsError
);
/// The errors of [`GetRoleAssignments`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetRoleAssignmentsError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`IdentitiesApi::list_identities`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListIdentities {
    client: crate::Client,
    filters: Option<String>,
    sorters: Option<String>,
    default_filter: Option<models::ListIdentitiesDefaultFilter>,
    count: Option<bool>,
    limit: Option<i32>,
    offset: Option<i32>,
}
impl ListIdentities {
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **id**: *eq, in*
    ///
    /// **name**: *eq, sw*
    ///
    /// **alias**: *eq, sw*
    ///
    /// **firstname**: *eq, sw*
    ///
    /// **lastname**: *eq, sw*
    ///
    /// **email**: *eq, sw*
    ///
    /// **cloudStatus**: *eq*
    ///
    /// **processingState**: *eq*
    ///
    /// **correlated**: *eq*
    ///
    /// **protected**: *eq*
    ///
    /// Example: `"id eq \"6c9079b270a266a60170a2779fcb0006\" or correlated eq false"`.
    pub fn filters(mut self, value: impl Into<String>) -> Self {
        self.filters = Some(value.into());
        self
    }
    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **name, alias, cloudStatus**
    ///
    /// Example: `"name,-cloudStatus"`.
    pub fn sorters(mut self, value: impl Into<String>) -> Self {
        self.sorters = Some(value.into());
        self
    }
    /// Adds additional filter to filters query parameter.
    ///
    /// CORRELATED_ONLY adds correlated=true and returns only identities that are correlated.
    ///
    /// NONE does not add any and returns all identities that satisfy filters query parameter.
    ///
    /// Default: `"CORRELATED_ONLY"`.
    ///
    /// Example: `"NONE"`.
    pub fn default_filter(mut self, value: models::ListIdentitiesDefaultFilter) -> Self {
        self.default_filter = Some(value);
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
        let path = "/identities".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.filters {
            req = req.query("filters", v, "form", true)?;
        }
        if let Some(v) = &self.sorters {
            req = req.query("sorters", v, "form", true)?;
        }
        if let Some(v) = &self.default_filter {
            req = req.query("defaultFilter", v, "form", true)?;
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
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<Vec<models::IdentityDto>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<'static, runtime::Result<models::IdentityDto>> {
        self.paged(None)
    }
    /// Like [`Self::stream`], ending after at most `max_items` items (the last page asks
    /// only for what is still wanted); the page size stays `limit`.
    pub fn stream_at_most(
        self,
        max_items: u64,
    ) -> runtime::BoxStream<'static, runtime::Result<models::IdentityDto>> {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<'static, runtime::Result<models::IdentityDto>> {
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
runtime::send_methods!(ListIdentities, Vec < models::IdentityDto >, ListIdentitiesError);
/// The errors of [`ListIdentities`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ListIdentitiesError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`IdentitiesApi::reset_identity`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ResetIdentity {
    client: crate::Client,
    identity_id: String,
}
impl ResetIdentity {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/identities/",
            &runtime::encode::path_param(&self.identity_id, false)?,
            "/reset",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(
                runtime::Method::POST,
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
runtime::send_methods!(ResetIdentity, (), ResetIdentityError);
/// The errors of [`ResetIdentity`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type ResetIdentityError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`IdentitiesApi::send_identity_verification_account_token`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct SendIdentityVerificationAccountToken {
    client: crate::Client,
    id: String,
    body: models::SendAccountVerificationRequest,
}
impl SendIdentityVerificationAccountToken {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/identities/",
            &runtime::encode::path_param(&self.id, false)?,
            "/verification/account/send",
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
runtime::send_methods!(
    SendIdentityVerificationAccountToken, (), SendIdentityVerificationAccountTokenError
);
/// The errors of [`SendIdentityVerificationAccountToken`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type SendIdentityVerificationAccountTokenError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`IdentitiesApi::start_identities_invite`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct StartIdentitiesInvite {
    client: crate::Client,
    body: models::InviteIdentitiesRequest,
}
impl StartIdentitiesInvite {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/identities/invite".to_string();
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
        Output = runtime::Result<models::TaskStatus>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    StartIdentitiesInvite, models::TaskStatus, StartIdentitiesInviteError
);
/// The errors of [`StartIdentitiesInvite`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type StartIdentitiesInviteError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`IdentitiesApi::start_identity_processing`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct StartIdentityProcessing {
    client: crate::Client,
    body: models::ProcessIdentitiesRequest,
}
impl StartIdentityProcessing {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/identities/process".to_string();
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
        Output = runtime::Result<models::TaskResultResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    StartIdentityProcessing, models::TaskResultResponse, StartIdentityProcessingError
);
/// The errors of [`StartIdentityProcessing`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type StartIdentityProcessingError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`IdentitiesApi::synchronize_attributes_for_identity`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct SynchronizeAttributesForIdentity {
    client: crate::Client,
    identity_id: String,
}
impl SynchronizeAttributesForIdentity {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/identities/",
            &runtime::encode::path_param(&self.identity_id, false)?,
            "/synchronize-attributes",
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
        Output = runtime::Result<models::IdentitySyncJob>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    SynchronizeAttributesForIdentity, models::IdentitySyncJob,
    SynchronizeAttributesForIdentityError
);
/// The errors of [`SynchronizeAttributesForIdentity`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type SynchronizeAttributesForIdentityError = crate::errors::Error400_401_403_404_429_500;

//! Operations tagged `Certification Campaigns`.
//!
//! Use this API to implement certification campaign functionality.
//! With this functionality in place, administrators can create, customize, and manage certification campaigns for their organizations' use.
//! Certification campaigns provide Identity Security Cloud users with an interactive review process they can use to identify and verify access to systems.
//! Campaigns help organizations reduce risk of inappropriate access and satisfy audit requirements.
//!
//! A certification refers to Identity Security Cloud's mechanism for reviewing a user's access to entitlements (sets of permissions) and approving or removing that access.
//! These certifications serve as a way of showing that a user's access has been reviewed and approved.
//! Multiple certifications by different reviewers are often required to approve a user's access.
//! A set of multiple certifications is called a certification campaign.
//!
//! For example, an organization may use a Manager Certification campaign as a way of showing that a user's access has been reviewed and approved by multiple managers.
//! Once this campaign has been completed, Identity Security Cloud would provision all the access the user needs, nothing more.
//!
//! Identity Security Cloud provides two simple campaign types users can create without using search queries, Manager and Source Owner campaigns:
//!
//! You can create these types of campaigns without using any search queries in Identity Security Cloud:
//!
//! - ManagerCampaign: Identity Security Cloud provides this campaign type as a way to ensure that an identity's access is certified by their managers.
//! You only need to provide a name and description to create one.
//!
//! - Source Owner Campaign: Identity Security Cloud provides this campaign type as a way to ensure that an identity's access to a source is certified by its source owners.
//! You only need to provide a name and description to create one.
//! You can specify the sources whose owners you want involved or just run it across all sources.
//!
//! For more information about these campaign types, refer to [Starting a Manager or Source Owner Campaign](https://documentation.sailpoint.com/saas/help/certs/starting_campaign.html).
//!
//! One useful way to create certification campaigns in Identity Security Cloud is to use a specific search and then run a campaign on the results returned by that search.
//! This allows you to be much more specific about whom you are certifying in your campaigns and what access you are certifying in your campaigns.
//! For example, you can search for all identities who are managed by "Amanda.Ross" and also have the access to the "Accounting" role and then run a certification campaign based on that search to ensure that the returned identities are appropriately certified.
//!
//! You can use Identity Security Cloud search queries to create these types of campaigns:
//!
//! - Identities: Use this campaign type to review and revoke access items for specific identities.
//! You can either build a search query and create a campaign certifying all identities returned by that query, or you can search for individual identities and add those identities to the certification campaign.
//!
//! - Access Items: Use this campaign type to review and revoke a set of roles, access profiles, or entitlements from the identities that have them.
//! You can either build a search query and create a campaign certifying all access items returned by that query, or you can search for individual access items and add those items to the certification campaign.
//!
//! - Role Composition: Use this campaign type to review a role's composition, including its title, description, and membership criteria.
//! You can either build a search query and create a campaign certifying all roles returned by that query, or you can search for individual roles and add those roles to the certification campaign.
//!
//! - Uncorrelated Accounts: Use this campaign type to certify source accounts that aren't linked to an authoritative identity in Identity Security Cloud.
//! You can use this campaign type to view all the uncorrelated accounts for a source and certify them.
//!
//! For more information about search-based campaigns, refer to [Starting a Campaign from Search](https://documentation.sailpoint.com/saas/help/certs/starting_search_campaign.html).
//!
//! Once you have generated your campaign, it becomes available for preview.
//! An administrator can review the campaign and make changes, or if it's ready and accurate, activate it.
//!
//! Once the campaign is active, organization administrators or certification administrators can designate other Identity Security Cloud users as certification reviewers.
//! Those reviewers can view any of the certifications they either need to review (active) or have already reviewed (completed).
//!
//! When a certification campaign is in progress, certification reviewers see the listed active certifications whose involved identities they can review.
//! Reviewers can then make decisions to grant or revoke access, as well as reassign the certification to another reviewer. If the reviewer chooses this option, they must provide a reason for reassignment in the form of a comment.
//!
//! Once a reviewer has made decisions on all the certification's involved access items, he or she must "Sign Off" to complete the review process.
//! Doing so converts the certification into read-only status, preventing any further changes to the review decisions and deleting the work item (task) from the reviewer's list of work items.
//!
//! Once all the reviewers have signed off, the certification campaign either completes or, if any reviewers decided to revoke access for any of the involved identities, it moves into a remediation phase.
//! In the remediation phase, identities' entitlements are altered to remove any entitlements marked for revocation.
//! In this situation, the certification campaign completes once all the remediation requests are completed.
//!
//! The end of a certification campaign is determined by its deadline, its completion status, or by an administrator's decision.
//!
//! For more information about certifications and certification campaigns, refer to [Certifications](https://documentation.sailpoint.com/saas/user-help/certs/reviewing/index.html).
#[allow(unused_imports)]
use crate::{models, runtime};
/// Operations tagged `Certification Campaigns`; get it with the client's accessor.
#[derive(Debug, Clone)]
pub struct CertificationCampaignsApi {
    client: crate::Client,
}
impl CertificationCampaignsApi {
    pub(crate) fn new(client: crate::Client) -> Self {
        CertificationCampaignsApi {
            client,
        }
    }
    /// Complete a campaign
    ///
    /// :::caution
    ///
    /// This endpoint will run successfully for any campaigns that are **past due**.
    ///
    /// This endpoint will return a content error if the campaign is **not past due**.
    ///
    /// :::
    ///
    /// Use this API to complete a certification campaign. This functionality is provided to admins so that they
    /// can complete a certification even if all items have not been completed.
    ///
    /// `POST /campaigns/{id}/complete` (operation `completeCampaign`).
    ///
    /// Arguments:
    ///
    /// - `id`: Campaign ID. Example: `"ef38f94347e94562b5bb8424a56397d8"`.
    pub fn complete_campaign(&self, id: impl Into<String>) -> CompleteCampaign {
        CompleteCampaign {
            client: self.client.clone(),
            id: id.into(),
            body: None,
        }
    }
    /// Create a campaign
    ///
    /// Use this API to create a certification campaign with the information provided in the request body.
    ///
    /// `POST /campaigns` (operation `createCampaign`).
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json`).
    pub fn create_campaign(&self, body: models::CampaignV3) -> CreateCampaign {
        CreateCampaign {
            client: self.client.clone(),
            body,
        }
    }
    /// Create a campaign template
    ///
    /// Use this API to create a certification campaign template based on campaign.
    ///
    /// `POST /campaign-templates` (operation `createCampaignTemplate`).
    ///
    /// Arguments:
    ///
    /// - `body`: The request body (`application/json`).
    pub fn create_campaign_template(
        &self,
        body: models::CampaignTemplate,
    ) -> CreateCampaignTemplate {
        CreateCampaignTemplate {
            client: self.client.clone(),
            body,
        }
    }
    /// Delete a campaign template
    ///
    /// Use this API to delete a certification campaign template by ID.
    ///
    /// `DELETE /campaign-templates/{id}` (operation `deleteCampaignTemplate`).
    ///
    /// Arguments:
    ///
    /// - `id`: ID of the campaign template being deleted. Example: `"2c9180835d191a86015d28455b4a2329"`.
    pub fn delete_campaign_template(
        &self,
        id: impl Into<String>,
    ) -> DeleteCampaignTemplate {
        DeleteCampaignTemplate {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Delete campaign template schedule
    ///
    /// Use this API to delete the schedule for a certification campaign template. The API returns a 404 if there is no schedule set.
    ///
    /// `DELETE /campaign-templates/{id}/schedule` (operation `deleteCampaignTemplateSchedule`).
    ///
    /// Arguments:
    ///
    /// - `id`: ID of the campaign template whose schedule is being deleted. Example: `"04bedce387bd47b2ae1f86eb0bb36dee"`.
    pub fn delete_campaign_template_schedule(
        &self,
        id: impl Into<String>,
    ) -> DeleteCampaignTemplateSchedule {
        DeleteCampaignTemplateSchedule {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Delete campaigns
    ///
    /// Use this API to delete certification campaigns whose IDs are specified in the provided list of campaign IDs.
    ///
    /// `POST /campaigns/delete` (operation `deleteCampaigns`).
    ///
    /// Arguments:
    ///
    /// - `body`: IDs of the campaigns to delete.
    pub fn delete_campaigns(
        &self,
        body: models::CampaignsDeleteRequest,
    ) -> DeleteCampaigns {
        DeleteCampaigns {
            client: self.client.clone(),
            body,
        }
    }
    /// List campaigns
    ///
    /// Use this API to get a list of campaigns. This API can provide increased level of detail for each campaign for the correct provided query.
    ///
    /// `GET /campaigns` (operation `getActiveCampaigns`).
    pub fn get_active_campaigns(&self) -> GetActiveCampaigns {
        GetActiveCampaigns {
            client: self.client.clone(),
            detail: None,
            limit: None,
            offset: None,
            count: None,
            filters: None,
            sorters: None,
        }
    }
    /// Get campaign
    ///
    /// Use this API to get information for an existing certification campaign by the campaign's ID.
    ///
    /// `GET /campaigns/{id}` (operation `getCampaign`).
    ///
    /// Arguments:
    ///
    /// - `id`: ID of the campaign to be retrieved. Example: `"2c91808571bcfcf80171c23e4b4221fc"`.
    pub fn get_campaign(&self, id: impl Into<String>) -> GetCampaign {
        GetCampaign {
            client: self.client.clone(),
            id: id.into(),
            detail: None,
        }
    }
    /// Get campaign reports
    ///
    /// Use this API to fetch all reports for a certification campaign by campaign ID.
    ///
    /// `GET /campaigns/{id}/reports` (operation `getCampaignReports`).
    ///
    /// Arguments:
    ///
    /// - `id`: ID of the campaign whose reports are being fetched.
    pub fn get_campaign_reports(&self, id: impl Into<String>) -> GetCampaignReports {
        GetCampaignReports {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Get campaign reports configuration
    ///
    /// Use this API to fetch the configuration for certification campaign reports. The configuration includes only one element - identity attributes defined as custom report columns.
    ///
    /// `GET /campaigns/reports-configuration` (operation `getCampaignReportsConfig`).
    pub fn get_campaign_reports_config(&self) -> GetCampaignReportsConfig {
        GetCampaignReportsConfig {
            client: self.client.clone(),
        }
    }
    /// Get a campaign template
    ///
    /// Use this API to fetch a certification campaign template by ID.
    ///
    /// `GET /campaign-templates/{id}` (operation `getCampaignTemplate`).
    ///
    /// Arguments:
    ///
    /// - `id`: Requested campaign template's ID. Example: `"2c9180835d191a86015d28455b4a2329"`.
    pub fn get_campaign_template(&self, id: impl Into<String>) -> GetCampaignTemplate {
        GetCampaignTemplate {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Get campaign template schedule
    ///
    /// Use this API to get the schedule for a certification campaign template. The API returns a 404 if there is no schedule set.
    ///
    /// `GET /campaign-templates/{id}/schedule` (operation `getCampaignTemplateSchedule`).
    ///
    /// Arguments:
    ///
    /// - `id`: ID of the campaign template whose schedule is being fetched. Example: `"04bedce387bd47b2ae1f86eb0bb36dee"`.
    pub fn get_campaign_template_schedule(
        &self,
        id: impl Into<String>,
    ) -> GetCampaignTemplateSchedule {
        GetCampaignTemplateSchedule {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// List campaign templates
    ///
    /// Use this API to get a list of all campaign templates. Scope can be reduced through standard V3 query params.
    ///
    /// The API returns all campaign templates matching the query parameters.
    ///
    /// `GET /campaign-templates` (operation `getCampaignTemplates`).
    pub fn get_campaign_templates(&self) -> GetCampaignTemplates {
        GetCampaignTemplates {
            client: self.client.clone(),
            limit: None,
            offset: None,
            count: None,
            sorters: None,
            filters: None,
        }
    }
    /// Reassign certifications
    ///
    /// This API reassigns the specified certifications from one identity to another.
    ///
    /// `POST /campaigns/{id}/reassign` (operation `move`).
    ///
    /// Arguments:
    ///
    /// - `id`: The certification campaign ID Example: `"ef38f94347e94562b5bb8424a56397d8"`.
    /// - `body`: The request body (`application/json`).
    pub fn r#move(
        &self,
        id: impl Into<String>,
        body: models::AdminReviewReassign,
    ) -> Move {
        Move {
            client: self.client.clone(),
            id: id.into(),
            body,
        }
    }
    /// Update a campaign template
    ///
    /// Use this API to update individual fields on a certification campaign template, using the [JSON Patch](https://tools.ietf.org/html/rfc6902) standard.
    ///
    /// `PATCH /campaign-templates/{id}` (operation `patchCampaignTemplate`).
    ///
    /// Arguments:
    ///
    /// - `id`: ID of the campaign template being modified. Example: `"2c9180835d191a86015d28455b4a2329"`.
    /// - `body`: A list of campaign update operations according to the [JSON Patch](https://tools.ietf.org/html/rfc6902) standard. The following fields are patchable: * name * description * deadlineDuration * campaign (all fields that are allowed during create)
    pub fn patch_campaign_template(
        &self,
        id: impl Into<String>,
        body: Vec<models::JsonPatchOperation>,
    ) -> PatchCampaignTemplate {
        PatchCampaignTemplate {
            client: self.client.clone(),
            id: id.into(),
            body,
        }
    }
    /// Set campaign reports configuration
    ///
    /// Use this API to overwrite the configuration for campaign reports.
    ///
    /// `PUT /campaigns/reports-configuration` (operation `setCampaignReportsConfig`).
    ///
    /// Arguments:
    ///
    /// - `body`: Campaign report configuration.
    pub fn set_campaign_reports_config(
        &self,
        body: models::CampaignReportsConfiguration,
    ) -> SetCampaignReportsConfig {
        SetCampaignReportsConfig {
            client: self.client.clone(),
            body,
        }
    }
    /// Set campaign template schedule
    ///
    /// Use this API to set the schedule for a certification campaign template. If a schedule already exists, the API overwrites it with the new one.
    ///
    /// `PUT /campaign-templates/{id}/schedule` (operation `setCampaignTemplateSchedule`).
    ///
    /// Arguments:
    ///
    /// - `id`: ID of the campaign template being scheduled. Example: `"04bedce387bd47b2ae1f86eb0bb36dee"`.
    pub fn set_campaign_template_schedule(
        &self,
        id: impl Into<String>,
    ) -> SetCampaignTemplateSchedule {
        SetCampaignTemplateSchedule {
            client: self.client.clone(),
            id: id.into(),
            body: None,
        }
    }
    /// Activate a campaign
    ///
    /// Use this API to submit a job to activate the certified campaign with the specified ID. The campaign must be staged.
    ///
    /// `POST /campaigns/{id}/activate` (operation `startCampaign`).
    ///
    /// Arguments:
    ///
    /// - `id`: Campaign ID. Example: `"ef38f94347e94562b5bb8424a56397d8"`.
    pub fn start_campaign(&self, id: impl Into<String>) -> StartCampaign {
        StartCampaign {
            client: self.client.clone(),
            id: id.into(),
            body: None,
        }
    }
    /// Run campaign remediation scan
    ///
    /// Use this API to run a remediation scan task for a certification campaign.
    ///
    /// `POST /campaigns/{id}/run-remediation-scan` (operation `startCampaignRemediationScan`).
    ///
    /// Arguments:
    ///
    /// - `id`: ID of the campaign the remediation scan is being run for.
    pub fn start_campaign_remediation_scan(
        &self,
        id: impl Into<String>,
    ) -> StartCampaignRemediationScan {
        StartCampaignRemediationScan {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Run campaign report
    ///
    /// Use this API to run a report for a certification campaign.
    ///
    /// `POST /campaigns/{id}/run-report/{type}` (operation `startCampaignReport`).
    ///
    /// Arguments:
    ///
    /// - `id`: ID of the campaign the report is being run for.
    /// - `type`: Type of the report to run.
    pub fn start_campaign_report(
        &self,
        id: impl Into<String>,
        r#type: models::ReportType,
    ) -> StartCampaignReport {
        StartCampaignReport {
            client: self.client.clone(),
            id: id.into(),
            r#type,
        }
    }
    /// Generate a campaign from template
    ///
    /// Use this API to generate a new certification campaign from a campaign template.
    ///
    /// The campaign object contained in the template has special formatting applied to its name and description
    /// fields that determine the generated campaign's name/description. Placeholders in those fields are
    /// formatted with the current date and time upon generation.
    ///
    /// Placeholders consist of a percent sign followed by a letter indicating what should be inserted. For
    /// example, "%Y" inserts the current year, and a campaign template named "Campaign for %y" generates a
    /// campaign called "Campaign for 2020" (assuming the year at generation time is 2020).
    ///
    /// Valid placeholders are the date/time conversion suffix characters supported by [java.util.Formatter](https://docs.oracle.com/javase/8/docs/api/java/util/Formatter.html).
    ///
    /// `POST /campaign-templates/{id}/generate` (operation `startGenerateCampaignTemplate`).
    ///
    /// Arguments:
    ///
    /// - `id`: ID of the campaign template to use for generation. Example: `"2c9180835d191a86015d28455b4a2329"`.
    pub fn start_generate_campaign_template(
        &self,
        id: impl Into<String>,
    ) -> StartGenerateCampaignTemplate {
        StartGenerateCampaignTemplate {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Update a campaign
    ///
    /// Use this API to update individual fields on a certification campaign, using the [JSON Patch](https://tools.ietf.org/html/rfc6902) standard.
    ///
    /// `PATCH /campaigns/{id}` (operation `updateCampaign`).
    ///
    /// Arguments:
    ///
    /// - `id`: ID of the campaign template being modified. Example: `"2c91808571bcfcf80171c23e4b4221fc"`.
    /// - `body`: A list of campaign update operations according to the [JSON Patch](https://tools.ietf.org/html/rfc6902) standard. The fields that can be patched differ based on the status of the campaign. When the campaign is in the *STAGED* status, you can patch these fields: * name * description * recommendationsEnabled * deadline * emailNotificationEnabled * autoRevokeAllowed When the campaign is in the *ACTIVE* status, you can patch these fields: * deadline
    pub fn update_campaign(
        &self,
        id: impl Into<String>,
        body: Vec<models::JsonPatchOperation>,
    ) -> UpdateCampaign {
        UpdateCampaign {
            client: self.client.clone(),
            id: id.into(),
            body,
        }
    }
}
/// Request builder of [`CertificationCampaignsApi::complete_campaign`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CompleteCampaign {
    client: crate::Client,
    id: String,
    body: Option<models::CampaignCompleteOptions>,
}
impl CompleteCampaign {
    /// Optional. Default behavior is for the campaign to auto-approve upon completion, unless autoCompleteAction=REVOKE
    pub fn body(mut self, value: models::CampaignCompleteOptions) -> Self {
        self.body = Some(value);
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/campaigns/",
            &runtime::encode::path_param(&self.id, false)?,
            "/complete",
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
    CompleteCampaign, models::serde_json::Value, CompleteCampaignError
);
/// The errors of [`CompleteCampaign`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type CompleteCampaignError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`CertificationCampaignsApi::create_campaign`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateCampaign {
    client: crate::Client,
    body: models::CampaignV3,
}
impl CreateCampaign {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/campaigns".to_string();
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
        Output = runtime::Result<models::CampaignV3>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(CreateCampaign, models::CampaignV3, CreateCampaignError);
/// The errors of [`CreateCampaign`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type CreateCampaignError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`CertificationCampaignsApi::create_campaign_template`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateCampaignTemplate {
    client: crate::Client,
    body: models::CampaignTemplate,
}
impl CreateCampaignTemplate {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/campaign-templates".to_string();
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
        Output = runtime::Result<models::CampaignTemplate>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    CreateCampaignTemplate, models::CampaignTemplate, CreateCampaignTemplateError
);
/// The errors of [`CreateCampaignTemplate`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type CreateCampaignTemplateError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`CertificationCampaignsApi::delete_campaign_template`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteCampaignTemplate {
    client: crate::Client,
    id: String,
}
impl DeleteCampaignTemplate {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/campaign-templates/",
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
runtime::send_methods!(DeleteCampaignTemplate, (), DeleteCampaignTemplateError);
/// The errors of [`DeleteCampaignTemplate`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type DeleteCampaignTemplateError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`CertificationCampaignsApi::delete_campaign_template_schedule`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteCampaignTemplateSchedule {
    client: crate::Client,
    id: String,
}
impl DeleteCampaignTemplateSchedule {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/campaign-templates/",
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
runtime::send_methods!(
    DeleteCampaignTemplateSchedule, (), DeleteCampaignTemplateScheduleError
);
/// The errors of [`DeleteCampaignTemplateSchedule`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type DeleteCampaignTemplateScheduleError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`CertificationCampaignsApi::delete_campaigns`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteCampaigns {
    client: crate::Client,
    body: models::CampaignsDeleteRequest,
}
impl DeleteCampaigns {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/campaigns/delete".to_string();
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
runtime::send_methods!(DeleteCampaigns, models::serde_json::Value, DeleteCampaignsError);
/// The errors of [`DeleteCampaigns`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type DeleteCampaignsError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`CertificationCampaignsApi::get_active_campaigns`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetActiveCampaigns {
    client: crate::Client,
    detail: Option<models::GetActiveCampaignsDetail>,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    filters: Option<String>,
    sorters: Option<String>,
}
impl GetActiveCampaigns {
    /// Determines whether slim, or increased level of detail is provided for each campaign in the returned list. Slim is the default behavior.
    ///
    /// Example: `"FULL"`.
    pub fn detail(mut self, value: models::GetActiveCampaignsDetail) -> Self {
        self.detail = Some(value);
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
    /// **name**: *eq, sw*
    ///
    /// **status**: *eq, in*
    ///
    /// Example: `"name eq \"Manager Campaign\""`.
    pub fn filters(mut self, value: impl Into<String>) -> Self {
        self.filters = Some(value.into());
        self
    }
    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **name, created**
    ///
    /// Example: `"name"`.
    pub fn sorters(mut self, value: impl Into<String>) -> Self {
        self.sorters = Some(value.into());
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/campaigns".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.detail {
            req = req.query("detail", v, "form", true)?;
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
        Output = runtime::Result<Vec<models::GetActiveCampaignsResponseItem>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<
        'static,
        runtime::Result<models::GetActiveCampaignsResponseItem>,
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
        runtime::Result<models::GetActiveCampaignsResponseItem>,
    > {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<
        'static,
        runtime::Result<models::GetActiveCampaignsResponseItem>,
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
    GetActiveCampaigns, Vec < models::GetActiveCampaignsResponseItem >,
    GetActiveCampaignsError
);
/// The errors of [`GetActiveCampaigns`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetActiveCampaignsError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`CertificationCampaignsApi::get_campaign`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetCampaign {
    client: crate::Client,
    id: String,
    detail: Option<models::GetCampaignDetail>,
}
impl GetCampaign {
    /// Determines whether slim, or increased level of detail is provided for each campaign in the returned list. Slim is the default behavior.
    ///
    /// Example: `"FULL"`.
    pub fn detail(mut self, value: models::GetCampaignDetail) -> Self {
        self.detail = Some(value);
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = ["/campaigns/", &runtime::encode::path_param(&self.id, false)?]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        if let Some(v) = &self.detail {
            req = req.query("detail", v, "form", true)?;
        }
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::GetCampaignResponse>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(GetCampaign, models::GetCampaignResponse, GetCampaignError);
/// The errors of [`GetCampaign`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetCampaignError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`CertificationCampaignsApi::get_campaign_reports`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetCampaignReports {
    client: crate::Client,
    id: String,
}
impl GetCampaignReports {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/campaigns/",
            &runtime::encode::path_param(&self.id, false)?,
            "/reports",
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
        Output = runtime::Result<Vec<models::CampaignReport>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetCampaignReports, Vec < models::CampaignReport >, GetCampaignReportsError
);
/// The errors of [`GetCampaignReports`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetCampaignReportsError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`CertificationCampaignsApi::get_campaign_reports_config`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetCampaignReportsConfig {
    client: crate::Client,
}
impl GetCampaignReportsConfig {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/campaigns/reports-configuration".to_string();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::GET, crate::BASE_PATH, path)
            .product(crate::PRODUCT);
        req = req.accept("application/json")?;
        Ok(req)
    }
    fn decode(
        resp: runtime::Response,
    ) -> impl std::future::Future<
        Output = runtime::Result<models::CampaignReportsConfiguration>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetCampaignReportsConfig, models::CampaignReportsConfiguration,
    GetCampaignReportsConfigError
);
/// The errors of [`GetCampaignReportsConfig`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetCampaignReportsConfigError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`CertificationCampaignsApi::get_campaign_template`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetCampaignTemplate {
    client: crate::Client,
    id: String,
}
impl GetCampaignTemplate {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/campaign-templates/",
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
        Output = runtime::Result<models::CampaignTemplate>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetCampaignTemplate, models::CampaignTemplate, GetCampaignTemplateError
);
/// The errors of [`GetCampaignTemplate`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetCampaignTemplateError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`CertificationCampaignsApi::get_campaign_template_schedule`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetCampaignTemplateSchedule {
    client: crate::Client,
    id: String,
}
impl GetCampaignTemplateSchedule {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/campaign-templates/",
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
        Output = runtime::Result<models::ScheduleV3>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    GetCampaignTemplateSchedule, models::ScheduleV3, GetCampaignTemplateScheduleError
);
/// The errors of [`GetCampaignTemplateSchedule`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetCampaignTemplateScheduleError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`CertificationCampaignsApi::get_campaign_templates`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetCampaignTemplates {
    client: crate::Client,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    sorters: Option<String>,
    filters: Option<String>,
}
impl GetCampaignTemplates {
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
    /// Sorting is supported for the following fields: **name, created, modified**
    ///
    /// Example: `"name"`.
    pub fn sorters(mut self, value: impl Into<String>) -> Self {
        self.sorters = Some(value.into());
        self
    }
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **name**: *eq, ge, gt, in, le, lt, ne, sw*
    ///
    /// **id**: *eq, ge, gt, in, le, lt, ne, sw*
    ///
    /// Example: `"name eq \"manager template\""`.
    pub fn filters(mut self, value: impl Into<String>) -> Self {
        self.filters = Some(value.into());
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/campaign-templates".to_string();
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
        Output = runtime::Result<Vec<models::CampaignTemplate>>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
    /// Every item of the list, fetching pages lazily (`limit` items per page, clamped to the documented maximum, from `offset`). The stream ends after a short page, at `X-Total-Count` when the request asks for the total, or when the server answers that the offset after a full last page is invalid.
    pub fn stream(
        self,
    ) -> runtime::BoxStream<'static, runtime::Result<models::CampaignTemplate>> {
        self.paged(None)
    }
    /// Like [`Self::stream`], ending after at most `max_items` items (the last page asks
    /// only for what is still wanted); the page size stays `limit`.
    pub fn stream_at_most(
        self,
        max_items: u64,
    ) -> runtime::BoxStream<'static, runtime::Result<models::CampaignTemplate>> {
        self.paged(Some(max_items))
    }
    fn paged(
        self,
        max_items: Option<u64>,
    ) -> runtime::BoxStream<'static, runtime::Result<models::CampaignTemplate>> {
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
    GetCampaignTemplates, Vec < models::CampaignTemplate >, GetCampaignTemplatesError
);
/// The errors of [`GetCampaignTemplates`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type GetCampaignTemplatesError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`CertificationCampaignsApi::move`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct Move {
    client: crate::Client,
    id: String,
    body: models::AdminReviewReassign,
}
impl Move {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/campaigns/",
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
        Output = runtime::Result<models::CertificationTask>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(Move, models::CertificationTask, MoveError);
/// The errors of [`Move`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type MoveError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`CertificationCampaignsApi::patch_campaign_template`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PatchCampaignTemplate {
    client: crate::Client,
    id: String,
    body: Vec<models::JsonPatchOperation>,
}
impl PatchCampaignTemplate {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/campaign-templates/",
            &runtime::encode::path_param(&self.id, false)?,
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
        Output = runtime::Result<models::CampaignTemplate>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    PatchCampaignTemplate, models::CampaignTemplate, PatchCampaignTemplateError
);
/// The errors of [`PatchCampaignTemplate`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type PatchCampaignTemplateError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`CertificationCampaignsApi::set_campaign_reports_config`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct SetCampaignReportsConfig {
    client: crate::Client,
    body: models::CampaignReportsConfiguration,
}
impl SetCampaignReportsConfig {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = "/campaigns/reports-configuration".to_string();
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
        Output = runtime::Result<models::CampaignReportsConfiguration>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    SetCampaignReportsConfig, models::CampaignReportsConfiguration,
    SetCampaignReportsConfigError
);
/// The errors of [`SetCampaignReportsConfig`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type SetCampaignReportsConfigError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`CertificationCampaignsApi::set_campaign_template_schedule`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct SetCampaignTemplateSchedule {
    client: crate::Client,
    id: String,
    body: Option<models::ScheduleV3>,
}
impl SetCampaignTemplateSchedule {
    /// The request body (`application/json`).
    pub fn body(mut self, value: models::ScheduleV3) -> Self {
        self.body = Some(value);
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/campaign-templates/",
            &runtime::encode::path_param(&self.id, false)?,
            "/schedule",
        ]
            .concat();
        #[allow(unused_mut)]
        let mut req = runtime::Request::new(runtime::Method::PUT, crate::BASE_PATH, path)
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
runtime::send_methods!(
    SetCampaignTemplateSchedule, (), SetCampaignTemplateScheduleError
);
/// The errors of [`SetCampaignTemplateSchedule`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type SetCampaignTemplateScheduleError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`CertificationCampaignsApi::start_campaign`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct StartCampaign {
    client: crate::Client,
    id: String,
    body: Option<models::ActivateCampaignOptions>,
}
impl StartCampaign {
    /// Optional. If no timezone is specified, the standard UTC timezone is used (i.e. UTC+00:00). Although this can take any timezone, the intended value is the caller's timezone. The activation time calculated from the given timezone may cause the campaign deadline time to be modified, but it will remain within the original date. The timezone must be in a valid ISO 8601 format.
    pub fn body(mut self, value: models::ActivateCampaignOptions) -> Self {
        self.body = Some(value);
        self
    }
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/campaigns/",
            &runtime::encode::path_param(&self.id, false)?,
            "/activate",
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
runtime::send_methods!(StartCampaign, models::serde_json::Value, StartCampaignError);
/// The errors of [`StartCampaign`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type StartCampaignError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`CertificationCampaignsApi::start_campaign_remediation_scan`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct StartCampaignRemediationScan {
    client: crate::Client,
    id: String,
}
impl StartCampaignRemediationScan {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/campaigns/",
            &runtime::encode::path_param(&self.id, false)?,
            "/run-remediation-scan",
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
        Output = runtime::Result<models::serde_json::Value>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    StartCampaignRemediationScan, models::serde_json::Value,
    StartCampaignRemediationScanError
);
/// The errors of [`StartCampaignRemediationScan`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type StartCampaignRemediationScanError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`CertificationCampaignsApi::start_campaign_report`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct StartCampaignReport {
    client: crate::Client,
    id: String,
    r#type: models::ReportType,
}
impl StartCampaignReport {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/campaigns/",
            &runtime::encode::path_param(&self.id, false)?,
            "/run-report/",
            &runtime::encode::path_param(&self.r#type, false)?,
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
        Output = runtime::Result<models::serde_json::Value>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    StartCampaignReport, models::serde_json::Value, StartCampaignReportError
);
/// The errors of [`StartCampaignReport`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type StartCampaignReportError = crate::errors::Error400_401_403_404_429_500;
/// Request builder of [`CertificationCampaignsApi::start_generate_campaign_template`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct StartGenerateCampaignTemplate {
    client: crate::Client,
    id: String,
}
impl StartGenerateCampaignTemplate {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = [
            "/campaign-templates/",
            &runtime::encode::path_param(&self.id, false)?,
            "/generate",
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
        Output = runtime::Result<models::Campaign>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(
    StartGenerateCampaignTemplate, models::Campaign, StartGenerateCampaignTemplateError
);
/// The errors of [`StartGenerateCampaignTemplate`]: [`crate::errors::Error400_401_403_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type StartGenerateCampaignTemplateError = crate::errors::Error400_401_403_429_500;
/// Request builder of [`CertificationCampaignsApi::update_campaign`]: set optional parameters, then `.send().await`.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateCampaign {
    client: crate::Client,
    id: String,
    body: Vec<models::JsonPatchOperation>,
}
impl UpdateCampaign {
    fn request(&self) -> runtime::Result<runtime::Request> {
        let path = ["/campaigns/", &runtime::encode::path_param(&self.id, false)?]
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
        Output = runtime::Result<models::SlimCampaign>,
    > + Send + 'static {
        resp.json_with(crate::decode_body)
    }
}
runtime::send_methods!(UpdateCampaign, models::SlimCampaign, UpdateCampaignError);
/// The errors of [`UpdateCampaign`]: [`crate::errors::Error400_401_403_404_429_500`], which every operation with the same documented error statuses and models shares. One variant per documented error status, holding the decoded error model (dereference it to read its fields); `Unexpected` for an answer the spec does not describe; `Other` when there is no answer.
///
/// What the statuses mean for this operation:
///
/// - `BadRequest`: HTTP 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: HTTP 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: HTTP 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: HTTP 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: HTTP 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: HTTP 500: Internal Server Error - Returned if there is an unexpected error.
pub type UpdateCampaignError = crate::errors::Error400_401_403_404_429_500;

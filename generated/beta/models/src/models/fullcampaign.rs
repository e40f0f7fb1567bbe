/// Campaign
///
/// Includes the fields of [`Slimcampaign`](crate::Slimcampaign).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Fullcampaign {
    /// Id of the campaign
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The campaign name. If this object is part of a template, special formatting applies; see the
    /// `/campaign-templates/{id}/generate` endpoint documentation for details.
    pub name: String,
    /// The campaign description. If this object is part of a template, special formatting applies; see the
    /// `/campaign-templates/{id}/generate` endpoint documentation for details.
    pub description: String,
    /// The campaign's completion deadline.  This date must be in the future in order to activate the campaign.  If you try to activate a campaign with a deadline of today or in the past, you will receive a 400 error response.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<crate::primitives::DateTime>,
    /// The type of campaign. Could be extended in the future.
    pub r#type: crate::SlimcampaignType,
    /// Enables email notification for this campaign
    #[serde(
        rename = "emailNotificationEnabled",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub email_notification_enabled: Option<bool>,
    /// Allows auto revoke for this campaign
    #[serde(
        rename = "autoRevokeAllowed",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub auto_revoke_allowed: Option<bool>,
    /// Enables IAI for this campaign. Accepts true even if the IAI product feature is off. If IAI is turned off
    /// then campaigns generated from this template will indicate false. The real value will then be returned if
    /// IAI is ever enabled for the org in the future.
    #[serde(
        rename = "recommendationsEnabled",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub recommendations_enabled: Option<bool>,
    /// The campaign's current status.
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<crate::SlimcampaignStatus>,
    /// The correlatedStatus of the campaign. Only SOURCE_OWNER campaigns can be Uncorrelated. An Uncorrelated certification campaign only includes Uncorrelated identities (An identity is uncorrelated if it has no accounts on an authoritative source).
    #[serde(
        rename = "correlatedStatus",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub correlated_status: Option<crate::FullcampaignCorrelatedStatus>,
    /// Created time of the campaign
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<crate::primitives::DateTime>,
    /// The total number of certifications in this campaign.
    ///
    /// Read-only: set by the server.
    #[serde(
        rename = "totalCertifications",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub total_certifications: Option<i32>,
    /// The number of completed certifications in this campaign.
    ///
    /// Read-only: set by the server.
    #[serde(
        rename = "completedCertifications",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub completed_certifications: Option<i32>,
    /// A list of errors and warnings that have accumulated.
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alerts: Option<Vec<crate::CampaignAlert>>,
    /// Modified time of the campaign
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified: Option<crate::primitives::DateTime>,
    /// Determines which items will be included in this campaign. The default campaign filter is used if this field is left blank.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter: Option<crate::FullcampaignFilter>,
    /// Determines if comments on sunset date changes are required.
    #[serde(
        rename = "sunsetCommentsRequired",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub sunset_comments_required: Option<bool>,
    /// Must be set only if the campaign type is SOURCE_OWNER.
    #[serde(
        rename = "sourceOwnerCampaignInfo",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub source_owner_campaign_info: Option<crate::FullcampaignSourceOwnerCampaignInfo>,
    /// Must be set only if the campaign type is SEARCH.
    #[serde(
        rename = "searchCampaignInfo",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub search_campaign_info: Option<crate::FullcampaignSearchCampaignInfo>,
    /// Optional configuration options for role composition campaigns.
    #[serde(
        rename = "roleCompositionCampaignInfo",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub role_composition_campaign_info: Option<
        crate::FullcampaignRoleCompositionCampaignInfo,
    >,
    /// Must be set only if the campaign type is MACHINE_ACCOUNT.
    #[serde(
        rename = "machineAccountCampaignInfo",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub machine_account_campaign_info: Option<
        crate::FullcampaignMachineAccountCampaignInfo,
    >,
    /// A list of sources in the campaign that contain \"orphan entitlements\" (entitlements without a corresponding Managed Attribute). An empty list indicates the campaign has no orphan entitlements. Null indicates there may be unknown orphan entitlements in the campaign (the campaign was created before this feature was implemented).
    ///
    /// Read-only: set by the server.
    #[serde(
        rename = "sourcesWithOrphanEntitlements",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub sources_with_orphan_entitlements: Option<
        Vec<crate::FullcampaignSourcesWithOrphanEntitlementsItem>,
    >,
    /// Determines whether comments are required for decisions during certification reviews. You can require comments for all decisions, revoke-only decisions, or no decisions. By default, comments are not required for decisions.
    #[serde(
        rename = "mandatoryCommentRequirement",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub mandatory_comment_requirement: Option<
        crate::FullcampaignMandatoryCommentRequirement,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl Fullcampaign {
    /// Builds a `Fullcampaign` from its required fields; the others are unset.
    pub fn new(
        name: String,
        description: String,
        r#type: crate::SlimcampaignType,
    ) -> Self {
        Self {
            id: None,
            name,
            description,
            deadline: None,
            r#type,
            email_notification_enabled: None,
            auto_revoke_allowed: None,
            recommendations_enabled: None,
            status: None,
            correlated_status: None,
            created: None,
            total_certifications: None,
            completed_certifications: None,
            alerts: None,
            modified: None,
            filter: None,
            sunset_comments_required: None,
            source_owner_campaign_info: None,
            search_campaign_info: None,
            role_composition_campaign_info: None,
            machine_account_campaign_info: None,
            sources_with_orphan_entitlements: None,
            mandatory_comment_requirement: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for Fullcampaign {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.correlated_status, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.alerts, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.filter, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.source_owner_campaign_info, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.search_campaign_info, fit);
        crate::serde_helpers::SchemaFit::add_fit(
            &self.role_composition_campaign_info,
            fit,
        );
        crate::serde_helpers::SchemaFit::add_fit(
            &self.machine_account_campaign_info,
            fit,
        );
        crate::serde_helpers::SchemaFit::add_fit(
            &self.sources_with_orphan_entitlements,
            fit,
        );
        crate::serde_helpers::SchemaFit::add_fit(
            &self.mandatory_comment_requirement,
            fit,
        );
        fit.undeclared += self.additional_properties.len();
    }
}

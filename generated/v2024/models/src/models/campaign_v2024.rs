/// Includes the fields of [`SlimCampaign`](crate::SlimCampaign).
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CampaignV2024 {
    /// Id of the campaign
    ///
    /// Read-only: set by the server.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub id: Option<Option<String>>,
    /// The campaign name. If this object is part of a template, special formatting applies; see the
    /// `/campaign-templates/{id}/generate` endpoint documentation for details.
    pub name: String,
    /// The campaign description. If this object is part of a template, special formatting applies; see the
    /// `/campaign-templates/{id}/generate` endpoint documentation for details.
    pub description: Option<String>,
    /// The campaign's completion deadline.  This date must be in the future in order to activate the campaign.  If you try to activate a campaign with a deadline of today or in the past, you will receive a 400 error response.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub deadline: Option<Option<crate::primitives::DateTime>>,
    /// The type of campaign. Could be extended in the future.
    pub r#type: crate::SlimCampaignType,
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
    /// Enables IAI for this campaign. Accepts true even if the IAI product feature is off. If IAI is turned off then campaigns generated from this template will indicate false. The real value will then be returned if IAI is ever enabled for the org in the future.
    #[serde(
        rename = "recommendationsEnabled",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub recommendations_enabled: Option<bool>,
    /// The campaign's current status.
    ///
    /// Read-only: set by the server.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub status: Option<Option<crate::SlimCampaignStatus>>,
    /// The correlatedStatus of the campaign. Only SOURCE_OWNER campaigns can be Uncorrelated. An Uncorrelated certification campaign only includes Uncorrelated identities (An identity is uncorrelated if it has no accounts on an authoritative source).
    #[serde(
        rename = "correlatedStatus",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub correlated_status: Option<crate::SlimCampaignCorrelatedStatus>,
    /// Created time of the campaign
    ///
    /// Read-only: set by the server.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub created: Option<Option<crate::primitives::DateTime>>,
    /// The total number of certifications in this campaign.
    ///
    /// Read-only: set by the server.
    #[serde(
        rename = "totalCertifications",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub total_certifications: Option<Option<i32>>,
    /// The number of completed certifications in this campaign.
    ///
    /// Read-only: set by the server.
    #[serde(
        rename = "completedCertifications",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub completed_certifications: Option<Option<i32>>,
    /// A list of errors and warnings that have accumulated.
    ///
    /// Read-only: set by the server.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub alerts: Option<Option<Vec<crate::CampaignAlert>>>,
    /// Modified time of the campaign
    ///
    /// Read-only: set by the server.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub modified: Option<Option<crate::primitives::DateTime>>,
    /// Determines which items will be included in this campaign. The default campaign filter is used if this field is left blank.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub filter: Option<Option<crate::CampaignV2024Filter>>,
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
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub source_owner_campaign_info: Option<
        Option<crate::CampaignV2024SourceOwnerCampaignInfo>,
    >,
    /// Must be set only if the campaign type is SEARCH.
    #[serde(
        rename = "searchCampaignInfo",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub search_campaign_info: Option<Option<crate::CampaignV2024SearchCampaignInfo>>,
    /// Optional configuration options for role composition campaigns.
    #[serde(
        rename = "roleCompositionCampaignInfo",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub role_composition_campaign_info: Option<
        Option<crate::CampaignV2024RoleCompositionCampaignInfo>,
    >,
    /// Must be set only if the campaign type is MACHINE_ACCOUNT.
    #[serde(
        rename = "machineAccountCampaignInfo",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub machine_account_campaign_info: Option<
        Option<crate::CampaignV2024MachineAccountCampaignInfo>,
    >,
    /// A list of sources in the campaign that contain \"orphan entitlements\" (entitlements without a corresponding Managed Attribute). An empty list indicates the campaign has no orphan entitlements. Null indicates there may be unknown orphan entitlements in the campaign (the campaign was created before this feature was implemented).
    ///
    /// Read-only: set by the server.
    #[serde(
        rename = "sourcesWithOrphanEntitlements",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub sources_with_orphan_entitlements: Option<
        Option<Vec<crate::CampaignV2024SourcesWithOrphanEntitlementsItem>>,
    >,
    /// Determines whether comments are required for decisions during certification reviews. You can require comments for all decisions, revoke-only decisions, or no decisions. By default, comments are not required for decisions.
    #[serde(
        rename = "mandatoryCommentRequirement",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub mandatory_comment_requirement: Option<
        crate::CampaignV2024MandatoryCommentRequirement,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl CampaignV2024 {
    /// Builds a `CampaignV2024` from its required fields; the others are unset.
    pub fn new(
        name: String,
        description: Option<String>,
        r#type: crate::SlimCampaignType,
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
impl crate::serde_helpers::SchemaFit for CampaignV2024 {
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

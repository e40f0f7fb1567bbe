/// Optional configuration options for role composition campaigns.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CampaignV2025RoleCompositionCampaignInfo {
    /// The ID of the identity or governance group reviewing this campaign. Deprecated in favor of the "reviewer" object.
    #[deprecated]
    #[serde(
        rename = "reviewerId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub reviewer_id: Option<Option<String>>,
    /// If specified, this identity or governance group will be the reviewer for all certifications in this campaign. The allowed DTO types are IDENTITY and GOVERNANCE_GROUP.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub reviewer: Option<
        Option<crate::CampaignV2025RoleCompositionCampaignInfoReviewer>,
    >,
    /// Optional list of roles to include in this campaign. Only one of `roleIds` and `query` may be set; if neither are set, all roles are included.
    #[serde(rename = "roleIds", default, skip_serializing_if = "Option::is_none")]
    pub role_ids: Option<Vec<String>>,
    /// This determines who remediation tasks will be assigned to. Remediation tasks are created for each revoke decision on items in the campaign. The only legal remediator type is 'IDENTITY', and the chosen identity must be a Role Admin or Org Admin.
    #[serde(rename = "remediatorRef")]
    pub remediator_ref: crate::CampaignV2025RoleCompositionCampaignInfoRemediatorRef,
    /// Optional search query to scope this campaign to a set of roles. Only one of `roleIds` and `query` may be set; if neither are set, all roles are included.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub query: Option<Option<String>>,
    /// Describes this role composition campaign. Intended for storing the query used, and possibly the number of roles selected/available.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub description: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl CampaignV2025RoleCompositionCampaignInfo {
    /// Builds a `CampaignV2025RoleCompositionCampaignInfo` from its required fields; the others are unset.
    pub fn new(
        remediator_ref: crate::CampaignV2025RoleCompositionCampaignInfoRemediatorRef,
    ) -> Self {
        Self {
            reviewer_id: None,
            reviewer: None,
            role_ids: None,
            remediator_ref,
            query: None,
            description: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for CampaignV2025RoleCompositionCampaignInfo {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.reviewer, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.remediator_ref, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

/// Optional configuration options for role composition campaigns.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct FullcampaignRoleCompositionCampaignInfo {
    /// If specified, this identity or governance group will be the reviewer for all certifications in this campaign. The allowed DTO types are IDENTITY and GOVERNANCE_GROUP.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewer: Option<crate::FullcampaignRoleCompositionCampaignInfoReviewer>,
    /// Optional list of roles to include in this campaign. Only one of `roleIds` and `query` may be set; if neither are set, all roles are included.
    #[serde(rename = "roleIds", default, skip_serializing_if = "Option::is_none")]
    pub role_ids: Option<Vec<String>>,
    /// This determines who remediation tasks will be assigned to. Remediation tasks are created for each revoke decision on items in the campaign. The only legal remediator type is 'IDENTITY', and the chosen identity must be a Role Admin or Org Admin.
    #[serde(rename = "remediatorRef")]
    pub remediator_ref: crate::FullcampaignRoleCompositionCampaignInfoRemediatorRef,
    /// Optional search query to scope this campaign to a set of roles. Only one of `roleIds` and `query` may be set; if neither are set, all roles are included.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query: Option<String>,
    /// Describes this role composition campaign. Intended for storing the query used, and possibly the number of roles selected/available.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl FullcampaignRoleCompositionCampaignInfo {
    /// Builds a `FullcampaignRoleCompositionCampaignInfo` from its required fields; the others are unset.
    pub fn new(
        remediator_ref: crate::FullcampaignRoleCompositionCampaignInfoRemediatorRef,
    ) -> Self {
        Self {
            reviewer: None,
            role_ids: None,
            remediator_ref,
            query: None,
            description: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for FullcampaignRoleCompositionCampaignInfo {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.reviewer, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.remediator_ref, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

/// This determines who remediation tasks will be assigned to. Remediation tasks are created for each revoke decision on items in the campaign. The only legal remediator type is 'IDENTITY', and the chosen identity must be a Role Admin or Org Admin.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CampaignV2025RoleCompositionCampaignInfoRemediatorRef {
    /// Legal Remediator Type
    pub r#type: crate::CampaignV2025RoleCompositionCampaignInfoRemediatorRefType,
    /// The ID of the remediator.
    pub id: String,
    /// The name of the remediator.
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl CampaignV2025RoleCompositionCampaignInfoRemediatorRef {
    /// Builds a `CampaignV2025RoleCompositionCampaignInfoRemediatorRef` from its required fields; the others are unset.
    pub fn new(
        r#type: crate::CampaignV2025RoleCompositionCampaignInfoRemediatorRefType,
        id: String,
    ) -> Self {
        Self {
            r#type,
            id,
            name: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit
for CampaignV2025RoleCompositionCampaignInfoRemediatorRef {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

/// Must be set only if the campaign type is SOURCE_OWNER.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CampaignV2025SourceOwnerCampaignInfo {
    /// The list of sources to be included in the campaign.
    #[serde(rename = "sourceIds", default, skip_serializing_if = "Option::is_none")]
    pub source_ids: Option<Vec<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl CampaignV2025SourceOwnerCampaignInfo {
    /// Builds a `CampaignV2025SourceOwnerCampaignInfo` with every field unset.
    pub fn new() -> Self {
        Self {
            source_ids: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for CampaignV2025SourceOwnerCampaignInfo {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}

/// Must be set only if the campaign type is MACHINE_ACCOUNT.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct FullcampaignMachineAccountCampaignInfo {
    /// The list of sources to be included in the campaign.
    #[serde(rename = "sourceIds", default, skip_serializing_if = "Option::is_none")]
    pub source_ids: Option<Vec<String>>,
    /// The reviewer's type.
    #[serde(rename = "reviewerType", default, skip_serializing_if = "Option::is_none")]
    pub reviewer_type: Option<crate::FullcampaignMachineAccountCampaignInfoReviewerType>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl FullcampaignMachineAccountCampaignInfo {
    /// Builds a `FullcampaignMachineAccountCampaignInfo` with every field unset.
    pub fn new() -> Self {
        Self {
            source_ids: None,
            reviewer_type: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for FullcampaignMachineAccountCampaignInfo {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.reviewer_type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

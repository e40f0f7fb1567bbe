#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CampaignCompleteOptions {
    /// Determines whether to auto-approve(APPROVE) or auto-revoke(REVOKE) upon campaign completion.
    #[serde(
        rename = "autoCompleteAction",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub auto_complete_action: Option<crate::CampaignCompleteOptionsAutoCompleteAction>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl CampaignCompleteOptions {
    /// Builds a `CampaignCompleteOptions` with every field unset.
    pub fn new() -> Self {
        Self {
            auto_complete_action: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for CampaignCompleteOptions {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.auto_complete_action, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

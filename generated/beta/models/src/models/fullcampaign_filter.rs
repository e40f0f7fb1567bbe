/// Determines which items will be included in this campaign. The default campaign filter is used if this field is left blank.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct FullcampaignFilter {
    /// The ID of whatever type of filter is being used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Type of the filter
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<crate::FullcampaignFilterType>,
    /// Name of the filter
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl FullcampaignFilter {
    /// Builds a `FullcampaignFilter` with every field unset.
    pub fn new() -> Self {
        Self {
            id: None,
            r#type: None,
            name: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for FullcampaignFilter {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

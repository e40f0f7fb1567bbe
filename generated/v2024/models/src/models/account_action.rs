/// Object for specifying Actions to be performed on a specified list of sources' account.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccountAction {
    /// Describes if action will be enable, disable or delete.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<crate::AccountActionAction>,
    /// List of unique source IDs. The sources must have the ENABLE feature or flat file source. See "/sources" endpoint for source features.
    #[serde(rename = "sourceIds", default, skip_serializing_if = "Option::is_none")]
    pub source_ids: Option<Vec<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccountAction {
    /// Builds a `AccountAction` with every field unset.
    pub fn new() -> Self {
        Self {
            action: None,
            source_ids: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for AccountAction {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.action, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

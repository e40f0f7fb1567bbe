#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ScheduledActionPayloadContentBackupOptionsObjectOptionsValue {
    /// Set of names to be included.
    #[serde(rename = "includedNames", default, skip_serializing_if = "Option::is_none")]
    pub included_names: Option<Vec<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ScheduledActionPayloadContentBackupOptionsObjectOptionsValue {
    /// Builds a `ScheduledActionPayloadContentBackupOptionsObjectOptionsValue` with every field unset.
    pub fn new() -> Self {
        Self {
            included_names: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit
for ScheduledActionPayloadContentBackupOptionsObjectOptionsValue {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}

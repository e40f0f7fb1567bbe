/// Indicates whether the entitlement's display name and/or description have been manually updated.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct EntitlementDocumentManuallyUpdatedFields {
    #[serde(rename = "DESCRIPTION", default, skip_serializing_if = "Option::is_none")]
    pub description: Option<bool>,
    #[serde(rename = "DISPLAY_NAME", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl EntitlementDocumentManuallyUpdatedFields {
    /// Builds a `EntitlementDocumentManuallyUpdatedFields` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<bool>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `display_name`.
    pub fn display_name(mut self, value: impl Into<bool>) -> Self {
        self.display_name = Some(value.into());
        self
    }
}
impl crate::serde_helpers::SchemaFit for EntitlementDocumentManuallyUpdatedFields {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}

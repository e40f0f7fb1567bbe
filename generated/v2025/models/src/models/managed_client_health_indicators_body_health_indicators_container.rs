/// Health indicator category data with errors and warnings
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ManagedClientHealthIndicatorsBodyHealthIndicatorsContainer {
    /// List of error events for this category
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub errors: Option<
        Vec<crate::ManagedClientHealthIndicatorsBodyHealthIndicatorsContainerErrorsItem>,
    >,
    /// List of warning events for this category
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub warnings: Option<
        Vec<crate::ManagedClientHealthIndicatorsBodyHealthIndicatorsContainerErrorsItem>,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ManagedClientHealthIndicatorsBodyHealthIndicatorsContainer {
    /// Builds a `ManagedClientHealthIndicatorsBodyHealthIndicatorsContainer` with every field unset.
    pub fn new() -> Self {
        Self {
            errors: None,
            warnings: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit
for ManagedClientHealthIndicatorsBodyHealthIndicatorsContainer {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.errors, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.warnings, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

/// Health indicators grouped by category
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ManagedClientHealthIndicatorsBodyHealthIndicators {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub container: Option<
        crate::ManagedClientHealthIndicatorsBodyHealthIndicatorsContainer,
    >,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<
        crate::ManagedClientHealthIndicatorsBodyHealthIndicatorsContainer,
    >,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cpu: Option<crate::ManagedClientHealthIndicatorsBodyHealthIndicatorsContainer>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ManagedClientHealthIndicatorsBodyHealthIndicators {
    /// Builds a `ManagedClientHealthIndicatorsBodyHealthIndicators` with every field unset.
    pub fn new() -> Self {
        Self {
            container: None,
            memory: None,
            cpu: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit
for ManagedClientHealthIndicatorsBodyHealthIndicators {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.container, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.memory, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.cpu, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

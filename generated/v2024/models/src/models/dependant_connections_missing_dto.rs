#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DependantConnectionsMissingDto {
    /// The type of dependency type that is missing in the SourceConnections
    #[serde(rename = "dependencyType", default, skip_serializing_if = "Option::is_none")]
    pub dependency_type: Option<crate::DependantConnectionsMissingDtoDependencyType>,
    /// The reason why this dependency is missing
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl DependantConnectionsMissingDto {
    /// Builds a `DependantConnectionsMissingDto` with every field unset.
    pub fn new() -> Self {
        Self {
            dependency_type: None,
            reason: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for DependantConnectionsMissingDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.dependency_type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

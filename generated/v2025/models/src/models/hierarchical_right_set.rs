/// A HierarchicalRightSet
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct HierarchicalRightSet {
    /// The unique identifier of the RightSet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The human-readable name of the RightSet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// A human-readable description of the RightSet.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub description: Option<Option<String>>,
    /// The category of the RightSet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// Nested configuration for the HierarchicalRightSet.
    #[serde(rename = "nestedConfig", default, skip_serializing_if = "Option::is_none")]
    pub nested_config: Option<crate::NestedConfig>,
    /// List of child HierarchicalRightSets.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub children: Option<Vec<crate::HierarchicalRightSet>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl HierarchicalRightSet {
    /// Builds a `HierarchicalRightSet` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
impl crate::serde_helpers::SchemaFit for HierarchicalRightSet {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.nested_config, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.children, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

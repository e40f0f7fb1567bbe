/// A HierarchicalRightSet
#[derive(Debug, Clone, PartialEq, Default)]
pub struct HierarchicalRightSet {
    /// The unique identifier of the RightSet.
    pub id: Option<String>,
    /// The human-readable name of the RightSet.
    pub name: Option<String>,
    /// A human-readable description of the RightSet.
    pub description: Option<Option<String>>,
    /// The category of the RightSet.
    pub category: Option<String>,
    /// Nested configuration for the HierarchicalRightSet.
    pub nested_config: Option<crate::NestedConfig>,
    /// List of child HierarchicalRightSets.
    pub children: Option<Vec<crate::HierarchicalRightSet>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl HierarchicalRightSet {
    /// Builds a `HierarchicalRightSet` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(HierarchicalRightSet {
    id: optional::<String>(id),
    name: optional::<String>(name),
    description: nullable::<String>(description, description_null),
    category: optional::<String>(category),
    nested_config: optional::<crate::NestedConfig>(nested_config),
    children: optional::<Vec<crate::HierarchicalRightSet>>(children),
});
crate::serde_helpers::serde_struct!(HierarchicalRightSet {
    id: optional("id"),
    name: optional("name"),
    description: nullable("description"),
    category: optional("category"),
    nested_config: optional("nestedConfig"),
    children: optional("children"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for HierarchicalRightSet {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.nested_config, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.children, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

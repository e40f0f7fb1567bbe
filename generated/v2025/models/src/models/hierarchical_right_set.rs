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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl HierarchicalRightSet {
    /// Builds a `HierarchicalRightSet` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(Some(value.into()));
        self
    }
    /// Sets `description` to an explicit `null`.
    pub fn description_null(mut self) -> Self {
        self.description = Some(None);
        self
    }
    /// Sets `category`.
    pub fn category(mut self, value: impl Into<String>) -> Self {
        self.category = Some(value.into());
        self
    }
    /// Sets `nested_config`.
    pub fn nested_config(mut self, value: impl Into<crate::NestedConfig>) -> Self {
        self.nested_config = Some(value.into());
        self
    }
    /// Sets `children`.
    pub fn children(
        mut self,
        value: impl Into<Vec<crate::HierarchicalRightSet>>,
    ) -> Self {
        self.children = Some(value.into());
        self
    }
}
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

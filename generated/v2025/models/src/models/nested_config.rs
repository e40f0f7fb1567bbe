/// A NestedConfig
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NestedConfig {
    /// The unique identifier of the ancestor RightSet.
    pub ancestor_id: Option<String>,
    /// The depth level of the configuration.
    pub depth: Option<i32>,
    /// The unique identifier of the parent RightSet.
    pub parent_id: Option<Option<String>>,
    /// List of unique identifiers for child configurations.
    pub children_ids: Option<Vec<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl NestedConfig {
    /// Builds a `NestedConfig` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(NestedConfig {
    ancestor_id: optional::<String>(ancestor_id),
    depth: optional::<i32>(depth),
    parent_id: nullable::<String>(parent_id, parent_id_null),
    children_ids: optional::<Vec<String>>(children_ids),
});
crate::serde_helpers::serde_struct!(NestedConfig {
    ancestor_id: optional("ancestorId"),
    depth: optional("depth"),
    parent_id: nullable("parentId"),
    children_ids: optional("childrenIds"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for NestedConfig {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}

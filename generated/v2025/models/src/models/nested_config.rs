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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl NestedConfig {
    /// Builds a `NestedConfig` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `ancestor_id`.
    pub fn ancestor_id(mut self, value: impl Into<String>) -> Self {
        self.ancestor_id = Some(value.into());
        self
    }
    /// Sets `depth`.
    pub fn depth(mut self, value: impl Into<i32>) -> Self {
        self.depth = Some(value.into());
        self
    }
    /// Sets `parent_id`.
    pub fn parent_id(mut self, value: impl Into<String>) -> Self {
        self.parent_id = Some(Some(value.into()));
        self
    }
    /// Sets `parent_id` to an explicit `null`.
    pub fn parent_id_null(mut self) -> Self {
        self.parent_id = Some(None);
        self
    }
    /// Sets `children_ids`.
    pub fn children_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.children_ids = Some(value.into());
        self
    }
}
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

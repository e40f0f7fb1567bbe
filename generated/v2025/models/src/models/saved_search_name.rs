#[derive(Debug, Clone, PartialEq, Default)]
pub struct SavedSearchName {
    /// The name of the saved search.
    pub name: Option<String>,
    /// The description of the saved search.
    pub description: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl SavedSearchName {
    /// Builds a `SavedSearchName` with every field unset.
    pub fn new() -> Self {
        Self::default()
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
}
crate::serde_helpers::serde_struct!(SavedSearchName {
    name: optional("name"),
    description: nullable("description"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SavedSearchName {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}

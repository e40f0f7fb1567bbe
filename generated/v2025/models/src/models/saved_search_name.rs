#[derive(Debug, Clone, PartialEq, Default)]
pub struct SavedSearchName {
    /// The name of the saved search.
    pub name: Option<String>,
    /// The description of the saved search.
    pub description: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SavedSearchName {
    /// Builds a `SavedSearchName` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SavedSearchName {
    name: optional::<String>(name),
    description: nullable::<String>(description, description_null),
});
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

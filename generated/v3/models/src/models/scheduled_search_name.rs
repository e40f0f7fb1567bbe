#[derive(Debug, Clone, PartialEq, Default)]
pub struct ScheduledSearchName {
    /// The name of the scheduled search.
    pub name: Option<Option<String>>,
    /// The description of the scheduled search.
    pub description: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ScheduledSearchName {
    /// Builds a `ScheduledSearchName` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ScheduledSearchName {
    name: nullable::<String>(name, name_null),
    description: nullable::<String>(description, description_null),
});
crate::serde_helpers::serde_struct!(ScheduledSearchName {
    name: nullable("name"),
    description: nullable("description"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ScheduledSearchName {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}

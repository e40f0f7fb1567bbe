/// Allows the query results to be filtered by specifying a list of fields to include and/or exclude from the result documents.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct QueryResultFilter {
    /// The list of field names to include in the result documents.
    pub includes: Option<Vec<String>>,
    /// The list of field names to exclude from the result documents.
    pub excludes: Option<Vec<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl QueryResultFilter {
    /// Builds a `QueryResultFilter` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(QueryResultFilter {
    includes: optional::<Vec<String>>(includes),
    excludes: optional::<Vec<String>>(excludes),
});
crate::serde_helpers::serde_struct!(QueryResultFilter {
    includes: optional("includes"),
    excludes: optional("excludes"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for QueryResultFilter {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}

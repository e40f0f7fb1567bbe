#[derive(Debug, Clone, PartialEq, Default)]
pub struct NonEmployeeSourceLite {
    /// Non-Employee source id.
    ///
    /// Format: `uuid`.
    pub id: Option<String>,
    /// Source Id associated with this non-employee source.
    pub source_id: Option<String>,
    /// Source name associated with this non-employee source.
    pub name: Option<String>,
    /// Source description associated with this non-employee source.
    pub description: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl NonEmployeeSourceLite {
    /// Builds a `NonEmployeeSourceLite` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(NonEmployeeSourceLite {
    id: optional::<String>(id),
    source_id: optional::<String>(source_id),
    name: optional::<String>(name),
    description: optional::<String>(description),
});
crate::serde_helpers::serde_struct!(NonEmployeeSourceLite {
    id: optional("id"),
    source_id: optional("sourceId"),
    name: optional("name"),
    description: optional("description"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for NonEmployeeSourceLite {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}

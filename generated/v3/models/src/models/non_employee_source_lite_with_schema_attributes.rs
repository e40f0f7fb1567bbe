/// Includes the fields of [`NonEmployeeSourceLite`](crate::NonEmployeeSourceLite).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NonEmployeeSourceLiteWithSchemaAttributes {
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
    /// List of schema attributes associated with this non-employee source.
    pub schema_attributes: Option<Vec<crate::NonEmployeeSchemaAttribute>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl NonEmployeeSourceLiteWithSchemaAttributes {
    /// Builds a `NonEmployeeSourceLiteWithSchemaAttributes` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(NonEmployeeSourceLiteWithSchemaAttributes {
    id: optional::<String>(id),
    source_id: optional::<String>(source_id),
    name: optional::<String>(name),
    description: optional::<String>(description),
    schema_attributes: optional::<Vec<crate::NonEmployeeSchemaAttribute>>(schema_attributes),
});
crate::serde_helpers::serde_struct!(NonEmployeeSourceLiteWithSchemaAttributes {
    id: optional("id"),
    source_id: optional("sourceId"),
    name: optional("name"),
    description: optional("description"),
    schema_attributes: optional("schemaAttributes"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for NonEmployeeSourceLiteWithSchemaAttributes {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.schema_attributes, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct FormDefinitionDynamicSchemaResponse {
    /// OutputSchema holds a JSON schema generated dynamically
    pub output_schema: Option<::indexmap::IndexMap<String, ::serde_json::Value>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl FormDefinitionDynamicSchemaResponse {
    /// Builds a `FormDefinitionDynamicSchemaResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(FormDefinitionDynamicSchemaResponse {
    output_schema: optional::<::indexmap::IndexMap<String, ::serde_json::Value>>(output_schema),
});
crate::serde_helpers::serde_struct!(FormDefinitionDynamicSchemaResponse {
    output_schema: optional("outputSchema"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for FormDefinitionDynamicSchemaResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.output_schema, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

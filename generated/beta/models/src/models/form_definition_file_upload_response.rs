#[derive(Debug, Clone, PartialEq, Default)]
pub struct FormDefinitionFileUploadResponse {
    /// Created is the date the file was uploaded
    pub created: Option<String>,
    /// fileId is a unique ULID that serves as an identifier for the form definition file
    pub file_id: Option<String>,
    /// FormDefinitionID is a unique guid identifying this form definition
    pub form_definition_id: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl FormDefinitionFileUploadResponse {
    /// Builds a `FormDefinitionFileUploadResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(FormDefinitionFileUploadResponse {
    created: optional::<String>(created),
    file_id: optional::<String>(file_id),
    form_definition_id: optional::<String>(form_definition_id),
});
crate::serde_helpers::serde_struct!(FormDefinitionFileUploadResponse {
    created: optional("created"),
    file_id: optional("fileId"),
    form_definition_id: optional("formDefinitionId"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for FormDefinitionFileUploadResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}

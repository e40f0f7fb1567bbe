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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl FormDefinitionFileUploadResponse {
    /// Builds a `FormDefinitionFileUploadResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `created`.
    pub fn created(mut self, value: impl Into<String>) -> Self {
        self.created = Some(value.into());
        self
    }
    /// Sets `file_id`.
    pub fn file_id(mut self, value: impl Into<String>) -> Self {
        self.file_id = Some(value.into());
        self
    }
    /// Sets `form_definition_id`.
    pub fn form_definition_id(mut self, value: impl Into<String>) -> Self {
        self.form_definition_id = Some(value.into());
        self
    }
}
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

#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct FormDefinitionFileUploadResponse {
    /// Created is the date the file was uploaded
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<String>,
    /// fileId is a unique ULID that serves as an identifier for the form definition file
    #[serde(rename = "fileId", default, skip_serializing_if = "Option::is_none")]
    pub file_id: Option<String>,
    /// FormDefinitionID is a unique guid identifying this form definition
    #[serde(
        rename = "formDefinitionId",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub form_definition_id: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
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
impl crate::serde_helpers::SchemaFit for FormDefinitionFileUploadResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}

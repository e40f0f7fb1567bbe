#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct FormSubmitted {
    /// Date and time when the user submitted the form.
    #[serde(rename = "submittedAt")]
    pub submitted_at: String,
    /// ISC tenant's unique identifier.
    #[serde(rename = "tenantId")]
    pub tenant_id: String,
    /// Form instance's unique identifier.
    #[serde(rename = "formInstanceId")]
    pub form_instance_id: String,
    /// Form definition's unique identifier.
    #[serde(rename = "formDefinitionId")]
    pub form_definition_id: String,
    /// Form's name.
    pub name: String,
    /// Origin of the form creation.
    #[serde(rename = "createdBy")]
    pub created_by: crate::FormSubmittedCreatedBy,
    /// Identity who submitted the form.
    #[serde(rename = "submittedBy")]
    pub submitted_by: crate::FormSubmittedSubmittedBy,
    /// Data in the submitted form.
    #[serde(rename = "formData")]
    pub form_data: ::serde_json::Value,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl FormSubmitted {
    /// Builds a `FormSubmitted` from its required fields; the others are unset.
    pub fn new(
        submitted_at: String,
        tenant_id: String,
        form_instance_id: String,
        form_definition_id: String,
        name: String,
        created_by: crate::FormSubmittedCreatedBy,
        submitted_by: crate::FormSubmittedSubmittedBy,
        form_data: ::serde_json::Value,
    ) -> Self {
        Self {
            submitted_at,
            tenant_id,
            form_instance_id,
            form_definition_id,
            name,
            created_by,
            submitted_by,
            form_data,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for FormSubmitted {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.created_by, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.submitted_by, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.form_data, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

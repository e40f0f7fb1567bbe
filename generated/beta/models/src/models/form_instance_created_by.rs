#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct FormInstanceCreatedBy {
    /// ID is a unique identifier
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Type is a form instance created by type enum value
    /// WORKFLOW_EXECUTION FormInstanceCreatedByTypeWorkflowExecution
    /// SOURCE FormInstanceCreatedByTypeSource
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<crate::FormInstanceCreatedByType>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl FormInstanceCreatedBy {
    /// Builds a `FormInstanceCreatedBy` with every field unset.
    pub fn new() -> Self {
        Self {
            id: None,
            r#type: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for FormInstanceCreatedBy {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

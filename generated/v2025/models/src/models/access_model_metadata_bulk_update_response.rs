#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccessModelMetadataBulkUpdateResponse {
    /// ID of the task which is executing the bulk update.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Type of the bulk update object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// The status of the bulk update request, only list unfinished request's status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<crate::AccessModelMetadataBulkUpdateResponseStatus>,
    /// Time when the bulk update request was created
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<crate::primitives::DateTime>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccessModelMetadataBulkUpdateResponse {
    /// Builds a `AccessModelMetadataBulkUpdateResponse` with every field unset.
    pub fn new() -> Self {
        Self {
            id: None,
            r#type: None,
            status: None,
            created: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for AccessModelMetadataBulkUpdateResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.status, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

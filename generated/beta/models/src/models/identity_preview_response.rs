#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct IdentityPreviewResponse {
    /// Identity's manager.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identity: Option<crate::IdentityPreviewResponseIdentity>,
    #[serde(
        rename = "previewAttributes",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub preview_attributes: Option<Vec<crate::IdentityAttributePreview>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl IdentityPreviewResponse {
    /// Builds a `IdentityPreviewResponse` with every field unset.
    pub fn new() -> Self {
        Self {
            identity: None,
            preview_attributes: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for IdentityPreviewResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.identity, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.preview_attributes, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

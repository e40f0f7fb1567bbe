#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TemplateBulkDeleteDto {
    /// The template key to delete
    pub key: String,
    /// The notification medium (EMAIL, SLACK, or TEAMS)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub medium: Option<crate::TemplateBulkDeleteDtoMedium>,
    /// The locale for the message text, a BCP 47 language tag.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl TemplateBulkDeleteDto {
    /// Builds a `TemplateBulkDeleteDto` from its required fields; the others are unset.
    pub fn new(key: String) -> Self {
        Self {
            key,
            medium: None,
            locale: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for TemplateBulkDeleteDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.medium, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccessRequestRecommendationActionItemResponseDto {
    /// The identity ID taking the action.
    ///
    /// Format: `uuid`.
    #[serde(rename = "identityId", default, skip_serializing_if = "Option::is_none")]
    pub identity_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access: Option<crate::AccessRequestRecommendationItem>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<crate::primitives::DateTime>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccessRequestRecommendationActionItemResponseDto {
    /// Builds a `AccessRequestRecommendationActionItemResponseDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
impl crate::serde_helpers::SchemaFit
for AccessRequestRecommendationActionItemResponseDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.access, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct AccessRequestRecommendationActionItemDto {
    /// The identity ID taking the action.
    ///
    /// Format: `uuid`.
    pub identity_id: String,
    pub access: crate::AccessRequestRecommendationItem,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessRequestRecommendationActionItemDto {
    /// Builds a `AccessRequestRecommendationActionItemDto` from its required fields; the others are unset.
    pub fn new(
        identity_id: impl Into<String>,
        access: impl Into<crate::AccessRequestRecommendationItem>,
    ) -> Self {
        Self {
            identity_id: identity_id.into(),
            access: access.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(AccessRequestRecommendationActionItemDto {
    identity_id: required("identityId"),
    access: required("access"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessRequestRecommendationActionItemDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.access, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

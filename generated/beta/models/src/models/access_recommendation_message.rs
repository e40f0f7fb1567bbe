#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccessRecommendationMessage {
    /// Information about why the access item was recommended.
    pub interpretation: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessRecommendationMessage {
    /// Builds a `AccessRecommendationMessage` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AccessRecommendationMessage {
    interpretation: optional::<String>(interpretation),
});
crate::serde_helpers::serde_struct!(AccessRecommendationMessage {
    interpretation: optional("interpretation"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessRecommendationMessage {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}

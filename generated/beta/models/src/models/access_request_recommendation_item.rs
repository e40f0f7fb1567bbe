#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccessRequestRecommendationItem {
    /// ID of access item being recommended.
    ///
    /// Format: `uuid`.
    pub id: Option<String>,
    pub r#type: Option<crate::AccessRequestRecommendationItemType>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessRequestRecommendationItem {
    /// Builds a `AccessRequestRecommendationItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AccessRequestRecommendationItem {
    id: optional::<String>(id),
    r#type: optional::<crate::AccessRequestRecommendationItemType>(r#type),
});
crate::serde_helpers::serde_struct!(AccessRequestRecommendationItem {
    id: optional("id"),
    r#type: optional("type"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessRequestRecommendationItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccessRequestRecommendationItem {
    /// ID of access item being recommended.
    ///
    /// Format: `uuid`.
    pub id: Option<String>,
    pub r#type: Option<crate::AccessRequestRecommendationItemType>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccessRequestRecommendationItem {
    /// Builds a `AccessRequestRecommendationItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn r#type(
        mut self,
        value: impl Into<crate::AccessRequestRecommendationItemType>,
    ) -> Self {
        self.r#type = Some(value.into());
        self
    }
}
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

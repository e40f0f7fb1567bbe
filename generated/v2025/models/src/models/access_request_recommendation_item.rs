#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccessRequestRecommendationItem {
    /// ID of access item being recommended.
    ///
    /// Format: `uuid`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<crate::AccessRequestRecommendationItemType>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
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
impl crate::serde_helpers::SchemaFit for AccessRequestRecommendationItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListCampaignFiltersResponse {
    /// List of campaign filters.
    pub items: Option<Vec<crate::CampaignFilterDetails>>,
    /// Number of filters returned.
    pub count: Option<i64>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ListCampaignFiltersResponse {
    /// Builds a `ListCampaignFiltersResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ListCampaignFiltersResponse {
    items: optional::<Vec<crate::CampaignFilterDetails>>(items),
    count: optional::<i64>(count),
});
crate::serde_helpers::serde_struct!(ListCampaignFiltersResponse {
    items: optional("items"),
    count: optional("count"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ListCampaignFiltersResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.items, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

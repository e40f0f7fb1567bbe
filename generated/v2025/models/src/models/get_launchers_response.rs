#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetLaunchersResponse {
    /// Pagination marker
    pub next: Option<String>,
    pub items: Option<Vec<crate::Launcher>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl GetLaunchersResponse {
    /// Builds a `GetLaunchersResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(GetLaunchersResponse {
    next: optional::<String>(next),
    items: optional::<Vec<crate::Launcher>>(items),
});
crate::serde_helpers::serde_struct!(GetLaunchersResponse {
    next: optional("next"),
    items: optional("items"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for GetLaunchersResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.items, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

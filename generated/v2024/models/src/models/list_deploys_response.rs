#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListDeploysResponse {
    /// list of deployments
    pub items: Option<Vec<crate::DeployResponse>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ListDeploysResponse {
    /// Builds a `ListDeploysResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ListDeploysResponse {
    items: optional::<Vec<crate::DeployResponse>>(items),
});
crate::serde_helpers::serde_struct!(ListDeploysResponse {
    items: optional("items"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ListDeploysResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.items, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetTenantContextResponseItem {
    pub key: Option<String>,
    pub value: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl GetTenantContextResponseItem {
    /// Builds a `GetTenantContextResponseItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(GetTenantContextResponseItem {
    key: optional::<String>(key),
    value: optional::<String>(value),
});
crate::serde_helpers::serde_struct!(GetTenantContextResponseItem {
    key: optional("key"),
    value: optional("value"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for GetTenantContextResponseItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}

/// Role Propagation Response
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RolePropagationResponse {
    /// Id of the Role Propagation process triggered.
    pub role_propagation_id: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RolePropagationResponse {
    /// Builds a `RolePropagationResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(RolePropagationResponse {
    role_propagation_id: optional::<String>(role_propagation_id),
});
crate::serde_helpers::serde_struct!(RolePropagationResponse {
    role_propagation_id: optional("rolePropagationId"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RolePropagationResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}

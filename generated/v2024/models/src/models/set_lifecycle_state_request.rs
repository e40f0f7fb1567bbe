#[derive(Debug, Clone, PartialEq, Default)]
pub struct SetLifecycleStateRequest {
    /// ID of the lifecycle state to set.
    pub lifecycle_state_id: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SetLifecycleStateRequest {
    /// Builds a `SetLifecycleStateRequest` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SetLifecycleStateRequest {
    lifecycle_state_id: optional::<String>(lifecycle_state_id),
});
crate::serde_helpers::serde_struct!(SetLifecycleStateRequest {
    lifecycle_state_id: optional("lifecycleStateId"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SetLifecycleStateRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}

/// Role Change Propagation Config Input
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RolePropagationConfigInput {
    /// Indicates if the Role Change Propagation process should be enabled for the tenant
    pub enabled: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RolePropagationConfigInput {
    /// Builds a `RolePropagationConfigInput` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(RolePropagationConfigInput {
    enabled: optional::<bool>(enabled),
});
crate::serde_helpers::serde_struct!(RolePropagationConfigInput {
    enabled: optional("enabled"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RolePropagationConfigInput {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}

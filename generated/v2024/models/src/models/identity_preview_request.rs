#[derive(Debug, Clone, PartialEq, Default)]
pub struct IdentityPreviewRequest {
    /// The Identity id
    ///
    /// Format: `uuid`.
    pub identity_id: Option<String>,
    pub identity_attribute_config: Option<crate::IdentityAttributeConfig>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl IdentityPreviewRequest {
    /// Builds a `IdentityPreviewRequest` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(IdentityPreviewRequest {
    identity_id: optional::<String>(identity_id),
    identity_attribute_config: optional::<crate::IdentityAttributeConfig>(identity_attribute_config),
});
crate::serde_helpers::serde_struct!(IdentityPreviewRequest {
    identity_id: optional("identityId"),
    identity_attribute_config: optional("identityAttributeConfig"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for IdentityPreviewRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.identity_attribute_config, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

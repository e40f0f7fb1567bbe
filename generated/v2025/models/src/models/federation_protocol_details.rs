#[derive(Debug, Clone, PartialEq, Default)]
pub struct FederationProtocolDetails {
    /// Federation protocol role
    pub role: Option<crate::FederationProtocolDetailsRole>,
    /// An entity ID is a globally unique name for a SAML entity, either an Identity Provider (IDP) or a Service Provider (SP).
    pub entity_id: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl FederationProtocolDetails {
    /// Builds a `FederationProtocolDetails` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(FederationProtocolDetails {
    role: optional::<crate::FederationProtocolDetailsRole>(role),
    entity_id: optional::<String>(entity_id),
});
crate::serde_helpers::serde_struct!(FederationProtocolDetails {
    role: optional("role"),
    entity_id: optional("entityId"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for FederationProtocolDetails {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.role, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

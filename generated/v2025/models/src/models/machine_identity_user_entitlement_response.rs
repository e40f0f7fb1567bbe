#[derive(Debug, Clone, PartialEq, Default)]
pub struct MachineIdentityUserEntitlementResponse {
    /// System-generated unique ID of the Object
    pub id: Option<String>,
    /// System-generated unique ID of the Machine Identity
    pub machine_identity_id: Option<String>,
    /// The source of the user entitlement
    pub source: Option<crate::BaseReferenceDto>,
    /// The user entitlement
    pub entitlement: Option<crate::BaseReferenceDto>,
    /// Creation date of the Object
    ///
    /// Read-only: set by the server.
    pub created: Option<crate::primitives::DateTime>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl MachineIdentityUserEntitlementResponse {
    /// Builds a `MachineIdentityUserEntitlementResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(MachineIdentityUserEntitlementResponse {
    id: optional::<String>(id),
    machine_identity_id: optional::<String>(machine_identity_id),
    source: optional::<crate::BaseReferenceDto>(source),
    entitlement: optional::<crate::BaseReferenceDto>(entitlement),
    created: optional::<crate::primitives::DateTime>(created),
});
crate::serde_helpers::serde_struct!(MachineIdentityUserEntitlementResponse {
    id: optional("id"),
    machine_identity_id: optional("machineIdentityId"),
    source: optional("source"),
    entitlement: optional("entitlement"),
    created: optional("created"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for MachineIdentityUserEntitlementResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.source, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.entitlement, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

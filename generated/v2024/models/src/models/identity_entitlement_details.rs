#[derive(Debug, Clone, PartialEq, Default)]
pub struct IdentityEntitlementDetails {
    /// Id of Identity
    pub identity_id: Option<String>,
    pub entitlement: Option<crate::IdentityEntitlementDetailsEntitlementDto>,
    /// Id of Source
    pub source_id: Option<String>,
    /// A list of account targets on the identity provisioned with the requested entitlement.
    pub account_targets: Option<Vec<crate::IdentityEntitlementDetailsAccountTarget>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl IdentityEntitlementDetails {
    /// Builds a `IdentityEntitlementDetails` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(IdentityEntitlementDetails {
    identity_id: optional::<String>(identity_id),
    entitlement: optional::<crate::IdentityEntitlementDetailsEntitlementDto>(entitlement),
    source_id: optional::<String>(source_id),
    account_targets: optional::<Vec<crate::IdentityEntitlementDetailsAccountTarget>>(account_targets),
});
crate::serde_helpers::serde_struct!(IdentityEntitlementDetails {
    identity_id: optional("identityId"),
    entitlement: optional("entitlement"),
    source_id: optional("sourceId"),
    account_targets: optional("accountTargets"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for IdentityEntitlementDetails {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.entitlement, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.account_targets, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

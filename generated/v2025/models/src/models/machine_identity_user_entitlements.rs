/// Reference to a user entitlement.
#[derive(Debug, Clone, PartialEq)]
pub struct MachineIdentityUserEntitlements {
    /// Entitlement identifier.
    pub entitlement_id: String,
    /// Display name of the entitlement.
    pub display_name: String,
    pub source: crate::MachineIdentitySourceReference,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl MachineIdentityUserEntitlements {
    /// Builds a `MachineIdentityUserEntitlements` from its required fields; the others are unset.
    pub fn new(
        entitlement_id: impl Into<String>,
        display_name: impl Into<String>,
        source: impl Into<crate::MachineIdentitySourceReference>,
    ) -> Self {
        Self {
            entitlement_id: entitlement_id.into(),
            display_name: display_name.into(),
            source: source.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(MachineIdentityUserEntitlements {
    entitlement_id: required("entitlementId"),
    display_name: required("displayName"),
    source: required("source"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for MachineIdentityUserEntitlements {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.source, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

/// The owner configuration associated to the machine identity
#[derive(Debug, Clone, PartialEq)]
pub struct MachineIdentityOwners {
    /// Defines the identity which is selected as the primary owner
    pub primary_identity: crate::BaseReferenceDto,
    /// Defines the identities which are selected as secondary owners
    pub secondary_identities: Vec<crate::BaseReferenceDto>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl MachineIdentityOwners {
    /// Builds a `MachineIdentityOwners` from its required fields; the others are unset.
    pub fn new(
        primary_identity: impl Into<crate::BaseReferenceDto>,
        secondary_identities: impl Into<Vec<crate::BaseReferenceDto>>,
    ) -> Self {
        Self {
            primary_identity: primary_identity.into(),
            secondary_identities: secondary_identities.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(MachineIdentityOwners {
    primary_identity: required("primaryIdentity"),
    secondary_identities: required("secondaryIdentities"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for MachineIdentityOwners {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.primary_identity, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.secondary_identities, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

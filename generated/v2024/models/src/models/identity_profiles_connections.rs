#[derive(Debug, Clone, PartialEq, Default)]
pub struct IdentityProfilesConnections {
    /// ID of the IdentityProfile this reference applies
    pub id: Option<String>,
    /// Human-readable display name of the IdentityProfile to which this reference applies
    pub name: Option<String>,
    /// The Number of Identities managed by this IdentityProfile
    pub identity_count: Option<i64>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl IdentityProfilesConnections {
    /// Builds a `IdentityProfilesConnections` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(IdentityProfilesConnections {
    id: optional::<String>(id),
    name: optional::<String>(name),
    identity_count: optional::<i64>(identity_count),
});
crate::serde_helpers::serde_struct!(IdentityProfilesConnections {
    id: optional("id"),
    name: optional("name"),
    identity_count: optional("identityCount"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for IdentityProfilesConnections {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}

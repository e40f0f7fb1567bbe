#[derive(Debug, Clone, PartialEq, Default)]
pub struct CertificationIdentitySummary {
    /// The ID of the identity summary
    pub id: Option<String>,
    /// Name of the linked identity
    pub name: Option<String>,
    /// The ID of the identity being certified
    pub identity_id: Option<String>,
    /// Indicates whether the review items for the linked identity's certification have been completed
    pub completed: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl CertificationIdentitySummary {
    /// Builds a `CertificationIdentitySummary` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(CertificationIdentitySummary {
    id: optional::<String>(id),
    name: optional::<String>(name),
    identity_id: optional::<String>(identity_id),
    completed: optional::<bool>(completed),
});
crate::serde_helpers::serde_struct!(CertificationIdentitySummary {
    id: optional("id"),
    name: optional("name"),
    identity_id: optional("identityId"),
    completed: optional("completed"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for CertificationIdentitySummary {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}

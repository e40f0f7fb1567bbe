#[derive(Debug, Clone, PartialEq, Default)]
pub struct IdentitySummary {
    /// ID of this identity summary
    pub id: Option<String>,
    /// Human-readable display name of identity
    pub name: Option<String>,
    /// ID of the identity that this summary represents
    pub identity_id: Option<String>,
    /// Indicates if all access items for this summary have been decided on
    pub completed: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl IdentitySummary {
    /// Builds a `IdentitySummary` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(IdentitySummary {
    id: optional::<String>(id),
    name: optional::<String>(name),
    identity_id: optional::<String>(identity_id),
    completed: optional::<bool>(completed),
});
crate::serde_helpers::serde_struct!(IdentitySummary {
    id: optional("id"),
    name: optional("name"),
    identity_id: optional("identityId"),
    completed: optional("completed"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for IdentitySummary {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}

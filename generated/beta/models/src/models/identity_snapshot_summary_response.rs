#[derive(Debug, Clone, PartialEq, Default)]
pub struct IdentitySnapshotSummaryResponse {
    /// the date when the identity record was created
    pub snapshot: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl IdentitySnapshotSummaryResponse {
    /// Builds a `IdentitySnapshotSummaryResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(IdentitySnapshotSummaryResponse {
    snapshot: optional::<String>(snapshot),
});
crate::serde_helpers::serde_struct!(IdentitySnapshotSummaryResponse {
    snapshot: optional("snapshot"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for IdentitySnapshotSummaryResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}

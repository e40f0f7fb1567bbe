#[derive(Debug, Clone, PartialEq, Default)]
pub struct IdentitiesAccountsBulkRequest {
    /// The ids of the identities for which enable/disable accounts.
    pub identity_ids: Option<Vec<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl IdentitiesAccountsBulkRequest {
    /// Builds a `IdentitiesAccountsBulkRequest` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(IdentitiesAccountsBulkRequest {
    identity_ids: optional::<Vec<String>>(identity_ids),
});
crate::serde_helpers::serde_struct!(IdentitiesAccountsBulkRequest {
    identity_ids: optional("identityIds"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for IdentitiesAccountsBulkRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}

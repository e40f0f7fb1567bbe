#[derive(Debug, Clone, PartialEq, Default)]
pub struct IdentitiesAccountsBulkRequest {
    /// The ids of the identities for which enable/disable accounts.
    pub identity_ids: Option<Vec<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl IdentitiesAccountsBulkRequest {
    /// Builds a `IdentitiesAccountsBulkRequest` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `identity_ids`.
    pub fn identity_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.identity_ids = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(IdentitiesAccountsBulkRequest {
    identity_ids: optional("identityIds"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for IdentitiesAccountsBulkRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}

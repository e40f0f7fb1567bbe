#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct IdentitiesAccountsBulkRequest {
    /// The ids of the identities for which enable/disable accounts.
    #[serde(rename = "identityIds", default, skip_serializing_if = "Option::is_none")]
    pub identity_ids: Option<Vec<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
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
impl crate::serde_helpers::SchemaFit for IdentitiesAccountsBulkRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}

/// Bulk response object.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BulkIdentitiesAccountsResponse {
    /// Identifier of bulk request item.
    pub id: Option<String>,
    /// Response status value.
    pub status_code: Option<i32>,
    /// Status containing additional context information about failures.
    pub message: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl BulkIdentitiesAccountsResponse {
    /// Builds a `BulkIdentitiesAccountsResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `status_code`.
    pub fn status_code(mut self, value: impl Into<i32>) -> Self {
        self.status_code = Some(value.into());
        self
    }
    /// Sets `message`.
    pub fn message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(BulkIdentitiesAccountsResponse {
    id: optional("id"),
    status_code: optional("statusCode"),
    message: optional("message"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for BulkIdentitiesAccountsResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}

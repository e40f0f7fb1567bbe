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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl BulkIdentitiesAccountsResponse {
    /// Builds a `BulkIdentitiesAccountsResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(BulkIdentitiesAccountsResponse {
    id: optional::<String>(id),
    status_code: optional::<i32>(status_code),
    message: optional::<String>(message),
});
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

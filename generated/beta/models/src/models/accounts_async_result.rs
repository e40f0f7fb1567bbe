/// Accounts async response containing details on started async process
#[derive(Debug, Clone, PartialEq)]
pub struct AccountsAsyncResult {
    /// id of the task
    pub id: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccountsAsyncResult {
    /// Builds a `AccountsAsyncResult` from its required fields; the others are unset.
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(AccountsAsyncResult {
    id: required("id"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccountsAsyncResult {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoleBulkDeleteRequest {
    /// List of IDs of Roles to be deleted.
    pub role_ids: Vec<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RoleBulkDeleteRequest {
    /// Builds a `RoleBulkDeleteRequest` from its required fields; the others are unset.
    pub fn new(role_ids: impl Into<Vec<String>>) -> Self {
        Self {
            role_ids: role_ids.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(RoleBulkDeleteRequest {
    role_ids: required("roleIds"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RoleBulkDeleteRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}

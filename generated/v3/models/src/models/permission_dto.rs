/// Simplified DTO for the Permission objects stored in SailPoint's database. The data is aggregated from customer systems and is free-form, so its appearance can vary largely between different clients/customers.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PermissionDto {
    /// All the rights (e.g. actions) that this permission allows on the target
    ///
    /// Read-only: set by the server.
    pub rights: Option<Vec<String>>,
    /// The target the permission would grants rights on.
    ///
    /// Read-only: set by the server.
    pub target: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl PermissionDto {
    /// Builds a `PermissionDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(PermissionDto {
    rights: optional::<Vec<String>>(rights),
    target: optional::<String>(target),
});
crate::serde_helpers::serde_struct!(PermissionDto {
    rights: optional("rights"),
    target: optional("target"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for PermissionDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}

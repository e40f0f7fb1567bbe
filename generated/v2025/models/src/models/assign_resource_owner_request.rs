#[derive(Debug, Clone, PartialEq, Default)]
pub struct AssignResourceOwnerRequest {
    /// The unique identifier of the application containing the resource.
    pub app_id: Option<i64>,
    /// The full path to the resource within the application (e.g., file path or object path).
    pub full_path: Option<Option<String>>,
    /// The unique identifier (UUID) of the identity to be assigned as the resource owner.
    ///
    /// Format: `uuid`.
    pub identity_id: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AssignResourceOwnerRequest {
    /// Builds a `AssignResourceOwnerRequest` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AssignResourceOwnerRequest {
    app_id: optional::<i64>(app_id),
    full_path: nullable::<String>(full_path, full_path_null),
    identity_id: optional::<String>(identity_id),
});
crate::serde_helpers::serde_struct!(AssignResourceOwnerRequest {
    app_id: optional("appId"),
    full_path: nullable("fullPath"),
    identity_id: optional("identityId"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AssignResourceOwnerRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}

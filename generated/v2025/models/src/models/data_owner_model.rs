#[derive(Debug, Clone, PartialEq, Default)]
pub struct DataOwnerModel {
    /// The unique identifier (UUID) of the identity assigned as the owner of the resource.
    ///
    /// Format: `uuid`.
    pub identity_id: Option<String>,
    /// The unique identifier of the resource owned by the identity.
    pub resource_id: Option<i64>,
    /// The full path to the resource within the system or application.
    pub full_path: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl DataOwnerModel {
    /// Builds a `DataOwnerModel` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(DataOwnerModel {
    identity_id: optional::<String>(identity_id),
    resource_id: optional::<i64>(resource_id),
    full_path: nullable::<String>(full_path, full_path_null),
});
crate::serde_helpers::serde_struct!(DataOwnerModel {
    identity_id: optional("identityId"),
    resource_id: optional("resourceId"),
    full_path: nullable("fullPath"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for DataOwnerModel {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}

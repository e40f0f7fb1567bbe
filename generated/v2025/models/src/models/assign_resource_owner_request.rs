#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AssignResourceOwnerRequest {
    /// The unique identifier of the application containing the resource.
    #[serde(rename = "appId", default, skip_serializing_if = "Option::is_none")]
    pub app_id: Option<i64>,
    /// The full path to the resource within the application (e.g., file path or object path).
    #[serde(
        rename = "fullPath",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub full_path: Option<Option<String>>,
    /// The unique identifier (UUID) of the identity to be assigned as the resource owner.
    ///
    /// Format: `uuid`.
    #[serde(rename = "identityId", default, skip_serializing_if = "Option::is_none")]
    pub identity_id: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AssignResourceOwnerRequest {
    /// Builds a `AssignResourceOwnerRequest` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
impl crate::serde_helpers::SchemaFit for AssignResourceOwnerRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}

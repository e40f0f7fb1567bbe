#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct NonEmployeeIdnUserRequest {
    /// Identity id.
    ///
    /// Format: `uuid`.
    pub id: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl NonEmployeeIdnUserRequest {
    /// Builds a `NonEmployeeIdnUserRequest` from its required fields; the others are unset.
    pub fn new(id: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for NonEmployeeIdnUserRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct CreateUploadedConfigurationRequest {
    /// JSON file containing the objects to be imported.
    ///
    /// Format: `binary`.
    pub data: Vec<u8>,
    /// Name that will be assigned to the uploaded configuration file.
    pub name: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl CreateUploadedConfigurationRequest {
    /// Builds a `CreateUploadedConfigurationRequest` from its required fields; the others are unset.
    pub fn new(data: impl Into<Vec<u8>>, name: impl Into<String>) -> Self {
        Self {
            data: data.into(),
            name: name.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(CreateUploadedConfigurationRequest {
    data: required("data"),
    name: required("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for CreateUploadedConfigurationRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct PutConnectorSourceConfigRequest {
    /// connector source config xml file
    ///
    /// Format: `binary`.
    pub file: Vec<u8>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl PutConnectorSourceConfigRequest {
    /// Builds a `PutConnectorSourceConfigRequest` from its required fields; the others are unset.
    pub fn new(file: impl Into<Vec<u8>>) -> Self {
        Self {
            file: file.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(PutConnectorSourceConfigRequest {
    file: required("file"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for PutConnectorSourceConfigRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}

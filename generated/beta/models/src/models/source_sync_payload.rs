#[derive(Debug, Clone, PartialEq)]
pub struct SourceSyncPayload {
    /// Payload type.
    pub r#type: String,
    /// Payload type.
    pub data_json: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SourceSyncPayload {
    /// Builds a `SourceSyncPayload` from its required fields; the others are unset.
    pub fn new(r#type: impl Into<String>, data_json: impl Into<String>) -> Self {
        Self {
            r#type: r#type.into(),
            data_json: data_json.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(SourceSyncPayload {
    r#type: required("type"),
    data_json: required("dataJson"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SourceSyncPayload {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}

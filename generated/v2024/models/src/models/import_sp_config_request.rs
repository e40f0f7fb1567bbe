#[derive(Debug, Clone, PartialEq)]
pub struct ImportSpConfigRequest {
    /// JSON file containing the objects to be imported.
    ///
    /// Format: `binary`.
    pub data: Vec<u8>,
    pub options: Option<crate::ImportOptions>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ImportSpConfigRequest {
    /// Builds a `ImportSpConfigRequest` from its required fields; the others are unset.
    pub fn new(data: impl Into<Vec<u8>>) -> Self {
        Self {
            data: data.into(),
            options: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(ImportSpConfigRequest {
    options: optional::<crate::ImportOptions>(options),
});
crate::serde_helpers::serde_struct!(ImportSpConfigRequest {
    data: required("data"),
    options: optional("options"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ImportSpConfigRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.options, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

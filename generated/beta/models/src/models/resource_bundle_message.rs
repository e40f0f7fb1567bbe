#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResourceBundleMessage {
    /// The key of the message
    pub key: Option<String>,
    /// The format of the message
    pub format: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ResourceBundleMessage {
    /// Builds a `ResourceBundleMessage` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ResourceBundleMessage {
    key: optional::<String>(key),
    format: optional::<String>(format),
});
crate::serde_helpers::serde_struct!(ResourceBundleMessage {
    key: optional("key"),
    format: optional("format"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ResourceBundleMessage {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}

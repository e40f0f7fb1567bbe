#[derive(Debug, Clone, PartialEq, Default)]
pub struct TranslationMessage {
    /// The key of the translation message
    pub key: Option<String>,
    /// The values corresponding to the translation messages
    pub values: Option<Vec<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl TranslationMessage {
    /// Builds a `TranslationMessage` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(TranslationMessage {
    key: optional::<String>(key),
    values: optional::<Vec<String>>(values),
});
crate::serde_helpers::serde_struct!(TranslationMessage {
    key: optional("key"),
    values: optional("values"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for TranslationMessage {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}

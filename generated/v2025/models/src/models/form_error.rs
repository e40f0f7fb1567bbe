#[derive(Debug, Clone, PartialEq, Default)]
pub struct FormError {
    /// Key is the technical key
    pub key: Option<String>,
    /// Messages is a list of web.ErrorMessage items
    pub messages: Option<Vec<crate::ErrorMessage>>,
    /// Value is the value associated with a Key
    pub value: Option<::serde_json::Value>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl FormError {
    /// Builds a `FormError` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(FormError {
    key: optional::<String>(key),
    messages: optional::<Vec<crate::ErrorMessage>>(messages),
    value: optional::<::serde_json::Value>(value),
});
crate::serde_helpers::serde_struct!(FormError {
    key: optional("key"),
    messages: optional("messages"),
    value: nullable("value"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for FormError {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.messages, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.value, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

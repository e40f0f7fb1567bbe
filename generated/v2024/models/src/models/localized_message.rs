/// Localized error message to indicate a failed invocation or error if any.
#[derive(Debug, Clone, PartialEq)]
pub struct LocalizedMessage {
    /// Message locale
    pub locale: String,
    /// Message text
    pub message: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl LocalizedMessage {
    /// Builds a `LocalizedMessage` from its required fields; the others are unset.
    pub fn new(locale: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            locale: locale.into(),
            message: message.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(LocalizedMessage {
    locale: required("locale"),
    message: required("message"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for LocalizedMessage {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}

/// ErrorMessage is the standard API error response message type.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ErrorMessage {
    /// Locale is the current Locale
    pub locale: Option<String>,
    /// LocaleOrigin holds possible values of how the locale was selected
    pub locale_origin: Option<String>,
    /// Text is the actual text of the error message
    pub text: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ErrorMessage {
    /// Builds a `ErrorMessage` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ErrorMessage {
    locale: optional::<String>(locale),
    locale_origin: optional::<String>(locale_origin),
    text: optional::<String>(text),
});
crate::serde_helpers::serde_struct!(ErrorMessage {
    locale: optional("locale"),
    locale_origin: optional("localeOrigin"),
    text: optional("text"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ErrorMessage {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}

#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ErrorMessageIsTheStandardApiErrorResponseMessageType {
    /// Locale is the current Locale
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    /// LocaleOrigin holds possible values of how the locale was selected
    #[serde(rename = "localeOrigin", default, skip_serializing_if = "Option::is_none")]
    pub locale_origin: Option<String>,
    /// Text is the actual text of the error message
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ErrorMessageIsTheStandardApiErrorResponseMessageType {
    /// Builds a `ErrorMessageIsTheStandardApiErrorResponseMessageType` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
impl crate::serde_helpers::SchemaFit
for ErrorMessageIsTheStandardApiErrorResponseMessageType {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}

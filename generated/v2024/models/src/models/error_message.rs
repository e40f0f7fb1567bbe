/// ErrorMessage is the standard API error response message type.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ErrorMessage {
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
impl ErrorMessage {
    /// Builds a `ErrorMessage` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `locale`.
    pub fn locale(mut self, value: impl Into<String>) -> Self {
        self.locale = Some(value.into());
        self
    }
    /// Sets `locale_origin`.
    pub fn locale_origin(mut self, value: impl Into<String>) -> Self {
        self.locale_origin = Some(value.into());
        self
    }
    /// Sets `text`.
    pub fn text(mut self, value: impl Into<String>) -> Self {
        self.text = Some(value.into());
        self
    }
}
impl crate::serde_helpers::SchemaFit for ErrorMessage {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ErrorMessageDtoV3 {
    /// The locale for the message text, a BCP 47 language tag.
    pub locale: Option<Option<String>>,
    pub locale_origin: Option<Option<crate::LocaleOriginV3>>,
    /// Actual text of the error message in the indicated locale.
    pub text: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ErrorMessageDtoV3 {
    /// Builds a `ErrorMessageDtoV3` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `locale`.
    pub fn locale(mut self, value: impl Into<String>) -> Self {
        self.locale = Some(Some(value.into()));
        self
    }
    /// Sets `locale` to an explicit `null`.
    pub fn locale_null(mut self) -> Self {
        self.locale = Some(None);
        self
    }
    /// Sets `locale_origin`.
    pub fn locale_origin(mut self, value: impl Into<crate::LocaleOriginV3>) -> Self {
        self.locale_origin = Some(Some(value.into()));
        self
    }
    /// Sets `locale_origin` to an explicit `null`.
    pub fn locale_origin_null(mut self) -> Self {
        self.locale_origin = Some(None);
        self
    }
    /// Sets `text`.
    pub fn text(mut self, value: impl Into<String>) -> Self {
        self.text = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(ErrorMessageDtoV3 {
    locale: nullable("locale"),
    locale_origin: nullable("localeOrigin"),
    text: optional("text"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ErrorMessageDtoV3 {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.locale_origin, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

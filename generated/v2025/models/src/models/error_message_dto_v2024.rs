#[derive(Debug, Clone, PartialEq, Default)]
pub struct ErrorMessageDtoV2024 {
    /// The locale for the message text, a BCP 47 language tag.
    pub locale: Option<Option<String>>,
    pub locale_origin: Option<Option<crate::LocaleOriginV2024>>,
    /// Actual text of the error message in the indicated locale.
    pub text: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ErrorMessageDtoV2024 {
    /// Builds a `ErrorMessageDtoV2024` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ErrorMessageDtoV2024 {
    locale: nullable::<String>(locale, locale_null),
    locale_origin: nullable::<crate::LocaleOriginV2024>(locale_origin, locale_origin_null),
    text: optional::<String>(text),
});
crate::serde_helpers::serde_struct!(ErrorMessageDtoV2024 {
    locale: nullable("locale"),
    locale_origin: nullable("localeOrigin"),
    text: optional("text"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ErrorMessageDtoV2024 {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.locale_origin, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

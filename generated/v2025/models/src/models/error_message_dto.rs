#[derive(Debug, Clone, PartialEq, Default)]
pub struct ErrorMessageDto {
    /// The locale for the message text, a BCP 47 language tag.
    pub locale: Option<Option<String>>,
    pub locale_origin: Option<Option<crate::LocaleOrigin>>,
    /// Actual text of the error message in the indicated locale.
    pub text: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ErrorMessageDto {
    /// Builds a `ErrorMessageDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ErrorMessageDto {
    locale: nullable::<String>(locale, locale_null),
    locale_origin: nullable::<crate::LocaleOrigin>(locale_origin, locale_origin_null),
    text: optional::<String>(text),
});
crate::serde_helpers::serde_struct!(ErrorMessageDto {
    locale: nullable("locale"),
    locale_origin: nullable("localeOrigin"),
    text: optional("text"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ErrorMessageDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.locale_origin, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ErrorResponseDto {
    /// Fine-grained error code providing more detail of the error.
    pub detail_code: Option<String>,
    /// Unique tracking id for the error.
    pub tracking_id: Option<String>,
    /// Generic localized reason for error
    pub messages: Option<Vec<crate::ErrorMessageDto>>,
    /// Plain-text descriptive reasons to provide additional detail to the text provided in the messages field
    pub causes: Option<Vec<crate::ErrorMessageDto>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ErrorResponseDto {
    /// Builds a `ErrorResponseDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ErrorResponseDto {
    detail_code: optional::<String>(detail_code),
    tracking_id: optional::<String>(tracking_id),
    messages: optional::<Vec<crate::ErrorMessageDto>>(messages),
    causes: optional::<Vec<crate::ErrorMessageDto>>(causes),
});
crate::serde_helpers::serde_struct!(ErrorResponseDto {
    detail_code: optional("detailCode"),
    tracking_id: optional("trackingId"),
    messages: optional("messages"),
    causes: optional("causes"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ErrorResponseDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.messages, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.causes, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

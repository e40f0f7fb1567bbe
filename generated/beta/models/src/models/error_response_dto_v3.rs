#[derive(Debug, Clone, PartialEq, Default)]
pub struct ErrorResponseDtoV3 {
    /// Fine-grained error code providing more detail of the error.
    pub detail_code: Option<String>,
    /// Unique tracking id for the error.
    pub tracking_id: Option<String>,
    /// Generic localized reason for error
    pub messages: Option<Vec<crate::ErrorMessageDtoV3>>,
    /// Plain-text descriptive reasons to provide additional detail to the text provided in the messages field
    pub causes: Option<Vec<crate::ErrorMessageDtoV3>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ErrorResponseDtoV3 {
    /// Builds a `ErrorResponseDtoV3` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ErrorResponseDtoV3 {
    detail_code: optional::<String>(detail_code),
    tracking_id: optional::<String>(tracking_id),
    messages: optional::<Vec<crate::ErrorMessageDtoV3>>(messages),
    causes: optional::<Vec<crate::ErrorMessageDtoV3>>(causes),
});
crate::serde_helpers::serde_struct!(ErrorResponseDtoV3 {
    detail_code: optional("detailCode"),
    tracking_id: optional("trackingId"),
    messages: optional("messages"),
    causes: optional("causes"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ErrorResponseDtoV3 {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.messages, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.causes, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

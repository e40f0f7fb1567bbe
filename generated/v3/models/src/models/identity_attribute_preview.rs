#[derive(Debug, Clone, PartialEq, Default)]
pub struct IdentityAttributePreview {
    /// Name of the attribute that is being previewed.
    pub name: Option<String>,
    /// Value that was derived during the preview.
    pub value: Option<String>,
    /// The value of the attribute before the preview.
    pub previous_value: Option<String>,
    /// A list of errors that may have been encountered.
    pub error_messages: Option<Vec<crate::ErrorMessageDto>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl IdentityAttributePreview {
    /// Builds a `IdentityAttributePreview` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(IdentityAttributePreview {
    name: optional::<String>(name),
    value: optional::<String>(value),
    previous_value: optional::<String>(previous_value),
    error_messages: optional::<Vec<crate::ErrorMessageDto>>(error_messages),
});
crate::serde_helpers::serde_struct!(IdentityAttributePreview {
    name: optional("name"),
    value: optional("value"),
    previous_value: optional("previousValue"),
    error_messages: optional("errorMessages"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for IdentityAttributePreview {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.error_messages, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct MessageCatalogDto {
    /// The language in which the messages are returned
    pub locale: Option<String>,
    /// The list of message with their keys and formats
    pub messages: Option<Vec<crate::ResourceBundleMessage>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl MessageCatalogDto {
    /// Builds a `MessageCatalogDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(MessageCatalogDto {
    locale: optional::<String>(locale),
    messages: optional::<Vec<crate::ResourceBundleMessage>>(messages),
});
crate::serde_helpers::serde_struct!(MessageCatalogDto {
    locale: optional("locale"),
    messages: optional("messages"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for MessageCatalogDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.messages, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

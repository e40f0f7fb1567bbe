/// Details about the event.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccountUpdatedEvent {
    /// The type of event.
    pub r#type: crate::AccountUpdatedEventType,
    /// The cause of the event.
    pub cause: crate::AccountUpdatedEventCause,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccountUpdatedEvent {
    /// Builds a `AccountUpdatedEvent` from its required fields; the others are unset.
    pub fn new(
        r#type: crate::AccountUpdatedEventType,
        cause: crate::AccountUpdatedEventCause,
    ) -> Self {
        Self {
            r#type,
            cause,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for AccountUpdatedEvent {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.cause, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

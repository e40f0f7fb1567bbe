#[derive(Debug, Clone, PartialEq, Default)]
pub struct AttributesChanged {
    pub attribute_changes: Vec<crate::AttributeChange>,
    /// the event type
    pub event_type: Option<String>,
    /// the identity id
    pub identity_id: Option<String>,
    /// the date of event
    pub date_time: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AttributesChanged {
    /// Builds a `AttributesChanged` from its required fields; the others are unset.
    pub fn new(attribute_changes: impl Into<Vec<crate::AttributeChange>>) -> Self {
        Self {
            attribute_changes: attribute_changes.into(),
            event_type: None,
            identity_id: None,
            date_time: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(AttributesChanged {
    event_type: optional::<String>(event_type),
    identity_id: optional::<String>(identity_id),
    date_time: optional::<String>(date_time),
});
crate::serde_helpers::serde_struct!(AttributesChanged {
    attribute_changes: required("attributeChanges"),
    event_type: optional("eventType"),
    identity_id: optional("identityId"),
    date_time: optional("dateTime"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AttributesChanged {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.attribute_changes, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

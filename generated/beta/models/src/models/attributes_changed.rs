#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AttributesChanged {
    #[serde(rename = "attributeChanges")]
    pub attribute_changes: Vec<crate::AttributeChange>,
    /// the event type
    #[serde(rename = "eventType", default, skip_serializing_if = "Option::is_none")]
    pub event_type: Option<String>,
    /// the identity id
    #[serde(rename = "identityId", default, skip_serializing_if = "Option::is_none")]
    pub identity_id: Option<String>,
    /// the date of event
    #[serde(rename = "dateTime", default, skip_serializing_if = "Option::is_none")]
    pub date_time: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AttributesChanged {
    /// Builds a `AttributesChanged` from its required fields; the others are unset.
    pub fn new(attribute_changes: impl Into<Vec<crate::AttributeChange>>) -> Self {
        Self {
            attribute_changes: attribute_changes.into(),
            event_type: None,
            identity_id: None,
            date_time: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
    /// Sets `event_type`.
    pub fn event_type(mut self, value: impl Into<String>) -> Self {
        self.event_type = Some(value.into());
        self
    }
    /// Sets `identity_id`.
    pub fn identity_id(mut self, value: impl Into<String>) -> Self {
        self.identity_id = Some(value.into());
        self
    }
    /// Sets `date_time`.
    pub fn date_time(mut self, value: impl Into<String>) -> Self {
        self.date_time = Some(value.into());
        self
    }
}
impl crate::serde_helpers::SchemaFit for AttributesChanged {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.attribute_changes, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

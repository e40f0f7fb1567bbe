#[derive(Debug, Clone, PartialEq)]
pub struct AccessRequested {
    /// the access request details
    pub access_request: crate::AccessRequestResponse,
    /// the identity id
    pub identity_id: Option<String>,
    /// the event type
    pub event_type: Option<String>,
    /// the date of event
    pub date_time: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessRequested {
    /// Builds a `AccessRequested` from its required fields; the others are unset.
    pub fn new(access_request: impl Into<crate::AccessRequestResponse>) -> Self {
        Self {
            access_request: access_request.into(),
            identity_id: None,
            event_type: None,
            date_time: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(AccessRequested {
    identity_id: optional::<String>(identity_id),
    event_type: optional::<String>(event_type),
    date_time: optional::<String>(date_time),
});
crate::serde_helpers::serde_struct!(AccessRequested {
    access_request: required("accessRequest"),
    identity_id: optional("identityId"),
    event_type: optional("eventType"),
    date_time: optional("dateTime"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessRequested {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.access_request, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

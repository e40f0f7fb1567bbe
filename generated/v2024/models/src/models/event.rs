/// Event
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Event {
    /// ID of the entitlement.
    pub id: Option<String>,
    /// Name of the entitlement.
    pub name: Option<String>,
    /// ISO-8601 date-time referring to the time when the object was created.
    pub created: Option<Option<crate::primitives::DateTime>>,
    /// ISO-8601 date-time referring to the date-time when object was queued to be synced into search database for use in the search API.
    /// This date-time changes anytime there is an update to the object, which triggers a synchronization event being sent to the search database.
    /// There may be some delay between the `synced` time and the time when the updated data is actually available in the search API.
    pub synced: Option<String>,
    /// Name of the event as it's displayed in audit reports.
    pub action: Option<String>,
    /// Event type. Refer to [Event Types](https://documentation.sailpoint.com/saas/help/search/index.html#event-types) for a list of event types and their meanings.
    pub r#type: Option<String>,
    pub actor: Option<crate::EventActor>,
    pub target: Option<crate::EventTarget>,
    /// The event's stack.
    pub stack: Option<String>,
    /// ID of the group of events.
    pub tracking_number: Option<String>,
    /// Target system's IP address.
    pub ip_address: Option<String>,
    /// ID of event's details.
    pub details: Option<String>,
    /// Attributes involved in the event.
    pub attributes: Option<::serde_json::Value>,
    /// Objects the event is happening to.
    pub objects: Option<Vec<String>>,
    /// Operation, or action, performed during the event.
    pub operation: Option<String>,
    /// Event status. Refer to [Event Statuses](https://documentation.sailpoint.com/saas/help/search/index.html#event-statuses) for a list of event statuses and their meanings.
    pub status: Option<String>,
    /// Event's normalized name. This normalized name always follows the pattern of 'objects_operation_status'.
    pub technical_name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl Event {
    /// Builds a `Event` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(Event {
    id: optional::<String>(id),
    name: optional::<String>(name),
    created: nullable::<crate::primitives::DateTime>(created, created_null),
    synced: optional::<String>(synced),
    action: optional::<String>(action),
    r#type: optional::<String>(r#type),
    actor: optional::<crate::EventActor>(actor),
    target: optional::<crate::EventTarget>(target),
    stack: optional::<String>(stack),
    tracking_number: optional::<String>(tracking_number),
    ip_address: optional::<String>(ip_address),
    details: optional::<String>(details),
    attributes: optional::<::serde_json::Value>(attributes),
    objects: optional::<Vec<String>>(objects),
    operation: optional::<String>(operation),
    status: optional::<String>(status),
    technical_name: optional::<String>(technical_name),
});
crate::serde_helpers::serde_struct!(Event {
    id: optional("id"),
    name: optional("name"),
    created: nullable("created"),
    synced: optional("synced"),
    action: optional("action"),
    r#type: optional("type"),
    actor: optional("actor"),
    target: optional("target"),
    stack: optional("stack"),
    tracking_number: optional("trackingNumber"),
    ip_address: optional("ipAddress"),
    details: optional("details"),
    attributes: nullable("attributes"),
    objects: optional("objects"),
    operation: optional("operation"),
    status: optional("status"),
    technical_name: optional("technicalName"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for Event {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.actor, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.target, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.attributes, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

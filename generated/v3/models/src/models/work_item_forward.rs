#[derive(Debug, Clone, PartialEq)]
pub struct WorkItemForward {
    /// The ID of the identity to forward this work item to.
    pub target_owner_id: String,
    /// Comments to send to the target owner
    pub comment: String,
    /// If true, send a notification to the target owner.
    pub send_notifications: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl WorkItemForward {
    /// Builds a `WorkItemForward` from its required fields; the others are unset.
    pub fn new(target_owner_id: impl Into<String>, comment: impl Into<String>) -> Self {
        Self {
            target_owner_id: target_owner_id.into(),
            comment: comment.into(),
            send_notifications: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(WorkItemForward {
    send_notifications: optional::<bool>(send_notifications),
});
crate::serde_helpers::serde_struct!(WorkItemForward {
    target_owner_id: required("targetOwnerId"),
    comment: required("comment"),
    send_notifications: optional("sendNotifications"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for WorkItemForward {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}

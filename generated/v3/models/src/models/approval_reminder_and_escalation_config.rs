#[derive(Debug, Clone, PartialEq, Default)]
pub struct ApprovalReminderAndEscalationConfig {
    /// Number of days to wait before the first reminder. If no reminders are configured, then this is the number of days to wait before escalation.
    pub days_until_escalation: Option<Option<i32>>,
    /// Number of days to wait between reminder notifications.
    pub days_between_reminders: Option<Option<i32>>,
    /// Maximum number of reminder notification to send to the reviewer before approval escalation.
    pub max_reminders: Option<Option<i32>>,
    pub fallback_approver_ref: Option<Option<crate::IdentityReferenceWithNameAndEmail>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ApprovalReminderAndEscalationConfig {
    /// Builds a `ApprovalReminderAndEscalationConfig` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ApprovalReminderAndEscalationConfig {
    days_until_escalation: nullable::<i32>(days_until_escalation, days_until_escalation_null),
    days_between_reminders: nullable::<i32>(days_between_reminders, days_between_reminders_null),
    max_reminders: nullable::<i32>(max_reminders, max_reminders_null),
    fallback_approver_ref: nullable::<crate::IdentityReferenceWithNameAndEmail>(fallback_approver_ref, fallback_approver_ref_null),
});
crate::serde_helpers::serde_struct!(ApprovalReminderAndEscalationConfig {
    days_until_escalation: nullable("daysUntilEscalation"),
    days_between_reminders: nullable("daysBetweenReminders"),
    max_reminders: nullable("maxReminders"),
    fallback_approver_ref: nullable("fallbackApproverRef"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ApprovalReminderAndEscalationConfig {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.fallback_approver_ref, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

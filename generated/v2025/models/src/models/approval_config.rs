/// Approval config Object
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ApprovalConfig {
    /// Configuration for reminders.
    #[serde(rename = "reminderConfig", default, skip_serializing_if = "Option::is_none")]
    pub reminder_config: Option<crate::ApprovalConfigReminderConfig>,
    /// Configuration for escalations.
    #[serde(
        rename = "escalationConfig",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub escalation_config: Option<crate::ApprovalConfigEscalationConfig>,
    /// TimeoutConfig contains configurations around when the approval request should expire.
    #[serde(rename = "timeoutConfig", default, skip_serializing_if = "Option::is_none")]
    pub timeout_config: Option<crate::ApprovalConfigTimeoutConfig>,
    /// Timezone configuration for cron schedules.
    #[serde(rename = "cronTimezone", default, skip_serializing_if = "Option::is_none")]
    pub cron_timezone: Option<crate::ApprovalConfigCronTimezone>,
    /// If the approval request has an approvalCriteria of SERIAL this chain will be used to determine the assignment order.
    #[serde(rename = "serialChain", default, skip_serializing_if = "Option::is_none")]
    pub serial_chain: Option<Vec<crate::ApprovalConfigSerialChainItem>>,
    /// Determines whether a comment is required when approving or rejecting the approval request.
    #[serde(
        rename = "requiresComment",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub requires_comment: Option<crate::ApprovalConfigRequiresComment>,
    /// Configuration for fallback approver. Used if the user cannot be found for whatever reason and escalation config does not exist.
    #[serde(
        rename = "fallbackApprover",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub fallback_approver: Option<crate::ApprovalConfigFallbackApprover>,
    /// Specifies how to treat the identity type "MANAGER_OF" when the requestee is a machine identity.
    #[serde(
        rename = "machineIdentityManagerAssignment",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub machine_identity_manager_assignment: Option<
        crate::ApprovalConfigMachineIdentityManagerAssignment,
    >,
    /// When true, all approvals will be created with the status "PASSED" effectively skipping the approval process. Note this field should only be used for Machine Account or Machine related approvals.
    #[serde(
        rename = "circumventApprovalProcess",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub circumvent_approval_process: Option<bool>,
    /// OFF will prevent the approval request from being assigned to the requester or requestee by assigning it to their manager instead.
    /// DIRECT when the requester != requestee this will cause steps assigned directly to the requester to be auto-approved.
    /// INDIRECT when the requester != requestee this will cause steps assigned to the requester or a group containing the requester to be auto-approved.
    /// This field will only be effective if requestedTarget.reauthRequired is set to false, otherwise the approval will have to be manually approved.
    #[serde(rename = "autoApprove", default, skip_serializing_if = "Option::is_none")]
    pub auto_approve: Option<crate::ApprovalConfigAutoApprove>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ApprovalConfig {
    /// Builds a `ApprovalConfig` with every field unset.
    pub fn new() -> Self {
        Self {
            reminder_config: None,
            escalation_config: None,
            timeout_config: None,
            cron_timezone: None,
            serial_chain: None,
            requires_comment: None,
            fallback_approver: None,
            machine_identity_manager_assignment: None,
            circumvent_approval_process: None,
            auto_approve: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for ApprovalConfig {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.reminder_config, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.escalation_config, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.timeout_config, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.cron_timezone, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.serial_chain, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.requires_comment, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.fallback_approver, fit);
        crate::serde_helpers::SchemaFit::add_fit(
            &self.machine_identity_manager_assignment,
            fit,
        );
        crate::serde_helpers::SchemaFit::add_fit(&self.auto_approve, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

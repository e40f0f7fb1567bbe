#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccessRequestConfig {
    /// If this is true, approvals must be processed by an external system. Also, if this is true, it blocks Request Center access requests and returns an error for any user who isn't an org admin.
    pub approvals_must_be_external: Option<bool>,
    /// If this is true and the requester and reviewer are the same, the request is automatically approved.
    pub auto_approval_enabled: Option<bool>,
    /// If this is true, reauthorization will be enforced for appropriately configured access items. Enablement of this feature is currently in a limited state.
    pub reauthorization_enabled: Option<bool>,
    /// Request On Behalf Of configuration.
    pub request_on_behalf_of_config: Option<crate::RequestOnBehalfOfConfig>,
    /// Approval reminder and escalation configuration. Modifying this object will override the sp-approval service's reminderConfig and escalationConfig settings.
    pub approval_reminder_and_escalation_config: Option<
        crate::ApprovalReminderAndEscalationConfig,
    >,
    /// Entitlement request configuration.
    pub entitlement_request_config: Option<crate::EntitlementRequestConfig>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessRequestConfig {
    /// Builds a `AccessRequestConfig` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AccessRequestConfig {
    approvals_must_be_external: optional::<bool>(approvals_must_be_external),
    auto_approval_enabled: optional::<bool>(auto_approval_enabled),
    reauthorization_enabled: optional::<bool>(reauthorization_enabled),
    request_on_behalf_of_config: optional::<crate::RequestOnBehalfOfConfig>(request_on_behalf_of_config),
    approval_reminder_and_escalation_config: optional::<crate::ApprovalReminderAndEscalationConfig>(approval_reminder_and_escalation_config),
    entitlement_request_config: optional::<crate::EntitlementRequestConfig>(entitlement_request_config),
});
crate::serde_helpers::serde_struct!(AccessRequestConfig {
    approvals_must_be_external: optional("approvalsMustBeExternal"),
    auto_approval_enabled: optional("autoApprovalEnabled"),
    reauthorization_enabled: optional("reauthorizationEnabled"),
    request_on_behalf_of_config: optional("requestOnBehalfOfConfig"),
    approval_reminder_and_escalation_config: optional("approvalReminderAndEscalationConfig"),
    entitlement_request_config: optional("entitlementRequestConfig"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessRequestConfig {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.request_on_behalf_of_config, fit);
        crate::serde_helpers::SchemaFit::add_fit(
            &self.approval_reminder_and_escalation_config,
            fit,
        );
        crate::serde_helpers::SchemaFit::add_fit(&self.entitlement_request_config, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

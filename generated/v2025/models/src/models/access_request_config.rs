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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccessRequestConfig {
    /// Builds a `AccessRequestConfig` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `approvals_must_be_external`.
    pub fn approvals_must_be_external(mut self, value: impl Into<bool>) -> Self {
        self.approvals_must_be_external = Some(value.into());
        self
    }
    /// Sets `auto_approval_enabled`.
    pub fn auto_approval_enabled(mut self, value: impl Into<bool>) -> Self {
        self.auto_approval_enabled = Some(value.into());
        self
    }
    /// Sets `reauthorization_enabled`.
    pub fn reauthorization_enabled(mut self, value: impl Into<bool>) -> Self {
        self.reauthorization_enabled = Some(value.into());
        self
    }
    /// Sets `request_on_behalf_of_config`.
    pub fn request_on_behalf_of_config(
        mut self,
        value: impl Into<crate::RequestOnBehalfOfConfig>,
    ) -> Self {
        self.request_on_behalf_of_config = Some(value.into());
        self
    }
    /// Sets `approval_reminder_and_escalation_config`.
    pub fn approval_reminder_and_escalation_config(
        mut self,
        value: impl Into<crate::ApprovalReminderAndEscalationConfig>,
    ) -> Self {
        self.approval_reminder_and_escalation_config = Some(value.into());
        self
    }
    /// Sets `entitlement_request_config`.
    pub fn entitlement_request_config(
        mut self,
        value: impl Into<crate::EntitlementRequestConfig>,
    ) -> Self {
        self.entitlement_request_config = Some(value.into());
        self
    }
}
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

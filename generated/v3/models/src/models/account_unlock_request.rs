/// Request used for account unlock
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountUnlockRequest {
    /// If set, an external process validates that the user wants to proceed with this request.
    pub external_verification_id: Option<String>,
    /// If set, the IDN account is unlocked after the workflow completes.
    pub unlock_idn_account: Option<bool>,
    /// If set, provisioning updates the account attribute at the source.   This option is used when the account is not synced to ensure the attribute is updated.
    pub force_provisioning: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccountUnlockRequest {
    /// Builds a `AccountUnlockRequest` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AccountUnlockRequest {
    external_verification_id: optional::<String>(external_verification_id),
    unlock_idn_account: optional::<bool>(unlock_idn_account),
    force_provisioning: optional::<bool>(force_provisioning),
});
crate::serde_helpers::serde_struct!(AccountUnlockRequest {
    external_verification_id: optional("externalVerificationId"),
    unlock_idn_account: optional("unlockIDNAccount"),
    force_provisioning: optional("forceProvisioning"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccountUnlockRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}

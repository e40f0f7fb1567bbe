/// Request used for account enable/disable
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountToggleRequest {
    /// If set, an external process validates that the user wants to proceed with this request.
    pub external_verification_id: Option<String>,
    /// If set, provisioning updates the account attribute at the source.   This option is used when the account is not synced to ensure the attribute is updated. Providing 'true' for an unlocked account will add and process 'Unlock' operation by the workflow.
    pub force_provisioning: Option<bool>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccountToggleRequest {
    /// Builds a `AccountToggleRequest` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AccountToggleRequest {
    external_verification_id: optional::<String>(external_verification_id),
    force_provisioning: optional::<bool>(force_provisioning),
});
crate::serde_helpers::serde_struct!(AccountToggleRequest {
    external_verification_id: optional("externalVerificationId"),
    force_provisioning: optional("forceProvisioning"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccountToggleRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}

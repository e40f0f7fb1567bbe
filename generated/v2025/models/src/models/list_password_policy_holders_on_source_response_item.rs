#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListPasswordPolicyHoldersOnSourceResponseItem {
    /// The password policy Id.
    pub policy_id: Option<String>,
    /// The name of the password policy.
    pub policy_name: Option<String>,
    pub selectors: Option<crate::PasswordPolicyHoldersDtoAttributes>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ListPasswordPolicyHoldersOnSourceResponseItem {
    /// Builds a `ListPasswordPolicyHoldersOnSourceResponseItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ListPasswordPolicyHoldersOnSourceResponseItem {
    policy_id: optional::<String>(policy_id),
    policy_name: optional::<String>(policy_name),
    selectors: optional::<crate::PasswordPolicyHoldersDtoAttributes>(selectors),
});
crate::serde_helpers::serde_struct!(ListPasswordPolicyHoldersOnSourceResponseItem {
    policy_id: optional("policyId"),
    policy_name: optional("policyName"),
    selectors: optional("selectors"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ListPasswordPolicyHoldersOnSourceResponseItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.selectors, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListPasswordPolicyHoldersOnSourceResponseItem {
    /// The password policy Id.
    #[serde(rename = "policyId", default, skip_serializing_if = "Option::is_none")]
    pub policy_id: Option<String>,
    /// The name of the password policy.
    #[serde(rename = "policyName", default, skip_serializing_if = "Option::is_none")]
    pub policy_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub selectors: Option<crate::PasswordPolicyHoldersDtoAttributes>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ListPasswordPolicyHoldersOnSourceResponseItem {
    /// Builds a `ListPasswordPolicyHoldersOnSourceResponseItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `policy_id`.
    pub fn policy_id(mut self, value: impl Into<String>) -> Self {
        self.policy_id = Some(value.into());
        self
    }
    /// Sets `policy_name`.
    pub fn policy_name(mut self, value: impl Into<String>) -> Self {
        self.policy_name = Some(value.into());
        self
    }
    /// Sets `selectors`.
    pub fn selectors(
        mut self,
        value: impl Into<crate::PasswordPolicyHoldersDtoAttributes>,
    ) -> Self {
        self.selectors = Some(value.into());
        self
    }
}
impl crate::serde_helpers::SchemaFit for ListPasswordPolicyHoldersOnSourceResponseItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.selectors, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ApprovalConfigEscalationConfigEscalationChainItem {
    /// Optional Identity ID of the type of identity defined in the 'identityType' field.
    #[serde(rename = "identityId", default, skip_serializing_if = "Option::is_none")]
    pub identity_id: Option<String>,
    /// Type of identityId in the escalation chain.
    #[serde(rename = "identityType", default, skip_serializing_if = "Option::is_none")]
    pub identity_type: Option<
        crate::ApprovalConfigEscalationConfigEscalationChainItemIdentityType,
    >,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ApprovalConfigEscalationConfigEscalationChainItem {
    /// Builds a `ApprovalConfigEscalationConfigEscalationChainItem` with every field unset.
    pub fn new() -> Self {
        Self {
            identity_id: None,
            identity_type: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit
for ApprovalConfigEscalationConfigEscalationChainItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.identity_type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

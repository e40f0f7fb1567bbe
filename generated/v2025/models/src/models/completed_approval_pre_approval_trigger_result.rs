/// If the access request submitted event trigger is configured and this access request was intercepted by it, then this is the result of the trigger's decision to either approve or deny the request.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CompletedApprovalPreApprovalTriggerResult {
    /// The comment from the trigger
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    /// The approval decision of the trigger
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<crate::CompletedApprovalState>,
    /// The name of the approver
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewer: Option<String>,
    /// The date and time the trigger decided on the request
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<crate::primitives::DateTime>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl CompletedApprovalPreApprovalTriggerResult {
    /// Builds a `CompletedApprovalPreApprovalTriggerResult` with every field unset.
    pub fn new() -> Self {
        Self {
            comment: None,
            decision: None,
            reviewer: None,
            date: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for CompletedApprovalPreApprovalTriggerResult {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.decision, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

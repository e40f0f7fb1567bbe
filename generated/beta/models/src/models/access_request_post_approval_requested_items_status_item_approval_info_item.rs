#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccessRequestPostApprovalRequestedItemsStatusItemApprovalInfoItem {
    /// Approver's comment.
    #[serde(
        rename = "approvalComment",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub approval_comment: Option<Option<String>>,
    /// Approver's final decision.
    #[serde(rename = "approvalDecision")]
    pub approval_decision: crate::AccessRequestPostApprovalRequestedItemsStatusItemApprovalInfoItemApprovalDecision,
    /// Approver's name.
    #[serde(rename = "approverName")]
    pub approver_name: String,
    /// Approver's identity.
    pub approver: crate::AccessItemApproverDto,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccessRequestPostApprovalRequestedItemsStatusItemApprovalInfoItem {
    /// Builds a `AccessRequestPostApprovalRequestedItemsStatusItemApprovalInfoItem` from its required fields; the others are unset.
    pub fn new(
        approval_decision: crate::AccessRequestPostApprovalRequestedItemsStatusItemApprovalInfoItemApprovalDecision,
        approver_name: String,
        approver: crate::AccessItemApproverDto,
    ) -> Self {
        Self {
            approval_comment: None,
            approval_decision,
            approver_name,
            approver,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit
for AccessRequestPostApprovalRequestedItemsStatusItemApprovalInfoItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.approval_decision, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.approver, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

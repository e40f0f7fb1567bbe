/// Criteria that needs to be met for an approval or rejection
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ApprovalApprovalCriteria {
    /// Type of approval criteria, such as SERIAL or PARALLEL
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Criteria for approval
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approval: Option<crate::ApprovalApprovalCriteriaApproval>,
    /// Criteria for rejection
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rejection: Option<crate::ApprovalApprovalCriteriaRejection>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ApprovalApprovalCriteria {
    /// Builds a `ApprovalApprovalCriteria` with every field unset.
    pub fn new() -> Self {
        Self {
            r#type: None,
            approval: None,
            rejection: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for ApprovalApprovalCriteria {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.approval, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.rejection, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

/// Criteria for approval
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ApprovalApprovalCriteriaApproval {
    /// This defines what the field "value" will be used as, either a count or percentage of the total approvers that need to approve
    #[serde(
        rename = "calculationType",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub calculation_type: Option<crate::ApprovalApprovalCriteriaApprovalCalculationType>,
    /// The value that needs to be met for the approval criteria
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<i64>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ApprovalApprovalCriteriaApproval {
    /// Builds a `ApprovalApprovalCriteriaApproval` with every field unset.
    pub fn new() -> Self {
        Self {
            calculation_type: None,
            value: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for ApprovalApprovalCriteriaApproval {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.calculation_type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

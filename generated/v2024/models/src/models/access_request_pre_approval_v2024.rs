#[derive(Debug, Clone, PartialEq)]
pub struct AccessRequestPreApprovalV2024 {
    /// Whether or not to approve the access request.
    pub approved: bool,
    /// A comment about the decision to approve or deny the request.
    pub comment: String,
    /// The name of the entity that approved or denied the request.
    pub approver: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessRequestPreApprovalV2024 {
    /// Builds a `AccessRequestPreApprovalV2024` from its required fields; the others are unset.
    pub fn new(
        approved: impl Into<bool>,
        comment: impl Into<String>,
        approver: impl Into<String>,
    ) -> Self {
        Self {
            approved: approved.into(),
            comment: comment.into(),
            approver: approver.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(AccessRequestPreApprovalV2024 {
    approved: required("approved"),
    comment: required("comment"),
    approver: required("approver"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessRequestPreApprovalV2024 {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}

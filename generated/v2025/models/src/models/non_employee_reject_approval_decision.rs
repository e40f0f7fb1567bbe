#[derive(Debug, Clone, PartialEq)]
pub struct NonEmployeeRejectApprovalDecision {
    /// Comment on the approval item.
    pub comment: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl NonEmployeeRejectApprovalDecision {
    /// Builds a `NonEmployeeRejectApprovalDecision` from its required fields; the others are unset.
    pub fn new(comment: impl Into<String>) -> Self {
        Self {
            comment: comment.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(NonEmployeeRejectApprovalDecision {
    comment: required("comment"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for NonEmployeeRejectApprovalDecision {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}

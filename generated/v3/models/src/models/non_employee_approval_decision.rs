#[derive(Debug, Clone, PartialEq, Default)]
pub struct NonEmployeeApprovalDecision {
    /// Comment on the approval item.
    pub comment: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl NonEmployeeApprovalDecision {
    /// Builds a `NonEmployeeApprovalDecision` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(NonEmployeeApprovalDecision {
    comment: optional::<String>(comment),
});
crate::serde_helpers::serde_struct!(NonEmployeeApprovalDecision {
    comment: optional("comment"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for NonEmployeeApprovalDecision {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}

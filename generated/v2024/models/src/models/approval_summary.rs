#[derive(Debug, Clone, PartialEq, Default)]
pub struct ApprovalSummary {
    /// The number of pending access requests approvals.
    pub pending: Option<i32>,
    /// The number of approved access requests approvals.
    pub approved: Option<i32>,
    /// The number of rejected access requests approvals.
    pub rejected: Option<i32>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ApprovalSummary {
    /// Builds a `ApprovalSummary` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ApprovalSummary {
    pending: optional::<i32>(pending),
    approved: optional::<i32>(approved),
    rejected: optional::<i32>(rejected),
});
crate::serde_helpers::serde_struct!(ApprovalSummary {
    pending: optional("pending"),
    approved: optional("approved"),
    rejected: optional("rejected"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ApprovalSummary {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}

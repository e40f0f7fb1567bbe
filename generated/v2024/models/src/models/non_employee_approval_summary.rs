#[derive(Debug, Clone, PartialEq, Default)]
pub struct NonEmployeeApprovalSummary {
    /// The number of approved non-employee approval requests.
    pub approved: Option<i32>,
    /// The number of pending non-employee approval requests.
    pub pending: Option<i32>,
    /// The number of rejected non-employee approval requests.
    pub rejected: Option<i32>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl NonEmployeeApprovalSummary {
    /// Builds a `NonEmployeeApprovalSummary` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(NonEmployeeApprovalSummary {
    approved: optional::<i32>(approved),
    pending: optional::<i32>(pending),
    rejected: optional::<i32>(rejected),
});
crate::serde_helpers::serde_struct!(NonEmployeeApprovalSummary {
    approved: optional("approved"),
    pending: optional("pending"),
    rejected: optional("rejected"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for NonEmployeeApprovalSummary {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct NonEmployeeApprovalSummary {
    /// The number of approved non-employee approval requests.
    pub approved: Option<f64>,
    /// The number of pending non-employee approval requests.
    pub pending: Option<f64>,
    /// The number of rejected non-employee approval requests.
    pub rejected: Option<f64>,
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
    approved: optional::<f64>(approved),
    pending: optional::<f64>(pending),
    rejected: optional::<f64>(rejected),
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

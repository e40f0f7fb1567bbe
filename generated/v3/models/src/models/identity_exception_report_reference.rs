#[derive(Debug, Clone, PartialEq, Default)]
pub struct IdentityExceptionReportReference {
    /// Task result ID.
    ///
    /// Format: `uuid`.
    pub task_result_id: Option<String>,
    /// Report name.
    pub report_name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl IdentityExceptionReportReference {
    /// Builds a `IdentityExceptionReportReference` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(IdentityExceptionReportReference {
    task_result_id: optional::<String>(task_result_id),
    report_name: optional::<String>(report_name),
});
crate::serde_helpers::serde_struct!(IdentityExceptionReportReference {
    task_result_id: optional("taskResultId"),
    report_name: optional("reportName"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for IdentityExceptionReportReference {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}

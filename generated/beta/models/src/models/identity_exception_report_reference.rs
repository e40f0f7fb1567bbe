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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl IdentityExceptionReportReference {
    /// Builds a `IdentityExceptionReportReference` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `task_result_id`.
    pub fn task_result_id(mut self, value: impl Into<String>) -> Self {
        self.task_result_id = Some(value.into());
        self
    }
    /// Sets `report_name`.
    pub fn report_name(mut self, value: impl Into<String>) -> Self {
        self.report_name = Some(value.into());
        self
    }
}
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

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ProcessingDetails {
    /// A date-time in ISO-8601 format
    pub date: Option<Option<crate::primitives::DateTime>>,
    pub stage: Option<String>,
    pub retry_count: Option<i32>,
    pub stack_trace: Option<String>,
    pub message: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ProcessingDetails {
    /// Builds a `ProcessingDetails` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ProcessingDetails {
    date: nullable::<crate::primitives::DateTime>(date, date_null),
    stage: optional::<String>(stage),
    retry_count: optional::<i32>(retry_count),
    stack_trace: optional::<String>(stack_trace),
    message: optional::<String>(message),
});
crate::serde_helpers::serde_struct!(ProcessingDetails {
    date: nullable("date"),
    stage: optional("stage"),
    retry_count: optional("retryCount"),
    stack_trace: optional("stackTrace"),
    message: optional("message"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ProcessingDetails {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}

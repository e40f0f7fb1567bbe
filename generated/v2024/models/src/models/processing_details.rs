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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ProcessingDetails {
    /// Builds a `ProcessingDetails` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `date`.
    pub fn date(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.date = Some(Some(value.into()));
        self
    }
    /// Sets `date` to an explicit `null`.
    pub fn date_null(mut self) -> Self {
        self.date = Some(None);
        self
    }
    /// Sets `stage`.
    pub fn stage(mut self, value: impl Into<String>) -> Self {
        self.stage = Some(value.into());
        self
    }
    /// Sets `retry_count`.
    pub fn retry_count(mut self, value: impl Into<i32>) -> Self {
        self.retry_count = Some(value.into());
        self
    }
    /// Sets `stack_trace`.
    pub fn stack_trace(mut self, value: impl Into<String>) -> Self {
        self.stack_trace = Some(value.into());
        self
    }
    /// Sets `message`.
    pub fn message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }
}
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

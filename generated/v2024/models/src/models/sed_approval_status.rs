/// SED Approval Status
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SedApprovalStatus {
    /// failed reason will be display if status is failed
    pub failed_reason: Option<String>,
    /// Sed id
    ///
    /// Format: `uuid`.
    pub id: Option<String>,
    /// SUCCESS | FAILED
    pub status: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl SedApprovalStatus {
    /// Builds a `SedApprovalStatus` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `failed_reason`.
    pub fn failed_reason(mut self, value: impl Into<String>) -> Self {
        self.failed_reason = Some(value.into());
        self
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(SedApprovalStatus {
    failed_reason: optional("failedReason"),
    id: optional("id"),
    status: optional("status"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SedApprovalStatus {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}

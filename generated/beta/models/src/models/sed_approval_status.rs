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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SedApprovalStatus {
    /// Builds a `SedApprovalStatus` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SedApprovalStatus {
    failed_reason: optional::<String>(failed_reason),
    id: optional::<String>(id),
    status: optional::<String>(status),
});
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

#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ApprovalSummary {
    /// The number of pending access requests approvals.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pending: Option<i32>,
    /// The number of approved access requests approvals.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approved: Option<i32>,
    /// The number of rejected access requests approvals.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rejected: Option<i32>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ApprovalSummary {
    /// Builds a `ApprovalSummary` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `pending`.
    pub fn pending(mut self, value: impl Into<i32>) -> Self {
        self.pending = Some(value.into());
        self
    }
    /// Sets `approved`.
    pub fn approved(mut self, value: impl Into<i32>) -> Self {
        self.approved = Some(value.into());
        self
    }
    /// Sets `rejected`.
    pub fn rejected(mut self, value: impl Into<i32>) -> Self {
        self.rejected = Some(value.into());
        self
    }
}
impl crate::serde_helpers::SchemaFit for ApprovalSummary {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}

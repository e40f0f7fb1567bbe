/// BulkReassignRequestDTO is the input struct that represents the request body required to facilitate a bulk reassignment action for a set of generic approval requests.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BulkReassignRequestDto {
    /// Array of Approval IDs to be bulk reassigned
    pub approval_ids: Option<Vec<String>>,
    /// Optional comment to include with the bulk reassignment request
    pub comment: Option<String>,
    /// Identity ID from which the approval requests are being reassigned
    pub reassign_from: Option<String>,
    /// ReassignTo signifies the Identity ID that the approval request is being reassigned to
    pub reassign_to: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl BulkReassignRequestDto {
    /// Builds a `BulkReassignRequestDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `approval_ids`.
    pub fn approval_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.approval_ids = Some(value.into());
        self
    }
    /// Sets `comment`.
    pub fn comment(mut self, value: impl Into<String>) -> Self {
        self.comment = Some(value.into());
        self
    }
    /// Sets `reassign_from`.
    pub fn reassign_from(mut self, value: impl Into<String>) -> Self {
        self.reassign_from = Some(value.into());
        self
    }
    /// Sets `reassign_to`.
    pub fn reassign_to(mut self, value: impl Into<String>) -> Self {
        self.reassign_to = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(BulkReassignRequestDto {
    approval_ids: optional("approvalIds"),
    comment: optional("comment"),
    reassign_from: optional("reassignFrom"),
    reassign_to: optional("reassignTo"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for BulkReassignRequestDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}

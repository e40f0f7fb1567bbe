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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl BulkReassignRequestDto {
    /// Builds a `BulkReassignRequestDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(BulkReassignRequestDto {
    approval_ids: optional::<Vec<String>>(approval_ids),
    comment: optional::<String>(comment),
    reassign_from: optional::<String>(reassign_from),
    reassign_to: optional::<String>(reassign_to),
});
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

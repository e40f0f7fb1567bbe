/// BulkRejectRequestDTO is the input struct that represents the request body required to facilitate a bulk reject action for a set of generic approval requests.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BulkRejectRequestDto {
    /// Array of Approval IDs to be bulk rejected
    pub approval_ids: Option<Vec<String>>,
    /// Optional comment to include with the bulk reject request
    pub comment: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl BulkRejectRequestDto {
    /// Builds a `BulkRejectRequestDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(BulkRejectRequestDto {
    approval_ids: optional::<Vec<String>>(approval_ids),
    comment: optional::<String>(comment),
});
crate::serde_helpers::serde_struct!(BulkRejectRequestDto {
    approval_ids: optional("approvalIds"),
    comment: optional("comment"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for BulkRejectRequestDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}

/// BulkApproveRequestDTO is the input struct that represents the request body required to facilitate a bulk approval action for a set of generic approval requests.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BulkApproveRequestDto {
    /// Array of Approval IDs to be bulk approved
    pub approval_ids: Option<Vec<String>>,
    /// Optional comment to include with the bulk approval request
    pub comment: Option<String>,
    /// Additional attributes to include with the bulk approval request
    pub additional_attributes: Option<::indexmap::IndexMap<String, ::serde_json::Value>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl BulkApproveRequestDto {
    /// Builds a `BulkApproveRequestDto` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(BulkApproveRequestDto {
    approval_ids: optional::<Vec<String>>(approval_ids),
    comment: optional::<String>(comment),
    additional_attributes: optional::<::indexmap::IndexMap<String, ::serde_json::Value>>(additional_attributes),
});
crate::serde_helpers::serde_struct!(BulkApproveRequestDto {
    approval_ids: optional("approvalIds"),
    comment: optional("comment"),
    additional_attributes: optional("additionalAttributes"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for BulkApproveRequestDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.additional_attributes, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

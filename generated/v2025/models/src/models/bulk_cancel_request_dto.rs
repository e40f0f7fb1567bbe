/// BulkCancelRequestDTO is the input struct that represents the request body required to facilitate a bulk cancellation action for a set of generic approval requests.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct BulkCancelRequestDto {
    /// Array of Approval IDs to be bulk cancelled
    #[serde(rename = "approvalIds", default, skip_serializing_if = "Option::is_none")]
    pub approval_ids: Option<Vec<String>>,
    /// Optional comment to include with the bulk cancellation request
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl BulkCancelRequestDto {
    /// Builds a `BulkCancelRequestDto` with every field unset.
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
}
impl crate::serde_helpers::SchemaFit for BulkCancelRequestDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}

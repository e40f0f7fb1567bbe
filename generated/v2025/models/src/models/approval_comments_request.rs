#[derive(Debug, Clone, PartialEq, Default)]
pub struct ApprovalCommentsRequest {
    /// Comment associated with the request.
    pub comment: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ApprovalCommentsRequest {
    /// Builds a `ApprovalCommentsRequest` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ApprovalCommentsRequest {
    comment: optional::<String>(comment),
});
crate::serde_helpers::serde_struct!(ApprovalCommentsRequest {
    comment: optional("comment"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ApprovalCommentsRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ForwardApprovalDto {
    /// The Id of the new owner
    pub new_owner_id: String,
    /// The comment provided by the forwarder
    pub comment: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ForwardApprovalDto {
    /// Builds a `ForwardApprovalDto` from its required fields; the others are unset.
    pub fn new(new_owner_id: impl Into<String>, comment: impl Into<String>) -> Self {
        Self {
            new_owner_id: new_owner_id.into(),
            comment: comment.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(ForwardApprovalDto {
    new_owner_id: required("newOwnerId"),
    comment: required("comment"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ForwardApprovalDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}

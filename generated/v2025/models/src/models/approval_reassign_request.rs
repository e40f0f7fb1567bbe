/// Request body for reassigning an approval request to another identity. This results in that identity being added as an authorized approver.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ApprovalReassignRequest {
    /// Comment associated with the reassign request.
    pub comment: Option<String>,
    /// Identity from which the approval is being reassigned.
    /// If left blank, and the approval is currently assigned to the user calling this endpoint, it will use the calling user's identity.
    /// If left blank, and the approval is not currently assigned to the user calling this endpoint, you need to be an admin, which would add the reassignTo as a new approver.
    pub reassign_from: Option<String>,
    /// Identity to which the approval is being reassigned.
    pub reassign_to: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ApprovalReassignRequest {
    /// Builds a `ApprovalReassignRequest` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ApprovalReassignRequest {
    comment: optional::<String>(comment),
    reassign_from: optional::<String>(reassign_from),
    reassign_to: optional::<String>(reassign_to),
});
crate::serde_helpers::serde_struct!(ApprovalReassignRequest {
    comment: optional("comment"),
    reassign_from: optional("reassignFrom"),
    reassign_to: optional("reassignTo"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ApprovalReassignRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}

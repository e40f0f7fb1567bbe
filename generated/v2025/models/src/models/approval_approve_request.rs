/// Approval Approve Request
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ApprovalApproveRequest {
    /// Additional attributes as key-value pairs that are not part of the standard schema but can be included for custom data.
    pub additional_attributes: Option<::indexmap::IndexMap<String, String>>,
    /// Comment associated with the request.
    pub comment: Option<String>,
    /// Optional field for ServiceNow Administrators to specify which member of a governance group to override/approve on behalf of.
    pub override_approver_id: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ApprovalApproveRequest {
    /// Builds a `ApprovalApproveRequest` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ApprovalApproveRequest {
    additional_attributes: optional::<::indexmap::IndexMap<String, String>>(additional_attributes),
    comment: optional::<String>(comment),
    override_approver_id: optional::<String>(override_approver_id),
});
crate::serde_helpers::serde_struct!(ApprovalApproveRequest {
    additional_attributes: optional("additionalAttributes"),
    comment: optional("comment"),
    override_approver_id: optional("overrideApproverID"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ApprovalApproveRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.additional_attributes, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

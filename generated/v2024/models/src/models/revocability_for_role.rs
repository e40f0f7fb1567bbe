#[derive(Debug, Clone, PartialEq, Default)]
pub struct RevocabilityForRole {
    /// Whether the requester of the containing object must provide comments justifying the request
    pub comments_required: Option<Option<bool>>,
    /// Whether an approver must provide comments when denying the request
    pub denial_comments_required: Option<Option<bool>>,
    /// List describing the steps in approving the revocation request
    pub approval_schemes: Option<Vec<crate::ApprovalSchemeForRole>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RevocabilityForRole {
    /// Builds a `RevocabilityForRole` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(RevocabilityForRole {
    comments_required: nullable::<bool>(comments_required, comments_required_null),
    denial_comments_required: nullable::<bool>(denial_comments_required, denial_comments_required_null),
    approval_schemes: optional::<Vec<crate::ApprovalSchemeForRole>>(approval_schemes),
});
crate::serde_helpers::serde_struct!(RevocabilityForRole {
    comments_required: nullable("commentsRequired"),
    denial_comments_required: nullable("denialCommentsRequired"),
    approval_schemes: optional("approvalSchemes"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RevocabilityForRole {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.approval_schemes, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

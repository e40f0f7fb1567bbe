#[derive(Debug, Clone, PartialEq, Default)]
pub struct Requestability {
    /// Indicates whether the requester of the containing object must provide comments justifying the request.
    pub comments_required: Option<Option<bool>>,
    /// Indicates whether an approver must provide comments when denying the request.
    pub denial_comments_required: Option<Option<bool>>,
    /// Indicates whether reauthorization is required for the request.
    pub reauthorization_required: Option<Option<bool>>,
    /// Indicates whether the requester of the containing object must provide access end date.
    pub require_end_date: Option<Option<bool>>,
    pub max_permitted_access_duration: Option<Option<crate::AccessDuration>>,
    /// List describing the steps involved in approving the request.
    pub approval_schemes: Option<Option<Vec<crate::AccessProfileApprovalScheme>>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl Requestability {
    /// Builds a `Requestability` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(Requestability {
    comments_required: nullable::<bool>(comments_required, comments_required_null),
    denial_comments_required: nullable::<bool>(denial_comments_required, denial_comments_required_null),
    reauthorization_required: nullable::<bool>(reauthorization_required, reauthorization_required_null),
    require_end_date: nullable::<bool>(require_end_date, require_end_date_null),
    max_permitted_access_duration: nullable::<crate::AccessDuration>(max_permitted_access_duration, max_permitted_access_duration_null),
    approval_schemes: nullable::<Vec<crate::AccessProfileApprovalScheme>>(approval_schemes, approval_schemes_null),
});
crate::serde_helpers::serde_struct!(Requestability {
    comments_required: nullable("commentsRequired"),
    denial_comments_required: nullable("denialCommentsRequired"),
    reauthorization_required: nullable("reauthorizationRequired"),
    require_end_date: nullable("requireEndDate"),
    max_permitted_access_duration: nullable("maxPermittedAccessDuration"),
    approval_schemes: nullable("approvalSchemes"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for Requestability {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(
            &self.max_permitted_access_duration,
            fit,
        );
        crate::serde_helpers::SchemaFit::add_fit(&self.approval_schemes, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

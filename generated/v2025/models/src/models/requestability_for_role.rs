#[derive(Debug, Clone, PartialEq, Default)]
pub struct RequestabilityForRole {
    /// Whether the requester of the containing object must provide comments justifying the request
    pub comments_required: Option<Option<bool>>,
    /// Whether an approver must provide comments when denying the request
    pub denial_comments_required: Option<Option<bool>>,
    /// Indicates whether reauthorization is required for the request.
    pub reauthorization_required: Option<Option<bool>>,
    /// Indicates whether the requester of the containing object must provide access end date.
    pub require_end_date: Option<bool>,
    pub max_permitted_access_duration: Option<Option<crate::AccessDuration>>,
    /// List describing the steps in approving the request
    pub approval_schemes: Option<Vec<crate::ApprovalSchemeForRole>>,
    pub dimension_schema: Option<crate::DimensionSchema>,
    /// The ID of the form definition used for the access request. If specified, the form is presented to the requester during the access request process.
    pub form_definition_id: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl RequestabilityForRole {
    /// Builds a `RequestabilityForRole` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(RequestabilityForRole {
    comments_required: nullable::<bool>(comments_required, comments_required_null),
    denial_comments_required: nullable::<bool>(denial_comments_required, denial_comments_required_null),
    reauthorization_required: nullable::<bool>(reauthorization_required, reauthorization_required_null),
    require_end_date: optional::<bool>(require_end_date),
    max_permitted_access_duration: nullable::<crate::AccessDuration>(max_permitted_access_duration, max_permitted_access_duration_null),
    approval_schemes: optional::<Vec<crate::ApprovalSchemeForRole>>(approval_schemes),
    dimension_schema: optional::<crate::DimensionSchema>(dimension_schema),
    form_definition_id: nullable::<String>(form_definition_id, form_definition_id_null),
});
crate::serde_helpers::serde_struct!(RequestabilityForRole {
    comments_required: nullable("commentsRequired"),
    denial_comments_required: nullable("denialCommentsRequired"),
    reauthorization_required: nullable("reauthorizationRequired"),
    require_end_date: optional("requireEndDate"),
    max_permitted_access_duration: nullable("maxPermittedAccessDuration"),
    approval_schemes: optional("approvalSchemes"),
    dimension_schema: optional("dimensionSchema"),
    form_definition_id: nullable("formDefinitionId"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for RequestabilityForRole {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(
            &self.max_permitted_access_duration,
            fit,
        );
        crate::serde_helpers::SchemaFit::add_fit(&self.approval_schemes, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.dimension_schema, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

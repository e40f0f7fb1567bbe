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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl RequestabilityForRole {
    /// Builds a `RequestabilityForRole` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `comments_required`.
    pub fn comments_required(mut self, value: impl Into<bool>) -> Self {
        self.comments_required = Some(Some(value.into()));
        self
    }
    /// Sets `comments_required` to an explicit `null`.
    pub fn comments_required_null(mut self) -> Self {
        self.comments_required = Some(None);
        self
    }
    /// Sets `denial_comments_required`.
    pub fn denial_comments_required(mut self, value: impl Into<bool>) -> Self {
        self.denial_comments_required = Some(Some(value.into()));
        self
    }
    /// Sets `denial_comments_required` to an explicit `null`.
    pub fn denial_comments_required_null(mut self) -> Self {
        self.denial_comments_required = Some(None);
        self
    }
    /// Sets `reauthorization_required`.
    pub fn reauthorization_required(mut self, value: impl Into<bool>) -> Self {
        self.reauthorization_required = Some(Some(value.into()));
        self
    }
    /// Sets `reauthorization_required` to an explicit `null`.
    pub fn reauthorization_required_null(mut self) -> Self {
        self.reauthorization_required = Some(None);
        self
    }
    /// Sets `require_end_date`.
    pub fn require_end_date(mut self, value: impl Into<bool>) -> Self {
        self.require_end_date = Some(value.into());
        self
    }
    /// Sets `max_permitted_access_duration`.
    pub fn max_permitted_access_duration(
        mut self,
        value: impl Into<crate::AccessDuration>,
    ) -> Self {
        self.max_permitted_access_duration = Some(Some(value.into()));
        self
    }
    /// Sets `max_permitted_access_duration` to an explicit `null`.
    pub fn max_permitted_access_duration_null(mut self) -> Self {
        self.max_permitted_access_duration = Some(None);
        self
    }
    /// Sets `approval_schemes`.
    pub fn approval_schemes(
        mut self,
        value: impl Into<Vec<crate::ApprovalSchemeForRole>>,
    ) -> Self {
        self.approval_schemes = Some(value.into());
        self
    }
    /// Sets `dimension_schema`.
    pub fn dimension_schema(mut self, value: impl Into<crate::DimensionSchema>) -> Self {
        self.dimension_schema = Some(value.into());
        self
    }
    /// Sets `form_definition_id`.
    pub fn form_definition_id(mut self, value: impl Into<String>) -> Self {
        self.form_definition_id = Some(Some(value.into()));
        self
    }
    /// Sets `form_definition_id` to an explicit `null`.
    pub fn form_definition_id_null(mut self) -> Self {
        self.form_definition_id = Some(None);
        self
    }
}
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

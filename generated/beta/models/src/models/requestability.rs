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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl Requestability {
    /// Builds a `Requestability` with every field unset.
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
        self.require_end_date = Some(Some(value.into()));
        self
    }
    /// Sets `require_end_date` to an explicit `null`.
    pub fn require_end_date_null(mut self) -> Self {
        self.require_end_date = Some(None);
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
        value: impl Into<Vec<crate::AccessProfileApprovalScheme>>,
    ) -> Self {
        self.approval_schemes = Some(Some(value.into()));
        self
    }
    /// Sets `approval_schemes` to an explicit `null`.
    pub fn approval_schemes_null(mut self) -> Self {
        self.approval_schemes = Some(None);
        self
    }
}
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

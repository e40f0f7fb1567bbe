#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Requestability {
    /// Indicates whether the requester of the containing object must provide comments justifying the request.
    #[serde(
        rename = "commentsRequired",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub comments_required: Option<Option<bool>>,
    /// Indicates whether an approver must provide comments when denying the request.
    #[serde(
        rename = "denialCommentsRequired",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub denial_comments_required: Option<Option<bool>>,
    /// Indicates whether reauthorization is required for the request.
    #[serde(
        rename = "reauthorizationRequired",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub reauthorization_required: Option<Option<bool>>,
    /// Indicates whether the requester of the containing object must provide access end date.
    #[serde(
        rename = "requireEndDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub require_end_date: Option<Option<bool>>,
    #[serde(
        rename = "maxPermittedAccessDuration",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub max_permitted_access_duration: Option<Option<crate::AccessDuration>>,
    /// List describing the steps involved in approving the request.
    #[serde(
        rename = "approvalSchemes",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub approval_schemes: Option<Option<Vec<crate::AccessProfileApprovalScheme>>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl Requestability {
    /// Builds a `Requestability` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
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

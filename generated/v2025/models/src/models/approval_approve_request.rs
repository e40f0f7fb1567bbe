/// Approval Approve Request
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ApprovalApproveRequest {
    /// Additional attributes as key-value pairs that are not part of the standard schema but can be included for custom data.
    #[serde(
        rename = "additionalAttributes",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub additional_attributes: Option<::indexmap::IndexMap<String, String>>,
    /// Comment associated with the request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    /// Optional field for ServiceNow Administrators to specify which member of a governance group to override/approve on behalf of.
    #[serde(
        rename = "overrideApproverID",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub override_approver_id: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ApprovalApproveRequest {
    /// Builds a `ApprovalApproveRequest` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `additional_attributes`.
    pub fn additional_attributes(
        mut self,
        value: impl Into<::indexmap::IndexMap<String, String>>,
    ) -> Self {
        self.additional_attributes = Some(value.into());
        self
    }
    /// Sets `comment`.
    pub fn comment(mut self, value: impl Into<String>) -> Self {
        self.comment = Some(value.into());
        self
    }
    /// Sets `override_approver_id`.
    pub fn override_approver_id(mut self, value: impl Into<String>) -> Self {
        self.override_approver_id = Some(value.into());
        self
    }
}
impl crate::serde_helpers::SchemaFit for ApprovalApproveRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.additional_attributes, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

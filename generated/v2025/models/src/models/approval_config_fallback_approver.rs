/// Configuration for fallback approver. Used if the user cannot be found for whatever reason and escalation config does not exist.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ApprovalConfigFallbackApprover {
    /// Optional Identity ID of the type of identity defined in the 'type' field.
    #[serde(rename = "identityID", default, skip_serializing_if = "Option::is_none")]
    pub identity_id: Option<String>,
    /// Type of identityID for the fallback approver.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<crate::ApprovalConfigFallbackApproverType>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ApprovalConfigFallbackApprover {
    /// Builds a `ApprovalConfigFallbackApprover` with every field unset.
    pub fn new() -> Self {
        Self {
            identity_id: None,
            r#type: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for ApprovalConfigFallbackApprover {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct CancelableAccountActivity {
    /// ID of the account activity itself
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<crate::primitives::DateTime>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub modified: Option<Option<crate::primitives::DateTime>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub completed: Option<Option<crate::primitives::DateTime>>,
    #[serde(
        rename = "completionStatus",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub completion_status: Option<Option<crate::CompletionStatus>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub r#type: Option<Option<String>>,
    #[serde(
        rename = "requesterIdentitySummary",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub requester_identity_summary: Option<Option<crate::IdentitySummary>>,
    #[serde(
        rename = "targetIdentitySummary",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub target_identity_summary: Option<Option<crate::IdentitySummary>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub errors: Option<Option<Vec<String>>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub warnings: Option<Option<Vec<String>>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub items: Option<Option<Vec<crate::AccountActivityItem>>>,
    #[serde(
        rename = "executionStatus",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub execution_status: Option<crate::ExecutionStatus>,
    /// Arbitrary key-value pairs, if any were included in the corresponding access request
    #[serde(
        rename = "clientMetadata",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub client_metadata: Option<Option<::indexmap::IndexMap<String, String>>>,
    /// Whether the account activity can be canceled before completion
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cancelable: Option<bool>,
    #[serde(
        rename = "cancelComment",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub cancel_comment: Option<Option<crate::Comment>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl CancelableAccountActivity {
    /// Builds a `CancelableAccountActivity` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
impl crate::serde_helpers::SchemaFit for CancelableAccountActivity {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.completion_status, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.requester_identity_summary, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.target_identity_summary, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.items, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.execution_status, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.client_metadata, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.cancel_comment, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

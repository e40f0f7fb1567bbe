#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccountActivity {
    /// Id of the account activity
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The name of the activity
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// When the activity was first created
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<crate::primitives::DateTime>,
    /// When the activity was last modified
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub modified: Option<Option<crate::primitives::DateTime>>,
    /// When the activity was completed
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
    /// The type of action the activity performed.  Please see the following list of types.  This list may grow over time.
    ///
    /// - CloudAutomated
    /// - IdentityAttributeUpdate
    /// - appRequest
    /// - LifecycleStateChange
    /// - AccountStateUpdate
    /// - AccountAttributeUpdate
    /// - CloudPasswordRequest
    /// - Attribute Synchronization Refresh
    /// - Certification
    /// - Identity Refresh
    /// - Lifecycle Change Refresh
    ///
    /// [Learn more here](https://documentation.sailpoint.com/saas/help/search/searchable-fields.html#searching-account-activity-data).
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
    /// A list of error messages, if any, that were encountered.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub errors: Option<Option<Vec<String>>>,
    /// A list of warning messages, if any, that were encountered.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub warnings: Option<Option<Vec<String>>>,
    /// Individual actions performed as part of this account activity
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
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccountActivity {
    /// Builds a `AccountActivity` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
impl crate::serde_helpers::SchemaFit for AccountActivity {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.completion_status, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.requester_identity_summary, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.target_identity_summary, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.items, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.execution_status, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.client_metadata, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

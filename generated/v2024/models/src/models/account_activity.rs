#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountActivity {
    /// Id of the account activity
    pub id: Option<String>,
    /// The name of the activity
    pub name: Option<String>,
    /// When the activity was first created
    pub created: Option<crate::primitives::DateTime>,
    /// When the activity was last modified
    pub modified: Option<Option<crate::primitives::DateTime>>,
    /// When the activity was completed
    pub completed: Option<Option<crate::primitives::DateTime>>,
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
    pub r#type: Option<Option<String>>,
    pub requester_identity_summary: Option<Option<crate::IdentitySummary>>,
    pub target_identity_summary: Option<Option<crate::IdentitySummary>>,
    /// A list of error messages, if any, that were encountered.
    pub errors: Option<Option<Vec<String>>>,
    /// A list of warning messages, if any, that were encountered.
    pub warnings: Option<Option<Vec<String>>>,
    /// Individual actions performed as part of this account activity
    pub items: Option<Option<Vec<crate::AccountActivityItem>>>,
    pub execution_status: Option<crate::ExecutionStatus>,
    /// Arbitrary key-value pairs, if any were included in the corresponding access request
    pub client_metadata: Option<Option<::indexmap::IndexMap<String, String>>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccountActivity {
    /// Builds a `AccountActivity` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AccountActivity {
    id: optional::<String>(id),
    name: optional::<String>(name),
    created: optional::<crate::primitives::DateTime>(created),
    modified: nullable::<crate::primitives::DateTime>(modified, modified_null),
    completed: nullable::<crate::primitives::DateTime>(completed, completed_null),
    completion_status: nullable::<crate::CompletionStatus>(completion_status, completion_status_null),
    r#type: nullable::<String>(r#type, type_null),
    requester_identity_summary: nullable::<crate::IdentitySummary>(requester_identity_summary, requester_identity_summary_null),
    target_identity_summary: nullable::<crate::IdentitySummary>(target_identity_summary, target_identity_summary_null),
    errors: nullable::<Vec<String>>(errors, errors_null),
    warnings: nullable::<Vec<String>>(warnings, warnings_null),
    items: nullable::<Vec<crate::AccountActivityItem>>(items, items_null),
    execution_status: optional::<crate::ExecutionStatus>(execution_status),
    client_metadata: nullable::<::indexmap::IndexMap<String, String>>(client_metadata, client_metadata_null),
});
crate::serde_helpers::serde_struct!(AccountActivity {
    id: optional("id"),
    name: optional("name"),
    created: optional("created"),
    modified: nullable("modified"),
    completed: nullable("completed"),
    completion_status: nullable("completionStatus"),
    r#type: nullable("type"),
    requester_identity_summary: nullable("requesterIdentitySummary"),
    target_identity_summary: nullable("targetIdentitySummary"),
    errors: nullable("errors"),
    warnings: nullable("warnings"),
    items: nullable("items"),
    execution_status: optional("executionStatus"),
    client_metadata: nullable("clientMetadata"),
    ..additional_properties
});
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

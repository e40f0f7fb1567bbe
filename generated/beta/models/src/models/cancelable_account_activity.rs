#[derive(Debug, Clone, PartialEq, Default)]
pub struct CancelableAccountActivity {
    /// ID of the account activity itself
    pub id: Option<String>,
    pub name: Option<String>,
    pub created: Option<crate::primitives::DateTime>,
    pub modified: Option<Option<crate::primitives::DateTime>>,
    pub completed: Option<Option<crate::primitives::DateTime>>,
    pub completion_status: Option<Option<crate::CompletionStatus>>,
    pub r#type: Option<Option<String>>,
    pub requester_identity_summary: Option<Option<crate::IdentitySummary>>,
    pub target_identity_summary: Option<Option<crate::IdentitySummary>>,
    pub errors: Option<Option<Vec<String>>>,
    pub warnings: Option<Option<Vec<String>>>,
    pub items: Option<Option<Vec<crate::AccountActivityItem>>>,
    pub execution_status: Option<crate::ExecutionStatus>,
    /// Arbitrary key-value pairs, if any were included in the corresponding access request
    pub client_metadata: Option<Option<::indexmap::IndexMap<String, String>>>,
    /// Whether the account activity can be canceled before completion
    pub cancelable: Option<bool>,
    pub cancel_comment: Option<Option<crate::Comment>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl CancelableAccountActivity {
    /// Builds a `CancelableAccountActivity` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(CancelableAccountActivity {
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
    cancelable: optional::<bool>(cancelable),
    cancel_comment: nullable::<crate::Comment>(cancel_comment, cancel_comment_null),
});
crate::serde_helpers::serde_struct!(CancelableAccountActivity {
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
    cancelable: optional("cancelable"),
    cancel_comment: nullable("cancelComment"),
    ..additional_properties
});
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

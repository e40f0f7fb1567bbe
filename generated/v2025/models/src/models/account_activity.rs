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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccountActivity {
    /// Builds a `AccountActivity` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `created`.
    pub fn created(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.created = Some(value.into());
        self
    }
    /// Sets `modified`.
    pub fn modified(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.modified = Some(Some(value.into()));
        self
    }
    /// Sets `modified` to an explicit `null`.
    pub fn modified_null(mut self) -> Self {
        self.modified = Some(None);
        self
    }
    /// Sets `completed`.
    pub fn completed(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.completed = Some(Some(value.into()));
        self
    }
    /// Sets `completed` to an explicit `null`.
    pub fn completed_null(mut self) -> Self {
        self.completed = Some(None);
        self
    }
    /// Sets `completion_status`.
    pub fn completion_status(
        mut self,
        value: impl Into<crate::CompletionStatus>,
    ) -> Self {
        self.completion_status = Some(Some(value.into()));
        self
    }
    /// Sets `completion_status` to an explicit `null`.
    pub fn completion_status_null(mut self) -> Self {
        self.completion_status = Some(None);
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(Some(value.into()));
        self
    }
    /// Sets `type` to an explicit `null`.
    pub fn type_null(mut self) -> Self {
        self.r#type = Some(None);
        self
    }
    /// Sets `requester_identity_summary`.
    pub fn requester_identity_summary(
        mut self,
        value: impl Into<crate::IdentitySummary>,
    ) -> Self {
        self.requester_identity_summary = Some(Some(value.into()));
        self
    }
    /// Sets `requester_identity_summary` to an explicit `null`.
    pub fn requester_identity_summary_null(mut self) -> Self {
        self.requester_identity_summary = Some(None);
        self
    }
    /// Sets `target_identity_summary`.
    pub fn target_identity_summary(
        mut self,
        value: impl Into<crate::IdentitySummary>,
    ) -> Self {
        self.target_identity_summary = Some(Some(value.into()));
        self
    }
    /// Sets `target_identity_summary` to an explicit `null`.
    pub fn target_identity_summary_null(mut self) -> Self {
        self.target_identity_summary = Some(None);
        self
    }
    /// Sets `errors`.
    pub fn errors(mut self, value: impl Into<Vec<String>>) -> Self {
        self.errors = Some(Some(value.into()));
        self
    }
    /// Sets `errors` to an explicit `null`.
    pub fn errors_null(mut self) -> Self {
        self.errors = Some(None);
        self
    }
    /// Sets `warnings`.
    pub fn warnings(mut self, value: impl Into<Vec<String>>) -> Self {
        self.warnings = Some(Some(value.into()));
        self
    }
    /// Sets `warnings` to an explicit `null`.
    pub fn warnings_null(mut self) -> Self {
        self.warnings = Some(None);
        self
    }
    /// Sets `items`.
    pub fn items(mut self, value: impl Into<Vec<crate::AccountActivityItem>>) -> Self {
        self.items = Some(Some(value.into()));
        self
    }
    /// Sets `items` to an explicit `null`.
    pub fn items_null(mut self) -> Self {
        self.items = Some(None);
        self
    }
    /// Sets `execution_status`.
    pub fn execution_status(mut self, value: impl Into<crate::ExecutionStatus>) -> Self {
        self.execution_status = Some(value.into());
        self
    }
    /// Sets `client_metadata`.
    pub fn client_metadata(
        mut self,
        value: impl Into<::indexmap::IndexMap<String, String>>,
    ) -> Self {
        self.client_metadata = Some(Some(value.into()));
        self
    }
    /// Sets `client_metadata` to an explicit `null`.
    pub fn client_metadata_null(mut self) -> Self {
        self.client_metadata = Some(None);
        self
    }
}
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

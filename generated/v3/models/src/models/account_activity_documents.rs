/// Includes the fields of [`AccountActivitySearchedItem`](crate::AccountActivitySearchedItem), [`DocumentFields`](crate::DocumentFields).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountActivityDocuments {
    /// ID of account activity.
    pub id: Option<String>,
    /// Type of action performed in the activity.
    pub action: Option<String>,
    /// ISO-8601 date-time referring to the time when the object was created.
    pub created: Option<Option<crate::primitives::DateTime>>,
    /// ISO-8601 date-time referring to the time when the object was last modified.
    pub modified: Option<Option<crate::primitives::DateTime>>,
    /// ISO-8601 date-time referring to the date-time when object was queued to be synced into search database for use in the search API.
    /// This date-time changes anytime there is an update to the object, which triggers a synchronization event being sent to the search database.
    /// There may be some delay between the `synced` time and the time when the updated data is actually available in the search API.
    pub synced: Option<String>,
    /// Activity's current stage.
    pub stage: Option<String>,
    /// Activity's current status.
    pub status: Option<String>,
    pub requester: Option<crate::ActivityIdentity>,
    pub recipient: Option<crate::ActivityIdentity>,
    /// Account activity's tracking number.
    pub tracking_number: Option<String>,
    /// Errors provided by the source while completing account actions.
    pub errors: Option<Option<Vec<String>>>,
    /// Warnings provided by the source while completing account actions.
    pub warnings: Option<Option<Vec<String>>>,
    /// Approvals performed on an item during activity.
    pub approvals: Option<Vec<crate::Approval>>,
    /// Original actions that triggered all individual source actions related to the account action.
    pub original_requests: Option<Vec<crate::OriginalRequest>>,
    /// Controls that translated the attribute requests into actual provisioning actions on the source.
    pub expansion_items: Option<Vec<crate::ExpansionItem>>,
    /// Account data for each individual source action triggered by the original requests.
    pub account_requests: Option<Vec<crate::AccountRequest>>,
    /// Sources involved in the account activity.
    pub sources: Option<String>,
    /// Name of the pod.
    pub pod: Option<String>,
    /// Name of the tenant.
    pub org: Option<String>,
    pub _type: Option<crate::DocumentType>,
    pub r#type: Option<crate::DocumentType>,
    /// Version number.
    pub _version: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccountActivityDocuments {
    /// Builds a `AccountActivityDocuments` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `action`.
    pub fn action(mut self, value: impl Into<String>) -> Self {
        self.action = Some(value.into());
        self
    }
    /// Sets `created`.
    pub fn created(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.created = Some(Some(value.into()));
        self
    }
    /// Sets `created` to an explicit `null`.
    pub fn created_null(mut self) -> Self {
        self.created = Some(None);
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
    /// Sets `synced`.
    pub fn synced(mut self, value: impl Into<String>) -> Self {
        self.synced = Some(value.into());
        self
    }
    /// Sets `stage`.
    pub fn stage(mut self, value: impl Into<String>) -> Self {
        self.stage = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets `requester`.
    pub fn requester(mut self, value: impl Into<crate::ActivityIdentity>) -> Self {
        self.requester = Some(value.into());
        self
    }
    /// Sets `recipient`.
    pub fn recipient(mut self, value: impl Into<crate::ActivityIdentity>) -> Self {
        self.recipient = Some(value.into());
        self
    }
    /// Sets `tracking_number`.
    pub fn tracking_number(mut self, value: impl Into<String>) -> Self {
        self.tracking_number = Some(value.into());
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
    /// Sets `approvals`.
    pub fn approvals(mut self, value: impl Into<Vec<crate::Approval>>) -> Self {
        self.approvals = Some(value.into());
        self
    }
    /// Sets `original_requests`.
    pub fn original_requests(
        mut self,
        value: impl Into<Vec<crate::OriginalRequest>>,
    ) -> Self {
        self.original_requests = Some(value.into());
        self
    }
    /// Sets `expansion_items`.
    pub fn expansion_items(
        mut self,
        value: impl Into<Vec<crate::ExpansionItem>>,
    ) -> Self {
        self.expansion_items = Some(value.into());
        self
    }
    /// Sets `account_requests`.
    pub fn account_requests(
        mut self,
        value: impl Into<Vec<crate::AccountRequest>>,
    ) -> Self {
        self.account_requests = Some(value.into());
        self
    }
    /// Sets `sources`.
    pub fn sources(mut self, value: impl Into<String>) -> Self {
        self.sources = Some(value.into());
        self
    }
    /// Sets `pod`.
    pub fn pod(mut self, value: impl Into<String>) -> Self {
        self.pod = Some(value.into());
        self
    }
    /// Sets `org`.
    pub fn org(mut self, value: impl Into<String>) -> Self {
        self.org = Some(value.into());
        self
    }
    /// Sets `_type`.
    pub fn _type(mut self, value: impl Into<crate::DocumentType>) -> Self {
        self._type = Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<crate::DocumentType>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `_version`.
    pub fn _version(mut self, value: impl Into<String>) -> Self {
        self._version = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(AccountActivityDocuments {
    id: optional("id"),
    action: optional("action"),
    created: nullable("created"),
    modified: nullable("modified"),
    synced: optional("synced"),
    stage: optional("stage"),
    status: optional("status"),
    requester: optional("requester"),
    recipient: optional("recipient"),
    tracking_number: optional("trackingNumber"),
    errors: nullable("errors"),
    warnings: nullable("warnings"),
    approvals: optional("approvals"),
    original_requests: optional("originalRequests"),
    expansion_items: optional("expansionItems"),
    account_requests: optional("accountRequests"),
    sources: optional("sources"),
    pod: optional("pod"),
    org: optional("org"),
    _type: optional("_type"),
    r#type: optional("type"),
    _version: optional("_version"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccountActivityDocuments {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.requester, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.recipient, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.approvals, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.original_requests, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.expansion_items, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.account_requests, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self._type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

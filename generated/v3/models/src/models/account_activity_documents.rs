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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccountActivityDocuments {
    /// Builds a `AccountActivityDocuments` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AccountActivityDocuments {
    id: optional::<String>(id),
    action: optional::<String>(action),
    created: nullable::<crate::primitives::DateTime>(created, created_null),
    modified: nullable::<crate::primitives::DateTime>(modified, modified_null),
    synced: optional::<String>(synced),
    stage: optional::<String>(stage),
    status: optional::<String>(status),
    requester: optional::<crate::ActivityIdentity>(requester),
    recipient: optional::<crate::ActivityIdentity>(recipient),
    tracking_number: optional::<String>(tracking_number),
    errors: nullable::<Vec<String>>(errors, errors_null),
    warnings: nullable::<Vec<String>>(warnings, warnings_null),
    approvals: optional::<Vec<crate::Approval>>(approvals),
    original_requests: optional::<Vec<crate::OriginalRequest>>(original_requests),
    expansion_items: optional::<Vec<crate::ExpansionItem>>(expansion_items),
    account_requests: optional::<Vec<crate::AccountRequest>>(account_requests),
    sources: optional::<String>(sources),
    pod: optional::<String>(pod),
    org: optional::<String>(org),
    _type: optional::<crate::DocumentType>(_type),
    r#type: optional::<crate::DocumentType>(r#type),
    _version: optional::<String>(_version),
});
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

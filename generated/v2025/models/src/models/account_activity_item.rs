#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountActivityItem {
    /// Item id
    pub id: Option<String>,
    /// Human-readable display name of item
    pub name: Option<String>,
    /// Date and time item was requested
    pub requested: Option<crate::primitives::DateTime>,
    pub approval_status: Option<Option<crate::AccountActivityApprovalStatus>>,
    pub provisioning_status: Option<crate::ProvisioningState>,
    pub requester_comment: Option<Option<crate::Comment>>,
    pub reviewer_identity_summary: Option<Option<crate::IdentitySummary>>,
    pub reviewer_comment: Option<Option<crate::Comment>>,
    pub operation: Option<Option<crate::AccountActivityItemOperation>>,
    /// Attribute to which account activity applies
    pub attribute: Option<Option<String>>,
    /// Value of attribute
    pub value: Option<Option<String>>,
    /// Native identity in the target system to which the account activity applies
    pub native_identity: Option<Option<String>>,
    /// Id of Source to which account activity applies
    pub source_id: Option<String>,
    pub account_request_info: Option<Option<crate::AccountRequestInfo>>,
    /// Arbitrary key-value pairs, if any were included in the corresponding access request item
    pub client_metadata: Option<Option<::indexmap::IndexMap<String, String>>>,
    /// The date the role or access profile or entitlement is no longer assigned to the specified identity.
    pub remove_date: Option<Option<crate::primitives::DateTime>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccountActivityItem {
    /// Builds a `AccountActivityItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AccountActivityItem {
    id: optional::<String>(id),
    name: optional::<String>(name),
    requested: optional::<crate::primitives::DateTime>(requested),
    approval_status: nullable::<crate::AccountActivityApprovalStatus>(approval_status, approval_status_null),
    provisioning_status: optional::<crate::ProvisioningState>(provisioning_status),
    requester_comment: nullable::<crate::Comment>(requester_comment, requester_comment_null),
    reviewer_identity_summary: nullable::<crate::IdentitySummary>(reviewer_identity_summary, reviewer_identity_summary_null),
    reviewer_comment: nullable::<crate::Comment>(reviewer_comment, reviewer_comment_null),
    operation: nullable::<crate::AccountActivityItemOperation>(operation, operation_null),
    attribute: nullable::<String>(attribute, attribute_null),
    value: nullable::<String>(value, value_null),
    native_identity: nullable::<String>(native_identity, native_identity_null),
    source_id: optional::<String>(source_id),
    account_request_info: nullable::<crate::AccountRequestInfo>(account_request_info, account_request_info_null),
    client_metadata: nullable::<::indexmap::IndexMap<String, String>>(client_metadata, client_metadata_null),
    remove_date: nullable::<crate::primitives::DateTime>(remove_date, remove_date_null),
});
crate::serde_helpers::serde_struct!(AccountActivityItem {
    id: optional("id"),
    name: optional("name"),
    requested: optional("requested"),
    approval_status: nullable("approvalStatus"),
    provisioning_status: optional("provisioningStatus"),
    requester_comment: nullable("requesterComment"),
    reviewer_identity_summary: nullable("reviewerIdentitySummary"),
    reviewer_comment: nullable("reviewerComment"),
    operation: nullable("operation"),
    attribute: nullable("attribute"),
    value: nullable("value"),
    native_identity: nullable("nativeIdentity"),
    source_id: optional("sourceId"),
    account_request_info: nullable("accountRequestInfo"),
    client_metadata: nullable("clientMetadata"),
    remove_date: nullable("removeDate"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccountActivityItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.approval_status, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.provisioning_status, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.requester_comment, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.reviewer_identity_summary, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.reviewer_comment, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.operation, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.account_request_info, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.client_metadata, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

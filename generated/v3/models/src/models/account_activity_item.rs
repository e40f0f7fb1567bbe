#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccountActivityItem {
    /// Item id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Human-readable display name of item
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Date and time item was requested
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requested: Option<crate::primitives::DateTime>,
    #[serde(
        rename = "approvalStatus",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub approval_status: Option<Option<crate::AccountActivityApprovalStatus>>,
    #[serde(
        rename = "provisioningStatus",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub provisioning_status: Option<crate::ProvisioningState>,
    #[serde(
        rename = "requesterComment",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub requester_comment: Option<Option<crate::Comment>>,
    #[serde(
        rename = "reviewerIdentitySummary",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub reviewer_identity_summary: Option<Option<crate::IdentitySummary>>,
    #[serde(
        rename = "reviewerComment",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub reviewer_comment: Option<Option<crate::Comment>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub operation: Option<Option<crate::AccountActivityItemOperation>>,
    /// Attribute to which account activity applies
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub attribute: Option<Option<String>>,
    /// Value of attribute
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub value: Option<Option<String>>,
    /// Native identity in the target system to which the account activity applies
    #[serde(
        rename = "nativeIdentity",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub native_identity: Option<Option<String>>,
    /// Id of Source to which account activity applies
    #[serde(rename = "sourceId", default, skip_serializing_if = "Option::is_none")]
    pub source_id: Option<String>,
    #[serde(
        rename = "accountRequestInfo",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub account_request_info: Option<Option<crate::AccountRequestInfo>>,
    /// Arbitrary key-value pairs, if any were included in the corresponding access request item
    #[serde(
        rename = "clientMetadata",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub client_metadata: Option<Option<::indexmap::IndexMap<String, String>>>,
    /// The date the role or access profile or entitlement is no longer assigned to the specified identity.
    #[serde(
        rename = "removeDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub remove_date: Option<Option<crate::primitives::DateTime>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccountActivityItem {
    /// Builds a `AccountActivityItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
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

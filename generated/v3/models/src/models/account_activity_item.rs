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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccountActivityItem {
    /// Builds a `AccountActivityItem` with every field unset.
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
    /// Sets `requested`.
    pub fn requested(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.requested = Some(value.into());
        self
    }
    /// Sets `approval_status`.
    pub fn approval_status(
        mut self,
        value: impl Into<crate::AccountActivityApprovalStatus>,
    ) -> Self {
        self.approval_status = Some(Some(value.into()));
        self
    }
    /// Sets `approval_status` to an explicit `null`.
    pub fn approval_status_null(mut self) -> Self {
        self.approval_status = Some(None);
        self
    }
    /// Sets `provisioning_status`.
    pub fn provisioning_status(
        mut self,
        value: impl Into<crate::ProvisioningState>,
    ) -> Self {
        self.provisioning_status = Some(value.into());
        self
    }
    /// Sets `requester_comment`.
    pub fn requester_comment(mut self, value: impl Into<crate::Comment>) -> Self {
        self.requester_comment = Some(Some(value.into()));
        self
    }
    /// Sets `requester_comment` to an explicit `null`.
    pub fn requester_comment_null(mut self) -> Self {
        self.requester_comment = Some(None);
        self
    }
    /// Sets `reviewer_identity_summary`.
    pub fn reviewer_identity_summary(
        mut self,
        value: impl Into<crate::IdentitySummary>,
    ) -> Self {
        self.reviewer_identity_summary = Some(Some(value.into()));
        self
    }
    /// Sets `reviewer_identity_summary` to an explicit `null`.
    pub fn reviewer_identity_summary_null(mut self) -> Self {
        self.reviewer_identity_summary = Some(None);
        self
    }
    /// Sets `reviewer_comment`.
    pub fn reviewer_comment(mut self, value: impl Into<crate::Comment>) -> Self {
        self.reviewer_comment = Some(Some(value.into()));
        self
    }
    /// Sets `reviewer_comment` to an explicit `null`.
    pub fn reviewer_comment_null(mut self) -> Self {
        self.reviewer_comment = Some(None);
        self
    }
    /// Sets `operation`.
    pub fn operation(
        mut self,
        value: impl Into<crate::AccountActivityItemOperation>,
    ) -> Self {
        self.operation = Some(Some(value.into()));
        self
    }
    /// Sets `operation` to an explicit `null`.
    pub fn operation_null(mut self) -> Self {
        self.operation = Some(None);
        self
    }
    /// Sets `attribute`.
    pub fn attribute(mut self, value: impl Into<String>) -> Self {
        self.attribute = Some(Some(value.into()));
        self
    }
    /// Sets `attribute` to an explicit `null`.
    pub fn attribute_null(mut self) -> Self {
        self.attribute = Some(None);
        self
    }
    /// Sets `value`.
    pub fn value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(Some(value.into()));
        self
    }
    /// Sets `value` to an explicit `null`.
    pub fn value_null(mut self) -> Self {
        self.value = Some(None);
        self
    }
    /// Sets `native_identity`.
    pub fn native_identity(mut self, value: impl Into<String>) -> Self {
        self.native_identity = Some(Some(value.into()));
        self
    }
    /// Sets `native_identity` to an explicit `null`.
    pub fn native_identity_null(mut self) -> Self {
        self.native_identity = Some(None);
        self
    }
    /// Sets `source_id`.
    pub fn source_id(mut self, value: impl Into<String>) -> Self {
        self.source_id = Some(value.into());
        self
    }
    /// Sets `account_request_info`.
    pub fn account_request_info(
        mut self,
        value: impl Into<crate::AccountRequestInfo>,
    ) -> Self {
        self.account_request_info = Some(Some(value.into()));
        self
    }
    /// Sets `account_request_info` to an explicit `null`.
    pub fn account_request_info_null(mut self) -> Self {
        self.account_request_info = Some(None);
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
    /// Sets `remove_date`.
    pub fn remove_date(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.remove_date = Some(Some(value.into()));
        self
    }
    /// Sets `remove_date` to an explicit `null`.
    pub fn remove_date_null(mut self) -> Self {
        self.remove_date = Some(None);
        self
    }
}
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

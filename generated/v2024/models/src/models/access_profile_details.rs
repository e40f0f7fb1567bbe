#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccessProfileDetails {
    /// The ID of the Access Profile
    pub id: Option<String>,
    /// Name of the Access Profile
    pub name: Option<String>,
    /// Information about the Access Profile
    pub description: Option<Option<String>>,
    /// Date the Access Profile was created
    pub created: Option<crate::primitives::DateTime>,
    /// Date the Access Profile was last modified.
    pub modified: Option<crate::primitives::DateTime>,
    /// Whether the Access Profile is enabled.
    pub disabled: Option<bool>,
    /// Whether the Access Profile is requestable via access request.
    pub requestable: Option<bool>,
    /// Whether the Access Profile is protected.
    pub protected: Option<bool>,
    /// The owner ID of the Access Profile
    pub owner_id: Option<String>,
    /// The source ID of the Access Profile
    pub source_id: Option<Option<i64>>,
    /// The source name of the Access Profile
    pub source_name: Option<String>,
    /// The source app ID of the Access Profile
    pub app_id: Option<Option<i64>>,
    /// The source app name of the Access Profile
    pub app_name: Option<Option<String>>,
    /// The id of the application
    pub application_id: Option<String>,
    /// The type of the access profile
    pub r#type: Option<String>,
    /// List of IDs of entitlements
    pub entitlements: Option<Vec<String>>,
    /// The number of entitlements in the access profile
    pub entitlement_count: Option<i32>,
    /// List of IDs of segments, if any, to which this Access Profile is assigned.
    pub segments: Option<Vec<String>>,
    /// Comma-separated list of approval schemes. Each approval scheme is one of -
    /// manager - appOwner - sourceOwner - accessProfileOwner - workgroup:&lt;workgroupId&gt;
    pub approval_schemes: Option<String>,
    /// Comma-separated list of revoke request approval schemes. Each approval
    /// scheme is one of - manager - sourceOwner - accessProfileOwner - workgroup:&lt;workgroupId&gt;
    pub revoke_request_approval_schemes: Option<String>,
    /// Whether the access profile require request comment for access request.
    pub request_comments_required: Option<bool>,
    /// Whether denied comment is required when access request is denied.
    pub denied_comments_required: Option<bool>,
    /// How to select account when there are multiple accounts for the user
    pub account_selector: Option<crate::AccessProfileDetailsAccountSelector>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccessProfileDetails {
    /// Builds a `AccessProfileDetails` with every field unset.
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
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(Some(value.into()));
        self
    }
    /// Sets `description` to an explicit `null`.
    pub fn description_null(mut self) -> Self {
        self.description = Some(None);
        self
    }
    /// Sets `created`.
    pub fn created(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.created = Some(value.into());
        self
    }
    /// Sets `modified`.
    pub fn modified(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.modified = Some(value.into());
        self
    }
    /// Sets `disabled`.
    pub fn disabled(mut self, value: impl Into<bool>) -> Self {
        self.disabled = Some(value.into());
        self
    }
    /// Sets `requestable`.
    pub fn requestable(mut self, value: impl Into<bool>) -> Self {
        self.requestable = Some(value.into());
        self
    }
    /// Sets `protected`.
    pub fn protected(mut self, value: impl Into<bool>) -> Self {
        self.protected = Some(value.into());
        self
    }
    /// Sets `owner_id`.
    pub fn owner_id(mut self, value: impl Into<String>) -> Self {
        self.owner_id = Some(value.into());
        self
    }
    /// Sets `source_id`.
    pub fn source_id(mut self, value: impl Into<i64>) -> Self {
        self.source_id = Some(Some(value.into()));
        self
    }
    /// Sets `source_id` to an explicit `null`.
    pub fn source_id_null(mut self) -> Self {
        self.source_id = Some(None);
        self
    }
    /// Sets `source_name`.
    pub fn source_name(mut self, value: impl Into<String>) -> Self {
        self.source_name = Some(value.into());
        self
    }
    /// Sets `app_id`.
    pub fn app_id(mut self, value: impl Into<i64>) -> Self {
        self.app_id = Some(Some(value.into()));
        self
    }
    /// Sets `app_id` to an explicit `null`.
    pub fn app_id_null(mut self) -> Self {
        self.app_id = Some(None);
        self
    }
    /// Sets `app_name`.
    pub fn app_name(mut self, value: impl Into<String>) -> Self {
        self.app_name = Some(Some(value.into()));
        self
    }
    /// Sets `app_name` to an explicit `null`.
    pub fn app_name_null(mut self) -> Self {
        self.app_name = Some(None);
        self
    }
    /// Sets `application_id`.
    pub fn application_id(mut self, value: impl Into<String>) -> Self {
        self.application_id = Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `entitlements`.
    pub fn entitlements(mut self, value: impl Into<Vec<String>>) -> Self {
        self.entitlements = Some(value.into());
        self
    }
    /// Sets `entitlement_count`.
    pub fn entitlement_count(mut self, value: impl Into<i32>) -> Self {
        self.entitlement_count = Some(value.into());
        self
    }
    /// Sets `segments`.
    pub fn segments(mut self, value: impl Into<Vec<String>>) -> Self {
        self.segments = Some(value.into());
        self
    }
    /// Sets `approval_schemes`.
    pub fn approval_schemes(mut self, value: impl Into<String>) -> Self {
        self.approval_schemes = Some(value.into());
        self
    }
    /// Sets `revoke_request_approval_schemes`.
    pub fn revoke_request_approval_schemes(mut self, value: impl Into<String>) -> Self {
        self.revoke_request_approval_schemes = Some(value.into());
        self
    }
    /// Sets `request_comments_required`.
    pub fn request_comments_required(mut self, value: impl Into<bool>) -> Self {
        self.request_comments_required = Some(value.into());
        self
    }
    /// Sets `denied_comments_required`.
    pub fn denied_comments_required(mut self, value: impl Into<bool>) -> Self {
        self.denied_comments_required = Some(value.into());
        self
    }
    /// Sets `account_selector`.
    pub fn account_selector(
        mut self,
        value: impl Into<crate::AccessProfileDetailsAccountSelector>,
    ) -> Self {
        self.account_selector = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(AccessProfileDetails {
    id: optional("id"),
    name: optional("name"),
    description: nullable("description"),
    created: optional("created"),
    modified: optional("modified"),
    disabled: optional("disabled"),
    requestable: optional("requestable"),
    protected: optional("protected"),
    owner_id: optional("ownerId"),
    source_id: nullable("sourceId"),
    source_name: optional("sourceName"),
    app_id: nullable("appId"),
    app_name: nullable("appName"),
    application_id: optional("applicationId"),
    r#type: optional("type"),
    entitlements: optional("entitlements"),
    entitlement_count: optional("entitlementCount"),
    segments: optional("segments"),
    approval_schemes: optional("approvalSchemes"),
    revoke_request_approval_schemes: optional("revokeRequestApprovalSchemes"),
    request_comments_required: optional("requestCommentsRequired"),
    denied_comments_required: optional("deniedCommentsRequired"),
    account_selector: optional("accountSelector"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessProfileDetails {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.account_selector, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// How to select account when there are multiple accounts for the user
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccessProfileDetailsAccountSelector {
    pub selectors: Option<Option<Vec<crate::Selector>>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccessProfileDetailsAccountSelector {
    /// Builds a `AccessProfileDetailsAccountSelector` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `selectors`.
    pub fn selectors(mut self, value: impl Into<Vec<crate::Selector>>) -> Self {
        self.selectors = Some(Some(value.into()));
        self
    }
    /// Sets `selectors` to an explicit `null`.
    pub fn selectors_null(mut self) -> Self {
        self.selectors = Some(None);
        self
    }
}
crate::serde_helpers::serde_struct!(AccessProfileDetailsAccountSelector {
    selectors: nullable("selectors"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccessProfileDetailsAccountSelector {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.selectors, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

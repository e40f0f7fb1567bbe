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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessProfileDetails {
    /// Builds a `AccessProfileDetails` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AccessProfileDetails {
    id: optional::<String>(id),
    name: optional::<String>(name),
    description: nullable::<String>(description, description_null),
    created: optional::<crate::primitives::DateTime>(created),
    modified: optional::<crate::primitives::DateTime>(modified),
    disabled: optional::<bool>(disabled),
    requestable: optional::<bool>(requestable),
    protected: optional::<bool>(protected),
    owner_id: optional::<String>(owner_id),
    source_id: nullable::<i64>(source_id, source_id_null),
    source_name: optional::<String>(source_name),
    app_id: nullable::<i64>(app_id, app_id_null),
    app_name: nullable::<String>(app_name, app_name_null),
    application_id: optional::<String>(application_id),
    r#type: optional::<String>(r#type),
    entitlements: optional::<Vec<String>>(entitlements),
    entitlement_count: optional::<i32>(entitlement_count),
    segments: optional::<Vec<String>>(segments),
    approval_schemes: optional::<String>(approval_schemes),
    revoke_request_approval_schemes: optional::<String>(revoke_request_approval_schemes),
    request_comments_required: optional::<bool>(request_comments_required),
    denied_comments_required: optional::<bool>(denied_comments_required),
    account_selector: optional::<crate::AccessProfileDetailsAccountSelector>(account_selector),
});
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
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccessProfileDetailsAccountSelector {
    /// Builds a `AccessProfileDetailsAccountSelector` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AccessProfileDetailsAccountSelector {
    selectors: nullable::<Vec<crate::Selector>>(selectors, selectors_null),
});
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

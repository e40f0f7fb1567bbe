#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccessProfileDetails {
    /// The ID of the Access Profile
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Name of the Access Profile
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Information about the Access Profile
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub description: Option<Option<String>>,
    /// Date the Access Profile was created
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<crate::primitives::DateTime>,
    /// Date the Access Profile was last modified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified: Option<crate::primitives::DateTime>,
    /// Whether the Access Profile is enabled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disabled: Option<bool>,
    /// Whether the Access Profile is requestable via access request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requestable: Option<bool>,
    /// Whether the Access Profile is protected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub protected: Option<bool>,
    /// The owner ID of the Access Profile
    #[serde(rename = "ownerId", default, skip_serializing_if = "Option::is_none")]
    pub owner_id: Option<String>,
    /// The source ID of the Access Profile
    #[serde(
        rename = "sourceId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub source_id: Option<Option<i64>>,
    /// The source name of the Access Profile
    #[serde(rename = "sourceName", default, skip_serializing_if = "Option::is_none")]
    pub source_name: Option<String>,
    /// The source app ID of the Access Profile
    #[serde(
        rename = "appId",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub app_id: Option<Option<i64>>,
    /// The source app name of the Access Profile
    #[serde(
        rename = "appName",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub app_name: Option<Option<String>>,
    /// The id of the application
    #[serde(rename = "applicationId", default, skip_serializing_if = "Option::is_none")]
    pub application_id: Option<String>,
    /// The type of the access profile
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// List of IDs of entitlements
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entitlements: Option<Vec<String>>,
    /// The number of entitlements in the access profile
    #[serde(
        rename = "entitlementCount",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub entitlement_count: Option<i32>,
    /// List of IDs of segments, if any, to which this Access Profile is assigned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub segments: Option<Vec<String>>,
    /// Comma-separated list of approval schemes. Each approval scheme is one of -
    /// manager - appOwner - sourceOwner - accessProfileOwner - workgroup:&lt;workgroupId&gt;
    #[serde(
        rename = "approvalSchemes",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub approval_schemes: Option<String>,
    /// Comma-separated list of revoke request approval schemes. Each approval
    /// scheme is one of - manager - sourceOwner - accessProfileOwner - workgroup:&lt;workgroupId&gt;
    #[serde(
        rename = "revokeRequestApprovalSchemes",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub revoke_request_approval_schemes: Option<String>,
    /// Whether the access profile require request comment for access request.
    #[serde(
        rename = "requestCommentsRequired",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub request_comments_required: Option<bool>,
    /// Whether denied comment is required when access request is denied.
    #[serde(
        rename = "deniedCommentsRequired",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub denied_comments_required: Option<bool>,
    /// How to select account when there are multiple accounts for the user
    #[serde(
        rename = "accountSelector",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub account_selector: Option<crate::AccessProfileDetailsAccountSelector>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccessProfileDetails {
    /// Builds a `AccessProfileDetails` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
impl crate::serde_helpers::SchemaFit for AccessProfileDetails {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.account_selector, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// How to select account when there are multiple accounts for the user
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccessProfileDetailsAccountSelector {
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub selectors: Option<Option<Vec<crate::Selector>>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccessProfileDetailsAccountSelector {
    /// Builds a `AccessProfileDetailsAccountSelector` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
impl crate::serde_helpers::SchemaFit for AccessProfileDetailsAccountSelector {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.selectors, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

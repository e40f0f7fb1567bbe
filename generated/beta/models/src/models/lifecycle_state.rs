#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct LifecycleState {
    /// Lifecycle state ID.
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Lifecycle state name.
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Lifecycle state technical name. This is for internal use.
    ///
    /// Read-only: set by the server.
    #[serde(rename = "technicalName", default, skip_serializing_if = "Option::is_none")]
    pub technical_name: Option<String>,
    /// Lifecycle state description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Lifecycle state created date.
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<crate::primitives::DateTime>,
    /// Lifecycle state modified date.
    ///
    /// Read-only: set by the server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified: Option<crate::primitives::DateTime>,
    /// Indicates whether the lifecycle state is enabled or disabled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// Number of identities that have the lifecycle state.
    ///
    /// Read-only: set by the server.
    #[serde(rename = "identityCount", default, skip_serializing_if = "Option::is_none")]
    pub identity_count: Option<i32>,
    #[serde(
        rename = "emailNotificationOption",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub email_notification_option: Option<crate::EmailNotificationOption>,
    #[serde(rename = "accountActions", default, skip_serializing_if = "Option::is_none")]
    pub account_actions: Option<Vec<crate::AccountAction>>,
    /// List of access-profile IDs that are associated with the lifecycle state.
    #[serde(
        rename = "accessProfileIds",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub access_profile_ids: Option<Vec<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl LifecycleState {
    /// Builds a `LifecycleState` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
impl crate::serde_helpers::SchemaFit for LifecycleState {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.email_notification_option, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.account_actions, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct LifecycleState {
    /// Lifecycle state ID.
    ///
    /// Read-only: set by the server.
    pub id: Option<String>,
    /// Lifecycle state name.
    ///
    /// Read-only: set by the server.
    pub name: Option<String>,
    /// Lifecycle state technical name. This is for internal use.
    ///
    /// Read-only: set by the server.
    pub technical_name: Option<String>,
    /// Lifecycle state description.
    pub description: Option<String>,
    /// Lifecycle state created date.
    ///
    /// Read-only: set by the server.
    pub created: Option<crate::primitives::DateTime>,
    /// Lifecycle state modified date.
    ///
    /// Read-only: set by the server.
    pub modified: Option<crate::primitives::DateTime>,
    /// Indicates whether the lifecycle state is enabled or disabled.
    pub enabled: Option<bool>,
    /// Number of identities that have the lifecycle state.
    ///
    /// Read-only: set by the server.
    pub identity_count: Option<i32>,
    pub email_notification_option: Option<crate::EmailNotificationOption>,
    pub account_actions: Option<Vec<crate::AccountAction>>,
    /// List of access-profile IDs that are associated with the lifecycle state.
    pub access_profile_ids: Option<Vec<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl LifecycleState {
    /// Builds a `LifecycleState` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(LifecycleState {
    id: optional::<String>(id),
    name: optional::<String>(name),
    technical_name: optional::<String>(technical_name),
    description: optional::<String>(description),
    created: optional::<crate::primitives::DateTime>(created),
    modified: optional::<crate::primitives::DateTime>(modified),
    enabled: optional::<bool>(enabled),
    identity_count: optional::<i32>(identity_count),
    email_notification_option: optional::<crate::EmailNotificationOption>(email_notification_option),
    account_actions: optional::<Vec<crate::AccountAction>>(account_actions),
    access_profile_ids: optional::<Vec<String>>(access_profile_ids),
});
crate::serde_helpers::serde_struct!(LifecycleState {
    id: optional("id"),
    name: optional("name"),
    technical_name: optional("technicalName"),
    description: optional("description"),
    created: optional("created"),
    modified: optional("modified"),
    enabled: optional("enabled"),
    identity_count: optional("identityCount"),
    email_notification_option: optional("emailNotificationOption"),
    account_actions: optional("accountActions"),
    access_profile_ids: optional("accessProfileIds"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for LifecycleState {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.email_notification_option, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.account_actions, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

/// Includes the fields of [`BaseCommonDto`](crate::BaseCommonDto).
#[derive(Debug, Clone, PartialEq)]
pub struct LifecycleState {
    /// System-generated unique ID of the Object
    ///
    /// Read-only: set by the server.
    pub id: Option<String>,
    /// Name of the Object
    pub name: Option<String>,
    /// Creation date of the Object
    ///
    /// Read-only: set by the server.
    pub created: Option<crate::primitives::DateTime>,
    /// Last modification date of the Object
    ///
    /// Read-only: set by the server.
    pub modified: Option<crate::primitives::DateTime>,
    /// Indicates whether the lifecycle state is enabled or disabled.
    pub enabled: Option<bool>,
    /// The lifecycle state's technical name. This is for internal use.
    pub technical_name: String,
    /// Lifecycle state's description.
    pub description: Option<String>,
    /// Number of identities that have the lifecycle state.
    ///
    /// Read-only: set by the server.
    pub identity_count: Option<i32>,
    pub email_notification_option: Option<crate::EmailNotificationOption>,
    pub account_actions: Option<Vec<crate::AccountAction>>,
    /// List of unique access-profile IDs that are associated with the lifecycle state.
    pub access_profile_ids: Option<Vec<String>>,
    /// The lifecycle state's associated identity state. This field is generally 'null'.
    pub identity_state: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl LifecycleState {
    /// Builds a `LifecycleState` from its required fields; the others are unset.
    pub fn new(
        name: impl Into<Option<String>>,
        technical_name: impl Into<String>,
    ) -> Self {
        Self {
            id: None,
            name: name.into(),
            created: None,
            modified: None,
            enabled: None,
            technical_name: technical_name.into(),
            description: None,
            identity_count: None,
            email_notification_option: None,
            account_actions: None,
            access_profile_ids: None,
            identity_state: None,
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::setters!(LifecycleState {
    id: optional::<String>(id),
    created: optional::<crate::primitives::DateTime>(created),
    modified: optional::<crate::primitives::DateTime>(modified),
    enabled: optional::<bool>(enabled),
    description: optional::<String>(description),
    identity_count: optional::<i32>(identity_count),
    email_notification_option: optional::<crate::EmailNotificationOption>(email_notification_option),
    account_actions: optional::<Vec<crate::AccountAction>>(account_actions),
    access_profile_ids: optional::<Vec<String>>(access_profile_ids),
    identity_state: nullable::<String>(identity_state, identity_state_null),
});
crate::serde_helpers::serde_struct!(LifecycleState {
    id: optional("id"),
    name: required("name"),
    created: optional("created"),
    modified: optional("modified"),
    enabled: optional("enabled"),
    technical_name: required("technicalName"),
    description: optional("description"),
    identity_count: optional("identityCount"),
    email_notification_option: optional("emailNotificationOption"),
    account_actions: optional("accountActions"),
    access_profile_ids: optional("accessProfileIds"),
    identity_state: nullable("identityState"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for LifecycleState {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.email_notification_option, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.account_actions, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

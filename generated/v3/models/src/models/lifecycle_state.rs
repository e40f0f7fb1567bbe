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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
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
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
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
    /// Sets `enabled`.
    pub fn enabled(mut self, value: impl Into<bool>) -> Self {
        self.enabled = Some(value.into());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// Sets `identity_count`.
    pub fn identity_count(mut self, value: impl Into<i32>) -> Self {
        self.identity_count = Some(value.into());
        self
    }
    /// Sets `email_notification_option`.
    pub fn email_notification_option(
        mut self,
        value: impl Into<crate::EmailNotificationOption>,
    ) -> Self {
        self.email_notification_option = Some(value.into());
        self
    }
    /// Sets `account_actions`.
    pub fn account_actions(
        mut self,
        value: impl Into<Vec<crate::AccountAction>>,
    ) -> Self {
        self.account_actions = Some(value.into());
        self
    }
    /// Sets `access_profile_ids`.
    pub fn access_profile_ids(mut self, value: impl Into<Vec<String>>) -> Self {
        self.access_profile_ids = Some(value.into());
        self
    }
    /// Sets `identity_state`.
    pub fn identity_state(mut self, value: impl Into<String>) -> Self {
        self.identity_state = Some(Some(value.into()));
        self
    }
    /// Sets `identity_state` to an explicit `null`.
    pub fn identity_state_null(mut self) -> Self {
        self.identity_state = Some(None);
        self
    }
}
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

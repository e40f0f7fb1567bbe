#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AuthUser {
    /// Tenant name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tenant: Option<String>,
    /// Identity ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Identity's unique identitifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uid: Option<String>,
    /// ID of the auth profile associated with the auth user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile: Option<String>,
    /// Auth user's employee number.
    #[serde(
        rename = "identificationNumber",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub identification_number: Option<Option<String>>,
    /// Auth user's email.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub email: Option<Option<String>>,
    /// Auth user's phone number.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub phone: Option<Option<String>>,
    /// Auth user's work phone number.
    #[serde(
        rename = "workPhone",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub work_phone: Option<Option<String>>,
    /// Auth user's personal email.
    #[serde(
        rename = "personalEmail",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub personal_email: Option<Option<String>>,
    /// Auth user's first name.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub firstname: Option<Option<String>>,
    /// Auth user's last name.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub lastname: Option<Option<String>>,
    /// Auth user's name in displayed format.
    #[serde(rename = "displayName", default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// Auth user's alias.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alias: Option<String>,
    /// Date of last password change.
    #[serde(
        rename = "lastPasswordChangeDate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub last_password_change_date: Option<Option<crate::primitives::DateTime>>,
    /// Timestamp of the last login (long type value).
    #[serde(
        rename = "lastLoginTimestamp",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub last_login_timestamp: Option<i64>,
    /// Timestamp of the current login (long type value).
    #[serde(
        rename = "currentLoginTimestamp",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub current_login_timestamp: Option<i64>,
    /// The date and time when the user was last unlocked.
    #[serde(
        rename = "lastUnlockTimestamp",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub last_unlock_timestamp: Option<Option<crate::primitives::DateTime>>,
    /// Array of the auth user's capabilities.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub capabilities: Option<Option<Vec<crate::AuthUserCapabilitiesItem>>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AuthUser {
    /// Builds a `AuthUser` with every field unset.
    pub fn new() -> Self {
        Self {
            tenant: None,
            id: None,
            uid: None,
            profile: None,
            identification_number: None,
            email: None,
            phone: None,
            work_phone: None,
            personal_email: None,
            firstname: None,
            lastname: None,
            display_name: None,
            alias: None,
            last_password_change_date: None,
            last_login_timestamp: None,
            current_login_timestamp: None,
            last_unlock_timestamp: None,
            capabilities: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for AuthUser {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.capabilities, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

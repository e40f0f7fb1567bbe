/// Describes the individual or group that is responsible for an approval step.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ApprovalScheme {
    /// `APP_OWNER`
    AppOwner,
    /// `SOURCE_OWNER`
    SourceOwner,
    /// `MANAGER`
    Manager,
    /// `ROLE_OWNER`
    RoleOwner,
    /// `ACCESS_PROFILE_OWNER`
    AccessProfileOwner,
    /// `ENTITLEMENT_OWNER`
    EntitlementOwner,
    /// `GOVERNANCE_GROUP`
    GovernanceGroup,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ApprovalScheme {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AppOwner => "APP_OWNER",
            Self::SourceOwner => "SOURCE_OWNER",
            Self::Manager => "MANAGER",
            Self::RoleOwner => "ROLE_OWNER",
            Self::AccessProfileOwner => "ACCESS_PROFILE_OWNER",
            Self::EntitlementOwner => "ENTITLEMENT_OWNER",
            Self::GovernanceGroup => "GOVERNANCE_GROUP",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ApprovalScheme {
    fn from(value: &str) -> Self {
        match value {
            "APP_OWNER" => Self::AppOwner,
            "SOURCE_OWNER" => Self::SourceOwner,
            "MANAGER" => Self::Manager,
            "ROLE_OWNER" => Self::RoleOwner,
            "ACCESS_PROFILE_OWNER" => Self::AccessProfileOwner,
            "ENTITLEMENT_OWNER" => Self::EntitlementOwner,
            "GOVERNANCE_GROUP" => Self::GovernanceGroup,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ApprovalScheme);

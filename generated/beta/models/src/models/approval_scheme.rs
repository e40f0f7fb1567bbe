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
    /// The value is not one this version of the API lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
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
impl From<String> for ApprovalScheme {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for ApprovalScheme {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl ::std::fmt::Display for ApprovalScheme {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for ApprovalScheme {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ApprovalScheme {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::serde_helpers::SchemaFit for ApprovalScheme {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        if self.is_unknown() {
            fit.unlisted += 1;
        }
    }
}

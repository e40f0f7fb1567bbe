/// Type of the criteria in the filter. The `COMPOSITE` filter can contain multiple filters in an AND/OR relationship.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CriteriaType {
    /// `COMPOSITE`
    Composite,
    /// `ROLE`
    Role,
    /// `IDENTITY`
    Identity,
    /// `IDENTITY_ATTRIBUTE`
    IdentityAttribute,
    /// `ENTITLEMENT`
    Entitlement,
    /// `ACCESS_PROFILE`
    AccessProfile,
    /// `SOURCE`
    Source,
    /// `ACCOUNT`
    Account,
    /// `AGGREGATED_ENTITLEMENT`
    AggregatedEntitlement,
    /// `INVALID_CERTIFIABLE_ENTITY`
    InvalidCertifiableEntity,
    /// `INVALID_CERTIFIABLE_BUNDLE`
    InvalidCertifiableBundle,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl CriteriaType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Composite => "COMPOSITE",
            Self::Role => "ROLE",
            Self::Identity => "IDENTITY",
            Self::IdentityAttribute => "IDENTITY_ATTRIBUTE",
            Self::Entitlement => "ENTITLEMENT",
            Self::AccessProfile => "ACCESS_PROFILE",
            Self::Source => "SOURCE",
            Self::Account => "ACCOUNT",
            Self::AggregatedEntitlement => "AGGREGATED_ENTITLEMENT",
            Self::InvalidCertifiableEntity => "INVALID_CERTIFIABLE_ENTITY",
            Self::InvalidCertifiableBundle => "INVALID_CERTIFIABLE_BUNDLE",
            Self::Unknown(value) => value,
        }
    }
    /// The value is not one this version of the API lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}
impl From<&str> for CriteriaType {
    fn from(value: &str) -> Self {
        match value {
            "COMPOSITE" => Self::Composite,
            "ROLE" => Self::Role,
            "IDENTITY" => Self::Identity,
            "IDENTITY_ATTRIBUTE" => Self::IdentityAttribute,
            "ENTITLEMENT" => Self::Entitlement,
            "ACCESS_PROFILE" => Self::AccessProfile,
            "SOURCE" => Self::Source,
            "ACCOUNT" => Self::Account,
            "AGGREGATED_ENTITLEMENT" => Self::AggregatedEntitlement,
            "INVALID_CERTIFIABLE_ENTITY" => Self::InvalidCertifiableEntity,
            "INVALID_CERTIFIABLE_BUNDLE" => Self::InvalidCertifiableBundle,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for CriteriaType {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for CriteriaType {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl ::std::fmt::Display for CriteriaType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for CriteriaType {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for CriteriaType {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::serde_helpers::SchemaFit for CriteriaType {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        if self.is_unknown() {
            fit.unlisted += 1;
        }
    }
}

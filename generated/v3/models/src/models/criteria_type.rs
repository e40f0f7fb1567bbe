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
crate::serde_helpers::string_enum!(CriteriaType);

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum GetTaggedObjectType {
    /// `ACCESS_PROFILE`
    AccessProfile,
    /// `APPLICATION`
    Application,
    /// `CAMPAIGN`
    Campaign,
    /// `ENTITLEMENT`
    Entitlement,
    /// `IDENTITY`
    Identity,
    /// `ROLE`
    Role,
    /// `SOD_POLICY`
    SodPolicy,
    /// `SOURCE`
    Source,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl GetTaggedObjectType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AccessProfile => "ACCESS_PROFILE",
            Self::Application => "APPLICATION",
            Self::Campaign => "CAMPAIGN",
            Self::Entitlement => "ENTITLEMENT",
            Self::Identity => "IDENTITY",
            Self::Role => "ROLE",
            Self::SodPolicy => "SOD_POLICY",
            Self::Source => "SOURCE",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for GetTaggedObjectType {
    fn from(value: &str) -> Self {
        match value {
            "ACCESS_PROFILE" => Self::AccessProfile,
            "APPLICATION" => Self::Application,
            "CAMPAIGN" => Self::Campaign,
            "ENTITLEMENT" => Self::Entitlement,
            "IDENTITY" => Self::Identity,
            "ROLE" => Self::Role,
            "SOD_POLICY" => Self::SodPolicy,
            "SOURCE" => Self::Source,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(GetTaggedObjectType);

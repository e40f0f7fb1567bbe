/// An enumeration of the types of scope choices
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ScopeType {
    /// `ENTITLEMENT`
    Entitlement,
    /// `CERTIFICATION`
    Certification,
    /// `IDENTITY`
    Identity,
    /// `ENTITLEMENTREQUEST`
    Entitlementrequest,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ScopeType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Entitlement => "ENTITLEMENT",
            Self::Certification => "CERTIFICATION",
            Self::Identity => "IDENTITY",
            Self::Entitlementrequest => "ENTITLEMENTREQUEST",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ScopeType {
    fn from(value: &str) -> Self {
        match value {
            "ENTITLEMENT" => Self::Entitlement,
            "CERTIFICATION" => Self::Certification,
            "IDENTITY" => Self::Identity,
            "ENTITLEMENTREQUEST" => Self::Entitlementrequest,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ScopeType);

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum GetPeerGroupOutliersStrategy {
    /// `entitlement`
    Entitlement,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl GetPeerGroupOutliersStrategy {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Entitlement => "entitlement",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for GetPeerGroupOutliersStrategy {
    fn from(value: &str) -> Self {
        match value {
            "entitlement" => Self::Entitlement,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(GetPeerGroupOutliersStrategy);

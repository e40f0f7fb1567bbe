/// This enum characterizes the type of a Role's membership selector. Only the following two are fully supported:
///
/// STANDARD: Indicates that Role membership is defined in terms of a criteria expression
///
/// IDENTITY_LIST: Indicates that Role membership is conferred on the specific identities listed
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RoleMembershipSelectorType {
    /// `STANDARD`
    Standard,
    /// `IDENTITY_LIST`
    IdentityList,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl RoleMembershipSelectorType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Standard => "STANDARD",
            Self::IdentityList => "IDENTITY_LIST",
            Self::Unknown(value) => value,
        }
    }
    /// The value is not one this version of the API lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}
impl From<&str> for RoleMembershipSelectorType {
    fn from(value: &str) -> Self {
        match value {
            "STANDARD" => Self::Standard,
            "IDENTITY_LIST" => Self::IdentityList,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for RoleMembershipSelectorType {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for RoleMembershipSelectorType {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl ::std::fmt::Display for RoleMembershipSelectorType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for RoleMembershipSelectorType {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for RoleMembershipSelectorType {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::serde_helpers::SchemaFit for RoleMembershipSelectorType {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        if self.is_unknown() {
            fit.unlisted += 1;
        }
    }
}

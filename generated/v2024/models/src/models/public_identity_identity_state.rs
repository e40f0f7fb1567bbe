/// The current state of the identity, which determines how Identity Security Cloud interacts with the identity.
/// An identity that is Active will be included identity picklists in Request Center, identity processing, and more.
/// Identities that are Inactive will be excluded from these features.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PublicIdentityIdentityState {
    /// `ACTIVE`
    Active,
    /// `INACTIVE_SHORT_TERM`
    InactiveShortTerm,
    /// `INACTIVE_LONG_TERM`
    InactiveLongTerm,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl PublicIdentityIdentityState {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "ACTIVE",
            Self::InactiveShortTerm => "INACTIVE_SHORT_TERM",
            Self::InactiveLongTerm => "INACTIVE_LONG_TERM",
            Self::Unknown(value) => value,
        }
    }
    /// The value is not one this version of the API lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}
impl From<&str> for PublicIdentityIdentityState {
    fn from(value: &str) -> Self {
        match value {
            "ACTIVE" => Self::Active,
            "INACTIVE_SHORT_TERM" => Self::InactiveShortTerm,
            "INACTIVE_LONG_TERM" => Self::InactiveLongTerm,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for PublicIdentityIdentityState {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for PublicIdentityIdentityState {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl ::std::fmt::Display for PublicIdentityIdentityState {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for PublicIdentityIdentityState {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for PublicIdentityIdentityState {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::serde_helpers::SchemaFit for PublicIdentityIdentityState {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        if self.is_unknown() {
            fit.unlisted += 1;
        }
    }
}

/// The identity's status in the system
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum IdentityDtoIdentityStatus {
    /// `UNREGISTERED`
    Unregistered,
    /// `REGISTERED`
    Registered,
    /// `PENDING`
    Pending,
    /// `WARNING`
    Warning,
    /// `DISABLED`
    Disabled,
    /// `ACTIVE`
    Active,
    /// `DEACTIVATED`
    Deactivated,
    /// `TERMINATED`
    Terminated,
    /// `ERROR`
    Error,
    /// `LOCKED`
    Locked,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl IdentityDtoIdentityStatus {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Unregistered => "UNREGISTERED",
            Self::Registered => "REGISTERED",
            Self::Pending => "PENDING",
            Self::Warning => "WARNING",
            Self::Disabled => "DISABLED",
            Self::Active => "ACTIVE",
            Self::Deactivated => "DEACTIVATED",
            Self::Terminated => "TERMINATED",
            Self::Error => "ERROR",
            Self::Locked => "LOCKED",
            Self::Unknown(value) => value,
        }
    }
    /// The value is not one this version of the API lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}
impl From<&str> for IdentityDtoIdentityStatus {
    fn from(value: &str) -> Self {
        match value {
            "UNREGISTERED" => Self::Unregistered,
            "REGISTERED" => Self::Registered,
            "PENDING" => Self::Pending,
            "WARNING" => Self::Warning,
            "DISABLED" => Self::Disabled,
            "ACTIVE" => Self::Active,
            "DEACTIVATED" => Self::Deactivated,
            "TERMINATED" => Self::Terminated,
            "ERROR" => Self::Error,
            "LOCKED" => Self::Locked,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for IdentityDtoIdentityStatus {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for IdentityDtoIdentityStatus {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl ::std::fmt::Display for IdentityDtoIdentityStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for IdentityDtoIdentityStatus {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for IdentityDtoIdentityStatus {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::serde_helpers::SchemaFit for IdentityDtoIdentityStatus {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        if self.is_unknown() {
            fit.unlisted += 1;
        }
    }
}

/// Type of org
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ProductOrgType {
    /// `development`
    Development,
    /// `staging`
    Staging,
    /// `production`
    Production,
    /// `test`
    Test,
    /// `partner`
    Partner,
    /// `training`
    Training,
    /// `demonstration`
    Demonstration,
    /// `sandbox`
    Sandbox,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ProductOrgType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Development => "development",
            Self::Staging => "staging",
            Self::Production => "production",
            Self::Test => "test",
            Self::Partner => "partner",
            Self::Training => "training",
            Self::Demonstration => "demonstration",
            Self::Sandbox => "sandbox",
            Self::Unknown(value) => value,
        }
    }
    /// The value is not one this version of the API lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}
impl From<&str> for ProductOrgType {
    fn from(value: &str) -> Self {
        match value {
            "development" => Self::Development,
            "staging" => Self::Staging,
            "production" => Self::Production,
            "test" => Self::Test,
            "partner" => Self::Partner,
            "training" => Self::Training,
            "demonstration" => Self::Demonstration,
            "sandbox" => Self::Sandbox,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for ProductOrgType {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for ProductOrgType {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl ::std::fmt::Display for ProductOrgType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for ProductOrgType {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ProductOrgType {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::serde_helpers::SchemaFit for ProductOrgType {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        if self.is_unknown() {
            fit.unlisted += 1;
        }
    }
}

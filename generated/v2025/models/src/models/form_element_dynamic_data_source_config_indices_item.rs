#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FormElementDynamicDataSourceConfigIndicesItem {
    /// `accessprofiles`
    Accessprofiles,
    /// `accountactivities`
    Accountactivities,
    /// `entitlements`
    Entitlements,
    /// `identities`
    Identities,
    /// `events`
    Events,
    /// `roles`
    Roles,
    /// `*`
    Asterisk,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl FormElementDynamicDataSourceConfigIndicesItem {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Accessprofiles => "accessprofiles",
            Self::Accountactivities => "accountactivities",
            Self::Entitlements => "entitlements",
            Self::Identities => "identities",
            Self::Events => "events",
            Self::Roles => "roles",
            Self::Asterisk => "*",
            Self::Unknown(value) => value,
        }
    }
    /// The value is not one this version of the API lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}
impl From<&str> for FormElementDynamicDataSourceConfigIndicesItem {
    fn from(value: &str) -> Self {
        match value {
            "accessprofiles" => Self::Accessprofiles,
            "accountactivities" => Self::Accountactivities,
            "entitlements" => Self::Entitlements,
            "identities" => Self::Identities,
            "events" => Self::Events,
            "roles" => Self::Roles,
            "*" => Self::Asterisk,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for FormElementDynamicDataSourceConfigIndicesItem {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for FormElementDynamicDataSourceConfigIndicesItem {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl ::std::fmt::Display for FormElementDynamicDataSourceConfigIndicesItem {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for FormElementDynamicDataSourceConfigIndicesItem {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for FormElementDynamicDataSourceConfigIndicesItem {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::serde_helpers::SchemaFit for FormElementDynamicDataSourceConfigIndicesItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        if self.is_unknown() {
            fit.unlisted += 1;
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MachineIdentityUpdatedMachineIdentityChangeTypesItem {
    /// `ATTRIBUTES_CHANGED`
    AttributesChanged,
    /// `USER_ENTITLEMENTS_ADDED`
    UserEntitlementsAdded,
    /// `USER_ENTITLEMENTS_REMOVED`
    UserEntitlementsRemoved,
    /// `OWNERS_ADDED`
    OwnersAdded,
    /// `OWNERS_REMOVED`
    OwnersRemoved,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl MachineIdentityUpdatedMachineIdentityChangeTypesItem {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AttributesChanged => "ATTRIBUTES_CHANGED",
            Self::UserEntitlementsAdded => "USER_ENTITLEMENTS_ADDED",
            Self::UserEntitlementsRemoved => "USER_ENTITLEMENTS_REMOVED",
            Self::OwnersAdded => "OWNERS_ADDED",
            Self::OwnersRemoved => "OWNERS_REMOVED",
            Self::Unknown(value) => value,
        }
    }
    /// The value is not one this version of the API lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}
impl From<&str> for MachineIdentityUpdatedMachineIdentityChangeTypesItem {
    fn from(value: &str) -> Self {
        match value {
            "ATTRIBUTES_CHANGED" => Self::AttributesChanged,
            "USER_ENTITLEMENTS_ADDED" => Self::UserEntitlementsAdded,
            "USER_ENTITLEMENTS_REMOVED" => Self::UserEntitlementsRemoved,
            "OWNERS_ADDED" => Self::OwnersAdded,
            "OWNERS_REMOVED" => Self::OwnersRemoved,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for MachineIdentityUpdatedMachineIdentityChangeTypesItem {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for MachineIdentityUpdatedMachineIdentityChangeTypesItem {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl ::std::fmt::Display for MachineIdentityUpdatedMachineIdentityChangeTypesItem {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for MachineIdentityUpdatedMachineIdentityChangeTypesItem {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de>
for MachineIdentityUpdatedMachineIdentityChangeTypesItem {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::serde_helpers::SchemaFit
for MachineIdentityUpdatedMachineIdentityChangeTypesItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        if self.is_unknown() {
            fit.unlisted += 1;
        }
    }
}

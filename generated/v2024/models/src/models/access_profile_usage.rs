#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccessProfileUsage {
    /// ID of the Access Profile that is in use
    #[serde(
        rename = "accessProfileId",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub access_profile_id: Option<String>,
    /// List of references to objects which are using the indicated Access Profile
    #[serde(rename = "usedBy", default, skip_serializing_if = "Option::is_none")]
    pub used_by: Option<Vec<crate::AccessProfileUsageUsedByItem>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccessProfileUsage {
    /// Builds a `AccessProfileUsage` with every field unset.
    pub fn new() -> Self {
        Self {
            access_profile_id: None,
            used_by: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for AccessProfileUsage {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.used_by, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Role using the access profile.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccessProfileUsageUsedByItem {
    /// DTO type of role using the access profile.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<crate::AccessProfileUsageUsedByItemType>,
    /// ID of role using the access profile.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Display name of role using the access profile.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccessProfileUsageUsedByItem {
    /// Builds a `AccessProfileUsageUsedByItem` with every field unset.
    pub fn new() -> Self {
        Self {
            r#type: None,
            id: None,
            name: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for AccessProfileUsageUsedByItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// DTO type of role using the access profile.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum AccessProfileUsageUsedByItemType {
    /// `ROLE`
    Role,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl AccessProfileUsageUsedByItemType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Role => "ROLE",
            Self::Unknown(value) => value,
        }
    }
    /// The value is not one this version of the API lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}
impl From<&str> for AccessProfileUsageUsedByItemType {
    fn from(value: &str) -> Self {
        match value {
            "ROLE" => Self::Role,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for AccessProfileUsageUsedByItemType {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for AccessProfileUsageUsedByItemType {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl ::std::fmt::Display for AccessProfileUsageUsedByItemType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for AccessProfileUsageUsedByItemType {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for AccessProfileUsageUsedByItemType {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::serde_helpers::SchemaFit for AccessProfileUsageUsedByItemType {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        if self.is_unknown() {
            fit.unlisted += 1;
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct WorkgroupConnectionDto {
    /// Connected object to Governance Group
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<crate::ConnectedObject>,
    /// Connection Type.
    #[serde(rename = "connectionType", default, skip_serializing_if = "Option::is_none")]
    pub connection_type: Option<crate::WorkgroupConnectionDtoConnectionType>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl WorkgroupConnectionDto {
    /// Builds a `WorkgroupConnectionDto` with every field unset.
    pub fn new() -> Self {
        Self {
            object: None,
            connection_type: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for WorkgroupConnectionDto {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.object, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.connection_type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Connection Type.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum WorkgroupConnectionDtoConnectionType {
    /// `AccessRequestReviewer`
    AccessRequestReviewer,
    /// `Owner`
    Owner,
    /// `ManagementWorkgroup`
    ManagementWorkgroup,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl WorkgroupConnectionDtoConnectionType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AccessRequestReviewer => "AccessRequestReviewer",
            Self::Owner => "Owner",
            Self::ManagementWorkgroup => "ManagementWorkgroup",
            Self::Unknown(value) => value,
        }
    }
    /// The value is not one this version of the API lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}
impl From<&str> for WorkgroupConnectionDtoConnectionType {
    fn from(value: &str) -> Self {
        match value {
            "AccessRequestReviewer" => Self::AccessRequestReviewer,
            "Owner" => Self::Owner,
            "ManagementWorkgroup" => Self::ManagementWorkgroup,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for WorkgroupConnectionDtoConnectionType {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for WorkgroupConnectionDtoConnectionType {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl ::std::fmt::Display for WorkgroupConnectionDtoConnectionType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for WorkgroupConnectionDtoConnectionType {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for WorkgroupConnectionDtoConnectionType {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::serde_helpers::SchemaFit for WorkgroupConnectionDtoConnectionType {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        if self.is_unknown() {
            fit.unlisted += 1;
        }
    }
}

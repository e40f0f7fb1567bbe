/// Defines the encryption settings for a managed cluster, including the format used for storing and processing encrypted data.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ManagedClusterEncryptionConfiguration {
    /// Specifies the format used for encrypted data, such as secrets. The format determines how the encrypted data is structured and processed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<crate::ManagedClusterEncryptionConfigurationFormat>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ManagedClusterEncryptionConfiguration {
    /// Builds a `ManagedClusterEncryptionConfiguration` with every field unset.
    pub fn new() -> Self {
        Self {
            format: None,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for ManagedClusterEncryptionConfiguration {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.format, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Specifies the format used for encrypted data, such as secrets. The format determines how the encrypted data is structured and processed.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ManagedClusterEncryptionConfigurationFormat {
    /// `V2`
    V2,
    /// `V3`
    V3,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ManagedClusterEncryptionConfigurationFormat {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::V2 => "V2",
            Self::V3 => "V3",
            Self::Unknown(value) => value,
        }
    }
    /// The value is not one this version of the API lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
    }
}
impl From<&str> for ManagedClusterEncryptionConfigurationFormat {
    fn from(value: &str) -> Self {
        match value {
            "V2" => Self::V2,
            "V3" => Self::V3,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for ManagedClusterEncryptionConfigurationFormat {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for ManagedClusterEncryptionConfigurationFormat {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl ::std::fmt::Display for ManagedClusterEncryptionConfigurationFormat {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for ManagedClusterEncryptionConfigurationFormat {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ManagedClusterEncryptionConfigurationFormat {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::serde_helpers::SchemaFit for ManagedClusterEncryptionConfigurationFormat {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        if self.is_unknown() {
            fit.unlisted += 1;
        }
    }
}

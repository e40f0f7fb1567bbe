/// Defines the encryption settings for a managed cluster, including the format used for storing and processing encrypted data.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ManagedClusterEncryptionConfiguration {
    /// Specifies the format used for encrypted data, such as secrets. The format determines how the encrypted data is structured and processed.
    pub format: Option<crate::ManagedClusterEncryptionConfigurationFormat>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ManagedClusterEncryptionConfiguration {
    /// Builds a `ManagedClusterEncryptionConfiguration` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ManagedClusterEncryptionConfiguration {
    format: optional::<crate::ManagedClusterEncryptionConfigurationFormat>(format),
});
crate::serde_helpers::serde_struct!(ManagedClusterEncryptionConfiguration {
    format: optional("format"),
    ..additional_properties
});
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
crate::serde_helpers::string_enum!(ManagedClusterEncryptionConfigurationFormat);

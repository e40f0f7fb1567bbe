/// Managed Cluster key pair for Cluster
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ManagedClusterKeyPair {
    /// ManagedCluster publicKey
    #[serde(
        rename = "publicKey",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub public_key: Option<Option<String>>,
    /// ManagedCluster publicKeyThumbprint
    #[serde(
        rename = "publicKeyThumbprint",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub public_key_thumbprint: Option<Option<String>>,
    /// ManagedCluster publicKeyCertificate
    #[serde(
        rename = "publicKeyCertificate",
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::serde_helpers::deserialize_some",
    )]
    pub public_key_certificate: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ManagedClusterKeyPair {
    /// Builds a `ManagedClusterKeyPair` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
impl crate::serde_helpers::SchemaFit for ManagedClusterKeyPair {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}

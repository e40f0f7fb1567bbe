/// Managed Cluster key pair for Cluster
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ManagedClusterKeyPair {
    /// ManagedCluster publicKey
    pub public_key: Option<Option<String>>,
    /// ManagedCluster publicKeyThumbprint
    pub public_key_thumbprint: Option<Option<String>>,
    /// ManagedCluster publicKeyCertificate
    pub public_key_certificate: Option<Option<String>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ManagedClusterKeyPair {
    /// Builds a `ManagedClusterKeyPair` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ManagedClusterKeyPair {
    public_key: nullable::<String>(public_key, public_key_null),
    public_key_thumbprint: nullable::<String>(public_key_thumbprint, public_key_thumbprint_null),
    public_key_certificate: nullable::<String>(public_key_certificate, public_key_certificate_null),
});
crate::serde_helpers::serde_struct!(ManagedClusterKeyPair {
    public_key: nullable("publicKey"),
    public_key_thumbprint: nullable("publicKeyThumbprint"),
    public_key_certificate: nullable("publicKeyCertificate"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ManagedClusterKeyPair {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}

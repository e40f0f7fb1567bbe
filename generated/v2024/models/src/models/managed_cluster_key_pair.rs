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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ManagedClusterKeyPair {
    /// Builds a `ManagedClusterKeyPair` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `public_key`.
    pub fn public_key(mut self, value: impl Into<String>) -> Self {
        self.public_key = Some(Some(value.into()));
        self
    }
    /// Sets `public_key` to an explicit `null`.
    pub fn public_key_null(mut self) -> Self {
        self.public_key = Some(None);
        self
    }
    /// Sets `public_key_thumbprint`.
    pub fn public_key_thumbprint(mut self, value: impl Into<String>) -> Self {
        self.public_key_thumbprint = Some(Some(value.into()));
        self
    }
    /// Sets `public_key_thumbprint` to an explicit `null`.
    pub fn public_key_thumbprint_null(mut self) -> Self {
        self.public_key_thumbprint = Some(None);
        self
    }
    /// Sets `public_key_certificate`.
    pub fn public_key_certificate(mut self, value: impl Into<String>) -> Self {
        self.public_key_certificate = Some(Some(value.into()));
        self
    }
    /// Sets `public_key_certificate` to an explicit `null`.
    pub fn public_key_certificate_null(mut self) -> Self {
        self.public_key_certificate = Some(None);
        self
    }
}
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

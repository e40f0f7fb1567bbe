/// A single JSON Web Key used for verifying signed delivery requests.
#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Jwk {
    /// Algorithm intended for use with the key (e.g. RS256).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alg: Option<String>,
    /// RSA public exponent (Base64url encoded).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub e: Option<String>,
    /// Key ID - unique identifier for the key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kid: Option<String>,
    /// Key type (e.g. RSA).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kty: Option<String>,
    /// RSA modulus (Base64url encoded).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub n: Option<String>,
    /// Intended use of the key (e.g. sig for signature verification).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#use: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl Jwk {
    /// Builds a `Jwk` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `alg`.
    pub fn alg(mut self, value: impl Into<String>) -> Self {
        self.alg = Some(value.into());
        self
    }
    /// Sets `e`.
    pub fn e(mut self, value: impl Into<String>) -> Self {
        self.e = Some(value.into());
        self
    }
    /// Sets `kid`.
    pub fn kid(mut self, value: impl Into<String>) -> Self {
        self.kid = Some(value.into());
        self
    }
    /// Sets `kty`.
    pub fn kty(mut self, value: impl Into<String>) -> Self {
        self.kty = Some(value.into());
        self
    }
    /// Sets `n`.
    pub fn n(mut self, value: impl Into<String>) -> Self {
        self.n = Some(value.into());
        self
    }
    /// Sets `use`.
    pub fn r#use(mut self, value: impl Into<String>) -> Self {
        self.r#use = Some(value.into());
        self
    }
}
impl crate::serde_helpers::SchemaFit for Jwk {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}

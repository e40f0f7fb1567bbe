/// A single JSON Web Key used for verifying signed delivery requests.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Jwk {
    /// Algorithm intended for use with the key (e.g. RS256).
    pub alg: Option<String>,
    /// RSA public exponent (Base64url encoded).
    pub e: Option<String>,
    /// Key ID - unique identifier for the key.
    pub kid: Option<String>,
    /// Key type (e.g. RSA).
    pub kty: Option<String>,
    /// RSA modulus (Base64url encoded).
    pub n: Option<String>,
    /// Intended use of the key (e.g. sig for signature verification).
    pub r#use: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl Jwk {
    /// Builds a `Jwk` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(Jwk {
    alg: optional::<String>(alg),
    e: optional::<String>(e),
    kid: optional::<String>(kid),
    kty: optional::<String>(kty),
    n: optional::<String>(n),
    r#use: optional::<String>(r#use),
});
crate::serde_helpers::serde_struct!(Jwk {
    alg: optional("alg"),
    e: optional("e"),
    kid: optional("kid"),
    kty: optional("kty"),
    n: optional("n"),
    r#use: optional("use"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for Jwk {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}

/// JSON Web Key Set containing the transmitter's public keys for verifying signed delivery requests.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Jwks {
    /// Array of JSON Web Keys.
    pub keys: Vec<crate::Jwk>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl Jwks {
    /// Builds a `Jwks` from its required fields; the others are unset.
    pub fn new(keys: impl Into<Vec<crate::Jwk>>) -> Self {
        Self {
            keys: keys.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(Jwks {
    keys: required("keys"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for Jwks {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.keys, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

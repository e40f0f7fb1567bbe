/// Arguments for Identity Profile Identity Error report (IDENTITY_PROFILE_IDENTITY_ERROR)
#[derive(Debug, Clone, PartialEq)]
pub struct IdentityProfileIdentityError {
    /// Source ID.
    pub authoritative_source: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl IdentityProfileIdentityError {
    /// Builds a `IdentityProfileIdentityError` from its required fields; the others are unset.
    pub fn new(authoritative_source: impl Into<String>) -> Self {
        Self {
            authoritative_source: authoritative_source.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(IdentityProfileIdentityError {
    authoritative_source: required("authoritativeSource"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for IdentityProfileIdentityError {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}

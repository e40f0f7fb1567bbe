/// Details about the identity correlated with the account.
#[derive(Debug, Clone, PartialEq)]
pub struct IdentityReferenceV2025 {
    /// The ID of the identity that is correlated with this account.
    pub id: String,
    /// The name of the identity that is correlated with this account.
    pub name: String,
    /// The alias of the identity.
    pub alias: String,
    /// The email of the identity.
    pub email: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl IdentityReferenceV2025 {
    /// Builds a `IdentityReferenceV2025` from its required fields; the others are unset.
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        alias: impl Into<String>,
        email: impl Into<String>,
    ) -> Self {
        Self {
            id: id.into(),
            name: name.into(),
            alias: alias.into(),
            email: email.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(IdentityReferenceV2025 {
    id: required("id"),
    name: required("name"),
    alias: required("alias"),
    email: required("email"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for IdentityReferenceV2025 {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}

#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct IdentityCreated {
    /// Created identity.
    pub identity: crate::IdentityCreatedIdentity,
    /// Attributes assigned to the identity. These attributes are determined by the identity profile.
    pub attributes: ::serde_json::Value,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl IdentityCreated {
    /// Builds a `IdentityCreated` from its required fields; the others are unset.
    pub fn new(
        identity: crate::IdentityCreatedIdentity,
        attributes: ::serde_json::Value,
    ) -> Self {
        Self {
            identity,
            attributes,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for IdentityCreated {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.identity, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.attributes, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

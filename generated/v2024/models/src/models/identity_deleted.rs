#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct IdentityDeleted {
    /// Deleted identity.
    pub identity: crate::IdentityDeletedIdentity,
    /// The attributes assigned to the identity. Attributes are determined by the identity profile.
    pub attributes: ::serde_json::Value,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl IdentityDeleted {
    /// Builds a `IdentityDeleted` from its required fields; the others are unset.
    pub fn new(
        identity: crate::IdentityDeletedIdentity,
        attributes: ::serde_json::Value,
    ) -> Self {
        Self {
            identity,
            attributes,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for IdentityDeleted {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.identity, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.attributes, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct IdentityAttributesChanged {
    /// Identity whose attributes changed.
    pub identity: crate::IdentityAttributesChangedIdentity,
    /// List of identity's attributes that changed.
    pub changes: Vec<crate::IdentityAttributesChangedChangesItem>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl IdentityAttributesChanged {
    /// Builds a `IdentityAttributesChanged` from its required fields; the others are unset.
    pub fn new(
        identity: crate::IdentityAttributesChangedIdentity,
        changes: Vec<crate::IdentityAttributesChangedChangesItem>,
    ) -> Self {
        Self {
            identity,
            changes,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for IdentityAttributesChanged {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.identity, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.changes, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

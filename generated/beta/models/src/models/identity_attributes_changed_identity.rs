/// Identity whose attributes changed.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct IdentityAttributesChangedIdentity {
    /// DTO type of identity whose attributes changed.
    pub r#type: crate::IdentityAttributesChangedIdentityType,
    /// ID of identity whose attributes changed.
    pub id: String,
    /// Name of identity whose attributes changed.
    pub name: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl IdentityAttributesChangedIdentity {
    /// Builds a `IdentityAttributesChangedIdentity` from its required fields; the others are unset.
    pub fn new(
        r#type: crate::IdentityAttributesChangedIdentityType,
        id: String,
        name: String,
    ) -> Self {
        Self {
            r#type,
            id,
            name,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for IdentityAttributesChangedIdentity {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

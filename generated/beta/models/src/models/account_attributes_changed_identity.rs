/// The identity whose account attributes were updated.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccountAttributesChangedIdentity {
    /// DTO type of the identity whose account attributes were updated.
    pub r#type: crate::AccountAttributesChangedIdentityType,
    /// ID of the identity whose account attributes were updated.
    pub id: String,
    /// Display name of the identity whose account attributes were updated.
    pub name: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccountAttributesChangedIdentity {
    /// Builds a `AccountAttributesChangedIdentity` from its required fields; the others are unset.
    pub fn new(
        r#type: crate::AccountAttributesChangedIdentityType,
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
impl crate::serde_helpers::SchemaFit for AccountAttributesChangedIdentity {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

/// The source that contains the account.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccountAttributesChangedSource {
    /// ID of the object to which this reference applies
    pub id: String,
    /// The type of object that is referenced
    pub r#type: crate::AccountAttributesChangedSourceType,
    /// Human-readable display name of the object to which this reference applies
    pub name: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccountAttributesChangedSource {
    /// Builds a `AccountAttributesChangedSource` from its required fields; the others are unset.
    pub fn new(
        id: String,
        r#type: crate::AccountAttributesChangedSourceType,
        name: String,
    ) -> Self {
        Self {
            id,
            r#type,
            name,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for AccountAttributesChangedSource {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

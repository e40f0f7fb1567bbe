/// Details about the owner of the source.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccountSourceReferenceOwner {
    /// ID of the source owner.
    pub id: String,
    /// Name of the source owner.
    pub name: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccountSourceReferenceOwner {
    /// Builds a `AccountSourceReferenceOwner` from its required fields; the others are unset.
    pub fn new(id: String, name: String) -> Self {
        Self {
            id,
            name,
            additional_properties: ::indexmap::IndexMap::new(),
        }
    }
}
impl crate::serde_helpers::SchemaFit for AccountSourceReferenceOwner {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        fit.undeclared += self.additional_properties.len();
    }
}

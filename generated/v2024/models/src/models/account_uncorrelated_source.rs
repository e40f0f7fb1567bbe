/// The source the accounts are uncorrelated from.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccountUncorrelatedSource {
    /// The DTO type of the source the accounts are uncorrelated from.
    pub r#type: crate::AccountUncorrelatedSourceType,
    /// The ID of the source the accounts are uncorrelated from.
    pub id: String,
    /// Display name of the source the accounts are uncorrelated from.
    pub name: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccountUncorrelatedSource {
    /// Builds a `AccountUncorrelatedSource` from its required fields; the others are unset.
    pub fn new(
        r#type: crate::AccountUncorrelatedSourceType,
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
impl crate::serde_helpers::SchemaFit for AccountUncorrelatedSource {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

/// The source the accounts are being correlated from.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccountCorrelatedSource {
    /// The DTO type of the source the accounts are being correlated from.
    pub r#type: crate::AccountCorrelatedSourceType,
    /// The ID of the source the accounts are being correlated from.
    pub id: String,
    /// Display name of the source the accounts are being correlated from.
    pub name: String,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl AccountCorrelatedSource {
    /// Builds a `AccountCorrelatedSource` from its required fields; the others are unset.
    pub fn new(
        r#type: crate::AccountCorrelatedSourceType,
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
impl crate::serde_helpers::SchemaFit for AccountCorrelatedSource {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

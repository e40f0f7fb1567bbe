#[derive(Debug, Clone, PartialEq, Default)]
pub struct AccountsSelectionResponse {
    /// A list of available account selections per identity in the request, for all the requested items
    pub identities: Option<Vec<crate::IdentityAccountSelections>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl AccountsSelectionResponse {
    /// Builds a `AccountsSelectionResponse` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(AccountsSelectionResponse {
    identities: optional::<Vec<crate::IdentityAccountSelections>>(identities),
});
crate::serde_helpers::serde_struct!(AccountsSelectionResponse {
    identities: optional("identities"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for AccountsSelectionResponse {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.identities, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

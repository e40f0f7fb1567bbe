#[derive(Debug, Clone, PartialEq, Default)]
pub struct IdentityAccountSelections {
    /// Available account selections for the identity, per requested item
    pub requested_items: Option<Vec<crate::RequestedItemAccountSelections>>,
    /// A boolean indicating whether any account selections will be required for the user to raise an access request
    pub accounts_selection_required: Option<bool>,
    /// DTO type
    pub r#type: Option<crate::DtoType>,
    /// The identity id for the user
    pub id: Option<String>,
    /// The name of the identity
    pub name: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl IdentityAccountSelections {
    /// Builds a `IdentityAccountSelections` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(IdentityAccountSelections {
    requested_items: optional::<Vec<crate::RequestedItemAccountSelections>>(requested_items),
    accounts_selection_required: optional::<bool>(accounts_selection_required),
    r#type: optional::<crate::DtoType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
});
crate::serde_helpers::serde_struct!(IdentityAccountSelections {
    requested_items: optional("requestedItems"),
    accounts_selection_required: optional("accountsSelectionRequired"),
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for IdentityAccountSelections {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.requested_items, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

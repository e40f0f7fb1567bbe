#[derive(Debug, Clone, PartialEq, Default)]
pub struct SourceAccountSelections {
    /// DTO type
    pub r#type: Option<crate::DtoType>,
    /// The source id
    pub id: Option<String>,
    /// The source name
    pub name: Option<String>,
    /// The accounts information for a particular source in the requested item
    pub accounts: Option<Vec<crate::AccountInfoRef>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl SourceAccountSelections {
    /// Builds a `SourceAccountSelections` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(SourceAccountSelections {
    r#type: optional::<crate::DtoType>(r#type),
    id: optional::<String>(id),
    name: optional::<String>(name),
    accounts: optional::<Vec<crate::AccountInfoRef>>(accounts),
});
crate::serde_helpers::serde_struct!(SourceAccountSelections {
    r#type: optional("type"),
    id: optional("id"),
    name: optional("name"),
    accounts: optional("accounts"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for SourceAccountSelections {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.accounts, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

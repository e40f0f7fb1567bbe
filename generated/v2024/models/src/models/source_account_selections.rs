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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl SourceAccountSelections {
    /// Builds a `SourceAccountSelections` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<crate::DtoType>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `accounts`.
    pub fn accounts(mut self, value: impl Into<Vec<crate::AccountInfoRef>>) -> Self {
        self.accounts = Some(value.into());
        self
    }
}
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

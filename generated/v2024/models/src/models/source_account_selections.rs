#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct SourceAccountSelections {
    /// DTO type
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<crate::DtoType>,
    /// The source id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The source name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The accounts information for a particular source in the requested item
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accounts: Option<Vec<crate::AccountInfoRef>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
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
impl crate::serde_helpers::SchemaFit for SourceAccountSelections {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.r#type, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.accounts, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

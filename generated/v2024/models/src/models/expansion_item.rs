#[derive(Debug, Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct ExpansionItem {
    /// The ID of the account
    #[serde(rename = "accountId", default, skip_serializing_if = "Option::is_none")]
    pub account_id: Option<String>,
    /// Cause of the expansion item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cause: Option<String>,
    /// The name of the item
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(
        rename = "attributeRequest",
        default,
        skip_serializing_if = "Option::is_none",
    )]
    pub attribute_request: Option<crate::AttributeRequest>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<crate::AccountSource>,
    /// ID of the expansion item
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// State of the expansion item
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    #[serde(flatten)]
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ExpansionItem {
    /// Builds a `ExpansionItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `account_id`.
    pub fn account_id(mut self, value: impl Into<String>) -> Self {
        self.account_id = Some(value.into());
        self
    }
    /// Sets `cause`.
    pub fn cause(mut self, value: impl Into<String>) -> Self {
        self.cause = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `attribute_request`.
    pub fn attribute_request(
        mut self,
        value: impl Into<crate::AttributeRequest>,
    ) -> Self {
        self.attribute_request = Some(value.into());
        self
    }
    /// Sets `source`.
    pub fn source(mut self, value: impl Into<crate::AccountSource>) -> Self {
        self.source = Some(value.into());
        self
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `state`.
    pub fn state(mut self, value: impl Into<String>) -> Self {
        self.state = Some(value.into());
        self
    }
}
impl crate::serde_helpers::SchemaFit for ExpansionItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.attribute_request, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.source, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

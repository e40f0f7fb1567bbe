#[derive(Debug, Clone, PartialEq, Default)]
pub struct ExpansionItem {
    /// The ID of the account
    pub account_id: Option<String>,
    /// Cause of the expansion item.
    pub cause: Option<String>,
    /// The name of the item
    pub name: Option<String>,
    pub attribute_request: Option<crate::AttributeRequest>,
    pub source: Option<crate::AccountSource>,
    /// ID of the expansion item
    pub id: Option<String>,
    /// State of the expansion item
    pub state: Option<String>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ExpansionItem {
    /// Builds a `ExpansionItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ExpansionItem {
    account_id: optional::<String>(account_id),
    cause: optional::<String>(cause),
    name: optional::<String>(name),
    attribute_request: optional::<crate::AttributeRequest>(attribute_request),
    source: optional::<crate::AccountSource>(source),
    id: optional::<String>(id),
    state: optional::<String>(state),
});
crate::serde_helpers::serde_struct!(ExpansionItem {
    account_id: optional("accountId"),
    cause: optional("cause"),
    name: optional("name"),
    attribute_request: optional("attributeRequest"),
    source: optional("source"),
    id: optional("id"),
    state: optional("state"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ExpansionItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.attribute_request, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.source, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

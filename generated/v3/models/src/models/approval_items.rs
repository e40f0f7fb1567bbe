/// Approval Item Details
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ApprovalItems {
    /// The approval item's ID
    pub id: Option<String>,
    /// The account referenced by the approval item
    pub account: Option<Option<String>>,
    /// The name of the application/source
    pub application: Option<String>,
    /// The attribute's name
    pub name: Option<Option<String>>,
    /// The attribute's operation
    pub operation: Option<String>,
    /// The attribute's value
    pub value: Option<Option<String>>,
    pub state: Option<Option<crate::WorkItemState>>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ApprovalItems {
    /// Builds a `ApprovalItems` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ApprovalItems {
    id: optional::<String>(id),
    account: nullable::<String>(account, account_null),
    application: optional::<String>(application),
    name: nullable::<String>(name, name_null),
    operation: optional::<String>(operation),
    value: nullable::<String>(value, value_null),
    state: nullable::<crate::WorkItemState>(state, state_null),
});
crate::serde_helpers::serde_struct!(ApprovalItems {
    id: optional("id"),
    account: nullable("account"),
    application: optional("application"),
    name: nullable("name"),
    operation: optional("operation"),
    value: nullable("value"),
    state: nullable("state"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ApprovalItems {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.state, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

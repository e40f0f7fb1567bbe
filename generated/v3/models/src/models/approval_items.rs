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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ApprovalItems {
    /// Builds a `ApprovalItems` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `account`.
    pub fn account(mut self, value: impl Into<String>) -> Self {
        self.account = Some(Some(value.into()));
        self
    }
    /// Sets `account` to an explicit `null`.
    pub fn account_null(mut self) -> Self {
        self.account = Some(None);
        self
    }
    /// Sets `application`.
    pub fn application(mut self, value: impl Into<String>) -> Self {
        self.application = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(Some(value.into()));
        self
    }
    /// Sets `name` to an explicit `null`.
    pub fn name_null(mut self) -> Self {
        self.name = Some(None);
        self
    }
    /// Sets `operation`.
    pub fn operation(mut self, value: impl Into<String>) -> Self {
        self.operation = Some(value.into());
        self
    }
    /// Sets `value`.
    pub fn value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(Some(value.into()));
        self
    }
    /// Sets `value` to an explicit `null`.
    pub fn value_null(mut self) -> Self {
        self.value = Some(None);
        self
    }
    /// Sets `state`.
    pub fn state(mut self, value: impl Into<crate::WorkItemState>) -> Self {
        self.state = Some(Some(value.into()));
        self
    }
    /// Sets `state` to an explicit `null`.
    pub fn state_null(mut self) -> Self {
        self.state = Some(None);
        self
    }
}
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

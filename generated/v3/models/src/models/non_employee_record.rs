#[derive(Debug, Clone, PartialEq, Default)]
pub struct NonEmployeeRecord {
    /// Non-Employee record id.
    ///
    /// Format: `uuid`.
    pub id: Option<String>,
    /// Requested identity account name.
    pub account_name: Option<String>,
    /// Non-Employee's first name.
    pub first_name: Option<String>,
    /// Non-Employee's last name.
    pub last_name: Option<String>,
    /// Non-Employee's email.
    pub email: Option<String>,
    /// Non-Employee's phone.
    pub phone: Option<String>,
    /// The account ID of a valid identity to serve as this non-employee's manager.
    pub manager: Option<String>,
    /// Non-Employee's source id.
    pub source_id: Option<String>,
    /// Additional attributes for a non-employee. Up to 10 custom attributes can be added.
    pub data: Option<::indexmap::IndexMap<String, String>>,
    /// Non-Employee employment start date.
    pub start_date: Option<crate::primitives::DateTime>,
    /// Non-Employee employment end date.
    pub end_date: Option<crate::primitives::DateTime>,
    /// When the request was last modified.
    pub modified: Option<crate::primitives::DateTime>,
    /// When the request was created.
    pub created: Option<crate::primitives::DateTime>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl NonEmployeeRecord {
    /// Builds a `NonEmployeeRecord` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `account_name`.
    pub fn account_name(mut self, value: impl Into<String>) -> Self {
        self.account_name = Some(value.into());
        self
    }
    /// Sets `first_name`.
    pub fn first_name(mut self, value: impl Into<String>) -> Self {
        self.first_name = Some(value.into());
        self
    }
    /// Sets `last_name`.
    pub fn last_name(mut self, value: impl Into<String>) -> Self {
        self.last_name = Some(value.into());
        self
    }
    /// Sets `email`.
    pub fn email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }
    /// Sets `phone`.
    pub fn phone(mut self, value: impl Into<String>) -> Self {
        self.phone = Some(value.into());
        self
    }
    /// Sets `manager`.
    pub fn manager(mut self, value: impl Into<String>) -> Self {
        self.manager = Some(value.into());
        self
    }
    /// Sets `source_id`.
    pub fn source_id(mut self, value: impl Into<String>) -> Self {
        self.source_id = Some(value.into());
        self
    }
    /// Sets `data`.
    pub fn data(
        mut self,
        value: impl Into<::indexmap::IndexMap<String, String>>,
    ) -> Self {
        self.data = Some(value.into());
        self
    }
    /// Sets `start_date`.
    pub fn start_date(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.start_date = Some(value.into());
        self
    }
    /// Sets `end_date`.
    pub fn end_date(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.end_date = Some(value.into());
        self
    }
    /// Sets `modified`.
    pub fn modified(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.modified = Some(value.into());
        self
    }
    /// Sets `created`.
    pub fn created(mut self, value: impl Into<crate::primitives::DateTime>) -> Self {
        self.created = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(NonEmployeeRecord {
    id: optional("id"),
    account_name: optional("accountName"),
    first_name: optional("firstName"),
    last_name: optional("lastName"),
    email: optional("email"),
    phone: optional("phone"),
    manager: optional("manager"),
    source_id: optional("sourceId"),
    data: optional("data"),
    start_date: optional("startDate"),
    end_date: optional("endDate"),
    modified: optional("modified"),
    created: optional("created"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for NonEmployeeRecord {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.data, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

/// Includes the fields of [`NonEmployeeSourceLite`](crate::NonEmployeeSourceLite).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NonEmployeeRequest {
    /// Non-Employee source id.
    ///
    /// Format: `uuid`.
    pub id: Option<String>,
    /// Source Id associated with this non-employee source.
    pub source_id: Option<String>,
    /// Source name associated with this non-employee source.
    pub name: Option<String>,
    /// Source description associated with this non-employee source.
    pub description: Option<String>,
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
    pub non_employee_source: Option<crate::NonEmployeeSourceLite>,
    /// Additional attributes for a non-employee. Up to 10 custom attributes can be added.
    pub data: Option<::indexmap::IndexMap<String, String>>,
    /// List of approval item for the request
    pub approval_items: Option<Vec<crate::NonEmployeeApprovalItemBase>>,
    pub approval_status: Option<crate::ApprovalStatus>,
    /// Comment of requester
    pub comment: Option<String>,
    /// When the request was completely approved.
    pub completion_date: Option<crate::primitives::DateTime>,
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
impl NonEmployeeRequest {
    /// Builds a `NonEmployeeRequest` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `source_id`.
    pub fn source_id(mut self, value: impl Into<String>) -> Self {
        self.source_id = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `description`.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
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
    /// Sets `non_employee_source`.
    pub fn non_employee_source(
        mut self,
        value: impl Into<crate::NonEmployeeSourceLite>,
    ) -> Self {
        self.non_employee_source = Some(value.into());
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
    /// Sets `approval_items`.
    pub fn approval_items(
        mut self,
        value: impl Into<Vec<crate::NonEmployeeApprovalItemBase>>,
    ) -> Self {
        self.approval_items = Some(value.into());
        self
    }
    /// Sets `approval_status`.
    pub fn approval_status(mut self, value: impl Into<crate::ApprovalStatus>) -> Self {
        self.approval_status = Some(value.into());
        self
    }
    /// Sets `comment`.
    pub fn comment(mut self, value: impl Into<String>) -> Self {
        self.comment = Some(value.into());
        self
    }
    /// Sets `completion_date`.
    pub fn completion_date(
        mut self,
        value: impl Into<crate::primitives::DateTime>,
    ) -> Self {
        self.completion_date = Some(value.into());
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
crate::serde_helpers::serde_struct!(NonEmployeeRequest {
    id: optional("id"),
    source_id: optional("sourceId"),
    name: optional("name"),
    description: optional("description"),
    account_name: optional("accountName"),
    first_name: optional("firstName"),
    last_name: optional("lastName"),
    email: optional("email"),
    phone: optional("phone"),
    manager: optional("manager"),
    non_employee_source: optional("nonEmployeeSource"),
    data: optional("data"),
    approval_items: optional("approvalItems"),
    approval_status: optional("approvalStatus"),
    comment: optional("comment"),
    completion_date: optional("completionDate"),
    start_date: optional("startDate"),
    end_date: optional("endDate"),
    modified: optional("modified"),
    created: optional("created"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for NonEmployeeRequest {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.non_employee_source, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.data, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.approval_items, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.approval_status, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

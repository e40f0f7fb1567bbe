/// Includes the fields of [`NonEmployeeRequestLite`](crate::NonEmployeeRequestLite).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NonEmployeeRequestWithoutApprovalItem {
    /// Non-Employee request id.
    ///
    /// Format: `uuid`.
    pub id: Option<String>,
    pub requester: Option<crate::NonEmployeeIdentityReferenceWithId>,
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
    pub non_employee_source: Option<crate::NonEmployeeSourceLiteWithSchemaAttributes>,
    /// Additional attributes for a non-employee. Up to 10 custom attributes can be added.
    pub data: Option<::indexmap::IndexMap<String, String>>,
    pub approval_status: Option<crate::ApprovalStatus>,
    /// Comment of requester
    pub comment: Option<String>,
    /// When the request was completely approved.
    pub completion_date: Option<crate::primitives::DateTime>,
    /// Non-Employee employment start date.
    pub start_date: Option<crate::primitives::Date>,
    /// Non-Employee employment end date.
    pub end_date: Option<crate::primitives::Date>,
    /// When the request was last modified.
    pub modified: Option<crate::primitives::DateTime>,
    /// When the request was created.
    pub created: Option<crate::primitives::DateTime>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl NonEmployeeRequestWithoutApprovalItem {
    /// Builds a `NonEmployeeRequestWithoutApprovalItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(NonEmployeeRequestWithoutApprovalItem {
    id: optional::<String>(id),
    requester: optional::<crate::NonEmployeeIdentityReferenceWithId>(requester),
    account_name: optional::<String>(account_name),
    first_name: optional::<String>(first_name),
    last_name: optional::<String>(last_name),
    email: optional::<String>(email),
    phone: optional::<String>(phone),
    manager: optional::<String>(manager),
    non_employee_source: optional::<crate::NonEmployeeSourceLiteWithSchemaAttributes>(non_employee_source),
    data: optional::<::indexmap::IndexMap<String, String>>(data),
    approval_status: optional::<crate::ApprovalStatus>(approval_status),
    comment: optional::<String>(comment),
    completion_date: optional::<crate::primitives::DateTime>(completion_date),
    start_date: optional::<crate::primitives::Date>(start_date),
    end_date: optional::<crate::primitives::Date>(end_date),
    modified: optional::<crate::primitives::DateTime>(modified),
    created: optional::<crate::primitives::DateTime>(created),
});
crate::serde_helpers::serde_struct!(NonEmployeeRequestWithoutApprovalItem {
    id: optional("id"),
    requester: optional("requester"),
    account_name: optional("accountName"),
    first_name: optional("firstName"),
    last_name: optional("lastName"),
    email: optional("email"),
    phone: optional("phone"),
    manager: optional("manager"),
    non_employee_source: optional("nonEmployeeSource"),
    data: optional("data"),
    approval_status: optional("approvalStatus"),
    comment: optional("comment"),
    completion_date: optional("completionDate"),
    start_date: optional("startDate"),
    end_date: optional("endDate"),
    modified: optional("modified"),
    created: optional("created"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for NonEmployeeRequestWithoutApprovalItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.requester, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.non_employee_source, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.data, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.approval_status, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

/// Includes the fields of [`NonEmployeeApprovalItemBase`](crate::NonEmployeeApprovalItemBase).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NonEmployeeApprovalItemDetail {
    /// Non-Employee approval item id
    ///
    /// Format: `uuid`.
    pub id: Option<String>,
    /// Reference to the associated Identity
    pub approver: Option<crate::NonEmployeeIdentityReferenceWithId>,
    /// Requested identity account name
    pub account_name: Option<String>,
    pub approval_status: Option<crate::ApprovalStatus>,
    /// Approval order
    pub approval_order: Option<f64>,
    /// comment of approver
    pub comment: Option<String>,
    /// When the request was last modified.
    pub modified: Option<crate::primitives::DateTime>,
    /// When the request was created.
    pub created: Option<crate::primitives::DateTime>,
    /// Non-Employee request associated to this approval
    pub non_employee_request: Option<crate::NonEmployeeRequestWithoutApprovalItem>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl NonEmployeeApprovalItemDetail {
    /// Builds a `NonEmployeeApprovalItemDetail` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `approver`.
    pub fn approver(
        mut self,
        value: impl Into<crate::NonEmployeeIdentityReferenceWithId>,
    ) -> Self {
        self.approver = Some(value.into());
        self
    }
    /// Sets `account_name`.
    pub fn account_name(mut self, value: impl Into<String>) -> Self {
        self.account_name = Some(value.into());
        self
    }
    /// Sets `approval_status`.
    pub fn approval_status(mut self, value: impl Into<crate::ApprovalStatus>) -> Self {
        self.approval_status = Some(value.into());
        self
    }
    /// Sets `approval_order`.
    pub fn approval_order(mut self, value: impl Into<f64>) -> Self {
        self.approval_order = Some(value.into());
        self
    }
    /// Sets `comment`.
    pub fn comment(mut self, value: impl Into<String>) -> Self {
        self.comment = Some(value.into());
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
    /// Sets `non_employee_request`.
    pub fn non_employee_request(
        mut self,
        value: impl Into<crate::NonEmployeeRequestWithoutApprovalItem>,
    ) -> Self {
        self.non_employee_request = Some(value.into());
        self
    }
}
crate::serde_helpers::serde_struct!(NonEmployeeApprovalItemDetail {
    id: optional("id"),
    approver: optional("approver"),
    account_name: optional("accountName"),
    approval_status: optional("approvalStatus"),
    approval_order: optional("approvalOrder"),
    comment: optional("comment"),
    modified: optional("modified"),
    created: optional("created"),
    non_employee_request: optional("nonEmployeeRequest"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for NonEmployeeApprovalItemDetail {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.approver, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.approval_status, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.non_employee_request, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

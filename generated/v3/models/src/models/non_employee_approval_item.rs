/// Includes the fields of [`NonEmployeeApprovalItemBase`](crate::NonEmployeeApprovalItemBase).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NonEmployeeApprovalItem {
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
    pub non_employee_request: Option<crate::NonEmployeeRequestLite>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl NonEmployeeApprovalItem {
    /// Builds a `NonEmployeeApprovalItem` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(NonEmployeeApprovalItem {
    id: optional::<String>(id),
    approver: optional::<crate::NonEmployeeIdentityReferenceWithId>(approver),
    account_name: optional::<String>(account_name),
    approval_status: optional::<crate::ApprovalStatus>(approval_status),
    approval_order: optional::<f64>(approval_order),
    comment: optional::<String>(comment),
    modified: optional::<crate::primitives::DateTime>(modified),
    created: optional::<crate::primitives::DateTime>(created),
    non_employee_request: optional::<crate::NonEmployeeRequestLite>(non_employee_request),
});
crate::serde_helpers::serde_struct!(NonEmployeeApprovalItem {
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
impl crate::serde_helpers::SchemaFit for NonEmployeeApprovalItem {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.approver, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.approval_status, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.non_employee_request, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

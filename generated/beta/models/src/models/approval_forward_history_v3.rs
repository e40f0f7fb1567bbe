#[derive(Debug, Clone, PartialEq, Default)]
pub struct ApprovalForwardHistoryV3 {
    /// Display name of approver from whom the approval was forwarded.
    pub old_approver_name: Option<String>,
    /// Display name of approver to whom the approval was forwarded.
    pub new_approver_name: Option<String>,
    /// Comment made while forwarding.
    pub comment: Option<Option<String>>,
    /// Time at which approval was forwarded.
    pub modified: Option<crate::primitives::DateTime>,
    /// Display name of forwarder who forwarded the approval.
    pub forwarder_name: Option<Option<String>>,
    /// The approval reassignment type.
    /// * MANUAL_REASSIGNMENT: An approval with this reassignment type has been specifically reassigned by the approval task's owner, from their queue to someone else's.
    /// * AUTOMATIC_REASSIGNMENT: An approval with this reassignment type has been automatically reassigned from another approver's queue, according to that approver's reassignment configuration. The approver's reassignment configuration may be set up to automatically reassign approval tasks for a defined (or possibly open-ended) period of time.
    /// * AUTO_ESCALATION: An approval with this reassignment type has been automatically reassigned from another approver's queue, according to the request's escalation configuration. For more information about escalation configuration, refer to [Setting Global Reminders and Escalation Policies](https://documentation.sailpoint.com/saas/help/requests/config_emails.html).
    /// * SELF_REVIEW_DELEGATION: An approval with this reassignment type has been automatically reassigned by the system to prevent self-review. This helps prevent situations like a requester being tasked with approving their own request. For more information about preventing self-review, refer to [Self-review Prevention](https://documentation.sailpoint.com/saas/help/users/work_reassignment.html#self-review-prevention) and [Preventing Self-approval](https://documentation.sailpoint.com/saas/help/requests/config_ap_roles.html#preventing-self-approval).
    pub reassignment_type: Option<crate::ReassignmentTypeV3>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ApprovalForwardHistoryV3 {
    /// Builds a `ApprovalForwardHistoryV3` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ApprovalForwardHistoryV3 {
    old_approver_name: optional::<String>(old_approver_name),
    new_approver_name: optional::<String>(new_approver_name),
    comment: nullable::<String>(comment, comment_null),
    modified: optional::<crate::primitives::DateTime>(modified),
    forwarder_name: nullable::<String>(forwarder_name, forwarder_name_null),
    reassignment_type: optional::<crate::ReassignmentTypeV3>(reassignment_type),
});
crate::serde_helpers::serde_struct!(ApprovalForwardHistoryV3 {
    old_approver_name: optional("oldApproverName"),
    new_approver_name: optional("newApproverName"),
    comment: nullable("comment"),
    modified: optional("modified"),
    forwarder_name: nullable("forwarderName"),
    reassignment_type: optional("reassignmentType"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ApprovalForwardHistoryV3 {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.reassignment_type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}

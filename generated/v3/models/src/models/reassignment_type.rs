/// The approval reassignment type.
/// * MANUAL_REASSIGNMENT: An approval with this reassignment type has been specifically reassigned by the approval task's owner, from their queue to someone else's.
/// * AUTOMATIC_REASSIGNMENT: An approval with this reassignment type has been automatically reassigned from another approver's queue, according to that approver's reassignment configuration. The approver's reassignment configuration may be set up to automatically reassign approval tasks for a defined (or possibly open-ended) period of time.
/// * AUTO_ESCALATION: An approval with this reassignment type has been automatically reassigned from another approver's queue, according to the request's escalation configuration. For more information about escalation configuration, refer to [Setting Global Reminders and Escalation Policies](https://documentation.sailpoint.com/saas/help/requests/config_emails.html).
/// * SELF_REVIEW_DELEGATION: An approval with this reassignment type has been automatically reassigned by the system to prevent self-review. This helps prevent situations like a requester being tasked with approving their own request. For more information about preventing self-review, refer to [Self-review Prevention](https://documentation.sailpoint.com/saas/help/users/work_reassignment.html#self-review-prevention) and [Preventing Self-approval](https://documentation.sailpoint.com/saas/help/requests/config_ap_roles.html#preventing-self-approval).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ReassignmentType {
    /// `MANUAL_REASSIGNMENT`
    ManualReassignment,
    /// `AUTOMATIC_REASSIGNMENT`
    AutomaticReassignment,
    /// `AUTO_ESCALATION`
    AutoEscalation,
    /// `SELF_REVIEW_DELEGATION`
    SelfReviewDelegation,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ReassignmentType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ManualReassignment => "MANUAL_REASSIGNMENT",
            Self::AutomaticReassignment => "AUTOMATIC_REASSIGNMENT",
            Self::AutoEscalation => "AUTO_ESCALATION",
            Self::SelfReviewDelegation => "SELF_REVIEW_DELEGATION",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ReassignmentType {
    fn from(value: &str) -> Self {
        match value {
            "MANUAL_REASSIGNMENT" => Self::ManualReassignment,
            "AUTOMATIC_REASSIGNMENT" => Self::AutomaticReassignment,
            "AUTO_ESCALATION" => Self::AutoEscalation,
            "SELF_REVIEW_DELEGATION" => Self::SelfReviewDelegation,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ReassignmentType);

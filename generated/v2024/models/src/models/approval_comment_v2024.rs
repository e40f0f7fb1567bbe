#[derive(Debug, Clone, PartialEq)]
pub struct ApprovalCommentV2024 {
    /// Comment provided either by the approval requester or the approver.
    pub comment: String,
    /// The time when this comment was provided.
    pub timestamp: crate::primitives::DateTime,
    /// Name of the user that provided this comment.
    pub user: String,
    /// Id of the user that provided this comment.
    pub id: String,
    /// Status transition of the draft.
    pub changed_to_status: crate::ApprovalCommentV2024ChangedToStatus,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ApprovalCommentV2024 {
    /// Builds a `ApprovalCommentV2024` from its required fields; the others are unset.
    pub fn new(
        comment: impl Into<String>,
        timestamp: impl Into<crate::primitives::DateTime>,
        user: impl Into<String>,
        id: impl Into<String>,
        changed_to_status: impl Into<crate::ApprovalCommentV2024ChangedToStatus>,
    ) -> Self {
        Self {
            comment: comment.into(),
            timestamp: timestamp.into(),
            user: user.into(),
            id: id.into(),
            changed_to_status: changed_to_status.into(),
            additional_properties: crate::primitives::CatchAll::new(),
        }
    }
}
crate::serde_helpers::serde_struct!(ApprovalCommentV2024 {
    comment: required("comment"),
    timestamp: required("timestamp"),
    user: required("user"),
    id: required("id"),
    changed_to_status: required("changedToStatus"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ApprovalCommentV2024 {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.changed_to_status, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Status transition of the draft.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ApprovalCommentV2024ChangedToStatus {
    /// `PENDING_APPROVAL`
    PendingApproval,
    /// `APPROVED`
    Approved,
    /// `REJECTED`
    Rejected,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ApprovalCommentV2024ChangedToStatus {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::PendingApproval => "PENDING_APPROVAL",
            Self::Approved => "APPROVED",
            Self::Rejected => "REJECTED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ApprovalCommentV2024ChangedToStatus {
    fn from(value: &str) -> Self {
        match value {
            "PENDING_APPROVAL" => Self::PendingApproval,
            "APPROVED" => Self::Approved,
            "REJECTED" => Self::Rejected,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ApprovalCommentV2024ChangedToStatus);

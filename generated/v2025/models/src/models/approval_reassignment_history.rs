/// ReassignmentHistoryRecord holds a history record of reassignment and escalation actions for an approval request
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ApprovalReassignmentHistory {
    /// Unique identifier for the comment associated with the reassignment.
    pub comment_id: Option<String>,
    /// Identity of the user or entity from whom the approval request was reassigned.
    pub reassigned_from: Option<crate::ApprovalIdentity>,
    /// Identity of the user or entity to whom the approval request was reassigned.
    pub reassigned_to: Option<crate::ApprovalIdentity>,
    /// Identity of the user or entity who performed the reassignment.
    pub reassigner: Option<crate::ApprovalIdentity>,
    /// Date and time when the reassignment occurred.
    pub reassignment_date: Option<crate::primitives::DateTime>,
    /// Type of reassignment, such as escalation or manual reassignment.
    pub reassignment_type: Option<crate::ApprovalReassignmentHistoryReassignmentType>,
    /// Members the schema does not declare, by name, in wire order: kept so that a value
    /// read from the API is written back whole.
    pub additional_properties: crate::primitives::CatchAll<::serde_json::Value>,
}
impl ApprovalReassignmentHistory {
    /// Builds a `ApprovalReassignmentHistory` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
}
crate::serde_helpers::setters!(ApprovalReassignmentHistory {
    comment_id: optional::<String>(comment_id),
    reassigned_from: optional::<crate::ApprovalIdentity>(reassigned_from),
    reassigned_to: optional::<crate::ApprovalIdentity>(reassigned_to),
    reassigner: optional::<crate::ApprovalIdentity>(reassigner),
    reassignment_date: optional::<crate::primitives::DateTime>(reassignment_date),
    reassignment_type: optional::<crate::ApprovalReassignmentHistoryReassignmentType>(reassignment_type),
});
crate::serde_helpers::serde_struct!(ApprovalReassignmentHistory {
    comment_id: optional("commentID"),
    reassigned_from: optional("reassignedFrom"),
    reassigned_to: optional("reassignedTo"),
    reassigner: optional("reassigner"),
    reassignment_date: optional("reassignmentDate"),
    reassignment_type: optional("reassignmentType"),
    ..additional_properties
});
impl crate::serde_helpers::SchemaFit for ApprovalReassignmentHistory {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        crate::serde_helpers::SchemaFit::add_fit(&self.reassigned_from, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.reassigned_to, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.reassigner, fit);
        crate::serde_helpers::SchemaFit::add_fit(&self.reassignment_type, fit);
        fit.undeclared += self.additional_properties.len();
    }
}
/// Type of reassignment, such as escalation or manual reassignment.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ApprovalReassignmentHistoryReassignmentType {
    /// `ESCALATION`
    Escalation,
    /// `MANUAL_REASSIGNMENT`
    ManualReassignment,
    /// `AUTO_REASSIGNMENT`
    AutoReassignment,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ApprovalReassignmentHistoryReassignmentType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Escalation => "ESCALATION",
            Self::ManualReassignment => "MANUAL_REASSIGNMENT",
            Self::AutoReassignment => "AUTO_REASSIGNMENT",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ApprovalReassignmentHistoryReassignmentType {
    fn from(value: &str) -> Self {
        match value {
            "ESCALATION" => Self::Escalation,
            "MANUAL_REASSIGNMENT" => Self::ManualReassignment,
            "AUTO_REASSIGNMENT" => Self::AutoReassignment,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ApprovalReassignmentHistoryReassignmentType);

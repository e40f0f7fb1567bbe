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
    pub additional_properties: ::indexmap::IndexMap<String, ::serde_json::Value>,
}
impl ApprovalReassignmentHistory {
    /// Builds a `ApprovalReassignmentHistory` with every field unset.
    pub fn new() -> Self {
        Self::default()
    }
    /// Sets `comment_id`.
    pub fn comment_id(mut self, value: impl Into<String>) -> Self {
        self.comment_id = Some(value.into());
        self
    }
    /// Sets `reassigned_from`.
    pub fn reassigned_from(mut self, value: impl Into<crate::ApprovalIdentity>) -> Self {
        self.reassigned_from = Some(value.into());
        self
    }
    /// Sets `reassigned_to`.
    pub fn reassigned_to(mut self, value: impl Into<crate::ApprovalIdentity>) -> Self {
        self.reassigned_to = Some(value.into());
        self
    }
    /// Sets `reassigner`.
    pub fn reassigner(mut self, value: impl Into<crate::ApprovalIdentity>) -> Self {
        self.reassigner = Some(value.into());
        self
    }
    /// Sets `reassignment_date`.
    pub fn reassignment_date(
        mut self,
        value: impl Into<crate::primitives::DateTime>,
    ) -> Self {
        self.reassignment_date = Some(value.into());
        self
    }
    /// Sets `reassignment_type`.
    pub fn reassignment_type(
        mut self,
        value: impl Into<crate::ApprovalReassignmentHistoryReassignmentType>,
    ) -> Self {
        self.reassignment_type = Some(value.into());
        self
    }
}
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

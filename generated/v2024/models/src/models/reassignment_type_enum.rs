/// Enum list containing types of Reassignment that can be found in the evaluate response.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ReassignmentTypeEnum {
    /// `MANUAL_REASSIGNMENT,`
    ManualReassignment,
    /// `AUTOMATIC_REASSIGNMENT,`
    AutomaticReassignment,
    /// `AUTO_ESCALATION,`
    AutoEscalation,
    /// `SELF_REVIEW_DELEGATION`
    SelfReviewDelegation,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ReassignmentTypeEnum {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ManualReassignment => "MANUAL_REASSIGNMENT,",
            Self::AutomaticReassignment => "AUTOMATIC_REASSIGNMENT,",
            Self::AutoEscalation => "AUTO_ESCALATION,",
            Self::SelfReviewDelegation => "SELF_REVIEW_DELEGATION",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ReassignmentTypeEnum {
    fn from(value: &str) -> Self {
        match value {
            "MANUAL_REASSIGNMENT," => Self::ManualReassignment,
            "AUTOMATIC_REASSIGNMENT," => Self::AutomaticReassignment,
            "AUTO_ESCALATION," => Self::AutoEscalation,
            "SELF_REVIEW_DELEGATION" => Self::SelfReviewDelegation,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ReassignmentTypeEnum);

/// Provision state
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RoleMiningPotentialRoleProvisionState {
    /// `POTENTIAL`
    Potential,
    /// `PENDING`
    Pending,
    /// `COMPLETE`
    Complete,
    /// `FAILED`
    Failed,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl RoleMiningPotentialRoleProvisionState {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Potential => "POTENTIAL",
            Self::Pending => "PENDING",
            Self::Complete => "COMPLETE",
            Self::Failed => "FAILED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for RoleMiningPotentialRoleProvisionState {
    fn from(value: &str) -> Self {
        match value {
            "POTENTIAL" => Self::Potential,
            "PENDING" => Self::Pending,
            "COMPLETE" => Self::Complete,
            "FAILED" => Self::Failed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(RoleMiningPotentialRoleProvisionState);

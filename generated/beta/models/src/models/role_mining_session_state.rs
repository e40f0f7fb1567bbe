/// Role mining session status
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RoleMiningSessionState {
    /// `CREATED`
    Created,
    /// `UPDATED`
    Updated,
    /// `IDENTITIES_OBTAINED`
    IdentitiesObtained,
    /// `PRUNE_THRESHOLD_OBTAINED`
    PruneThresholdObtained,
    /// `POTENTIAL_ROLES_PROCESSING`
    PotentialRolesProcessing,
    /// `POTENTIAL_ROLES_CREATED`
    PotentialRolesCreated,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl RoleMiningSessionState {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Created => "CREATED",
            Self::Updated => "UPDATED",
            Self::IdentitiesObtained => "IDENTITIES_OBTAINED",
            Self::PruneThresholdObtained => "PRUNE_THRESHOLD_OBTAINED",
            Self::PotentialRolesProcessing => "POTENTIAL_ROLES_PROCESSING",
            Self::PotentialRolesCreated => "POTENTIAL_ROLES_CREATED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for RoleMiningSessionState {
    fn from(value: &str) -> Self {
        match value {
            "CREATED" => Self::Created,
            "UPDATED" => Self::Updated,
            "IDENTITIES_OBTAINED" => Self::IdentitiesObtained,
            "PRUNE_THRESHOLD_OBTAINED" => Self::PruneThresholdObtained,
            "POTENTIAL_ROLES_PROCESSING" => Self::PotentialRolesProcessing,
            "POTENTIAL_ROLES_CREATED" => Self::PotentialRolesCreated,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(RoleMiningSessionState);

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
    /// The value is not one this version of the API lists.
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Unknown(_))
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
impl From<String> for RoleMiningSessionState {
    fn from(value: String) -> Self {
        match Self::from(value.as_str()) {
            Self::Unknown(_) => Self::Unknown(value),
            known => known,
        }
    }
}
impl ::std::str::FromStr for RoleMiningSessionState {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl ::std::fmt::Display for RoleMiningSessionState {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for RoleMiningSessionState {
    fn serialize<S>(&self, serializer: S) -> Result<S::Ok, S::Error>
    where
        S: ::serde::Serializer,
    {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for RoleMiningSessionState {
    fn deserialize<D>(deserializer: D) -> Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::serde_helpers::SchemaFit for RoleMiningSessionState {
    fn add_fit(&self, fit: &mut crate::serde_helpers::Fit) {
        if self.is_unknown() {
            fit.unlisted += 1;
        }
    }
}

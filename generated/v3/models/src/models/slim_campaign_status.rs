/// The campaign's current status.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SlimCampaignStatus {
    /// `PENDING`
    Pending,
    /// `STAGED`
    Staged,
    /// `CANCELING`
    Canceling,
    /// `ACTIVATING`
    Activating,
    /// `ACTIVE`
    Active,
    /// `COMPLETING`
    Completing,
    /// `COMPLETED`
    Completed,
    /// `ERROR`
    Error,
    /// `ARCHIVED`
    Archived,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl SlimCampaignStatus {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pending => "PENDING",
            Self::Staged => "STAGED",
            Self::Canceling => "CANCELING",
            Self::Activating => "ACTIVATING",
            Self::Active => "ACTIVE",
            Self::Completing => "COMPLETING",
            Self::Completed => "COMPLETED",
            Self::Error => "ERROR",
            Self::Archived => "ARCHIVED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for SlimCampaignStatus {
    fn from(value: &str) -> Self {
        match value {
            "PENDING" => Self::Pending,
            "STAGED" => Self::Staged,
            "CANCELING" => Self::Canceling,
            "ACTIVATING" => Self::Activating,
            "ACTIVE" => Self::Active,
            "COMPLETING" => Self::Completing,
            "COMPLETED" => Self::Completed,
            "ERROR" => Self::Error,
            "ARCHIVED" => Self::Archived,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(SlimCampaignStatus);

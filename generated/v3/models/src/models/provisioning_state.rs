/// Provisioning state of an account activity item
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ProvisioningState {
    /// `PENDING`
    Pending,
    /// `FINISHED`
    Finished,
    /// `UNVERIFIABLE`
    Unverifiable,
    /// `COMMITED`
    Commited,
    /// `FAILED`
    Failed,
    /// `RETRY`
    Retry,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ProvisioningState {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pending => "PENDING",
            Self::Finished => "FINISHED",
            Self::Unverifiable => "UNVERIFIABLE",
            Self::Commited => "COMMITED",
            Self::Failed => "FAILED",
            Self::Retry => "RETRY",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ProvisioningState {
    fn from(value: &str) -> Self {
        match value {
            "PENDING" => Self::Pending,
            "FINISHED" => Self::Finished,
            "UNVERIFIABLE" => Self::Unverifiable,
            "COMMITED" => Self::Commited,
            "FAILED" => Self::Failed,
            "RETRY" => Self::Retry,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ProvisioningState);

/// Status of a Managed Client
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ManagedClientStatusCode {
    /// `NORMAL`
    Normal,
    /// `UNDEFINED`
    Undefined,
    /// `NOT_CONFIGURED`
    NotConfigured,
    /// `CONFIGURING`
    Configuring,
    /// `WARNING`
    Warning,
    /// `ERROR`
    Error,
    /// `FAILED`
    Failed,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ManagedClientStatusCode {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Normal => "NORMAL",
            Self::Undefined => "UNDEFINED",
            Self::NotConfigured => "NOT_CONFIGURED",
            Self::Configuring => "CONFIGURING",
            Self::Warning => "WARNING",
            Self::Error => "ERROR",
            Self::Failed => "FAILED",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ManagedClientStatusCode {
    fn from(value: &str) -> Self {
        match value {
            "NORMAL" => Self::Normal,
            "UNDEFINED" => Self::Undefined,
            "NOT_CONFIGURED" => Self::NotConfigured,
            "CONFIGURING" => Self::Configuring,
            "WARNING" => Self::Warning,
            "ERROR" => Self::Error,
            "FAILED" => Self::Failed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ManagedClientStatusCode);

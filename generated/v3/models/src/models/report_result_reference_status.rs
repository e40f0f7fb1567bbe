/// Status of a SOD policy violation report.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ReportResultReferenceStatus {
    /// `SUCCESS`
    Success,
    /// `WARNING`
    Warning,
    /// `ERROR`
    Error,
    /// `TERMINATED`
    Terminated,
    /// `TEMP_ERROR`
    TempError,
    /// `PENDING`
    Pending,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl ReportResultReferenceStatus {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Success => "SUCCESS",
            Self::Warning => "WARNING",
            Self::Error => "ERROR",
            Self::Terminated => "TERMINATED",
            Self::TempError => "TEMP_ERROR",
            Self::Pending => "PENDING",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ReportResultReferenceStatus {
    fn from(value: &str) -> Self {
        match value {
            "SUCCESS" => Self::Success,
            "WARNING" => Self::Warning,
            "ERROR" => Self::Error,
            "TERMINATED" => Self::Terminated,
            "TEMP_ERROR" => Self::TempError,
            "PENDING" => Self::Pending,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(ReportResultReferenceStatus);

/// SOD policy violation report result DTO type.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SodReportResultDtoType {
    /// `REPORT_RESULT`
    ReportResult,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl SodReportResultDtoType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ReportResult => "REPORT_RESULT",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for SodReportResultDtoType {
    fn from(value: &str) -> Self {
        match value {
            "REPORT_RESULT" => Self::ReportResult,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(SodReportResultDtoType);

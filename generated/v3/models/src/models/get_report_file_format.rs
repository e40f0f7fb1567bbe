#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum GetReportFileFormat {
    /// `csv`
    Csv,
    /// `pdf`
    Pdf,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl GetReportFileFormat {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Csv => "csv",
            Self::Pdf => "pdf",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for GetReportFileFormat {
    fn from(value: &str) -> Self {
        match value {
            "csv" => Self::Csv,
            "pdf" => Self::Pdf,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(GetReportFileFormat);

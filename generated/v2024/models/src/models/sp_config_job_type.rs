/// Type of the job, either export or import.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SpConfigJobType {
    /// `EXPORT`
    Export,
    /// `IMPORT`
    Import,
    /// A value this version of the API does not list, kept as it is on the wire.
    Unknown(String),
}
impl SpConfigJobType {
    /// The value as on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Export => "EXPORT",
            Self::Import => "IMPORT",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for SpConfigJobType {
    fn from(value: &str) -> Self {
        match value {
            "EXPORT" => Self::Export,
            "IMPORT" => Self::Import,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
crate::serde_helpers::string_enum!(SpConfigJobType);
